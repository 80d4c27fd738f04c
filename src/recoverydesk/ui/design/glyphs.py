"""Icons drawn straight from the Material Design Icons 6 font that qtawesome ships.

Importing qtawesome costs about 0.4 s of CPU (its Qt shim, qtpy, loads QtOpenGL and more)
and its first icon loads a dozen fonts: on the lock screen, for one "show passphrase" eye,
that was most of what start-up cost beyond a bare window. Here only the one font is loaded
and each glyph is drawn as qtawesome draws it (the glyph as text, centred, 0.875 of the icon's
height times the scale). Anything not found here (another prefix, a font missing from an
installation) falls back to qtawesome in icons.py.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

from recoverydesk.ui.design.glyph_codes import CODES

PREFIX = "mdi6"
FONT_START, FONT_END = "materialdesignicons6-webfont-", ".ttf"  # the charmap ends in .json


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
    family = _font_family() if prefix == PREFIX and glyph in CODES else None
    if family is None:
        return None
    return QIcon(GlyphEngine(family, chr(CODES[glyph]), (colour, disabled, active), scale))


@cache
def _font_family() -> str | None:
    """The font's family name, loaded once; None when the font is missing."""
    path = font_file()
    if path is None:
        return None
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    return families[0] if families else None


def font_file() -> Path | None:
    """The newest Material Design Icons 6 font in qtawesome's fonts folder (a listing, not a
    glob: a pattern is compiled to a regular expression, a cost at start-up)."""
    folder = _fonts_folder()
    if folder is None:
        return None
    fonts = sorted(path for path in folder.iterdir()
                   if path.name.startswith(FONT_START) and path.name.endswith(FONT_END))
    return fonts[-1] if fonts else None


def _fonts_folder() -> Path | None:
    """qtawesome's fonts folder, found on the import path without importing qtawesome (or
    importlib.util, itself a cost on the lock screen)."""
    for entry in sys.path:
        folder = Path(entry or ".") / "qtawesome" / "fonts"
        if folder.is_dir():
            return folder
    return None
