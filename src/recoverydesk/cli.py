"""The command line: ``recoverydesk init``, ``recoverydesk check``, ``--version``.

No subcommand opens the window. The passphrase comes from the keychain (when the person
chose "remember on this computer"), ``--passphrase-fd N``, or an interactive prompt: never
from an argument or an environment variable. Imports no Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys

from recoverydesk import APP_NAME, __version__, passphrase, paths, settings
from recoverydesk.reports.sections import SECTIONS
from recoverydesk.safety_plan import SECTION_KEYS
from recoverydesk.storage.errors import KnownError, OutputPathError, from_os_error

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PROBLEMS_FOUND = 7

# The most rows a listing asks for, and the largest id a command takes (SQLite's integers).
MAX_LIMIT = 10_000
MAX_ROW_ID = 2**63 - 1
MAX_STDIN_BYTES = 16 * 1024 * 1024


class CliError(KnownError):
    """A problem with how the command was called or answered (argparse's exit code, 2)."""

    exit_code = EXIT_USAGE
    kind = "The command needs a change"


class CliProblemError(KnownError):
    """Something around the command that stops it (no terminal to ask on, an unreadable
    file descriptor): exit code 1."""

    exit_code = EXIT_ERROR


def _bounded_int(low: int, high: int, what: str):
    """An argparse type: a whole number in ASCII digits from ``low`` to ``high``."""
    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped[1:] if stripped[:1] in "+-" else stripped
        if not (digits.isascii() and digits.isdigit()):
            raise argparse.ArgumentTypeError(f"{text!r} isn't a whole number")
        value = int(stripped)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} goes from {low} to {high:,}")
        return value
    parse.__name__ = what
    return parse


_fd = _bounded_int(0, 65_535, "a file descriptor")
_limit = _bounded_int(1, MAX_LIMIT, "--limit")
_row_id = _bounded_int(1, MAX_ROW_ID, "a number")


class Parser(argparse.ArgumentParser):
    """argparse with a one-line usage error (exit 2). Subcommands inherit it, so a command
    added later gets the same."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (`{self.prog} --help` lists the "
                              "options)\n")


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False, allow_abbrev=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="keep the vault in DIR instead of the usual place (portable mode)",
    )
    parser = Parser(
        prog="recoverydesk", parents=[common], allow_abbrev=False,
        description=f"{APP_NAME}: a private recovery companion. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pseudo", action="store_true",
                        help="show the window in the pseudo-translation (finds clipped or "
                             "untranslated text)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], allow_abbrev=False,
                               help="create a new vault")
    init.add_argument("--passphrase-fd", type=_fd, metavar="N",
                      help="read the passphrase from file descriptor N (for scripts)")

    check = commands.add_parser("check", parents=[common], allow_abbrev=False,
                                help="unlock the vault and check the file is sound")
    check.add_argument("--passphrase-fd", type=_fd, metavar="N",
                       help="read the passphrase from file descriptor N (for scripts)")

    plan = commands.add_parser("safety-plan", parents=[common], allow_abbrev=False,
                               help="write your safety plan to a PDF")
    plan.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    plan.add_argument("--exclude", action="append", default=[], metavar="SECTION",
                      choices=SECTION_KEYS, help="leave a section out (can be repeated): "
                      + ", ".join(SECTION_KEYS))
    plan.add_argument("--wallet-card", action="store_true", help="small, wallet-card pages")
    plan.add_argument("--name", default="", help="a name to print on the plan")
    plan.add_argument("--passphrase-fd", type=_fd, metavar="N",
                      help="read the passphrase from file descriptor N (for scripts)")

    fd_help = "read the passphrase from file descriptor N (for scripts)"
    checkin = commands.add_parser("checkin", parents=[common], allow_abbrev=False,
                                  help="record a check-in: how you are right now")
    checkin.add_argument("--at", metavar="TIME", help="when (ISO 8601, e.g. 2026-11-22T21:30);"
                         " default now")
    checkin.add_argument("--mood", type=_bounded_int(0, 5, "--mood"), metavar="0-5")
    checkin.add_argument("--urge", action="append", default=[], metavar="TARGET=0-5",
                         help="an urge and how strong, e.g. self-harm=2 (can be repeated)")
    checkin.add_argument("--acted", action="append", default=[], metavar="TARGET",
                         help="an urge that was acted on (can be repeated)")
    checkin.add_argument("--emotion", action="append", default=[], metavar="NAME=0-5")
    checkin.add_argument("--distress", type=_bounded_int(0, 10, "--distress"), metavar="0-10")
    checkin.add_argument("--skill", action="append", default=[], metavar="NAME")
    checkin.add_argument("--sleep", type=float, metavar="HOURS")
    checkin.add_argument("--medication", choices=["yes", "no"])
    checkin.add_argument("--note", default="")
    checkin.add_argument("--passphrase-fd", type=_fd, metavar="N", help=fd_help)

    journal = commands.add_parser("journal", parents=[common], allow_abbrev=False,
                                  help="add to, search or list your journal")
    journal_commands = journal.add_subparsers(dest="journal_command", metavar="ACTION",
                                              required=True)
    add = journal_commands.add_parser("add", parents=[common], allow_abbrev=False,
                                      help="add an entry (text from the argument, from "
                                      "standard input, or from $EDITOR)")
    add.add_argument("text", nargs="?")
    add.add_argument("--title", default="")
    add.add_argument("--tag", action="append", default=[])
    search = journal_commands.add_parser("search", parents=[common], allow_abbrev=False,
                                         help="find entries with all these words")
    search.add_argument("words", nargs="+")
    search.add_argument("--tag")
    search.add_argument("--limit", type=_limit, default=20)
    listing = journal_commands.add_parser("list", parents=[common], allow_abbrev=False,
                                          help="the newest entries")
    listing.add_argument("--limit", type=_limit, default=20)
    for sub in (add, search, listing):
        sub.add_argument("--passphrase-fd", type=_fd, metavar="N", help=fd_help)
    _add_goal_commands(commands, common, fd_help)
    _add_insights_commands(commands, common, fd_help)
    _add_backup_commands(commands, common)
    return parser


def _add_backup_commands(commands, common) -> None:
    """backup, restore and passwd. With --passphrase-fd N, each answer is one line of N."""
    fd_help = ("read passphrases from file descriptor N, one line each, in the order the "
               "questions come (for scripts)")
    backup = commands.add_parser("backup", parents=[common], allow_abbrev=False,
                                 help="write an encrypted, checked backup of your vault")
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--separate-passphrase", action="store_true",
                        help="protect the backup with a passphrase of its own (asked next)")
    restore = commands.add_parser("restore", parents=[common], allow_abbrev=False,
                                  help="check a backup, show what it holds, and put it in "
                                  "place of your vault (the old file is kept aside)")
    restore.add_argument("path", metavar="FILE")
    restore.add_argument("--dry-run", action="store_true",
                         help="check the backup and show what it holds; change nothing")
    passwd = commands.add_parser("passwd", parents=[common], allow_abbrev=False,
                                 help="change your passphrase")
    for sub in (backup, restore, passwd):
        sub.add_argument("--passphrase-fd", type=int, metavar="N", help=fd_help)


def _add_goal_commands(commands, common, fd_help: str) -> None:
    goals = commands.add_parser("goals", parents=[common], allow_abbrev=False,
                                help="see your goals, or write a review of one")
    actions = goals.add_subparsers(dest="goals_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], allow_abbrev=False,
                                 help="your active and paused goals, with progress and the "
                                 "next step")
    listing.add_argument("--all", action="store_true",
                         help="achieved goals and goals you let go, too")
    review = actions.add_parser("review", parents=[common], allow_abbrev=False,
                                help="a short, dated reflection on one goal")
    review.add_argument("goal_id", type=_row_id, metavar="GOAL_ID",
                        help="the number `goals list` shows")
    review.add_argument("--note", default="", metavar="TEXT", help="what you'd like to note")
    review.add_argument("--went-well", default="", metavar="TEXT")
    review.add_argument("--in-the-way", default="", metavar="TEXT",
                        help="what got in the way")
    review.add_argument("--next-step", default="", metavar="TEXT",
                        help="the next small step (added to the goal's steps)")
    review.add_argument("--look-again", metavar="DATE",
                        help="when to look at it again (YYYY-MM-DD); default in two weeks")
    for sub in (listing, review):
        sub.add_argument("--passphrase-fd", type=_fd, metavar="N", help=fd_help)


def _add_insights_commands(commands, common, fd_help: str) -> None:
    """export, import, report and diary-card (docs/export-format.md)."""
    export = commands.add_parser("export", parents=[common], allow_abbrev=False,
                                 help="write your records to open, unencrypted files")
    export.add_argument("--format", required=True, choices=["json", "csv", "markdown"])
    export.add_argument("--out", required=True, metavar="PATH",
                        help="a file (json) or a new folder (csv, markdown)")
    export.add_argument("--since", metavar="YYYY-MM-DD", type=_day)
    export.add_argument("--until", metavar="YYYY-MM-DD", type=_day)
    imports = commands.add_parser("import", parents=[common], allow_abbrev=False,
                                  help="bring in records from an export")
    imports.add_argument("path", metavar="PATH")
    imports.add_argument("--from", dest="source", required=True,
                         choices=["recoverydesk", "daylio", "jrnl"])
    imports.add_argument("--dry-run", action="store_true",
                         help="show what would be imported and stop")
    report = commands.add_parser("report", parents=[common], allow_abbrev=False,
                                 help="a PDF for your therapist with only the sections you name")
    report.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", type=_day)
    report.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", type=_day)
    sections = list(SECTIONS)
    report.add_argument("--section", nargs="+", required=True, metavar="NAME",
                        choices=sections, help=", ".join(sections))
    report.add_argument("--journal-entry", type=_row_id, action="append", default=[],
                        metavar="ID", help="a journal entry to include (with --section journal)")
    report.add_argument("--name", default="", help="a name to print on the report")
    report.add_argument("--out", required=True, metavar="FILE")
    card = commands.add_parser("diary-card", parents=[common], allow_abbrev=False,
                               help="the weekly DBT diary card as a PDF")
    card.add_argument("--week", required=True, metavar="YYYY-Www", type=_iso_week)
    card.add_argument("--out", required=True, metavar="FILE")
    for sub in (export, imports, report, card):
        sub.add_argument("--passphrase-fd", type=_fd, metavar="N", help=fd_help)


def _day(text: str):
    from datetime import date

    try:
        return _in_range(date.fromisoformat(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} isn't a date like 2026-11-22") from None


def _iso_week(text: str):
    from datetime import date

    try:
        year, week = text.upper().split("-W")
        if not (year + week).isascii():
            raise ValueError(text)
        return _in_range(date.fromisocalendar(int(year), int(week), 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} isn't a week like 2026-W47") from None


# Dates a person can mean: a year outside these is a typo, and would overflow the local
# time zone's arithmetic.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _in_range(moment):
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"year {moment.year}")
    return moment


def run(args: argparse.Namespace) -> int:
    handlers = {"init": cmd_init, "check": cmd_check, "safety-plan": cmd_safety_plan,
                "checkin": cmd_checkin, "journal": cmd_journal, "goals": cmd_goals,
                "export": cmd_export, "import": cmd_import, "report": cmd_report,
                "diary-card": cmd_diary_card, "backup": cmd_backup, "restore": cmd_restore,
                "passwd": cmd_passwd}
    handler = handlers[args.command]
    _use_language(args)
    if writes(args):
        handler = _holding_the_vault(handler)
    return run_handled(handler, args)


def _use_language(args: argparse.Namespace) -> None:
    """The documents made here and storage's messages follow the app's language
    (``RECOVERYDESK_LANG``, the Language setting, else the system's); the command line's own
    help and messages are English (README, "Languages")."""
    from recoverydesk import i18n
    from recoverydesk.storage.settings_store import DeviceSettings
    from recoverydesk.storage.vault import VaultPaths

    wanted = os.environ.get("RECOVERYDESK_LANG", "").strip().lower()
    if wanted == i18n.PSEUDO:
        i18n.use(wanted)
        return
    folder = paths.data_dir(getattr(args, "data_dir", None))
    try:
        setting = str(DeviceSettings(VaultPaths(folder).device_settings).get(settings.LANGUAGE))
    except (OSError, KnownError):
        setting = ""
    i18n.use(i18n.choose_language(wanted or setting))


def _holding_the_vault(handler):
    """A writing command runs only while no app has the vault open (VaultInUseError)."""
    def run_alone(args: argparse.Namespace) -> int:
        from recoverydesk.storage.instance_lock import InstanceLock

        with InstanceLock(paths.data_dir(getattr(args, "data_dir", None))):
            return handler(args)
    return run_alone


def run_handled(handler, args: argparse.Namespace) -> int:
    """Run one command; everything a person can meet ends in one line on stderr and its exit
    code (README, "Command line"). Every subcommand goes through here."""
    try:
        return handler(args)
    except KnownError as e:
        return _say_error(e)
    except BrokenPipeError:
        return _output_closed()
    except OSError as e:
        known = from_os_error(e)
        if known is None:
            raise
        return _say_error(known)
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return EXIT_ERROR


def writes(args: argparse.Namespace) -> bool:
    """Commands that change the vault: refused while the app has it open (one writer)."""
    if args.command in {"init", "checkin", "passwd"}:
        return True
    if args.command in {"import", "restore"}:
        return not args.dry_run
    return (getattr(args, "journal_command", None) == "add"
            or getattr(args, "goals_command", None) == "review")


def _say_error(error: KnownError) -> int:
    print(f"{APP_NAME}: {error}", file=sys.stderr)
    return error.exit_code


def _output_closed() -> int:
    """Standard output went away (a closed pipe): say so once; what was done stays done."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    print(f"{APP_NAME}: the output was closed before everything was written.",
          file=sys.stderr)
    return EXIT_USAGE


def _vault(args):
    from recoverydesk.storage.vault import Vault

    return Vault(paths.data_dir(getattr(args, "data_dir", None)))


def cmd_init(args) -> int:
    vault = _vault(args)
    folder = vault.paths.folder
    if folder.exists() and not folder.is_dir():
        raise OutputPathError(f"{folder} is a file, not a folder. Give --data-dir a folder; "
                              "nothing was changed.")
    if vault.exists():
        from recoverydesk.storage.errors import VaultExistsError

        raise VaultExistsError(vault.paths.folder)
    if args.passphrase_fd is not None:
        secret = read_passphrase_fd(args.passphrase_fd)
        repeated = secret
    else:
        _require_terminal()
        print(passphrase.strength_hint(""), file=sys.stderr)
        secret = getpass.getpass("Choose a passphrase: ")
        repeated = getpass.getpass("Type it again: ")
    trouble = passphrase.problem(secret, repeated)
    if trouble:
        raise CliError(trouble)
    print("Creating your vault (this takes a moment)…", file=sys.stderr)
    recovery_key = vault.create(secret)
    vault.lock()
    print(f"Your vault is ready in {vault.paths.folder}.\n")
    print("Your recovery key (it opens your vault if you ever lose your passphrase):\n")
    print(f"    {recovery_key}\n")
    print("Keep it somewhere private and safe. It is shown only now.")
    return EXIT_OK


def cmd_check(args) -> int:
    vault = _vault(args)
    unlock(vault, args)
    try:
        problems = vault.integrity_problems()
    finally:
        vault.lock()
    if problems:
        print("The vault opened, but the check found problems:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return EXIT_PROBLEMS_FOUND
    print(f"Your vault in {vault.paths.folder} opened and is sound.")
    return EXIT_OK


def cmd_safety_plan(args) -> int:

    from recoverydesk.crisis import load_directory
    from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions, printed_crisis_lines
    from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore

    out = _output(args.out)
    vault = _vault(args)
    country = device_settings(vault).get(settings.COUNTRY)
    directory = load_directory()
    unlock(vault, args)
    try:
        plan = SafetyPlanStore(vault.connection).current()
        contacts = ContactStore(vault.connection).all()
        crisis = printed_crisis_lines(directory, country, CrisisLinePrefs(vault.connection))
    finally:
        vault.lock()
    options = PlanDocumentOptions(
        name=args.name, excluded=frozenset(args.exclude), wallet_card=args.wallet_card,
        emergency_number=directory.emergency_number(country) if country else None,
        crisis=crisis)
    _warn_unencrypted(out, "your plan")
    from recoverydesk.reports.pdf import write_safety_plan

    write_safety_plan(plan, contacts, options, out)
    print(f"Your safety plan is in {out}.")
    return EXIT_OK


def cmd_checkin(args) -> int:
    from datetime import datetime

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.storage.checkin_store import CheckInStore

    try:
        at = _in_range(datetime.fromisoformat(args.at) if args.at else datetime.now())
        at = at.astimezone()
    except (ValueError, OverflowError):
        raise CliError(f"--at {args.at!r} isn't a time RecoveryDesk can read; try "
                       "2026-11-22T21:30.") from None
    levels = _pairs(args.urge, "--urge", 5)
    for target in args.acted:
        levels.setdefault(target, None)
    urges = tuple(Urge(target, level, target in args.acted) for target, level in levels.items())
    checkin = CheckIn(
        at=at.replace(microsecond=0), mood=_ranged(args.mood, "--mood", 5),
        distress=_ranged(args.distress, "--distress", 10), urges=urges,
        emotions={k: v for k, v in _pairs(args.emotion, "--emotion", 5).items()
                  if v is not None},
        skills=frozenset(args.skill), note=args.note,
        sleep_hours=None if args.sleep is None else _sleep(args.sleep),
        medication=None if args.medication is None else args.medication == "yes")
    vault = _vault(args)
    unlock(vault, args)
    try:
        CheckInStore(vault.connection).save(checkin)
    finally:
        vault.lock()
    print(f"Check-in saved ({checkin.at:%d %b %Y, %H:%M}).")
    return EXIT_OK


def cmd_journal(args) -> int:
    from datetime import UTC, datetime

    from recoverydesk.storage.journal_store import HIT_END, HIT_START, JournalStore

    text = None
    if args.journal_command == "add":
        text = args.text if args.text is not None else _text_from_stdin_or_editor()
        if not text.strip():
            raise CliError("The entry is empty, so nothing was added.")
    vault = _vault(args)
    unlock(vault, args)
    try:
        store = JournalStore(vault.connection)
        if args.journal_command == "add":
            store.add(args.title, (text or "").rstrip("\n"), args.tag, datetime.now(UTC))
            print("Added to your journal.")
            return EXIT_OK
        if args.journal_command == "search":
            found = store.search(" ".join(args.words), tag=args.tag, limit=args.limit,
                                 snippets_for=args.limit)
        else:
            found = store.page(args.limit)
    finally:
        vault.lock()
    for entry in found:
        when = entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        snippet = (entry.snippet or "").replace(HIT_START, "[").replace(HIT_END, "]")
        draft = " (draft)" if entry.is_draft else ""
        print(f"{when}  {entry.title or 'Untitled'}{draft}\n    {snippet}")
    if not found:
        print("Nothing found." if args.journal_command == "search" else "No entries yet.")
    return EXIT_OK


def cmd_goals(args) -> int:
    from datetime import date, datetime, timedelta

    from recoverydesk.goals import GoalState, Review
    from recoverydesk.storage.goal_store import GoalStore

    if args.goals_command == "review":
        review = Review(datetime.now().astimezone().replace(microsecond=0), args.went_well,
                        args.in_the_way, args.next_step, args.note)
        if review.empty:
            raise CliError("The review is empty, so nothing was kept. Try --note TEXT.")
        try:
            look_again = (date.fromisoformat(args.look_again) if args.look_again
                          else date.today() + timedelta(weeks=2))
        except ValueError:
            raise CliError(f"--look-again {args.look_again!r} isn't a date RecoveryDesk can "
                           "read; try 2026-11-30.") from None
    vault = _vault(args)
    unlock(vault, args)
    try:
        store = GoalStore(vault.connection)
        if args.goals_command == "review":
            try:
                goal = store.get(args.goal_id)
            except KeyError:
                raise CliError(f"There's no goal number {args.goal_id}. "
                               "`recoverydesk goals list` shows their numbers.") from None
            store.add_review(args.goal_id, review, look_again, next_step_as_step=True)
            print(f"Review kept for “{goal.name}”. Next look: {look_again:%d %b %Y}.")
            return EXIT_OK
        today = date.today()
        shown = [g for g in store.all() if args.all or g.state.open]
        shown.sort(key=lambda g: list(GoalState).index(g.state))
        lines = [_goal_lines(g, store.progress(g, today), today) for g in shown]
    finally:
        vault.lock()
    print("\n\n".join(lines) if lines else
          "No goals yet. You can set one up on the Goals page in RecoveryDesk.")
    return EXIT_OK


def _goal_lines(goal, progress, today) -> str:
    lines = [f"{goal.id:>3}  {goal.name} ({goal.state.label.lower()})"]
    if progress is not None:
        lines.append(f"     {progress.sentence()}")
    step = goal.next_step()
    if step is not None and goal.state.open:
        due = f" (by {step.due:%d %b})" if step.due else ""
        lines.append(f"     Next step: {step.text}{due}")
    if goal.review_due(today):
        lines.append("     Time to look at this goal? `recoverydesk goals review "
                     f"{goal.id} --note TEXT`")
    return "\n".join(lines)


def cmd_export(args) -> int:
    from pathlib import Path

    from recoverydesk import exchange
    from recoverydesk.reports.gather import local_range

    since = local_range(args.since, args.since)[0] if args.since else None
    until = local_range(args.until, args.until)[1] if args.until else None
    out = Path(args.out).expanduser()
    if not args.out.strip():
        raise OutputPathError("The --out name is empty. Give a file or a new folder name.")
    if args.format == "json":
        out = _output(args.out)
    _warn_unencrypted(out, "your records")
    vault = _vault(args)
    unlock(vault, args)
    try:
        exchange.export(args.format, vault.connection, out, since, until)
    finally:
        vault.lock()
    print(f"Exported to {out}.")
    return EXIT_OK


def cmd_import(args) -> int:
    from pathlib import Path

    from recoverydesk import exchange

    vault = _vault(args)
    unlock(vault, args)
    try:
        plan = exchange.plan_import(args.source, vault.connection, Path(args.path).expanduser())
        print(plan.describe())
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return EXIT_OK
        plan.write(vault.connection)
    finally:
        vault.lock()
    print("Imported.")
    return EXIT_OK


def cmd_report(args) -> int:

    from recoverydesk.reports.documents import report_document
    from recoverydesk.reports.gather import report_content

    if args.last < args.first:
        raise CliError("--to comes before --from.")
    if args.journal_entry and "journal" not in args.section:
        raise CliError("--journal-entry needs --section journal.")
    out = _output(args.out)
    _warn_unencrypted(out, "the report")
    vault = _vault(args)
    unlock(vault, args)
    try:
        try:
            content = report_content(vault.connection, args.first, args.last, args.section,
                                     args.journal_entry, name=args.name)
        except KeyError as e:
            raise CliError(f"There is no journal entry {e.args[0]}.") from None
    finally:
        vault.lock()
    _write_pdf(report_document(content), out)
    print(f"Your report is in {out}.")
    return EXIT_OK


def cmd_diary_card(args) -> int:
    from datetime import timedelta

    from recoverydesk.reports.documents import diary_card_document
    from recoverydesk.reports.gather import insights_data

    out = _output(args.out)
    _warn_unencrypted(out, "the diary card")
    vault = _vault(args)
    unlock(vault, args)
    try:
        data = insights_data(vault.connection, args.week, args.week + timedelta(days=6))
    finally:
        vault.lock()
    _write_pdf(diary_card_document(data.checkins, [args.week], data.urge_targets,
                                   data.emotions), out)
    print(f"Your diary card is in {out}.")
    return EXIT_OK


def _output(text: str):
    """``--out`` checked as a place for a new file before anything is unlocked or made."""
    from pathlib import Path

    from recoverydesk.storage.files import check_output_path

    return check_output_path(Path(text).expanduser() if text.strip() else text)


def _warn_unencrypted(out, what: str) -> None:
    print(f"Note: {out} will not be encrypted; anyone who opens it can read {what}.",
          file=sys.stderr)


def _write_pdf(document, out) -> None:
    from recoverydesk.reports.pdf import write_document

    write_document(document, out)


def _ranged(value: int | None, name: str, top: int) -> int | None:
    if value is not None and not 0 <= value <= top:
        raise CliError(f"{name} goes from 0 to {top}.")
    return value


def _sleep(hours: float) -> float:
    if not 0 <= hours <= 24:
        raise CliError("--sleep is a number of hours from 0 to 24.")
    return hours


def _pairs(items: list[str], name: str, top: int) -> dict[str, int | None]:
    pairs: dict[str, int | None] = {}
    for item in items:
        key, sep, value = item.rpartition("=")
        value = value.strip()
        if not sep or not key.strip() or not (value.isascii() and value.isdigit()):
            raise CliError(f"{name} takes NAME=NUMBER, like {name} self-harm=2.")
        pairs[key.strip()] = _ranged(int(value), name, top)
    return pairs


def _text_from_stdin_or_editor() -> str:
    if not sys.stdin.isatty():
        data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
        if len(data) > MAX_STDIN_BYTES:
            raise CliError("That is more text than one journal entry takes "
                           f"({MAX_STDIN_BYTES // 2**20} MiB). Nothing was added.")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise CliError(f"The text piped in isn't UTF-8 (byte {e.start} can't be read). "
                           "Nothing was added.") from None
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise CliError("Give the text as an argument, pipe it in, or set $EDITOR.")
    return _edit_in(editor)


def _edit_in(editor: str) -> str:
    """Let an editor write the entry in a private temporary folder (in memory where the
    system has /dev/shm); every file in it (the entry, the editor's backup ``entry.md~``, its
    swap file) is overwritten, and the folder removed whole."""
    import shlex
    import subprocess
    import tempfile

    base = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: PTH112, S108
    folder = tempfile.mkdtemp(prefix="recoverydesk-", dir=base)  # 0700
    name = os.path.join(folder, "entry.md")  # noqa: PTH118
    try:
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        subprocess.run([*shlex.split(editor), name], check=True)  # noqa: S603
        with open(name, "rb") as f:  # noqa: PTH123
            data = f.read(MAX_STDIN_BYTES + 1)
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError("The entry isn't UTF-8 text. Nothing was added.") from None
    except (OSError, ValueError, subprocess.CalledProcessError) as e:
        raise CliError(f"The editor didn't finish ({type(e).__name__}). Nothing was added."
                       ) from None
    finally:
        _shred_folder(folder)


def _shred_folder(folder: str) -> None:
    """Overwrite every file under ``folder`` with zeros, then remove it all."""
    import shutil

    for root, _dirs, files in os.walk(folder):
        for file in files:
            path = os.path.join(root, file)  # noqa: PTH118
            with contextlib.suppress(OSError), open(path, "r+b") as f:  # noqa: PTH123
                f.write(b"\0" * os.fstat(f.fileno()).st_size)
    shutil.rmtree(folder, ignore_errors=True)


def cmd_backup(args) -> int:
    from pathlib import Path

    vault = _vault(args)
    unlock(vault, args)
    try:
        separate = None
        if args.separate_passphrase:
            separate = _new_passphrase(args, "Choose a passphrase for this backup: ")
        print("Writing and checking the backup…", file=sys.stderr)
        result = vault.back_up(Path(args.out), separate)
        _note_backup(vault)
    finally:
        vault.lock()
    opens = ("the backup passphrase you just chose" if separate else
             "your passphrase of today")
    print(f"Backed up to {result.path} ({result.size_bytes:,} bytes) and checked. It opens "
          f"with {opens} or your recovery key.")
    return EXIT_OK


def cmd_restore(args) -> int:
    from pathlib import Path

    from recoverydesk.storage import backup

    found = backup.read_backup(Path(args.path).expanduser())
    vault = _vault(args)
    if not vault.exists():
        return _restore_into_new_folder(vault, found, args)
    unlock(vault, args)
    try:
        key = vault.backup_key(found) or found.key_from_passphrase(
            _ask(args, "Passphrase for this backup: "))
        print("\n".join(backup.preview(found, key).lines()))
        if args.dry_run:
            print("Nothing was changed (--dry-run).")
            return EXIT_OK
        result = vault.restore(found, key)
    finally:
        vault.lock()
    print(f"Restored. Your vault as it was is kept in {result.kept_aside}. Your passphrase "
          "and recovery key are as before.")
    return EXIT_OK


def _restore_into_new_folder(vault, found, args) -> int:
    from recoverydesk.storage import backup

    secret = _ask(args, "Passphrase for this backup: ")
    key = found.key_from_passphrase(secret)
    print("\n".join(backup.preview(found, key).lines()))
    if args.dry_run:
        print("Nothing was changed (--dry-run).")
        return EXIT_OK
    try:
        vault.restore(found, key, passphrase=secret)
    finally:
        vault.lock()
    print(f"Restored into {vault.paths.folder}. It opens with the passphrase you just typed "
          "(`recoverydesk passwd` changes it) and with the recovery key of the backup.")
    return EXIT_OK


def cmd_passwd(args) -> int:
    vault = _vault(args)
    if not vault.exists():
        from recoverydesk.storage.errors import NoVaultError

        raise NoVaultError(vault.paths.folder)
    vault.unlock(_ask(args, "Current passphrase: "))  # never the keychain: you must know it
    try:
        new = _new_passphrase(args, "New passphrase: ")
        print("Changing your passphrase (this takes a moment)…", file=sys.stderr)
        vault.change_passphrase(new)
    finally:
        vault.lock()
    print("Your passphrase is changed. Your recovery key and backups made before keep "
          "working with what opened them then.")
    return EXIT_OK


def _ask(args, prompt: str) -> str:
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        return read_passphrase_fd(fd)
    _require_terminal()
    return getpass.getpass(prompt)


def _new_passphrase(args, prompt: str) -> str:
    """A new passphrase, typed twice at a terminal (once from --passphrase-fd), checked."""
    if getattr(args, "passphrase_fd", None) is not None:
        secret = repeated = read_passphrase_fd(args.passphrase_fd)
    else:
        _require_terminal()
        print(passphrase.strength_hint(""), file=sys.stderr)
        secret = getpass.getpass(prompt)
        repeated = getpass.getpass("Type it again: ")
    trouble = passphrase.problem(secret, repeated)
    if trouble:
        raise CliError(trouble)
    return secret


def _note_backup(vault) -> None:
    from datetime import UTC, datetime

    vault.settings().set(settings.LAST_BACKUP_AT,
                         datetime.now(UTC).isoformat(timespec="seconds"))


def unlock(vault, args) -> None:
    """Keychain, then ``--passphrase-fd``, then a prompt."""
    from recoverydesk.storage.errors import NoVaultError

    if not vault.exists():
        raise NoVaultError(vault.paths.folder)
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        vault.unlock(read_passphrase_fd(fd))
        return
    device = device_settings(vault)
    if device.get(settings.REMEMBERED_IN_KEYCHAIN):
        try:
            if vault.unlock_from_keychain():
                return
        except KnownError as e:
            print(f"{APP_NAME}: {e}", file=sys.stderr)
    _require_terminal()
    vault.unlock(getpass.getpass("Passphrase: "))


def device_settings(vault):
    """This computer's settings; a file that can't be trusted is said once, on stderr."""
    from recoverydesk.storage.settings_store import DeviceSettings

    device = DeviceSettings(vault.paths.device_settings)
    if device.problem:
        print(f"{APP_NAME}: {device.problem}", file=sys.stderr)
    return device


def read_passphrase_fd(fd: int) -> str:
    """One line of ``fd``, read a byte at a time so the next line stays for the next question."""
    line = bytearray()
    try:
        while len(line) < 4096 and (byte := os.read(fd, 1)) and byte != b"\n":
            line += byte
        secret = line.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise CliProblemError(f"Couldn't read a passphrase from file descriptor {fd}.") from None
    if not secret:
        raise CliProblemError(f"File descriptor {fd} gave an empty passphrase.")
    return secret


def _require_terminal() -> None:
    if not sys.stdin.isatty():
        raise CliProblemError("No terminal to ask for your passphrase. "
                              "Use --passphrase-fd N in scripts.")
