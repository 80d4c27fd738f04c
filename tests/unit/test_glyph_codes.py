"""The glyph table the app draws from matches the font qtawesome ships, and covers every icon."""

from __future__ import annotations

import json

from recoverydesk.ui.design import glyphs
from recoverydesk.ui.design.glyph_codes import CODES
from recoverydesk.ui.design.icons import NAMES


def _installed_charmap() -> dict[str, str]:
    font = glyphs.font_file()
    assert font is not None, "qtawesome's Material Design Icons 6 font is installed"
    charmap = font.with_name(font.name.replace("webfont-", "webfont-charmap-")).with_suffix(".json")
    return json.loads(charmap.read_text(encoding="utf-8"))


def test_every_code_is_the_installed_fonts():
    charmap = _installed_charmap()
    assert {name: int(charmap[name], 16) for name in CODES} == CODES


def test_every_icon_the_app_names_is_in_the_table():
    prefix = glyphs.PREFIX + "."
    assert all(name.startswith(prefix) for name in NAMES.values())
    assert {name.removeprefix(prefix) for name in NAMES.values()} <= set(CODES)


def test_a_glyph_not_in_the_table_is_left_to_qtawesome(qtbot):
    assert glyphs.glyph_icon("mdi6.eye-outline", "#000", "#888", "#fff", 1.0) is not None
    assert glyphs.glyph_icon("mdi6.no-such-glyph", "#000", "#888", "#fff", 1.0) is None
    assert glyphs.glyph_icon("fa5s.eye", "#000", "#888", "#fff", 1.0) is None
