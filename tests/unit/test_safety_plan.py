"""The safety plan in the vault: sections, versions, contacts, own crisis lines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recoverydesk.crisis import load_directory
from recoverydesk.safety_plan import SECTION_KEYS, SECTIONS, Contact, PlanItem, SafetyPlan
from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore, review_due
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault(unlocked_vault):
    return unlocked_vault


def plan_of(**sections):
    plan = SafetyPlan()
    for key, texts in sections.items():
        plan = plan.with_items(key, [PlanItem(t) for t in texts])
    return plan


def test_sections_follow_the_stanley_brown_order():
    assert SECTION_KEYS == ("warning_signs", "coping", "distraction", "people", "professionals",
                            "environment", "reasons")
    assert all(s.helper and s.title for s in SECTIONS)


def test_three_saves_then_restoring_the_first_brings_it_back_exactly(vault):
    store = SafetyPlanStore(vault.connection)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    first = plan_of(warning_signs=["Not sleeping"], reasons=["My sister", "My dog, Pip"])
    second = first.with_items("coping", [PlanItem("A long shower")])
    third = second.with_items("environment", [PlanItem("Ask Sam to keep things", done=True)])
    ids = [store.save(p, start + timedelta(days=i)).id for i, p in enumerate((first, second,
                                                                               third))]
    assert [v.id for v in store.history()] == ids[::-1]
    restored = store.restore(ids[0], start + timedelta(days=9))
    assert store.current() == first
    assert restored.plan == first
    assert len(store.history()) == 4  # nothing in between was lost
    assert store.version(ids[2]).plan == third


def test_saving_an_unchanged_plan_adds_no_version(vault):
    store = SafetyPlanStore(vault.connection)
    plan = plan_of(reasons=["Music"])
    store.save(plan)
    store.save(plan)
    assert len(store.history()) == 1


def test_plan_survives_lock_and_unlock(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    plan = plan_of(people=["Ring Alex"], environment=["Give the box to Jo"])
    SafetyPlanStore(vault.connection).save(plan)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert SafetyPlanStore(vault.connection).current() == plan
    vault.lock()


def test_empty_items_are_dropped_and_unknown_sections_refused():
    plan = SafetyPlan().with_items("coping", [PlanItem("  "), PlanItem("Walk")])
    assert plan.items("coping") == (PlanItem("Walk"),)
    with pytest.raises(KeyError):
        plan.with_items("nope", [])


def test_review_reminder_after_the_chosen_weeks():
    saved = datetime(2026, 1, 1, tzinfo=UTC)
    assert not review_due(saved, saved + timedelta(weeks=11), 12)
    assert review_due(saved, saved + timedelta(weeks=12), 12)
    assert not review_due(saved, saved + timedelta(weeks=52), 0)
    assert not review_due(None, saved, 12)


def test_contacts_keep_their_section_and_order(vault):
    store = ContactStore(vault.connection)
    alex = store.add(Contact("Alex", "people", phone="07700 900123"))
    store.add(Contact("Dr Rahman", "professionals", phone="020 7946 0000", notes="Weekdays"))
    store.add(Contact("Jo", "people", sms="07700 900456"))
    assert [c.name for c in store.all("people")] == ["Alex", "Jo"]
    store.update(Contact("Alex M.", "distraction", phone="07700 900123", id=alex.id))
    assert [c.name for c in store.all("distraction")] == ["Alex M."]
    store.delete(alex.id)
    assert [c.name for c in store.all()] == ["Dr Rahman", "Jo"]
    with pytest.raises(ValueError, match="no plan section"):
        store.add(Contact("X", "no-such-section"))


def test_own_lines_and_hidden_shipped_lines_persist(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    prefs = CrisisLinePrefs(vault.connection)
    prefs.add_line("GB", "My care team out of hours", phone="0300 000 0000", hours="5pm–9am")
    shipped = load_directory().lines_for("GB")[1]
    prefs.hide(shipped)
    vault.lock()
    vault.unlock(PASSPHRASE)
    prefs = CrisisLinePrefs(vault.connection)
    own = prefs.own_lines("GB")
    assert [(line.name, line.phone, line.is_own) for line in own] == [
        ("My care team out of hours", "0300 000 0000", True)]
    assert prefs.own_lines("US") == []
    assert len(prefs.hidden()) == 1
    with pytest.raises(ValueError, match="needs a name and a number"):
        prefs.add_line("GB", "No number")
    vault.lock()
