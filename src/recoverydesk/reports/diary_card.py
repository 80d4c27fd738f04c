"""The weekly DBT diary card, built from check-ins. Imports no Qt.

Each day shows, per urge target, the strongest urge of the day and whether it was acted on;
per emotion, the strongest level; the skills used (names and how many, 0–7 on the card as on
paper cards, more than 7 shown as 7+); medication; and the day's notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from recoverydesk.checkin import CheckIn
from recoverydesk.i18n import capitalised
from recoverydesk.i18n import gettext as _


@dataclass(frozen=True)
class DiaryDay:
    day: date
    urges: dict[str, tuple[int | None, bool]]  # target → (strongest level, acted on)
    emotions: dict[str, int]
    skills: tuple[str, ...]
    medication: bool | None  # True if taken at any check-in that day
    distress: int | None  # strongest that day
    notes: tuple[str, ...]

    @property
    def skills_score(self) -> str:
        return "7+" if len(self.skills) > 7 else str(len(self.skills))

    @property
    def has_checkins(self) -> bool:
        return bool(self.urges or self.emotions or self.skills or self.notes
                    or self.medication is not None or self.distress is not None)


@dataclass(frozen=True)
class DiaryCard:
    week_start: date
    days: tuple[DiaryDay, ...]
    urge_targets: tuple[str, ...]
    emotions: tuple[str, ...]


def week_start_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def build_card(checkins: list[CheckIn], week_start: date, urge_targets, emotions) -> DiaryCard:
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.at.date(), []).append(checkin)
    days = []
    for offset in range(7):
        day = week_start + timedelta(days=offset)
        days.append(_day(day, by_day.get(day, [])))
    seen_targets = [t for t in urge_targets]
    seen_emotions = [e for e in emotions]
    for d in days:
        seen_targets += [t for t in d.urges if t not in seen_targets]
        seen_emotions += [e for e in d.emotions if e not in seen_emotions]
    return DiaryCard(week_start, tuple(days), tuple(seen_targets), tuple(seen_emotions))


def _day(day: date, checkins: list[CheckIn]) -> DiaryDay:
    urges: dict[str, tuple[int | None, bool]] = {}
    emotions: dict[str, int] = {}
    skills: set[str] = set()
    medication: bool | None = None
    distress: int | None = None
    notes = []
    for checkin in checkins:
        for urge in checkin.urges:
            level, acted = urges.get(urge.target, (None, False))
            if urge.level is not None:
                level = urge.level if level is None else max(level, urge.level)
            urges[urge.target] = (level, acted or urge.acted)
        for name, level in checkin.emotions.items():
            emotions[name] = max(level, emotions.get(name, 0))
        skills |= checkin.skills
        if checkin.medication is not None:
            medication = bool(medication) or checkin.medication
        if checkin.distress is not None:
            distress = checkin.distress if distress is None else max(distress, checkin.distress)
        if checkin.note.strip():
            notes.append(checkin.note.strip())
    return DiaryDay(day, urges, emotions, tuple(sorted(skills)), medication, distress,
                    tuple(notes))


def card_rows(card: DiaryCard) -> list[tuple[str, list[str]]]:
    """The grid as text: (row label, seven cells), in the current language (``i18n``)."""
    acted_word = _("acted")
    rows = []
    for target in card.urge_targets:
        cells = []
        for day in card.days:
            level, acted = day.urges.get(target, (None, False))
            text = "" if level is None else str(level)
            if acted:
                text = f"{text} {acted_word}" if text else acted_word
            cells.append(text)
        rows.append((_("Urge: {target} (0–5)").format(target=_(target)), cells))
    for emotion in card.emotions:
        rows.append((_("{feeling} (0–5)").format(feeling=capitalised(_(emotion))),
                     [str(d.emotions[emotion]) if emotion in d.emotions else ""
                      for d in card.days]))
    rows.append((_("Distress (0–10)"), ["" if d.distress is None else str(d.distress)
                                        for d in card.days]))
    rows.append((_("Skills used (0–7)"), [d.skills_score if d.has_checkins else ""
                                          for d in card.days]))
    answers = {None: "", True: _("yes"), False: _("no")}
    rows.append((_("Medication taken"), [answers[d.medication] for d in card.days]))
    rows.append((_("Notes"), ["; ".join(d.notes) for d in card.days]))
    return rows
