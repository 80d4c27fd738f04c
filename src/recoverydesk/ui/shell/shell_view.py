"""The unlocked app: navigation on the left, one page at a time on the right.

Built fresh on every unlock and thrown away on lock, so nothing private outlives the lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_TITLE
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.pages.goals import GoalsPage
from recoverydesk.ui.pages.journal import JournalPage
from recoverydesk.ui.pages.safety_plan import SafetyPlanPage
from recoverydesk.ui.pages.settings import SettingsPage
from recoverydesk.ui.pages.skills import SkillsPage
from recoverydesk.ui.pages.today import TodayPage
from recoverydesk.ui.shell.sections import PAGES, PageInfo


class ShellView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAccessibleName("RecoveryDesk")
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName("Sections")
        self.nav.setMaximumWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(4)
        self.pages = QStackedWidget()
        for info in PAGES:
            self.nav.addItem(info.title)
            item = self.nav.item(self.nav.count() - 1)
            item.setToolTip(f"{info.title} ({info.shortcut})")
            page = _page_for(info, controller, self)
            page.setObjectName(f"page-{info.title.lower().replace(' ', '-')}")
            self.pages.addWidget(page)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)

    def skill_right_now(self, title: str = "") -> None:
        """Open Skills with the short ones first, or start the named skill at once."""
        self.show_page("Skills")
        skills = self.pages.currentWidget()
        skills.set_right_now(True)
        if title:
            skills.start(next((e for e in skills.library if e.title == title), None))

    def show_goal(self, goal_id: int) -> None:
        self.show_page("Goals")
        self.pages.currentWidget().select_goal(goal_id or None)

    def show_page(self, title: str) -> None:
        for row, info in enumerate(PAGES):
            if info.title == title:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(title)

    def current_title(self) -> str:
        return PAGES[self.pages.currentIndex()].title


def _page_for(info: PageInfo, controller: AppController, shell: ShellView) -> QWidget:
    if info.title == "Settings":
        return SettingsPage(controller)
    if info.title == "Safety plan":
        return SafetyPlanPage(controller)
    if info.title == "Skills":
        return SkillsPage(controller)
    if info.title == "Journal":
        return JournalPage(controller)
    if info.title == "Goals":
        return GoalsPage(controller)
    if info.title == "Insights":
        from recoverydesk.ui.pages.insights import InsightsPage

        return InsightsPage(controller)
    if info.title == "Today":
        today = TodayPage(controller)
        today.checkin_requested.connect(lambda: controller.checkin_requested.emit(0))
        today.journal_requested.connect(lambda: shell.show_page("Journal"))
        today.skill_requested.connect(shell.skill_right_now)
        today.ride_requested.connect(lambda: shell.skill_right_now(RIDE_IT_OUT_TITLE))
        today.plan_requested.connect(lambda: shell.show_page("Safety plan"))
        today.goal.open_requested.connect(shell.show_goal)
        return today
    return _upcoming(info)


def _upcoming(info: PageInfo) -> QWidget:
    page = QWidget()
    page.setAccessibleName(info.title)
    layout = QVBoxLayout(page)
    layout.addWidget(heading(info.title))
    layout.addWidget(paragraph(info.about))
    note = paragraph("This part of RecoveryDesk is still being built.")
    note.setAlignment(Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(note)
    layout.addStretch(1)
    return page
