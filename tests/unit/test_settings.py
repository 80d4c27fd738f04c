"""Settings: declared once, kept on the device or in the vault, always of the right type."""

from __future__ import annotations

import stat

import pytest

from recoverydesk import settings
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_every_setting_is_declared_once_with_a_default_of_its_own_type():
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL:
        assert setting.coerce(setting.default) == setting.default


def test_coerce_keeps_values_in_range_and_type():
    minutes = settings.AUTO_LOCK_MINUTES
    assert minutes.coerce(0) == 1
    assert minutes.coerce(10_000) == 240
    assert minutes.coerce("7") == 5
    assert minutes.coerce(True) == 5
    assert settings.REMEMBERED_IN_KEYCHAIN.coerce("yes") is False


def test_device_settings_persist_owner_only_and_survive_a_bad_file(tmp_path):
    path = tmp_path / "device.json"
    DeviceSettings(path).set(settings.COUNTRY, "GB")
    assert DeviceSettings(path).get(settings.COUNTRY) == "GB"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("{not json")
    assert DeviceSettings(path).get(settings.COUNTRY) == ""


def test_vault_settings_live_in_the_vault(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    assert vault.settings().get(settings.AUTO_LOCK_MINUTES) == 5
    vault.settings().set(settings.AUTO_LOCK_MINUTES, 12)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.settings().get(settings.AUTO_LOCK_MINUTES) == 12
    vault.lock()
    assert not (folder / "device.json").exists()  # nothing of the vault's leaks beside it


def test_a_setting_cannot_be_kept_in_the_wrong_place(tmp_path, created_vault):
    with pytest.raises(ValueError, match="is kept in the vault store"):
        DeviceSettings(tmp_path / "d.json").set(settings.AUTO_LOCK_MINUTES, 3)
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    with pytest.raises(ValueError, match="is kept in the device store"):
        vault.settings().set(settings.COUNTRY, "US")
    vault.lock()
