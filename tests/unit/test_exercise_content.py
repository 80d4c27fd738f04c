"""Every shipped exercise file, read as text a person will see: the rules of WRITING.md.

How "the body is involved" is detected: a step with a breathing pattern, or a step whose
text names cold, ice, intense movement, tensing or holding the breath (BODY_WORDS). Such an
exercise must say ``body = true``, and the loader then requires its ``caution``, which the
player shows before the first step.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from recoverydesk.skills.loader import load_exercise, load_library, shipped_files

MIN_EXERCISES = 29
MAX_STEP_CHARS = 280  # the 200% font check in tests/ui measures the pixels; this keeps it short
# shared/WRITING.md, "Never" and "Voice": words that judge, count streaks, or are clinical
# labels we do not use. Book titles in based_on (e.g. "Relapse Prevention") are citations,
# not our words, so based_on is not checked against this list.
NEVER = ("fail", "failed", "failure", "bad", "relapse", "relapsed", "broken", "streak",
         "days clean", "commit suicide", "committed suicide", "attention-seeking",
         "attention seeking", "manipulative", "you must", "you should", "will fix",
         "guaranteed")
BODY_WORDS = re.compile(r"\b(cold|ice|icy|intense|tense|tensing|tighten|hold your breath|"
                        r"fast movement|sprint)\b", re.IGNORECASE)
# A named source: an author's surname and initials, and a year in brackets.
SOURCE = re.compile(r"[A-Z][a-z]+, [A-Z]\. .*\((19|20)\d\d\)")
FILES = shipped_files()


DEEPER = {"chain-analysis", "ride-it-out", "opposite-action", "please", "wise-mind", "dear-man",
          "turning-the-mind", "willingness", "soothing-rhythm-breathing", "compassionate-letter",
          "values-small-step", "pause-and-wonder", "progressive-muscle-relaxation", "safe-place"}


def test_the_library_is_at_least_29_exercises_with_the_deeper_skills():
    library = load_library()
    assert len(library) >= MIN_EXERCISES
    assert {e.id for e in library} >= DEEPER


def _texts(data: dict) -> list[str]:
    """Every sentence a person reads, except the source line."""
    texts = [data["title"], data["when_it_helps"], data.get("caution", "")]
    for step in data["steps"]:
        texts += [step.get(key, "") for key in ("text", "prompt", "rating", "note",
                                                "choose_skills")]
    return [t for t in texts if t]


@pytest.mark.parametrize(("name", "text"), FILES, ids=[name for name, _ in FILES])
def test_exercise_file(name, text):
    exercise = load_exercise(text, name)  # required fields, types, known keys
    data = tomllib.loads(text)
    assert name == exercise.id.replace("-", "_").replace("5_4_3_2_1", "54321") + ".toml"
    assert SOURCE.search(exercise.based_on), f"{name}: based_on names no book or paper"
    assert "RecoveryDesk's own" in exercise.based_on
    for n, step in enumerate(exercise.steps, 1):
        assert len(step.text) <= MAX_STEP_CHARS, f"{name} step {n} is {len(step.text)} chars"
    words = " ".join(_texts(data)).lower()
    for word in NEVER:
        assert not re.search(rf"\b{word}\b", words), f"{name} says {word!r}"
    involved = [n for n, step in enumerate(exercise.steps, 1)
                if step.breathing or BODY_WORDS.search(step.text)]
    if involved:
        assert exercise.body, f"{name}: steps {involved} involve the body; set body = true"
    if exercise.body:
        assert exercise.caution, f"{name}: body = true needs a caution"


def test_the_content_check_would_catch_a_cold_step_without_a_caution():
    text = ('id = "x"\ntitle = "X"\nfamily = "mindfulness"\nwhen_it_helps = "Any time."\n'
            'minutes = 2\nbased_on = "Someone, A. (2001). Wording is RecoveryDesk\'s own."\n'
            '[[steps]]\ntext = "Hold something cold."\n')
    exercise = load_exercise(text, "x.toml")
    assert BODY_WORDS.search(exercise.steps[0].text)
    assert not exercise.body
    with pytest.raises(ValueError, match="body = true needs a caution"):
        load_exercise(text.replace('minutes = 2\n', 'minutes = 2\nbody = true\n'), "x.toml")
