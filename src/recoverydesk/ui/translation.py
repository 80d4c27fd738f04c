"""Which language the window speaks, and Qt's translator for it.

The texts live in ``ui/translations/recoverydesk_<language>.ts`` (extracted by
``tools/translations.py update``, written by us); Qt reads the compiled ``.qm`` beside them.
The ``.qm`` files are build output (not in git): ``tools/translations.py compile`` makes them
for the bundle, and running from source compiles a missing or older one here on first use with
the ``lrelease`` that ships in the PySide6 wheel.

``pseudo`` is a made-up language for testing: every text lengthened and bracketed, so clipped
layouts and texts that skipped translation stand out (``RECOVERYDESK_LANG=pseudo`` or
``--pseudo``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from recoverydesk import i18n

log = logging.getLogger(__name__)

LANGUAGES = i18n.SUPPORTED  # English is the source text; its file holds its plural forms
PSEUDO = "pseudo"
ENV = "RECOVERYDESK_LANG"
TRANSLATIONS = Path(__file__).parent / "translations"


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"recoverydesk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"recoverydesk_{language}.qm"


def choose_language(setting: str = "", system: str | Iterable[str] | None = None) -> str:
    """The language to show: ``RECOVERYDESK_LANG``, else ``setting`` (the person's choice),
    else the system's preferences (Qt's ``uiLanguages()``); anything we do not have is
    English. The choice itself is the core's (``recoverydesk.i18n``), bar ``pseudo``."""
    wanted = os.environ.get(ENV, "").strip()
    if wanted.lower() == PSEUDO:
        return PSEUDO
    for candidate in (wanted, setting):
        found = i18n.language_of(candidate) if candidate != i18n.SYSTEM else None
        if found:
            return found
    if system is None:
        system = QLocale.system().uiLanguages()
    elif isinstance(system, str):
        system = [system]
    return i18n.choose_language(None, system=system)


def lrelease() -> Path | None:
    """The lrelease shipped in the PySide6 wheel (absent from the frozen bundle)."""
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return tool if tool.exists() else None


def compile_ts(language: str) -> bool:
    """Compile ``language``'s .ts into its .qm; False when there is no lrelease or it failed."""
    tool = lrelease()
    if tool is None or not ts_file(language).exists():
        return False
    import subprocess  # only where the app is run from source: not on the way to the window

    # Written beside and renamed into place: a running app may have the old file mapped.
    fresh = qm_file(language).with_suffix(".qm.new")
    done = subprocess.run([str(tool), "-silent", str(ts_file(language)), "-qm",  # noqa: S603 our own tool and files
                           str(fresh)], capture_output=True, check=False)
    if done.returncode != 0:
        return False
    fresh.replace(qm_file(language))
    return True


def _fresh_qm(language: str) -> Path | None:
    qm, ts = qm_file(language), ts_file(language)
    stale = not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime)
    if stale and not compile_ts(language) and not qm.exists():
        return None
    return qm


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``language``'s texts into ``app`` (before any window is built; English too, for
    its plural forms); None when the texts are missing, and the window then speaks the
    source English."""
    remove_translator(app)
    QLocale.setDefault(QLocale(language if language in LANGUAGES else "en"))  # dates, numbers
    if language not in (*LANGUAGES, PSEUDO):
        return None
    qm = _fresh_qm(language)
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        log.warning("no translation for %s; English instead", language)
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    _current[0] = language
    i18n.use(language)  # the core's sentences (charts, documents, messages) follow the window
    return translator


_current = ["en"]


def current_language() -> str:
    """The language install_translator() put in place ("en" when none)."""
    return _current[0]


_installed: list[QTranslator] = []  # ours, so a switch (tests) takes the old one out


def remove_translator(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    _current[0] = "en"
    i18n.use(i18n.ENGLISH)


# For texts outside a QObject's methods: ``translate("Context", "text")`` (lupdate reads it).
translate = QCoreApplication.translate


def format_date(day, pattern: str = "d MMM yyyy") -> str:
    """A date (or datetime) in the person's language, with a Qt date ``pattern``."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
