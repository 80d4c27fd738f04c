"""The one place the look is set: Fusion with our palette, and one style sheet.

Pages and dialogs never style themselves: they set an object name (``card``, ``chip``) or a
property (``kind="done"``, ``tone="muted"``) and this sheet chooses how it looks. The colour
scheme follows the system's (light or dark) and changes with it while the app runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.icons import app_icon
from recoverydesk.ui.design.palette import (
    DARK,
    LIGHT,
    Roles,
    qpalette,
    set_current,
    system_prefers_dark,
)


def style_sheet(r: Roles) -> str:
    radius, small = tokens.RADIUS, tokens.RADIUS_SMALL
    return f"""
#topBar {{ border-bottom: 1px solid {r.border}; background: {r.window}; }}
#crisisButton {{
    background: {r.crisis}; color: {r.on_crisis}; font-weight: bold; border: none;
    padding: 6px 16px; border-radius: {radius}px;
}}
#crisisButton:hover {{ background: {r.accent}; color: {r.on_accent}; }}
#crisisButton:focus {{ outline: 2px solid {r.accent}; border: 2px solid {r.text}; }}
#message {{ color: {r.text}; background: {r.surface_alt}; border-radius: {radius}px;
           padding: 8px; }}
#status {{ border-radius: {radius}px; padding: 6px 10px; color: {r.text};
          background: {r.surface_alt}; }}
#status[kind="done"] {{ color: {r.done_text}; background: {r.done_bg}; }}
#status[kind="warn"] {{ color: {r.warn_text}; background: {r.warn_bg}; }}
#emergencyCard {{ border: 2px solid {r.crisis}; border-radius: {radius}px; }}
#planCard {{ border: 2px solid {r.accent}; border-radius: {radius}px; }}
#lineCard {{ border: 1px solid {r.border}; border-radius: {radius}px; }}
#card, #checkinCard, #dayCard {{ background: {r.surface}; border: 1px solid {r.border};
                                border-radius: {radius}px; }}
#card QLabel, #checkinCard QLabel, #dayCard QLabel {{ background: transparent; }}
#pageSubtitle, #scaleEnd, #emptyText, QLabel[tone="muted"] {{ color: {r.muted}; }}
QLabel[tone="strong"] {{ font-weight: bold; }}
#sidebar {{ background: {r.surface_alt}; border: none; border-right: 1px solid {r.border};
           padding: 6px 4px; outline: none; }}
#sidebar::item {{ padding: 8px 10px; border-radius: {small}px; color: {r.text}; }}
#sidebar::item:selected {{ background: {r.accent}; color: {r.on_accent}; }}
#sidebar::item:hover:!selected {{ background: {r.surface}; }}
QPushButton {{ padding: 6px 14px; border-radius: {small}px; background: {r.surface};
               color: {r.text}; border: 1px solid {r.border}; }}
QPushButton:hover {{ border-color: {r.accent}; }}
QPushButton:pressed, QPushButton:checked {{ background: {r.surface_alt}; }}
QPushButton:focus {{ border: 2px solid {r.accent}; }}
QPushButton:disabled {{ color: {r.muted}; background: {r.surface_alt}; }}
QPushButton#primary {{ background: {r.accent}; color: {r.on_accent};
    border: 1px solid {r.accent}; font-weight: bold; }}
QPushButton#primary:focus {{ border: 2px solid {r.text}; }}
QPushButton#primary:disabled {{ background: {r.surface_alt}; color: {r.muted};
    border-color: {r.border}; }}
#rating {{ border: 2px solid transparent; border-radius: {radius}px; }}
#rating:focus {{ border: 2px solid {r.accent}; }}
QPushButton#segment {{ background: {r.surface_alt}; color: {r.text}; border: 1px solid
    {r.border}; border-radius: {small}px; padding: 5px 0; font-weight: bold; }}
QPushButton#segment:hover {{ border-color: {r.accent}; }}
QPushButton#segment:checked {{ background: {r.accent}; color: {r.on_accent};
                               border-color: {r.accent}; }}
QPushButton#chip {{ background: {r.surface_alt}; color: {r.text}; border: 1px solid {r.border};
                   border-radius: 13px; padding: 4px 12px; }}
QPushButton#chip:checked {{ background: {r.accent}; color: {r.on_accent};
                            border-color: {r.accent}; }}
QPushButton#chip:focus, QPushButton#segment:focus {{ border: 2px solid {r.text}; }}
QPushButton#iconOnly {{ padding: 6px; }}
QPushButton#link {{ border: none; background: transparent;
    color: {r.accent}; text-decoration: underline; padding: 4px; }}
QPushButton#link:focus {{ outline: 2px solid {r.accent}; }}
QLineEdit {{ padding: 6px; border-radius: {small}px; border: 1px solid {r.border};
            background: {r.surface}; }}
QLineEdit:focus {{ border: 2px solid {r.accent}; }}
#emptyState {{ background: transparent; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Our style (Fusion with calm check boxes), our palette (light or dark: the system's
    choice unless ``dark`` says) and the sheet. Follows the system when its colour scheme
    changes later."""
    from recoverydesk.ui.design.calm_style import use_calm_style

    use_calm_style(app)
    apply_colours(app, dark)


def apply_colours(app: QApplication, dark: bool | None = None) -> None:
    """``apply_theme`` without the style: the app starts with Fusion chosen on its command
    line (app.py) and takes the calm style once its first window has painted, as loading
    QStyle's Python type costs 10-15 ms the lock screen need not wait for."""
    chosen = (DARK if system_prefers_dark() else LIGHT) if dark is None else \
        (DARK if dark else LIGHT)
    set_current(chosen)
    app.setPalette(qpalette(chosen))
    app.setStyleSheet(style_sheet(chosen))
    app.setWindowIcon(app_icon())
    if dark is None and not app.property("recoverydeskFollowsScheme"):
        app.setProperty("recoverydeskFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_colours(app))
