"""Reading and checking the exercise files (TOML). Every problem names its file.

Languages: ``exercises/<name>.toml`` is the English source of truth (ids, timers, breathing,
which step asks what). A translation sits beside it as ``exercises/<name>.<language>.toml``
and may hold only text: the exercise's TRANSLATABLE keys and, in ``[[steps]]`` tables (one per
English step, in the same order; an empty table keeps that step's English), the
STEP_TRANSLATABLE keys the English step has. ``families.<language>.toml`` names the families.
Whatever a translation leaves out stays English; it can never change the structure.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
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
TRANSLATABLE = ("title", "when_it_helps", "based_on", "caution")
STEP_TRANSLATABLE = ("text", "prompt", "rating", "note", "choose_skills")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
FAMILIES_FILE = "families"  # families.<language>.toml: [families] id = "label"


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


def translate(exercise: Exercise, text: str, source: str) -> Exercise:
    """``exercise`` with the text a translation file gives; everything else as it was."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SkillFileError(source, f"not valid TOML ({e})") from None
    _check_keys(data, {*TRANSLATABLE, "steps"}, set(), source, "the translation")
    _check_texts(data, [key for key in TRANSLATABLE if getattr(exercise, key)], source)
    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list) or len(raw_steps) != len(exercise.steps):
        raise SkillFileError(source, f"a translation has one [[steps]] per English step "
                             f"({len(exercise.steps)}), in the same order")
    steps = tuple(_translate_step(step, raw, f"{source} step {n}")
                  for n, (step, raw) in enumerate(zip(exercise.steps, raw_steps, strict=True), 1))
    texts = {key: data[key].strip() for key in TRANSLATABLE if key in data}
    return replace(exercise, steps=steps, **texts)


def _translate_step(step: Step, raw, where: str) -> Step:
    if not isinstance(raw, dict):
        raise SkillFileError(where, "a step must be a table")
    has = [key for key in STEP_TRANSLATABLE if getattr(step, key)]
    _check_keys(raw, set(STEP_TRANSLATABLE), set(), where, "the step's translation")
    _check_texts(raw, has, where)
    return replace(step, **{key: raw[key].strip() for key in has if key in raw})


def _check_texts(data: dict, allowed: list[str], where: str) -> None:
    """Every key is one the English has, and holds a non-empty text."""
    for key in data:
        if key == "steps":
            continue
        if key not in allowed:
            raise SkillFileError(where, f"{key} is not in the English, so it cannot be translated")
        if not isinstance(data[key], str) or not data[key].strip():
            raise SkillFileError(where, f"{key} must be a non-empty text")


def _exercise_files() -> dict[str, str]:
    folder = resources.files(__package__).joinpath("exercises")
    return {entry.name: entry.read_text("utf-8") for entry in folder.iterdir()
            if entry.name.endswith(".toml")}


def shipped_files() -> list[tuple[str, str]]:
    """(file name, text) of every English exercise shipped with the app."""
    return sorted((name, text) for name, text in _exercise_files().items()
                  if name.count(".") == 1)


def translation_files(language: str) -> list[tuple[str, str]]:
    """(English file name, translation text) of every exercise translated into ``language``."""
    suffix = f".{language}.toml"
    return sorted((name.removesuffix(suffix) + ".toml", text)
                  for name, text in _exercise_files().items()
                  if name.endswith(suffix) and not name.startswith(f"{FAMILIES_FILE}."))


def family_labels(language: str = "en") -> dict[str, str]:
    """Every family's label in ``language``, English where it has none."""
    labels = dict(FAMILIES)
    if language == "en" or not _LANGUAGE.match(language):
        return labels
    name = f"{FAMILIES_FILE}.{language}.toml"
    text = _exercise_files().get(name)
    if text is None:
        return labels
    data = tomllib.loads(text).get("families", {})
    unknown = sorted(set(data) - set(FAMILIES))
    if unknown:
        raise SkillFileError(name, f"unknown famil(ies): {', '.join(unknown)}")
    _check_texts(data, list(FAMILIES), name)
    labels.update({key: value.strip() for key, value in data.items()})
    return labels


def load_exercises(language: str = "en") -> list[Exercise]:
    """Every shipped exercise, its text in ``language`` where a translation gives it.

    English for "en", for a language we have no files for, and for any text a translation
    leaves out; ids, timers and steps always come from the English files.
    """
    exercises = {name: load_exercise(text, name) for name, text in shipped_files()}
    ids = [e.id for e in exercises.values()]
    duplicated = {i for i in ids if ids.count(i) > 1}
    if duplicated:
        raise SkillFileError("exercises", f"ids used twice: {', '.join(sorted(duplicated))}")
    if language == "en" or not _LANGUAGE.match(language):
        return list(exercises.values())
    for name, text in translation_files(language):
        source = f"{name.removesuffix('.toml')}.{language}.toml"
        if name not in exercises:
            raise SkillFileError(source, f"translates {name}, which does not exist")
        exercises[name] = translate(exercises[name], text, source)
    translated = {f: label for f, label in family_labels(language).items()
                  if label != FAMILIES[f]}
    return [replace(e, family_title=translated.get(e.family, "")) for e in exercises.values()]


def load_library(language: str = "en") -> list[Exercise]:
    """The skills library in ``language`` (English by default): see load_exercises()."""
    return load_exercises(language)
