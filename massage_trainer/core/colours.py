"""The program's colours by what they mean, in one table (no Qt).

Hex strings, so the Qt-free core can name them; the painters and the widgets
turn them into ``QColor`` or style sheets.  The hues are the Okabe-Ito set,
which people with the common kinds of colour blindness can tell apart; the
safety levels' own colours are in ``core.safety``.
"""

from __future__ import annotations

from massage_trainer.core.safety import SAFETY_BADGES

OKABE_ITO = {
    "black": "#000000",
    "orange": "#e69f00",
    "sky_blue": "#56b4e9",
    "bluish_green": "#009e73",
    "yellow": "#f0e442",
    "blue": "#0072b2",
    "vermillion": "#d55e00",
    "reddish_purple": "#cc79a7",
}

# The values below are checked against WCAG 2.2 AA by tests/core/test_contrast.py:
# 4.5:1 for text, 3:1 for marks, on the light and dark palettes (core.contrast).
# the outline of highlighted zones (the map, the routine card): a dark bluish
# green, so that it stands out on every level's fill (Okabe-Ito's own is too
# light on the avoid fill)
HIGHLIGHT = "#005c46"
# on a dark background the highlight gets a light rim, which meets the ground
HIGHLIGHT_RIM = "#ffffff"
# the routine's clock when a step's time is up, by palette: calm, not an alarm;
# one green cannot reach 4.5:1 on both a light and a dark window
TIME_UP = {"light": "#00775a", "dark": "#33c9a0"}
# less important text (a zone's side, a technique's family), by palette; plain
# "gray" (#808080) reaches only 3.9:1 on white and on the dark base
SECONDARY_TEXT = {"light": "#595959", "dark": "#a6a6a6"}
# behind a safety mistake, with white bold text: the avoid level's badge
WARNING_BACKGROUND = SAFETY_BADGES["avoid"]
WARNING_INK = "#ffffff"
# the bar beside the quiz's feedback, by verdict (the names of core.quiz.wording)
VERDICT_COLOURS = {
    "right": SAFETY_BADGES["target"],
    "wrong": SAFETY_BADGES["caution"],
    "safety": WARNING_BACKGROUND,
}
# mastery from box 1 (still missed) to box 5 (known for weeks), and never
# asked: one hue, purple, from pale to dark, so that no box can be taken for a
# safety level (blue, yellow and orange mean target, caution and avoid on the
# same map); the darker, the better known.  The hue (285 degrees) is a red
# purple, well away from the target blue (about 200)
MASTERY_COLOURS = ("#e7d3ee", "#cfa8dc", "#b179c3", "#9146aa", "#66297a")
# never asked: near white, lighter than box 1, with no hue at all
UNSEEN_COLOUR = "#f7f7f7"
# the symbols drawn for pressure points and lines
SYMBOL_COLOUR = "#6a3d9a"

__all__ = [
    "HIGHLIGHT",
    "HIGHLIGHT_RIM",
    "MASTERY_COLOURS",
    "OKABE_ITO",
    "SECONDARY_TEXT",
    "SYMBOL_COLOUR",
    "TIME_UP",
    "UNSEEN_COLOUR",
    "VERDICT_COLOURS",
    "WARNING_BACKGROUND",
    "WARNING_INK",
]
