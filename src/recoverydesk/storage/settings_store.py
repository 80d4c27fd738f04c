"""Where settings are kept: :class:`DeviceSettings` (a JSON file) and :class:`VaultSettings`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from recoverydesk.settings import Scope, Setting
from recoverydesk.storage.database import Connection
from recoverydesk.storage.files import write_private_file

log = logging.getLogger(__name__)


class DeviceSettings:
    """Non-private settings for this computer, readable while the vault is locked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values = self._read()

    def get(self, setting: Setting) -> Any:
        _require_scope(setting, Scope.DEVICE)
        return setting.coerce(self._values.get(setting.key, setting.default))

    def set(self, setting: Setting, value: object) -> None:
        _require_scope(setting, Scope.DEVICE)
        self._values[setting.key] = setting.coerce(value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_file(self.path, json.dumps(self._values, indent=1).encode())

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("device settings at %s unreadable; using defaults", self.path)
            return {}
        return data if isinstance(data, dict) else {}


class VaultSettings:
    """The person's settings, inside the encrypted database."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, setting: Setting) -> Any:
        _require_scope(setting, Scope.VAULT)
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?",
                                 (setting.key,)).fetchone()
        if row is None:
            return setting.default
        try:
            return setting.coerce(json.loads(row[0]))
        except ValueError:
            return setting.default

    def set(self, setting: Setting, value: object) -> None:
        _require_scope(setting, Scope.VAULT)
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (setting.key, json.dumps(setting.coerce(value))),
        )


def _require_scope(setting: Setting, scope: Scope) -> None:
    if setting.scope is not scope:
        raise ValueError(f"setting {setting.key} is kept in the {setting.scope.value} store")
