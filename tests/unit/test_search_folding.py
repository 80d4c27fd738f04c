"""Search folds accents both ways: a word typed with or without them finds the entry."""

from __future__ import annotations

from datetime import UTC, datetime

from recoverydesk.storage.journal_store import JournalStore


def test_search_finds_words_with_or_without_their_accents(unlocked_vault):
    journal = JournalStore(unlocked_vault.connection)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    accented = journal.add("Café", "Un café crème, puis une longue marche.", [], now)
    plain = journal.add("Resume", "Wrote my resume at the naive cafe.", [], now)
    assert {h.id for h in journal.search("creme")} == {accented}
    assert {h.id for h in journal.search("CRÈME")} == {accented}
    assert {h.id for h in journal.search("résumé")} == {plain}
    assert {h.id for h in journal.search("naïve")} == {plain}
    assert {h.id for h in journal.search("cafe")} == {accented, plain}
