"""The unlocked app: navigation on the left, one page at a time on the right.

Built fresh on every unlock and thrown away on lock, so nothing private outlives the lock.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_ID
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.icons import icon
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.pages.today import TodayPage
from recoverydesk.ui.shell.sections import PAGES, PageInfo

CHARTS_WARM_UP_MS = 1500  # after unlocking: Today has painted and the first clicks are answered


class ShellView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAccessibleName("RecoveryDesk")
        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(2)
        line = self.nav.fontMetrics().height()
        self.nav.setIconSize(QSize(round(line * 1.25), round(line * 1.25)))
        self.pages = QStackedWidget()
        # Each page is built the first time it is shown (unlocking builds only the first):
        # until then its place in the stack holds an empty stand-in.
        self._built: set[int] = set()
        for info in PAGES:
            item = QListWidgetItem(icon(info.icon), info.label)
            item.setSizeHint(QSize(0, round(line * 2.3)))
            self.nav.addItem(item)
            item.setToolTip(f"{info.label} ({info.shortcut})")
            stand_in = QWidget()
            stand_in.setAccessibleName(info.label)
            self.pages.addWidget(stand_in)
        # Fixed, from the font and the longest title: the same on every unlock.
        widest = max(self.nav.fontMetrics().horizontalAdvance(i.label) for i in PAGES)
        self.nav.setFixedWidth(widest + 3 * line + 2 * tokens.XL)
        self.nav.currentRowChanged.connect(self._show_row)
        # The first page is built on the next turn of the event loop: the window shows the
        # sections first, and unlocking blocks it twice for half as long, not once.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        QTimer.singleShot(0, self, lambda: self._show_row(self.nav.currentRow()))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        # The helper processes that draw charts (each loads matplotlib: a second of CPU) start
        # soon after unlocking, while the person is elsewhere: the first chart never waits.
        QTimer.singleShot(CHARTS_WARM_UP_MS, self, self._controller.warm_up_charts)

    def skill_right_now(self, name: str = "") -> None:
        """Open Skills with the short ones first, or start the named skill (by id or
        title, see AppController.find_skill) at once."""
        self.show_page("Skills")
        skills = self.pages.currentWidget()
        skills.set_right_now(True)
        if name:
            skills.start(self._controller.find_skill(name))

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

    def is_built(self, title: str) -> bool:
        return _row_of(title) in self._built

    def _show_row(self, row: int) -> None:
        self._build(row)
        self.pages.setCurrentIndex(row)

    def _build(self, row: int) -> None:
        if row in self._built:
            return
        info = PAGES[row]
        page = _page_for(info, self._controller, self)
        page.setObjectName(f"page-{info.title.lower().replace(' ', '-')}")
        stand_in = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self._built.add(row)


def _row_of(title: str) -> int:
    return next(row for row, info in enumerate(PAGES) if info.title == title)


_PAGE_CLASSES = {  # title: (module, class), imported when the page is first shown
    "Settings": ("settings", "SettingsPage"),
    "Safety plan": ("safety_plan", "SafetyPlanPage"),
    "Skills": ("skills", "SkillsPage"),
    "Journal": ("journal", "JournalPage"),
    "Goals": ("goals", "GoalsPage"),
    "Insights": ("insights", "InsightsPage"),
}


def _page_for(info: PageInfo, controller: AppController, shell: ShellView) -> QWidget:
    if info.title in _PAGE_CLASSES:
        module, name = _PAGE_CLASSES[info.title]
        return getattr(import_module(f"recoverydesk.ui.pages.{module}"), name)(controller)
    if info.title == "Today":
        today = TodayPage(controller)
        today.checkin_requested.connect(lambda: controller.checkin_requested.emit(0))
        today.journal_requested.connect(lambda: shell.show_page("Journal"))
        today.skill_requested.connect(shell.skill_right_now)
        today.ride_requested.connect(lambda: shell.skill_right_now(RIDE_IT_OUT_ID))
        today.plan_requested.connect(lambda: shell.show_page("Safety plan"))
        today.goal_requested.connect(shell.show_goal)
        return today
    return _upcoming(info)


def _upcoming(info: PageInfo) -> QWidget:
    page = QWidget()
    page.setAccessibleName(info.label)
    layout = QVBoxLayout(page)
    layout.addWidget(heading(info.label))
    layout.addWidget(paragraph(info.about_text))
    note = paragraph(QCoreApplication.translate(
        "ShellView", "This part of RecoveryDesk is still being built."))
    note.setAlignment(Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(note)
    layout.addStretch(1)
    return page
