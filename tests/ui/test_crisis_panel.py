"""The crisis panel opens from every screen by click and by shortcut, and shows the data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from recoverydesk import settings
from recoverydesk.crisis import load_directory
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.ui.dialogs.crisis_panel import CrisisPanel
from recoverydesk.ui.shell.sections import PAGES
from tests.conftest import PASSPHRASE
from tests.ui.helpers import press_shortcut, unlock


def open_panels(window):
    return [w for w in window.findChildren(CrisisPanel) if w.isVisible()]


def check_opens_both_ways(qtbot, window):
    qtbot.mouseClick(window.crisis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(open_panels(window)) == 1)
    panel = open_panels(window)[0]
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_panels(window))

    press_shortcut(qtbot, window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(open_panels(window)) == 1)
    panel = open_panels(window)[0]
    panel.reject()
    qtbot.waitUntil(lambda: not open_panels(window))


def test_from_setup_the_lock_screen_and_every_page(qtbot, open_app, data_dir, created_vault):
    fresh = open_app(data_dir.parent / "fresh")
    check_opens_both_ways(qtbot, fresh)  # first-run setup
    fresh.close()

    folder, _ = created_vault
    window = open_app(folder)
    check_opens_both_ways(qtbot, window)  # lock screen
    unlock(qtbot, window, PASSPHRASE)
    for info in PAGES:
        window.shell.show_page(info.title)
        assert window.shell.current_title() == info.title
        check_opens_both_ways(qtbot, window)


def shown_numbers(panel):
    return [label.text() for label in panel.findChildren(QLabel, "number")]


def test_lines_for_a_country_are_exactly_the_shipped_ones(qtbot, open_app, created_vault):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")
    window = open_app(folder)
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    assert "call 999" in panel.findChild(QLabel, "crisisLead").text()

    directory = load_directory()
    for country in ("US", "GB", "AU"):
        panel._country.setCurrentIndex(panel._country.findData(country))
        expected = []
        for line in directory.lines_for(country):
            if line.phone:
                expected.append(f"Call {line.phone}")
            if line.sms:
                keyword = f", send {line.sms_keyword}" if line.sms_keyword else ""
                expected.append(f"Text {line.sms}{keyword}")
        assert shown_numbers(panel) == expected
        sources = [label.text() for label in panel.findChildren(QLabel, "source")]
        assert sources == [f"Source: {line.source_url} ({line.source_date})"
                           for line in directory.lines_for(country)]
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert directory.checked_on in texts
    assert "not an emergency service" in texts
    # The last country picked in the panel is remembered for next time.
    assert DeviceSettings(folder / "device.json").get(settings.COUNTRY) == "AU"
    panel.reject()


def test_copy_puts_the_number_on_the_clipboard(qtbot, open_app, created_vault):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "US")
    window = open_app(folder)
    panel = window.open_crisis_panel()
    copy = next(b for b in panel.findChildren(type(window.crisis_button))
                if b.accessibleName() == "Copy 988")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "988"
    panel.reject()


def test_without_a_country_it_still_leads_with_emergency_help(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    panel = window.open_crisis_panel()
    lead = panel.findChild(QLabel, "crisisLead").text()
    assert "local emergency number" in lead
    assert shown_numbers(panel) == []
    panel.reject()
