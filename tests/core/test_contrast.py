"""Every text and every mark that carries meaning is readable (WCAG 2.2 AA).

The ratios are computed from the tables the program draws with, against the
light and dark Fusion palettes it runs in; a colour changed in ``core.safety``
or ``core.colours`` is checked here at once.
"""

from __future__ import annotations

import itertools

import pytest

from massage_trainer.core import colours, safety
from massage_trainer.core.contrast import (
    FUSION_DARK,
    FUSION_LIGHT,
    MARK_MINIMUM,
    PALETTES,
    TEXT_MINIMUM,
    contrast_ratio,
    over,
    parse_hex,
    relative_luminance,
)


def test_the_formula_gives_the_known_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # figures WCAG's own examples and the common checkers agree on
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#d55e00") == pytest.approx(3.87, abs=0.01)
    assert contrast_ratio("#808080", "#ffffff") == pytest.approx(3.95, abs=0.01)
    assert contrast_ratio("#d55e00", "#ffffff") == contrast_ratio("#ffffff", "#d55e00")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_translucent_colours_are_blended_first():
    assert over("#00000080", "#ffffff") == "#7f7f7f"
    assert over("#123456", "#ffffff") == "#123456"
    with pytest.raises(ValueError, match="translucent"):
        relative_luminance("#00000080")
    with pytest.raises(ValueError, match="#rrggbb"):
        parse_hex("grey")


def _text_pairs():
    """(what, ink, background) for every text the tables colour."""
    for labels in safety.LEVELS:
        yield f"{labels.word} badge", labels.badge_ink, labels.badge
    yield "safety-mistake feedback", colours.WARNING_INK, colours.WARNING_BACKGROUND
    for palette in PALETTES:
        for ground, colour in (("window", palette.window), ("base", palette.base)):
            yield f"{palette.name} text on {ground}", palette.text, colour
            yield (
                f"{palette.name} secondary text on {ground}",
                colours.SECONDARY_TEXT[palette.name],
                colour,
            )
        yield f"{palette.name} time-up clock", colours.TIME_UP[palette.name], palette.window


def _mark_pairs():
    """(what, mark, background) for every mark whose colour means something.

    Left out, because words carry the same meaning beside them: the verdict
    bar (the feedback says right, wrong or safety mistake) and the mastery
    fills (the Progress table lists each zone's box)."""
    fills = safety.SAFETY_FILLS
    for labels in safety.LEVELS:
        # the pattern that tells the levels apart without colour
        yield f"{labels.word} pattern on its fill", labels.line, labels.fill
    # outlines and symbols drawn over any zone, and over the light map's paper
    for name, mark in (("highlight", colours.HIGHLIGHT), ("symbol", colours.SYMBOL_COLOUR)):
        for level, fill in fills.items():
            yield f"{name} on the {level} fill", mark, fill
        yield f"{name} on the light map", mark, FUSION_LIGHT.base
    # on the dark map the highlight's light rim meets the ground, and the green the rim
    yield "highlight rim on the dark map", colours.HIGHLIGHT_RIM, FUSION_DARK.base
    yield "highlight on its rim", colours.HIGHLIGHT, colours.HIGHLIGHT_RIM


TEXT_PAIRS = list(_text_pairs())
MARK_PAIRS = list(_mark_pairs())


@pytest.mark.parametrize(("what", "ink", "background"), TEXT_PAIRS, ids=[p[0] for p in TEXT_PAIRS])
def test_text_reaches_4_5_to_1(what, ink, background):
    ratio = contrast_ratio(ink, background)
    assert ratio >= TEXT_MINIMUM, f"{what}: {ink} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize(("what", "mark", "background"), MARK_PAIRS, ids=[p[0] for p in MARK_PAIRS])
def test_marks_reach_3_to_1(what, mark, background):
    ratio = contrast_ratio(mark, background)
    assert ratio >= MARK_MINIMUM, f"{what}: {mark} on {background} is {ratio:.2f}:1"


def test_every_palette_has_its_own_secondary_and_time_up_colours():
    names = {palette.name for palette in PALETTES}
    assert set(colours.SECONDARY_TEXT) == names
    assert set(colours.TIME_UP) == names
    assert FUSION_DARK.window != FUSION_LIGHT.window


def _distinct(luminances: list[float], minimum: float) -> bool:
    ordered = sorted(luminances)
    return all((b + 0.05) / (a + 0.05) >= minimum for a, b in itertools.pairwise(ordered))


def test_the_levels_stay_apart_in_greyscale():
    fills = [relative_luminance(labels.fill) for labels in safety.LEVELS]
    badges = [relative_luminance(labels.badge) for labels in safety.LEVELS]
    # on the map: avoid darkest, caution lightest, as the greyscale sheet shows them
    target, caution, avoid = fills
    assert avoid < target < caution
    assert _distinct(fills, 1.25)
    assert _distinct(badges, 1.2)
    # the two patterned levels' hatching differs too
    lines = {labels.level: relative_luminance(labels.line) for labels in safety.LEVELS}
    assert _distinct([lines["caution"], lines["avoid"]], 1.25)


def test_the_hues_stay_okabe_itos():
    """Darker or lighter, each level keeps its colour-blind-safe hue."""
    import colorsys

    def hue(colour: str) -> float:
        red, green, blue, _ = parse_hex(colour)
        return colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)[0] * 360

    reference = {"target": "blue", "caution": "orange", "avoid": "vermillion"}
    for labels in safety.LEVELS:
        expected = hue(colours.OKABE_ITO[reference[labels.level]])
        assert abs(hue(labels.badge) - expected) < 8, labels.level
    bluish_green = hue(colours.OKABE_ITO["bluish_green"])
    for colour in (colours.HIGHLIGHT, *colours.TIME_UP.values()):
        assert abs(hue(colour) - bluish_green) < 8, colour
