"""Settings: auto-lock, remember on this computer, passphrase, crisis-line country."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import passphrase, settings
from recoverydesk.crisis import country_name
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)


class SettingsPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Settings")
        self._controller = controller

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(" minutes")
        self.auto_lock.setAccessibleName("Lock after this many minutes without use")
        self.auto_lock.setValue(controller.auto_lock_minutes())
        self.auto_lock.valueChanged.connect(controller.set_auto_lock_minutes)

        status = controller.keychain_status()
        self.remember = QCheckBox("Remember on this computer")
        self.remember.setAccessibleName("Remember on this computer")
        self.remember.setChecked(controller.remembered and status.available)
        self.remember.setEnabled(status.available)
        self.remember.toggled.connect(self._remember_toggled)
        remember_note = paragraph(
            "Opens without your passphrase, using your system keychain. Best only if nobody "
            "else uses your account on this computer." if status.available else
            status.description)

        self.country = QComboBox()
        self.country.setAccessibleName("Country for crisis lines")
        self.country.addItem("Not chosen", "")
        for code in controller.crisis_directory.countries():
            self.country.addItem(country_name(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(controller.country)))
        self.country.currentIndexChanged.connect(
            lambda: controller.set_country(self.country.currentData() or ""))
        # A bound method, not a lambda: Qt lets go of it when this page is deleted on lock.
        controller.country_changed.connect(self._show_country)

        self.review_weeks = QSpinBox()
        self.review_weeks.setRange(0, 104)
        self.review_weeks.setSuffix(" weeks")
        self.review_weeks.setSpecialValueText("Never")
        self.review_weeks.setAccessibleName("Suggest a look at my safety plan after")
        self.review_weeks.setValue(controller.vault.settings().get(settings.PLAN_REVIEW_WEEKS))
        self.review_weeks.valueChanged.connect(
            lambda weeks: controller.vault.settings().set(settings.PLAN_REVIEW_WEEKS, weeks))

        self.lock_card = QPlainTextEdit(controller.lock_screen_card)
        self.lock_card.setAccessibleName("Lock-screen card")
        self.lock_card.setMaximumHeight(90)
        self.lock_card.setPlaceholderText("For example: Breathe slowly. Call Sam.")
        save_card = QPushButton("Save card")
        save_card.clicked.connect(self._save_card)
        lock_card_note = paragraph(
            "A few words of your own shown with the crisis lines, even while RecoveryDesk is "
            "locked. Anyone who uses this computer could read them, so keep them general.")

        self.reduce_motion = QCheckBox("Reduce motion (a counting bar instead of a moving shape)")
        self.reduce_motion.setAccessibleName("Reduce motion")
        self.reduce_motion.setChecked(controller.vault.settings().get(settings.REDUCE_MOTION))
        self.reduce_motion.toggled.connect(
            lambda on: controller.vault.settings().set(settings.REDUCE_MOTION, on))

        change = QPushButton("Change passphrase…")
        change.clicked.connect(self.change_passphrase)
        self.message = message_label()

        form = QFormLayout()
        form.addRow("Lock after", self.auto_lock)
        form.addRow(self.remember)
        form.addRow(remember_note)
        form.addRow("Crisis lines for", self.country)
        form.addRow("Suggest a look at my plan after", self.review_weeks)
        form.addRow(self.reduce_motion)
        form.addRow("Lock-screen card", self.lock_card)
        form.addRow(lock_card_note)
        card_row = QHBoxLayout()
        card_row.addWidget(save_card)
        card_row.addStretch(1)
        form.addRow(card_row)
        change_row = QHBoxLayout()
        change_row.addWidget(change)
        change_row.addStretch(1)
        form.addRow(change_row)

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Settings"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _show_country(self, code: str) -> None:
        self.country.setCurrentIndex(max(0, self.country.findData(code)))

    def _save_card(self) -> None:
        self._controller.set_lock_screen_card(self.lock_card.toPlainText())
        show_message(self.message, "Your card is saved. It shows with the crisis lines."
                     if self.lock_card.toPlainText().strip() else "The lock-screen card is off.")

    def _remember_toggled(self, on: bool) -> None:
        trouble = self._controller.set_remembered(on)
        if trouble:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
        show_message(self.message, trouble or (
            "RecoveryDesk will open without asking on this computer." if on else
            "RecoveryDesk will ask for your passphrase each time."))

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        show_message(self.message, "Changing your passphrase…")
        self._controller.change_passphrase(
            dialog.new_passphrase(),
            lambda _: show_message(self.message, "Your passphrase is changed."),
            lambda text: show_message(self.message, text))


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose a new passphrase")
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName("New passphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName("New passphrase again")
        self.hint = paragraph(passphrase.strength_hint(""))
        self.first.textChanged.connect(lambda t: self.hint.setText(passphrase.strength_hint(t)))
        self.message = message_label()
        lay_out_form_dialog(self, [("New passphrase", self.first), ("Again", self.second),
                                   ("", self.hint)], self.message, self._accept, intro=intro)

    def new_passphrase(self) -> str:
        return self.first.text()

    def _accept(self) -> None:
        trouble = passphrase.problem(self.first.text(), self.second.text())
        if trouble:
            show_message(self.message, trouble)
            return
        self.accept()
