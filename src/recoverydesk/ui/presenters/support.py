"""Plain helpers from storage that views need for what they show (no vault involved):
the recovery key's copy text and check, owner-only files, a crisis line's key, the markers
search puts around matched words, backup file names, the one-app-per-vault lock, and whether
an error is one to show as it is.

Each is imported from storage when first asked for (PEP 562), so a view that needs one
helper at start-up (the lock screen) does not load every store with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# name here → (storage module, name there)
_FROM_STORAGE = {
    "BACKUP_SUFFIX": ("backup", "SUFFIX"),
    "day_text": ("backup", "day_text"),
    "line_key": ("crisis_prefs", "line_key"),
    "KnownError": ("errors", "KnownError"),
    "plain_reason": ("errors", "plain_reason"),
    "private_output": ("files", "private_output"),
    "write_private_file": ("files", "write_private_file"),
    "InstanceLock": ("instance_lock", "InstanceLock"),
    "HIT_START": ("journal_store", "HIT_START"),
    "HIT_END": ("journal_store", "HIT_END"),
    "EntrySummary": ("journal_store", "EntrySummary"),
    "SEARCH_PAGE": ("journal_store", "SEARCH_PAGE"),
    "JournalEntry": ("journal_store", "JournalEntry"),
    "KeychainStatus": ("keychain", "KeychainStatus"),
    "copy_text": ("recovery_key", "copy_text"),
    "is_last_group": ("recovery_key", "is_last_group"),
}

__all__ = sorted(_FROM_STORAGE)


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _FROM_STORAGE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"recoverydesk.storage.{module}"), attribute)
    globals()[name] = value  # asked once
    return value
