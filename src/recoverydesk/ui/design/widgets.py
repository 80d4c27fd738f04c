"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.translation import translate

UNDO_SECONDS = 15  # how long "Undo" stays after a delete


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def message_label() -> QLabel:
    """A label for kind messages (errors included): shown only when it has something to say."""
    label = paragraph("")
    label.setObjectName("message")
    label.setAccessibleName(translate("Widgets", "Message"))
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def centred_column(*widgets: QWidget, max_width: int = 600) -> QWidget:
    """A column of widgets centred in the page, as wide as reads comfortably.

    The column is not placed with an alignment flag: aligned widgets get their size hint's
    width, and word-wrapped labels in them are then cut short. Stretches either side let it
    grow to ``max_width`` and no further.
    """
    inner = QWidget()
    inner.setMaximumWidth(max_width)
    inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(inner)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)
    outer = QWidget()
    outer_layout = QVBoxLayout(outer)
    outer_layout.addStretch(1)
    outer_layout.addLayout(row)
    outer_layout.addStretch(2)
    return outer


def lay_out_form_dialog(dialog: QDialog, rows: list[tuple[str, QWidget]], message: QLabel,
                        on_accept, intro: str = "",
                        ok=QDialogButtonBox.StandardButton.Ok) -> None:
    """Intro, labelled fields, a message line and OK/Cancel: the shape of our small dialogs.

    ``on_accept`` checks the fields and calls ``dialog.accept()`` when they are fine.
    """
    layout = QVBoxLayout(dialog)
    if intro:
        layout.addWidget(paragraph(intro))
    form = QFormLayout()
    for label, field in rows:
        field.setAccessibleName(field.accessibleName() or label)
        form.addRow(label, field)
    layout.addLayout(form)
    layout.addWidget(message)
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    help_button(buttons)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def rating_box(top: int, what: str, value: int | None = None) -> QSpinBox:
    """A 0–``top`` number that can be left out: below 0 it reads "Skip"."""
    box = QSpinBox()
    box.setRange(-1, top)
    box.setSpecialValueText(translate("Widgets", "Skip"))
    box.setValue(-1 if value is None else value)
    box.setAccessibleName(what)
    return box


def rating_value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()
