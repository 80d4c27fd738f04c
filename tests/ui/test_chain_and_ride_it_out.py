"""Chain analysis by keyboard into the journal; the ride-it-out timer on injected time;
"Right now" puts what helped this person before first."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from recoverydesk.safety_plan import PlanItem
from recoverydesk.skills.engine import Ratings, SkillSession
from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_ID
from recoverydesk.ui.pages.ride_it_out import BEEP, RideItOutPlayer
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import press_shortcut, show_journal, show_page, unlock
from tests.ui.test_skills_page import finish_after, next_step, open_skills, start_by_keyboard

ENTER = Qt.KeyboardModifier.NoModifier


def test_a_chain_analysis_by_keyboard_is_kept_and_shows_in_the_journal(
        qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "chain-analysis", urge=2)
    typed = {"behaviour": "Tuesday night, after the call", "prompting_event": "No reply",
             "thoughts": "Nobody cares", "feelings": "Hurt, then numb"}
    while player.pages.currentIndex() == 1:
        next_step(qtbot, window)
        if player.pages.currentIndex() != 1:
            break
        step = player.run.step
        if step.field in typed:
            assert player.prompt.hasFocus()
            qtbot.keyClicks(player.prompt, typed[step.field])
        elif step.choose_skills:
            assert player.skill_choice.hasFocus()
            choice = player.skill_choice
            titles = [choice.item(r).text() for r in range(choice.count())]
            assert "Chain analysis: looking back at a hard moment" not in titles
            for title in ("Opposite action", "Paced breathing"):
                while choice.currentItem().text() != title:
                    qtbot.keyClick(choice, Qt.Key.Key_Down)
                qtbot.keyClick(choice, Qt.Key.Key_Space)
    finish_after(qtbot, window, player, urge=1)

    [chain] = stores.chain_analyses(window.controller).all()
    assert (chain.behaviour, chain.prompting_event, chain.feelings) == (
        "Tuesday night, after the call", "No reply", "Hurt, then numb")
    assert set(chain.skills) == {"opposite-action", "paced-breathing"}
    [session] = stores.skill_sessions(window.controller).all()
    assert chain.session_id == session.id
    assert session.completed
    assert (session.before.urge, session.after.urge) == (2, 1)
    # the skills it pointed to start from here
    start = next(b for b in page.findChildren(QPushButton)
                 if b.text() == "Start Paced breathing")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert page.player.exercise.id == "paced-breathing"
    page.close_player()

    journal = show_journal(qtbot, window)
    entry = journal.model.entry_at(0)
    assert entry.id == chain.journal_entry_id
    assert entry.title == "Chain analysis: Tuesday night, after the call"
    journal._open_index(journal.model.index(0))
    assert "**What set it off**\nNo reply" in journal.body.toPlainText()
    assert "- Opposite action" in journal.body.toPlainText()


def _start_ride_from_today(qtbot, window):
    today = show_page(window, "Today")
    button = next(b for b in today.findChildren(QPushButton) if b.text() == "Ride it out")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    player = window.shell.pages.currentWidget().player
    assert isinstance(player, RideItOutPlayer)
    return player


def test_ride_it_out_from_today_runs_on_injected_time_and_keeps_the_urge(
        qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.plan_store(window.controller)
    store.save(store.current().with_items("coping", [PlanItem("Cold glass of water"),
                                                    PlanItem("Skill: Paced breathing")]))
    stores.skill_prefs(window.controller).set_favourite("wise-mind", True)
    player = _start_ride_from_today(qtbot, window)
    beeps = []
    player.beep = lambda: beeps.append(1)
    assert player.minute_buttons[0].hasFocus()
    assert player.minutes == 5
    qtbot.keyClick(player.minute_buttons[0], Qt.Key.Key_Right)  # arrows move to 15
    assert player.minutes == 15
    player.sound.setCurrentIndex(player.sound.findData(BEEP))
    player.urge_before.setFocus()
    qtbot.keyClick(player.urge_before, "4")
    press_shortcut(qtbot, window, Qt.Key.Key_Return, ENTER)
    assert player.pages.currentIndex() == 1
    player.clock_timer.stop()  # the test moves time itself
    assert player.clock.text() == "15:00 left"
    assert player.meanwhile.text().splitlines() == [
        "•  Cold glass of water", "•  Paced breathing (a skill)", "•  Wise mind (a skill)"]
    player.advance_time(600)
    assert player.clock.text() == "5:00 left"
    assert beeps == []
    player.advance_time(299.5)
    assert player.pages.currentIndex() == 1
    player.advance_time(0.5)
    assert player.pages.currentIndex() == 2
    assert beeps == [1]
    finish_after(qtbot, window, player, urge=1)
    [session] = stores.skill_sessions(window.controller).all()
    assert session.exercise_id == RIDE_IT_OUT_ID
    assert session.completed
    assert (session.before.urge, session.after.urge) == (4, 1)


def test_ride_it_out_from_the_crisis_panel_and_the_skills_page_with_no_sound(
        qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    panel = window.open_crisis_panel()
    button = next(b for b in panel.findChildren(QPushButton)
                  if b.text().startswith("Ride out an urge"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    skills = window.shell.pages.currentWidget()
    assert isinstance(skills.player, RideItOutPlayer)
    skills.close_player()
    qtbot.mouseClick(skills.ride_button, Qt.MouseButton.LeftButton)
    player = skills.player
    beeps = []
    player.beep = lambda: beeps.append(1)
    press_shortcut(qtbot, window, Qt.Key.Key_Return, ENTER)
    player.clock_timer.stop()
    assert player.clock.text() == "5:00 left"
    player.advance_time(120)
    press_shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # done early
    assert player.pages.currentIndex() == 2
    assert beeps == []
    finish_after(qtbot, window, player)
    assert stores.skill_sessions(window.controller).all()[0].exercise_id == RIDE_IT_OUT_ID


def test_right_now_offers_what_helped_this_person_before_first(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    store = stores.skill_sessions(window.controller)
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)

    def rated(exercise_id, before, after):
        store.save(SkillSession(exercise_id, start, before=Ratings(before, None),
                                after=Ratings(after, None)))

    rated("body-scan", 4, 2)
    rated("self-soothe", 3, 3)
    rated("self-soothe", 4, 4)  # rated twice, no lower afterwards: not offered first
    page.set_right_now(True)
    assert page.shown_groups()[0][0] == "Short ones first"  # body scan once: too few
    rated("body-scan", 5, 3)
    page.refresh()
    label, members = page.shown_groups()[0]
    assert label == "What has helped you before"
    assert [e.title for e in members] == ["Body scan"]
    assert page.visible_exercises()[0].id == "body-scan"
