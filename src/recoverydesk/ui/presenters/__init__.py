"""Presenters: between the views and the stores.

Views hold widgets, emit intents and call their page's presenter; a presenter calls the
stores of the open vault and hands plain data back (records are dataclasses). Only this
package and the lock-state machine (``ui/controller.py``) import ``recoverydesk.storage``
(a test holds that). ``AppController.presenters`` is the small factory of page presenters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recoverydesk.ui.controller import AppController
    from recoverydesk.ui.presenters.pages import (
        CheckInPresenter,
        CrisisLinesPresenter,
        DiaryCardPresenter,
        GoalsPresenter,
        JournalPresenter,
        SafetyPlanPresenter,
        SettingsPresenter,
        SkillsPresenter,
        TodayPresenter,
    )


def _pages():
    """The presenters' module, loaded with the stores when a page first needs it (the lock
    screen, where most starts land, shows sooner without them)."""
    from recoverydesk.ui.presenters import pages

    return pages


class PagePresenters:
    """Makes the presenter of each page, for the vault the controller has open."""

    def __init__(self, controller: AppController) -> None:
        self._controller = controller

    def today(self) -> TodayPresenter:
        return _pages().TodayPresenter(self._controller)

    def diary_card(self) -> DiaryCardPresenter:
        return _pages().DiaryCardPresenter(self._controller)

    def journal(self) -> JournalPresenter:
        return _pages().JournalPresenter(self._controller)

    def skills(self) -> SkillsPresenter:
        return _pages().SkillsPresenter(self._controller)

    def safety_plan(self) -> SafetyPlanPresenter:
        return _pages().SafetyPlanPresenter(self._controller)

    def goals(self) -> GoalsPresenter:
        return _pages().GoalsPresenter(self._controller)

    def settings(self) -> SettingsPresenter:
        return _pages().SettingsPresenter(self._controller)

    def crisis_lines(self) -> CrisisLinesPresenter:
        return _pages().CrisisLinesPresenter(self._controller)

    def checkin(self) -> CheckInPresenter:
        return _pages().CheckInPresenter(self._controller)
