"""Entry point: ``recoverydesk`` / ``python -m recoverydesk``."""

from __future__ import annotations

import logging
import sys
from types import SimpleNamespace
from typing import Any


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the bundle: a chart helper process starts here
        import multiprocessing

        multiprocessing.freeze_support()
    no_core_dumps()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    args = None if any(_not_text(arg) for arg in argv) else gui_args(argv)
    if args is None:  # a command, --help, --version, a mistake: the whole command line
        return _command_line(argv)
    from recoverydesk.app import run_gui  # Qt is imported only for the window

    return run_gui(args)


def gui_args(argv: list[str]) -> SimpleNamespace | None:
    """The options of ``recoverydesk`` with no command, read without building the command
    line's tree of commands (the app's usual start). None for anything else: a command,
    ``--help``, ``--version``, ``--``, an option value starting with "-" or a mistake, which
    the whole parser in cli.py then reads exactly as it always did. (argparse itself is not
    imported for this.)"""
    args = SimpleNamespace(command=None, quit_after_start=False, pseudo=False)
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--quit-after-start":
            args.quit_after_start = True
        elif arg == "--pseudo":
            args.pseudo = True
        elif arg.startswith("--data-dir="):
            args.data_dir = arg.partition("=")[2]
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            args.data_dir = rest.pop(0)
        else:
            return None
    return args


def _command_line(argv: list[str]) -> int:
    from recoverydesk import cli

    if any(_not_text(arg) for arg in argv):
        print(f"{cli.APP_NAME}: an argument isn't valid text (UTF-8); nothing was done.",
              file=sys.stderr)
        return cli.EXIT_USAGE
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    from recoverydesk.app import run_gui

    return run_gui(args)


def no_core_dumps() -> None:
    """A crash must not write the process's memory (keys, open entries) to a core file."""
    if sys.platform == "win32":
        import ctypes

        no_windows_error_reports(ctypes.WinDLL("kernel32"))
        return
    try:
        import resource
    except ImportError:  # neither Windows nor a POSIX system: nothing we know how to turn off
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        logging.getLogger(__name__).warning("could not turn core dumps off")


# SetErrorMode's flags (Microsoft Learn, "SetErrorMode function (errhandlingapi.h)"):
# SEM_NOGPFAULTERRORBOX: "The system does not invoke Windows Error Reporting", which is what
# collects a crashed process's memory into a dump on Windows; SEM_FAILCRITICALERRORS: no
# system message box that would hang the app. A child process (the chart helper) inherits both.
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def no_windows_error_reports(kernel32: Any) -> None:
    """Windows' counterpart of RLIMIT_CORE 0: keep a crash out of Windows Error Reporting,
    adding our flags to whatever error mode the process already has."""
    try:
        mode = kernel32.GetErrorMode()
        kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    except (OSError, AttributeError):
        logging.getLogger(__name__).warning("could not turn crash dumps off")


def _not_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:  # bytes that weren't UTF-8 arrive as lone surrogates
        return True
    return "\0" in arg


if __name__ == "__main__":
    sys.exit(main())
