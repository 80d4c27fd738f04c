"""Skills through the real window: each kind of step played by keyboard, pause, stop, lock."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from recoverydesk import settings
from recoverydesk.skills.loader import load_library
from recoverydesk.skills.model import FAMILIES
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.pages.skill_player import STEP_TEXT_SCALE
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import press_shortcut, show_page, unlock, wait_for_state

ALT = Qt.KeyboardModifier.AltModifier


def next_step(qtbot, window):
    """Alt+N: what the Next (or Finish) button does."""
    press_shortcut(qtbot, window, Qt.Key.Key_N, ALT)


def open_skills(qtbot, open_app, folder):
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Skills")
    cards(qtbot, page)
    return window, page


def cards(qtbot, page):
    """The skill cards shown, once the page has built them all (a few per turn)."""
    qtbot.waitUntil(lambda: not page.building())
    return page.cards


def start_by_keyboard(qtbot, window, page, exercise_id, urge=None, distress=None):
    """Search, Enter to the first card's Start, Space, answer the before-ratings, Enter."""
    title = next(e.title for e in page.library if e.id == exercise_id)
    window.activateWindow()  # focus is only tracked in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.search.setFocus()
    qtbot.keyClicks(page.search, title)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    start = page.cards[exercise_id].start_button
    assert start.hasFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    player = page.player
    assert player is not None
    assert player.exercise.id == exercise_id
    for segment, value in ((player.urge_before, urge), (player.distress_before, distress)):
        if value is not None:
            segment.setFocus()
            qtbot.keyClick(segment, str(value))
    press_shortcut(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert player.pages.currentIndex() == 1
    assert player.clock_timer.isActive()
    player.clock_timer.stop()  # from here the test moves time itself, with advance_time
    return player


def finish_after(qtbot, window, player, urge=None):
    assert player.pages.currentIndex() == 2
    if urge is not None:
        player.urge_after.setFocus()
        qtbot.keyClick(player.urge_after, str(urge))
    press_shortcut(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def test_timed_and_prompt_steps_by_keyboard(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "stop", urge=4, distress=7)
    assert player.clock.text() == "0:10 left"
    player.advance_time(10.5)  # a timed step moves on by itself
    assert player.run.index == 1
    next_step(qtbot, window)  # or the person moves on
    assert player.run.index == 2
    assert player.prompt.isVisible()
    qtbot.keyClicks(player.prompt, "The fridge humming")
    next_step(qtbot, window)
    qtbot.keyClicks(player.prompt, "Make tea")
    next_step(qtbot, window)  # Finish
    finish_after(qtbot, window, player, urge=2)
    [session] = stores.skill_sessions(window.controller).all()
    assert session.completed
    assert (session.before.urge, session.before.distress, session.after.urge) == (4, 7, 2)
    assert session.answers == {2: "The fridge humming", 3: "Make tea"}
    assert "You took the time" in page.message.text()


def test_breathing_pacer_follows_the_breath_and_pauses(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "box-breathing")
    next_step(qtbot, window)
    assert player.pacer.isVisible()
    player.advance_time(2)
    assert player.pacer.phase_label.text() == "Breathe in … 2"
    assert player.pacer.circle.size_fraction == 0.5
    assert player.pacer.shapes.currentWidget() is player.pacer.circle
    press_shortcut(qtbot, window, Qt.Key.Key_P, ALT)
    player.advance_time(30)
    assert player.run.step_elapsed == 2
    assert "(paused)" in player.clock.text()
    press_shortcut(qtbot, window, Qt.Key.Key_P, ALT)
    player.advance_time(3)
    assert player.pacer.phase_label.text().startswith("Hold")
    player.advance_time(160)  # ten boxes of 16 s: the step ends, the last one shows
    assert player.run.index == 2
    next_step(qtbot, window)
    finish_after(qtbot, window, player)
    assert stores.skill_sessions(window.controller).all()[0].completed


def test_reduce_motion_swaps_the_shape_for_a_counting_bar(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    show_page(window, "Settings").reduce_motion.setChecked(True)
    assert window.controller.vault.settings().get(settings.REDUCE_MOTION)
    page = show_page(window, "Skills")
    player = start_by_keyboard(qtbot, window, page, "paced-breathing")
    next_step(qtbot, window)
    player.advance_time(2)
    assert player.pacer.shapes.currentWidget() is player.pacer.bar
    assert player.pacer.bar.value() == 50
    assert player.pacer.bar.format() == "Breathe in: 2"


def test_rating_steps_and_stopping_midway_keeps_the_record(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "urge-surfing", urge=5)
    next_step(qtbot, window)
    next_step(qtbot, window)
    assert player.rating_box.isVisible()
    assert player.rating.hasFocus()
    for _ in range(3):
        qtbot.keyClick(player.rating, Qt.Key.Key_Right)  # 5 → 8
    next_step(qtbot, window)
    press_shortcut(qtbot, window, Qt.Key.Key_T, ALT)  # stop here
    [session] = stores.skill_sessions(window.controller).all()
    assert not session.completed
    assert session.ended_at is not None
    assert session.before.urge == 5
    assert session.answers == {2: 8}
    assert page.currentWidget() is page.library_view
    assert "What you entered is kept" in page.message.text()


def test_locking_midway_keeps_what_was_typed(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "thought-record")
    next_step(qtbot, window)
    qtbot.keyClicks(player.prompt, "At work, after the meeting")
    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    [session] = stores.skill_sessions(window.controller).all()
    assert session.answers == {1: "At work, after the meeting"}
    assert not session.completed


def test_thought_record_saves_into_the_journal(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window, page = open_skills(qtbot, open_app, folder)
    player = start_by_keyboard(qtbot, window, page, "thought-record")
    answers = iter(["On the bus", "Everyone is looking at me", "Anxious, 8", None,
                    "My face felt hot", "Most people were on their phones",
                    "Some people may glance, most are busy", None])
    while player.pages.currentIndex() == 1:
        next_step(qtbot, window)
        if player.pages.currentIndex() != 1:
            break
        answer = next(answers)
        if answer:
            qtbot.keyClicks(player.prompt, answer)
    finish_after(qtbot, window, player)
    [(_, title, body, tags)] = stores.journal(window.controller).all()
    assert title == "Thought record"
    assert tags == ["thought record"]
    assert "Situation\nOn the bus" in body
    assert "Balanced thought\nSome people may glance, most are busy" in body
    assert "believe the original thought now? 5 (0 is not at all, 10 is completely)" in body


def test_library_search_favourites_not_for_me_and_right_now(qtbot, open_app, created_vault):
    folder, _ = created_vault
    _, page = open_skills(qtbot, open_app, folder)
    page.search.setText("breath")
    titles = {e.title for e in page.visible_exercises()}
    assert {"Paced breathing", "Box breathing"} <= titles
    assert "Body scan" not in titles
    assert set(cards(qtbot, page)) == {e.id for e in page.visible_exercises()}
    page.search.clear()
    chosen = page.visible_exercises()[0]
    qtbot.mouseClick(cards(qtbot, page)[chosen.id].hide_button, Qt.MouseButton.LeftButton)
    assert chosen.id not in {e.id for e in page.visible_exercises()}
    assert chosen.id not in cards(qtbot, page)
    assert "set aside" in page.message.text()
    page.show_hidden.setChecked(True)
    assert chosen.id in {e.id for e in page.visible_exercises()}
    assert cards(qtbot, page)[chosen.id].hide_button.text() == "Bring back"
    favourite = page.visible_exercises()[-1]
    qtbot.mouseClick(cards(qtbot, page)[favourite.id].favourite_button,
                     Qt.MouseButton.LeftButton)
    assert page.visible_exercises()[0].id == favourite.id  # favourites first
    page.set_right_now(True)
    minutes = [e.minutes for e in page.visible_exercises()]
    assert minutes == sorted(minutes)
    assert page.shown_groups()[0][0] == "Short ones first"


def test_family_chips_and_search_narrow_the_cards(qtbot, open_app, created_vault):
    _, page = open_skills(qtbot, open_app, created_vault[0])
    everything = set(cards(qtbot, page))
    qtbot.mouseClick(page.family_chips["mindfulness"], Qt.MouseButton.LeftButton)
    assert not page.all_chip.isChecked()
    mindful = set(cards(qtbot, page))
    assert mindful
    assert mindful < everything
    assert {cards(qtbot, page)[i].exercise.family for i in mindful} == {"mindfulness"}
    assert [label for label, _ in page.shown_groups()] == [FAMILIES["mindfulness"]]
    qtbot.mouseClick(page.family_chips["relaxation"], Qt.MouseButton.LeftButton)
    both = set(cards(qtbot, page))
    assert mindful < both < everything  # a second chip adds its family
    qtbot.keyClicks(page.search, "breath")
    shown = cards(qtbot, page)
    assert set(shown) < both
    assert all("breath" in card.exercise.title.lower() + card.exercise.when_it_helps.lower()
               for card in shown.values())
    qtbot.keyClicks(page.search, "zzz")
    assert cards(qtbot, page) == {}
    assert page.empty.isVisibleTo(page)
    qtbot.mouseClick(page.empty.action, Qt.MouseButton.LeftButton)  # "Show all skills"
    assert set(cards(qtbot, page)) == everything
    assert page.all_chip.isChecked()
    assert not page.empty.isVisibleTo(page)
    assert page.search.text() == ""
    titles = [label.text() for card in cards(qtbot, page).values()
              for label in card.findChildren(QLabel) if label.objectName() == "cardTitle"]
    assert all("…" not in title for title in titles)  # names are never cut


def test_cards_built_over_turns_end_complete_in_reading_and_tab_order(qtbot, open_app,
                                                                      created_vault):
    """The page shows its first cards with itself and adds the rest a few per turn: in the
    end every card is there, in the order shown, and Tab goes through them in that order."""
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    window.shell.show_page("Skills")
    page = window.shell.pages.currentWidget()
    expected = [e.id for _, members in page.shown_groups() for e in members]
    assert 0 < len(page.cards) < len(expected)  # the first ones at once, not all of them
    assert page.building()
    built = list(cards(qtbot, page))
    assert built == expected
    starts = [page.cards[i].start_button for i in expected]
    order, widget = [starts[0]], starts[0].nextInFocusChain()
    while widget is not starts[0] and len(order) < 100_000:  # once round the window's chain
        order.append(widget)
        widget = widget.nextInFocusChain()
    assert [w for w in order if w in starts] == starts
    page.search.setText("breath")  # a newer filter while cards are still to come
    page.search.setText("")
    page.search.setText("breath")
    assert list(cards(qtbot, page)) == [e.id for e in page.visible_exercises()]


def test_crisis_panel_and_today_lead_to_a_skill_right_now(qtbot, open_app, created_vault):
    from PySide6.QtWidgets import QPushButton

    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    panel = window.open_crisis_panel()
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Do a skill now")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.shell.current_title() == "Skills"
    assert window.shell.pages.currentWidget().right_now


def test_every_step_fits_the_player_at_200_percent_font():
    """Measured with the real font: the step text area of the player at the smallest
    supported window (980 × 680) leaves about 600 × 300 pixels for the words."""
    app = QApplication.instance() or QApplication([])
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * 2 * STEP_TEXT_SCALE)
    metrics = QFontMetrics(font)
    too_long = []
    for exercise in load_library():
        for n, step in enumerate(exercise.steps, 1):
            rect = metrics.boundingRect(QRect(0, 0, 600, 10_000), Qt.TextFlag.TextWordWrap,
                                        step.text)
            if rect.height() > 300:
                too_long.append(f"{exercise.id} step {n}: {rect.height()} px")
    assert too_long == []


def test_a_skill_in_the_safety_plan_starts_from_the_crisis_panel(qtbot, open_app, created_vault):
    from PySide6.QtWidgets import QPushButton

    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    plan = show_page(window, "Safety plan")
    plan.add_skill_to_plan("Paced breathing")  # kept at once: no Save
    assert [i.text for i in stores.plan_store(window.controller).current().items("coping")] == [
        "Skill: Paced breathing"]
    panel = window.open_crisis_panel()
    start = next(b for b in panel.findChildren(QPushButton)
                 if b.accessibleName() == "Start Paced breathing")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    skills = window.shell.pages.currentWidget()
    assert window.shell.current_title() == "Skills"
    assert skills.player is not None
    assert skills.player.exercise.id == "paced-breathing"


def test_the_skills_are_read_once_while_the_lock_screen_waits(qtbot, open_app, created_vault,
                                                              monkeypatch):
    """The exercises' text is read beside the runner while the passphrase is typed, and not
    again at unlock or when Skills opens."""
    from recoverydesk.ui import controller

    reads = []
    real = controller._load_skills
    monkeypatch.setattr(controller, "_load_skills", lambda: reads.append(1) or real())
    window = open_app(created_vault[0])
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert window.controller.state is AppState.LOCKED
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Skills")
    assert len(cards(qtbot, page)) == len(load_library("en"))
    assert reads == [1]
