"""The OS keychain, used only when the person asks to be remembered on this computer.

Only the system's own secure keychains are used, named one by one (an allowlist): the Secret
Service on Linux (GNOME Keyring, KeePassXC…, directly or through libsecret), KWallet, the macOS
Keychain and the Windows Credential Locker. Anything else (plaintext or "encrypted file"
backends, ``null``, ``fail``, a third-party plugin) counts as "no secure keychain", and
nothing ever falls back to a key on disk. On Windows
the credential is kept on this machine only (it does not roam with the profile).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from recoverydesk.storage.errors import KeychainError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "RecoveryDesk"
UNAVAILABLE = (
    "This computer has no secure keychain that RecoveryDesk can use, so you'll type your "
    "passphrase each time. Your vault works the same either way."
)


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    description: str


# "module.ClassName" of every backend trusted with the key.
SECURE_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
})


def backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def is_secure_backend(backend: KeyringBackend) -> bool:
    """True only for an allowlisted system keychain that says it can run here."""
    if backend_name(backend) not in SECURE_BACKENDS:
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a third-party backend's priority may raise anything
        return False


class Keychain:
    """A thin, careful wrapper over ``keyring``. ``backend=None`` means the system's."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._explicit = backend

    def _backend(self) -> KeyringBackend | None:
        import keyring
        from keyring.backends import chainer

        chosen = self._explicit or keyring.get_keyring()
        candidates = chosen.backends if isinstance(chosen, chainer.ChainerBackend) else [chosen]
        for backend in candidates:
            if is_secure_backend(backend):
                if type(backend).__name__ == "WinVaultKeyring":
                    # WinVaultKeyring's own setting; matched by name, which mypy can't follow.
                    backend.persist = "local machine"  # type: ignore[union-attr]
                return backend
        return None

    def status(self) -> KeychainStatus:
        try:
            backend = self._backend()
        except Exception as e:  # noqa: BLE001 - any backend failure means "no keychain"
            log.info("keychain lookup failed: %s", type(e).__name__)
            backend = None
        if backend is None:
            return KeychainStatus(False, UNAVAILABLE)
        return KeychainStatus(True, f"Your system keychain ({backend.name}).")

    def store(self, vault_id: str, data_key: bytes) -> None:
        self._call("save your key in", "set_password", SERVICE, vault_id, bytes(data_key).hex())

    def load(self, vault_id: str) -> bytes | None:
        secret = self._call("read your key from", "get_password", SERVICE, vault_id)
        if not secret:
            return None
        try:
            return bytes.fromhex(secret)
        except ValueError:
            return None

    def forget(self, vault_id: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._call("remove your key from", "delete_password", SERVICE, vault_id)
        except KeychainError as e:
            if not isinstance(e.__cause__, PasswordDeleteError):
                raise

    def _call(self, doing: str, method: str, *args: str) -> Any:
        backend = self._backend()
        if backend is None:
            raise KeychainError(UNAVAILABLE)
        try:
            return getattr(backend, method)(*args)
        except Exception as e:
            # The exception text is not logged: some backends echo what they were given.
            log.info("keychain %s failed: %s", method, type(e).__name__)
            raise KeychainError(
                f"RecoveryDesk couldn't {doing} your system keychain. Your vault is fine; "
                "you can keep using your passphrase."
            ) from e
