"""The content side of translations: which language, and the Spanish skills, help and crisis
words keeping the English structure, numbers and placeholders (see docs/ARCHITECTURE.md,
"Languages")."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from recoverydesk import i18n, paths
from recoverydesk.crisis import CrisisLine, crisis_words, load_directory
from recoverydesk.help_content import about_facts, help_sections
from recoverydesk.skills.loader import (
    STEP_TRANSLATABLE,
    TRANSLATABLE,
    SkillFileError,
    family_labels,
    load_exercise,
    load_exercises,
    shipped_files,
    translate,
    translation_files,
)
from recoverydesk.skills.model import FAMILIES

MAX_STEP_CHARS_ES = 340  # Spanish runs ~20% longer than English (280 there)
# WRITING.md's "Never" list, in Spanish: judging, streaks, "commit suicide", orders, promises.
NEVER_ES = ("fracaso", "fracasar", "fracasado", "fracasada", "fallaste", "fallar", "malo",
            "mala", "recaída", "recaer", "racha", "días limpio", "días limpia",
            "cometer suicidio", "llamar la atención", "manipulador", "manipuladora",
            "debes", "tienes que", "te curará", "garantizado")
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%[sd]")


def _numbers(text: str) -> set[str]:
    """The numbers a text gives (thousands separators ignored): a translation keeps them."""
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", text)))


# --- choosing the language ---------------------------------------------------------------

def test_a_setting_naming_a_shipped_language_wins():
    assert i18n.choose_language("es", environ={"LANG": "en_GB.UTF-8"}) == "es"
    assert i18n.choose_language("en", system=["es-ES"]) == "en"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANG": "es_MX"}, "es"),
    ({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),
    ({"LC_ALL": "es_AR.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
    ({"LC_MESSAGES": "es_CL.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANGUAGE": "en_GB:es", "LANG": "es_ES.UTF-8"}, "en"),
])
def test_the_system_decides_when_the_setting_does_not(environ, expected):
    for setting in (None, "", i18n.SYSTEM, "fr", "klingon"):
        assert i18n.choose_language(setting, environ=environ) == expected


def test_the_ui_languages_qt_reports_are_used_before_the_environment():
    assert i18n.choose_language(system=["fr-FR", "es-419", "en"], environ={"LANG": "en"}) == "es"
    assert i18n.choose_language(system=["Spanish_Spain"]) == "es"  # Windows' locale name
    assert i18n.choose_language(system=["ja-JP"]) == "en"
    assert i18n.choose_language(system=[]) == "en"


def test_every_supported_language_is_named_in_itself():
    assert set(i18n.NATIVE_NAMES) == set(i18n.SUPPORTED)
    assert i18n.ENGLISH in i18n.SUPPORTED


# --- skills ------------------------------------------------------------------------------

ENGLISH = {name: tomllib.loads(text) for name, text in shipped_files()}
SPANISH = dict(translation_files("es"))
SPANISH_LIBRARY = {e.id: e for e in load_exercises("es")}


def test_every_exercise_is_translated_into_spanish():
    assert set(SPANISH) == set(ENGLISH)


@pytest.mark.parametrize("name", sorted(SPANISH))
def test_a_spanish_exercise_keeps_the_english_structure(name):
    english, spanish = ENGLISH[name], tomllib.loads(SPANISH[name])
    assert set(spanish) <= {*TRANSLATABLE, "steps"}
    assert set(spanish) - {"steps"} == {k for k in TRANSLATABLE if k in english}, \
        f"{name}: every text of the exercise is translated"
    assert len(spanish["steps"]) == len(english["steps"])
    for n, (en_step, es_step) in enumerate(zip(english["steps"], spanish["steps"],
                                               strict=True), 1):
        texts = {k for k in STEP_TRANSLATABLE if k in en_step}
        assert set(es_step) == texts, f"{name} step {n}: the same texts as the English step"
        for key in texts:
            assert es_step[key].strip(), f"{name} step {n}: {key} is empty"
            assert PLACEHOLDER.findall(es_step[key]) == PLACEHOLDER.findall(en_step[key])
    source = english.get("based_on", "")
    if source:
        reference = re.search(r"\((19|20)\d\d\)", source).group(0)
        assert reference in spanish["based_on"], f"{name}: based_on keeps the reference"
        assert "RecoveryDesk" in spanish["based_on"]


@pytest.mark.parametrize("name", sorted(SPANISH))
def test_spanish_exercise_text_follows_the_writing_rules(name):
    exercise = SPANISH_LIBRARY[ENGLISH[name]["id"]]
    for n, step in enumerate(exercise.steps, 1):
        assert len(step.text) <= MAX_STEP_CHARS_ES, f"{name} step {n} is {len(step.text)} chars"
    words = " ".join([exercise.title, exercise.when_it_helps, exercise.caution,
                      *(getattr(s, k) or "" for s in exercise.steps for k in STEP_TRANSLATABLE)])
    for word in NEVER_ES:
        assert not re.search(rf"\b{word}\b", words.lower()), f"{name} says {word!r}"
    assert not re.search(r"\busted(es)?\b", words.lower()), f"{name}: tú, not usted"



def test_spanish_keeps_ids_timers_and_breathing_and_changes_the_words():
    english, spanish = load_exercises("en"), load_exercises("es")
    assert [e.id for e in spanish] == [e.id for e in english]
    for en, es in zip(english, spanish, strict=True):
        assert (es.family, es.minutes, es.body, es.worksheet, es.saves_to_journal) == \
               (en.family, en.minutes, en.body, en.worksheet, en.saves_to_journal)
        assert [(s.timer_seconds, s.breathing, s.field) for s in es.steps] == \
               [(s.timer_seconds, s.breathing, s.field) for s in en.steps]
        assert es.title
        assert es.steps[0].text != en.steps[0].text
        assert es.family_label == family_labels("es")[es.family] != en.family_label


def test_every_family_has_a_spanish_label():
    labels = family_labels("es")
    assert set(labels) == set(FAMILIES)
    assert all(labels[f] != FAMILIES[f] and ":" in labels[f] for f in FAMILIES)


@pytest.mark.parametrize("language", ["en", "de", "xx", "../es", "ES", ""])
def test_an_unknown_language_gives_english(language):
    english = load_exercises()
    assert load_exercises(language) == english
    assert family_labels(language) == FAMILIES


STOP = dict(shipped_files())["stop.toml"]


def test_a_translation_falls_back_to_english_for_what_it_leaves_out():
    english = load_exercise(STOP, "stop.toml")
    partial = 'title = "ALTO"\n[[steps]]\ntext = "A: para."\n[[steps]]\n[[steps]]\n' \
              '[[steps]]\nprompt = "¿Qué pequeña cosa podrías hacer?"\n'
    spanish = translate(english, partial, "stop.es.toml")
    assert spanish.title == "ALTO"
    assert spanish.when_it_helps == english.when_it_helps
    assert spanish.steps[0].text == "A: para."
    assert spanish.steps[1:3] == english.steps[1:3]
    assert spanish.steps[3].text == english.steps[3].text
    assert spanish.steps[3].prompt == "¿Qué pequeña cosa podrías hacer?"


@pytest.mark.parametrize(("translation", "problem"), [
    ('title = "x"\n', "one \\[\\[steps\\]\\] per English step"),
    ('[[steps]]\n[[steps]]\n[[steps]]\n[[steps]]\n[[steps]]\n', "one \\[\\[steps\\]\\]"),
    ('minutes = 5\n', "unknown key"),
    ('id = "otro"\n', "unknown key"),
    ('caution = "Cuidado"\n[[steps]]\n[[steps]]\n[[steps]]\n[[steps]]\n', "not in the English"),
    ('[[steps]]\ntimer_seconds = 1\n[[steps]]\n[[steps]]\n[[steps]]\n', "unknown key"),
    ('[[steps]]\nprompt = "¿?"\n[[steps]]\n[[steps]]\n[[steps]]\n', "not in the English"),
    ('title = " "\n[[steps]]\n[[steps]]\n[[steps]]\n[[steps]]\n', "non-empty"),
])
def test_a_translation_cannot_change_the_structure(translation, problem):
    with pytest.raises(SkillFileError, match=problem):
        translate(load_exercise(STOP, "stop.toml"), translation, "stop.es.toml")


# --- help --------------------------------------------------------------------------------

def test_spanish_help_has_a_section_for_every_english_one():
    english, spanish = help_sections("en"), help_sections("es")
    assert len(spanish) == len(english)
    assert all(s.title and s.markdown for s in spanish)
    assert [s.title for s in spanish] != [s.title for s in english]
    for en, es in zip(english, spanish, strict=True):
        shortcuts = set(re.findall(r"Ctrl\+[\w+]+", en.markdown))
        assert shortcuts == set(re.findall(r"Ctrl\+[\w+]+", es.markdown)), en.title


def test_about_credits_the_skills_sources_in_spanish_with_the_same_references(tmp_path):
    english = about_facts(tmp_path).skill_sources
    spanish = about_facts(tmp_path, "es").skill_sources
    assert len(spanish) == len(english)
    assert all("RecoveryDesk" in source for source in spanish)
    years = sorted(re.findall(r"\((?:19|20)\d\d\)", " ".join(english)))
    assert sorted(re.findall(r"\((?:19|20)\d\d\)", " ".join(spanish))) == years


def test_help_in_an_unknown_language_is_english():
    assert help_sections("de") == help_sections("en") == help_sections()


# --- crisis words ------------------------------------------------------------------------

SPANISH_WORDS = json.loads((paths.assets_dir() / "crisis-lines.es.json").read_text("utf-8"))


def test_every_shipped_line_has_its_own_id():
    ids = [line.line_id for line in load_directory().lines]
    assert len(ids) == len(set(ids))


def test_spanish_crisis_words_name_only_lines_and_countries_that_exist():
    directory = load_directory()
    lines = {line.line_id: line for line in directory.lines}
    assert set(SPANISH_WORDS["lines"]) == set(lines)
    assert set(SPANISH_WORDS["countries"]) == set(directory.countries())
    notes = {d.name: d.note for d in directory.directories}
    assert set(SPANISH_WORDS["directories"]) <= set(notes)
    for name, note in SPANISH_WORDS["directories"].items():
        assert note.strip(), name
        assert _numbers(note) == _numbers(notes[name]), name
    for key, words in SPANISH_WORDS["lines"].items():
        assert set(words) <= {"name", "hours", "audience"}, key
        for field, text in words.items():
            english = getattr(lines[key], field)
            assert text.strip(), f"{key} {field} is empty"
            assert _numbers(text) == _numbers(english), f"{key} {field}: the numbers differ"
            assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(english)


def test_crisis_words_in_spanish_with_english_fallback(tmp_path):
    directory = load_directory()
    us = directory.lines_for("US")[0]
    assert us.is_emergency
    words = crisis_words("es")
    assert words.line(us).name == "Servicios de emergencia"
    assert words.line(us).audience != us.audience
    assert words.country("ES") == "España"
    assert words.country("XX") == "XX"
    finder = directory.directories[0]
    assert "130" in words.directory_note(finder) != finder.note
    partial = tmp_path / "crisis-lines.xx.json"
    partial.write_text(json.dumps({"lines": {us.line_id: {"name": "Urgencias"}}}), "utf-8")
    text = crisis_words("xx", partial).line(us)
    assert (text.name, text.hours, text.audience) == ("Urgencias", us.hours, us.audience)
    assert crisis_words("xx", partial).country("US") == "United States"
    own = CrisisLine("US", "My sister", "own", "evenings", "", "", "", phone="988")
    assert words.line(own).name == "My sister"


@pytest.mark.parametrize("language", ["en", "de", "../crisis-lines"])
def test_crisis_words_in_an_unknown_language_are_the_data_as_shipped(language):
    line = load_directory().lines[0]
    text = crisis_words(language).line(line)
    assert (text.name, text.hours, text.audience) == (line.name, line.hours, line.audience)

