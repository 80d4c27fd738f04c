"""The code point of each Material Design Icons 6 glyph the app draws (icons.NAMES),
copied from the charmap qtawesome ships beside the font
(qtawesome/fonts/materialdesignicons6-webfont-charmap-6.9.96.json).

Kept here so the lock screen need not read that charmap (7,367 glyphs) to draw one
eye. tests/unit/test_glyph_codes.py checks every code against the installed charmap, and
that every glyph icons.NAMES names is here. A glyph not here is drawn by qtawesome.
"""

CODES = {
    "arrow-down": 0xF0045,
    "arrow-up": 0xF005D,
    "calendar-week": 0xF0A33,
    "chart-line": 0xF012A,
    "check": 0xF012C,
    "chevron-down": 0xF0140,
    "chevron-up": 0xF0143,
    "cog-outline": 0xF08BB,
    "delete-outline": 0xF09E7,
    "emoticon-outline": 0xF01F2,
    "export-variant": 0xF0B93,
    "eye-off-outline": 0xF06D1,
    "eye-outline": 0xF06D0,
    "flag-outline": 0xF023D,
    "hand-heart-outline": 0xF157E,
    "history": 0xF02DA,
    "information-outline": 0xF02FD,
    "leaf": 0xF032A,
    "lifebuoy": 0xF087E,
    "lock-outline": 0xF0341,
    "magnify": 0xF0349,
    "meditation": 0xF117B,
    "notebook-outline": 0xF0EBF,
    "pencil-outline": 0xF0CB6,
    "phone-outline": 0xF0DF0,
    "play": 0xF040A,
    "plus": 0xF0415,
    "printer-outline": 0xF1786,
    "star-outline": 0xF04D2,
    "timer-outline": 0xF051B,
    "undo": 0xF054C,
    "waves": 0xF078D,
    "white-balance-sunny": 0xF05A8,
}
