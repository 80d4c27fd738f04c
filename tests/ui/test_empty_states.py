"""Every list on the Safety plan, Goals and Journal pages that can be empty says so kindly
(Skills: tests/ui/test_skills_page.py; the pages' fit at 800×560: tests/ui/test_design.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_page, unlock


@pytest.fixture
def window(qtbot, open_app, created_vault):
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    return window


def test_empty_lists_say_so(qtbot, window):
    plan = show_page(window, "Safety plan")
    editor = plan.editors["reasons"]
    assert editor.empty.isVisibleTo(plan)
    assert not editor.items.isVisibleTo(plan)
    editor.new_item.setText("Pip")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert not editor.empty.isVisibleTo(plan)
    assert editor.items.isVisibleTo(plan)

    goals = show_page(window, "Goals")
    assert goals.currentIndex() == 0
    assert goals.empty_own_button.isVisibleTo(goals)

    journal = show_page(window, "Journal")
    assert journal.empty.isVisibleTo(journal)
    assert not journal.list.isVisibleTo(journal)
    assert journal.empty.title_label.text() == "No entries yet"
    stores.journal(window.controller).add("A walk", "By the river", [], datetime.now(UTC))
    journal.refresh_list()  # the list is fetched off the UI thread
    qtbot.waitUntil(lambda: not journal.busy())
    assert journal.list.isVisibleTo(journal)
    assert not journal.empty.isVisibleTo(journal)
    journal.search.setText("zzzz")
    qtbot.waitUntil(lambda: journal.empty.isVisibleTo(journal))
    assert journal.empty.title_label.text() == "Nothing matches"
