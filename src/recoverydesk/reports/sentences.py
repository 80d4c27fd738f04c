"""One plain sentence beside each chart, saying only what the numbers show. No Qt.

No judgement and no alarm (WRITING.md): figures and comparisons, never "better" or "worse",
and nothing at all is inferred from too little data.
"""

from __future__ import annotations

from recoverydesk.reports.charts import (
    ActedOn,
    EmotionWeeks,
    MoodAndUrges,
    SkillChange,
    SkillUse,
    SleepDay,
)

FEW = 3  # fewer values than this: say how many there are and nothing more


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def mood_and_urges(data: MoodAndUrges) -> str:
    moods = [v for v in data.mood.values if v is not None]
    if not data.checkins:
        return "No check-ins in these dates yet. Charts appear as you add them."
    text = f"{_n(data.checkins, 'check-in')} in these dates."
    if len(moods) >= FEW:
        text += f" Your mood averaged {sum(moods) / len(moods):.1f} out of 5"
        half = len(moods) // 2
        early, late = moods[:half], moods[-half:]
        text += (f"; {sum(early) / len(early):.1f} in the first half of the {data.period}s "
                 f"with a mood and {sum(late) / len(late):.1f} in the second half.")
    elif moods:
        text += f" Mood was rated in {_n(len(moods), data.period)}."
    return text


def acted_on(data: ActedOn) -> str:
    total = {target: sum(days) for target, days in data.days.items()}
    if not any(total.values()):
        return "No urges were marked as acted on in these dates."
    parts = [f"{target}: {_n(count, 'day')}" for target, count in total.items() if count]
    return "Days with an urge marked as acted on, " + "; ".join(parts) + "."


def emotions(data: EmotionWeeks) -> str:
    if not data.emotions:
        return "No feelings were rated in these dates."
    averages = []
    for name, row in zip(data.emotions, data.levels, strict=True):
        seen = [v for v in row if v is not None]
        averages.append((sum(seen) / len(seen), name))
    level, name = max(averages)
    return (f"Darker squares are stronger feelings (0–5). Across these weeks, {name} was the "
            f"strongest on average ({level:.1f}).")


def skills_used(rows: list[SkillUse]) -> str:
    if not rows:
        return "No skills were recorded in these dates."
    top = rows[0]
    return (f"{_n(len(rows), 'skill')} used. The one you used most was {top.name} "
            f"({_n(top.checkin_days, 'day')} in check-ins, {_n(top.sessions, 'session')} "
            "in RecoveryDesk).")


def effectiveness(rows: list[SkillChange]) -> str:
    rated = [(r, r.urge_before, r.urge_after) for r in rows
             if r.urge_pairs >= FEW and r.urge_before is not None and r.urge_after is not None]
    if not rated:
        return ("Rate your urge before and after a skill in RecoveryDesk; once a skill has "
                f"{FEW} rated sessions, its before and after appear here.")
    best, before, after = max(rated, key=lambda rated: rated[1] - rated[2])
    return (f"After {best.name}, your urge averaged {after:.1f} compared with "
            f"{before:.1f} before ({_n(best.urge_pairs, 'rated session')}).")


def sleep(days: list[SleepDay]) -> str:
    paired = [(d.sleep_hours, d.mood) for d in days
              if d.mood is not None and d.sleep_hours is not None]
    if len(paired) < FEW:
        return f"Sleep was recorded on {_n(len(days), 'day')}; more days are needed to compare."
    longer = [mood for hours, mood in paired if hours >= 7]
    shorter = [mood for hours, mood in paired if hours < 7]
    if not longer or not shorter:
        return f"Sleep and mood were both recorded on {_n(len(paired), 'day')}."
    return (f"On days after 7 hours' sleep or more, mood averaged "
            f"{sum(longer) / len(longer):.1f}; after less, {sum(shorter) / len(shorter):.1f} "
            f"({_n(len(paired), 'day')}).")
