"""The printable safety plan, as HTML for Qt's rich-text engine. Imports no Qt.

Two layouts: a full page in large type, and a wallet card (small pages, the same sections,
fewer words around them). Only what the person chose goes in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from recoverydesk.safety_plan import SECTIONS, Contact, SafetyPlan


@dataclass(frozen=True)
class PlanDocumentOptions:
    name: str = ""
    on: date = field(default_factory=date.today)
    excluded: frozenset[str] = frozenset()
    wallet_card: bool = False
    emergency_number: str | None = None


def included_sections(options: PlanDocumentOptions):
    return [section for section in SECTIONS if section.key not in options.excluded]


def build_html(plan: SafetyPlan, contacts: list[Contact], options: PlanDocumentOptions) -> str:
    base = 6.5 if options.wallet_card else 16
    title = "My safety plan" + (f" — {escape(options.name)}" if options.name.strip() else "")
    parts = [
        "<html><body style='font-family: sans-serif;'>",
        # Plain paragraphs, not <h1>/<h2>: Qt gives headings sizes of its own.
        f"<p style='font-size: {base * 1.6:.1f}pt; font-weight: bold; margin: 0;'>{title}</p>",
        f"<p style='font-size: {base * 0.8:.1f}pt; margin: 0;'>"
        f"{options.on.strftime('%d %B %Y').lstrip('0')}</p>",
    ]
    if options.emergency_number:
        parts.append(f"<p style='font-size: {base:.1f}pt; margin-top: {base / 2:.1f}pt;'>"
                     "<b>If you are in immediate danger, call "
                     f"{escape(options.emergency_number)}.</b></p>")
    for number, section in enumerate(included_sections(options), start=1):
        parts.append(f"<p style='font-size: {base * 1.15:.1f}pt; font-weight: bold; "
                     f"margin-top: {base * 0.8:.1f}pt; margin-bottom: 0;'>"
                     f"{number}. {escape(section.title)}</p>")
        if not options.wallet_card:
            parts.append(f"<p style='font-size: {base * 0.7:.1f}pt; color: #444; margin: 0;'>"
                         f"{escape(section.helper)}</p>")
        entries = [_item_html(item.text, item.done if section.checklist else None)
                   for item in plan.items(section.key)]
        if section.holds_contacts:
            entries += [_contact_html(contact) for contact in contacts
                        if contact.section == section.key]
        if entries:
            parts.append(f"<ul style='font-size: {base:.1f}pt; margin-top: 0; margin-bottom: 0;'>"
                         + "".join(f"<li>{entry}</li>" for entry in entries) + "</ul>")
        else:
            parts.append(f"<p style='font-size: {base:.1f}pt; color: #666; margin: 0;'>"
                         "(nothing here yet)</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _item_html(text: str, done: bool | None) -> str:
    box = "" if done is None else ("☑ " if done else "☐ ")
    return box + escape(text)


def _contact_html(contact: Contact) -> str:
    numbers = [f"call {escape(contact.phone)}" if contact.phone else "",
               f"text {escape(contact.sms)}" if contact.sms else ""]
    detail = ", ".join(n for n in numbers if n)
    notes = f" — {escape(contact.notes)}" if contact.notes else ""
    return f"<b>{escape(contact.name)}</b>" + (f": {detail}" if detail else "") + notes
