"""Where settings are kept: :class:`DeviceSettings` (a JSON file) and :class:`VaultSettings`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recoverydesk import settings
from recoverydesk.settings import Scope, Setting
from recoverydesk.storage.files import write_private_file

if TYPE_CHECKING:  # the device's settings are read at start, before the database code loads
    from recoverydesk.storage.database import Connection

log = logging.getLogger(__name__)


# device.json holds a few short values; anything larger is not ours.
MAX_DEVICE_FILE_BYTES = 64 * 1024
_SCALARS = (str, int, float, bool, type(None))


class DeviceSettings:
    """Non-private settings for this computer, readable while the vault is locked.

    The file is read before anything else (the lock screen's crisis lines depend on it), so
    it never stops the app: a file that is too large, not JSON, not a flat object of known
    settings, or nested, gives the defaults and a ``problem`` to tell. Such a file is never
    written over: the first change moves it aside (``device.json.unreadable``).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._values = self._read()

    def get(self, setting: Setting) -> Any:
        _require_scope(setting, Scope.DEVICE)
        return setting.coerce(self._values.get(setting.key, setting.default))

    def set(self, setting: Setting, value: object) -> None:
        _require_scope(setting, Scope.DEVICE)
        self._values[setting.key] = setting.coerce(value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.problem is not None and self.path.exists():
            aside = self.path.with_name(self.path.name + ".unreadable")
            if not aside.exists():
                self.path.replace(aside)
        write_private_file(self.path, json.dumps(self._values, indent=1).encode())

    def _read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as f:
                raw = f.read(MAX_DEVICE_FILE_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as e:
            return self._untrusted(f"it could not be read ({e.strerror})")
        if len(raw) > MAX_DEVICE_FILE_BYTES:
            return self._untrusted("it is far larger than RecoveryDesk's settings file")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            return self._untrusted("it is not a settings file RecoveryDesk can read")
        if not isinstance(data, dict) or not all(
                isinstance(k, str) and isinstance(v, _SCALARS) for k, v in data.items()):
            return self._untrusted("it holds values RecoveryDesk doesn't use")
        known = {s.key for s in settings.ALL if s.scope is Scope.DEVICE}
        return {k: v for k, v in data.items() if k in known}

    def _untrusted(self, why: str) -> dict[str, Any]:
        self.problem = (f"RecoveryDesk couldn't use its settings file {self.path}: {why}. "
                        "It is using the usual settings and has not changed the file.")
        log.warning("device settings unreadable; using defaults")
        return {}


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
        except (ValueError, TypeError, RecursionError):
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
