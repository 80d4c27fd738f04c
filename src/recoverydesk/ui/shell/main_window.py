"""The one window: a top bar with the crisis button, and setup, lock screen or the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import APP_NAME
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.design.icons import app_icon
from recoverydesk.ui.design.widgets import heading
from recoverydesk.ui.shell import help_access
from recoverydesk.ui.shell.app_events import AppEvents
from recoverydesk.ui.shell.help_access import HelpAccess
from recoverydesk.ui.shell.idle import IdleWatcher
from recoverydesk.ui.shell.lock_view import LockView
from recoverydesk.ui.shell.quick_hide import QuickHide
from recoverydesk.ui.shell.sections import PAGES

if TYPE_CHECKING:  # QEvent's Python type (~180 event kinds) is made when first needed
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from recoverydesk.ui.shell.reminders import Reminders

LOCK_SHORTCUT = "Ctrl+L"
CHECKIN_SHORTCUT = "Ctrl+K"
# Spelled out: the platform's standard Quit key is empty on some (Windows, offscreen).
QUIT_SHORTCUT = "Ctrl+Q"  # Cmd+Q on macOS
MINIMUM_SIZE = QSize(800, 560)  # every page is usable from here up (tests/ui/test_design.py)
STATUS_SECONDS = 8


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        # The setup flow and the unlocked app are imported when first needed: the lock
        # screen, where most starts land, shows sooner without them.
        self.setup_view = None
        self.shell = None
        self._recovered = False
        self._panel = None  # the crisis panel while it is open (ui.crisis_panel, loaded late)

        self._build_actions()
        self._build_menus()
        self._quitting = False
        self.reminders: Reminders | None = None  # the tray's, once the window has painted
        self.crisis_button = QPushButton(help_access.button_text())
        self.crisis_button.setObjectName("crisisButton")
        self.crisis_button.setAccessibleName(help_access.button_text())
        self.crisis_button.setToolTip(help_access.tooltip())
        self.crisis_button.clicked.connect(self.open_crisis_panel)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now ({shortcut})").format(
            shortcut=LOCK_SHORTCUT))
        self.lock_button.clicked.connect(controller.lock)
        title = heading(APP_NAME, 1.3)
        title.setObjectName("appTitle")
        title.setWordWrap(False)
        # The title gives up its room first: "Get help now" and Lock are never cut.
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for button in (self.crisis_button, self.lock_button):
            button.setMinimumWidth(button.sizeHint().width())
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(title.fontMetrics().height()))
        bar = QWidget()
        bar.setObjectName("topBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.addWidget(logo)
        bar_layout.addWidget(title, 1)
        bar_layout.addWidget(self.lock_button)
        bar_layout.addWidget(self.crisis_button)
        self.quick_hide = QuickHide(self, controller, self.app_menu)  # ui/shell/quick_hide.py
        bar_layout.insertWidget(bar_layout.indexOf(self.lock_button), self.quick_hide.button)

        self.stack = QStackedWidget()
        self.lock_view = LockView()
        self.stack.addWidget(self.lock_view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(controller.lock)
        controller.auto_lock_changed.connect(self._set_auto_lock_minutes)
        controller.exercise_running.connect(self._exercise_running)
        self.help_access = HelpAccess(self)
        self.help_access.requested.connect(self.open_crisis_panel)
        self.app_events = AppEvents(self.idle, self.help_access, self.quick_hide, self)
        self._listening = False  # the app-wide filter is installed after the first paint

        self.lock_view.unlock_requested.connect(self._unlock)
        self.lock_view.recovery_requested.connect(self._unlock_with_recovery)
        controller.state_changed.connect(self._show_state)
        controller.busy_changed.connect(self.lock_view.set_busy)
        controller.unlock_failed.connect(self.lock_view.show_failure)
        controller.notice.connect(self.show_status)
        controller.checkin_requested.connect(self._run_checkin)
        self._show_state(controller.state)
        self._tell_settings_notice()
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """The first size: most of the screen's free area (never past it), centred on it."""
        free = self.screen().availableGeometry()
        width = max(MINIMUM_SIZE.width(), min(1280, int(free.width() * 0.9)))
        height = max(MINIMUM_SIZE.height(), min(860, int(free.height() * 0.9)))
        self.resize(min(width, free.width()), min(height, free.height()))
        frame = self.frameGeometry()
        frame.moveCenter(free.center())
        self.move(frame.topLeft())

    def _tell_settings_notice(self) -> None:
        """This computer's settings couldn't be used: said once, on the lock screen (or the
        status line when there is no vault yet)."""
        notice = self.controller.take_settings_notice()
        if notice is None:
            return
        if self.controller.state is AppState.LOCKED:
            self.lock_view.show_notice(notice)
        else:
            self.show_status(notice)

    def show_status(self, text: str) -> None:
        """A line at the foot of the window; the next one replaces it, and it clears itself."""
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    # -- actions and menus ----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.crisis_action = QAction(help_access.button_text(), self)
        self.crisis_action.setShortcut(QKeySequence(help_access.SHORTCUT))
        self.crisis_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.crisis_action.triggered.connect(self.open_crisis_panel)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.triggered.connect(self.controller.lock)
        self.checkin_action = QAction(self.tr("Check in…"), self)
        self.checkin_action.setShortcut(QKeySequence(CHECKIN_SHORTCUT))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.checkin_action.triggered.connect(self.open_checkin)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QUIT_SHORTCUT))
        self.quit_action.triggered.connect(self.quit_app)
        self.page_actions = []
        for info in PAGES:
            action = QAction(info.label, self)
            action.setShortcut(QKeySequence(info.shortcut))
            action.triggered.connect(lambda _=False, t=info.title: self.show_page(t))
            self.page_actions.append(action)
            self.addAction(action)

    def _build_menus(self) -> None:
        app_menu = self.app_menu = self.menuBar().addMenu(APP_NAME)
        app_menu.addAction(self.checkin_action)
        app_menu.addAction(self.lock_action)
        app_menu.addSeparator()
        app_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("Go"))
        go_menu.addActions(self.page_actions)
        help_menu = self.menuBar().addMenu(self.tr("Help"))
        help_menu.addAction(self.crisis_action)
        self.help_action = help_menu.addAction(self.tr("How {app} works").format(app=APP_NAME))
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.open_help)
        self.addAction(self.help_action)
        about = help_menu.addAction(self.tr("About {app}").format(app=APP_NAME))
        about.triggered.connect(self._about)

    # -- states ---------------------------------------------------------------------------

    def _show_state(self, state: AppState) -> None:
        unlocked = state is AppState.UNLOCKED
        self.lock_action.setEnabled(unlocked)
        self.checkin_action.setEnabled(unlocked)
        self.lock_button.setVisible(unlocked)
        for action in self.page_actions:
            action.setEnabled(unlocked)
        if state is AppState.SETUP:
            self._show_setup()
        elif state is AppState.LOCKED:
            panel_open = self._panel is not None
            if panel_open:
                # It may sit on a dialog of the unlocked app, which is about to go: open it
                # again on the window itself, showing only what the lock screen may show.
                self._close_panel()
            self._drop_private_views()
            if panel_open:
                self.open_crisis_panel()
            self.lock_view.reset()
            self.stack.setCurrentWidget(self.lock_view)
            self.lock_view.secret_edit.setFocus()
        else:
            from recoverydesk.ui.shell.shell_view import ShellView

            self._drop_setup()
            self.lock_view.reset()  # nothing typed there stays behind the unlocked app
            self.shell = ShellView(self.controller)
            self.stack.addWidget(self.shell)
            self.stack.setCurrentWidget(self.shell)
            self._set_auto_lock_minutes(self.controller.auto_lock_minutes())
            self.idle.start()
            self.shell.nav.setFocus()
            if self._recovered:
                self._recovered = False
                self._offer_new_passphrase()

    def _set_auto_lock_minutes(self, minutes: int) -> None:
        self.idle.set_timeout_ms(minutes * 60_000)

    def _exercise_running(self, running: bool) -> None:
        if running:
            self.idle.hold("exercise")
        else:
            self.idle.release("exercise")

    def _show_setup(self) -> None:
        from recoverydesk.ui.design.calm_style import use_calm_style
        from recoverydesk.ui.pages.settings_backup import restore_at_setup
        from recoverydesk.ui.shell.setup_view import SetupView

        use_calm_style(QApplication.instance())  # its check boxes are drawn from the start
        view = SetupView(self.controller.crisis_directory, country=self.controller.country)
        self.controller.keychain_status_known.connect(view.show_keychain)
        self.controller.ask_keychain_status()
        view.create_requested.connect(self._create)
        view.restore_requested.connect(lambda: restore_at_setup(view, self.controller))
        self.controller.country_changed.connect(view.set_country)
        view.finished.connect(self.controller.finish_setup)
        self.controller.created.connect(view.show_recovery_key)
        self.controller.create_failed.connect(view.show_failure)
        self.setup_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.start_button.setFocus()

    def _drop_setup(self) -> None:
        if self.setup_view is not None:
            self.controller.created.disconnect(self.setup_view.show_recovery_key)
            self.controller.create_failed.disconnect(self.setup_view.show_failure)
            self.controller.country_changed.disconnect(self.setup_view.set_country)
            self.controller.keychain_status_known.disconnect(self.setup_view.show_keychain)
            self.setup_view.forget_recovery_key()
            self.stack.removeWidget(self.setup_view)
            _discard(self.setup_view)
            self.setup_view = None

    def _drop_private_views(self) -> None:
        self.idle.stop()
        if self.shell is not None:
            from PySide6.QtWidgets import QDialog

            for dialog in self.shell.findChildren(QDialog):
                dialog.reject()
            self.stack.removeWidget(self.shell)
            _discard(self.shell)
            self.shell = None

    def _create(self, passphrase: str, remember: bool, country: str) -> None:
        if country:
            self.controller.set_country(country)
        self.controller.create_vault(passphrase, remember)

    def _unlock(self, passphrase: str) -> None:
        self._recovered = False
        self.controller.unlock(passphrase)

    def _unlock_with_recovery(self, text: str) -> None:
        self._recovered = True
        self.controller.unlock_with_recovery_key(text)

    def _offer_new_passphrase(self) -> None:
        from PySide6.QtWidgets import QDialog

        from recoverydesk.ui.pages.settings import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.shell, intro=self.tr(
            "You opened your vault with your recovery key. You could choose a new passphrase "
            "now, so next time is easier. Your recovery key keeps working."))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.change_passphrase(dialog.new_passphrase())  # said as a notice

    # -- everywhere -----------------------------------------------------------------------

    def open_checkin(self) -> None:
        self._run_checkin(0)

    def _run_checkin(self, checkin_id: int) -> None:
        """The check-in dialog, new (0) or to edit; locking while it is open keeps what was
        entered, then closes it."""
        if self.shell is None:
            return
        from recoverydesk.ui.dialogs.checkin import CheckInDialog

        presenter = self.controller.presenters.checkin()
        existing = presenter.get(checkin_id) if checkin_id else None
        dialog = CheckInDialog(presenter, existing, self.shell)

        def keep_on_lock():
            if dialog.has_input():
                presenter.save(dialog.checkin())
            dialog.reject()

        self.controller.about_to_lock.connect(keep_on_lock)
        try:
            if dialog.exec() != CheckInDialog.DialogCode.Accepted:
                return
            presenter.save(dialog.checkin())
        finally:
            self.controller.about_to_lock.disconnect(keep_on_lock)
        self.controller.checkins_changed.emit()
        self.controller.notice.emit(self.tr("Check-in saved."))

    def show_page(self, title: str) -> None:
        if self.shell is not None:
            self.shell.show_page(title)

    def open_crisis_panel(self):
        """Open the panel, or bring it forward if it is open already.

        It opens above whatever is in front, a modal dialog included (a window a modal
        dialog blocks cannot take input, its children can), and leaves that dialog as it is.
        """
        from recoverydesk.ui.dialogs import crisis_panel

        panel = self._panel
        if panel is None:
            modal = QApplication.activeModalWidget()
            # Above a modal dialog; never above another crisis panel that is on its way out.
            over_dialog = (isinstance(modal, QWidget) and modal.isVisible()
                           and not isinstance(modal, crisis_panel.CrisisPanel))
            host = modal if over_dialog else self
            panel = crisis_panel.CrisisPanel(
                self.controller.crisis_directory, self.controller.country, host,
                personal=self.controller.personal_help(),
                lock_card=self.controller.lock_screen_card)
            panel.country_chosen.connect(self._panel_country_chosen)
            panel.hide_requested.connect(self._hide_line)
            panel.unhide_all_requested.connect(self._unhide_all_lines)
            panel.add_line_requested.connect(self._add_line)
            panel.remove_line_requested.connect(self._remove_line)
            panel.skill_requested.connect(self._skill_from_panel)
            panel.finished.connect(self._panel_closed)
            if host is not self:
                host.destroyed.connect(self._panel_host_gone)
            self._panel = panel
            panel.open()
        panel.raise_()
        panel.activateWindow()
        return panel

    def _panel_country_chosen(self, code: str) -> None:
        self.controller.set_country(code)
        if self._panel is not None and self.controller.state is AppState.UNLOCKED:
            self._panel.set_personal(self.controller.personal_help())

    def _hide_line(self, line) -> None:
        self._change_lines(lambda prefs: prefs.hide(line))

    def _unhide_all_lines(self) -> None:
        self._change_lines(lambda prefs: prefs.unhide_all())

    def _add_line(self, values: dict) -> None:
        self._change_lines(lambda prefs: prefs.add_line(self.controller.country, **values))

    def _remove_line(self, line_id: int) -> None:
        self._change_lines(lambda prefs: prefs.remove_line(line_id))

    def _change_lines(self, change) -> None:
        if self.controller.state is not AppState.UNLOCKED:
            return
        change(self.controller.presenters.crisis_lines())
        if self._panel is not None:
            self._panel.set_personal(self.controller.personal_help())

    def _skill_from_panel(self, title: str) -> None:
        if self._panel is not None:
            self._panel.reject()
        if self.shell is not None:
            self.shell.skill_right_now(title)

    def _panel_closed(self) -> None:
        self._close_panel()

    def _close_panel(self) -> None:
        panel, self._panel = self._panel, None
        if panel is not None:
            panel.finished.disconnect(self._panel_closed)
            host = panel.parentWidget()
            if host is not self:
                host.destroyed.disconnect(self._panel_host_gone)
            panel.close()
            _discard(panel)

    def _panel_host_gone(self) -> None:
        # The dialog the panel sat on was deleted, and the panel with it.
        self._panel = None

    def _may_close(self) -> bool:
        """Closing while the recovery key is shown and not yet kept asks first."""
        view = self.setup_view
        if view is None or not view.showing_recovery_key or view.recovery_key_confirmed:
            return True
        from PySide6.QtWidgets import QMessageBox

        from recoverydesk.ui.shell.setup_view import CLOSE_WARNING

        answer = QMessageBox.question(
            self, self.tr("Close without keeping your recovery key?"),
            QCoreApplication.translate("SetupView", CLOSE_WARNING),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def window_keys(self) -> list[tuple[str, str]]:
        """Every window action with a shortcut, as Help lists them."""
        native = QKeySequence.SequenceFormat.NativeText
        return [(action.text().replace("&", "").rstrip("…"), action.shortcut().toString(native))
                for action in [self.crisis_action, self.checkin_action, self.lock_action,
                               *self.page_actions, self.help_action, self.quit_action]
                if not action.shortcut().isEmpty()]

    def open_help(self) -> None:
        from recoverydesk.ui.dialogs.help import HelpDialog

        HelpDialog(self.window_keys(), self).exec()

    def _about(self) -> None:
        from recoverydesk.help_content import about_facts
        from recoverydesk.ui.dialogs.about import AboutDialog
        from recoverydesk.ui.translation import current_language

        AboutDialog(about_facts(self.controller.paths.folder, current_language()), self).exec()

    def come_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self._quitting = True
        if self.close():
            QApplication.instance().quit()  # also when the window was already out of sight
        else:
            self._quitting = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._listening:
            QTimer.singleShot(0, self.listen_to_app_events)

    def listen_to_app_events(self) -> None:
        """Install the app-wide event filter (ui/shell/app_events.py), watch the session
        (screen lock, sleep), take the calm style, start the tray's reminders and load the
        storage code in the background, once. Done after the window's first paint: the first
        event a Python filter sees makes PySide create the Python types of every Qt class
        loaded (about 150 enums: 40–60 ms here), and the lock screen is drawn before that."""
        if not self._listening:
            from recoverydesk.ui.design.calm_style import use_calm_style
            from recoverydesk.ui.shell.reminders import attach_reminders

            self._listening = True
            use_calm_style(QApplication.instance())
            self.reminders = attach_reminders(self)
            QApplication.instance().installEventFilter(self.app_events)
            self.quick_hide.watch_session()
            self.controller.warm_up_unlock()

    @property
    def listening(self) -> bool:
        return self._listening

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.reminders is not None and self.reminders.keeps_running():
            event.ignore()  # "close to tray": locked and out of sight, reminders still come
            QApplication.instance().setQuitOnLastWindowClosed(False)
            self.controller.lock()
            self.hide()
            return
        if not self._may_close():
            event.ignore()
            return
        if self.reminders is not None:
            self.reminders.stop()
        self.controller.shutdown()  # about_to_lock first: drafts are kept
        QApplication.instance().removeEventFilter(self.app_events)
        super().closeEvent(event)


def _discard(widget: QWidget) -> None:
    """Detach at once (nothing private stays in the window's tree), delete when Qt can."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
