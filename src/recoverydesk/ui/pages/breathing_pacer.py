"""The breathing pacer: a soft circle that grows and shrinks, or a counting bar."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from recoverydesk.skills.engine import BreathPhase
from recoverydesk.ui.core_text import core_tr


class _Circle(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_fraction = 0.0
        self.setMinimumSize(QSize(160, 160))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        smallest, largest = side * 0.18, side * 0.48
        radius = smallest + (largest - smallest) * self.size_fraction
        centre = QPointF(self.width() / 2, self.height() / 2)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        outline = QColor(colour)
        colour.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)


class BreathingPacer(QWidget):
    """Shows one ``BreathPhase``. With reduce motion, a bar that fills as you count."""

    def __init__(self, reduce_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.phase_label = QLabel()
        self.phase_label.setObjectName("breathPhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.phase_label.setFont(font)
        self.circle = _Circle()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(self.tr("Breath count"))
        self.shapes = QStackedWidget()
        self.shapes.addWidget(self.circle)
        self.shapes.addWidget(self.bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.shapes, 1)
        self.set_reduce_motion(reduce_motion)

    def set_reduce_motion(self, on: bool) -> None:
        self.reduce_motion = on
        self.shapes.setCurrentWidget(self.bar if on else self.circle)

    def show_phase(self, phase: BreathPhase | None) -> None:
        if phase is None:
            self.phase_label.setText("")
            return
        count = max(1, math.ceil(phase.seconds_left - 1e-9))
        name = core_tr(phase.name)
        self.phase_label.setText(f"{name} … {count}")
        self.bar.setValue(int(phase.progress * 100))
        self.bar.setFormat(f"{name}: {count}")
        self.circle.size_fraction = phase.size
        self.circle.update()
