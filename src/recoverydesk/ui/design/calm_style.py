"""Fusion with check boxes drawn in our colours and sized by the text."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from recoverydesk.ui.design.palette import roles


class CalmStyle(QProxyStyle):
    """Fusion, with check boxes drawn in our roles and sized by the text (Fusion's are a
    fixed 13 px, tiny at 200%, and nearly invisible on a dark palette)."""

    _INDICATORS = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight)

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric in self._INDICATORS and widget is not None:
            return max(base, round(widget.fontMetrics().height() * 0.95))
        return base

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            super().drawPrimitive(element, option, painter, widget)
            return
        r = roles()
        on = bool(option.state & QStyle.StateFlag.State_On)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = r.accent if on or option.state & QStyle.StateFlag.State_HasFocus else r.muted
        painter.setPen(QPen(QColor(edge if enabled else r.border), 1.5))
        painter.setBrush(QColor(r.accent if on and enabled else r.surface))
        painter.drawRoundedRect(box, 3, 3)
        if on:
            pen = QPen(QColor(r.on_accent if enabled else r.muted), max(1.5, box.width() / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            w, h, x, y = box.width(), box.height(), box.x(), box.y()
            painter.drawPolyline([QPointF(x + w * 0.24, y + h * 0.52),
                                  QPointF(x + w * 0.43, y + h * 0.71),
                                  QPointF(x + w * 0.77, y + h * 0.31)])
        painter.restore()


def use_calm_style(app: QApplication) -> None:
    """The app's style from now on (once: a later call changes nothing). Marked on the app,
    as ``app.style()`` answers with the style sheet's wrapper once a sheet is set."""
    if not app.property("recoverydeskCalmStyle"):
        app.setStyle(CalmStyle("Fusion"))
        app.setProperty("recoverydeskCalmStyle", True)
