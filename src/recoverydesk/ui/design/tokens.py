"""The design system's measures: spacing, corner radius and type sizes, in one place.

Spacing is in pixels on a 4 px grid; type sizes are factors of the application font's point
size, so a larger system font (200%) scales every heading with it.
"""

from __future__ import annotations

from dataclasses import dataclass

XS = 4
S = 8
M = 12
L = 16
XL = 24
XXL = 32
SPACE = (XS, S, M, L, XL, XXL)

RADIUS = 8  # cards, messages, the crisis button
RADIUS_SMALL = 6  # buttons, fields, rating segments
SIDEBAR_WIDTH_EM = 13  # the sidebar's fixed width, in lines of text (so 200% text still fits)


@dataclass(frozen=True)
class TypeScale:
    """Point-size factors; ``TYPE.title`` and ``TYPE["title"]`` both work."""

    caption: float = 0.9
    body: float = 1.0
    title: float = 1.2
    headline: float = 1.5
    display: float = 1.9

    def __getitem__(self, name: str) -> float:
        return getattr(self, name)


TYPE = TypeScale()
