"""Drive the real window through first run, lock and unlock, and save a picture of each.

Run on a screen (or ``xvfb-run -a``): ``make screenshots``. Uses a throwaway vault.
Options: ``--scale 2`` doubles the font size (the 200% check), ``--dark`` the dark palette,
``--size 1366x768`` the window's size (else fitted to the screen), ``--core`` only the design
system's core screens (Today, the check-in closed and with More open, the lock screen). Run with
``QT_SCALE_FACTOR=1.25`` for 125% display scaling; the file names say which run they are from.
``--lang es`` (or ``pseudo``) takes the window's every picture in Spanish or in the
pseudo-translation (docs/screenshots/i18n/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recoverydesk import settings
from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
from recoverydesk.storage.checkin_store import CheckInStore, OwnLists
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.storage.skill_store import SkillSessionStore
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.design.theme import apply_theme
from recoverydesk.ui.shell.main_window import MainWindow
from recoverydesk.ui.translation import install_translator

PHRASE = "paper boats on a still pond"


def wait_until(predicate, timeout_ms=30000):
    """Keep the window going until ``predicate()``. Sleeps with time.sleep, not QTest.qWait,
    which keeps Python's lock while it sleeps and starves the background runner (where the
    Insights charts are drawn)."""
    end = time.monotonic() + timeout_ms / 1000
    while not predicate():
        QApplication.processEvents()
        time.sleep(0.02)
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")


EXAMPLE_PLAN = {
    "warning_signs": ["Staying in my room all day", "Not answering messages"],
    "coping": ["Paced breathing for five minutes", "A cold glass of water", "Music, loud"],
    "distraction": ["The library on Mill Road"],
    "people": ["Tell my sister I'm having a hard time"],
    "professionals": ["My GP surgery"],
    "environment": ["Ask Sam to look after things for me"],
    "reasons": ["My dog, Pip", "Finishing my course"],
}


def show_page(window, title: str):
    """Go to a page and wait until it is built and filled (some build their cards over a few
    turns, or read their figures on the background runner)."""
    window.shell.show_page(title)
    page = window.shell.pages.currentWidget()
    wait_until(lambda: not any(getattr(page, name, lambda: False)()
                               for name in ("building", "busy")))
    return page


def fill_example_plan(controller) -> None:
    plan = SafetyPlan()
    for key, texts in EXAMPLE_PLAN.items():
        plan = plan.with_items(key, [PlanItem(t) for t in texts])
    SafetyPlanStore(controller.vault.connection).save(plan)
    contacts = ContactStore(controller.vault.connection)
    contacts.add(Contact("Alex", "people", phone="07700 900123"))
    contacts.add(Contact("Dr Rahman", "professionals", phone="020 7946 0000"))


def fill_example_logs(controller) -> None:
    from datetime import UTC, datetime, timedelta

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.reports.diary_card import week_start_of

    store = CheckInStore(controller.vault.connection)
    now = datetime.now().astimezone().replace(microsecond=0)
    monday = datetime.combine(week_start_of(now.date()), datetime.min.time()).astimezone()
    examples = [
        (0, 9, 2, 3, {"sadness": 3, "anxiety": 2}, {"STOP"}, True, "Tired after a bad night"),
        (0, 21, 3, 6, {"shame": 3}, {"TIPP", "Self-soothe"}, True, ""),
        (1, 20, 1, 4, {"sadness": 2}, {"Wise mind"}, True, "Walked with Jo"),
        (2, 19, 2, 5, {"anger": 2, "joy": 1}, set(), False, ""),
        (3, 18, 0, 2, {"joy": 3}, {"Observe", "Accumulate positives"}, True, "Better day"),
    ]
    for day, hour, urge, distress, emotions, skills, meds, note in examples:
        at = monday + timedelta(days=day, hours=hour)
        if at > now:
            at = now - timedelta(minutes=5 * (5 - day))
        store.save(CheckIn(at=at, mood=max(0, 4 - urge), distress=distress,
                           urges=(Urge("self-harm", urge),), emotions=emotions,
                           skills=frozenset(skills), medication=meds, note=note))
    store.save(CheckIn(at=now, mood=3, distress=3, urges=(Urge("self-harm", 1),),
                       skills=frozenset({"Paced breathing"})))
    journal = JournalStore(controller.vault.connection)
    journal.add("By the river", "Sat by the river for a while. The water was loud after the "
                "rain and it helped to just listen.", ["outside"], datetime.now(UTC))
    journal.add("A hard evening", "The evening was hard. I used TIPP and then called Jo.",
                ["skills"], datetime.now(UTC) - timedelta(days=1))


def fill_example_goals(controller) -> None:
    from dataclasses import replace
    from datetime import date, datetime, timedelta

    from recoverydesk.goals import TEMPLATES, GoalState, Review, Step
    from recoverydesk.skills.engine import SkillSession

    store = GoalStore(controller.vault.connection)
    now = datetime.now().astimezone().replace(microsecond=0)
    today = now.date()
    weeks_ago = now - timedelta(weeks=3)
    skills = store.save(replace(TEMPLATES[0], target_date=today + timedelta(weeks=2),
                                review_date=today - timedelta(days=1), created_at=weeks_ago,
                                steps=(Step("Pick two skills to try first"),
                                       Step("Put them in my safety plan",
                                            due=today + timedelta(days=2)),
                                       Step("Tell Dr Rahman which ones help"))), now)
    store.set_step_done(skills.steps[0].id, today - timedelta(days=12))
    store.add_review(skills.id, Review(weeks_ago + timedelta(days=8), "Used paced breathing "
                                       "twice when it got loud", "Forgot on the busy days",
                                       "Keep the list on my phone"), today - timedelta(days=1))
    sleep = store.save(replace(TEMPLATES[1], created_at=weeks_ago,
                               target_date=today + timedelta(weeks=1)), now)
    store.set_measure_value(sleep.id, 9)
    store.save(replace(TEMPLATES[2], created_at=weeks_ago), now)
    paused = store.save(replace(TEMPLATES[2], title="Swim on Saturdays", created_at=weeks_ago,
                                measure=replace(TEMPLATES[2].measure, unit="swims")), now)
    store.set_state(paused.id, GoalState.PAUSED, now - timedelta(days=4))
    plan = store.save(replace(TEMPLATES[3], created_at=weeks_ago - timedelta(weeks=4),
                              target_date=date(today.year, today.month, 1)), now)
    store.set_state(plan.id, GoalState.ACHIEVED, now - timedelta(days=6))
    sessions = SkillSessionStore(controller.vault.connection)
    for days in (1, 3, 9):
        started = now - timedelta(days=days)
        sessions.save(SkillSession("box-breathing", started, started + timedelta(minutes=4),
                                   True))
    controller.goals_changed.emit()


def fill_example_history(controller) -> None:
    """Twelve weeks of made-up check-ins and skill sessions, so the charts have a shape."""
    import random
    from datetime import UTC, datetime, timedelta

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.skills.engine import Ratings, SkillSession

    rng = random.Random(14)
    store = CheckInStore(controller.vault.connection)
    now = datetime.now().astimezone().replace(microsecond=0, second=0)
    for days in range(84, 7, -1):
        if rng.random() < 0.2:
            continue
        ease = (84 - days) / 84  # a gentle drift over the weeks
        urge = max(0, min(5, round(3 - 2 * ease + rng.uniform(-1.2, 1.2))))
        mood = max(0, min(5, round(2 + 2 * ease + rng.uniform(-1, 1))))
        emotions = {e: max(0, min(5, round(urge + rng.uniform(-1.5, 1)))) for e in
                    rng.sample(["sadness", "shame", "anxiety", "anger"], 2)}
        emotions["joy"] = max(0, min(5, mood - 1))
        store.save(CheckIn(
            at=now - timedelta(days=days, hours=rng.randint(0, 10)), mood=mood,
            distress=min(10, urge * 2), sleep_hours=round(rng.uniform(5, 9) * 2) / 2,
            urges=(Urge("self-harm", urge, acted=urge >= 4 and rng.random() < 0.3),
                   Urge("suicidal thoughts", max(0, urge - 2))),
            emotions=emotions, skills=frozenset(rng.sample(
                ["TIPP", "STOP", "Wise mind", "Self-soothe", "Opposite action"],
                rng.randint(0, 3)))))
    sessions = SkillSessionStore(controller.vault.connection)
    for days in range(80, 8, -3):
        exercise = rng.choice(["tipp", "urge-surfing", "box-breathing"])
        before = rng.randint(2, 5)
        start = datetime.now(UTC) - timedelta(days=days)
        sessions.save(SkillSession(exercise, start, start + timedelta(minutes=8), True,
                                   Ratings(before, before * 2),
                                   Ratings(max(0, before - rng.randint(0, 2)), before)))


def render_insight_pdfs(controller, out: Path, suffix: str = "") -> None:
    """The diary card and a report (all sections, one journal entry), as PNG pages."""
    import shutil
    import subprocess
    from datetime import date, timedelta

    from recoverydesk.reports.diary_card import week_start_of
    from recoverydesk.reports.documents import SECTIONS, diary_card_document, report_document
    from recoverydesk.reports.pdf import write_document

    monday = week_start_of(date.today())
    data = controller.insights_data(monday, monday + timedelta(days=6))
    entry = JournalStore(controller.vault.connection).page(1)[0].id
    with tempfile.TemporaryDirectory() as tmp:
        card = write_document(diary_card_document(data.checkins, [monday], data.urge_targets,
                                                  data.emotions, "Robin"),
                              Path(tmp) / "card.pdf")
        content = controller.report_content(monday - timedelta(weeks=3), date.today(),
                                            set(SECTIONS), [entry], "Robin")
        report = write_document(report_document(content), Path(tmp) / "report.pdf")
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(card),
                            str(out / f"diary-card-pdf{suffix}")], check=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "4", str(report),
                            str(out / f"report-pdf{suffix}")], check=True)


def render_plan_pdf(controller, stem: Path) -> None:
    """The printed plan, as the PDF and as PNG pages (pdftoppm, when installed)."""
    import shutil
    import subprocess

    from recoverydesk.reports.pdf import write_safety_plan
    from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions

    with tempfile.TemporaryDirectory() as tmp:
        pdf = write_safety_plan(SafetyPlanStore(controller.vault.connection).current(),
                                ContactStore(controller.vault.connection).all(),
                                PlanDocumentOptions(
                                    name="Robin", crisis=controller.printed_crisis_lines(),
                                    emergency_number=controller.crisis_directory
                                    .emergency_number(controller.country)),
                                Path(tmp) / "plan.pdf")
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(stem)],
                           check=True)
            print(f"{stem}.png")


# -- the Skills, Safety plan, Settings and Goals pages at each size (design-pages) -------------
# ``--pages`` takes only these, at ``--size`` (1366x768 unless given); QT_SCALE_FACTOR=1.25 in
# the environment gives the 125% pictures. Names end as main() names them.

def unlocked_window(folder: Path, size: tuple[int, int]) -> tuple[AppController, MainWindow]:
    """A new vault created and opened through the controller, the window at ``size``
    (in logical pixels)."""
    controller = AppController(folder, kdf=KdfParams())
    window = MainWindow(controller)
    window.resize(*size)
    window.show()
    QTest.qWaitForWindowExposed(window)
    made = []
    controller.created.connect(made.append)
    controller.create_vault(PHRASE, remember=False)
    wait_until(lambda: made)
    controller.finish_setup()
    wait_until(lambda: controller.state is AppState.UNLOCKED)
    window.resize(*size)
    return controller, window


def shoot_design_pages(args, shot, suffix: str, display_scale: float) -> None:
    """Skills, a running skill, Safety plan, Settings, Goals; in the plain 1366×768 light
    set also the empty states, "Right now", a family chip and the before-ratings."""
    size = tuple(round(int(n) / display_scale) for n in args.size.split("x"))
    every = suffix == "-1366x768"

    def extra(widget, name):
        if every:
            shot(widget, name)

    with tempfile.TemporaryDirectory() as tmp:
        controller, window = unlocked_window(Path(tmp) / "vault", size)
        show_page(window, "Goals")
        extra(window, "page-goals-empty")
        show_page(window, "Journal")
        extra(window, "page-journal-empty")
        show_page(window, "Settings")
        shot(window, "page-settings")
        fill_example_plan(controller)
        show_page(window, "Safety plan")
        window.shell.pages.currentWidget().load()
        shot(window, "page-safety-plan")
        fill_example_goals(controller)
        window.shell.show_goal(0)
        shot(window, "page-goals")
        show_page(window, "Skills")
        skills = window.shell.pages.currentWidget()
        shot(window, "page-skills")
        skills.set_right_now(True)
        wait_until(lambda: not skills.building())  # its cards come over a few turns
        extra(window, "page-skills-right-now")
        skills.set_right_now(False)
        skills.show_family("mindfulness")
        wait_until(lambda: not skills.building())
        extra(window, "page-skills-mindfulness")
        skills.clear_filters()
        player = skills.start(next(e for e in skills.library if e.id == "urge-surfing"))
        extra(window, "page-skill-before")
        player.start()
        player.clock_timer.stop()
        for _ in range(2):
            player.next()
        shot(window, "page-skill-running")
        player.stop()
        controller.shutdown()
        window.close()


def checkin_shots(controller, window, shot) -> None:
    """The check-in as it opens (two ratings filled) and with More open."""
    from recoverydesk.ui.dialogs.checkin import CheckInDialog

    dialog = CheckInDialog(OwnLists(controller.vault.connection), None, window)
    dialog.mood.setValue(2)
    dialog.urge_rows["self-harm"][0].setValue(3)
    dialog.show()
    shot(dialog, "checkin")
    dialog.distress.setValue(6)
    dialog.emotion_boxes["sadness"].setValue(3)
    dialog.tick_skill("TIPP")
    dialog.show_more(True)
    shot(dialog, "checkin-more")
    dialog.reject()


def core_screens(controller, window, shot) -> int:
    """Today (with a week of check-ins), the check-in closed and open, the lock screen."""
    fill_example_logs(controller)
    controller.checkins_changed.emit()
    show_page(window, "Today")
    shot(window, "today")
    checkin_shots(controller, window, shot)
    controller.lock()
    wait_until(lambda: controller.state is AppState.LOCKED)
    shot(window, "lock-screen")
    controller.shutdown()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--pages", action="store_true",
                        help="only Skills, Safety plan, Settings and Goals (--size or 1366x768)")
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT of the window")
    parser.add_argument("--core", action="store_true", help="only the core screens")
    parser.add_argument("--lang", default="en",
                        help="the window's language: en, es or pseudo (the pseudo-translation)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.pages and not args.size:
        args.size = "1366x768"
    display_scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    suffix = (f"-{args.size}" if args.size else "") \
        + (f"-{round(display_scale * 100)}pct" if display_scale != 1 else "") \
        + ("-200" if args.scale >= 2 else "") + ("-dark" if args.dark else "") \
        + (f"-{args.lang}" if args.lang != "en" else "")

    app = QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    apply_theme(app, dark=args.dark)

    def shot(widget, name):
        QTest.qWait(150)
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    if args.pages:
        shoot_design_pages(args, shot, suffix, display_scale)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        controller = AppController(folder, kdf=KdfParams())
        window = MainWindow(controller)
        if args.size:
            width, height = (int(n) for n in args.size.split("x"))
            window.resize(round(width / display_scale), round(height / display_scale))
        window.show()
        QTest.qWaitForWindowExposed(window)

        setup = window.setup_view
        if not args.core:
            shot(window, "setup-welcome")
        QTest.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(setup.passphrase_edit, PHRASE)
        QTest.keyClicks(setup.repeat_edit, PHRASE)
        setup.country_box.setCurrentIndex(setup.country_box.findData("GB"))
        if not args.core:
            shot(window, "setup-passphrase")
        QTest.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: setup.currentIndex() == 3)
        if not args.core:
            shot(window, "setup-recovery-key")
        QTest.keyClicks(setup.confirm_edit, setup.recovery_label.text().split()[-1])
        QTest.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: controller.state is AppState.UNLOCKED)
        shot(window, "shell-today")
        if args.core:
            return core_screens(controller, window, shot)
        show_page(window, "Goals")
        shot(window, "goals-empty")
        show_page(window, "Settings")
        shot(window, "settings")

        fill_example_plan(controller)
        show_page(window, "Today")
        show_page(window, "Safety plan")
        window.shell.pages.currentWidget().load()
        shot(window, "safety-plan")
        DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")
        panel = window.open_crisis_panel()
        panel.resize(int(620 * max(1.0, args.scale * 0.8)), int(760 * max(1.0, args.scale * 0.8)))
        wait_until(panel.isVisible)
        shot(panel, "crisis-panel-unlocked")
        panel.reject()
        render_plan_pdf(controller, args.out / f"safety-plan-pdf{suffix}")

        fill_example_logs(controller)
        controller.checkins_changed.emit()
        show_page(window, "Today")
        shot(window, "today")

        checkin_shots(controller, window, shot)
        show_page(window, "Journal")
        journal = window.shell.pages.currentWidget()
        journal.search.setText("river")
        journal.search_now()
        wait_until(lambda: not journal.busy())
        journal.list.setCurrentIndex(journal.model.index(0))
        journal._open_index(journal.model.index(0))
        shot(window, "journal")
        journal.search.clear()
        fill_example_history(controller)
        controller.checkins_changed.emit()
        show_page(window, "Insights")
        insights = window.shell.pages.currentWidget()
        wait_until(lambda: insights.charts_ready)
        shot(window, "insights")
        insights.tabs.setCurrentIndex(1)
        shot(window, "diary-card")

        fill_example_goals(controller)
        if not suffix or args.lang != "en":  # the report's goals section needs the goals
            render_insight_pdfs(controller, args.out, suffix)
        show_page(window, "Today")
        shot(window, "today-goal")
        window.shell.show_goal(0)
        shot(window, "goals")
        from recoverydesk.ui.dialogs.goal_dialogs import GoalEditor

        goals_page = window.shell.pages.currentWidget()
        editor = GoalEditor(goals_page.current_goal(), window)
        editor.fields["achievable"].clear()
        editor.show()
        shot(editor, "goal-editor")
        editor.reject()

        show_page(window, "Skills")  # built when first shown
        skills = window.shell.pages.currentWidget()
        shot(window, "skills-library")
        for exercise_id, steps, seconds, typed, name in (
                ("box-breathing", 1, 2.5, "", "skill-breathing"),
                ("urge-surfing", 2, 0, "", "skill-urge-surfing"),
                ("thought-record", 2, 0, "Everyone at the meeting thought I was useless",
                 "skill-thought-record"),
                ("chain-analysis", 2, 0, "Mum didn't reply to my message",
                 "skill-chain-analysis"),
                ("ride-it-out", 0, 95, "", "skill-ride-it-out"),
                ("opposite-action", 4, 0, "Stay in the kitchen with everyone for ten minutes",
                 "skill-opposite-action")):
            player = skills.start(next(e for e in skills.library if e.id == exercise_id))
            player.start()
            player.clock_timer.stop()
            for _ in range(steps):
                player.next()
            player.advance_time(seconds)
            if typed:
                player.prompt.setPlainText(typed)
            shot(window, name)
            player.stop()
        player = skills.start(next(e for e in skills.library
                                   if e.id == "progressive-muscle-relaxation"))
        shot(window, "skill-progressive-muscle-relaxation")  # the caution, before it starts
        player.stop()

        controller.lock()
        wait_until(lambda: controller.state is AppState.LOCKED)
        shot(window, "lock-screen")
        QTest.keyClicks(window.lock_view.secret_edit, "not my phrase")
        QTest.keyClick(window.lock_view.secret_edit, Qt.Key.Key_Return)
        wait_until(window.lock_view.message.isVisible)
        shot(window, "lock-screen-wrong-passphrase")

        panel = window.open_crisis_panel()
        panel.resize(int(620 * max(1.0, args.scale * 0.8)), int(760 * max(1.0, args.scale * 0.8)))
        wait_until(panel.isVisible)
        shot(panel, "crisis-panel")
        panel.reject()
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
