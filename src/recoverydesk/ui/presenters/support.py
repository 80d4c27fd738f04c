"""Plain helpers from storage that views need for what they show (no vault involved):
the recovery key's copy text and check, owner-only files, a crisis line's key, the markers
search puts around matched words, and whether an error is one to show as it is."""

from __future__ import annotations

from recoverydesk.storage import crisis_prefs, files, journal_store, recovery_key
from recoverydesk.storage.errors import KnownError
from recoverydesk.storage.journal_store import EntrySummary, JournalEntry
from recoverydesk.storage.keychain import KeychainStatus

__all__ = ["HIT_END", "HIT_START", "EntrySummary", "JournalEntry", "KeychainStatus",
           "KnownError", "copy_text", "is_last_group", "line_key", "private_output",
           "write_private_file"]

HIT_START, HIT_END = journal_store.HIT_START, journal_store.HIT_END
copy_text = recovery_key.copy_text
is_last_group = recovery_key.is_last_group
line_key = crisis_prefs.line_key
private_output = files.private_output
write_private_file = files.write_private_file
