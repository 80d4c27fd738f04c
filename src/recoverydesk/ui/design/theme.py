"""A calm look: soft colours, generous spacing, and a crisis button that is easy to find.

Colours come from the palette where they can, so dark mode and high-contrast themes work.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
#topBar { border-bottom: 1px solid palette(mid); }
#crisisButton {
    background: #2f6f8f; color: white; font-weight: bold;
    padding: 6px 16px; border-radius: 6px;
}
#crisisButton:focus { outline: 2px solid palette(highlight); }
#message { color: palette(text); background: palette(alternate-base);
           border-radius: 6px; padding: 8px; }
#emergencyCard { border: 2px solid #2f6f8f; border-radius: 8px; }
#planCard { border: 2px solid palette(highlight); border-radius: 8px; }
#lineCard { border: 1px solid palette(mid); border-radius: 8px; }
QLineEdit { padding: 6px; }
QPushButton { padding: 6px 14px; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyleSheet(STYLE)
