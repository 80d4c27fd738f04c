"""About: version, licence, the data folder (with Open folder) and the sources we build on."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import APP_NAME, paths
from recoverydesk.help_content import AboutFacts
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.translation import translate


def credits_markdown(facts: AboutFacts) -> str:
    skills = "\n".join(f"- {source}" for source in facts.skill_sources)
    lines = "\n".join(
        f"- {s.what}: {s.where}" + (f" ({s.when})" if s.when else "")
        for s in facts.crisis_sources)
    return "\n\n".join((
        "### " + translate("AboutDialog", "What the skills are based on"),
        skills,
        "### " + translate("AboutDialog", "Where the crisis lines come from (checked on "
                                          "{date})").format(date=facts.crisis_checked_on),
        lines,
        "### " + translate("AboutDialog", "Third-party software"),
        translate("AboutDialog", "RecoveryDesk is built with Python, Qt (through PySide6, under "
                                 "the LGPL-3.0), SQLCipher, matplotlib and other open-source "
                                 "libraries. Their licences come with the app, in the "
                                 "`licences` folder beside it.")))


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.facts = facts
        title_row = QHBoxLayout()
        icon = paths.assets_dir() / "icons" / "recoverydesk-64.png"
        if icon.exists():
            picture = QLabel()
            picture.setPixmap(QPixmap(str(icon)))
            picture.setAccessibleName(self.tr("{app} icon").format(app=APP_NAME))
            title_row.addWidget(picture)
        title_row.addWidget(heading(f"{APP_NAME} {facts.version}"), 1)

        folder = paragraph(str(facts.data_dir), selectable=True)
        folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setEnabled(facts.data_dir.is_dir())
        self.open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(self.open_folder)

        self.credits = QTextBrowser()
        self.credits.setAccessibleName(self.tr("Sources and credits"))
        self.credits.setOpenLinks(False)
        self.credits.setMarkdown(credits_markdown(facts))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        help_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(paragraph(self.tr(
            "A private recovery companion. Everything stays on this computer, encrypted. "
            "{app} is not a therapist or an emergency service.").format(app=APP_NAME)))
        layout.addWidget(paragraph(self.tr(
            "Free software under the {licence} licence: you may use, share and change "
            "it under its terms.").format(licence=facts.licence)))
        layout.addWidget(paragraph(self.tr("Your data folder:")))
        layout.addLayout(folder_row)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def open_data_folder(self) -> None:
        """Shows the folder in the file manager (a local file URL: nothing leaves the computer)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.data_dir)))
