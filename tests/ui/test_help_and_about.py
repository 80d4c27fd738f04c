"""Help (F1) and About, opened as a person would, locked or unlocked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from recoverydesk import __version__
from recoverydesk.help_content import about_facts, help_sections, parse_sections
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.dialogs.about import AboutDialog
from recoverydesk.ui.dialogs.help import SHORTCUTS_TITLE, HelpDialog
from tests.conftest import PASSPHRASE
from tests.ui.helpers import press_shortcut, unlock, wait_for_state, when_dialog_opens


def test_help_text_splits_into_its_sections():
    sections = parse_sections("intro ignored\n## One\nfirst\n\n## Two\nsecond\nmore\n")
    assert [(s.title, s.markdown) for s in sections] == [("One", "first"), ("Two", "second\nmore")]
    shipped = [s.title for s in help_sections()]
    assert {"Check-ins", "Safety plan", "Privacy and your keys", "In a crisis"} <= set(shipped)
    assert all(s.markdown for s in help_sections())


def test_f1_opens_help_on_the_lock_screen_with_every_window_shortcut(open_app, created_vault,
                                                                      qtbot):
    folder, _ = created_vault
    window = open_app(folder)
    wait_for_state(qtbot, window, AppState.LOCKED)
    seen = {}

    def act(dialog):
        dialog.show_topic(SHORTCUTS_TITLE)
        seen["shortcuts"] = dialog.text.toPlainText()
        dialog.show_topic("In a crisis")
        seen["crisis"] = dialog.text.toPlainText()
        dialog.reject()

    when_dialog_opens(qtbot, HelpDialog, act)
    press_shortcut(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: "crisis" in seen, timeout=20000)
    keys = window.window_keys()
    assert {what for what, _ in keys} >= {"Get help now", "Check in", "Lock now", "Journal"}
    for what, shortcut in keys:
        assert what in seen["shortcuts"]
        assert shortcut in seen["shortcuts"]
    assert "Ctrl+Shift+H" in seen["shortcuts"]
    assert "emergency number" in seen["crisis"]


class _FolderOpener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_about_names_version_licence_folder_and_sources(qtbot, created_vault):
    folder, _ = created_vault
    facts = about_facts(folder)
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels
    assert "GPL-3.0-or-later" in labels
    assert str(folder) in labels
    credits = dialog.credits.toPlainText()
    assert "Linehan" in credits  # a skill's source
    assert facts.crisis_checked_on in credits
    assert "samhsa.gov" in credits

    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        assert dialog.open_folder.isEnabled()
        qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(folder)]


def test_about_opens_from_the_help_menu_when_unlocked(open_app, created_vault, qtbot):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    seen = {}

    def act(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_dialog_opens(qtbot, AboutDialog, act)
    about = next(a for a in window.menuBar().actions()[-1].menu().actions()
                 if a.text().startswith("About"))
    about.trigger()
    assert seen == {"title": "About RecoveryDesk"}
