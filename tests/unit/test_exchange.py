"""Exports and imports on real vaults: round trip, Daylio and jrnl files in their documented
shapes, owner-only files, and hostile input that writes nothing."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.exchange import csv_format, daylio, jrnl, json_format, kinds, markdown_format
from recoverydesk.exchange.common import Cancelled, ExchangeError, Progress
from recoverydesk.goals import Goal, GoalState, Measure, MeasureKind, Review, Step
from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
from recoverydesk.settings import AUTO_LOCK_MINUTES
from recoverydesk.skills.chain import ChainAnalysis
from recoverydesk.skills.engine import Ratings, SkillSession
from recoverydesk.storage.chain_store import ChainAnalysisStore
from recoverydesk.storage.checkin_store import CheckInStore, OwnLists
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
from recoverydesk.storage.settings_store import VaultSettings
from recoverydesk.storage.skill_store import SkillPrefs, SkillSessionStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

TZ = timezone(timedelta(hours=-5))


def fill(conn) -> None:
    CheckInStore(conn).save(CheckIn(
        datetime(2026, 3, 1, 21, 15, tzinfo=TZ), mood=2, distress=7, sleep_hours=6.5,
        medication=True, note="long day – ünïcode", skills=frozenset({"TIPP", "STOP"}),
        urges=(Urge("self-harm", 3, True), Urge("drugs or alcohol", 1)),
        emotions={"shame": 4, "joy": 1}))
    CheckInStore(conn).save(CheckIn(datetime(2026, 3, 5, 8, 0, tzinfo=UTC), mood=4))
    JournalStore(conn).add("A walk", "By the river.\nIt helped.", ["walks", "calm"],
                           datetime(2026, 3, 2, 10, tzinfo=UTC))
    JournalStore(conn).add("", "draft text", [], datetime(2026, 3, 3, tzinfo=UTC), draft=True)
    SkillSessionStore(conn).save(SkillSession(
        "tipp", datetime(2026, 3, 1, 22, tzinfo=UTC), datetime(2026, 3, 1, 22, 10, tzinfo=UTC),
        True, Ratings(4, 8), Ratings(2, 5), {1: "cold water", 3: 6}))
    fill_chain(conn, datetime(2026, 3, 1, 23, tzinfo=TZ))
    SafetyPlanStore(conn).save(SafetyPlan({"reasons": (PlanItem("my cat"),)}),
                               datetime(2026, 2, 1, tzinfo=UTC))
    ContactStore(conn).add(Contact("Sam", "people", phone="0123"))
    SkillPrefs(conn).set_favourite("tipp", True)
    OwnLists(conn).add("emotion", "lonely")
    VaultSettings(conn).set(AUTO_LOCK_MINUTES, 12)
    JournalStore(conn).save_template("Mine", "Today I…")
    fill_goals(conn)


def fill_goals(conn, title: str = "Sleep by 23:30") -> Goal:
    store = GoalStore(conn)
    goal = store.save(Goal(
        title=title, specific="Screen off by 23:30", relevant="I cope better rested",
        target_date=date(2026, 4, 1), review_date=date(2026, 3, 8),
        measure=Measure(MeasureKind.MANUAL, 15, per_week=False, unit="nights", value=4.5),
        steps=(Step("Set a reminder", due=date(2026, 3, 2)), Step("Phone in the hall"))),
        datetime(2026, 2, 20, 9, tzinfo=TZ))
    store.set_step_done(goal.steps[0].id, date(2026, 3, 1))
    store.move_step(goal.steps[1].id, -1)
    store.add_review(goal.id, Review(datetime(2026, 3, 4, 21, tzinfo=TZ), "Four nights",
                                     "A late shift", "Reminder at 22:45", "ünïcode"),
                     date(2026, 3, 18))
    store.set_state(goal.id, GoalState.PAUSED, datetime(2026, 3, 4, 21, 30, tzinfo=TZ))
    return store.get(goal.id)


def fill_chain(conn, at: datetime) -> ChainAnalysis:
    """A chain analysis from the last skill session, with its journal entry."""
    session_id = conn.execute("SELECT max(id) FROM skill_sessions").fetchone()[0]
    return ChainAnalysisStore(conn).add(
        ChainAnalysis(at=at, prompting_event="A message from work", feelings="Shame, then ünïcode",
                      behaviour="Stayed up", skills=("tipp", "check-the-facts"),
                      next_time="Phone in the hall", session_id=session_id),
        "Chain analysis", "CHAINTEXT")


def fresh_vault(tmp_path, kdf, name="fresh"):
    vault = Vault(tmp_path / name)
    vault.create(PASSPHRASE, kdf)
    return vault


def test_json_round_trips_exactly_into_a_fresh_vault(unlocked_vault, tmp_path, kdf):
    fill(unlocked_vault.connection)
    out = tmp_path / "export.json"
    json_format.export(unlocked_vault.connection, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text("utf-8"))
    assert data["format_version"] == json_format.FORMAT_VERSION
    assert data["checkins"][0]["urges"][0] == {"target": "self-harm", "level": 3, "acted": 1}

    other = fresh_vault(tmp_path, kdf)
    try:
        plan = json_format.plan_import(out)
        assert plan.counts["checkins"] == 2
        assert plan.counts["journal entries"] == 3
        assert plan.counts["chain analyses"] == 1
        assert (plan.first.isoformat(), plan.last.isoformat()) == ("2026-02-01", "2026-03-05")
        plan.write(other.connection)
        before = kinds.read_all(unlocked_vault.connection)
        after = kinds.read_all(other.connection)
        assert after == before
        # The stores read the same records too (search index included).
        assert JournalStore(other.connection).search("river")[0].title == "A walk"
        assert CheckInStore(other.connection).get(1) == CheckInStore(
            unlocked_vault.connection).get(1)
        # Goals with their steps (order and done dates) and reviews, exactly.
        [goal] = GoalStore(other.connection).all()
        assert goal == GoalStore(unlocked_vault.connection).all()[0]
        assert [s.text for s in goal.steps] == ["Phone in the hall", "Set a reminder"]
        assert goal.steps[1].done_on == date(2026, 3, 1)
        assert goal.state is GoalState.PAUSED
        assert goal.reviews[0].went_well == "Four nights"
        # The chain analysis, still linked to its journal entry and its skill session.
        [chain] = ChainAnalysisStore(other.connection).all()
        assert chain == ChainAnalysisStore(unlocked_vault.connection).all()[0]
        assert JournalStore(other.connection).get(chain.journal_entry_id).body == "CHAINTEXT"
        assert SkillSessionStore(other.connection).all()[0].id == chain.session_id
    finally:
        other.lock()


def test_chains_imported_beside_others_follow_their_entry_and_keep_a_missing_link_empty(
        unlocked_vault, tmp_path, kdf):
    fill(unlocked_vault.connection)
    out = tmp_path / "export.json"
    json_format.export(unlocked_vault.connection, out)
    other = fresh_vault(tmp_path, kdf)
    try:
        conn = other.connection
        JournalStore(conn).add("Already here", "x", [], datetime(2025, 1, 1, tzinfo=UTC))
        json_format.plan_import(out).write(conn)
        [chain] = ChainAnalysisStore(conn).all()
        assert JournalStore(conn).get(chain.journal_entry_id).body == "CHAINTEXT"
        # A file without the chain's journal entry (the person deleted it from the file).
        data = json.loads(out.read_text("utf-8"))
        data["journal_entries"] = [e for e in data["journal_entries"] if e["body"] != "CHAINTEXT"]
        limited = tmp_path / "limited.json"
        limited.write_text(json.dumps(data), "utf-8")
        third = fresh_vault(tmp_path, kdf, "third")
        try:
            json_format.plan_import(limited).write(third.connection)
            [chain] = ChainAnalysisStore(third.connection).all()
            assert chain.journal_entry_id is None
            assert chain.session_id is not None
            assert chain.feelings == "Shame, then ünïcode"
        finally:
            third.lock()
    finally:
        other.lock()


def test_goals_imported_beside_goals_keep_their_own_steps_and_reviews(unlocked_vault,
                                                                      tmp_path, kdf):
    fill_goals(unlocked_vault.connection, "From the file")
    out = json_format.export(unlocked_vault.connection, tmp_path / "goals.json")
    other = fresh_vault(tmp_path, kdf)
    try:
        here = fill_goals(other.connection, "Already here")
        json_format.plan_import(out).write(other.connection)
        store = GoalStore(other.connection)
        assert store.get(here.id) == here  # untouched
        [imported] = [g for g in store.all() if g.title == "From the file"]
        assert imported.id != here.id
        assert [s.text for s in imported.steps] == ["Phone in the hall", "Set a reminder"]
        assert imported.reviews[0].note == "ünïcode"
    finally:
        other.lock()


def test_since_until_limit_dated_records(unlocked_vault, tmp_path):
    fill(unlocked_vault.connection)
    since = datetime(2026, 3, 2, 12, tzinfo=UTC)
    data = json_format.document(unlocked_vault.connection, since=since)
    assert [c["mood"] for c in data["checkins"]] == [4]
    assert len(data["journal_entries"]) == 1
    assert data["safety_plan_versions"] == []
    assert len(data["contacts"]) == 1  # undated kinds always come along
    assert len(data["goals"]) == 1
    assert len(data["goal_steps"]) == 2
    assert [r["went_well"] for r in data["goal_reviews"]] == ["Four nights"]
    early = json_format.document(unlocked_vault.connection, until=since)
    assert early["goal_reviews"] == []
    assert len(early["goals"]) == 1


def test_csv_and_markdown_are_owner_only_folders(unlocked_vault, tmp_path):
    fill(unlocked_vault.connection)
    folder = csv_format.export(unlocked_vault.connection, tmp_path / "csv")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.csv" for n in kinds.KIND_NAMES)
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = (folder / "checkins.csv").read_text("utf-8")
    assert text.splitlines()[0] == ("id,at,utc_offset,mood,distress,sleep_hours,medication,"
                                    "note,urges,emotions,skills")
    assert "long day – ünïcode" in text
    md = markdown_format.export(unlocked_vault.connection, tmp_path / "md")
    files = sorted(md.iterdir())
    assert len(files) == 3  # the chain analysis is a journal entry too
    walk = next(f for f in files if "a-walk" in f.name)
    assert walk.read_text("utf-8").startswith("# A walk\n")
    assert "Tags: calm, walks" in walk.read_text("utf-8")


def test_a_cancelled_export_leaves_no_file(unlocked_vault, tmp_path):
    fill(unlocked_vault.connection)
    progress = Progress(report=lambda done, total: setattr(progress, "cancelled", done >= 3))
    with pytest.raises(Cancelled):
        json_format.export(unlocked_vault.connection, tmp_path / "x.json", progress=progress)
    with pytest.raises(Cancelled):
        csv_format.export(unlocked_vault.connection, tmp_path / "c", progress=progress)
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def test_daylio_csv_imports_moods_activities_and_notes(unlocked_vault, tmp_path):
    path = tmp_path / "daylio_export.csv"
    path.write_text(
        "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-04-02,April 2,Thursday,21:40,rad,friends | walk,Good evening,Saw Ana.<br>Laughed.\n"
        "2026-04-01,April 1,Wednesday,8:05 am,awful,,,\n"
        '2026-03-30,March 30,Monday,13:00,sleepy,"work",,"a, quoted note"\n', "utf-8")
    conn = unlocked_vault.connection
    plan = daylio.plan_import(path, CheckInStore(conn).between(
        datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)))
    assert plan.counts == {"check-ins": 3}
    assert (plan.first.isoformat(), plan.last.isoformat()) == ("2026-03-30", "2026-04-02")
    assert any("sleepy" in line for line in plan.mapping)
    plan.write(conn)
    found = CheckInStore(conn).between(datetime(2026, 3, 1, tzinfo=UTC),
                                       datetime(2026, 5, 1, tzinfo=UTC))
    assert [(c.at.strftime("%m-%d %H:%M"), c.mood) for c in found] == [
        ("03-30 13:00", None), ("04-01 08:05", 0), ("04-02 21:40", 5)]
    assert found[2].note == "Good evening\nSaw Ana.\nLaughed.\nActivities: friends, walk"
    assert found[0].note == "a, quoted note\nActivities: work\nMood in Daylio: sleepy"
    again = daylio.plan_import(path, found)
    assert again.counts == {"check-ins": 0}
    assert again.skipped == 3


def test_jrnl_json_imports_entries_and_tags(unlocked_vault, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"tags": {"@work": 1}, "entries": [
        {"title": "Slept well.", "body": "Then a long walk.\n", "date": "2026-01-05",
         "time": "07:30", "tags": ["@work", "#walk"], "starred": True},
        {"title": "Quiet day.", "body": "", "date": "2026-01-07", "time": "22:00", "tags": [],
         "starred": False},
    ]}), "utf-8")
    conn = unlocked_vault.connection
    plan = jrnl.plan_import(path, jrnl.existing_keys(conn))
    assert plan.counts == {"journal entries": 2}
    assert (plan.first.isoformat(), plan.last.isoformat()) == ("2026-01-05", "2026-01-07")
    plan.write(conn)
    store = JournalStore(conn)
    first = store.get(store.search("walk")[0].id)
    assert (first.title, first.body, first.tags) == ("Slept well.", "Then a long walk.",
                                                     ("starred", "walk", "work"))
    assert first.created_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2026-01-05 07:30"
    assert jrnl.plan_import(path, jrnl.existing_keys(conn)).skipped == 2
    # The bulk path put the search trigger back: a later entry is found too.
    store.add("Later", "zebra crossing", [], datetime(2026, 2, 1, tzinfo=UTC))
    assert [e.title for e in store.search("zebra")] == ["Later"]


HOSTILE = {
    "daylio wrong columns": (daylio, "a,b,c\n1,2,3\n"),
    "daylio bad date": (daylio, "full_date,time,mood,activities,note\n2026-13-45,10:00,rad,,\n"),
    "daylio huge field": (daylio, "full_date,time,mood,activities,note\n2026-01-01,10:00,rad,,"
                                  + "x" * 1_200_000 + "\n"),
    "daylio extra cells": (daylio, "full_date,time,mood,activities,note\n"
                                   "2026-01-01,10:00,rad,,,extra\n"),
    "jrnl not json": (jrnl, "{entries: nope"),
    "jrnl bad date": (jrnl, json.dumps({"entries": [{"title": "t", "body": "", "date":
                                                     "yesterday", "time": "10:00"}]})),
    "jrnl huge body": (jrnl, json.dumps({"entries": [{"title": "t", "body": "y" * 1_200_000,
                                                      "date": "2026-01-01", "time": "10:00"}]})),
    "jrnl wrong shape": (jrnl, json.dumps([1, 2, 3])),
    "ours wrong kind": (json_format, json.dumps({"format": "recoverydesk-export",
                                                 "format_version": 1, "strangers": []})),
    "ours newer": (json_format, json.dumps({"format": "recoverydesk-export",
                                            "format_version": 99})),
    "ours wrong fields": (json_format, json.dumps({
        "format": "recoverydesk-export", "format_version": 1,
        "contacts": [{"id": 1, "name": "x"}]})),
    "ours step without its goal": (json_format, json.dumps({
        "format": "recoverydesk-export", "format_version": 1,
        "goal_steps": [{"id": 1, "goal_id": 7, "position": 0, "text": "x", "due_date": None,
                        "done_on": None}]})),
    "ours bad date": (json_format, json.dumps({
        "format": "recoverydesk-export", "format_version": 1,
        "safety_plan_versions": [{"id": 1, "saved_at": "soon", "content": {}}]})),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_give_a_clear_error_and_write_nothing(case, unlocked_vault, tmp_path):
    module, text = HOSTILE[case]
    path = tmp_path / "import.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(ExchangeError, match="Nothing was imported"):
        module.plan_import(path)


@pytest.mark.parametrize("module", [daylio, jrnl, json_format])
def test_invalid_utf8_is_refused(module, tmp_path):
    path = tmp_path / "bad.bin"
    path.write_bytes(b"full_date,time\n\xff\xfe\xfa broken")
    with pytest.raises(ExchangeError, match="isn't UTF-8"):
        module.plan_import(path)


def test_a_value_the_vault_refuses_rolls_back_the_whole_import(unlocked_vault, tmp_path):
    conn = unlocked_vault.connection
    good = {"id": 1, "at": "2026-01-01T10:00:00+00:00", "utc_offset": 0, "mood": 3,
            "distress": None, "sleep_hours": None, "medication": None, "note": "kept?",
            "urges": [], "emotions": [], "skills": []}
    bad = {**good, "id": 2, "mood": 9}  # mood is 0–5
    path = tmp_path / "ours.json"
    path.write_text(json.dumps({"format": "recoverydesk-export", "format_version": 1,
                                "checkins": [good, bad]}), "utf-8")
    plan = json_format.plan_import(path)
    with pytest.raises(ExchangeError, match="Nothing was imported"):
        plan.write(conn)
    assert CheckInStore(conn).count() == 0


def test_the_streamed_json_file_holds_the_same_records_as_the_document(unlocked_vault, tmp_path):
    """The file is written record by record from SQLite's own JSON (json_records); it must
    say exactly what document() says, dates limited or not."""
    fill(unlocked_vault.connection)
    for limits in ({}, {"since": datetime(2026, 3, 2, 12, tzinfo=UTC)},
                   {"until": datetime(2026, 3, 2, 12, tzinfo=UTC)}):
        out = tmp_path / f"export-{len(limits)}-{'since' in limits}.json"
        json_format.export(unlocked_vault.connection, out, **limits)
        written = json.loads(out.read_text("utf-8"))
        expected = json_format.document(unlocked_vault.connection, **limits)
        del written["exported_at"], expected["exported_at"]
        assert written == expected
        assert list(written) == list(expected)
