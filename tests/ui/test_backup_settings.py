"""Back up now, restore with a preview, a tampered backup refused, the note on Today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel

from recoverydesk import settings
from recoverydesk.checkin import CheckIn
from recoverydesk.storage.database import transaction
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.pages.settings_backup import (
    BackUpDialog,
    BackupPassphraseDialog,
    BackupSettings,
    RestorePreviewDialog,
    SetupRestore,
)
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_page, show_today, unlock, wait_for_state, when_dialog_opens
from tests.unit.test_backup import all_rows, fill

CANARY = "wren-canary-4410"


def _settings(window) -> BackupSettings:
    return show_page(window, "Settings").findChild(BackupSettings)


def _write_entry(window, text: str) -> None:
    controller = window.controller
    with transaction(controller.vault.connection):
        stores.journal(controller).add(text, text, [], datetime.now(UTC))


def _back_up(qtbot, window, out, separate=None):
    def act(dialog):
        dialog.path.setText(str(out))
        if separate:
            dialog.separate.setChecked(True)
            dialog.first.setText(separate)
            dialog.second.setText(separate)
        dialog._accept()

    widget = _settings(window)
    when_dialog_opens(qtbot, BackUpDialog, act)
    widget.back_up_button.click()
    qtbot.waitUntil(lambda: "Backed up" in widget.message.text(), timeout=20000)
    assert out.exists()
    assert "Your last backup:" in widget.last.text()


def test_back_up_now_then_restore_with_a_preview(qtbot, open_app, created_vault, tmp_path):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    _write_entry(window, f"before {CANARY}")
    out = tmp_path / "mine.rdbackup"
    _back_up(qtbot, window, out)
    _write_entry(window, "after the backup")
    assert stores.journal(window.controller).count() == 2

    seen = []

    def confirm(dialog):
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.restore_button.click()

    when_dialog_opens(qtbot, RestorePreviewDialog, confirm)
    _settings(window).restore_from(out)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=20000)
    assert "1 journal entry" in seen[0]
    wait_for_state(qtbot, window, AppState.UNLOCKED)
    qtbot.waitUntil(lambda: window.shell is not None)
    assert stores.journal(window.controller).count() == 1
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert list(folder.joinpath("backups").glob("recoverydesk-before-restore-*.db"))


def test_a_tampered_backup_is_refused_with_a_clear_message(qtbot, open_app, created_vault,
                                                           tmp_path):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    _write_entry(window, CANARY)
    out = tmp_path / "mine.rdbackup"
    _back_up(qtbot, window, out)
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    out.write_bytes(bytes(raw))
    _write_entry(window, "after")

    widget = _settings(window)
    widget.restore_from(out)
    qtbot.waitUntil(lambda: "changed or damaged" in widget.message.text(), timeout=20000)
    assert "Nothing was restored" in widget.message.text()
    assert window.controller.state is AppState.UNLOCKED
    assert stores.journal(window.controller).count() == 2


def test_today_notes_an_old_or_missing_backup_gently(qtbot, open_app, created_vault, tmp_path):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    controller = window.controller
    assert controller.backup_note() is None  # nothing written yet: nothing to say
    stores.checkin_store(controller).save(
        CheckIn(at=datetime.now(UTC) - timedelta(days=45), mood=3))
    assert "haven't made a backup yet" in controller.backup_note()
    controller.vault.settings().set(
        settings.LAST_BACKUP_AT, (datetime.now(UTC) - timedelta(days=50)).isoformat())
    assert "7 weeks ago" in controller.backup_note()

    controller.lock()
    unlock(qtbot, window, PASSPHRASE)
    today = show_today(qtbot, window)
    assert today.backup_note.isVisible()
    when_dialog_opens(qtbot, BackUpDialog, lambda dialog: (
        dialog.path.setText(str(tmp_path / "from-today.rdbackup")), dialog._accept()))
    today.backup_note.button.click()
    qtbot.waitUntil(lambda: "Backed up" in today.backup_note.text.text(), timeout=20000)
    assert controller.backup_note() is None
    controller.vault.settings().set(settings.BACKUP_NOTE_DAYS, 0)
    controller.vault.settings().set(settings.LAST_BACKUP_AT, "")
    assert controller.backup_note() is None


def test_at_setup_a_backup_restores_into_the_new_folder_with_identical_records(
        qtbot, open_app, unlocked_vault, tmp_path):
    source = unlocked_vault
    fill(source)
    out = tmp_path / "from-the-old-laptop.rdbackup"
    source.back_up(out)
    window = open_app(tmp_path / "new-laptop")
    assert window.controller.state is AppState.SETUP

    def give_passphrase(dialog):
        dialog.passphrase.setText(PASSPHRASE)
        dialog._accept()

    when_dialog_opens(qtbot, BackupPassphraseDialog, give_passphrase)
    when_dialog_opens(qtbot, RestorePreviewDialog, lambda d: d.restore_button.click())
    SetupRestore(window.setup_view, window.controller).start(out)
    wait_for_state(qtbot, window, AppState.UNLOCKED, timeout=30000)
    assert all_rows(window.controller.vault.connection) == all_rows(source.connection)
    assert window.setup_view is None
