""""How are you right now?": a check-in in two touches and a save.

Mood and the main urge are rows of numbers: a click or a digit each, then Save (or
Ctrl+Enter). "More" opens everything else on the same level: other urges, distress, emotions,
skills used, sleep, medication and a note. Everything can be skipped. Cancel, Esc and the
window's close button ask before dropping anything entered. A passing mouse wheel changes
nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.components import (
    Chip,
    FlowLayout,
    IconButton,
    RatingSegment,
    ignore_wheel,
    primary,
    scaled_font,
)
from recoverydesk.ui.design.icons import icon
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.presenters.pages import CheckInPresenter
from recoverydesk.ui.shell.help_access import help_button

SAVE_KEYS = "Ctrl+Return"
NEW_TITLE = QT_TRANSLATE_NOOP("CheckInDialog", "How are you right now?")  # shown through tr()
EDIT_TITLE = QT_TRANSLATE_NOOP("CheckInDialog", "Edit check-in")
DISCARD_QUESTION = QT_TRANSLATE_NOOP("CheckInDialog", "Leave this check-in without saving it?")


class CheckInDialog(QDialog):
    def __init__(self, lists: CheckInPresenter, existing: CheckIn | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr(EDIT_TITLE if existing else NEW_TITLE)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._lists = lists
        self._existing = existing
        start = existing or CheckIn(at=datetime.now().astimezone().replace(microsecond=0))
        self._start = start
        targets = lists.urge_targets()

        self.mood = RatingSegment(5, (self.tr("very low"), self.tr("very good")))
        self.mood.setAccessibleName(self.tr("Mood, 0 very low to 5 very good"))
        self.mood.setValue(start.mood)
        self.urge_rows: dict[str, tuple[RatingSegment, QCheckBox]] = {}
        self.urges_grid = QGridLayout()
        self.urges_grid.setHorizontalSpacing(tokens.M)
        main = QGridLayout()
        main.setHorizontalSpacing(tokens.M)
        main.setVerticalSpacing(tokens.M)
        self._add_row(main, self.tr("Mood"), self.mood)
        self._add_urge_row(targets[0], start.urge(targets[0]), main)

        self.more_button = QPushButton(icon("more"), self.tr("More"))
        self.more_button.setAutoDefault(False)
        self.more_button.setAccessibleName(self.tr("More: emotions, distress, skills, sleep, note"))
        self.more_button.clicked.connect(lambda: self.show_more(self.more.isHidden()))
        self.more = self._build_more(start, targets[1:])

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setSpacing(tokens.L)
        layout.setContentsMargins(tokens.XL, tokens.L, tokens.XL, tokens.L)
        layout.addWidget(heading(title, tokens.TYPE.headline))
        hint = paragraph(self.tr("Pick a number, or type it. Everything can be skipped. "
                                 "Save with {keys}.").format(
            keys=SAVE_KEYS.replace("Return", "Enter")))
        hint.setProperty("tone", "muted")
        layout.addWidget(hint)
        layout.addLayout(main)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.scroll = QScrollArea()  # the one scrolling area, for small screens and large text
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(column)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        help_button(self.buttons)
        self.save_button = primary(self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, tokens.M)
        outer.addWidget(self.scroll, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setContentsMargins(tokens.XL, 0, tokens.XL, 0)
        buttons_row.addWidget(self.buttons)
        outer.addLayout(buttons_row)
        QShortcut(QKeySequence(SAVE_KEYS), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)
        self.show_more(self._has_more(start))
        self.mood.setFocus()

    # -- building -------------------------------------------------------------------------

    @staticmethod
    def _add_row(grid: QGridLayout, text: str, field: QWidget, extra: QWidget | None = None):
        row = grid.rowCount()
        label = QLabel(text)
        label.setBuddy(field)
        label.setFont(scaled_font(label, 1.0, bold=True))
        label.setWordWrap(True)
        label.setFixedWidth(label.fontMetrics().height() * 9)  # one column across the groups
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(field, row, 1)
        if extra is not None:
            grid.addWidget(extra, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

    def _build_more(self, start: CheckIn, other_targets: list[str]) -> QWidget:
        self.when = QDateTimeEdit(QDateTime(start.at))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy, HH:mm")
        self.when.setAccessibleName(self.tr("Time"))
        self.distress = RatingSegment(10, (self.tr("calm"), self.tr("the most")))
        self.distress.setAccessibleName(self.tr("Distress, 0 calm to 10 the most"))
        self.distress.setValue(start.distress)
        for target in other_targets:
            self._add_urge_row(target, start.urge(target))
        self.emotion_boxes: dict[str, RatingSegment] = {}
        self.emotions_grid = QGridLayout()
        self.emotions_grid.setHorizontalSpacing(tokens.M)
        for name in self._lists.emotions():
            self._add_emotion(name, start.emotions.get(name))
        self.skills_box = QVBoxLayout()
        self.skill_chips: dict[str, Chip] = {}
        self._fill_skills(start.skills)
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(-0.5, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(self.tr("Skip"))
        self.sleep.setValue(-0.5 if start.sleep_hours is None else start.sleep_hours)
        self.sleep.setAccessibleName(self.tr("Hours of sleep"))
        self.medication = QComboBox()
        self.medication.addItems([self.tr("Skip"), self.tr("Yes"), self.tr("No")])
        self.medication.setCurrentIndex({None: 0, True: 1, False: 2}[start.medication])
        self.medication.setAccessibleName(self.tr("Medication taken"))
        ignore_wheel(self.when, self.sleep, self.medication)
        self.note = QPlainTextEdit(start.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 5)
        self.note.setAccessibleName(self.tr("Note"))
        own = IconButton("add", self.tr("Add your own urge, emotion or skill…"))
        own.clicked.connect(self._add_own)

        distress = QGridLayout()
        self._add_row(distress, self.tr("Distress"), self.distress)
        other = QFormLayout()
        other.addRow(self.tr("Hours of sleep"), self.sleep)
        other.addRow(self.tr("Medication taken"), self.medication)
        other.addRow(self.tr("Time"), self.when)
        other.addRow(self.tr("Note"), self.note)
        more = QWidget()
        more.setAccessibleName(self.tr("More"))
        layout = QVBoxLayout(more)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.L)
        for caption, part in ((self.tr("Other urges (0 none – 5 strongest)"), self.urges_grid),
                              ("", distress),
                              (self.tr("Emotions (0 none – 5 strongest)"), self.emotions_grid),
                              (self.tr("Skills used"), self.skills_box), ("", other)):
            if caption:
                layout.addWidget(heading(caption, tokens.TYPE.title))
            layout.addLayout(part)
        layout.addWidget(own, 0, Qt.AlignmentFlag.AlignLeft)
        return more

    def _add_urge_row(self, target: str, urge: Urge | None,
                      grid: QGridLayout | None = None) -> None:
        level = RatingSegment(5, (self.tr("none"), self.tr("strongest")))
        level.setAccessibleName(self.tr("Urge: {target}").format(target=core_tr(target)))
        level.setValue(urge.level if urge else None)
        acted = QCheckBox(self.tr("I acted on it"))
        acted.setAccessibleName(self.tr("Acted on the urge: {target}").format(
            target=core_tr(target)))
        acted.setToolTip(self.tr("Kept as it is, with no comment. It helps you and your therapist "
                         "see what was going on."))
        acted.setChecked(bool(urge and urge.acted))
        text = (self.tr("Urge to {target}").format(target=core_tr(target))
                if target == "self-harm" else _capitalized(core_tr(target)))
        self._add_row(grid or self.urges_grid, text, level, acted)
        self.urge_rows[target] = (level, acted)

    def _add_emotion(self, name: str, level: int | None) -> None:
        box = RatingSegment(5)
        box.setAccessibleName(self.tr("Emotion: {name}").format(name=core_tr(name)))
        box.setValue(level)
        self._add_row(self.emotions_grid, _capitalized(core_tr(name)), box)
        self.emotion_boxes[name] = box

    def _fill_skills(self, ticked) -> None:
        while self.skills_box.count():
            item = self.skills_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.skill_chips = {}
        for module, names in self._lists.skills().items():
            caption = QLabel(core_tr(module))
            caption.setProperty("tone", "muted")
            self.skills_box.addWidget(caption)
            holder = QWidget()
            flow = FlowLayout(holder)
            for name in names:
                chip = Chip(core_tr(name))
                chip.setAccessibleName(self.tr("Skill used: {name}").format(name=core_tr(name)))
                chip.setChecked(name in ticked)
                flow.addWidget(chip)
                self.skill_chips[name] = chip
            self.skills_box.addWidget(holder)

    @staticmethod
    def _has_more(start: CheckIn) -> bool:
        main = {start.urges[0].target} if start.urges else set()
        return bool(start.distress is not None or start.emotions or start.skills
                    or start.sleep_hours is not None or start.medication is not None
                    or start.note or {u.target for u in start.urges} - main)

    # -- acting -----------------------------------------------------------------------------

    def show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setText(self.tr("Less") if shown else self.tr("More"))
        self.more_button.setIcon(icon("less" if shown else "more"))
        self._fit()

    def _fit(self) -> None:
        """As tall as the content, within the screen's free area (then the one area scrolls)."""
        column = self.scroll.widget()
        column.adjustSize()
        line = self.fontMetrics().height()
        want_w = max(column.sizeHint().width() + 2 * line, line * 40)
        want_h = column.sizeHint().height() + self.buttons.sizeHint().height() + 3 * line
        screen = (self.parentWidget() or self).screen() or self.screen()
        free = screen.availableGeometry()
        self.resize(min(want_w, int(free.width() * 0.95)), min(want_h, int(free.height() * 0.9)))

    def ticked_skills(self) -> frozenset[str]:
        return frozenset(name for name, chip in self.skill_chips.items() if chip.isChecked())

    def tick_skill(self, name: str) -> None:
        self.skill_chips[name].setChecked(True)

    def _add_own(self) -> None:
        kinds = {self.tr("An urge to track"): "urge", self.tr("An emotion"): "emotion",
                 self.tr("A skill"): "skill"}
        kind, ok = QInputDialog.getItem(self, self.tr("Add your own"),
                                        self.tr("What would you like to add?"),
                                        list(kinds), 0, False)
        if not ok:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add your own"), self.tr("Its name:"))
        if ok and name.strip():
            self.add_own(kinds[kind], name.strip())

    def add_own(self, kind: str, name: str) -> None:
        self._lists.add(kind, name)
        if kind == "urge" and name not in self.urge_rows:
            self._add_urge_row(name, None)
        elif kind == "emotion" and name not in self.emotion_boxes:
            self._add_emotion(name, None)
        elif kind == "skill":
            self._fill_skills(self.ticked_skills())

    def has_input(self) -> bool:
        """True when anything beyond the starting values was entered."""
        now = self.checkin()
        start = self._start
        return (now.mood, now.distress, now.urges, now.emotions, now.skills, now.sleep_hours,
                now.medication, now.note) != (start.mood, start.distress, start.urges,
                                              start.emotions, start.skills, start.sleep_hours,
                                              start.medication, start.note)

    def cancel(self) -> None:
        """Cancel, Esc or the close button: asks first when something was entered."""
        if not self.has_input() or self.confirm_discard():
            self.reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave without saving?"),
                          self.tr(DISCARD_QUESTION), parent=self)
        box.setInformativeText(self.tr("What you entered here will not be kept."))
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Leave without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._ending = True  # saved, cancelled or closed by the app (locking): no question
        super().done(result)

    def closeEvent(self, event) -> None:
        if (not getattr(self, "_ending", False) and self.isVisible() and self.has_input()
                and not self.confirm_discard()):
            event.ignore()
            return
        super().closeEvent(event)

    def checkin(self) -> CheckIn:
        at = self.when.dateTime().toPython().astimezone().replace(microsecond=0)
        urges = tuple(Urge(target, level.value(), acted.isChecked())
                      for target, (level, acted) in self.urge_rows.items()
                      if level.value() is not None or acted.isChecked())
        emotions = {name: value for name, box in self.emotion_boxes.items()
                    if (value := box.value()) is not None}
        return CheckIn(
            at=at, mood=self.mood.value(), distress=self.distress.value(),
            urges=urges, emotions=emotions, skills=self.ticked_skills(),
            sleep_hours=None if self.sleep.value() < 0 else self.sleep.value(),
            medication={0: None, 1: True, 2: False}[self.medication.currentIndex()],
            note=self.note.toPlainText().strip(),
            id=self._existing.id if self._existing else None)


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]
