"""The crisis panel: the emergency number first, then the lines for the person's country.

It opens from every screen, the lock screen included, and shows nothing private.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.crisis import CrisisDirectory, CrisisLine, crisis_words, sms_url, tel_url
from recoverydesk.safety_plan import Contact, skill_title
from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_ID
from recoverydesk.ui.clipboard import copy_private
from recoverydesk.ui.controller import PersonalHelp
from recoverydesk.ui.design.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.presenters.support import line_key
from recoverydesk.ui.translation import current_language

# A way to reach a number: the button's verb and the number's line, marked for translation
# here and translated where shown (CrisisPanel context).
CALL = (QT_TRANSLATE_NOOP("CrisisPanel", "Call"),
        QT_TRANSLATE_NOOP("CrisisPanel", "Call {number}"))
TEXT = (QT_TRANSLATE_NOOP("CrisisPanel", "Text"),
        QT_TRANSLATE_NOOP("CrisisPanel", "Text {number}"))


def lead_text(directory: CrisisDirectory, country: str) -> str:
    number = directory.emergency_number(country) if country else None
    if number:
        return QCoreApplication.translate(
            "CrisisPanel", "If you are in immediate danger, call {number} now.").format(
            number=number)
    return QCoreApplication.translate(
        "CrisisPanel", "If you are in immediate danger, call your local emergency number now.")


class CrisisPanel(QDialog):
    """Shows; the window's controller does the keeping (hiding and adding lines)."""

    country_chosen = Signal(str)
    hide_requested = Signal(object)  # a shipped CrisisLine
    unhide_all_requested = Signal()
    add_line_requested = Signal(dict)  # name, phone, sms, hours
    remove_line_requested = Signal(int)  # an own line's id
    skill_requested = Signal(str)  # an exercise title, or "" for the short ones first

    def __init__(self, directory: CrisisDirectory, country: str, parent: QWidget | None = None,
                 personal: PersonalHelp | None = None, lock_card: str = "") -> None:
        super().__init__(parent)
        self._words = crisis_words(current_language())  # names and hours as the window speaks
        self._personal = personal
        self._lock_card = lock_card
        self.setWindowTitle(self.tr("Help right now"))
        self.setAccessibleName(self.tr("Help right now"))
        self.setModal(True)
        self.resize(620, 720)
        self._directory = directory
        self.country = country

        self._lead = heading("", 1.4)
        self._lead.setObjectName("crisisLead")
        self._country = QComboBox()
        self._country.setAccessibleName(self.tr("Country for crisis lines"))
        self._country.addItem(self.tr("Choose your country…"), "")
        for code in directory.countries():
            self._country.addItem(self._words.country(code), code)
        self._country.currentIndexChanged.connect(self._country_picked)

        self._lines = QVBoxLayout()
        self._lines.setSpacing(10)
        lines_box = QWidget()
        lines_box.setLayout(self._lines)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lines_box)

        self._status = paragraph("")
        self._status.setObjectName("crisisStatus")
        self._status.setAccessibleName(self.tr("Status"))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        country_row = QHBoxLayout()
        country_row.addWidget(QLabel(self.tr("Lines for:")))
        country_row.addWidget(self._country, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._lead)
        layout.addWidget(paragraph(self.tr(
            "RecoveryDesk is not an emergency service. The lines below are run by people "
            "who are there to listen and help. You can call even if you're not sure it's "
            "serious enough."
        )))
        layout.addLayout(country_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._status)
        layout.addWidget(close)

        index = self._country.findData(country)
        self._country.setCurrentIndex(max(index, 0))
        self._show_lines()

    # -- what it shows --------------------------------------------------------------------

    def _country_picked(self) -> None:
        self.country = self._country.currentData() or ""
        self._show_lines()
        self.country_chosen.emit(self.country)

    def _show_lines(self) -> None:
        _empty_layout(self._lines)
        self._lead.setText(lead_text(self._directory, self.country))
        personal = self._personal
        if personal is None and self._lock_card:
            self._lines.addWidget(self._note_card(self._lock_card))
        if personal is not None:
            self._add_personal(personal)
        if self.country:
            if personal is not None:
                for line in personal.own_lines:
                    self._lines.addWidget(self._line_card(line))
            hidden = personal.hidden if personal is not None else set()
            shown = [line for line in self._directory.lines_for(self.country)
                     if line_key(line) not in hidden]
            for line in shown:
                self._lines.addWidget(self._line_card(line))
            if personal is not None:
                self._lines.addLayout(self._line_tools(len(hidden)))
        else:
            self._lines.addWidget(paragraph(self.tr(
                "Choose your country above to see crisis lines you can call or text.")))
        for directory in self._directory.directories:
            text = (self.tr("Somewhere else? {name} lists helplines in many countries: {url} "
                            "(needs the internet).") if directory.requires_internet else
                    self.tr("Somewhere else? {name} lists helplines in many countries: {url}."))
            self._lines.addWidget(paragraph(
                text.format(name=directory.name, url=directory.url), selectable=True))
        self._lines.addWidget(paragraph(self.tr(
            "These numbers were checked against each service's own page on {date}. "
            "The source of each is under its number.").format(date=self._directory.checked_on),
            selectable=True))
        self._lines.addStretch(1)

    def set_personal(self, personal: PersonalHelp | None) -> None:
        self._personal = personal
        self._show_lines()

    def _add_personal(self, personal: PersonalHelp) -> None:
        box = QFrame()
        box.setObjectName("planCard")
        layout = QVBoxLayout(box)
        layout.addWidget(heading(self.tr("From your safety plan"), 1.1))
        skill = QPushButton(self.tr("Do a skill now"))
        skill.clicked.connect(lambda: self.skill_requested.emit(""))
        ride = QPushButton(self.tr("Ride out an urge: 5 or 15 minutes"))
        ride.clicked.connect(lambda: self.skill_requested.emit(RIDE_IT_OUT_ID))
        buttons = QHBoxLayout()
        buttons.addWidget(skill)
        buttons.addWidget(ride)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if personal.coping:
            layout.addWidget(paragraph(self.tr("Things you can do right now:")))
            for step in personal.coping:
                item = paragraph(f"•  {step}")
                item.setObjectName("planStep")
                title = skill_title(step)
                if title is None:
                    layout.addWidget(item)
                    continue
                row = QHBoxLayout()
                row.addWidget(item, 1)
                start = QPushButton(self.tr("Start"))
                start.setAccessibleName(self.tr("Start {skill}").format(skill=title))
                start.clicked.connect(lambda _=False, t=title: self.skill_requested.emit(t))
                row.addWidget(start)
                layout.addLayout(row)
        for contact in personal.contacts:
            layout.addWidget(self._contact_row(contact))
        self._lines.addWidget(box)

    def _contact_row(self, contact: Contact) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 0)
        name = QLabel(contact.name + (f" — {contact.notes}" if contact.notes else ""))
        name.setWordWrap(True)
        name.setProperty("tone", "strong")  # styled in ui/design/theme.py
        layout.addWidget(name)
        if contact.phone:
            layout.addLayout(self._number_row(CALL, contact.phone, None,
                                              tel_url(contact.phone)))
        if contact.sms:
            layout.addLayout(self._number_row(TEXT, contact.sms, None,
                                              sms_url(contact.sms)))
        return row

    def _note_card(self, text: str) -> QFrame:
        card = QFrame()
        card.setObjectName("planCard")
        layout = QVBoxLayout(card)
        note = paragraph(text)
        note.setObjectName("lockCard")
        layout.addWidget(note)
        return card

    def _line_tools(self, hidden_count: int) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add your own line…"))
        add.clicked.connect(self._ask_for_line)
        row.addWidget(add)
        if hidden_count:
            unhide = QPushButton(self.tr("Show hidden lines (%n)", "", hidden_count))
            unhide.clicked.connect(self.unhide_all_requested)
            row.addWidget(unhide)
        row.addStretch(1)
        return row

    def _ask_for_line(self) -> None:
        dialog = OwnLineDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_line_requested.emit(dialog.values())

    def _line_card(self, line: CrisisLine) -> QFrame:
        card = QFrame()
        card.setObjectName("emergencyCard" if line.is_emergency else "lineCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        shown = self._words.line(line)
        title = QLabel(shown.name)
        title.setWordWrap(True)
        title.setProperty("tone", "strong")  # styled in ui/design/theme.py
        layout.addWidget(title)
        for verb, number, url in ((CALL, line.phone, line.tel_url()),
                                  (TEXT, line.sms, line.sms_url())):
            if number:
                layout.addLayout(self._number_row(verb, number, line.sms_keyword
                                                  if verb is TEXT else None, url))
        details = " · ".join(part for part in (shown.hours, shown.audience) if part)
        if details:
            layout.addWidget(paragraph(details))
        if line.is_own:
            mine = QHBoxLayout()
            mine.addWidget(paragraph(self.tr("Added by you.")), 1)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=line.name))
            remove.clicked.connect(lambda: self.remove_line_requested.emit(line.own_id))
            mine.addWidget(remove)
            layout.addLayout(mine)
            return card
        source = paragraph(self.tr("Source: {url} ({date})").format(
            url=line.source_url, date=line.source_date), selectable=True)
        source.setObjectName("source")
        if self._personal is None or line.is_emergency:  # emergency numbers cannot be hidden
            layout.addWidget(source)
            return card
        bottom = QHBoxLayout()
        bottom.addWidget(source, 1)
        hide = QPushButton(self.tr("Hide"))
        hide.setAccessibleName(self.tr("Hide {name}").format(name=line.name))
        hide.clicked.connect(lambda: self.hide_requested.emit(line))
        bottom.addWidget(hide)
        layout.addLayout(bottom)
        return card

    def _number_row(self, verb: tuple[str, str], number: str, keyword: str | None,
                    url: str) -> QHBoxLayout:
        row = QHBoxLayout()
        verb_text = QCoreApplication.translate("CrisisPanel", verb[0])
        text = (QCoreApplication.translate("CrisisPanel", verb[1]) if not keyword else
                self.tr("Text {number}, send {keyword}")).format(number=number, keyword=keyword)
        shown = QLabel(text)
        shown.setObjectName("number")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = shown.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        shown.setFont(font)
        row.addWidget(shown, 1)
        act = QPushButton(verb_text)
        act.setAccessibleName(text)
        act.clicked.connect(lambda: self.open_link(url, number))
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy {number}").format(number=number))
        copy.clicked.connect(lambda: self.copy_number(number))
        row.addWidget(act)
        row.addWidget(copy)
        return row

    # -- actions --------------------------------------------------------------------------

    def copy_number(self, number: str) -> None:
        copy_private(number)
        self._status.setText(self.tr("Copied {number}.").format(number=number))

    def open_link(self, url: str, number: str) -> None:
        if QDesktopServices.openUrl(QUrl(url)):
            self._status.setText(self.tr("Opening {number} in your calling app…").format(
                number=number))
        else:
            copy_private(number)
            self._status.setText(self.tr(
                "This computer has no app for that, so {number} is copied: "
                "you can dial it from a phone.").format(number=number))


def _empty_layout(layout) -> None:
    """Take everything out of ``layout`` (widgets deleted, inner layouts too); keep it."""
    while layout.count():
        item = layout.takeAt(0)
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            _empty_layout(inner)
            inner.deleteLater()


class OwnLineDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add your own line"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Number to call"))
        self.sms = QLineEdit()
        self.sms.setAccessibleName(self.tr("Number to text"))
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("Hours"))
        self.message = message_label()
        lay_out_form_dialog(self, [(self.tr("Name"), self.name),
                                   (self.tr("Number to call"), self.phone),
                                   (self.tr("Number to text"), self.sms),
                                   (self.tr("Hours (optional)"), self.hours)],
                            self.message, self._accept)

    def values(self) -> dict:
        return {"name": self.name.text(), "phone": self.phone.text(), "sms": self.sms.text(),
                "hours": self.hours.text()}

    def _accept(self) -> None:
        if not self.name.text().strip() or not (self.phone.text().strip()
                                                 or self.sms.text().strip()):
            show_message(self.message,
                         self.tr("A line needs a name and a number to call or text."))
            return
        self.accept()
