"""SMART goals: the records, their states, a kind completeness check, starting templates,
and progress by the person's own weeks. Imports no Qt.

A goal is active, paused, achieved or let go: there are no streaks and nothing is "failed".
Progress is counted per local week (Monday to Sunday) from what the person already logs, or
from a number they update by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum

from recoverydesk.i18n import gettext as _


class GoalState(Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    LET_GO = "let_go"

    @property
    def label(self) -> str:
        return {"active": "Active", "paused": "Paused", "achieved": "Achieved",
                "let_go": "Let go"}[self.value]

    @property
    def open(self) -> bool:
        """Still being worked on (or resting): reviews and reminders apply."""
        return self in (GoalState.ACTIVE, GoalState.PAUSED)


# Where a goal can go from each state. Achieved and let-go goals can always be picked up again.
TRANSITIONS = {
    GoalState.ACTIVE: {GoalState.PAUSED, GoalState.ACHIEVED, GoalState.LET_GO},
    GoalState.PAUSED: {GoalState.ACTIVE, GoalState.ACHIEVED, GoalState.LET_GO},
    GoalState.ACHIEVED: {GoalState.ACTIVE},
    GoalState.LET_GO: {GoalState.ACTIVE},
}


class MeasureKind(Enum):
    NONE = "none"
    MANUAL = "manual"
    URGES_NOT_ACTED = "urges_not_acted"
    SKILL_SESSIONS = "skill_sessions"
    JOURNAL_ENTRIES = "journal_entries"
    CHECKINS = "checkins"

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self]

    @property
    def linked(self) -> bool:
        return self not in (MeasureKind.NONE, MeasureKind.MANUAL)


MEASURE_LABELS = {
    MeasureKind.NONE: "Nothing to count",
    MeasureKind.MANUAL: "A number I update myself",
    MeasureKind.URGES_NOT_ACTED: "Strong urges (3 or more) I didn't act on, from check-ins",
    MeasureKind.SKILL_SESSIONS: "Skills I finished in RecoveryDesk",
    MeasureKind.JOURNAL_ENTRIES: "Journal entries",
    MeasureKind.CHECKINS: "Check-ins",
}
# What one of each is called when counted ("2 of 3 check-ins").
MEASURE_UNITS = {
    MeasureKind.URGES_NOT_ACTED: ("strong urge ridden out", "strong urges ridden out"),
    MeasureKind.SKILL_SESSIONS: ("skill", "skills"),
    MeasureKind.JOURNAL_ENTRIES: ("journal entry", "journal entries"),
    MeasureKind.CHECKINS: ("check-in", "check-ins"),
}
STRONG_URGE = 3  # an urge at this level or above, not acted on, counts


@dataclass(frozen=True)
class Measure:
    kind: MeasureKind = MeasureKind.NONE
    target: float | None = None
    per_week: bool = True  # False: a target in total, since the goal began
    unit: str = ""  # manual measures name their own unit ("pages", "walks")
    value: float = 0  # manual measures: the number so far

    def unit_for(self, count: float) -> str:
        if self.kind in MEASURE_UNITS:
            one, many = MEASURE_UNITS[self.kind]
            return one if count == 1 else many
        return self.unit


@dataclass(frozen=True)
class Step:
    text: str
    due: date | None = None
    done_on: date | None = None
    id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class Review:
    written_at: datetime
    went_well: str = ""
    got_in_the_way: str = ""
    next_step: str = ""
    note: str = ""  # anything else
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not any(t.strip() for t in (self.went_well, self.got_in_the_way,
                                           self.next_step, self.note))


@dataclass(frozen=True)
class Goal:
    title: str = ""
    specific: str = ""
    measurable: str = ""
    achievable: str = ""
    relevant: str = ""
    time_bound: str = ""
    target_date: date | None = None
    review_date: date | None = None
    measure: Measure = field(default_factory=Measure)
    state: GoalState = GoalState.ACTIVE
    created_at: datetime | None = None
    state_changed_at: datetime | None = None
    steps: tuple[Step, ...] = ()
    reviews: tuple[Review, ...] = ()  # oldest first
    id: int | None = None

    @property
    def name(self) -> str:
        return self.title.strip() or self.specific.strip() or "A goal without a name yet"

    def next_step(self) -> Step | None:
        return next((s for s in self.steps if not s.done), None)

    def review_due(self, today: date) -> bool:
        """A gentle "time to look at this goal?" once the chosen review date has come."""
        return (self.state.open and self.review_date is not None
                and self.review_date <= today)

    def moved_to(self, state: GoalState, now: datetime) -> Goal:
        if state is self.state:
            return self
        if state not in TRANSITIONS[self.state]:
            raise ValueError(f"a goal that is {self.state.label.lower()} "
                             f"can't be marked {state.label.lower()}")
        return replace(self, state=state, state_changed_at=now)


@dataclass(frozen=True)
class GoalInRange:
    """A goal as it stood over a date range, for the therapist report
    (storage.goal_store.goals_for_report reads them)."""

    goal: Goal  # with every step and review
    steps_done: tuple[Step, ...]  # ticked within the range
    reviews: tuple[Review, ...]  # written within the range
    weeks: tuple[tuple[date, int], ...]  # linked measures: (Monday, count) across the range


# -- the SMART check -------------------------------------------------------------------------

@dataclass(frozen=True)
class SmartNote:
    letter: str  # S, M, A, R or T
    text: str


def smart_notes(goal: Goal, today: date | None = None) -> list[SmartNote]:
    """What the goal doesn't say yet, in kind words. Never a reason not to save."""
    notes = []
    if not goal.specific.strip():
        notes.append(SmartNote("S", "It doesn't say yet what exactly you'll do. One plain "
                                    "sentence is enough."))
    if not goal.measurable.strip() and goal.measure.kind is MeasureKind.NONE:
        notes.append(SmartNote("M", "There's nothing to count yet. You could link it to "
                                    "your check-ins, skills or journal, or pick a number."))
    elif goal.measure.kind is not MeasureKind.NONE and not goal.measure.target:
        notes.append(SmartNote("M", "You could choose a number to aim for, so you can see "
                                    "how it's going."))
    if not goal.achievable.strip():
        notes.append(SmartNote("A", "You could note what makes this doable for you right "
                                    "now, or make it a little smaller."))
    if not goal.relevant.strip():
        notes.append(SmartNote("R", "You could write why this matters to you. It can help "
                                    "on harder days."))
    if goal.target_date is None and not goal.time_bound.strip():
        notes.append(SmartNote("T", "There's no date yet. A date you can change later "
                                    "helps you know when to look back."))
    elif (today is not None and goal.target_date is not None and goal.state.open
          and goal.target_date < today):
        notes.append(SmartNote("T", "The date you chose has passed. You could pick a new "
                                    "one, or mark the goal however fits."))
    return notes


# -- starting points -------------------------------------------------------------------------

TEMPLATES = (
    Goal(
        title="Use a skill before acting on an urge",
        specific="When an urge gets strong, I'll do one skill from my list before deciding "
                 "anything else.",
        measurable="Strong urges I rode out, counted from my check-ins.",
        achievable="I'll start with the skills that already help me a bit, like paced "
                   "breathing.",
        relevant="I want more say in what happens when things get hard.",
        time_bound="Look back with my therapist in four weeks.",
        measure=Measure(MeasureKind.URGES_NOT_ACTED, target=2, per_week=True),
        steps=(Step("Pick two skills to try first"),
               Step("Put them in the safety plan under things I can do on my own")),
    ),
    Goal(
        title="A steadier sleep routine",
        specific="Be in bed with the screen off by 23:30 on weeknights.",
        measurable="Nights I managed it, counted by hand.",
        achievable="Weeknights only to start; weekends can be looser.",
        relevant="I cope better with everything when I've slept.",
        time_bound="Try it for three weeks, then see.",
        measure=Measure(MeasureKind.MANUAL, target=15, per_week=False, unit="nights"),
        steps=(Step("Set a reminder for 23:00"), Step("Leave my phone charging in the hall")),
    ),
    Goal(
        title="Reach out to one person each week",
        specific="Send a message or call one person I trust, once a week.",
        measurable="Once a week; I'll note it in a check-in or my journal.",
        achievable="A short message counts. It doesn't need to be about how I feel.",
        relevant="I feel less alone when I stay in touch.",
        time_bound="For the next six weeks.",
        measure=Measure(MeasureKind.MANUAL, target=6, per_week=False, unit="times"),
        steps=(Step("Write down three people I could message"),),
    ),
    Goal(
        title="Finish a safety plan with my therapist",
        specific="Go through every section of my safety plan in a session.",
        measurable="All seven sections have something in them.",
        achievable="One or two sections a session is fine.",
        relevant="I want a plan I trust for the hard moments.",
        time_bound="By my session next month.",
        measure=Measure(MeasureKind.MANUAL, target=7, per_week=False, unit="sections"),
        steps=(Step("Bring the plan to my next session"),
               Step("Fill in the warning signs I already know")),
    ),
)


# -- weeks, in the person's own time -------------------------------------------------------

def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def local_date(moment: datetime, tz: tzinfo | None) -> date:
    """The calendar day of ``moment`` in ``tz`` (None: this computer's zone at that moment)."""
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The moment ``day`` begins in ``tz`` (None: this computer's zone), DST included."""
    naive = datetime.combine(day, time())
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


@dataclass(frozen=True)
class Progress:
    weeks: tuple[tuple[date, int], ...]  # (Monday, count), oldest first, this week last
    total: float
    target: float | None
    per_week: bool
    unit: str

    @property
    def this_week(self) -> int:
        return self.weeks[-1][1] if self.weeks else 0

    @property
    def current(self) -> float:
        return self.this_week if self.per_week else self.total

    @property
    def fraction(self) -> float | None:
        if not self.target:
            return None
        return max(0.0, min(1.0, self.current / self.target))

    def sentence(self) -> str:
        """ "This week: 2 of 3 check-ins (last week 1)." in the current language (the unit is
        the core's, or the person's own for a number they update)."""
        if self.per_week:
            text = (_("This week: {current} of {target} {unit}") if self.target
                    else _("This week: {current} {unit}"))
        else:
            text = (_("So far: {current} of {target} {unit}") if self.target
                    else _("So far: {current} {unit}"))
        text = text.format(current=plain_number(self.current),
                           target=plain_number(self.target), unit=_(self.unit))
        if self.per_week and len(self.weeks) > 1:
            text += " " + _("(last week {count})").format(count=self.weeks[-2][1])
        return text + "."


def progress(goal: Goal, dates: list[date], today: date) -> Progress | None:
    """Progress from the local days on which the linked thing happened (or the manual
    number), week by week from the goal's start week up to ``today``'s week."""
    measure = goal.measure
    if measure.kind is MeasureKind.NONE:
        return None
    if measure.kind is MeasureKind.MANUAL:
        return Progress((), measure.value, measure.target, False, measure.unit)
    start = week_start(goal.created_at.date() if goal.created_at else today)
    counts = weekly_counts(dates, start, week_start(today))
    total = sum(1 for d in dates if start <= d <= today)
    named = measure.target or (counts[-1][1] if measure.per_week else total)
    return Progress(tuple(counts), total, measure.target, measure.per_week,
                    measure.unit_for(named))


def due_soon(goals: list[Goal], today: date, days: int = 7) -> list[tuple[Goal, Step]]:
    """Open steps of active goals due within ``days`` (or already due), soonest first."""
    found = [(goal, step) for goal in goals if goal.state is GoalState.ACTIVE
             for step in goal.steps
             if not step.done and step.due is not None and step.due <= today + timedelta(days)]
    return sorted(found, key=lambda pair: pair[1].due or today)  # all have a date here


def weekly_counts(dates: list[date], first_monday: date,
                  last_monday: date) -> list[tuple[date, int]]:
    """How many of ``dates`` fall in each week from ``first_monday`` to ``last_monday``."""
    counts: dict[date, int] = {}
    monday = first_monday
    while monday <= last_monday:
        counts[monday] = 0
        monday += timedelta(days=7)
    for day in dates:
        key = week_start(day)
        if key in counts:
            counts[key] += 1
    return list(counts.items())


def plain_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
