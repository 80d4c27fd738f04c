"""The weekly diary card on paper and the therapist report, as HTML. Imports no Qt.

The report holds only what the person ticked: each section is built only when chosen, and
journal entries go in one by one, each picked by the person. Charts are images (their pixels,
``drawing.Pixels``) named in the HTML (``chart:<name>``) and handed to the renderer beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from recoverydesk.checkin import CheckIn
from recoverydesk.goals import (
    GoalInRange,
    GoalState,
    MeasureKind,
    Review,
    plain_number,
    progress,
)
from recoverydesk.i18n import N_, long_date, ngettext, number, short_date, weekday_date
from recoverydesk.i18n import gettext as _
from recoverydesk.reports import charts, drawing, sentences
from recoverydesk.reports.diary_card import build_card, card_rows, week_start_of
from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions, included_sections
from recoverydesk.reports.sections import SECTIONS
from recoverydesk.safety_plan import Contact, SafetyPlan
from recoverydesk.skills.engine import SkillSession

STYLE = ("font-family: sans-serif; font-size: 10pt;")
CELL = "border: 1px solid #777; padding: 3px;"
TALL_CELL = "border: 1px solid #777; padding: 9px 4px;"  # room to write on a printed card


@dataclass(frozen=True)
class Document:
    html: str
    images: dict[str, drawing.Pixels] = field(default_factory=dict)  # "chart:mood" → pixels
    landscape: bool = False


@dataclass(frozen=True)
class ReportContent:
    first: date
    last: date
    sections: frozenset[str]
    checkins: list[CheckIn] = field(default_factory=list)
    sessions: list[SkillSession] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # exercise id → title
    urge_targets: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    plan: SafetyPlan | None = None
    contacts: list[Contact] = field(default_factory=list)
    goals: list[GoalInRange] = field(default_factory=list)  # goals_for_report()
    journal: list = field(default_factory=list)  # JournalEntry, only those opted in
    name: str = ""


def _p(text: str, size: float = 10, bold: bool = False, extra: str = "") -> str:
    weight = " font-weight: bold;" if bold else ""
    return f"<p style='font-size: {size}pt;{weight} margin: 0; {extra}'>{text}</p>"


def _heading(text: str) -> str:
    return _p(escape(text), 14, True, "margin-top: 14pt; margin-bottom: 4pt;")


# -- the diary card -------------------------------------------------------------------------


def diary_card_table(checkins: list[CheckIn], monday: date, urge_targets, emotions,
                     size: float = 10, cell: str = CELL) -> str:
    card = build_card(checkins, monday, urge_targets, emotions)
    head = "".join(f"<th style='{CELL}'>{weekday_date(d.day)}</th>" for d in card.days)
    rows = []
    for label, cells in card_rows(card):
        rows.append(f"<tr><th style='{cell} text-align: left;'>{escape(label)}</th>"
                    + "".join(f"<td style='{cell} text-align: center;'>{escape(c)}</td>"
                              for c in cells) + "</tr>")
    return (f"<table cellspacing='0' width='100%' style='border-collapse: collapse; "
            f"font-size: {size}pt;'>"
            f"<tr><th style='{CELL}'></th>{head}</tr>{''.join(rows)}</table>")


def diary_card_document(checkins: list[CheckIn], weeks: list[date], urge_targets, emotions,
                        name: str = "") -> Document:
    """One landscape page per week (Monday to Sunday)."""
    pages = []
    for page, monday in enumerate(weeks):
        who = f" — {escape(name)}" if name.strip() else ""
        breaker = " page-break-before: always;" if page else ""
        week = _("Week of {first} to {last}").format(
            first=long_date(monday), last=long_date(monday + timedelta(days=6)))
        pages.append(
            f"<div style='{breaker}'>"
            + _p(escape(_("Diary card")) + who, 16, True)
            + _p(escape(week), 10, extra="margin-bottom: 8pt;")
            + diary_card_table(_week(checkins, monday), monday, urge_targets, emotions,
                               cell=TALL_CELL)
            + _p(escape(_("Urges and feelings: the strongest of the day, 0–5. Distress 0–10. "
                          "“acted”: an urge was acted on. Skills used: how many different "
                          "skills that day.")), 8, extra="margin-top: 6pt;")
            + "</div>")
    return Document(f"<html><body style='{STYLE}'>{''.join(pages)}</body></html>",
                    landscape=True)


def _week(checkins: list[CheckIn], monday: date) -> list[CheckIn]:
    return [c for c in checkins if monday <= c.at.date() < monday + timedelta(days=7)]


def weeks_between(first: date, last: date) -> list[date]:
    return charts.period_starts(week_start_of(first), last, "week")


# -- the therapist report ------------------------------------------------------------------


def report_document(content: ReportContent,
                    draw: Callable[..., drawing.Pixels | Future] = drawing.document_image
                    ) -> Document:
    """``draw`` makes each chart (drawing.document_image's arguments): its pixels, or a future
    of them (the app's chart helper, painter.ChartPainter.document_image): all charts are
    asked for before the first is waited for."""
    who = f" — {escape(content.name)}" if content.name.strip() else ""
    dates = _("{first} to {last}").format(first=long_date(content.first),
                                          last=long_date(content.last))
    parts = [_p(escape(_("Notes for my session")) + who, 18, True),
             _p(escape(dates), 11),
             _p(escape(_("Made with RecoveryDesk. It holds only the parts I chose to share.")), 9,
                extra="color: #444; margin-bottom: 6pt;")]
    images: dict[str, drawing.Pixels] = {}
    builders = {"summary": _summary, "charts": _charts, "diary-cards": _diary_cards,
                "goals": _goals, "safety-plan": _plan, "journal": _journal}
    for key, title in SECTIONS.items():
        if key not in content.sections:
            continue
        body = builders[key](content, images, draw)
        if body is not None:
            parts.append(_heading(_(title)) + body)
    return Document(f"<html><body style='{STYLE}'>{''.join(parts)}</body></html>", images)


def _summary(c: ReportContent, images, draw) -> str:
    s = charts.summary(c.checkins, c.sessions, c.first, c.last)
    on_days = ngettext("{checkins} on {n} day", "{checkins} on {n} days", s.days_with_checkins)
    rows = [(_("Check-ins"), on_days.format(checkins=s.checkins, n=s.days_with_checkins)),
            (_("Average mood (0–5)"), "—" if s.average_mood is None else number(s.average_mood)),
            (_("Days with an urge acted on"), str(s.acted_days)),
            (_("Days with skills in a check-in"), str(s.skill_days)),
            (_("Skills done in RecoveryDesk"), str(s.skill_sessions))]
    return ("<table cellspacing='0' style='border-collapse: collapse;'>"
            + "".join(f"<tr><td style='{CELL}'>{escape(a)}</td><td style='{CELL}'>{escape(b)}"
                      "</td></tr>" for a, b in rows) + "</table>")


def _charts(c: ReportContent, images, draw) -> str:
    period = "day" if (c.last - c.first).days <= 31 else "week"
    mood = charts.mood_and_urges(c.checkins, c.first, c.last, period)
    acted = charts.acted_on(c.checkins, c.first, c.last, "week")
    feelings = charts.emotions_by_week(c.checkins, c.first, c.last, c.emotions)
    used = charts.skills_used(c.checkins, c.sessions, c.first, c.last, c.titles)
    changes = charts.skill_effectiveness(c.sessions, c.first, c.last, c.titles)
    sleep = charts.sleep_and_mood(c.checkins, c.first, c.last)
    made = [
        ("mood", _("Mood and urges"), sentences.mood_and_urges(mood),
         (drawing.mood_and_urges, mood, c.first, c.last)),
        ("acted", _("Urges acted on, days per week"), sentences.acted_on(acted),
         (drawing.acted_on, acted, c.first, c.last)),
        ("emotions", _("Feelings by week"), sentences.emotions(feelings),
         (drawing.emotions, feelings, c.first, c.last)),
        ("skills", _("Skills used, and urge before and after"),
         sentences.skills_used(used) + " " + sentences.effectiveness(changes),
         (drawing.skills, used, changes)),
        ("sleep", _("Sleep and mood"), sentences.sleep(sleep),
         (drawing.sleep, sleep, c.first, c.last)),
    ]
    drawn = [draw(fn, *args, size=(7.0, 4.6) if name == "skills" else (7.0, 3.0))
             for name, _title, _sentence, (fn, *args) in made]
    out = []
    for (name, title, sentence, _how), image in zip(made, drawn, strict=True):
        images[f"chart:{name}"] = image.result() if isinstance(image, Future) else image
        out.append(_p(escape(title), 11, True, "margin-top: 8pt;") + _p(escape(sentence), 9)
                   + f"<p><img src='chart:{name}' width='620'></p>")
    return "".join(out)


def _diary_cards(c: ReportContent, images, draw) -> str:
    return "".join(
        _p(escape(_("Week of {first}").format(first=long_date(monday))), 11, True,
           "margin-top: 8pt;")
        + diary_card_table(_week(c.checkins, monday), monday, c.urge_targets, c.emotions, 7.5)
        for monday in weeks_between(c.first, c.last))


SMART_FIELDS = (("specific", N_("Specific")), ("measurable", N_("Measurable")),
                ("achievable", N_("Achievable")), ("relevant", N_("Why it matters")),
                ("time_bound", N_("Time")))
STATE_SINCE = {GoalState.PAUSED: N_("Paused since {day}"),
               GoalState.ACHIEVED: N_("Achieved on {day}"),
               GoalState.LET_GO: N_("Let go on {day}")}
REVIEW_PARTS = (("went_well", N_("What went well")),
                ("got_in_the_way", N_("What got in the way")),
                ("next_step", N_("Next small step")), ("note", N_("Note")))


def _goals(c: ReportContent, images, draw) -> str:
    if not c.goals:
        return _p(escape(_("No goals in these dates.")))
    return "".join(_goal(g) for g in c.goals)


def _goal(found: GoalInRange) -> str:
    goal = found.goal
    changed = goal.state_changed_at
    if goal.state is GoalState.ACTIVE or changed is None:
        state = _(goal.state.label)
    else:
        state = _(STATE_SINCE[goal.state]).format(day=short_date(changed))
    if goal.created_at is not None:
        state += " · " + _("set up {day}").format(day=short_date(goal.created_at))
    lines = [f"{_(label)}: {getattr(goal, name).strip()}" for name, label in SMART_FIELDS
             if getattr(goal, name).strip()]
    if goal.target_date is not None:
        lines.append(_("Aiming for: {day}").format(day=short_date(goal.target_date)))
    measured = _measure_line(found)
    if measured:
        lines.append(measured)
    out = [_p(escape(goal.name), 11, True, "margin-top: 8pt;"),
           _p(escape(state), 9, extra="color: #444;")]
    out += [_p(escape(line)) for line in lines]
    if goal.steps:
        out.append(_p(escape(_("Steps")), 10, True, "margin-top: 4pt;"))
        out.append("<ul>" + "".join(f"<li>{escape(_step_text(s))}</li>" for s in goal.steps)
                   + "</ul>")
    if found.reviews:
        out.append(_p(escape(_("Reviews in these dates")), 10, True, "margin-top: 4pt;"))
        out.append("<ul>" + "".join(f"<li>{_review_html(r)}</li>" for r in found.reviews)
                   + "</ul>")
    return "".join(out)


def _measure_line(found: GoalInRange) -> str:
    goal = found.goal
    measure = goal.measure
    if measure.kind is MeasureKind.NONE:
        return ""
    if measure.kind is MeasureKind.MANUAL:  # a number kept by hand: where it stands now
        kept = progress(goal, [], date.today())
        return kept.sentence() if kept is not None else ""
    weeks = "; ".join(_("week of {day}: {count}").format(day=short_date(monday, year=False),
                                                          count=count)
                      for monday, count in found.weeks)
    line = _("{measure}, by week: {weeks}").format(measure=_(measure.kind.label),
                                                   weeks=weeks or _("none in these dates"))
    if measure.target:
        aim = (_("aiming for {number} a week") if measure.per_week
               else _("aiming for {number} in all"))
        line += f" ({aim.format(number=plain_number(measure.target))})"
    return line


def _step_text(step) -> str:
    if step.done_on is not None:
        return _("{step} — done {day}").format(step=step.text, day=short_date(step.done_on))
    if step.due:
        return _("{step} — planned for {day}").format(step=step.text, day=short_date(step.due))
    return _("{step} — not yet").format(step=step.text)


def _review_html(review: Review) -> str:
    parts = [f"{_(label)}: {getattr(review, name).strip()}" for name, label in REVIEW_PARTS
             if getattr(review, name).strip()]
    return (f"<b>{short_date(review.written_at)}</b><br>"
            + "<br>".join(escape(p) for p in parts))


def _plan(c: ReportContent, images, draw) -> str:
    plan = c.plan or SafetyPlan()
    out = []
    for section in included_sections(PlanDocumentOptions()):
        items = [escape(i.text) for i in plan.items(section.key)]
        if section.holds_contacts:
            items += [escape(x.name + (f" ({x.phone or x.sms})" if x.phone or x.sms else ""))
                      for x in c.contacts if x.section == section.key]
        out.append(_p(escape(_(section.title)), 11, True, "margin-top: 6pt;"))
        out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items
                   else _p(escape(_("(nothing here yet)")), extra="color: #666;"))
    return "".join(out)


def _journal(c: ReportContent, images, draw) -> str | None:
    if not c.journal:
        return None
    out = []
    for entry in c.journal:
        when = entry.created_at.astimezone()
        stamp = _("{day}, {time}").format(day=long_date(when), time=f"{when:%H:%M}")
        out.append(_p(escape(entry.title or _("Untitled")), 11, True, "margin-top: 8pt;")
                   + _p(escape(stamp), 9, extra="color: #444;")
                   + "".join(_p(escape(line) or "&nbsp;") for line in entry.body.split("\n")))
    return "".join(out)
