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
