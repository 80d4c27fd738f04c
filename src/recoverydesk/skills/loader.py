"""Reading and checking the exercise files (TOML). Every problem names its file."""

from __future__ import annotations

import tomllib
from importlib import resources

from recoverydesk.skills.chain import CHAIN_FIELDS
from recoverydesk.skills.model import FAMILIES, Breathing, Exercise, Step

_EXERCISE_KEYS = {"id", "title", "family", "when_it_helps", "minutes", "based_on",
                  "saves_to_journal", "steps", "body", "caution", "worksheet"}
_REQUIRED = {"id", "title", "family", "when_it_helps", "minutes", "steps"}
_STEP_KEYS = {"text", "timer_seconds", "breathing", "prompt", "rating", "note",
              "choose_skills", "field"}
_WORKSHEET_FIELDS = {"chain": set(CHAIN_FIELDS)}
_BREATHING_KEYS = {"inhale", "hold_in", "exhale", "hold_out", "cycles"}


class SkillFileError(ValueError):
    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        super().__init__(f"{source}: {problem}")


def load_exercise(text: str, source: str) -> Exercise:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SkillFileError(source, f"not valid TOML ({e})") from None
    _check_keys(data, _EXERCISE_KEYS, _REQUIRED, source, "the exercise")
    if data["family"] not in FAMILIES:
        raise SkillFileError(source, f"unknown family {data['family']!r}; one of "
                             + ", ".join(FAMILIES))
    for key in ("id", "title", "when_it_helps"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise SkillFileError(source, f"{key} must be a non-empty text")
    if not isinstance(data["minutes"], int) or data["minutes"] <= 0:
        raise SkillFileError(source, "minutes must be a whole number above 0")
    raw_steps = data["steps"]
    if not isinstance(raw_steps, list) or not raw_steps:
        raise SkillFileError(source, "an exercise needs at least one [[steps]]")
    steps = tuple(_step(raw, f"{source} step {n}") for n, raw in enumerate(raw_steps, 1))
    caution = data.get("caution", "")
    if not isinstance(caution, str) or ("caution" in data and not caution.strip()):
        raise SkillFileError(source, "caution must be a non-empty text")
    if data.get("body") and not caution:
        raise SkillFileError(source, "body = true needs a caution, shown before it starts")
    _check_worksheet(data.get("worksheet", ""), steps, source)
    return Exercise(
        id=data["id"], title=data["title"], family=data["family"],
        when_it_helps=data["when_it_helps"], minutes=data["minutes"], steps=steps,
        based_on=data.get("based_on", ""), saves_to_journal=bool(data.get("saves_to_journal")),
        body=bool(data.get("body")), caution=caution.strip(),
        worksheet=data.get("worksheet", ""))


def _check_worksheet(worksheet, steps: tuple[Step, ...], source: str) -> None:
    fields = [step.field for step in steps if step.field]
    if not worksheet:
        if fields:
            raise SkillFileError(source, "a step has a field, but the exercise is no worksheet")
        return
    if worksheet not in _WORKSHEET_FIELDS:
        raise SkillFileError(source, f"unknown worksheet {worksheet!r}; one of "
                             + ", ".join(_WORKSHEET_FIELDS))
    unknown = sorted(set(fields) - _WORKSHEET_FIELDS[worksheet])
    if unknown:
        raise SkillFileError(source, f"unknown field(s) for a {worksheet}: {', '.join(unknown)}")
    if len(set(fields)) != len(fields):
        raise SkillFileError(source, "a field is used by two steps")


def _step(raw, where: str) -> Step:
    if not isinstance(raw, dict):
        raise SkillFileError(where, "a step must be a table")
    _check_keys(raw, _STEP_KEYS, {"text"}, where, "the step")
    if not isinstance(raw["text"], str) or not raw["text"].strip():
        raise SkillFileError(where, "text must be a non-empty text")
    timer = raw.get("timer_seconds", 0)
    if not isinstance(timer, int | float) or timer < 0:
        raise SkillFileError(where, "timer_seconds must be a number of 0 or more")
    breathing = _breathing(raw["breathing"], where) if "breathing" in raw else None
    asks = [key for key in ("prompt", "rating", "choose_skills") if key in raw]
    if len(asks) > 1:
        raise SkillFileError(where, "a step asks one thing: a prompt, a rating or a choice "
                             "of skills, not two")
    if breathing and (asks or timer):
        raise SkillFileError(where, "a breathing step sets its own time and asks nothing")
    for key in ("prompt", "rating", "note", "choose_skills", "field"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise SkillFileError(where, f"{key} must be a non-empty text")
    if "field" in raw and not ({"prompt", "choose_skills"} & set(raw)):
        raise SkillFileError(where, "a field keeps an answer: the step needs a prompt or "
                             "choose_skills")
    return Step(text=raw["text"].strip(), timer_seconds=timer, breathing=breathing,
                prompt=raw.get("prompt"), rating=raw.get("rating"), note=raw.get("note"),
                choose_skills=raw.get("choose_skills"), field=raw.get("field"))


def _breathing(b, where: str) -> Breathing:
    if not isinstance(b, dict):
        raise SkillFileError(where, "breathing must be a table")
    _check_keys(b, _BREATHING_KEYS, {"inhale", "exhale", "cycles"}, where, "breathing")
    values = {k: b.get(k, 0) for k in ("inhale", "hold_in", "exhale", "hold_out")}
    if any(not isinstance(v, int | float) or v < 0 for v in values.values()):
        raise SkillFileError(where, "breathing seconds must be 0 or more")
    if values["inhale"] <= 0 or values["exhale"] <= 0:
        raise SkillFileError(where, "inhale and exhale must be above 0 seconds")
    if not isinstance(b["cycles"], int) or b["cycles"] < 1:
        raise SkillFileError(where, "cycles must be a whole number of 1 or more")
    return Breathing(cycles=b["cycles"], **values)


def _check_keys(data: dict, allowed: set, required: set, source: str, what: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise SkillFileError(source, f"unknown key(s) in {what}: {', '.join(unknown)}")
    missing = sorted(required - set(data))
    if missing:
        raise SkillFileError(source, f"missing in {what}: {', '.join(missing)}")


def shipped_files() -> list[tuple[str, str]]:
    """(file name, text) of every exercise shipped with the app."""
    folder = resources.files(__package__).joinpath("exercises")
    return sorted((entry.name, entry.read_text("utf-8")) for entry in folder.iterdir()
                  if entry.name.endswith(".toml"))


def load_library() -> list[Exercise]:
    exercises = [load_exercise(text, name) for name, text in shipped_files()]
    ids = [e.id for e in exercises]
    duplicated = {i for i in ids if ids.count(i) > 1}
    if duplicated:
        raise SkillFileError("exercises", f"ids used twice: {', '.join(sorted(duplicated))}")
    return exercises
