"""One change to how PySide6 watches imports, made as soon as Qt is loaded.

Once ``PySide6.QtCore`` is imported, PySide6 runs a check after every module imported in
the process: it reads the module's whole source file (``inspect.getsource``, which also
keeps the text in ``linecache``) and looks for the word "PySide6", to learn which modules
may use its opt-in ``from __feature__ import snake_case, true_property`` spellings
(``shibokensupport/feature.py``, ``_mod_uses_pyside``; the same cost is described in
napari issue #8584). RecoveryDesk never uses ``__feature__``. Here the check cost about
0.25 ms a module, 20–25 ms for the ~90 modules loaded before the lock screen, and kept
their source text in memory.

The answer is the same for our modules without reading them: the Qt side of RecoveryDesk
is ``recoverydesk.ui``, ``app`` and ``__main__`` (the core, ``recoverydesk.storage``, ``skills``
and the rest, imports no Qt: tests/unit/test_layers.py), and neither the standard library
nor our other dependencies use PySide6.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Modules that use PySide6 (PySide's own question: does the source mention it?).
QT_MODULES = ("recoverydesk.ui", "recoverydesk.app", "recoverydesk.__main__", "__main__",
              "PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    name = getattr(module, "__name__", "")
    return any(name == prefix or name.startswith(prefix + ".") for prefix in QT_MODULES)


def answer_feature_check_by_name() -> bool:
    """Let PySide6 learn which modules use it from their names, not their source files.
    False (nothing changed) when this PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
