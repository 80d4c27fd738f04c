"""A behaviour chain analysis as a record: what led to a hard moment, link by link. No Qt.

The worksheet is an exercise like any other (``chain_analysis.toml``); its steps name the
field they fill. When it is finished, the answers become a ``ChainAnalysis``, kept in the
vault beside a journal entry that shows it (``storage/chain_store.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

# The links, in the order of the chain, with the heading each has in the journal and reports.
CHAIN_FIELDS = {
    "vulnerabilities": "What made me more vulnerable",
    "prompting_event": "What set it off",
    "thoughts": "Thoughts",
    "feelings": "Feelings",
    "sensations": "In my body",
    "behaviour": "What I did",
    "consequences": "What happened afterwards",
    "skills": "Skills that could help",
    "next_time": "Where a skill could break the chain next time",
    "repair": "What I'd like to look after or repair",
}


@dataclass(frozen=True)
class ChainAnalysis:
    at: datetime  # when it was written, with the person's offset
    vulnerabilities: str = ""
    prompting_event: str = ""
    thoughts: str = ""
    feelings: str = ""
    sensations: str = ""
    behaviour: str = ""
    consequences: str = ""
    skills: tuple[str, ...] = ()  # exercise ids
    next_time: str = ""
    repair: str = ""
    session_id: int | None = None
    journal_entry_id: int | None = None
    id: int | None = None

    def texts(self) -> dict[str, str]:
        """The written links, in chain order (the skills are not text)."""
        return {name: getattr(self, name) for name in CHAIN_FIELDS if name != "skills"}

    def as_dict(self) -> dict:
        """Plain data for a report or an export: every link, the skills as ids."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["at"] = self.at.isoformat()
        data["skills"] = list(self.skills)
        return data

    @property
    def is_empty(self) -> bool:
        return not self.skills and not any(self.texts().values())


def from_answers(steps, answers: dict, at: datetime, session_id: int | None = None
                 ) -> ChainAnalysis:
    """The chain from a finished worksheet: each step's answer goes to the step's field."""
    values: dict = {}
    for index, step in enumerate(steps):
        if step.field is None or index not in answers:
            continue
        answer = answers[index]
        if step.field == "skills":
            values["skills"] = tuple(answer) if isinstance(answer, list | tuple) else ()
        elif isinstance(answer, str):
            values[step.field] = answer.strip()
    return ChainAnalysis(at=at, session_id=session_id, **values)


def as_text(chain: ChainAnalysis, skill_titles: dict[str, str]) -> str:
    """The chain as the journal shows it (Markdown), only the links that were written."""
    parts = []
    for name, heading in CHAIN_FIELDS.items():
        if name == "skills":
            if chain.skills:
                titles = [skill_titles.get(i, i) for i in chain.skills]
                parts.append(f"**{heading}**\n" + "\n".join(f"- {t}" for t in titles))
            continue
        text = getattr(chain, name)
        if text:
            parts.append(f"**{heading}**\n{text}")
    return "\n\n".join(parts)
