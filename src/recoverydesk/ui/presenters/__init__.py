"""Presenters: between the views and the stores.

Views hold widgets, emit intents and call their page's presenter; a presenter calls the
stores of the open vault and hands plain data back (records are dataclasses). Only this
package and the lock-state machine (``ui/controller.py``) import ``recoverydesk.storage``
(a test holds that). ``AppController.presenters`` is the small factory of page presenters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from recoverydesk.ui.controller import AppController


class PagePresenters:
    """Makes the presenter of each page, for the vault the controller has open."""

    def __init__(self, controller: AppController) -> None:
        self._controller = controller

    def today(self) -> TodayPresenter:
        return TodayPresenter(self._controller)

    def diary_card(self) -> DiaryCardPresenter:
        return DiaryCardPresenter(self._controller)

    def journal(self) -> JournalPresenter:
        return JournalPresenter(self._controller)

    def skills(self) -> SkillsPresenter:
        return SkillsPresenter(self._controller)

    def safety_plan(self) -> SafetyPlanPresenter:
        return SafetyPlanPresenter(self._controller)

    def goals(self) -> GoalsPresenter:
        return GoalsPresenter(self._controller)

    def settings(self) -> SettingsPresenter:
        return SettingsPresenter(self._controller)

    def crisis_lines(self) -> CrisisLinesPresenter:
        return CrisisLinesPresenter(self._controller)

    def checkin(self) -> CheckInPresenter:
        return CheckInPresenter(self._controller)
