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
    return parser


def run(args: argparse.Namespace) -> int:
    handlers = {"init": cmd_init, "check": cmd_check, "safety-plan": cmd_safety_plan}
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
    from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
    from recoverydesk.storage.settings_store import DeviceSettings

    vault = _vault(args)
    unlock(vault, args)
    try:
        plan = SafetyPlanStore(vault.connection).current()
        contacts = ContactStore(vault.connection).all()
    finally:
        vault.lock()
    country = DeviceSettings(vault.paths.device_settings).get(settings.COUNTRY)
    options = PlanDocumentOptions(
        name=args.name, excluded=frozenset(args.exclude), wallet_card=args.wallet_card,
        emergency_number=load_directory().emergency_number(country) if country else None)
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
