"""One plain sentence beside each chart, saying only what the numbers show. No Qt.

No judgement and no alarm (WRITING.md): figures and comparisons, never "better" or "worse",
and nothing at all is inferred from too little data.
"""

from __future__ import annotations

from recoverydesk.i18n import N_, ngettext, number
from recoverydesk.i18n import gettext as _
from recoverydesk.reports.charts import (
    ActedOn,
    EmotionWeeks,
    MoodAndUrges,
    SkillChange,
    SkillUse,
    SleepDay,
)

FEW = 3  # fewer values than this: say how many there are and nothing more


def _days(count: int) -> str:
    return ngettext("{n} day", "{n} days", count).format(n=count)


def _periods(count: int, period: str) -> str:
    if period == "week":
        text = ngettext("{n} week", "{n} weeks", count)
    elif period == "month":
        text = ngettext("{n} month", "{n} months", count)
    else:
        text = ngettext("{n} day", "{n} days", count)
    return text.format(n=count)


_HALVES = {  # "...in the first half of the <periods> with a mood and ... in the second half."
    "day": N_("; {early} in the first half of the days with a mood and {late} in the "
              "second half."),
    "week": N_("; {early} in the first half of the weeks with a mood and {late} in the "
               "second half."),
    "month": N_("; {early} in the first half of the months with a mood and {late} in the "
                "second half."),
}


def _average(values) -> str:
    return number(sum(values) / len(values))


def mood_and_urges(data: MoodAndUrges) -> str:
    moods = [v for v in data.mood.values if v is not None]
    if not data.checkins:
        return _("No check-ins in these dates yet. Charts appear as you add them.")
    text = ngettext("{n} check-in in these dates.", "{n} check-ins in these dates.",
                    data.checkins).format(n=data.checkins)
    if len(moods) >= FEW:
        text += " " + _("Your mood averaged {mood} out of 5").format(mood=_average(moods))
        half = len(moods) // 2
        text += _(_HALVES[data.period]).format(early=_average(moods[:half]),
                                               late=_average(moods[-half:]))
    elif moods:
        text += " " + _("Mood was rated in {periods}.").format(
            periods=_periods(len(moods), data.period))
    return text


def acted_on(data: ActedOn) -> str:
    total = {target: sum(days) for target, days in data.days.items()}
    if not any(total.values()):
        return _("No urges were marked as acted on in these dates.")
    parts = [f"{_(target)}: {_days(count)}" for target, count in total.items() if count]
    return _("Days with an urge marked as acted on, {targets}.").format(targets="; ".join(parts))


def emotions(data: EmotionWeeks) -> str:
    if not data.emotions:
        return _("No feelings were rated in these dates.")
    averages = []
    for name, row in zip(data.emotions, data.levels, strict=True):
        seen = [v for v in row if v is not None]
        averages.append((sum(seen) / len(seen), name))
    level, name = max(averages)
    return _("Darker squares are stronger feelings (0–5). Across these weeks, {feeling} was the "
             "strongest on average ({level}).").format(feeling=_(name), level=number(level))


def skills_used(rows: list[SkillUse]) -> str:
    if not rows:
        return _("No skills were recorded in these dates.")
    top = rows[0]
    used = ngettext("{n} skill used.", "{n} skills used.", len(rows)).format(n=len(rows))
    sessions = ngettext("{n} session", "{n} sessions", top.sessions).format(n=top.sessions)
    return used + " " + _("The one you used most was {skill} ({days} in check-ins, {sessions} "
                          "in RecoveryDesk).").format(skill=_(top.name),
                                                      days=_days(top.checkin_days),
                                                      sessions=sessions)


def effectiveness(rows: list[SkillChange]) -> str:
    rated = [(r, r.urge_before, r.urge_after) for r in rows
             if r.urge_pairs >= FEW and r.urge_before is not None and r.urge_after is not None]
    if not rated:
        return _("Rate your urge before and after a skill in RecoveryDesk; once a skill has "
                 "{n} rated sessions, its before and after appear here.").format(n=FEW)
    best, before, after = max(rated, key=lambda rated: rated[1] - rated[2])
    pairs = ngettext("{n} rated session", "{n} rated sessions", best.urge_pairs).format(
        n=best.urge_pairs)
    return _("After {skill}, your urge averaged {after} compared with {before} before "
             "({sessions}).").format(skill=_(best.name), after=number(after),
                                     before=number(before), sessions=pairs)


def sleep(days: list[SleepDay]) -> str:
    paired = [(d.sleep_hours, d.mood) for d in days
              if d.mood is not None and d.sleep_hours is not None]
    if len(paired) < FEW:
        return _("Sleep was recorded on {days}; more days are needed to compare.").format(
            days=_days(len(days)))
    longer = [mood for hours, mood in paired if hours >= 7]
    shorter = [mood for hours, mood in paired if hours < 7]
    if not longer or not shorter:
        return _("Sleep and mood were both recorded on {days}.").format(days=_days(len(paired)))
    return _("On days after 7 hours' sleep or more, mood averaged {longer}; after less, "
             "{shorter} ({days}).").format(longer=_average(longer), shorter=_average(shorter),
                                           days=_days(len(paired)))
