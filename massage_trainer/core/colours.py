"""The program's colours by what they mean, in one table (no Qt).

Hex strings, so the Qt-free core can name them; the painters and the widgets
turn them into ``QColor`` or style sheets.  The hues are the Okabe-Ito set,
which people with the common kinds of colour blindness can tell apart; the
safety levels' own colours are in ``core.safety``.
"""

from __future__ import annotations

from massage_trainer.core.safety import SAFETY_BADGES, SAFETY_LINES

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

# the outline of highlighted zones (the map, the routine card) and the
# routine's clock when a step's time is up: calm, not an alarm
HIGHLIGHT = OKABE_ITO["bluish_green"]
TIME_UP = HIGHLIGHT
# behind a safety mistake, with white bold text: the avoid level's dark line colour
WARNING_BACKGROUND = SAFETY_LINES["avoid"]
# the bar beside the quiz's feedback, by verdict (the names of core.quiz.wording)
VERDICT_COLOURS = {
    "right": SAFETY_BADGES["target"],
    "wrong": SAFETY_BADGES["caution"],
    "safety": WARNING_BACKGROUND,
}
# mastery from box 1 (still missed) to box 5 (known for weeks), and never asked
MASTERY_COLOURS = (
    OKABE_ITO["vermillion"],
    OKABE_ITO["orange"],
    OKABE_ITO["yellow"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["blue"],
)
UNSEEN_COLOUR = "#c8c8c8"
# the symbols drawn for pressure points and lines
SYMBOL_COLOUR = "#6a3d9a"

__all__ = [
    "HIGHLIGHT",
    "MASTERY_COLOURS",
    "OKABE_ITO",
    "SYMBOL_COLOUR",
    "TIME_UP",
    "UNSEEN_COLOUR",
    "VERDICT_COLOURS",
    "WARNING_BACKGROUND",
]
