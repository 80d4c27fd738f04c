"""The printable safety plan, as HTML for Qt's rich-text engine. Imports no Qt.

Two layouts: a full page in large type, and a wallet card (small pages, the same sections,
fewer words around them). Only what the person chose goes in. Section 5 ends with the crisis
lines for the person's country (emergency number first), as plain data the caller chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from recoverydesk.crisis import CrisisDirectory, CrisisLine, CrisisWords, crisis_words
from recoverydesk.i18n import current_language, long_date
from recoverydesk.i18n import gettext as _
from recoverydesk.safety_plan import SECTIONS, Contact, SafetyPlan
from recoverydesk.storage.crisis_prefs import line_key

CRISIS_SECTION = "professionals"  # section 5: professionals and services
WALLET_CARD_LINES = 2  # the wallet card keeps the emergency number and this many lines


@dataclass(frozen=True)
class PrintedCrisisLines:
    """The crisis lines section 5 ends with: already chosen and ordered by the caller."""

    country: str  # "" when no country is set
    lines: tuple[CrisisLine, ...] = ()  # emergency numbers first; hidden lines left out
    checked_on: str = ""  # the directory's check date, ISO

    def for_wallet_card(self) -> tuple[CrisisLine, ...]:
        emergency = [line for line in self.lines if line.is_emergency][:1]
        others = [line for line in self.lines if not line.is_emergency][:WALLET_CARD_LINES]
        return tuple(emergency + others)


def printed_crisis_lines(directory: CrisisDirectory, country: str, prefs) -> PrintedCrisisLines:
    """The country's lines as the crisis panel shows them: the person's own lines, then the
    shipped ones they did not hide; every emergency number first (those can't be hidden).
    ``prefs`` is a CrisisLinePrefs on an open vault."""
    if not country:
        return PrintedCrisisLines("")
    hidden = prefs.hidden()
    shipped = directory.lines_for(country)
    emergency = [line for line in shipped if line.is_emergency]
    others = [line for line in shipped if not line.is_emergency and line_key(line) not in hidden]
    return PrintedCrisisLines(country, tuple(emergency + prefs.own_lines(country) + others),
                              directory.checked_on)


@dataclass(frozen=True)
class PlanDocumentOptions:
    name: str = ""
    on: date = field(default_factory=date.today)
    excluded: frozenset[str] = frozenset()
    wallet_card: bool = False
    emergency_number: str | None = None
    crisis: PrintedCrisisLines | None = None  # None: section 5 holds only the person's own


def included_sections(options: PlanDocumentOptions):
    return [section for section in SECTIONS if section.key not in options.excluded]


def build_html(plan: SafetyPlan, contacts: list[Contact], options: PlanDocumentOptions) -> str:
    base = 6.5 if options.wallet_card else 16
    title = escape(_("My safety plan")) + (f" — {escape(options.name)}" if options.name.strip()
                                           else "")
    parts = [
        "<html><body style='font-family: sans-serif;'>",
        # Plain paragraphs, not <h1>/<h2>: Qt gives headings sizes of its own.
        f"<p style='font-size: {base * 1.6:.1f}pt; font-weight: bold; margin: 0;'>{title}</p>",
        f"<p style='font-size: {base * 0.8:.1f}pt; margin: 0;'>"
        f"{_day(options.on)}</p>",
    ]
    if options.emergency_number:
        parts.append(f"<p style='font-size: {base:.1f}pt; margin-top: {base / 2:.1f}pt;'>"
                     "<b>" + escape(_("If you are in immediate danger, call {number}.").format(
                         number=options.emergency_number)) + "</b></p>")
    for number, section in enumerate(included_sections(options), start=1):
        parts.append(f"<p style='font-size: {base * 1.15:.1f}pt; font-weight: bold; "
                     f"margin-top: {base * 0.8:.1f}pt; margin-bottom: 0;'>"
                     f"{number}. {escape(_(section.title))}</p>")
        if not options.wallet_card:
            parts.append(f"<p style='font-size: {base * 0.7:.1f}pt; color: #444; margin: 0;'>"
                         f"{escape(_(section.helper))}</p>")
        entries = [_item_html(item.text, item.done if section.checklist else None)
                   for item in plan.items(section.key)]
        if section.holds_contacts:
            entries += [_contact_html(contact) for contact in contacts
                        if contact.section == section.key]
        crisis = options.crisis if section.key == CRISIS_SECTION else None
        if entries:
            parts.append(_list_html(entries, base))
        elif crisis is None or not crisis.lines:
            parts.append(f"<p style='font-size: {base:.1f}pt; color: #666; margin: 0;'>"
                         + escape(_("(nothing here yet)")) + "</p>")
        if crisis is not None:
            parts.append(_crisis_html(crisis, base, options.wallet_card))
    parts.append("</body></html>")
    return "".join(parts)


def _list_html(entries: list[str], size: float) -> str:
    return (f"<ul style='font-size: {size:.1f}pt; margin-top: 0; margin-bottom: 0;'>"
            + "".join(f"<li>{entry}</li>" for entry in entries) + "</ul>")


def _crisis_html(crisis: PrintedCrisisLines, base: float, wallet_card: bool) -> str:
    small = f"font-size: {base * 0.8:.1f}pt; margin: 0;"
    if not crisis.country:
        return (f"<p style='{small}'>"
                + escape(_("Choose your country in RecoveryDesk (under “Get help now”) and its "
                           "crisis lines will be printed here.")) + "</p>")
    lines = crisis.for_wallet_card() if wallet_card else crisis.lines
    words = crisis_words(current_language())  # names and hours; the numbers are the data's
    parts = []
    if not wallet_card:
        heading = _("Crisis lines — {country}").format(country=words.country(crisis.country))
        parts.append(f"<p style='{small} margin-top: {base / 3:.1f}pt;'>{escape(heading)}</p>")
    # A little smaller than the person's own entries, so a full plan still fits one page.
    parts.append(_list_html([_line_html(line, words, wallet_card) for line in lines],
                            base if wallet_card else base * 0.85))
    checked = _("Checked on {day} (sources in RecoveryDesk)").format(
        day=_long_date(crisis.checked_on))
    parts.append(f"<p style='{small} color: #444;'>{escape(checked)}</p>")
    return "".join(parts)


def _line_html(line: CrisisLine, words: CrisisWords, wallet_card: bool) -> str:
    if line.sms_keyword:
        text = _("text {keyword} to {number}").format(keyword=line.sms_keyword, number=line.sms)
    else:
        text = _("text {number}").format(number=line.sms)
    numbers = [escape(_("call {number}").format(number=line.phone)) if line.phone else "",
               escape(text) if line.sms else ""]
    detail = ", ".join(n for n in numbers if n)
    shown = words.line(line)
    hours = f" — {escape(shown.hours)}" if shown.hours and not wallet_card else ""
    return f"<b>{escape(shown.name)}</b>: {detail}{hours}"


def _day(day: date) -> str:
    return escape(long_date(day))


def _long_date(iso: str) -> str:
    try:
        return long_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _item_html(text: str, done: bool | None) -> str:
    box = "" if done is None else ("☑ " if done else "☐ ")
    return box + escape(text)


def _contact_html(contact: Contact) -> str:
    numbers = [escape(_("call {number}").format(number=contact.phone)) if contact.phone else "",
               escape(_("text {number}").format(number=contact.sms)) if contact.sms else ""]
    detail = ", ".join(n for n in numbers if n)
    notes = f" — {escape(contact.notes)}" if contact.notes else ""
    return f"<b>{escape(contact.name)}</b>" + (f": {detail}" if detail else "") + notes
