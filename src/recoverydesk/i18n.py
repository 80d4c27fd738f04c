"""Which language the app speaks. Imports no Qt.

English is the source of every text and the fallback for anything not translated. The language
comes from the person's setting when it names one we ship; otherwise from the system's own
preferences (Qt's ``QLocale.system().uiLanguages()`` when the window passes them, else the
``LANGUAGE`` list and the effective ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``, else Python's
``locale``); otherwise English.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Iterable, Mapping

ENGLISH = "en"
SUPPORTED = ("en", "es")
# Each language named in itself, as a language menu shows it.
NATIVE_NAMES = {"en": "English", "es": "Español"}
SYSTEM = "system"  # the setting's value for "as the system is set"

_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_.@]|$)")
# Windows' locale names ("Spanish_Spain") as Python's locale module reports them.
_WINDOWS_NAMES = {"english": "en", "spanish": "es"}


def language_of(tag: str | None) -> str | None:
    """The supported language a locale tag names ("es_MX.UTF-8", "es-419" → "es"), or None."""
    if not tag:
        return None
    tag = tag.strip()
    windows = _WINDOWS_NAMES.get(tag.split("_")[0].lower())
    if windows:
        return windows
    match = _TAG.match(tag)
    code = match.group(1).lower() if match else None
    return code if code in SUPPORTED else None


def system_preferences(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's language preferences, most wanted first, as locale tags."""
    env = os.environ if environ is None else environ
    preferences = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    effective = next((env[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(var)), "")
    if effective:
        preferences.append(effective)
    if not preferences and environ is None:
        preferences.append(locale.getlocale()[0] or "")
    return preferences


def choose_language(setting: str | None = None, system: Iterable[str] | None = None,
                    environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the setting if it names a supported one ("" or "system" means
    follow the system), then the first supported system preference, then English.

    ``system`` is the UI's list of preferred tags (Qt's uiLanguages()); without it the
    environment (``environ``, default os.environ) and the locale module are asked.
    """
    chosen = language_of(setting) if setting and setting != SYSTEM else None
    if chosen:
        return chosen
    preferences = list(system) if system is not None else system_preferences(environ)
    for tag in preferences:
        if tag in ("C", "POSIX"):
            continue
        found = language_of(tag)
        if found:
            return found
    return ENGLISH


# -- the core's own words ---------------------------------------------------------------------
#
# Sentences made without Qt (chart sentences, printed documents, storage's messages) are
# written in English in the code and looked up here, as gettext does: ``gettext("text")``
# gives the translation in the language ``use()`` set, else the English. The translations
# are Python dicts, one module a language (``recoverydesk/catalogue/<language>.py``), so every
# way the app is built ships them. Placeholders are ``{name}`` fields, filled by the caller
# with ``str.format`` after the lookup; a translation keeps every one of them.

PSEUDO = "pseudo"  # every text accented, lengthened and bracketed (finds untranslated text)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d|<[^>]+>|&[a-z]+;|&#\d+;")
_ACCENTED = str.maketrans(
    "AaCcEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÀàÇçÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž")

_current = [ENGLISH]


def use(language: str) -> None:
    """Speak ``language`` (a shipped one, or ``pseudo``) in this process's core text from now;
    anything else is English. The window sets it with its own language, the CLI at start."""
    _current[0] = language if language in (*SUPPORTED, PSEUDO) else ENGLISH


def current_language() -> str:
    return _current[0]


def _catalogue(language: str) -> tuple[dict, dict]:
    if language == "es":
        from recoverydesk.catalogue import es
        return es.TEXTS, es.PLURALS
    return {}, {}


def N_(text: str) -> str:  # noqa: N802 gettext's own name for it
    """Marks ``text`` for the catalogue where it is defined; ``gettext`` looks it up later."""
    return text


def gettext(text: str) -> str:
    """``text`` (English, as written in the code) in the current language."""
    language = _current[0]
    if language == PSEUDO:
        return pseudo(text)
    return _catalogue(language)[0].get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted text for ``n`` (both languages: one form for 1, one for the rest)."""
    language = _current[0]
    english = singular if n == 1 else plural
    if language == PSEUDO:
        return pseudo(english)
    forms = _catalogue(language)[1].get((singular, plural))
    return english if forms is None else forms[0 if n == 1 else 1]


def capitalised(text: str) -> str:
    """``text`` with its first letter a capital ("tristeza" → "Tristeza"), the rest kept."""
    return text[:1].upper() + text[1:]


def number(value: float, decimals: int = 1) -> str:
    """A decimal number as the language writes it ("2.5", "2,5")."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if _current[0] == "es" else text


def whole_number(value: int) -> str:
    """A whole number with its thousands grouped as the language writes them ("1,000,000",
    "1.000.000")."""
    text = f"{value:,}"
    return text.replace(",", ".") if _current[0] == "es" else text


_MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
           N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
           N_("December"))
# "May" is both: Spanish writes "mayo" in full either way.
_SHORT_MONTHS = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"),
                 N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"))
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def long_date(day) -> str:
    """ "27 November 2026", "27 de noviembre de 2026"."""
    return gettext("{day} {month} {year}").format(
        day=day.day, month=gettext(_MONTHS[day.month - 1]), year=day.year)


def short_date(day, year: bool = True) -> str:
    """ "27 Nov 2026" ("27 Nov" without the year), "27 nov 2026"."""
    month = gettext(_SHORT_MONTHS[day.month - 1])
    if not year:
        return gettext("{day} {short_month}").format(day=day.day, short_month=month)
    return gettext("{day} {short_month} {year}").format(day=day.day, short_month=month,
                                                        year=day.year)


def month_year(day) -> str:
    """ "Nov 2026", "nov 2026"."""
    return gettext("{short_month} {year}").format(short_month=gettext(_SHORT_MONTHS[day.month - 1]),
                                                  year=day.year)


def weekday_date(day) -> str:
    """ "Fri 27 Nov", "vie 27 nov"."""
    return gettext("{weekday} {day} {short_month}").format(
        weekday=gettext(_WEEKDAYS[day.weekday()]), day=day.day,
        short_month=gettext(_SHORT_MONTHS[day.month - 1]))


def pseudo(text: str) -> str:
    """``text`` accented, about 40% longer and bracketed; its placeholders kept as they are.
    A text made so already stays as it is (a view may look up a core text made pseudo)."""
    if text.startswith("[") and text.endswith("~]"):
        return text
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(text[last:match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    lines = body.split("\n")  # each line bracketed, so a label showing one line still has marks
    return "\n".join(f"[{line} {'~' * max(2, len(line) * 2 // 5)}]" if line.strip() else line
                     for line in lines)


def placeholders(text: str) -> list[str]:
    """The parts of ``text`` a translation must keep, sorted (their order may change)."""
    return sorted(m.group() for m in PLACEHOLDER.finditer(text) if not m.group().startswith("<"))
