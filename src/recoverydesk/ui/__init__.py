"""The PySide6 window over the core. Views lay things out; controllers decide."""
