"""RecoveryDesk: a private, offline recovery companion."""

__version__ = "0.1.0"
APP_NAME = "RecoveryDesk"
# The desktop ID: the .desktop file's name, the AppStream ID and the icon's name
# (packaging/org.recoverydesk.RecoveryDesk.*).
DESKTOP_ID = "org.recoverydesk.RecoveryDesk"
