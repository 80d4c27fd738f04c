"""The journal stays responsive: searches run off the UI thread and only the newest one's
results reach the list; pages are built when first shown (issue 12)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from shiboken6 import isValid

from recoverydesk.ui.controller import AppState
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import search_journal, show_journal, show_page, unlock


def _titles(journal) -> list[str]:
    return [journal.model.entry_at(r).title for r in range(journal.model.rowCount())]


def _open_with_entries(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.journal(window.controller)
    now = datetime.now(UTC)
    store.add("Heron", "A heron stood in the shallows", ["outside"], now - timedelta(days=2))
    store.add("Hedge", "The hedge was full of sparrows", ["home"], now - timedelta(days=1))
    return window


def _held_on_the_worker(journal, start) -> threading.Event:
    """Call ``start()`` (which sends the journal's store a search on the worker) and return
    once that search runs there (past any early check), held until the returned gate is set."""
    started, gate = threading.Event(), threading.Event()
    search = journal.store.search

    def held(*args, **kwargs):
        started.set()
        gate.wait(10)
        return search(*args, **kwargs)

    journal.store.search = held
    start()
    assert started.wait(10)
    return gate


def _search_in_flight(journal, words) -> threading.Event:
    journal.search.setText(words)
    return _held_on_the_worker(journal, journal.search_now)


def test_typing_quickly_leaves_only_the_last_querys_results(qtbot, open_app, created_vault):
    window = _open_with_entries(qtbot, open_app, created_vault)
    journal = show_journal(qtbot, window)
    gate = _search_in_flight(journal, "hedge")  # the search for "hedge" is under way…
    journal.search.setText("heron")  # …and the person has typed on
    gate.set()
    window.controller.wait_for_background()
    qtbot.wait(50)  # "hedge"'s results come back to the UI thread, and are dropped
    assert _titles(journal) == ["Hedge", "Heron"]  # the whole list still: "hedge" was dropped
    assert journal.busy()  # still searching for what is typed now
    qtbot.waitUntil(lambda: not journal.busy())
    assert _titles(journal) == ["Heron"]

    journal.search.clear()
    for letter in "sparrow":  # one letter at a time, quicker than the pause that searches
        qtbot.keyClicks(journal.search, letter)
    qtbot.waitUntil(lambda: not journal.busy())
    assert _titles(journal) == ["Hedge"]


def test_a_search_running_when_the_page_hides_is_dropped(qtbot, open_app, created_vault):
    window = _open_with_entries(qtbot, open_app, created_vault)
    journal = show_journal(qtbot, window)
    assert _titles(journal) == ["Hedge", "Heron"]
    gate = _search_in_flight(journal, "heron")
    show_page(window, "Today")  # hidden while the search waits
    gate.set()
    window.controller.wait_for_background()
    qtbot.wait(50)
    assert _titles(journal) == ["Hedge", "Heron"]  # the result was dropped
    assert show_journal(qtbot, window) is journal
    assert _titles(journal) == ["Heron"]  # and searched again when shown


def test_a_search_running_when_the_app_locks_is_dropped(qtbot, open_app, created_vault):
    window = _open_with_entries(qtbot, open_app, created_vault)
    journal = show_journal(qtbot, window)
    resets = []
    journal.model.modelReset.connect(lambda: resets.append("reset"))
    gate = _search_in_flight(journal, "heron")
    journal._fetch_snippets([1, 2])
    threading.Timer(0.3, gate.set).start()  # lock waits for running work
    window.controller.lock()
    qtbot.waitUntil(lambda: not isValid(journal))  # the page is gone with the lock…
    qtbot.wait(50)
    assert resets == []  # …and nothing that came back afterwards reached it
    assert window.shell is None


def test_pages_are_built_when_first_shown(qtbot, open_app, created_vault):
    from recoverydesk.ui.pages.journal import JournalPage

    window = _open_with_entries(qtbot, open_app, created_vault)
    shell = window.shell
    assert shell.is_built("Today")
    assert not any(shell.is_built(t) for t in ("Journal", "Skills", "Settings", "Insights"))
    journal = show_page(window, "Journal")
    assert isinstance(journal, JournalPage)
    assert shell.is_built("Journal")
    assert journal.accessibleName() == "Journal"
    show_page(window, "Today")
    assert show_page(window, "Journal") is journal  # built once
    assert not shell.is_built("Settings")


def test_unlocking_shows_the_sections_first_and_today_on_the_next_turn(qtbot, open_app,
                                                                        created_vault):
    from recoverydesk.ui.pages.today import TodayPage

    window = open_app(created_vault[0])
    seen = []

    def at_unlock(state):
        if state is AppState.UNLOCKED:
            seen.append((window.shell.current_title(), window.shell.is_built("Today")))

    window.controller.state_changed.connect(at_unlock)  # runs after the window's own
    unlock(qtbot, window, PASSPHRASE)
    assert seen == [("Today", False)]  # the window answered before Today was built
    assert isinstance(window.shell.pages.currentWidget(), TodayPage)


def test_a_page_chosen_before_today_is_built_stays_chosen(qtbot, open_app, created_vault):
    window = open_app(created_vault[0])
    window.controller.state_changed.connect(
        lambda state: state is AppState.UNLOCKED and window.shell.show_page("Goals"))
    unlock(qtbot, window, PASSPHRASE)
    qtbot.wait(50)
    assert window.shell.current_title() == "Goals"
    assert window.shell.is_built("Goals")


def test_the_tag_filter_follows_save_delete_and_undo(qtbot, open_app, created_vault):
    window = _open_with_entries(qtbot, open_app, created_vault)
    journal = show_journal(qtbot, window)

    def tags():
        qtbot.waitUntil(lambda: not journal.busy())
        return [journal.tag_filter.itemData(i) for i in range(1, journal.tag_filter.count())]

    assert tags() == ["home", "outside"]
    journal.new_entry()
    journal.body.setPlainText("Rain on the window")
    journal.tags.setText("rain, home")
    journal.save()
    assert tags() == ["home", "outside", "rain"]
    journal.tags.setText("home")
    journal.save()  # edited: "rain" is no longer used
    assert tags() == ["home", "outside"]
    search_journal(qtbot, journal, "heron")
    journal._open_index(journal.model.index(0))
    journal.delete()
    assert tags() == ["home"]
    journal.undo_delete()
    assert tags() == ["home", "outside"]


def test_the_journal_answers_while_the_automatic_backup_runs(qtbot, open_app, created_vault,
                                                              monkeypatch):
    from recoverydesk.storage.vault import Vault

    copying, release = threading.Event(), threading.Event()
    real = Vault.back_up_automatically

    def slow_backup(self, keep):  # a copy of a large vault, half a minute under load
        copying.set()
        release.wait(30)
        return real(self, keep)

    monkeypatch.setattr(Vault, "back_up_automatically", slow_backup)
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(copying.is_set)
    journal = show_journal(qtbot, window)  # waits for the list, the tags and a kept draft
    assert not journal.busy()
    assert not release.is_set()  # all of it while the backup was still being made
    release.set()
    qtbot.waitUntil(lambda: any((created_vault[0] / "backups").glob("automatic-*.rdbackup")),
                    timeout=60_000)


def _many_entries(window, count, body=lambda i: "words"):
    """``count`` entries, several to a second (the id orders those), in one transaction."""
    store = stores.journal(window.controller)
    base = datetime(2020, 1, 1, tzinfo=UTC)
    connection = window.controller.vault.connection
    connection.execute("BEGIN")
    for i in range(count):
        store.add(f"Entry {i}", body(i), [], base + timedelta(seconds=i // 3))
    connection.execute("COMMIT")
    return [e.id for e in store.page(count + 10)]  # newest first, as the list shows them


def _scroll_to_the_end(qtbot, journal):
    model = journal.model
    while model.canFetchMore() or model.fetching():
        journal.list.scrollToBottom()  # the list asks for the next page when it gets there
        qtbot.wait(5)
    journal.list.scrollToBottom()  # the last page's rows on screen
    return [model.entry_at(r).id for r in range(model.rowCount())]


def test_scrolling_to_the_end_shows_every_entry_once_in_order(qtbot, open_app, created_vault):
    from recoverydesk.ui.pages.journal_model import PAGE

    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    everything = _many_entries(window, PAGE * 2 + 30)
    journal = show_journal(qtbot, window)
    assert journal.model.rowCount() == PAGE
    assert _scroll_to_the_end(qtbot, journal) == everything


def test_scrolling_search_results_shows_every_match_once_in_order(qtbot, open_app,
                                                                  created_vault):
    from recoverydesk.ui.presenters.support import SEARCH_PAGE

    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    everything = _many_entries(window, SEARCH_PAGE * 3, lambda i: "heron" if i % 2 else "wren")
    matches = [i for i in everything if i % 2 == 0]  # ids from 1: entry i + 1 has "heron"
    journal = show_journal(qtbot, window)
    search_journal(qtbot, journal, "heron")
    assert journal.model.rowCount() == SEARCH_PAGE
    assert _scroll_to_the_end(qtbot, journal) == matches
    qtbot.waitUntil(lambda: journal.model.entry_at(journal.model.rowCount() - 1).snippet
                    is not None)  # the rows drawn at the end got their snippets
    assert "heron" in journal.model.entry_at(journal.model.rowCount() - 1).snippet


def _page_fetch_in_flight(journal) -> threading.Event:
    """The list's next page asked for, held on the worker until the gate is set."""
    gate = _held_on_the_worker(journal, journal.model.fetchMore)
    assert journal.model.fetching()
    return gate


def test_a_page_on_its_way_when_the_page_hides_is_dropped(qtbot, open_app, created_vault):
    from recoverydesk.ui.pages.journal_model import PAGE

    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    everything = _many_entries(window, PAGE + 20)
    journal = show_journal(qtbot, window)
    gate = _page_fetch_in_flight(journal)
    show_page(window, "Today")
    gate.set()
    window.controller.wait_for_background()
    qtbot.wait(50)
    assert journal.model.rowCount() == PAGE  # dropped, not appended
    assert not journal.model.fetching()
    del journal.store.search
    assert show_journal(qtbot, window) is journal
    assert _scroll_to_the_end(qtbot, journal) == everything  # and fetched again, once


def test_a_page_on_its_way_when_the_app_locks_is_dropped(qtbot, open_app, created_vault):
    from recoverydesk.ui.pages.journal_model import PAGE

    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    _many_entries(window, PAGE + 20)
    journal = show_journal(qtbot, window)
    inserted = []
    journal.model.rowsInserted.connect(lambda *_: inserted.append("rows"))
    gate = _page_fetch_in_flight(journal)
    threading.Timer(0.3, gate.set).start()  # lock waits for running work
    window.controller.lock()
    qtbot.waitUntil(lambda: not isValid(journal))
    qtbot.wait(50)
    assert inserted == []
    assert window.shell is None


def test_search_results_follow_add_edit_delete_and_undo(qtbot, open_app, created_vault):
    window = _open_with_entries(qtbot, open_app, created_vault)
    journal = show_journal(qtbot, window)
    search_journal(qtbot, journal, "heron")
    assert _titles(journal) == ["Heron"]

    def shown():
        qtbot.waitUntil(lambda: not journal.busy())
        return _titles(journal)

    journal.new_entry()
    journal.title.setText("Shore")
    journal.body.setPlainText("Two herons at low tide")
    journal.save()
    assert shown() == ["Shore", "Heron"]
    journal.body.setPlainText("Two egrets at low tide")
    journal.save()  # edited: no heron in it now
    assert shown() == ["Heron"]
    journal._open_index(journal.model.index(0))
    journal.delete()
    assert shown() == []
    journal.undo_delete()
    assert shown() == ["Heron"]


def test_a_page_that_cannot_be_read_ends_the_list_with_a_kind_word(qtbot, open_app,
                                                                   created_vault):
    from recoverydesk.ui.pages.journal_model import PAGE

    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    _many_entries(window, PAGE + 20)
    journal = show_journal(qtbot, window)

    def unreadable(after):
        raise OSError("the disk said no")

    journal.model._next_page = unreadable
    with qtbot.waitSignal(journal.model.fetch_failed, timeout=30_000):
        journal.model.fetchMore()
    assert not journal.model.canFetchMore()  # not asked again on every scroll
    assert not journal.model.fetching()
    assert journal.model.rowCount() == PAGE
    assert "Your entries are safe" in journal.status.text()
