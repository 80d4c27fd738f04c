"""Entry point: ``recoverydesk`` / ``python -m recoverydesk``."""

from __future__ import annotations

import logging
import sys

from recoverydesk import cli


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the bundle: a chart helper process starts here
        import multiprocessing

        multiprocessing.freeze_support()
    no_core_dumps()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    if any(_not_text(arg) for arg in argv):
        print(f"{cli.APP_NAME}: an argument isn't valid text (UTF-8); nothing was done.",
              file=sys.stderr)
        return cli.EXIT_USAGE
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    from recoverydesk.app import run_gui  # Qt is imported only for the window

    return run_gui(args)


def no_core_dumps() -> None:
    """A crash must not write the process's memory (keys, open entries) to a core file."""
    try:
        import resource
    except ImportError:  # Windows: no core files of this kind
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        logging.getLogger(__name__).warning("could not turn core dumps off")


def _not_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:  # bytes that weren't UTF-8 arrive as lone surrogates
        return True
    return "\0" in arg


if __name__ == "__main__":
    sys.exit(main())
