"""Colour contrast as WCAG 2.2 measures it, without Qt.

``contrast_ratio`` is the ratio success criteria 1.4.3 (text, at least 4.5:1)
and 1.4.11 (marks that carry meaning, at least 3:1) are stated in; the
colours are the program's hex strings.  ``FUSION_LIGHT`` and ``FUSION_DARK``
are the window colours of Qt's Fusion palettes, which the program does not
override, so that text and marks can be checked against what they sit on.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_MINIMUM = 4.5  # WCAG 2.2 SC 1.4.3, normal-sized text
MARK_MINIMUM = 3.0  # WCAG 2.2 SC 1.4.11, graphics that carry meaning


def parse_hex(colour: str) -> tuple[int, int, int, int]:
    """``"#rrggbb"`` or ``"#rrggbbaa"`` as red, green, blue and alpha, 0-255."""
    digits = colour.removeprefix("#")
    if len(digits) not in (6, 8) or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise ValueError(f"{colour!r} is not a colour: write it as #rrggbb or #rrggbbaa")
    channels = [int(digits[i : i + 2], 16) for i in range(0, len(digits), 2)]
    if len(channels) == 3:
        channels.append(255)
    red, green, blue, alpha = channels
    return red, green, blue, alpha


def over(colour: str, background: str) -> str:
    """``colour`` (which may be translucent) as it looks over an opaque
    ``background``."""
    red, green, blue, alpha = parse_hex(colour)
    under = parse_hex(background)
    if under[3] != 255:
        raise ValueError(f"the background {background!r} must be opaque")
    a = alpha / 255
    mixed = (round(c * a + u * (1 - a)) for c, u in zip((red, green, blue), under[:3], strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _linear(channel: int) -> float:
    """One sRGB channel, 0-255, as linear light (WCAG's formula)."""
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """0 for black to 1 for white; the colour must be opaque."""
    red, green, blue, alpha = parse_hex(colour)
    if alpha != 255:
        raise ValueError(f"{colour!r} is translucent: blend it with over() first")
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same luminance) to 21 (black on white), either way round."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Palette:
    """The window colours one appearance gives the widgets."""

    name: str
    window: str  # behind labels, tabs and panels
    base: str  # behind text views, lists and the map
    text: str  # ordinary text


# Qt's Fusion palettes (qt_fusionPalette in qtbase): background (239, 239, 239)
# or (50, 50, 50), base white or that background darker(140), text black or
# (240, 240, 240)
FUSION_LIGHT = Palette("light", window="#efefef", base="#ffffff", text="#000000")
FUSION_DARK = Palette("dark", window="#323232", base="#242424", text="#f0f0f0")
PALETTES = (FUSION_LIGHT, FUSION_DARK)
