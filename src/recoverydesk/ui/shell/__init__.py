"""The window, its top bar and sidebar, the lock and first-run screens, app-wide shortcuts."""
