"""PyInstaller runtime hook: qtawesome loads only Material Design Icons 6, the one icon font
the app draws with (ui/design/icons.py), so the bundle leaves out its nine other fonts (4.5 MB).

qtawesome opens every font it lists in ``_BUNDLED_FONTS`` the first time an icon is asked for;
this hook trims that list right after qtawesome is imported, without importing it any earlier.
"""

import importlib.abc
import importlib.util
import sys

KEPT_FONTS = ("mdi6",)


class _Trimmed(importlib.abc.Loader):
    """qtawesome's own loader, then the font list cut to KEPT_FONTS."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def create_module(self, spec):
        return self._inner.create_module(spec)

    def exec_module(self, module):
        self._inner.exec_module(module)
        module._BUNDLED_FONTS = tuple(
            font for font in module._BUNDLED_FONTS if font[0] in KEPT_FONTS)
        if not module._BUNDLED_FONTS:
            raise ImportError(f"qtawesome lists none of {KEPT_FONTS} any more")


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "qtawesome":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        spec.loader = _Trimmed(spec.loader)
        return spec


sys.meta_path.insert(0, _Finder())
