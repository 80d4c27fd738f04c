"""Keychains for tests: an in-memory one and one that always fails (after jrnl's tests)."""

from __future__ import annotations

from keyring import backend, errors


class MemoryKeyring(backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, servicename, username, password):
        self.secrets[(servicename, username)] = password

    def get_password(self, servicename, username):
        return self.secrets.get((servicename, username))

    def delete_password(self, servicename, username):
        try:
            del self.secrets[(servicename, username)]
        except KeyError:
            raise errors.PasswordDeleteError("not found") from None


class BrokenKeyring(backend.KeyringBackend):
    """A keychain that is there but fails every call, like a locked or crashed daemon."""

    priority = 1

    def set_password(self, servicename, username, password):
        raise errors.KeyringError("the keychain daemon went away")

    def get_password(self, servicename, username):
        raise errors.KeyringError("the keychain daemon went away")

    def delete_password(self, servicename, username):
        raise errors.KeyringError("the keychain daemon went away")
