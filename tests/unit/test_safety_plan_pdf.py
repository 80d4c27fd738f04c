"""The printed plan: every chosen section in order with every item; excluded ones absent."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date

from pypdf import PdfReader

from recoverydesk.crisis import load_directory
from recoverydesk.reports.pdf import write_safety_plan
from recoverydesk.reports.safety_plan_doc import (
    PlanDocumentOptions,
    build_html,
    printed_crisis_lines,
)
from recoverydesk.safety_plan import SECTIONS, Contact, PlanItem, SafetyPlan
from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
from tests.support.subprocess_env import PYTHON, child_env

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
        assert contact.name in text
        assert contact.phone in text
    assert "Robin" in text
    assert "22 November 2026" in text
    assert "call 999" in text
    assert len(PdfReader(str(path)).pages) == 1


def test_an_excluded_section_is_absent(tmp_path):
    options = PlanDocumentOptions(excluded=frozenset({"reasons", "people"}))
    text = pdf_text(write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "p.pdf"))
    assert "What matters most to me" not in text
    assert "My dog, Pip" not in text
    assert "People I can ask for help" not in text
    assert "Alex" not in text
    assert "Warning signs" in text


def test_wallet_card_is_card_sized_and_complete(tmp_path):
    options = PlanDocumentOptions(wallet_card=True)
    path = write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "card.pdf")
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    width_mm, height_mm = float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4
    assert abs(width_mm - 85) < 1.5
    assert abs(height_mm - 55) < 1.5
    text = pdf_text(path)
    for texts in ITEMS.values():
        for item in texts:
            assert item in text


def gb_lines(vault, hide: str = ""):
    """GB's lines as the print dialog gathers them, with one shipped line hidden if named."""
    directory = load_directory()
    prefs = CrisisLinePrefs(vault.connection)
    for line in directory.lines_for("GB"):
        if line.name == hide:
            prefs.hide(line)
    return printed_crisis_lines(directory, "GB", prefs)


def plain(html: str) -> str:
    return html.replace("&amp;", "&").replace("&#x27;", "'")


def test_section_5_ends_with_the_countrys_lines_emergency_first_and_the_check_date(
        unlocked_vault):
    directory = load_directory()
    html = plain(build_html(full_plan(), CONTACTS,
                            PlanDocumentOptions(crisis=gb_lines(unlocked_vault))))
    checked = date.fromisoformat(directory.checked_on)
    assert f"Checked on {checked.day} {checked:%B %Y} (sources in RecoveryDesk)" in html
    section_5 = html[html.index("5. Professionals"):html.index("6. ")]
    order = [section_5.index(text) for text in
             ("My GP surgery", "Dr Rahman", "Emergency services</b>: call 999", "Samaritans",
              "call 116123 — 24/7", "text SHOUT to 85258", "NHS 111", "Checked on")]
    assert order == sorted(order)


def test_a_hidden_line_is_left_out_and_the_emergency_number_never_is(unlocked_vault):
    crisis = gb_lines(unlocked_vault, hide="Shout")
    html = build_html(full_plan(), [], PlanDocumentOptions(crisis=crisis))
    assert "Shout" not in html
    assert "85258" not in html
    assert "Samaritans" in html
    CrisisLinePrefs(unlocked_vault.connection).hide(load_directory().lines_for("GB")[0])
    assert "call 999" in build_html(full_plan(), [], PlanDocumentOptions(
        crisis=printed_crisis_lines(load_directory(), "GB",
                                    CrisisLinePrefs(unlocked_vault.connection))))


def test_the_persons_own_line_is_printed_after_the_emergency_number(unlocked_vault):
    CrisisLinePrefs(unlocked_vault.connection).add_line("GB", "Night line", phone="0800 000 111")
    html = build_html(SafetyPlan(), [], PlanDocumentOptions(crisis=gb_lines(unlocked_vault)))
    assert html.index("call 999") < html.index("Night line") < html.index("Samaritans")
    assert "(nothing here yet)" in html  # other sections; section 5 has lines now
    section_5 = html[html.index("5. Professionals"):html.index("6. ")]
    assert "(nothing here yet)" not in section_5


def test_excluded_section_5_shows_none_of_the_lines(unlocked_vault):
    options = PlanDocumentOptions(excluded=frozenset({"professionals"}),
                                  crisis=gb_lines(unlocked_vault))
    html = build_html(full_plan(), CONTACTS, options)
    for text in ("Samaritans", "Emergency services", "Checked on", "Crisis lines"):
        assert text not in html


def test_without_a_country_section_5_says_how_to_get_its_lines(unlocked_vault):
    crisis = printed_crisis_lines(load_directory(), "", CrisisLinePrefs(unlocked_vault.connection))
    html = build_html(full_plan(), [], PlanDocumentOptions(crisis=crisis))
    assert "Choose your country in RecoveryDesk" in html
    assert "Checked on" not in html


def test_wallet_card_keeps_the_emergency_number_and_two_lines(unlocked_vault, tmp_path):
    options = PlanDocumentOptions(wallet_card=True, crisis=gb_lines(unlocked_vault))
    html = plain(build_html(full_plan(), CONTACTS, options))
    assert "call 999" in html
    assert "Samaritans" in html
    assert "Shout" in html
    assert "NHS 111" not in html
    assert "Checked on" in html
    text = pdf_text(write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "card.pdf"))
    assert "call 999" in text
    assert "Samaritans" in text


def test_the_pdf_holds_the_emergency_number_and_lines_in_section_5(unlocked_vault, tmp_path):
    options = PlanDocumentOptions(on=date(2026, 11, 22), crisis=gb_lines(unlocked_vault))
    text = pdf_text(write_safety_plan(full_plan(), CONTACTS, options, tmp_path / "plan.pdf"))
    start, end = text.index("Professionals and services"), text.index("Making where I am safer")
    for words in ("Emergency services", "call 999", "Samaritans", "call 116123", "Checked on"):
        assert start < text.index(words) < end, words
    assert text.index("call 999") < text.index("call 116123")
    assert len(PdfReader(str(tmp_path / "plan.pdf")).pages) == 1  # still one page


def test_the_pdf_code_leaves_an_application_that_widgets_can_use():
    """In a fresh process, as when tests/unit runs before tests/ui: a PDF first, then a widget."""
    code = ("from PySide6.QtWidgets import QApplication, QWidget\n"
            "from recoverydesk.reports.pdf import ensure_gui_application\n"
            "ensure_gui_application()\n"
            "assert isinstance(QApplication.instance(), QApplication)\n"
            "QWidget()\n"
            "print('widgets ok')\n")
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True,
                            env=child_env(), timeout=120, check=False)
    assert result.stdout.strip() == "widgets ok", result.stderr
