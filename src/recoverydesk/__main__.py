"""Entry point: ``recoverydesk`` / ``python -m recoverydesk``."""

from __future__ import annotations

import logging
import sys

from recoverydesk import cli


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    from recoverydesk.app import run_gui  # Qt is imported only for the window

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
