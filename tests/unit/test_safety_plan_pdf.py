"""The printed plan: every chosen section in order with every item; excluded ones absent."""

from __future__ import annotations

import unicodedata
from datetime import date

from pypdf import PdfReader

from recoverydesk.reports.pdf import write_safety_plan
from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions
from recoverydesk.safety_plan import SECTIONS, Contact, PlanItem, SafetyPlan

ITEMS = {
    "warning_signs": ["Staying in my room all day", "Not answering messages"],
    "coping": ["Paced breathing for five minutes", "A cold glass of water"],
    "distraction": ["The library on Mill Road"],
    "people": ["Tell my sister I'm struggling"],
    "professionals": ["My GP surgery"],
    "environment": ["Ask Sam to look after things for me"],
    "reasons": ["My dog, Pip", "Finishing my course"],
}
CONTACTS = [Contact("Alex", "people", phone="07700 900123"),
            Contact("Dr Rahman", "professionals", phone="020 7946 0000")]


def full_plan():
    plan = SafetyPlan()
    for key, texts in ITEMS.items():
        plan = plan.with_items(key, [PlanItem(t, done=(key == "environment")) for t in texts])
    return plan


def pdf_text(path):
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures back to letters


def test_full_plan_pdf_has_every_heading_in_order_and_every_item(tmp_path):
    options = PlanDocumentOptions(name="Robin", on=date(2026, 11, 22), emergency_number="999")
    path = write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "plan.pdf")
    text = pdf_text(path)
    positions = [text.index(section.title) for section in SECTIONS]
    assert positions == sorted(positions)
    for texts in ITEMS.values():
        for item in texts:
            assert item in text
    for contact in CONTACTS:
        assert contact.name in text and contact.phone in text
    assert "Robin" in text and "22 November 2026" in text and "call 999" in text
    assert len(PdfReader(str(path)).pages) == 1


def test_an_excluded_section_is_absent(tmp_path):
    options = PlanDocumentOptions(excluded=frozenset({"reasons", "people"}))
    text = pdf_text(write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "p.pdf"))
    assert "What matters most to me" not in text and "My dog, Pip" not in text
    assert "People I can ask for help" not in text and "Alex" not in text
    assert "Warning signs" in text


def test_wallet_card_is_card_sized_and_complete(tmp_path):
    options = PlanDocumentOptions(wallet_card=True)
    path = write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "card.pdf")
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    width_mm, height_mm = float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4
    assert abs(width_mm - 85) < 1.5 and abs(height_mm - 55) < 1.5
    text = pdf_text(path)
    for texts in ITEMS.values():
        for item in texts:
            assert item in text
