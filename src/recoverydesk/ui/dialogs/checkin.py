""""How are you right now?": a check-in in a few seconds, by keyboard alone.

Tab moves through the fields, Ctrl+Enter saves from anywhere, Esc closes without saving.
Everything but the time can be skipped.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
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
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.ui.design.widgets import paragraph, rating_box, rating_value
from recoverydesk.ui.presenters.pages import CheckInPresenter
from recoverydesk.ui.shell.help_access import help_button

SAVE_KEYS = "Ctrl+Return"


class CheckInDialog(QDialog):
    def __init__(self, lists: CheckInPresenter, existing: CheckIn | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("How are you right now?")
        self.setAccessibleName("Check-in")
        line = self.fontMetrics().height()  # sized by the font, so 200% text still fits
        self.resize(line * 38, line * 44)
        self._lists = lists
        self._existing = existing
        start = existing or CheckIn(at=datetime.now().astimezone().replace(microsecond=0))
        self._start = start

        self.when = QDateTimeEdit(QDateTime(start.at))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy, HH:mm")
        self.when.setAccessibleName("Time")
        self.mood = rating_box(5, "Mood, 0 very low to 5 very good", start.mood)
        self.distress = rating_box(10, "Distress, 0 calm to 10 the most", start.distress)
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(-0.5, 24)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText("Skip")
        self.sleep.setValue(-0.5 if start.sleep_hours is None else start.sleep_hours)
        self.sleep.setAccessibleName("Hours of sleep")
        self.medication = QComboBox()
        self.medication.addItems(["Skip", "Yes", "No"])
        self.medication.setCurrentIndex({None: 0, True: 1, False: 2}[start.medication])
        self.medication.setAccessibleName("Medication taken")
        self.note = QPlainTextEdit(start.note)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.setAccessibleName("Note")

        basics = QFormLayout()
        basics.addRow("Time", self.when)
        basics.addRow("Mood (0 very low – 5 very good)", self.mood)
        basics.addRow("Distress (0 calm – 10 the most)", self.distress)

        self.urge_rows: dict[str, tuple] = {}
        self.urges_box = QGroupBox("Urges (0 none – 5 strongest)")
        self.urges_grid = QGridLayout(self.urges_box)
        for target in lists.urge_targets():
            self._add_urge_row(target, start.urge(target))
        self.emotion_boxes: dict = {}
        self.emotions_box = QGroupBox("Emotions (0 none – 5 strongest)")
        self.emotions_grid = QGridLayout(self.emotions_box)
        for name in lists.emotions():
            self._add_emotion(name, start.emotions.get(name))
        self.skills = QListWidget()
        self.skills.setAccessibleName("Skills used")
        self.skills.setMinimumHeight(160)
        self._fill_skills(start.skills)

        other = QFormLayout()
        other.addRow("Hours of sleep", self.sleep)
        other.addRow("Medication taken", self.medication)
        other.addRow("Note", self.note)

        own = QPushButton("Add your own urge, emotion or skill…")
        own.clicked.connect(self._add_own)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(paragraph("Everything except the time can be skipped. "
                                   f"Save with {SAVE_KEYS.replace('Return', 'Enter')}."))
        layout.addLayout(basics)
        layout.addWidget(self.urges_box)
        layout.addWidget(self.emotions_box)
        layout.addWidget(QLabel("Skills used (Space ticks one)"))
        layout.addWidget(self.skills)
        layout.addLayout(other)
        layout.addWidget(own, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        help_button(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._set_tab_order()
        QShortcut(QKeySequence(SAVE_KEYS), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)
        self.mood.setFocus()

    def _set_tab_order(self) -> None:
        """The order a person reads the form in, whatever order it was built in."""
        chain = [self.when, self.mood, self.distress]
        for level, acted in self.urge_rows.values():
            chain += [level, acted]
        chain += list(self.emotion_boxes.values())
        chain += [self.skills, self.sleep, self.medication, self.note]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_urge_row(self, target: str, urge: Urge | None) -> None:
        row = self.urges_grid.rowCount()
        level = rating_box(5, f"Urge: {target}", urge.level if urge else None)
        acted = QCheckBox("acted on it")
        acted.setAccessibleName(f"Acted on the urge: {target}")
        acted.setChecked(bool(urge and urge.acted))
        self.urges_grid.addWidget(QLabel(target.capitalize()), row, 0)
        self.urges_grid.addWidget(level, row, 1)
        self.urges_grid.addWidget(acted, row, 2)
        self.urge_rows[target] = (level, acted)

    def _add_emotion(self, name: str, level: int | None) -> None:
        index = len(self.emotion_boxes)
        box = rating_box(5, f"Emotion: {name}", level)
        self.emotions_grid.addWidget(QLabel(name.capitalize()), index // 2, (index % 2) * 2)
        self.emotions_grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
        self.emotion_boxes[name] = box

    def _fill_skills(self, ticked) -> None:
        self.skills.clear()
        for module, names in self._lists.skills().items():
            header = QListWidgetItem(module)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.skills.addItem(header)
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in ticked
                                   else Qt.CheckState.Unchecked)
                self.skills.addItem(item)

    def ticked_skills(self) -> frozenset[str]:
        return frozenset(self.skills.item(i).text() for i in range(self.skills.count())
                         if self.skills.item(i).checkState() == Qt.CheckState.Checked)

    def tick_skill(self, name: str) -> None:
        for i in range(self.skills.count()):
            if self.skills.item(i).text() == name:
                self.skills.item(i).setCheckState(Qt.CheckState.Checked)
                return
        raise KeyError(name)

    def _add_own(self) -> None:
        kinds = {"An urge to track": "urge", "An emotion": "emotion", "A skill": "skill"}
        kind, ok = QInputDialog.getItem(self, "Add your own", "What would you like to add?",
                                        list(kinds), 0, False)
        if not ok:
            return
        name, ok = QInputDialog.getText(self, "Add your own", "Its name:")
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

    def checkin(self) -> CheckIn:
        at = self.when.dateTime().toPython().astimezone().replace(microsecond=0)
        urges = tuple(Urge(target, rating_value(level), acted.isChecked())
                      for target, (level, acted) in self.urge_rows.items()
                      if rating_value(level) is not None or acted.isChecked())
        emotions = {name: value for name, box in self.emotion_boxes.items()
                    if (value := rating_value(box)) is not None}
        return CheckIn(
            at=at, mood=rating_value(self.mood), distress=rating_value(self.distress),
            urges=urges, emotions=emotions, skills=self.ticked_skills(),
            sleep_hours=None if self.sleep.value() < 0 else self.sleep.value(),
            medication={0: None, 1: True, 2: False}[self.medication.currentIndex()],
            note=self.note.toPlainText().strip(),
            id=self._existing.id if self._existing else None)
