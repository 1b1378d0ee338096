"""Until the painters read the core's label tables, their own copies must agree."""

from __future__ import annotations

from massage_trainer.core import safety
from massage_trainer.core.content import CONTRA_KIND_TITLES
from massage_trainer.paint import body, sheet


def test_the_painters_colours_and_words_are_the_cores():
    assert body.SAFETY_FILL == safety.SAFETY_FILLS
    assert body.SAFETY_LINE == safety.SAFETY_LINES
    assert body.SAFETY_BADGE == safety.SAFETY_BADGES
    assert body.SAFETY_DESCRIPTION == safety.SAFETY_DESCRIPTIONS
    assert sheet.CONTRA_TITLES == CONTRA_KIND_TITLES


def test_the_painters_other_colours_are_the_cores():
    from massage_trainer.core import colours
    from massage_trainer.paint import routinecard

    assert routinecard.HIGHLIGHT.name() == colours.HIGHLIGHT
    assert sheet.SYMBOL_COLOUR.name() == colours.SYMBOL_COLOUR
