"""The one table for each set of labels: safety levels, contraindication kinds, sides."""

from __future__ import annotations

import re

from massage_trainer.core import safety
from massage_trainer.core.content import (
    CONTRA_KIND_LABELS,
    CONTRA_KIND_TITLES,
    CONTRA_KIND_WORDS,
    CONTRA_KINDS,
)
from massage_trainer.core.quiz.modes import safety_choices
from massage_trainer.core.zones import SIDE_WORDS, SIDES, load_zone_set

HEX = re.compile(r"#[0-9a-f]{6}")


def test_every_level_has_every_label_least_cautious_first():
    assert safety.SAFETY_LEVELS == ("target", "caution", "avoid")
    for labels in safety.LEVELS:
        for name in ("word", "description", "phrase", "mistaken_for", "icon"):
            assert getattr(labels, name).strip(), (labels.level, name)
        for name in ("fill", "line", "badge", "badge_ink"):
            assert HEX.fullmatch(getattr(labels, name)), (labels.level, name)
        assert labels.word.lower() == labels.level  # the files' word, capitalised


def test_the_dicts_are_views_of_the_table():
    for labels in safety.LEVELS:
        level = labels.level
        assert safety.SAFETY_LABELS[level] is labels
        assert safety.SAFETY_WORDS[level] == labels.word
        assert safety.SAFETY_DESCRIPTIONS[level] == labels.description
        assert safety.SAFETY_PHRASES[level] == labels.phrase
        assert safety.SAFETY_ICONS[level] == labels.icon
        assert safety.SAFETY_FILLS[level] == labels.fill
        assert safety.SAFETY_LINES[level] == labels.line
        assert safety.SAFETY_BADGES[level] == labels.badge
        assert safety.SAFETY_BADGE_INKS[level] == labels.badge_ink


def test_levels_can_be_told_apart_without_colour():
    # the quiz's T, C and A keys are the words' first letters; the icons
    # and the patterns must differ where the colours cannot be seen
    assert len({w[0].lower() for w in safety.SAFETY_WORDS.values()}) == 3
    assert [c.keys[1] for c in safety_choices()] == ["t", "c", "a"]
    assert len(set(safety.SAFETY_ICONS.values())) == 3
    assert len(set(safety.SAFETY_FILLS.values())) == 3
    assert len(set(safety.SAFETY_BADGES.values())) == 3


def test_every_contraindication_kind_has_its_labels():
    assert tuple(CONTRA_KIND_LABELS) == CONTRA_KINDS
    assert tuple(CONTRA_KIND_WORDS) == CONTRA_KINDS == tuple(CONTRA_KIND_TITLES)
    assert len(set(CONTRA_KIND_WORDS.values())) == len(CONTRA_KINDS)
    used = {c.kind for c in load_zone_set().rules.contraindications}
    assert used <= set(CONTRA_KIND_LABELS)


def test_side_words_cover_the_paired_sides():
    assert set(SIDE_WORDS) == set(SIDES) - {"none"}
    zone_set = load_zone_set()
    for zone in zone_set.zones:
        assert zone.side_word == SIDE_WORDS.get(zone.side, "")


def test_colours_by_meaning():
    from massage_trainer.core import colours
    from massage_trainer.core.quiz import wording

    for value in (
        *colours.OKABE_ITO.values(),
        *colours.MASTERY_COLOURS,
        *colours.VERDICT_COLOURS.values(),
        colours.HIGHLIGHT,
        colours.UNSEEN_COLOUR,
        colours.SYMBOL_COLOUR,
    ):
        assert HEX.fullmatch(value), value
    assert set(colours.VERDICT_COLOURS) == {
        wording.VERDICT_RIGHT,
        wording.VERDICT_WRONG,
        wording.VERDICT_SAFETY,
    }
    assert len(set(colours.MASTERY_COLOURS)) == 5
    assert colours.HIGHLIGHT not in safety.SAFETY_FILLS.values()  # a highlight is not a level
