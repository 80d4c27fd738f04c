"""Every visible text goes through Qt's translation, and Spanish keeps the English placeholders.

The pseudo-translation (tools/translations.py) brackets and lengthens every text it knows, so a
visible text left without brackets skipped translation. The walk below opens the real window's
every page, the crisis panel, the lock screen, setup and the main dialogs in it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenuBar,
    QTabBar,
    QWidget,
)
from tools.translations import placeholders, pseudo, stale

from recoverydesk import APP_NAME
from recoverydesk.ui.shell.sections import PAGES
from recoverydesk.ui.translation import (
    PSEUDO,
    choose_language,
    install_translator,
    qm_file,
    ts_file,
)
from tests.conftest import PASSPHRASE
from tests.ui.helpers import show_page, unlock

# A pseudo-translated text; one cut short (a chip shows a family's name before its colon)
# keeps its opening bracket.
BRACKETED = re.compile(r"\[[^\[\]]*(\]|$)")
TAG = re.compile(r"<[^>]+>")
# What may show untranslated: numbers, times, dates, shortcuts, punctuation, addresses, and
# a SMART letter ("• S: …").
NEUTRAL = re.compile(r"^[\W\d_]*$|^(https?://|www\.)\S+$|^(Ctrl|Alt|Shift)\+\S+$|^• [SMART]$")


@pytest.fixture
def pseudo_language(qapp):
    install_translator(qapp, PSEUDO)
    yield
    install_translator(qapp, "en")


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible text a person reads in ``top``."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        found += [(type(widget).__name__, text) for text in _texts_of(widget)]
    if top.isWindow():
        found.append(("window title", top.windowTitle()))
    return found


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget) and widget.objectName() == "sidebar":
        return [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QMenuBar):
        menus = [action.menu() for action in widget.actions() if action.menu() is not None]
        return [action.text() for action in widget.actions()] + [
            a.text() for menu in menus for a in menu.actions() if not a.isSeparator()]
    return []


def untranslated(texts, allowed: set[str]) -> list[tuple[str, str]]:
    """The texts with a part left outside the pseudo-translation's brackets."""
    left = []
    for where, text in texts:
        plain = html.unescape(TAG.sub(" ", text)).replace("&", "")
        for data in sorted(allowed, key=len, reverse=True):  # data inside a text, e.g. a name
            plain = plain.replace(data, " ")
        outside, inner = plain, None
        while inner != outside:  # from the innermost brackets out
            inner, outside = outside, BRACKETED.sub(" ", outside)
        parts = [p.strip() for p in re.split(r" · |[\n,;:—–()“”\"]| - ", outside)]
        if any(p and p not in allowed and not NEUTRAL.match(p) for p in parts):
            left.append((where, text))
    return left


def data_texts(window) -> set[str]:
    """What the window shows that is data, not interface text: the product's name, the
    crisis lines and the skills (their own text and languages come with the data), month and
    day names."""
    from PySide6.QtCore import QLocale

    from recoverydesk.crisis import country_name

    allowed = {APP_NAME, "RecoveryDesk",
               "STOP", "TIPP", "DEAR MAN", "GIVE", "FAST"}  # DBT's acronyms, kept as taught
    directory = window.controller.crisis_directory
    for code in directory.countries():
        allowed.add(country_name(code))
        for line in directory.lines_for(code):
            allowed.update(filter(None, (line.name, line.hours, line.audience, line.phone,
                                         line.sms, line.sms_keyword, line.source_date)))
    allowed.update(d.name for d in directory.directories)
    allowed.add(str(directory.checked_on))
    for exercise in window.controller.skill_library():
        allowed.update(filter(None, (exercise.title, exercise.when_it_helps, exercise.based_on,
                                     exercise.caution)))
    locale = QLocale()
    for n in range(1, 13):
        allowed.add(locale.monthName(n, QLocale.FormatType.ShortFormat))
        allowed.add(locale.monthName(n))
    for n in range(1, 8):
        allowed.add(locale.dayName(n, QLocale.FormatType.ShortFormat))
        allowed.add(locale.dayName(n))
    return allowed


def assert_all_translated(top: QWidget, allowed: set[str], what: str) -> None:
    top.repaint()
    left = untranslated(shown_texts(top), allowed)
    assert not left, f"untranslated on {what}: {left}"


def test_pseudo_text_keeps_placeholders_and_marks_every_line():
    text = pseudo("Save {name} in %n place(s)\n<b>Now</b> &amp; later")
    assert placeholders(text) == placeholders("Save {name} in %n place(s)\n<b>Now</b> &amp; later")
    assert all(line.startswith("[") and line.endswith("]") for line in text.split("\n"))
    assert len(text) > len("Save {name} in %n place(s)\n<b>Now</b> &amp; later") * 1.3


def test_updating_the_committed_ts_files_changes_nothing():
    """lupdate folds a translate(..., n) plural into one form and marks it unfinished; the
    tool puts the written forms back as they were, so an update is idempotent."""
    assert stale() == []


def test_the_checker_finds_a_text_left_in_english(qtbot):
    label = QLabel("[Ŝàvé ~~] Save")
    assert untranslated([("QLabel", label.text())], {APP_NAME}) == [("QLabel", "[Ŝàvé ~~] Save")]
    assert untranslated([("QLabel", "[Ŝàvé ~~] 12:30 · RecoveryDesk")], {APP_NAME}) == []


def test_language_comes_from_the_environment_then_the_setting_then_the_system(monkeypatch):
    monkeypatch.delenv("RECOVERYDESK_LANG", raising=False)
    assert choose_language("", system="es_ES") == "es"
    assert choose_language("en", system="es_ES") == "en"
    assert choose_language("", system="fr_FR") == "en"
    monkeypatch.setenv("RECOVERYDESK_LANG", "pseudo")
    assert choose_language("es", system="es_ES") == PSEUDO


def test_every_qm_is_built_from_its_ts(qapp):
    for language in ("es", "en", PSEUDO):
        assert install_translator(qapp, language) is not None, language
        assert qm_file(language).stat().st_mtime >= ts_file(language).stat().st_mtime
    install_translator(qapp, "en")


def test_spanish_keeps_every_placeholder_of_the_english_text():
    def named(text):  # {name}, %1, entities: each kept, in any order
        return [p for p in placeholders(text) if p != "%n"]

    wrong = []
    for message in ET.parse(ts_file("es")).getroot().iter("message"):
        source = message.findtext("source")
        target = message.find("translation")
        forms = [f.text or "" for f in target.findall("numerusform")] or [target.text or ""]
        for form in forms:
            if named(form) != named(source):
                wrong.append((source, form))
        if "%n" in source and "%n" not in forms[-1]:  # the plural form shows the number
            wrong.append((source, forms[-1]))
    assert not wrong


def test_spanish_is_complete():
    unfinished = [m.findtext("source") for m in ET.parse(ts_file("es")).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished


def test_lock_screen_and_crisis_panel_in_pseudo(pseudo_language, open_app, created_vault, qtbot):
    folder, _ = created_vault
    window = open_app(folder)
    allowed = data_texts(window)
    assert_all_translated(window, allowed, "the lock screen")
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    assert_all_translated(panel, allowed, "the crisis panel")
    panel.reject()


def test_setup_in_pseudo(pseudo_language, open_app, data_dir, qtbot):
    window = open_app(data_dir)
    allowed = data_texts(window)
    setup = window.setup_view
    for index in (0, 1, 2):
        setup.setCurrentIndex(index)
        assert_all_translated(window, allowed, f"setup page {index}")
    setup.show_recovery_key("-".join(["0123abcd"] * 8))
    assert_all_translated(window, allowed | {"0123abcd 0123abcd 0123abcd 0123abcd"},
                          "the recovery key page")
    setup.forget_recovery_key()


def test_every_page_and_dialog_in_pseudo(pseudo_language, open_app, created_vault, qtbot):
    from recoverydesk.ui.dialogs.about import AboutDialog
    from recoverydesk.ui.dialogs.checkin import CheckInDialog
    from recoverydesk.ui.dialogs.goal_dialogs import GoalEditor
    from recoverydesk.ui.dialogs.help import HelpDialog

    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    allowed = data_texts(window) | _some_data(window.controller)
    for info in PAGES:
        page = show_page(window, info.title)
        qtbot.waitUntil(page.isVisible)
        if hasattr(page, "busy"):
            qtbot.waitUntil(lambda p=page: not p.busy())
        assert_all_translated(window, allowed, info.title)
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    assert_all_translated(panel, allowed, "the crisis panel, unlocked")
    panel.reject()

    checkin = CheckInDialog(window.controller.presenters.checkin(), None, window)
    checkin.show()
    checkin.show_more(True)
    assert_all_translated(checkin, allowed, "the check-in")
    checkin.done(0)
    goal = GoalEditor(None, window)
    goal.show()
    assert_all_translated(goal, allowed, "the goal editor")
    goal.done(0)
    help_dialog = HelpDialog(window.window_keys(), window)
    help_dialog.show()
    assert_all_translated(help_dialog, allowed, "help")
    help_dialog.done(0)
    from recoverydesk.help_content import about_facts

    about = AboutDialog(about_facts(folder), window)
    about.show()
    assert_all_translated(about, allowed | {str(folder)}, "about")
    about.done(0)
    QApplication.processEvents()


def _core_sentences() -> set[str]:
    """The fixed sentences the core hands to views (ui/core_text.py must mark each)."""
    import ast
    import inspect

    from recoverydesk import checkin, goals, passphrase, reminders, safety_plan
    from recoverydesk.skills.engine import PHASES
    from recoverydesk.skills.model import FAMILIES
    from recoverydesk.storage.errors import WrongPassphraseError
    from recoverydesk.storage.keychain import UNAVAILABLE

    acronyms = {"STOP", "TIPP", "DEAR MAN", "GIVE", "FAST"}
    found = {*checkin.URGE_TARGETS, *checkin.EMOTIONS, *checkin.SKILL_MODULES,
             *(s for skills in checkin.SKILL_MODULES.values() for s in skills)} - acronyms
    found |= set(FAMILIES.values()) | {reminders.MESSAGE, UNAVAILABLE, *PHASES}
    found |= {s.title for s in safety_plan.SECTIONS} | {s.helper for s in safety_plan.SECTIONS}
    found |= {state.label for state in goals.GoalState} | set(goals.MEASURE_LABELS.values())
    found |= {t.title for t in goals.TEMPLATES} | {goals.Goal().name}
    found |= {unit for pair in goals.MEASURE_UNITS.values() for unit in pair}
    found |= {str(WrongPassphraseError()), str(WrongPassphraseError("recovery key"))}
    found |= set(passphrase._SCORE_HINTS) | {passphrase.strength_hint(""),
                                             passphrase.strength_hint("short"),
                                             passphrase.problem("short"),
                                             passphrase.problem(" spaces around "),
                                             passphrase.problem("long enough", "other")}
    for node in ast.walk(ast.parse(inspect.getsource(goals))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "SmartNote":
            found.add(node.args[1].value)
    return found


def test_every_core_sentence_a_view_shows_is_marked_for_translation():
    from recoverydesk.ui.core_text import MARKED

    assert _core_sentences() - set(MARKED) == set()


def _some_data(controller) -> set[str]:
    """A check-in and a goal with a step and a measure, so Today's cards and a goal's
    progress are walked too; returns the words the person wrote (shown as they are)."""
    from datetime import datetime, timedelta

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.goals import Goal, Measure, MeasureKind, Step

    now = datetime.now().astimezone().replace(microsecond=0)
    controller.presenters.checkin().save(CheckIn(
        at=now - timedelta(minutes=5), mood=3, distress=4, urges=(Urge("self-harm", 2),),
        emotions={"sadness": 2}, skills=frozenset({"Wise mind"}), note="a walk"))
    controller.presenters.goals().save(Goal(
        title="Walk more", specific="a walk after lunch",
        measure=Measure(MeasureKind.CHECKINS, target=3, per_week=True),
        steps=(Step("Find shoes", due=now.date() + timedelta(days=2)),)), now)
    controller.checkins_changed.emit()
    return {"a walk", "Walk more", "a walk after lunch", "Find shoes"}


def test_the_language_chosen_in_settings_is_the_one_the_next_start_speaks(
        qtbot, open_app, created_vault, monkeypatch):
    from recoverydesk.app import _language_setting

    monkeypatch.delenv("RECOVERYDESK_LANG", raising=False)
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Settings")
    page.language.setCurrentIndex(page.language.findData("es"))
    assert _language_setting(folder) == "es"
    assert choose_language(_language_setting(folder), system="en_GB") == "es"
    page.language.setCurrentIndex(page.language.findData("system"))
    assert choose_language(_language_setting(folder), system="en_GB") == "en"


def test_skills_are_found_by_id_and_by_their_english_title_in_spanish(
        qapp, qtbot, open_app, created_vault):
    install_translator(qapp, "es")
    try:
        folder, _ = created_vault
        window = open_app(folder)
        unlock(qtbot, window, PASSPHRASE)
        controller = window.controller
        ride = controller.find_skill("ride-it-out")
        assert ride.title != "Ride it out"  # the library speaks Spanish
        assert controller.find_skill("Ride it out") == ride  # a plan written in English
        assert controller.find_skill(ride.title) == ride
        assert controller.find_skill("no such skill") is None
    finally:
        install_translator(qapp, "en")
