"""Chain analysis as a record in the vault; the ride-it-out timer's core; "helped before"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from recoverydesk.skills.chain import CHAIN_FIELDS, ChainAnalysis, as_text, from_answers
from recoverydesk.skills.effectiveness import helped_before
from recoverydesk.skills.engine import Ratings, SkillRun, SkillSession
from recoverydesk.skills.loader import load_library
from recoverydesk.skills.ride_it_out import (
    RIDE_IT_OUT_ID,
    RIDE_IT_OUT_TITLE,
    meanwhile,
    timed,
)
from recoverydesk.storage.chain_store import JOURNAL_TAG, ChainAnalysisStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

LIBRARY = {e.id: e for e in load_library()}
CHAIN = LIBRARY["chain-analysis"]
HERE = timezone(timedelta(hours=2))
T0 = datetime(2026, 11, 22, 21, 30, tzinfo=HERE)


def _answers(**by_field) -> dict:
    index = {step.field: n for n, step in enumerate(CHAIN.steps) if step.field}
    return {index[name]: value for name, value in by_field.items()}


def test_the_worksheet_has_a_step_for_every_link_in_chain_order():
    assert [s.field for s in CHAIN.steps if s.field] == [
        "behaviour", "prompting_event", "vulnerabilities", "thoughts", "feelings",
        "sensations", "consequences", "skills", "next_time", "repair"]
    assert set(CHAIN_FIELDS) == {s.field for s in CHAIN.steps if s.field}
    assert CHAIN.caution  # said before it starts: it can stir things up


def test_answers_become_a_chain_and_its_journal_text():
    chain = from_answers(CHAIN.steps, _answers(
        behaviour="Tuesday night ", prompting_event="No reply from Mum",
        thoughts="Nobody cares", skills=["paced-breathing", "opposite-action"]), T0, 7)
    assert chain.behaviour == "Tuesday night"
    assert chain.session_id == 7
    assert chain.skills == ("paced-breathing", "opposite-action")
    text = as_text(chain, {e.id: e.title for e in LIBRARY.values()})
    assert text.index("What set it off") < text.index("Thoughts")
    assert "- Paced breathing\n- Opposite action" in text
    assert "Feelings" not in text  # links left empty are left out
    assert from_answers(CHAIN.steps, {}, T0).is_empty


def test_a_chain_is_kept_with_its_journal_entry_and_read_back_by_date(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    store = ChainAnalysisStore(vault.connection)
    chain = ChainAnalysis(at=T0, behaviour="Tuesday night", feelings="Hurt, then shame",
                          skills=("tipp",))
    saved = store.add(chain, "Chain analysis: Tuesday night", "the text")
    assert saved.id is not None
    assert saved.journal_entry_id is not None
    entry = JournalStore(vault.connection).get(saved.journal_entry_id)
    assert entry.title == "Chain analysis: Tuesday night"
    assert entry.tags == (JOURNAL_TAG,)
    [back] = store.between(T0 - timedelta(hours=1), T0 + timedelta(hours=1))
    assert back == saved
    assert back.at.utcoffset() == timedelta(hours=2)
    assert back.as_dict()["skills"] == ["tipp"]
    assert back.as_dict()["at"] == T0.isoformat()
    assert store.between(T0 + timedelta(hours=1), T0 + timedelta(days=1)) == []
    JournalStore(vault.connection).delete(saved.journal_entry_id)
    assert store.all()[0].journal_entry_id is None  # the chain itself stays
    vault.lock()


def test_ride_it_out_runs_5_or_15_minutes_on_injected_time():
    base = LIBRARY[RIDE_IT_OUT_ID]
    assert base.title == RIDE_IT_OUT_TITLE
    with pytest.raises(ValueError, match="one of"):
        timed(base, 10)
    run = SkillRun(timed(base, 15), datetime(2026, 11, 22, tzinfo=UTC))
    assert run.seconds_left == 900
    assert run.exercise.minutes == 15
    run.tick(899)
    assert run.seconds_left == pytest.approx(1)
    run.tick(1)
    assert run.seconds_left == 0
    assert run.is_last


def test_things_to_do_meanwhile_come_from_the_plan_then_favourite_skills():
    got = meanwhile(["A cold glass of water", "Skill: Paced breathing", " "],
                    ["Paced breathing", "Wise mind"], limit=3)
    assert got == ["A cold glass of water", "Paced breathing (a skill)", "Wise mind (a skill)"]
    assert meanwhile([], []) == []


def test_helped_before_needs_enough_rated_sessions_and_a_lower_urge():
    def session(exercise_id, before, after):
        return SkillSession(exercise_id, T0, before=Ratings(before, None),
                            after=Ratings(after, None))

    sessions = [session("tipp", 4, 2), session("tipp", 5, 4),  # helped, twice rated
                session("stop", 4, 1),  # helped once: not enough to say
                session("box-breathing", 3, 3), session("box-breathing", 2, 3),
                session("wise-mind", 5, 1), session("wise-mind", 4, 2),
                session("wise-mind", 4, None)]
    assert helped_before(sessions) == ["wise-mind", "tipp"]
