"""The command line: ``recoverydesk init``, ``recoverydesk check``, ``--version``.

No subcommand opens the window. The passphrase comes from the keychain (when the person
chose "remember on this computer"), ``--passphrase-fd N``, or an interactive prompt: never
from an argument or an environment variable. Imports no Qt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from recoverydesk import APP_NAME, __version__, passphrase, paths, settings
from recoverydesk.reports.documents import SECTIONS
from recoverydesk.safety_plan import SECTION_KEYS
from recoverydesk.storage.errors import KnownError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PROBLEMS_FOUND = 7


class CliError(KnownError):
    """A problem with how the command was called or answered."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="keep the vault in DIR instead of the usual place (portable mode)",
    )
    parser = argparse.ArgumentParser(
        prog="recoverydesk", parents=[common], allow_abbrev=False,
        description=f"{APP_NAME}: a private recovery companion. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], allow_abbrev=False,
                               help="create a new vault")
    init.add_argument("--passphrase-fd", type=int, metavar="N",
                      help="read the passphrase from file descriptor N (for scripts)")

    check = commands.add_parser("check", parents=[common], allow_abbrev=False,
                                help="unlock the vault and check the file is sound")
    check.add_argument("--passphrase-fd", type=int, metavar="N",
                       help="read the passphrase from file descriptor N (for scripts)")

    plan = commands.add_parser("safety-plan", parents=[common], allow_abbrev=False,
                               help="write your safety plan to a PDF")
    plan.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    plan.add_argument("--exclude", action="append", default=[], metavar="SECTION",
                      choices=SECTION_KEYS, help="leave a section out (can be repeated): "
                      + ", ".join(SECTION_KEYS))
    plan.add_argument("--wallet-card", action="store_true", help="small, wallet-card pages")
    plan.add_argument("--name", default="", help="a name to print on the plan")
    plan.add_argument("--passphrase-fd", type=int, metavar="N",
                      help="read the passphrase from file descriptor N (for scripts)")

    fd_help = "read the passphrase from file descriptor N (for scripts)"
    checkin = commands.add_parser("checkin", parents=[common], allow_abbrev=False,
                                  help="record a check-in: how you are right now")
    checkin.add_argument("--at", metavar="TIME", help="when (ISO 8601, e.g. 2026-11-22T21:30);"
                         " default now")
    checkin.add_argument("--mood", type=int, metavar="0-5")
    checkin.add_argument("--urge", action="append", default=[], metavar="TARGET=0-5",
                         help="an urge and how strong, e.g. self-harm=2 (can be repeated)")
    checkin.add_argument("--acted", action="append", default=[], metavar="TARGET",
                         help="an urge that was acted on (can be repeated)")
    checkin.add_argument("--emotion", action="append", default=[], metavar="NAME=0-5")
    checkin.add_argument("--distress", type=int, metavar="0-10")
    checkin.add_argument("--skill", action="append", default=[], metavar="NAME")
    checkin.add_argument("--sleep", type=float, metavar="HOURS")
    checkin.add_argument("--medication", choices=["yes", "no"])
    checkin.add_argument("--note", default="")
    checkin.add_argument("--passphrase-fd", type=int, metavar="N", help=fd_help)

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
    search.add_argument("--limit", type=int, default=20)
    listing = journal_commands.add_parser("list", parents=[common], allow_abbrev=False,
                                          help="the newest entries")
    listing.add_argument("--limit", type=int, default=20)
    for sub in (add, search, listing):
        sub.add_argument("--passphrase-fd", type=int, metavar="N", help=fd_help)
    _add_goal_commands(commands, common, fd_help)
    _add_insights_commands(commands, common, fd_help)
    return parser


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
    review.add_argument("goal_id", type=int, metavar="GOAL_ID",
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
        sub.add_argument("--passphrase-fd", type=int, metavar="N", help=fd_help)


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
    report.add_argument("--journal-entry", type=int, action="append", default=[],
                        metavar="ID", help="a journal entry to include (with --section journal)")
    report.add_argument("--name", default="", help="a name to print on the report")
    report.add_argument("--out", required=True, metavar="FILE")
    card = commands.add_parser("diary-card", parents=[common], allow_abbrev=False,
                               help="the weekly DBT diary card as a PDF")
    card.add_argument("--week", required=True, metavar="YYYY-Www", type=_iso_week)
    card.add_argument("--out", required=True, metavar="FILE")
    for sub in (export, imports, report, card):
        sub.add_argument("--passphrase-fd", type=int, metavar="N", help=fd_help)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} isn't a date like 2026-11-22") from None


def _iso_week(text: str):
    from datetime import date

    try:
        year, week = text.upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} isn't a week like 2026-W47") from None


def run(args: argparse.Namespace) -> int:
    handlers = {"init": cmd_init, "check": cmd_check, "safety-plan": cmd_safety_plan,
                "checkin": cmd_checkin, "journal": cmd_journal, "goals": cmd_goals,
                "export": cmd_export, "import": cmd_import, "report": cmd_report,
                "diary-card": cmd_diary_card}
    try:
        return handlers[args.command](args)
    except KnownError as e:
        print(f"{APP_NAME}: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return EXIT_ERROR


def _vault(args):
    from recoverydesk.storage.vault import Vault

    return Vault(paths.data_dir(getattr(args, "data_dir", None)))


def cmd_init(args) -> int:
    vault = _vault(args)
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
    from pathlib import Path

    from recoverydesk.crisis import load_directory
    from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions, printed_crisis_lines
    from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
    from recoverydesk.storage.settings_store import DeviceSettings

    vault = _vault(args)
    country = DeviceSettings(vault.paths.device_settings).get(settings.COUNTRY)
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
    out = Path(args.out).expanduser()
    print(f"Note: {out} will not be encrypted; anyone who opens it can read your plan.",
          file=sys.stderr)
    from recoverydesk.reports.pdf import write_safety_plan

    try:
        write_safety_plan(plan, contacts, options, out)
    except OSError as e:
        raise CliError(f"Couldn't write {out} ({e.strerror}).") from None
    print(f"Your safety plan is in {out}.")
    return EXIT_OK


def cmd_checkin(args) -> int:
    from datetime import datetime

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.storage.checkin_store import CheckInStore

    try:
        at = (datetime.fromisoformat(args.at) if args.at else datetime.now()).astimezone()
    except ValueError:
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
                                 newest_first=True, snippets_for=args.limit)
        else:
            found = store.page(0, args.limit)
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
    from pathlib import Path

    from recoverydesk.reports.documents import report_document
    from recoverydesk.reports.gather import report_content

    if args.last < args.first:
        raise CliError("--to comes before --from.")
    if args.journal_entry and "journal" not in args.section:
        raise CliError("--journal-entry needs --section journal.")
    out = Path(args.out).expanduser()
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
    from pathlib import Path

    from recoverydesk.reports.documents import diary_card_document
    from recoverydesk.reports.gather import insights_data

    out = Path(args.out).expanduser()
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
        if not sep or not key.strip() or not value.strip().isdigit():
            raise CliError(f"{name} takes NAME=NUMBER, like {name} self-harm=2.")
        pairs[key.strip()] = _ranged(int(value), name, top)
    return pairs


def _text_from_stdin_or_editor() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.read()
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise CliError("Give the text as an argument, pipe it in, or set $EDITOR.")
    return _edit_in(editor)


def _edit_in(editor: str) -> str:
    """Let an editor write the entry in a private temporary file (in memory where the system
    has /dev/shm), then overwrite and remove it."""
    import shlex
    import subprocess
    import tempfile

    folder = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: PTH112, S108
    fd, name = tempfile.mkstemp(prefix="recoverydesk-", suffix=".md", dir=folder)
    os.close(fd)
    try:
        subprocess.run([*shlex.split(editor), name], check=True)  # noqa: S603
        with open(name, encoding="utf-8") as f:  # noqa: PTH123
            text = f.read()
        with open(name, "r+b") as f:  # noqa: PTH123
            f.write(b"\0" * len(text.encode("utf-8")))
        return text
    except (OSError, subprocess.CalledProcessError) as e:
        raise CliError(f"The editor didn't finish ({e}). Nothing was added.") from None
    finally:
        os.unlink(name)  # noqa: PTH108


def unlock(vault, args) -> None:
    """Keychain, then ``--passphrase-fd``, then a prompt."""
    from recoverydesk.storage.errors import NoVaultError
    from recoverydesk.storage.settings_store import DeviceSettings

    if not vault.exists():
        raise NoVaultError(vault.paths.folder)
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        vault.unlock(read_passphrase_fd(fd))
        return
    device = DeviceSettings(vault.paths.device_settings)
    if device.get(settings.REMEMBERED_IN_KEYCHAIN):
        try:
            if vault.unlock_from_keychain():
                return
        except KnownError as e:
            print(f"{APP_NAME}: {e}", file=sys.stderr)
    _require_terminal()
    vault.unlock(getpass.getpass("Passphrase: "))


def read_passphrase_fd(fd: int) -> str:
    try:
        with os.fdopen(fd, "r", encoding="utf-8", closefd=False) as stream:
            line = stream.readline()
    except OSError:
        raise CliError(f"Couldn't read a passphrase from file descriptor {fd}.") from None
    secret = line[:-1] if line.endswith("\n") else line
    if not secret:
        raise CliError(f"File descriptor {fd} gave an empty passphrase.")
    return secret


def _require_terminal() -> None:
    if not sys.stdin.isatty():
        raise CliError("No terminal to ask for your passphrase. Use --passphrase-fd N in scripts.")
