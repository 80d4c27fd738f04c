"""Skills as data: every shipped file loads; bad files are clear errors; the engine keeps time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recoverydesk.skills.effectiveness import effectiveness
from recoverydesk.skills.engine import Ratings, SkillRun, SkillSession, breathing_phase, timeline
from recoverydesk.skills.loader import SkillFileError, load_exercise, load_library
from recoverydesk.skills.model import FAMILIES, Breathing
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.skill_store import SkillPrefs, SkillSessionStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
REQUIRED = {"stop", "tipp", "wise-mind-accepts", "improve", "self-soothe", "pros-and-cons",
            "radical-acceptance", "urge-surfing", "paced-breathing", "box-breathing",
            "grounding-5-4-3-2-1", "body-scan", "observe-describe", "leaves-on-a-stream",
            "self-compassion-break", "thought-record"}

GOOD = """
id = "x"
title = "X"
family = "mindfulness"
when_it_helps = "Any time."
minutes = 2
[[steps]]
text = "Notice."
"""


def test_every_shipped_exercise_loads_and_the_required_ones_are_there():
    library = load_library()
    ids = {e.id for e in library}
    assert ids >= REQUIRED
    assert {e.family for e in library} == set(FAMILIES)
    for exercise in library:
        assert exercise.title
        assert exercise.when_it_helps
        assert exercise.minutes > 0
        assert exercise.steps
        assert all(step.text for step in exercise.steps)
        assert "RecoveryDesk's own" in exercise.based_on


@pytest.mark.parametrize("change, message", [
    ('colour = "blue"\n' + GOOD, "unknown key(s) in the exercise: colour"),
    (GOOD.replace('title = "X"\n', ""), "missing in the exercise: title"),
    (GOOD.replace('text = "Notice."', 'text = "Wait."\ntimer_seconds = -5'),
     "timer_seconds must be a number of 0 or more"),
    (GOOD.replace('family = "mindfulness"', 'family = "magic"'), "unknown family 'magic'"),
    (GOOD.replace('text = "Notice."', 'text = "Breathe."\nbreathing = { inhale = 4, '
                  'exhale = 0, cycles = 3 }'), "inhale and exhale must be above 0"),
    (GOOD.replace('text = "Notice."', 'text = "Q"\nprompt = "a"\nrating = "b"'),
     "a prompt, a rating or a choice of skills, not two"),
    (GOOD.replace("minutes = 2", "minutes = 2\nbody = true"), "body = true needs a caution"),
    (GOOD.replace('text = "Notice."', 'text = "Q"\nprompt = "a"\nfield = "thoughts"'),
     "a step has a field, but the exercise is no worksheet"),
    (GOOD.replace("minutes = 2", 'minutes = 2\nworksheet = "chain"').replace(
        'text = "Notice."', 'text = "Q"\nprompt = "a"\nfield = "mood"'),
     "unknown field(s) for a chain: mood"),
    (GOOD.replace('text = "Notice."', 'text = "Q"\nspeed = 3'), "unknown key(s) in the step"),
    (GOOD.split("[[steps]]")[0], "missing in the exercise: steps"),
    ("id = ", "not valid TOML"),
])
def test_bad_files_are_clear_errors_naming_the_file(change, message):
    with pytest.raises(SkillFileError) as caught:
        load_exercise(change, "broken.toml")
    assert str(caught.value).startswith("broken.toml")
    assert message in str(caught.value)


def test_timeline_of_timers_and_breaths():
    exercise = load_exercise(GOOD.replace('text = "Notice."', 'text = "Wait."\ntimer_seconds = 10')
                             + '[[steps]]\ntext = "Read."\n'
                             '[[steps]]\ntext = "Breathe."\n'
                             'breathing = { inhale = 4, hold_in = 2, exhale = 6, cycles = 2 }\n',
                             "t.toml")
    got = [(e.step, e.start, e.end, e.phase, e.cycle) for e in timeline(exercise)]
    assert got == [
        (0, 0, 10, "timer", 0),
        (2, 10, 14, "Breathe in", 1), (2, 14, 16, "Hold", 1), (2, 16, 22, "Breathe out", 1),
        (2, 22, 26, "Breathe in", 2), (2, 26, 28, "Hold", 2), (2, 28, 34, "Breathe out", 2),
    ]


def test_breathing_phase_grows_holds_and_shrinks():
    box = Breathing(4, 4, 4, 4, cycles=2)
    assert breathing_phase(box, 0).name == "Breathe in"
    assert breathing_phase(box, 0).size == 0
    assert breathing_phase(box, 2).size == pytest.approx(0.5)
    assert breathing_phase(box, 5).name == "Hold"
    assert breathing_phase(box, 5).size == 1
    assert breathing_phase(box, 10).name == "Breathe out"
    assert breathing_phase(box, 10).size == pytest.approx(0.5)
    assert breathing_phase(box, 13).name == "Hold"
    assert breathing_phase(box, 13).size == 0
    assert breathing_phase(box, 17).cycle == 2
    assert breathing_phase(box, 32) is None


def test_a_run_moves_on_when_time_is_up_and_not_while_paused():
    by_id = {e.id: e for e in load_library()}
    exercise = by_id["stop"]  # 10 s, 20 s, prompt, prompt
    run = SkillRun(exercise, T0)
    run.pause()
    assert run.tick(30) is False
    assert run.index == 0
    run.resume()
    assert run.tick(9.5) is False
    assert run.index == 0
    assert run.tick(1) is True
    assert run.index == 1
    run.tick(20)
    assert run.index == 2
    assert run.step.prompt
    assert run.tick(600) is False
    assert run.index == 2
    run.answer("The kettle, my breath")
    run.next()
    run.back()
    assert run.index == 2
    assert run.session.answers == {2: "The kettle, my breath"}


def test_a_session_keeps_ratings_before_and_after(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    store = SkillSessionStore(vault.connection)
    run = SkillRun({e.id: e for e in load_library()}["urge-surfing"], T0)
    run.rate_before(urge=4, distress=8)
    store.save(run.session)
    run.index = 2
    run.answer(14)  # out of range: kept within 0–10
    store.save(run.session)
    run.rate_after(urge=2, distress=None)
    store.save(run.finish(completed=True, ended_at=T0 + timedelta(minutes=6)))
    vault.lock()
    vault.unlock(PASSPHRASE)
    [saved] = SkillSessionStore(vault.connection).all()
    assert saved.before == Ratings(4, 8)
    assert saved.after == Ratings(2, None)
    assert saved.completed
    assert saved.answers == {2: 10}
    assert saved.ended_at == T0 + timedelta(minutes=6)
    vault.lock()


def session(skill, before, after, distress=(None, None), completed=True):
    return SkillSession(skill, T0, completed=completed, before=Ratings(before, distress[0]),
                        after=Ratings(after, distress[1]))


def test_effectiveness_per_skill_from_known_sessions():
    rows = effectiveness([
        session("paced-breathing", 4, 2, (8, 5)),
        session("paced-breathing", 3, 2, (6, 6)),
        session("paced-breathing", None, 1),
        session("urge-surfing", 5, 1),
        session("stop", None, None),
        session("box-breathing", 2, 3),
    ])
    got = {r.exercise_id: (r.sessions, r.rated_urge, r.average_urge_drop, r.rated_distress,
                           r.average_distress_drop) for r in rows}
    assert got == {
        "paced-breathing": (3, 2, 1.5, 2, 1.5),
        "urge-surfing": (1, 1, 4.0, 0, None),
        "stop": (1, 0, None, 0, None),
        "box-breathing": (1, 1, -1.0, 0, None),
    }
    assert [r.exercise_id for r in rows] == ["urge-surfing", "paced-breathing", "box-breathing",
                                            "stop"]


def test_stopped_sessions_are_kept_but_not_counted_as_done():
    rows = effectiveness([
        session("body-scan", 4, 2),
        session("body-scan", 3, None, completed=False),  # stopped partway
        session("body-scan", None, None, completed=False),  # left at the "before" ratings
        session("stop", None, None, completed=False),
    ])
    got = {r.exercise_id: (r.sessions, r.stopped) for r in rows}
    assert got == {"body-scan": (1, 2), "stop": (0, 1)}


def test_favourites_hidden_and_journal(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    prefs = SkillPrefs(vault.connection)
    prefs.set_favourite("stop", True)
    prefs.set_hidden("body-scan", True)
    prefs.set_hidden("body-scan", False)
    prefs.set_hidden("tipp", True)
    assert prefs.favourites() == {"stop"}
    assert prefs.hidden() == {"tipp"}
    journal = JournalStore(vault.connection)
    journal.add("Thought record", "Situation: …", ["thought record"], T0)
    assert journal.all()[0][1:] == ("Thought record", "Situation: …", ["thought record"])
    vault.lock()
