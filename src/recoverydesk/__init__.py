"""RecoveryDesk: a private, offline recovery companion."""

__version__ = "0.1.0"
APP_NAME = "RecoveryDesk"
