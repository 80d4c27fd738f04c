"""The design system holds: readable colours, one place for styles, calm inputs, small screens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox, QStyle, QWidget

from recoverydesk.ui.design import palette
from recoverydesk.ui.design.palette import DARK, LIGHT, TEXT_PAIRS, contrast_ratio
from recoverydesk.ui.dialogs.checkin import CheckInDialog
from recoverydesk.ui.shell.main_window import MINIMUM_SIZE
from recoverydesk.ui.shell.sections import PAGES
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_page, unlock, when_dialog_opens

SRC = Path(__file__).resolve().parents[2] / "src" / "recoverydesk"
DESIGN = SRC / "ui" / "design"


@pytest.mark.parametrize("roles", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_every_background_role_meets_wcag_aa(roles):
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(roles, text), getattr(roles, background))
        assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}"


def test_contrast_ratio_matches_the_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_only_the_design_system_calls_set_style_sheet():
    callers = [path.relative_to(SRC) for path in SRC.rglob("*.py")
               if DESIGN not in path.parents and "setStyleSheet" in path.read_text()]
    assert callers == []


def _own_style_sheets(widgets) -> list[str]:
    return [f"{type(w).__module__}.{type(w).__name__} {w.objectName()!r}" for w in widgets
            if w.styleSheet() and not type(w).__module__.startswith("recoverydesk.ui.design")]


def _tree(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def test_no_widget_of_any_page_or_dialog_sets_its_own_style_sheet(qtbot, open_app,
                                                                    created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    found = _own_style_sheets(_tree(window))  # the lock screen
    panel = window.open_crisis_panel()
    found += _own_style_sheets(_tree(panel))
    panel.reject()
    unlock(qtbot, window, PASSPHRASE)
    for info in PAGES:
        found += _own_style_sheets(_tree(show_page(window, info.title)))
    found += _own_style_sheets(_tree(window))
    # No component shows itself before it has a parent (it would open as a window of its own).
    strays = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert strays == []
    lists = stores.own_lists(window.controller)
    dialog = CheckInDialog(lists, None, window)
    dialog.show_more(True)
    found += _own_style_sheets(_tree(dialog))
    dialog.reject()
    panel = window.open_crisis_panel()
    found += _own_style_sheets(_tree(panel))
    panel.reject()
    assert found == []


def test_palette_follows_the_colour_scheme_it_is_given(qtbot):
    from recoverydesk.ui.design.theme import apply_theme

    app = QApplication.instance()
    before = app.palette(), app.styleSheet(), palette._current
    try:
        apply_theme(app, dark=True)
        assert palette.roles() is DARK
        assert app.palette().color(app.palette().ColorRole.Window).name() == DARK.window
        apply_theme(app, dark=False)
        assert palette.roles() is LIGHT
        assert LIGHT.accent in app.styleSheet()
    finally:
        app.setPalette(before[0])
        app.setStyleSheet(before[1])
        palette.set_current(before[2])


def _wheel(widget: QWidget, steps: int = -3) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _checkin_with_more_open(qtbot, open_app, created_vault) -> CheckInDialog:
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    dialog = CheckInDialog(stores.own_lists(window.controller), None, window)
    qtbot.addWidget(dialog)
    dialog.show_more(True)
    return dialog


def test_a_passing_mouse_wheel_changes_no_rating(qtbot, open_app, created_vault):
    dialog = _checkin_with_more_open(qtbot, open_app, created_vault)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.distress.setValue(4)
    dialog.sleep.setValue(7)
    dialog.mood.setFocus()
    for widget in (dialog.distress, dialog.distress.segments[8], dialog.sleep,
                   dialog.medication, dialog.when):
        _wheel(widget)
        _wheel(widget, 3)
    assert dialog.distress.value() == 4
    assert dialog.sleep.value() == 7
    assert dialog.medication.currentIndex() == 0
    dialog.reject()  # closes without the question (only Cancel, Esc and the close button ask)


def test_digits_and_arrows_set_a_rating_and_ten_takes_two_digits(qtbot):
    from recoverydesk.ui.design.components import RatingSegment

    rating = RatingSegment(10)
    qtbot.addWidget(rating)
    seen = []
    rating.valueChanged.connect(seen.append)
    qtbot.keyClick(rating, Qt.Key.Key_7)
    assert rating.value() == 7
    qtbot.keyClicks(rating, "10")
    assert rating.value() == 10
    qtbot.keyClick(rating, Qt.Key.Key_Left)
    assert rating.value() == 9
    qtbot.keyClick(rating, Qt.Key.Key_Delete)
    assert rating.value() is None
    assert seen == [7, 1, 10, 9, None]
    assert rating.accessibleDescription() == "Skipped"


def _answer_question(qtbot, button_text: str, seen: list) -> None:
    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        else:
            QTimer.singleShot(30, poll)
    QTimer.singleShot(30, poll)


def test_cancel_on_a_filled_checkin_asks_first(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    asked: list[str] = []
    outcome = {}

    def fill_then_cancel(dialog):
        qtbot.keyClick(dialog.mood, Qt.Key.Key_2)
        _answer_question(qtbot, "Keep going", asked)
        dialog.cancel()
        outcome["kept_open"] = dialog.isVisible() and dialog.mood.value() == 2
        _answer_question(qtbot, "Leave without saving", asked)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, CheckInDialog, fill_then_cancel)
    window.open_checkin()  # returns when the dialog has closed
    assert outcome["kept_open"]
    assert len(asked) == 2
    assert stores.checkin_store(window.controller).between(
        datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(hours=1)) == []


def test_cancel_on_an_empty_checkin_just_closes(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    when_dialog_opens(qtbot, CheckInDialog, lambda dialog: dialog.cancel())
    window.open_checkin()  # returns when the dialog has closed
    assert QApplication.activeModalWidget() is None  # no question left waiting
    assert stores.checkin_store(window.controller).between(
        datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(hours=1)) == []


def test_the_window_and_every_page_fit_800_by_560(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    assert MINIMUM_SIZE.width() <= 800
    assert MINIMUM_SIZE.height() <= 560
    free = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() <= free.height()
    unlock(qtbot, window, PASSPHRASE)
    too_big = {}
    for info in PAGES:
        show_page(window, info.title)
        window.resize(800, 560)
        qtbot.wait(20)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > 800 or hint.height() > 560 or window.width() > 800:
            too_big[info.title] = (hint.width(), hint.height(), window.width())
    assert too_big == {}
    # At that size the crisis button is whole: the title gave up its room first.
    button = window.crisis_button
    assert button.isVisible()
    assert button.width() >= button.sizeHint().width()
    assert window.shell.nav.width() == window.shell.nav.minimumWidth()


def test_the_checkin_dialog_fits_a_small_screen_with_more_open(qtbot, open_app, created_vault):
    dialog = _checkin_with_more_open(qtbot, open_app, created_vault)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width()
    assert dialog.height() <= free.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 800
    assert hint.height() <= 560
    assert isinstance(dialog, QDialog)
    assert dialog.windowTitle() == "How are you right now?"


def test_the_lock_screen_can_show_the_passphrase_and_hides_it_again(qtbot, open_app,
                                                                    created_vault):
    from PySide6.QtWidgets import QLineEdit

    folder, _ = created_vault
    window = open_app(folder)
    lock = window.lock_view
    assert lock.logo.pixmap() is not None
    assert not lock.logo.pixmap().isNull()
    assert lock.switch_button.text() == "Forgot your passphrase?"
    qtbot.mouseClick(lock.show_button, Qt.MouseButton.LeftButton)
    assert lock.secret_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert lock.show_button.accessibleName() == "Hide passphrase"
    lock.reset()  # as after every lock: hidden again
    assert lock.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    assert lock.show_button.accessibleName() == "Show passphrase"


def test_the_calm_style_comes_once_the_window_has_painted(qtbot, open_app, created_vault):
    """The app starts on plain Fusion (app.py) and takes the calm check boxes after its first
    paint (MainWindow.listen_to_app_events), once."""
    from recoverydesk.ui.design.calm_style import use_calm_style

    app = QApplication.instance()
    app.setStyle("Fusion")
    app.setProperty("recoverydeskCalmStyle", False)
    box = QCheckBox("A check box")
    qtbot.addWidget(box)
    font = box.font()
    font.setPointSize(24)  # as at 200%: Fusion's box keeps its small fixed size
    box.setFont(font)
    width = QStyle.PixelMetric.PM_IndicatorWidth
    fusion = app.style().pixelMetric(width, None, box)
    calm = round(box.fontMetrics().height() * 0.95)
    assert fusion < calm
    folder, _ = created_vault
    open_app(folder)  # returns once the window has painted and listens
    style = app.style()
    assert style.pixelMetric(width, None, box) == calm
    use_calm_style(app)  # a second time: the same style, not a new one
    assert app.style() is style
