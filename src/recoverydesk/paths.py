"""Where things are: the data folder (platformdirs, or ``--data-dir``) and shipped assets."""

from __future__ import annotations

import sys
from pathlib import Path

from recoverydesk import APP_NAME


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir(override: str | Path | None = None) -> Path:
    """``override`` (portable mode: a folder on a USB stick, say) or the platform's own."""
    return Path(override).expanduser().resolve() if override else default_data_dir()


def assets_dir() -> Path:
    """``assets/`` from the source tree, or from the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def asset(name: str) -> Path:
    path = assets_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"RecoveryDesk asset missing: {path}")
    return path
