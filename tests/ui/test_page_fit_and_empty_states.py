"""Skills, Safety plan, Settings, Goals and the Journal: each fits the smallest window we
support, and every list that can be empty says so kindly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.helpers import show_page, unlock

SMALLEST = (800, 560)


@pytest.fixture
def window(qtbot, open_app, created_vault):
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    return window


@pytest.mark.parametrize("title", ["Skills", "Safety plan", "Settings", "Goals"])
def test_the_page_fits_the_smallest_window(window, title):
    """The page's own minimum, against what an 800×560 window leaves it beside the sidebar
    and under the top bar (other pages' minimums are their own tests' business)."""
    page = show_page(window, title)
    stack = window.shell.pages
    room_w = SMALLEST[0] - (window.width() - stack.width())
    room_h = SMALLEST[1] - (window.height() - stack.height())
    hint = page.minimumSizeHint().expandedTo(page.minimumSize())
    assert hint.width() <= room_w and hint.height() <= room_h, (
        f"{title} needs {hint.width()}×{hint.height()}, an 800×560 window leaves "
        f"{room_w}×{room_h}")


def test_empty_lists_say_so(qtbot, window):
    plan = show_page(window, "Safety plan")
    editor = plan.editors["reasons"]
    assert editor.empty.isVisibleTo(plan) and not editor.items.isVisibleTo(plan)
    editor.new_item.setText("Pip")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert not editor.empty.isVisibleTo(plan) and editor.items.isVisibleTo(plan)

    goals = show_page(window, "Goals")
    assert goals.currentIndex() == 0 and goals.empty_own_button.isVisibleTo(goals)

    journal = show_page(window, "Journal")
    assert journal.empty.isVisibleTo(journal) and not journal.list.isVisibleTo(journal)
    assert journal.empty.title_label.text() == "No entries yet"
    window.controller.journal().add("A walk", "By the river", [], datetime.now(UTC))
    journal.model.reload()
    assert journal.list.isVisibleTo(journal) and not journal.empty.isVisibleTo(journal)
    journal.search.setText("zzzz")
    qtbot.waitUntil(lambda: journal.empty.isVisibleTo(journal))
    assert journal.empty.title_label.text() == "Nothing matches"
