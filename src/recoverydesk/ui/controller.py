"""The app's states (setup, locked, unlocked) and the moves between them.

The controller holds the vault and the settings and is the one place that locks and
unlocks. Views call it and listen to its signals; they never touch storage themselves.
"""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Signal

from recoverydesk import settings
from recoverydesk.storage.errors import DamagedVaultError, KeychainError, KnownError
from recoverydesk.storage.keychain import UNAVAILABLE as KEYCHAIN_UNAVAILABLE
from recoverydesk.storage.keychain import Keychain, KeychainStatus
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.storage.throttle import UnlockThrottle
from recoverydesk.storage.vault import Vault, VaultPaths
from recoverydesk.ui.background import BackgroundRunner
from recoverydesk.ui.presenters import PagePresenters

# What only the unlocked app needs is imported when first used: the lock screen, where
# most starts land, shows sooner without it.
if TYPE_CHECKING:
    from recoverydesk.crisis import CrisisDirectory, CrisisLine
    from recoverydesk.reminders import ReminderPlan
    from recoverydesk.reports.safety_plan_doc import PrintedCrisisLines
    from recoverydesk.safety_plan import Contact
    from recoverydesk.skills.chain import ChainAnalysis
    from recoverydesk.storage.keyheader import KdfParams

log = logging.getLogger(__name__)

# Said once when device.json couldn't be used (storage/settings_store.py gives the cause).
SETTINGS_NOTICE = QT_TRANSLATE_NOOP(
    "AppController", "RecoveryDesk couldn't read its settings on this computer, so it is using "
    "the usual ones for now. Everything you wrote is safe: it is kept apart from these "
    "settings. You can set them again in Settings when you like.")


# Marked here, shown through tr() (AppController context).
CHANGE_DONE_MESSAGE = QT_TRANSLATE_NOOP(
    "AppController", "Your passphrase is changed. Use the new one from now on.")
CHANGE_NOT_DONE_NOTE = QT_TRANSLATE_NOOP("AppController", "Your passphrase has not changed.")
# Shown until the keychain has answered (it is asked off the UI thread).
KEYCHAIN_ASKED = QT_TRANSLATE_NOOP("AppController", "Looking for your system keychain…")


class AppState(Enum):
    SETUP = "setup"
    LOCKED = "locked"
    UNLOCKED = "unlocked"


@dataclass(frozen=True)
class PersonalHelp:
    coping: list[str]
    contacts: list[Contact]
    own_lines: list[CrisisLine]
    hidden: set[str]


@dataclass(frozen=True)
class UnlockFailure:
    message: str
    wait_seconds: float


class AppController(QObject):
    state_changed = Signal(AppState)
    about_to_lock = Signal()  # pages save drafts here, while the vault is still open
    busy_changed = Signal(bool)
    unlock_failed = Signal(UnlockFailure)
    created = Signal(str)  # the recovery key, to show once
    create_failed = Signal(str)
    country_changed = Signal(str)
    notice = Signal(str)  # a calm message for the status line
    checkins_changed = Signal()
    recovery_key_made = Signal(str)  # a new recovery key, to show once
    recovery_key_failed = Signal(str)
    # The end of a passphrase change: (changed, what to tell the person). Also said as a
    # notice, so a person who locked meanwhile still learns it on the lock screen.
    passphrase_change_finished = Signal(bool, str)
    auto_lock_changed = Signal(int)  # minutes; applies at once
    exercise_running = Signal(bool)  # a guided exercise is running: auto-lock waits for it
    goals_changed = Signal()
    reminders_changed = Signal()  # times, quiet hours or close-to-tray changed

    device_option_changed = Signal(str)  # a device setting's key (quick-hide options)
    backup_finished = Signal(str)  # a calm message: where, how big, checked
    backup_failed = Signal(str)
    backup_preview_ready = Signal(object)  # storage.backup.Preview of the chosen backup
    checkin_requested = Signal(int)  # intent: the window runs the dialog (0: a new one)
    keychain_status_known = Signal(object)  # a KeychainStatus, asked off the UI thread

    def __init__(self, data_dir, keychain: Keychain | None = None,
                 kdf: KdfParams | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = VaultPaths(Path(data_dir))
        self.keychain = keychain or Keychain()
        self.vault = Vault(self.paths.folder, self.keychain)
        self.device = DeviceSettings(self.paths.device_settings)
        self.throttle = UnlockThrottle()
        self._kdf = kdf  # None: calibrate on this machine
        self._runner = BackgroundRunner(self)
        self._directory: CrisisDirectory | None = None
        self._skills: list | None = None
        self._skills_asked = False  # being read beside the runner
        self._keychain_status: KeychainStatus | None = None  # asked again after each lock
        self._keychain_asked = False
        # A backup chosen to restore, its key, and (at setup only) the passphrase that
        # opened it, which will open the restored vault.
        self._chosen: tuple = (None, None, None)
        self.presenters = PagePresenters(self)  # what the pages use; views never see stores
        self._settings_notice_told = False
        self._quitting = False  # shutdown() has run: no chart helpers start after it
        self.state = AppState.LOCKED if self.vault.exists() else AppState.SETUP

    # -- shared data ----------------------------------------------------------------------

    @property
    def crisis_directory(self) -> CrisisDirectory:
        if self._directory is None:
            from recoverydesk.crisis import load_directory

            self._directory = load_directory()
        return self._directory

    @property
    def country(self) -> str:
        return self.device.get(settings.COUNTRY)

    def set_country(self, code: str) -> None:
        if code != self.country:
            self.device.set(settings.COUNTRY, code)
            self.country_changed.emit(code)

    def ask_keychain_status(self, beside: bool = False) -> None:
        """Whether a secure keychain is here, as ``keychain_status_known``. Asking imports
        keyring and may wait on the system's keychain service, so it runs on the background
        runner (``beside`` it while the lock screen waits, so unlocking never queues behind
        it); the answer is kept until the next lock (and sent at once when known)."""
        if self._keychain_status is not None:
            self.keychain_status_known.emit(self._keychain_status)
            return
        if self._keychain_asked:
            return  # the answer is on its way
        self._keychain_asked = True

        def done(status):
            self._keychain_asked = False
            self._keychain_status = status
            self.keychain_status_known.emit(status)

        def failed(error):
            _say(error)  # a bug: logged; the views say there is no keychain to use
            done(KeychainStatus(False, KEYCHAIN_UNAVAILABLE))

        run = self._runner.run_beside if beside else self._runner.run
        run(self.keychain.status, done, failed)

    def device_option(self, setting: settings.Setting):
        return self.device.get(setting)

    def set_device_option(self, setting: settings.Setting, value) -> None:
        self.device.set(setting, value)
        self.device_option_changed.emit(setting.key)

    @property
    def remembered(self) -> bool:
        return self.device.get(settings.REMEMBERED_IN_KEYCHAIN)

    def take_settings_notice(self) -> str | None:
        """Once per start: a kind sentence when this computer's settings file couldn't be
        used (the defaults are in use and the file is left as it was); None otherwise."""
        if self.device.problem is None or self._settings_notice_told:
            return None
        self._settings_notice_told = True
        return self.tr(SETTINGS_NOTICE)

    # -- setup ----------------------------------------------------------------------------

    def create_vault(self, passphrase: str, remember: bool) -> None:
        def work():
            recovery_key = self.vault.create(passphrase, self._kdf)
            keychain_note = self._remember(remember)
            return recovery_key, keychain_note

        def done(result):
            recovery_key, keychain_note = result
            self.busy_changed.emit(False)
            self.created.emit(recovery_key)
            if keychain_note:
                self.notice.emit(keychain_note)

        def failed(error):
            self.busy_changed.emit(False)
            self.create_failed.emit(_say(error))

        self.busy_changed.emit(True)
        self._runner.run(work, done, failed)

    def finish_setup(self) -> None:
        self._enter(AppState.UNLOCKED)

    # -- unlock ---------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        self._unlock_with(lambda: self.vault.unlock(passphrase))

    def unlock_with_recovery_key(self, text: str) -> None:
        from recoverydesk.storage.recovery_key import InvalidRecoveryKeyError, parse_recovery_key

        try:
            parse_recovery_key(text)
        except InvalidRecoveryKeyError as typo:
            # A typo is not a guess: say where it is, with no pause.
            self.unlock_failed.emit(UnlockFailure(str(typo), 0))
            return
        self._unlock_with(lambda: self.vault.unlock_with_recovery_key(text))

    def try_keychain_unlock(self) -> None:
        """At start, when the person asked to be remembered: straight in if the key is there."""
        if not self.remembered or self.state is not AppState.LOCKED:
            return

        def done(opened):
            self.busy_changed.emit(False)
            if opened:
                self._enter(AppState.UNLOCKED)

        def failed(error):
            self.busy_changed.emit(False)
            self.notice.emit(_say(error))

        self.busy_changed.emit(True)
        self._runner.run(lambda: _warmed(self.vault.unlock_from_keychain()), done, failed)

    def _unlock_with(self, work) -> None:
        def done(_):
            self.busy_changed.emit(False)
            self.throttle.record_success()
            self._enter(AppState.UNLOCKED)

        def failed(error):
            self.busy_changed.emit(False)
            wait = self.throttle.record_failure()
            self.unlock_failed.emit(UnlockFailure(_say(error), wait))

        self.busy_changed.emit(True)
        self._runner.run(lambda: _warmed(work()), done, failed)

    # -- while unlocked -------------------------------------------------------------------

    def lock(self) -> None:
        if self.state is not AppState.UNLOCKED:
            return
        self.about_to_lock.emit()
        self._runner.wait()  # work reading the vault (charts, an export) finishes first
        self.vault.lock()
        self._enter(AppState.LOCKED)

    def auto_lock_minutes(self) -> int:
        return self.vault.settings().get(settings.AUTO_LOCK_MINUTES)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.vault.settings().set(settings.AUTO_LOCK_MINUTES, minutes)
        self.auto_lock_changed.emit(minutes)

    def set_exercise_running(self, running: bool) -> None:
        self.exercise_running.emit(running)

    def set_remembered(self, remember: bool) -> str | None:
        """Turn "remember on this computer" on or off. Returns a message when it couldn't."""
        return self._remember(remember) if remember else self._forget()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the key under a new passphrase off the UI thread.

        The result comes back only as signals (never a callback into a widget that a lock
        may have deleted meanwhile): ``passphrase_change_finished`` and ``notice``.
        """
        def done(_):
            self._passphrase_change_finished(True, self.tr(CHANGE_DONE_MESSAGE))

        def failed(error):
            self._passphrase_change_finished(False, _say(error) + " "
                                             + self.tr(CHANGE_NOT_DONE_NOTE))

        self._runner.run(lambda: self.vault.change_passphrase(new_passphrase, self._kdf),
                         done, failed)

    def _passphrase_change_finished(self, changed: bool, text: str) -> None:
        self.passphrase_change_finished.emit(changed, text)
        self.notice.emit(text)

    def make_new_recovery_key(self, passphrase: str) -> None:
        """Replace the data key: the old recovery key stops working, the new one is shown.

        The passphrase check and the new header (the slow KDF) run off the UI thread; the
        re-encryption runs on it, so nothing else writes to the vault while it swaps files.
        """
        def done(new_key):
            if self.state is not AppState.UNLOCKED:
                return  # locked meanwhile: nothing was changed
            try:
                recovery_key = self.vault.replace_key(new_key)
            except Exception as error:  # noqa: BLE001 - told kindly; a bug is logged
                self.recovery_key_failed.emit(_say(error))
                return
            self.recovery_key_made.emit(recovery_key)

        self._runner.run(lambda: self.vault.prepare_new_key(passphrase), done,
                         lambda error: self.recovery_key_failed.emit(_say(error)))

    def _remember(self, remember: bool) -> str | None:
        if not remember:
            return None
        try:
            self.vault.remember_in_keychain()
        except KeychainError as e:
            self.device.set(settings.REMEMBERED_IN_KEYCHAIN, False)
            return str(e)
        self.device.set(settings.REMEMBERED_IN_KEYCHAIN, True)
        return None

    def _forget(self) -> str | None:
        self.device.set(settings.REMEMBERED_IN_KEYCHAIN, False)
        try:
            self.vault.forget_in_keychain()
        except KeychainError as e:
            return str(e)
        return None

    # -- the safety plan and crisis lines (only while unlocked) ---------------------------

    def personal_help(self) -> PersonalHelp | None:
        """What the crisis panel shows first when unlocked; None while locked."""
        if self.state is not AppState.UNLOCKED:
            return None
        from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
        from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore

        conn = self.vault.connection
        plan = SafetyPlanStore(conn).current()
        prefs = CrisisLinePrefs(conn)
        return PersonalHelp(
            coping=[item.text for item in plan.items("coping")],
            contacts=[c for c in ContactStore(conn).all() if c.phone or c.sms],
            own_lines=prefs.own_lines(self.country),
            hidden=prefs.hidden(),
        )

    def printed_crisis_lines(self) -> PrintedCrisisLines:
        """The crisis lines the printed safety plan ends section 5 with (only while unlocked)."""
        from recoverydesk.reports.safety_plan_doc import printed_crisis_lines
        from recoverydesk.storage.crisis_prefs import CrisisLinePrefs

        return printed_crisis_lines(self.crisis_directory, self.country,
                                    CrisisLinePrefs(self.vault.connection))

    def skill_library(self) -> list:
        """The skills, their text in the language the window speaks."""
        if self._skills is None:
            self._skills = _load_skills()
        return self._skills

    def _load_skills_beside(self) -> None:
        """Read the skills (31 files, a third of a second under load) beside the runner,
        once: while the lock screen waits for the passphrase, or at unlock if that has not
        run, so opening Skills does not read them on the UI thread."""
        if self._skills is None and not self._skills_asked:
            self._skills_asked = True
            self._runner.run_beside(_load_skills, self._keep_skills, self._skills_failed)

    def _keep_skills(self, library: list) -> None:
        self._skills_asked = False
        if self._skills is None:
            self._skills = library

    def _skills_failed(self, error: BaseException) -> None:
        self._skills_asked = False  # asked again at the next unlock (or read when opened)
        _say(error)

    def find_skill(self, name: str):
        """A skill by its id, or by its title as shown or in English (a safety plan written
        while the app spoke English names its skills that way). None when there is none."""
        library = self.skill_library()
        found = next((e for e in library if name in (e.id, e.title)), None)
        if found is None and name:
            from recoverydesk.skills.loader import load_library

            english = next((e.id for e in load_library("en") if e.title == name), None)
            found = next((e for e in library if e.id == english), None)
        return found

    def keep_chain_analysis(self, exercise, session) -> ChainAnalysis | None:
        """A chain worksheet's answers as a chain record and a journal entry (nothing if empty)."""
        from recoverydesk.skills.chain import as_text, from_answers

        chain = from_answers(exercise.steps, session.answers, datetime.now().astimezone(),
                             session.id)
        if chain.is_empty:
            return None
        titles = {e.id: e.title for e in self.skill_library()}
        title = (self.tr("Chain analysis: {behaviour}").format(
            behaviour=chain.behaviour.splitlines()[0][:60]) if chain.behaviour
            else self.tr("Chain analysis"))
        from recoverydesk.storage.chain_store import ChainAnalysisStore

        return ChainAnalysisStore(self.vault.connection).add(chain, title, as_text(chain, titles))

    # -- insights, documents, exports and imports (slow work runs off the UI thread) -------

    def run_in_background(self, work, on_done, on_failed) -> None:
        self._runner.run(work, on_done, on_failed)

    def warm_up_charts(self) -> None:
        """Start the helper processes that draw the Insights charts (reports/painter.py).
        Their code (process pools, the drawing module) and the charts' own modules are
        imported beside the runner first: on the UI thread the first held the window for a
        few hundred milliseconds, the charts' dataclasses 25–40 ms when Insights first opened."""
        def start(_) -> None:
            if self._quitting:
                return  # the app ended while the code loaded: no helper to start now
            from recoverydesk.reports import painter

            painter.shared().start()

        self._runner.run_beside(_import_chart_modules, start, _say)

    def warm_up_unlock(self) -> None:
        """Load what unlocking needs beside the runner, while the passphrase is typed: the
        database, key and backup code (the lock screen is drawn without it; storage/vault.py
        imports it when first used), then the skills' text (the app's own words, none of
        the person's) and the keychain's status. None of it imports Qt: a module that makes
        Qt's Python types must not be imported on another thread while the window builds
        widgets (two threads making the same type crashed the app at quit, 2 quits in 50)."""
        self._runner.run_beside(lambda: _import(_STORAGE_MODULES), lambda _: None, _say)
        self._load_skills_beside()
        # And whether a keychain is here (keyring's import and its search for a backend, in
        # Python: asked when Settings was first built, it kept the window waiting for Python's
        # lock). Nothing is read from the keychain.
        self.ask_keychain_status(beside=True)

    def charts_warm(self) -> bool:
        from recoverydesk.reports import painter

        return painter.shared().ready()

    def draw_chart(self, draw, args, style, size, ratio, on_done, on_failed):
        """One chart drawn by a helper process; its pixels come back on the UI thread, or
        nothing if the returned future is cancelled first."""
        from recoverydesk.reports import painter

        future = painter.shared().paint(draw, args, style, width=size[0], height=size[1],
                                        ratio=ratio)
        self._runner.when_done(future, on_done, on_failed)
        return future

    def document_chart(self, draw, *args, size=(7.0, 3.0), dpi=120):
        """A document's chart drawn by the helper process: a future of its pixels."""
        from recoverydesk.reports import painter

        return painter.shared().document_image(draw, *args, size=size, dpi=dpi)

    def insights_data(self, first, last):
        from recoverydesk.reports.gather import insights_data

        return insights_data(self.vault.connection, first, last)

    def chart_values(self, first, last, period: str):
        from recoverydesk.reports.gather import chart_values

        return chart_values(self.vault.connection, first, last, period)

    def report_content(self, first, last, sections, journal_ids=(), name: str = ""):
        from recoverydesk.reports.gather import report_content

        return report_content(self.vault.connection, first, last, sections, journal_ids,
                              name=name)

    def journal_between(self, start, end) -> list:
        from recoverydesk.storage.journal_store import JournalStore

        return JournalStore(self.vault.connection).search("", since=start, until=end,
                                                          limit=10_000)

    def export(self, fmt: str, out: Path, since=None, until=None, progress=None) -> Path:
        from recoverydesk import exchange

        return exchange.export(fmt, self.vault.connection, out, since, until, progress)

    def plan_import(self, source: str, path: Path):
        from recoverydesk import exchange

        return exchange.plan_import(source, self.vault.connection, path)

    def write_import(self, plan) -> None:
        plan.write(self.vault.connection)

    @property
    def lock_screen_card(self) -> str:
        return self.device.get(settings.LOCK_SCREEN_CARD)

    def set_lock_screen_card(self, text: str) -> None:
        self.device.set(settings.LOCK_SCREEN_CARD, text.strip())

    # -- reminders (device settings: they work while locked) -------------------------------

    def reminder_plan(self) -> ReminderPlan:
        from recoverydesk.reminders import ReminderFormatError, ReminderPlan

        try:
            return ReminderPlan.from_text(self.device.get(settings.REMINDER_TIMES),
                                          self.device.get(settings.QUIET_HOURS))
        except ReminderFormatError:
            return ReminderPlan()  # a hand-edited file: no reminders rather than a crash

    def set_reminders(self, times: str, quiet: str) -> ReminderPlan:
        """Raises ReminderFormatError (with a message for the person) and keeps the old ones."""
        from recoverydesk.reminders import ReminderPlan, format_times

        plan = ReminderPlan.from_text(times, quiet)
        self.device.set(settings.REMINDER_TIMES, format_times(plan.times))
        self.device.set(settings.QUIET_HOURS, quiet.strip())
        self.reminders_changed.emit()
        return plan

    @property
    def close_to_tray(self) -> bool:
        return self.device.get(settings.CLOSE_TO_TRAY)

    def set_close_to_tray(self, on: bool) -> None:
        self.device.set(settings.CLOSE_TO_TRAY, on)
        self.reminders_changed.emit()

    # -- backups (storage/backup.py); the backup's key stays in here ----------------------

    def back_up(self, out: Path, passphrase: str | None = None) -> None:
        """"Back up now": to ``out``, under today's passphrase or a separate ``passphrase``."""
        def done(result):
            if self.vault.is_unlocked:  # (locking waits for the backup, then lands here)
                self.vault.settings().set(settings.LAST_BACKUP_AT,
                                          datetime.now(UTC).isoformat(timespec="seconds"))
            size = QLocale().toString(result.size_bytes / 1_000_000, "f", 1)
            self.backup_finished.emit(
                (self.tr("Backed up to {path} ({size} MB) and checked. It opens with the backup "
                         "passphrase you chose or your recovery key.") if passphrase else
                 self.tr("Backed up to {path} ({size} MB) and checked. It opens with your "
                         "passphrase of today or your recovery key.")).format(
                    path=result.path, size=size))

        self._runner.run(lambda: self.vault.back_up(out, passphrase, self._kdf), done,
                         lambda error: self.backup_failed.emit(_say(error)))

    def choose_backup(self, path: Path) -> bool:
        """Read a backup's header. True when it opens with this vault's key (no passphrase
        needed); a file that is not a usable backup raises a ``KnownError``."""
        from recoverydesk.storage import backup

        self._chosen = (backup.read_backup(path), None, None)
        return self.vault.backup_key(self._chosen[0]) is not None

    def preview_backup(self, passphrase: str | None = None) -> None:
        """Check the whole chosen backup off the UI thread; then ``backup_preview_ready``."""
        found = self._chosen[0]

        def work():
            key = self.vault.backup_key(found) or found.key_from_passphrase(passphrase or "")
            from recoverydesk.storage import backup

            return key, backup.preview(found, key)

        def done(result):
            key, shown = result
            self._chosen = (found, key, passphrase if self.state is AppState.SETUP else None)
            self.backup_preview_ready.emit(shown)

        self._runner.run(work, done, lambda error: self.backup_failed.emit(_say(error)))

    def restore_chosen(self) -> None:
        """Put the previewed backup in place. The app shows the lock screen meanwhile (every
        view is rebuilt over the restored records) and opens again by itself."""
        found, key, passphrase = self._chosen
        self._chosen = (None, None, None)
        if key is not None and self.state is AppState.SETUP and passphrase:
            self._restore_at_setup(found, key, passphrase)
            return
        if key is None or self.state is not AppState.UNLOCKED:
            return
        self.about_to_lock.emit()
        self._runner.wait()
        self._enter(AppState.LOCKED)
        self.busy_changed.emit(True)

        def finish(message):
            self.busy_changed.emit(False)
            self._enter(AppState.UNLOCKED)
            self.notice.emit(message)

        self._runner.run(
            lambda: self.vault.restore(found, key),
            lambda result: finish(self.tr(
                "Restored the backup. Your vault as it was is kept in the backups folder.")),
            lambda error: finish(_say(error)))

    def _restore_at_setup(self, found, key: bytes, passphrase: str) -> None:
        """A new computer: the backup becomes the vault, opened by the passphrase it took."""
        def done(_result):
            self.busy_changed.emit(False)
            self._enter(AppState.UNLOCKED)
            self.notice.emit(self.tr("Restored your backup. It opens with the passphrase you just "
                             "typed, and with the recovery key you had then."))

        def failed(error):
            self.busy_changed.emit(False)
            self.backup_failed.emit(_say(error))

        self.busy_changed.emit(True)
        self._runner.run(lambda: self.vault.restore(found, key, passphrase=passphrase), done,
                         failed)

    def last_backup(self) -> datetime | None:
        text = self.vault.settings().get(settings.LAST_BACKUP_AT)
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def backup_note(self, now: datetime | None = None) -> str | None:
        """A gentle word for Today when your own last backup is old (or there is none yet)."""
        days = self.vault.settings().get(settings.BACKUP_NOTE_DAYS)
        if not days:
            return None
        now = now or datetime.now(UTC)
        last = self.last_backup()
        from recoverydesk.storage import backup

        since = last or backup.oldest_record(self.vault.connection)
        if since is None or now - since < timedelta(days=days):
            return None
        if last is None:
            return self.tr("You haven't made a backup yet. When you're ready, Settings can "
                           "make one, to a USB stick for example, so your words are safe if "
                           "this computer isn't.")
        weeks = (now - last).days // 7
        return self.tr("Your last backup was %n week(s) ago. When you're ready, Settings can "
                       "make a fresh one.", "", weeks)

    def _back_up_automatically(self) -> None:
        vault_settings = self.vault.settings()
        if not vault_settings.get(settings.AUTO_BACKUP):
            return
        keep = vault_settings.get(settings.AUTO_BACKUP_KEEP)

        def failed(error):
            self.notice.emit(self.tr("The automatic backup couldn't be made this time.")
                             + " " + _say(error))

        # On its own connection, beside the runner: the journal's first results do not wait
        # for a copy of the whole vault (half a minute at 100,000 entries under load).
        self._runner.run_beside(lambda: self.vault.back_up_automatically(keep),
                                lambda _: None, failed)
    def report_uncaught(self, error: BaseException) -> None:
        """An error nobody caught (see ui/error_hook.py): logged without private text and
        told kindly; a KnownError says its own message. When the vault is in doubt it is
        locked the ordinary way, so every page keeps what was typed first."""
        text = _say(error)
        if vault_in_doubt(error) and self.state is AppState.UNLOCKED:
            self.lock()
            text += " " + self.tr(LOCKED_IN_DOUBT)
        self.notice.emit(text)

    # -- shutting down --------------------------------------------------------------------

    def shutdown(self) -> None:
        self._quitting = True
        if "recoverydesk.reports.painter" in sys.modules:  # not loaded: no helpers to stop
            # (Imported again here: if the warm-up is still importing it beside the runner,
            # this waits for that import to finish rather than see half a module.)
            from recoverydesk.reports import painter

            painter.shared().quit()  # the app's exit never waits for chart helpers starting
        self._runner.wait()
        if self.state is AppState.UNLOCKED:
            self.about_to_lock.emit()
        self.vault.lock()

    def wait_for_background(self, msecs: int = -1) -> bool:
        """The runner's vault work done (not the code loading and backups beside it)."""
        return self._runner.wait(msecs, beside=False)

    def _enter(self, state: AppState) -> None:
        self.state = state
        if state is AppState.LOCKED:
            self._keychain_status = None
        if state is AppState.UNLOCKED:
            self._load_skills_beside()  # before the backup, which shares that thread
        self.state_changed.emit(state)
        if state is AppState.UNLOCKED:
            self._back_up_automatically()


# The unlocked app's code, imported on the worker once the key is open, while the UI thread
# only waits: building the first page then runs no imports (about half of that block). The
# presenters bring every store with them (a quarter of a second under load).
_WARM_UP_MODULES = ("recoverydesk.ui.shell.shell_view", "recoverydesk.ui.presenters.pages")


def _load_skills() -> list:
    from recoverydesk.skills.loader import load_library
    from recoverydesk.ui.translation import current_language

    return load_library(current_language())


def _warmed(result):
    for module in _WARM_UP_MODULES:
        import_module(module)
    return result


# Imported on the runner a moment after unlocking, beside the chart helper's start: no Qt in
# them, and the Insights page then imports only itself.
_CHART_MODULES = ("recoverydesk.reports.painter", "recoverydesk.reports.charts",
                  "recoverydesk.reports.drawing", "recoverydesk.reports.sentences",
                  "recoverydesk.reports.diary_card", "recoverydesk.reports.gather",
                  "recoverydesk.reports.chart_queries")


def _import_chart_modules() -> None:
    _import(_CHART_MODULES)


# Loaded by storage/vault.py when first used; warmed beside the runner once the lock screen
# is drawn (AppController.warm_up_unlock).
_STORAGE_MODULES = ("recoverydesk.storage.database", "recoverydesk.storage.migrations",
                    "recoverydesk.storage.keyheader", "recoverydesk.storage.recovery_key",
                    "recoverydesk.storage.backup")


def _import(modules: tuple[str, ...]) -> None:
    for module in modules:
        import_module(module)


SORRY = QT_TRANSLATE_NOOP("AppController", "Something went wrong on our side. Your data has "
                          "not been changed. If it happens again, restarting RecoveryDesk can "
                          "help.")
LOCKED_IN_DOUBT = QT_TRANSLATE_NOOP("AppController", "To keep your vault safe, RecoveryDesk "
                                    "kept what you were writing and locked it. Unlock to go on.")

# SQLite result codes after which the vault is as it was: the one write was refused whole
# (busy, locked, read-only, disk full). Any other database error puts the vault in doubt.
_VAULT_INTACT = frozenset({5, 6, 8, 13})


def vault_in_doubt(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it) leaves the open vault in doubt."""
    import sqlcipher3

    seen: BaseException | None = error
    for _ in range(8):  # a cause chain is short; never follow a cycle
        if seen is None:
            return False
        if isinstance(seen, DamagedVaultError):
            return True
        if isinstance(seen, sqlcipher3.Error):
            return getattr(seen, "sqlite_errorcode", None) not in _VAULT_INTACT
        seen = seen.__cause__ or seen.__context__
    return False


def log_bug(error: BaseException) -> None:
    """The kind of error and where it happened, never its message (it may quote the
    person's words) nor the values around it."""
    frames = traceback.extract_tb(error.__traceback__)
    where = "".join(f"\n  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
    log.error("unexpected %s%s", type(error).__name__, where)


def _say(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return str(error)
    log_bug(error)
    return QCoreApplication.translate("AppController", SORRY)
