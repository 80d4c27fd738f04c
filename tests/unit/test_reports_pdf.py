"""The diary card and the therapist report as PDFs: the right cells, and exactly the ticked
sections (canary text in anything unticked never appears)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.reports import documents, pdf
from recoverydesk.reports.gather import report_content
from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore

TZ = timezone(timedelta(hours=2))
MONDAY = date(2026, 11, 16)


def pages(document) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf.document_pdf_bytes(document)))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


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
    assert "Mon 16 Nov" in text and "Sun 22 Nov" in text
    assert "Urge: self-harm (0–5) 4 acted 1" in text
    assert "Shame (0–5) 3" in text and "Joy (0–5) 4" in text
    assert "Distress (0–10) 7" in text
    assert "Skills used (0–7) 2 0" in text
    assert "Medication taken yes no" in text
    assert "Rang my sister" in text and "NEXTWEEKCANARY" not in text


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
    return conn, shared


CANARIES = {"summary": "Average mood (0–5)", "charts": "Feelings by week",
            "diary-cards": "CARDZ", "safety-plan": "PLANCANARY", "journal": "SHAREDCANARY",
            "goals": "GOALCANARY"}


@pytest.mark.parametrize("ticked", [
    {"summary"}, {"safety-plan", "journal"}, {"diary-cards", "goals"}, set(CANARIES)])
def test_the_report_holds_exactly_the_ticked_sections(filled, ticked):
    conn, shared = filled
    goals = [documents.GoalRecord("GOALCANARY", ("By: December",), ("going gently",))]
    content = report_content(conn, MONDAY, MONDAY + timedelta(days=13), ticked, [shared],
                             goals=goals)
    text = " ".join(pages(documents.report_document(content)))
    for section, canary in CANARIES.items():
        assert (canary in text) == (section in ticked), section
        assert (documents.SECTIONS[section] in text) == (section in ticked), section
    assert "PRIVATECANARY" not in text  # never opted in
    if "safety-plan" in ticked:
        assert "CONTACTCANARY (0123)" in text


def test_goals_section_is_left_out_when_there_is_no_goals_feature(filled):
    conn, _ = filled
    content = report_content(conn, MONDAY, MONDAY, {"goals", "summary"})
    text = " ".join(pages(documents.report_document(content)))
    assert "Summary" in text and "Goals and reviews" not in text
