"""Icons: one family (Material Design Icons 6, from the font qtawesome ships offline).

Pages ask for an icon by what it means (``icon("journal")``), never by the font's own name,
so the family can change in one place. Icons take the palette's text colour, so they read in
light and dark mode alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from recoverydesk import paths
from recoverydesk.ui.design.glyphs import glyph_icon
from recoverydesk.ui.design.palette import roles

NAMES = {
    "today": "mdi6.white-balance-sunny",
    "checkin": "mdi6.emoticon-outline",
    "journal": "mdi6.notebook-outline",
    "skills": "mdi6.meditation",
    "ride": "mdi6.waves",
    "plan": "mdi6.hand-heart-outline",
    "goals": "mdi6.flag-outline",
    "insights": "mdi6.chart-line",
    "settings": "mdi6.cog-outline",
    "help": "mdi6.lifebuoy",
    "lock": "mdi6.lock-outline",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "undo": "mdi6.undo",
    "search": "mdi6.magnify",
    "more": "mdi6.chevron-down",
    "less": "mdi6.chevron-up",
    "show": "mdi6.eye-outline",
    "hide": "mdi6.eye-off-outline",
    "done": "mdi6.check",
    "info": "mdi6.information-outline",
    "calm": "mdi6.leaf",
    "week": "mdi6.calendar-week",
    "play": "mdi6.play",
    "timer": "mdi6.timer-outline",
    "phone": "mdi6.phone-outline",
    "print": "mdi6.printer-outline",
    "export": "mdi6.export-variant",
}


def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of NAMES) in the current palette's colours."""
    r = roles()
    return _icon(NAMES[name], r.text, r.muted, r.on_accent)


SCALE = 1.15  # the glyph's size against the icon's (qtawesome's scale_factor)


@cache
def _icon(font_name: str, colour: str, disabled: str, active: str) -> QIcon:
    # Drawn from the font directly (glyphs.py): importing qtawesome costs the lock screen
    # about 0.4 s of CPU. qtawesome only for what that cannot draw.
    drawn = glyph_icon(font_name, colour, disabled, active, SCALE)
    if drawn is not None:
        return drawn
    import qtawesome

    return qtawesome.icon(font_name, color=colour, color_disabled=disabled,
                          color_on=active, color_on_active=active, scale_factor=SCALE)


@cache
def app_icon() -> QIcon:
    """Our own app icon (assets/icons), from the SVG and the PNGs drawn from it."""
    folder = paths.assets_dir() / "icons"
    result = QIcon()
    for png in sorted(folder.iterdir()):  # a listing: a glob compiles a regular expression
        if png.name.startswith("recoverydesk-") and png.suffix == ".png":
            result.addFile(str(png))
    result.addFile(str(folder / "recoverydesk.svg"))
    return result


# -- added for the Skills, Safety plan and Settings pages (design-pages) ----------------------
NAMES.update({
    "history": "mdi6.history",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "favourite": "mdi6.star-outline",
})
