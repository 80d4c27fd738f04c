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


def test_folding_takes_the_short_way_only_where_it_gives_the_same_text():
    """fold() skips decomposing ASCII text and looks at marks only above U+0300: the
    result must be the plain definition's (every mark dropped but the Japanese voicing
    marks, NFC, case folded)."""
    import unicodedata

    from recoverydesk.storage import search_text

    def by_definition(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        kept = "".join(c for c in decomposed if not unicodedata.combining(c)
                       or c in ("\u3099", "\u309a"))
        return unicodedata.normalize("NFC", kept).casefold()

    assert not any(unicodedata.combining(chr(i)) for i in range(0x300))
    for text in ("Plain ASCII, Some CAPS.", "Straße σήμερα ΣΊΣΥΦΟΣ", "Tiếng Việt café",
                 "ﬁne ½ ｆｕｌｌ", "が か ぱ", "ÅNGSTRÖM\u0301x"):
        assert search_text._plain(text) == by_definition(text)
    assert search_text.fold("A Walk By The River") == "a walk by the river"
