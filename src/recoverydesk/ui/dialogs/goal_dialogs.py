"""The goal editor (one field per SMART letter, each with a prompt and an example, and a
starting template) and the review dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.goals import TEMPLATES, Goal, Measure, MeasureKind, Review, smart_notes
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.shell.help_access import help_button

SAVE_KEYS = "Ctrl+Return"
REVIEW_WEEKS = 2  # the usual gap before looking at a goal again

# One row per SMART letter: the field, its prompt, and an example in our own words.
# (Marked here, shown through tr() in the GoalEditor context.)
SMART_FIELDS = (
    ("specific", "S", QT_TRANSLATE_NOOP("GoalEditor", "Specific: what exactly will you do?"),
     QT_TRANSLATE_NOOP("GoalEditor",
                       "e.g. Five minutes of paced breathing when I get home from work")),
    ("measurable", "M",
     QT_TRANSLATE_NOOP("GoalEditor", "Measurable: how will you know it's happening?"),
     QT_TRANSLATE_NOOP("GoalEditor", "e.g. I'll count it in my check-ins, three times a week")),
    ("achievable", "A",
     QT_TRANSLATE_NOOP("GoalEditor", "Achievable: what makes it doable right now?"),
     QT_TRANSLATE_NOOP("GoalEditor", "e.g. It's short, and I already know how")),
    ("relevant", "R", QT_TRANSLATE_NOOP("GoalEditor", "Relevant: why does it matter to you?"),
     QT_TRANSLATE_NOOP("GoalEditor", "e.g. Evenings are when things feel hardest")),
    ("time_bound", "T", QT_TRANSLATE_NOOP("GoalEditor", "Time-bound: by when, or for how long?"),
     QT_TRANSLATE_NOOP("GoalEditor", "e.g. For the next four weeks, then I'll look back")),
)


def local_today() -> date:
    return datetime.now().astimezone().date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date that can be left out: a tick box, then the date."""

    def __init__(self, label: str, value: date | None, default: date) -> None:
        super().__init__()
        self.use = QCheckBox(label)
        self.date = QDateEdit(_qdate(value or default))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName(label)
        self.date.setEnabled(value is not None)
        self.use.setChecked(value is not None)
        self.use.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.use)
        row.addWidget(self.date)
        row.addStretch(1)

    def value(self) -> date | None:
        return _pydate(self.date.date()) if self.use.isChecked() else None


class GoalEditor(QDialog):
    """One field per SMART letter, each with a prompt and an example; a starting template for
    new goals; the measure and the dates. Saving is never blocked: the notes only suggest."""

    def __init__(self, goal: Goal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your goal") if goal and goal.id else self.tr("A new goal"))
        self.setAccessibleName(self.tr("Goal editor"))
        line = self.fontMetrics().height()
        self.resize(line * 46, line * 50)
        self._original = goal or Goal()
        today = local_today()

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Start from"))
        self.template.addItem(self.tr("My own goal"), None)
        for template in TEMPLATES:
            self.template.addItem(core_tr(template.title), template)
        self.template.activated.connect(self._use_template)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Name of the goal"))
        self.title.setPlaceholderText(self.tr("A few words you'll recognise"))
        self.fields: dict[str, QLineEdit] = {}
        for key, letter, prompt, example in SMART_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr(example))
            edit.setAccessibleName(self.tr(prompt))
            edit.setObjectName(f"smart-{letter}")
            self.fields[key] = edit

        self.measure_kind = QComboBox()
        self.measure_kind.setAccessibleName(self.tr("What to count"))
        for kind in MeasureKind:
            self.measure_kind.addItem(core_tr(kind.label), kind)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 10000)
        self.target.setDecimals(0)
        self.target.setSpecialValueText(self.tr("No number yet"))
        self.target.setAccessibleName(self.tr("Aim for"))
        self.per = QComboBox()
        self.per.setAccessibleName(self.tr("How often"))
        self.per.addItem(self.tr("each week"), True)
        self.per.addItem(self.tr("in total"), False)
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("What you're counting"))
        self.unit.setPlaceholderText(self.tr("e.g. walks, pages, nights"))
        self.measure_kind.currentIndexChanged.connect(self._measure_changed)
        self.target_date = OptionalDate(self.tr("By"), None, today + timedelta(weeks=4))
        self.review_date = OptionalDate(self.tr("Look at it again on"), None,
                                        today + timedelta(weeks=REVIEW_WEEKS))

        self.notes = paragraph("")
        self.notes.setObjectName("message")
        self.notes.setAccessibleName(self.tr("Things you could add"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        if self._original.id is None:
            form.addRow(self.tr("Start from"), self.template)
        form.addRow(self.tr("Name"), self.title)
        for key, _letter, prompt, _example in SMART_FIELDS:
            form.addRow(self.tr(prompt), self.fields[key])
        counting = QHBoxLayout()
        counting.addWidget(self.target)
        counting.addWidget(self.per)
        counting.addWidget(self.unit, 1)
        form.addRow(self.tr("What to count"), self.measure_kind)
        form.addRow(self.tr("Aim for"), counting)
        form.addRow(self.tr("Dates"), self.target_date)
        form.addRow("", self.review_date)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading(self.windowTitle(), 1.3))
        inner_layout.addWidget(paragraph(
            self.tr("A goal you can see yourself doing. Fill in as much as helps; you can save at "
            "any point and come back.")))
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        help_button(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save ({keys})").format(keys=SAVE_KEYS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(SAVE_KEYS), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

        for edit in (self.title, *self.fields.values()):
            edit.textChanged.connect(self._show_notes)
        for box in (self.measure_kind, self.per):
            box.currentIndexChanged.connect(self._show_notes)
        self.target.valueChanged.connect(self._show_notes)
        self.target_date.use.toggled.connect(self._show_notes)
        self._fill(self._original)
        (self.template if self._original.id is None else self.title).setFocus()

    def _fill(self, goal: Goal) -> None:
        self.title.setText(goal.title)
        for key, edit in self.fields.items():
            edit.setText(getattr(goal, key))
        self.measure_kind.setCurrentIndex(self.measure_kind.findData(goal.measure.kind))
        self.target.setValue(goal.measure.target or 0)
        self.per.setCurrentIndex(0 if goal.measure.per_week else 1)
        self.unit.setText(goal.measure.unit)
        for widget, value in ((self.target_date, goal.target_date),
                              (self.review_date, goal.review_date)):
            widget.use.setChecked(value is not None)
            if value is not None:
                widget.date.setDate(_qdate(value))
        self._measure_changed()
        self._show_notes()

    def _use_template(self) -> None:
        template = self.template.currentData()
        if template is not None:
            self._fill(replace(template,
                               review_date=local_today() + timedelta(weeks=REVIEW_WEEKS)))

    def _measure_changed(self) -> None:
        kind = self.measure_kind.currentData()
        self.unit.setVisible(kind is MeasureKind.MANUAL)
        self.per.setVisible(kind is not None and kind.linked)
        self.target.setEnabled(kind is not MeasureKind.NONE)

    def goal(self) -> Goal:
        kind = self.measure_kind.currentData()
        start = self._original
        steps = start.steps
        template = self.template.currentData()
        if start.id is None and template is not None:
            steps = template.steps
        return replace(
            start, title=self.title.text().strip(),
            **{key: edit.text().strip() for key, edit in self.fields.items()},
            target_date=self.target_date.value(), review_date=self.review_date.value(),
            steps=steps,
            measure=Measure(kind, target=self.target.value() or None,
                            per_week=kind.linked and self.per.currentData(),
                            unit=self.unit.text().strip() if kind is MeasureKind.MANUAL else "",
                            value=start.measure.value))

    def has_input(self) -> bool:
        return any(e.text().strip() for e in (self.title, *self.fields.values()))

    def _show_notes(self) -> None:
        notes = smart_notes(self.goal(), local_today())
        self.notes.setText(
            self.tr("Some things you could add (saving is fine either way):") + "\n"
            + "\n".join(f"• {n.letter}: {core_tr(n.text)}" for n in notes) if notes else
            self.tr("This goal says what, how you'll know, why it matters and when. "
                    "You can change any of it later."))


class ReviewDialog(QDialog):
    """A short, dated reflection: what went well, what got in the way, the next small step."""

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A look at your goal"))
        self.setAccessibleName(self.tr("Review"))
        line = self.fontMetrics().height()
        self.resize(line * 36, line * 34)
        self.went_well = self._box(self.tr("What went well?"),
                                   self.tr("Even something small counts."))
        self.in_the_way = self._box(self.tr("What got in the way?"),
                                    self.tr("No judgement: just what happened."))
        self.next_step = self._box(self.tr("The next small step"),
                                   self.tr("Something you could do this week."))
        self.add_step = QCheckBox(self.tr("Add it to my steps"))
        self.add_step.setChecked(True)
        next_look = local_today() + timedelta(weeks=REVIEW_WEEKS)
        self.look_again = OptionalDate(self.tr("Look at it again on"), next_look, next_look)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("What went well?"), self.went_well)
        form.addRow(self.tr("What got in the way?"), self.in_the_way)
        form.addRow(self.tr("The next small step"), self.next_step)
        form.addRow("", self.add_step)
        form.addRow("", self.look_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        help_button(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(SAVE_KEYS), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(goal.name, 1.2))
        layout.addWidget(paragraph(self.tr("Any of these can stay empty.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.went_well.setFocus()

    def _box(self, name: str, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(hint)
        box.setAccessibleName(name)
        box.setMaximumHeight(self.fontMetrics().height() * 5)
        return box

    def review(self) -> Review:
        return Review(datetime.now().astimezone().replace(microsecond=0),
                      self.went_well.toPlainText(), self.in_the_way.toPlainText(),
                      self.next_step.toPlainText())

    def has_input(self) -> bool:
        return not self.review().empty
