"""Colour roles: our calm palette, light and dark, and how they reach Qt.

Pages never name a colour. They ask for a role (``roles().muted``) or, better, set an object
name or property that design/theme.py styles. The contrast of every text/background pair is
checked against WCAG AA by tests/ui/test_design.py, using ``contrast_ratio`` below.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Roles:
    dark: bool
    window: str  # the page background
    surface: str  # cards, fields, lists
    surface_alt: str  # quiet fills: the sidebar, messages, unselected segments
    text: str
    muted: str  # captions, hints, scale ends
    border: str
    accent: str  # selection, the chosen segment, focus, links
    on_accent: str  # text on the accent
    crisis: str  # "Get help now": steady and easy to find, never alarm red
    on_crisis: str
    done_bg: str  # "Saved." and friends
    done_text: str
    warn_bg: str  # something needs a look (never an error colour)
    warn_text: str
    mark_mood: str  # Today's week marks
    mark_urge: str  # a calm violet: urges are shown as they are, not as danger


LIGHT = Roles(
    dark=False, window="#f5f6f8", surface="#ffffff", surface_alt="#e9edf1", text="#1d2733",
    muted="#4f5b67", border="#c9d1d9", accent="#2c6a88", on_accent="#ffffff",
    crisis="#1f5f7a", on_crisis="#ffffff", done_bg="#e1f0e6", done_text="#1c4a2c",
    warn_bg="#f8ecd2", warn_text="#574008", mark_mood="#2c6a88", mark_urge="#7a5fa6")

DARK = Roles(
    dark=True, window="#1a1d22", surface="#22262d", surface_alt="#2c323a", text="#e7eaee",
    muted="#a7b0ba", border="#434a54", accent="#77b7d6", on_accent="#0f1e26",
    crisis="#3b87a8", on_crisis="#0b1419", done_bg="#1f3a29", done_text="#cfe8d7",
    warn_bg="#3d3218", warn_text="#f1dcaa", mark_mood="#77b7d6", mark_urge="#b39ddb")

# (text, background) pairs that must read at WCAG AA (4.5:1).
TEXT_PAIRS = (
    ("text", "window"), ("text", "surface"), ("text", "surface_alt"), ("muted", "window"),
    ("muted", "surface"), ("muted", "surface_alt"), ("on_accent", "accent"),
    ("on_crisis", "crisis"), ("done_text", "done_bg"), ("warn_text", "warn_bg"),
    ("accent", "surface"), ("accent", "window"),
)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours, 1.0 to 21.0."""
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def system_prefers_dark() -> bool:
    """The system colour scheme; where the platform does not say, the current palette decides."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


_current: Roles | None = None


def roles(palette: QPalette | None = None) -> Roles:
    """The roles in use: the ones the theme applied, else chosen from ``palette``'s lightness."""
    if palette is not None:
        return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT
    if _current is not None:
        return _current
    return DARK if system_prefers_dark() else LIGHT


def set_current(chosen: Roles) -> None:
    global _current
    _current = chosen


def qpalette(r: Roles) -> QPalette:
    """A full QPalette from the roles, so plain Qt widgets (Fusion) match our components."""
    p = QPalette()
    role = QPalette.ColorRole
    for qt_role, colour in (
            (role.Window, r.window), (role.WindowText, r.text), (role.Base, r.surface),
            (role.AlternateBase, r.surface_alt), (role.Text, r.text), (role.Button, r.surface_alt),
            (role.ButtonText, r.text), (role.Highlight, r.accent),
            (role.HighlightedText, r.on_accent), (role.Mid, r.border), (role.Dark, r.border),
            (role.Midlight, r.surface_alt), (role.Light, r.surface), (role.Shadow, r.border),
            (role.PlaceholderText, r.muted), (role.ToolTipBase, r.surface),
            (role.ToolTipText, r.text), (role.Link, r.accent), (role.LinkVisited, r.accent),
            (role.BrightText, r.on_accent)):
        p.setColor(qt_role, QColor(colour))
    muted = QColor(r.muted)
    for qt_role in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, qt_role, muted)
    return p


def role_names() -> list[str]:
    return [f.name for f in fields(Roles) if f.name != "dark"]
