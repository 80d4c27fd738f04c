"""Check-ins, the journal and the diary card on a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recoverydesk.checkin import EMOTIONS, URGE_TARGETS, CheckIn, Urge
from recoverydesk.reports.diary_card import build_card, week_start_of
from recoverydesk.storage.checkin_store import CheckInStore, OwnLists
from recoverydesk.storage.journal_store import HIT_END, HIT_START, JournalStore, fts_query

LONDON_WINTER = timezone(timedelta(hours=0))
SYDNEY = timezone(timedelta(hours=11))


@pytest.fixture
def vault(unlocked_vault):
    return unlocked_vault


def test_a_full_checkin_round_trips_and_edits_replace_it(vault):
    store = CheckInStore(vault.connection)
    at = datetime(2026, 11, 20, 21, 30, tzinfo=SYDNEY)
    saved = store.save(CheckIn(at=at, mood=2, distress=7, sleep_hours=5.5, medication=True,
                               urges=(Urge("self-harm", 3), Urge("drugs or alcohol", 0, True)),
                               emotions={"shame": 4, "anxiety": 3},
                               skills=frozenset({"TIPP", "Wise mind"}), note="Hard evening"))
    again = store.get(saved.id)
    assert again == saved
    assert again.at.utcoffset() == timedelta(hours=11)
    edited = store.save(CheckIn(at=at, mood=3, id=saved.id, urges=(Urge("self-harm", 1),)))
    assert store.get(saved.id) == edited
    assert store.count() == 1
    store.delete(saved.id)
    assert store.count() == 0


def test_acted_is_kept_even_when_the_urge_was_rated_zero(vault):
    store = CheckInStore(vault.connection)
    saved = store.save(CheckIn(at=datetime(2026, 1, 1, tzinfo=UTC),
                               urges=(Urge("self-harm", 0, acted=True),)))
    assert store.get(saved.id).urge("self-harm") == Urge("self-harm", 0, True)


def test_between_is_exact_across_time_zones(vault):
    store = CheckInStore(vault.connection)
    early = store.save(CheckIn(at=datetime(2026, 3, 1, 8, 0, tzinfo=SYDNEY)))  # 21:00 UTC
    late = store.save(CheckIn(at=datetime(2026, 2, 28, 22, 0, tzinfo=UTC)))
    got = store.between(datetime(2026, 2, 28, 20, 0, tzinfo=UTC),
                        datetime(2026, 2, 28, 21, 30, tzinfo=UTC))
    assert [c.id for c in got] == [early.id]
    assert [c.id for c in store.between(datetime(2026, 2, 28, tzinfo=UTC),
                                        datetime(2026, 3, 2, tzinfo=UTC))] == [early.id, late.id]


def test_own_list_items_join_the_defaults(vault):
    lists = OwnLists(vault.connection)
    lists.add("urge", "spending")
    lists.add("emotion", "loneliness")
    lists.add("skill", "Call a friend", "Interpersonal effectiveness")
    assert lists.urge_targets() == [*URGE_TARGETS, "spending"]
    assert lists.emotions() == [*EMOTIONS, "loneliness"]
    assert "Call a friend" in lists.skills()["Interpersonal effectiveness"]


def test_diary_card_cell_by_cell():
    monday = date(2026, 11, 16)
    tz = LONDON_WINTER
    checkins = [
        CheckIn(at=datetime(2026, 11, 16, 9, tzinfo=tz), urges=(Urge("self-harm", 2),),
                emotions={"sadness": 2}, skills=frozenset({"STOP"}), medication=True,
                note="Slept badly"),
        CheckIn(at=datetime(2026, 11, 16, 21, tzinfo=tz), urges=(Urge("self-harm", 4),),
                emotions={"sadness": 1, "anger": 3}, skills=frozenset({"STOP", "TIPP"}),
                medication=False, distress=6),
        CheckIn(at=datetime(2026, 11, 18, 12, tzinfo=tz),
                urges=(Urge("self-harm", 0, acted=True),)),
        CheckIn(at=datetime(2026, 11, 22, 23, 30, tzinfo=tz), emotions={"joy": 4},
                skills=frozenset(f"skill {i}" for i in range(9))),
        CheckIn(at=datetime(2026, 11, 23, 0, 30, tzinfo=tz), emotions={"joy": 5}),  # next week
    ]
    card = build_card(checkins, monday, URGE_TARGETS, EMOTIONS)
    assert [d.day for d in card.days] == [monday + timedelta(days=i) for i in range(7)]
    mon, tue, wed, *_, sun = card.days
    assert mon.urges == {"self-harm": (4, False)}
    assert mon.emotions == {"sadness": 2, "anger": 3}
    assert mon.skills == ("STOP", "TIPP")
    assert mon.skills_score == "2"
    assert mon.medication is True
    assert mon.distress == 6
    assert mon.notes == ("Slept badly",)
    assert not tue.has_checkins
    assert wed.urges == {"self-harm": (0, True)}
    assert sun.emotions == {"joy": 4}
    assert sun.skills_score == "7+"
    assert card.urge_targets == URGE_TARGETS
    assert card.emotions == EMOTIONS
    assert week_start_of(date(2026, 11, 22)) == monday


def test_journal_search_finds_entries_and_drafts_with_marks(vault):
    journal = JournalStore(vault.connection)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    journal.add("Walk", "A long walk by the canal with Jo.", ["outside"], now)
    journal.add("Evening", "Felt calmer after the walk home.", [], now + timedelta(days=1))
    draft = journal.save_draft(None, "", "Half a thought about the canal", [],
                               now + timedelta(days=2))
    hits = journal.search("canal")
    assert [h.id for h in hits] == [draft, 1]
    assert any(f"{HIT_START}canal{HIT_END}" in h.snippet for h in hits)
    assert [h.id for h in journal.search("walk", tag="outside")] == [1]
    assert [h.id for h in journal.search("walk", since=now + timedelta(hours=12))] == [2]
    assert [h.id for h in journal.search("cal")] == [2]  # prefix of the last word
    assert journal.search("nothing-like-this") == []
    assert journal.latest_draft().id == draft
    journal.update(draft, "", "Half a thought about the sea", [], now + timedelta(days=3),
                   draft=False)
    assert journal.latest_draft() is None
    assert [h.id for h in journal.search("canal")] == [1]  # the index follows edits


def test_search_words_are_never_fts_syntax():
    assert fts_query('sad "NEAR( x') == '"sad" "near" "x"'  # one letter: a whole word
    assert fts_query('sad "NEAR( xy') == '"sad" "near" "xy"*'
    assert fts_query("   ") == ""


def test_journal_pages_newest_first(vault):
    journal = JournalStore(vault.connection)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(25):
        journal.add(f"Entry {i}", "text", [], base + timedelta(days=i))
    first = journal.page(10)
    assert [e.title for e in first][:2] == ["Entry 24", "Entry 23"]
    second = journal.page(10, after=first[-1])
    assert [e.title for e in journal.page(10, after=second[-1])] == \
        [f"Entry {i}" for i in range(4, -1, -1)]
    assert journal.count() == 25


def test_a_backdated_entry_sorts_by_its_date_everywhere(vault):
    journal = JournalStore(vault.connection)
    base = datetime(2026, 1, 10, tzinfo=UTC)
    newer = journal.add("Newer", "heron by the water", [], base)
    backdated = journal.add("Backdated", "heron in the reeds", [], base - timedelta(days=30))
    assert [e.id for e in journal.page(10)] == [newer, backdated]
    assert [h.id for h in journal.search("heron")] == [newer, backdated]
    assert [h.id for h in journal.search("heron", until=base)] == [backdated]
    assert [h.id for h in journal.search("", since=base - timedelta(days=60))] == \
        [newer, backdated]


def test_search_lists_matches_newest_first(vault):
    journal = JournalStore(vault.connection)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    first = journal.add("Old", "heron heron heron heron", [], base)
    second = journal.add("New", "a heron", [], base + timedelta(days=1))
    assert [h.id for h in journal.search("heron")] == [second, first]


@pytest.mark.parametrize(("text", "typed"), [
    ("Σήμερα ήταν μια καλή μέρα", "καλη"),       # Greek typed without accents
    ("σημερα ηταν καλη μερα", "ΚΑΛΉ"),            # and with them, in capitals
    ("Ich wohne in der Straße am Fluss", "strasse"),
    ("Ich wohne in der Strasse am Fluss", "Straße"),
    ("今天我很开心因为下雨了", "开心"),              # a Chinese word inside a sentence
    ("今天我很开心因为下雨了", "很开心"),
    ("東京都に住んでいます", "東京"),               # Japanese
    ("東京都に住んでいます", "住"),
    ("Café crème au lait", "creme"),
])
def test_search_finds_words_across_scripts(vault, text, typed):
    journal = JournalStore(vault.connection)
    journal.add("", "nothing to see here", [], datetime(2026, 1, 1, tzinfo=UTC))
    wanted = journal.add("", text, [], datetime(2026, 1, 2, tzinfo=UTC))
    hits = journal.search(typed)
    assert [h.id for h in hits] == [wanted]
    assert HIT_START in hits[0].snippet


def test_a_cjk_word_is_marked_inside_its_sentence(vault):
    journal = JournalStore(vault.connection)
    journal.add("", "今天我很开心因为下雨了", [], datetime(2026, 1, 1, tzinfo=UTC))
    assert journal.search("开心")[0].snippet == f"今天我很{HIT_START}开心{HIT_END}因为下雨了"


def test_tags_and_drafts_follow_add_edit_delete_and_undo(vault):
    journal = JournalStore(vault.connection)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    first = journal.add("A", "a", ["home", "work"], now)
    second = journal.add("B", "b", ["home"], now)
    assert journal.tags() == ["home", "work"]
    journal.update(first, "A", "a", ["outside"], now)
    assert journal.tags() == ["home", "outside"]
    kept = journal.get(second)
    journal.delete(second)
    assert journal.tags() == ["outside"]
    journal.restore(kept)  # Undo
    assert journal.tags() == ["home", "outside"]
    assert journal.latest_draft() is None
    draft = journal.save_draft(None, "", "half a thought", ["late"], now)
    assert journal.latest_draft().id == draft
    assert journal.tags() == ["home", "late", "outside"]
    journal.update(draft, "", "a whole thought", [], now, draft=False)
    assert journal.latest_draft() is None
    assert journal.tags() == ["home", "outside"]
    journal.add_many([("C", "imported words", ["home", "new"], now - timedelta(days=9))])
    assert journal.tags() == ["home", "new", "outside"]
    [imported] = journal.search("imported")
    assert imported.title == "C"
    assert [h.id for h in journal.search("whole")] == [draft]


@pytest.mark.parametrize(("words", "tag", "dated"), [
    ("heron", None, False), ("heron", "outside", False), ("heron", None, True),
    ("", "outside", False), ("", None, True)])
def test_search_pages_give_every_match_once_newest_first(vault, words, tag, dated):
    journal = JournalStore(vault.connection)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(37):  # several entries share a second: the id breaks the tie
        journal.add(f"{i}", "a heron" if i % 3 else "a wren", ["outside"] if i % 2 else [],
                    base + timedelta(seconds=i // 4))
    since = base + timedelta(seconds=2) if dated else None
    wanted = [e.id for e in journal.search(words, tag, since, limit=1000)]
    assert len(wanted) >= 10
    shown, after = [], None
    while page := journal.search(words, tag, since, limit=4, after=after):
        shown += [e.id for e in page]
        after = page[-1]
    assert shown == wanted
    assert len(set(shown)) == len(shown)
    assert wanted == [e.id for e in journal.page(1000) if e.id in set(wanted)]  # by date


@pytest.mark.parametrize(("text", "words", "marked"), [
    ("The Heron stood still", "heron", "Heron"),
    ("A wren, then a heronry by the water", "hero", "heronry"),
    ("Un café crème ce matin", "creme", "crème"),   # not plain ASCII: folded word by word
    ("Tea with Jo, then a cafe", "café", "cafe"),
    ("nothing here at all", "heron", None),
])
def test_snippets_mark_the_first_match(text, words, marked):
    from recoverydesk.storage.search_text import snippet

    got = snippet(text, words, "[", "]")
    if marked is None:
        assert got == text
    else:
        assert f"[{marked}]" in got
        assert got.count("[") == 1
