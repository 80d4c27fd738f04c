"""The diary card and the therapist report as PDFs: the right cells, and exactly the ticked
sections (canary text in anything unticked never appears)."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.goals import Goal, GoalState, Measure, MeasureKind, Review
from recoverydesk.reports import documents, pdf
from recoverydesk.reports.gather import report_content
from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore

TZ = timezone(timedelta(hours=2))
MONDAY = date(2026, 11, 16)


def pages(document) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf.document_pdf_bytes(document)))
    # NFKC: the PDF's "fi" ligatures read as two letters again.
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in reader.pages]


def test_diary_card_pdf_holds_the_weeks_cells_on_a_landscape_page():
    checkins = [
        CheckIn(datetime(2026, 11, 17, 21, tzinfo=TZ), urges=(Urge("self-harm", 4, True),),
                emotions={"shame": 3}, distress=7, skills=frozenset({"TIPP", "STOP"}),
                medication=True, note="Rang my sister"),
        CheckIn(datetime(2026, 11, 20, 9, tzinfo=TZ), urges=(Urge("self-harm", 1),),
                emotions={"joy": 4}, medication=False),
        CheckIn(datetime(2026, 11, 24, 9, tzinfo=TZ), note="NEXTWEEKCANARY"),
    ]
    document = documents.diary_card_document(checkins, [MONDAY], ("self-harm",), ("shame",))
    reader = PdfReader(io.BytesIO(pdf.document_pdf_bytes(document)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Week of 16 November 2026 to 22 November 2026" in text
    assert "Mon 16 Nov" in text
    assert "Sun 22 Nov" in text
    assert "Urge: self-harm (0–5) 4 acted 1" in text
    assert "Shame (0–5) 3" in text
    assert "Joy (0–5) 4" in text
    assert "Distress (0–10) 7" in text
    assert "Skills used (0–7) 2 0" in text
    assert "Medication taken yes no" in text
    assert "Rang my sister" in text
    assert "NEXTWEEKCANARY" not in text


@pytest.fixture
def filled(unlocked_vault):
    conn = unlocked_vault.connection
    CheckInStore(conn).save(CheckIn(datetime(2026, 11, 17, 21, tzinfo=TZ), mood=3,
                                    urges=(Urge("self-harm", 2),), note="CARDZ"))
    SafetyPlanStore(conn).save(SafetyPlan({"reasons": (PlanItem("PLANCANARY"),)}))
    ContactStore(conn).add(Contact("CONTACTCANARY", "people", phone="0123"))
    shared = JournalStore(conn).add("Shared entry", "SHAREDCANARY", [],
                                    datetime(2026, 11, 18, tzinfo=UTC))
    JournalStore(conn).add("Private entry", "PRIVATECANARY", [],
                           datetime(2026, 11, 18, 1, tzinfo=UTC))
    goals = GoalStore(conn)
    goal = goals.save(Goal(title="GOALCANARY"), datetime(2026, 11, 10, 9, tzinfo=TZ))
    goals.add_review(goal.id, Review(datetime(2026, 11, 19, 20, tzinfo=TZ), "REVIEWCANARY"),
                     None)
    return conn, shared


CANARIES = {"summary": "Average mood (0–5)", "charts": "Feelings by week",
            "diary-cards": "CARDZ", "safety-plan": "PLANCANARY", "journal": "SHAREDCANARY",
            "goals": "GOALCANARY"}


@pytest.mark.parametrize("ticked", [
    {"summary"}, {"safety-plan", "journal"}, {"diary-cards", "goals"}, set(CANARIES)])
def test_the_report_holds_exactly_the_ticked_sections(filled, ticked):
    conn, shared = filled
    content = report_content(conn, MONDAY, MONDAY + timedelta(days=13), ticked, [shared])
    text = " ".join(pages(documents.report_document(content)))
    for section, canary in CANARIES.items():
        assert (canary in text) == (section in ticked), section
        assert (documents.SECTIONS[section] in text) == (section in ticked), section
    assert ("REVIEWCANARY" in text) == ("goals" in ticked)
    assert "PRIVATECANARY" not in text  # never opted in
    if "safety-plan" in ticked:
        assert "CONTACTCANARY (0123)" in text


def test_goals_in_the_report_hold_smart_fields_state_progress_steps_and_reviews(
        unlocked_vault):
    conn = unlocked_vault.connection
    store = GoalStore(conn)
    began = datetime(2026, 11, 2, 9, tzinfo=TZ)
    goal = store.save(Goal(
        title="Ride out urges", specific="Use a skill first", relevant="I want more say",
        target_date=date(2026, 12, 20),
        measure=Measure(MeasureKind.CHECKINS, target=3, per_week=True)), began)
    picked = store.add_step(goal.id, "Pick two skills")
    store.add_step(goal.id, "Tell my therapist", due=date(2026, 12, 1))
    store.set_step_done(picked.id, date(2026, 11, 18))
    store.add_review(goal.id, Review(datetime(2026, 11, 20, 19, tzinfo=TZ), "Used TIPP twice",
                                     "A long shift", "Try it at work"), None)
    store.add_review(goal.id, Review(datetime(2026, 10, 1, 9, tzinfo=TZ), "OLDREVIEW"), None)
    CheckInStore(conn).save(CheckIn(datetime(2026, 11, 17, 21, tzinfo=TZ), mood=3))
    rested = store.save(Goal(title="Sleep by 23:30"), began)
    store.set_state(rested.id, GoalState.PAUSED, datetime(2026, 11, 18, 9, tzinfo=TZ))
    store.set_state(store.save(Goal(title="Long gone"), datetime(2026, 9, 1, tzinfo=TZ)).id,
                    GoalState.LET_GO, datetime(2026, 9, 5, tzinfo=TZ))

    content = report_content(conn, MONDAY, MONDAY + timedelta(days=6), {"goals"})
    text = " ".join(pages(documents.report_document(content)))
    assert "Ride out urges Active · set up 2 Nov 2026" in text
    assert "Specific: Use a skill first" in text
    assert "Why it matters: I want more say" in text
    assert "Aiming for: 20 Dec 2026" in text
    assert "Check-ins, by week: week of 16 Nov: 1 (aiming for 3 a week)" in text
    assert "Pick two skills — done 18 Nov 2026" in text
    assert "Tell my therapist — planned for 1 Dec 2026" in text
    assert "20 Nov 2026 What went well: Used TIPP twice What got in the way: A long shift " \
           "Next small step: Try it at work" in text
    assert "OLDREVIEW" not in text  # written before these dates
    assert "Sleep by 23:30 Paused since 18 Nov 2026" in text
    assert "Long gone" not in text  # let go before these dates
    assert "failed" not in text.lower()


def test_the_goals_section_says_so_when_there_are_none(unlocked_vault):
    content = report_content(unlocked_vault.connection, MONDAY, MONDAY, {"goals"})
    text = " ".join(pages(documents.report_document(content)))
    assert "Goals and reviews No goals in these dates." in text
