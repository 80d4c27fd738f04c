"""Icons drawn straight from the Material Design Icons 6 font that qtawesome ships.

Importing qtawesome costs about 0.4 s of CPU (its Qt shim, qtpy, loads QtOpenGL and more)
and its first icon loads a dozen fonts: on the lock screen, for one "show passphrase" eye,
that was most of what start-up cost beyond a bare window. Here only the one font is loaded
and each glyph is drawn as qtawesome draws it (the glyph as text, centred, 0.875 of the icon's
height times the scale). Anything not found here (another prefix, a font missing from an
installation) falls back to qtawesome in icons.py.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "mdi6"
FONT_GLOB = "materialdesignicons6-webfont-*.ttf"
CHARMAP_GLOB = "materialdesignicons6-webfont-charmap-*.json"


class GlyphEngine(QIconEngine):
    """One glyph of the font in three colours (``colours``): normal; disabled; and checked,
    hovered or selected."""

    def __init__(self, family: str, char: str, colours: tuple[str, str, str],
                 scale: float) -> None:
        super().__init__()
        self._family, self._char, self._colours, self._scale = family, char, colours, scale

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State
              ) -> None:
        normal, disabled, on = self._colours
        if mode == QIcon.Mode.Disabled:
            colour = disabled
        elif mode == QIcon.Mode.Normal and state == QIcon.State.Off:
            colour = normal
        else:
            colour = on  # checked, hovered or selected, as qtawesome picks them
        painter.save()
        painter.setPen(QColor(colour))
        font = QFont(self._family)
        font.setPixelSize(max(1, round(0.875 * rect.height() * self._scale)))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self._family, self._char, self._colours, self._scale)


def glyph_icon(name: str, colour: str, disabled: str, active: str,
               scale: float) -> QIcon | None:
    """``name`` ("mdi6.eye-outline") as an icon, or None when it cannot be drawn here."""
    prefix, _, glyph = name.partition(".")
    font = _font() if prefix == PREFIX else None
    if font is None or glyph not in font[1]:
        return None
    family, charmap = font
    return QIcon(GlyphEngine(family, chr(int(charmap[glyph], 16)), (colour, disabled, active),
                             scale))


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    """The font's family name and its glyphs' code points (hex) by name, loaded once; None
    when missing. (Converted when asked for: the map holds thousands, the app uses dozens.)"""
    folder = _fonts_folder()
    if folder is None:
        return None
    fonts, charmaps = sorted(folder.glob(FONT_GLOB)), sorted(folder.glob(CHARMAP_GLOB))
    if not fonts or not charmaps:
        return None
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(fonts[-1])))
    if not families:
        return None
    return families[0], json.loads(charmaps[-1].read_text(encoding="utf-8"))


def _fonts_folder() -> Path | None:
    """qtawesome's fonts folder, found on the import path without importing qtawesome (or
    importlib.util, itself a cost on the lock screen)."""
    for entry in sys.path:
        folder = Path(entry or ".") / "qtawesome" / "fonts"
        if folder.is_dir():
            return folder
    return None
