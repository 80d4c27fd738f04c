"""The journal presenter decides add, update or draft; the page only shows what happened."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.ui.presenters.pages import JournalPresenter

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _presenter(vault) -> JournalPresenter:
    return JournalPresenter(SimpleNamespace(vault=vault))  # what it asks of the controller


def test_saving_a_new_entry_adds_it_and_saving_again_updates_it(unlocked_vault):
    journal = _presenter(unlocked_vault)
    entry_id = journal.save(None, "Walk", "Down to the canal.", ["outside"], NOW)
    assert journal.save(entry_id, "Walk", "Down to the canal and back.", ["outside"],
                        NOW) == entry_id
    store = JournalStore(unlocked_vault.connection)
    assert store.count() == 1
    assert store.get(entry_id).body == "Down to the canal and back."


def test_an_empty_entry_is_neither_saved_nor_kept_as_a_draft(unlocked_vault):
    journal = _presenter(unlocked_vault)
    assert journal.save(None, "  ", "\n", [], NOW) is None
    assert journal.keep_draft(None, "", "   ", [], NOW) is None
    assert JournalStore(unlocked_vault.connection).count() == 0


def test_a_kept_draft_becomes_an_entry_when_saved(unlocked_vault):
    journal = _presenter(unlocked_vault)
    draft_id = journal.keep_draft(None, "", "Half a thought", [], NOW)
    store = JournalStore(unlocked_vault.connection)
    assert store.get(draft_id).is_draft
    assert journal.keep_draft(draft_id, "", "Half a thought, then more", [], NOW) == draft_id
    assert journal.save(draft_id, "Later", "Half a thought, then more", [], NOW) == draft_id
    saved = store.get(draft_id)
    assert not saved.is_draft
    assert saved.title == "Later"
    assert store.count() == 1
