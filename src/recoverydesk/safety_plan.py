"""The safety plan's shape: the Stanley-Brown sections, in order, with our helper text.

Structure from Stanley B. & Brown G.K. (2012), "Safety Planning Intervention: A Brief
Intervention to Mitigate Suicide Risk", Cognitive and Behavioral Practice 19(2), 256–264.
Every word below is RecoveryDesk's own. Imports no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    helper: str
    checklist: bool = False  # items can be ticked off
    holds_contacts: bool = False


SECTIONS = (
    Section("warning_signs", "Warning signs",
            "Thoughts, feelings, situations or things you do that tell you a hard time may be "
            "starting."),
    Section("coping", "Things I can do on my own",
            "Ways to calm down or take your mind off things without needing anyone else. A skill "
            "from RecoveryDesk can go here too."),
    Section("distraction", "People and places that take my mind off things",
            "People you like being around, and places where you can be among others, like a "
            "café, a library or a park.", holds_contacts=True),
    Section("people", "People I can ask for help",
            "People you trust and could tell that you're having a hard time.",
            holds_contacts=True),
    Section("professionals", "Professionals and services",
            "Your therapist, doctor or care team, crisis lines, and the nearest emergency "
            "department.", holds_contacts=True),
    Section("environment", "Making where I am safer",
            "Steps you choose, in your own words, that make your surroundings safer during a hard "
            "time. You can tick each one when it's done.", checklist=True),
    Section("reasons", "What matters most to me",
            "Your reasons for living: people, pets, plans, places and things that matter to you."),
)
SECTION_KEYS = tuple(section.key for section in SECTIONS)


def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


@dataclass(frozen=True)
class PlanItem:
    text: str
    done: bool = False


@dataclass(frozen=True)
class SafetyPlan:
    sections: dict[str, tuple[PlanItem, ...]] = field(default_factory=dict)

    def items(self, key: str) -> tuple[PlanItem, ...]:
        return self.sections.get(key, ())

    def is_empty(self) -> bool:
        return not any(self.sections.values())

    def with_items(self, key: str, items) -> SafetyPlan:
        if key not in SECTION_KEYS:
            raise KeyError(key)
        updated = dict(self.sections)
        kept = tuple(item for item in items if item.text.strip())
        if kept:
            updated[key] = kept
        else:
            updated.pop(key, None)  # an empty section and a missing one are the same plan
        return SafetyPlan(updated)

    def to_json(self) -> str:
        return json.dumps({"sections": {
            key: [{"text": item.text, "done": item.done} for item in self.items(key)]
            for key in SECTION_KEYS if self.items(key)
        }}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SafetyPlan:
        data = json.loads(text).get("sections", {})
        return cls({
            key: tuple(PlanItem(str(item["text"]), bool(item.get("done", False)))
                       for item in data.get(key, []))
            for key in SECTION_KEYS if data.get(key)
        })


@dataclass(frozen=True)
class Contact:
    name: str
    section: str
    phone: str = ""
    sms: str = ""
    notes: str = ""
    id: int | None = None


SKILL_PREFIX = "Skill: "


def skill_item(title: str) -> PlanItem:
    """A plan item that names one of RecoveryDesk's skills, so it can be started from the plan."""
    return PlanItem(SKILL_PREFIX + title)


def skill_title(item_text: str) -> str | None:
    return item_text[len(SKILL_PREFIX):] if item_text.startswith(SKILL_PREFIX) else None
