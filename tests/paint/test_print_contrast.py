"""The zone sheet's and the routine card's text is readable on paper (WCAG 2.2 AA)."""

from __future__ import annotations

import pytest

from massage_trainer.core.colours import SECONDARY_TEXT
from massage_trainer.core.contrast import TEXT_MINIMUM, contrast_ratio
from massage_trainer.paint import deck, sheet

PAPER = "#ffffff"


@pytest.mark.parametrize("ink", ["INK", "GREY"])
@pytest.mark.parametrize("ground", [PAPER, sheet.HEADER_FILL.name()])
def test_sheet_text_on_paper_and_table_headers(ink, ground):
    colour = getattr(sheet, ink).name()
    assert contrast_ratio(colour, ground) >= TEXT_MINIMUM, (ink, colour, ground)


def test_the_anki_cards_take_the_checked_colours():
    # the deck's quieter text is the program's secondary text, day and night
    assert f"color: {SECONDARY_TEXT['light']}" in deck.CSS
    assert f"color: {SECONDARY_TEXT['dark']}" in deck.CSS
    assert "#d55e00" not in deck.CSS  # white on it was 3.9:1
