"""Goals through the real window: a goal from a template by keyboard, steps, a review, pause
and achieve, and everything still there after a lock and a restart."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recoverydesk.goals import TEMPLATES, Goal, GoalState, Step
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.dialogs.goal_dialogs import GoalEditor, ReviewDialog
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import press_shortcut, show_page, show_today, unlock, wait_for_state
from tests.ui.test_logging import when_dialog_opens


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def type_here(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def keys_in(qtbot, window, widget, k, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key as the window system delivers it to ``widget`` (so shortcuts see it too)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(window.windowHandle(), k, modifiers)


def when_open(qtbot, kind, act, focused):
    """``act(dialog)`` once a ``kind`` dialog is up with ``focused(dialog)`` focused; a
    failing check closes the dialog, so the test fails instead of waiting."""
    def run(dialog):
        try:
            qtbot.waitUntil(lambda: focused(dialog).hasFocus(), timeout=5000)
            act(dialog)
        except BaseException:
            dialog.reject()
            raise

    when_dialog_opens(qtbot, kind, run)


def test_a_goal_from_a_template_by_keyboard_with_steps_a_review_pause_and_achieve(  # noqa: PLR0915 - one path, step by step
        qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Goals")
    assert page.currentIndex() == 0  # the empty state, with starting points

    def fill(editor):
        key(qtbot, Qt.Key.Key_Down)  # the first template
        assert editor.title.text() == TEMPLATES[0].title
        key(qtbot, Qt.Key.Key_Tab)
        assert editor.title.hasFocus()
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here(qtbot, "Skills before urges")
        for _ in range(3):  # Specific, Measurable, Achievable
            key(qtbot, Qt.Key.Key_Tab)
        assert editor.fields["achievable"].hasFocus()
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here(qtbot, "Breathing is short")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_open(qtbot, GoalEditor, fill, lambda editor: editor.template)
    press_shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    store = stores.goal_store(window.controller)
    [goal] = store.all()
    assert (goal.title, goal.achievable) == ("Skills before urges", "Breathing is short")
    assert goal.specific == TEMPLATES[0].specific
    assert goal.measure == TEMPLATES[0].measure
    assert [s.text for s in goal.steps] == [s.text for s in TEMPLATES[0].steps]
    assert page.currentIndex() == 1
    assert page.title.text() == "Skills before urges"
    assert "This week: 0 of 2 strong urges ridden out" in page.progress_text.text()

    # Steps: add by keyboard, tick with Space, move with Alt+Up, remove with Delete.
    qtbot.keyClicks(page.new_step, "Ask Jo to remind me")
    keys_in(qtbot, window, page.new_step, Qt.Key.Key_Return)
    assert page.steps.count() == 3
    assert page.new_step.text() == ""
    page.steps.setCurrentRow(0)
    keys_in(qtbot, window, page.steps, Qt.Key.Key_Space)
    today = datetime.now().astimezone().date()
    assert store.get(goal.id).steps[0].done_on == today
    assert f"(done {today:%d %b})" in page.steps.item(0).text()
    page.steps.setCurrentRow(2)
    keys_in(qtbot, window, page.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.text for s in store.get(goal.id).steps][1] == "Ask Jo to remind me"
    assert page.steps.currentRow() == 1
    page.steps.setCurrentRow(2)
    keys_in(qtbot, window, page.steps, Qt.Key.Key_Delete)
    assert [s.text for s in store.get(goal.id).steps] == [
        "Pick two skills to try first", "Ask Jo to remind me"]

    def review(dialog):
        type_here(qtbot, "Used breathing on Tuesday")
        key(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "A long week")
        key(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "Keep the list on my phone")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_open(qtbot, ReviewDialog, review, lambda dialog: dialog.went_well)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    goal = store.get(goal.id)
    assert [(r.went_well, r.got_in_the_way, r.next_step) for r in goal.reviews] == [
        ("Used breathing on Tuesday", "A long week", "Keep the list on my phone")]
    assert goal.steps[-1].text == "Keep the list on my phone"
    assert goal.review_date == today + timedelta(weeks=2)
    assert "Used breathing on Tuesday" in page.reviews.text()

    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert store.get(goal.id).state is GoalState.PAUSED
    assert page.pause_button.text() == "Resume"
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert store.get(goal.id).state is GoalState.ACTIVE
    qtbot.mouseClick(page.achieved_button, Qt.MouseButton.LeftButton)
    assert store.get(goal.id).state is GoalState.ACHIEVED
    assert page.recognition.isVisible()
    assert "You reached this" in page.recognition.text()
    assert not page.achieved_button.isVisible()
    headers = [page.list.item(r).text() for r in range(page.list.count())
               if page.list.item(r).data(Qt.ItemDataRole.UserRole) is None]
    assert headers == ["Recently achieved"]

    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    assert show_page(window, "Goals").title.text() == "Skills before urges"
    window.close()
    again = open_app(folder)  # a restart
    unlock(qtbot, again, PASSPHRASE)
    page = show_page(again, "Goals")
    [kept] = stores.goal_store(again.controller).all()
    assert kept.state is GoalState.ACHIEVED
    assert kept.achievable == "Breathing is short"
    assert [(s.text, s.done) for s in kept.steps] == [
        ("Pick two skills to try first", True), ("Ask Jo to remind me", False),
        ("Keep the list on my phone", False)]
    assert len(kept.reviews) == 1
    assert page.title.text() == "Skills before urges"


def test_today_shows_a_next_step_and_a_gentle_review_prompt(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    today_page = show_today(qtbot, window)
    assert not today_page.goal.isVisible()  # no goals: nothing about them on Today
    store = stores.goal_store(window.controller)
    now = datetime.now().astimezone()
    store.save(Goal(title="Later", steps=(Step("Not this one", now.date() + timedelta(9)),)),
               now)
    store.save(Goal(title="Sleep", steps=(Step("Done already", None, date(2026, 1, 1)),
                                          Step("Phone in the hall", now.date()))), now)
    window.controller.goals_changed.emit()
    assert today_page.goal.isVisible()
    assert today_page.goal.step.text().startswith("Phone in the hall (by ")
    assert "“Sleep”" in today_page.goal.step.text()
    assert not today_page.goal.review.isVisible()
    looked = store.save(Goal(title="Call Gran", review_date=now.date()), now)
    window.controller.goals_changed.emit()
    assert "Time to look at “Call Gran”?" in today_page.goal.review.text()
    qtbot.mouseClick(today_page.goal.open_button, Qt.MouseButton.LeftButton)
    assert window.shell.current_title() == "Goals"
    goals = window.shell.pages.currentWidget()
    assert goals.current_goal().id == looked.id
    assert goals.review_prompt.isVisible()


def test_locking_with_the_editor_open_keeps_what_was_typed(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Goals")

    def type_then_lock(editor):
        editor.title.setFocus()
        qtbot.waitUntil(editor.title.hasFocus)
        type_here(qtbot, "Half-written goal")
        window.controller.lock()

    when_dialog_opens(qtbot, GoalEditor, type_then_lock)
    qtbot.mouseClick(page.empty_own_button, Qt.MouseButton.LeftButton)
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    assert [g.title for g in stores.goal_store(window.controller).all()] == ["Half-written goal"]


def test_a_goal_let_go_can_be_deleted_after_asking(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.goal_store(window.controller)
    now = datetime.now().astimezone()
    kept = store.save(Goal(title="Keep me"), now)
    gone = store.save(Goal(title="Saved by mistake"), now)
    page = show_page(window, "Goals")
    page.select_goal(gone.id)
    assert not page.delete_button.isVisible()  # only for goals already let go
    qtbot.mouseClick(page.let_go_button, Qt.MouseButton.LeftButton)
    assert page.delete_button.isVisible()
    assert "Let go" in page.state.text()

    def answer(button):
        def act(box):
            box.button(button).click()
        return act

    when_dialog_opens(qtbot, QMessageBox, answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(store.all()) == 2
    when_dialog_opens(qtbot, QMessageBox, answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [g.id for g in store.all()] == [kept.id]
    assert page.title.text() == "Keep me"
