"""The three safety levels, least cautious first, and the one table of their labels.

Every word, phrase, symbol and colour the program uses for a safety level is
in ``LEVELS``; the dicts below are views of it for code that wants one label
by level.  Kept apart from ``zones`` (which needs shapely) so the window can
paint its first frame before the geometry libraries are imported.  Colours are
hex strings, so the table needs no Qt; the painters turn them into ``QColor``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SafetyLabels:
    """How one safety level is named and drawn."""

    level: str  # "target", "caution", "avoid": what the zone files say
    word: str  # the badge and the answer button: "Caution"
    description: str  # what it means for the hands: "light, broad pressure only"
    phrase: str  # inside a sentence: "the spine is a zone to avoid"
    mistaken_for: str  # a safety mistake took the spot for this: "not a target"
    icon: str  # the symbol beside the word, for those who cannot tell the colours
    fill: str  # the zone's fill on the map
    line: str  # the zone's pattern and outline
    badge: str  # the badge behind the word
    badge_ink: str  # the word's colour on the badge


LEVELS: tuple[SafetyLabels, ...] = (
    SafetyLabels(
        level="target",
        word="Target",
        description="work here",
        phrase="a target zone",
        mistaken_for="a target",
        icon="\u2713",
        fill="#9fd3f2",
        line="#0072b2",
        badge="#0072b2",
        badge_ink="#ffffff",
    ),
    SafetyLabels(
        level="caution",
        word="Caution",
        description="light, broad pressure only",
        phrase="a caution zone",
        mistaken_for="a caution zone",
        icon="!",
        fill="#f5eb7a",
        line="#8a7a00",
        badge="#e69f00",
        badge_ink="#000000",
    ),
    SafetyLabels(
        level="avoid",
        word="Avoid",
        description="no direct pressure",
        phrase="a zone to avoid",
        mistaken_for="a zone to avoid",
        icon="\u2715",
        fill="#ee8a57",
        line="#8f3300",
        badge="#a63c00",
        badge_ink="#ffffff",
    ),
)
SAFETY_LABELS = {labels.level: labels for labels in LEVELS}

SAFETY_LEVELS = tuple(labels.level for labels in LEVELS)
SAFETY_RANK = {level: rank for rank, level in enumerate(SAFETY_LEVELS)}
SAFETY_WORDS = {labels.level: labels.word for labels in LEVELS}
SAFETY_DESCRIPTIONS = {labels.level: labels.description for labels in LEVELS}
SAFETY_PHRASES = {labels.level: labels.phrase for labels in LEVELS}
SAFETY_ICONS = {labels.level: labels.icon for labels in LEVELS}
SAFETY_FILLS = {labels.level: labels.fill for labels in LEVELS}
SAFETY_LINES = {labels.level: labels.line for labels in LEVELS}
SAFETY_BADGES = {labels.level: labels.badge for labels in LEVELS}
SAFETY_BADGE_INKS = {labels.level: labels.badge_ink for labels in LEVELS}
