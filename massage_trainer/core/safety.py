"""The three safety levels, least cautious first, and the one table of their labels.

Every word, phrase, symbol and colour the program uses for a safety level is
in ``LEVELS``; the tables below are views of it for code that wants one label
by level.  Kept apart from ``zones`` (which needs shapely) so the window can
paint its first frame before the geometry libraries are imported.  Colours are
hex strings, so the table needs no Qt; the painters turn them into ``QColor``.

The words are written in English here (marked for translation) and are
translated each time they are read: ``SafetyLabels.word`` and the tables
``SAFETY_WORDS``, ``SAFETY_DESCRIPTIONS`` and ``SAFETY_PHRASES`` give the
text in the learner's language (context ``SafetyText``), so a table made
at import never holds the language of the moment it was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, TranslatedTexts


class SafetyText(Tr):
    """The safety levels' words, what they mean for the hands, and their phrases."""


def _safety(text: str) -> str:
    return i18n.translated("SafetyText", text)


@dataclass(frozen=True)
class SafetyLabels:
    """How one safety level is named and drawn.  The ``english_*`` fields hold
    the source texts; ``word``, ``description``, ``phrase`` and
    ``mistaken_for`` give them in the learner's language."""

    level: str  # "target", "caution", "avoid": what the zone files say
    english_word: str  # the badge and the answer button: "Caution"
    english_description: str  # what it means for the hands: "light, broad pressure only"
    english_phrase: str  # inside a sentence: "the spine is a zone to avoid"
    english_mistaken_for: str  # a safety mistake took the spot for this: "not a target"
    icon: str  # the symbol beside the word, for those who cannot tell the colours
    fill: str  # the zone's fill on the map
    line: str  # the zone's pattern and outline
    badge: str  # the badge behind the word
    badge_ink: str  # the word's colour on the badge

    @property
    def word(self) -> str:
        """The badge and the answer button: "Caution"."""
        return _safety(self.english_word)

    @property
    def description(self) -> str:
        """What the level means for the hands: "light, broad pressure only"."""
        return _safety(self.english_description)

    @property
    def phrase(self) -> str:
        """The level inside a sentence: "a zone to avoid"."""
        return _safety(self.english_phrase)

    @property
    def mistaken_for(self) -> str:
        """What a safety mistake took the spot for: "a target"."""
        return _safety(self.english_mistaken_for)


LEVELS: tuple[SafetyLabels, ...] = (
    SafetyLabels(
        level="target",
        english_word=QT_TRANSLATE_NOOP("SafetyText", "Target"),
        english_description=QT_TRANSLATE_NOOP("SafetyText", "work here"),
        english_phrase=QT_TRANSLATE_NOOP("SafetyText", "a target zone"),
        english_mistaken_for=QT_TRANSLATE_NOOP("SafetyText", "a target"),
        icon="\u2713",
        fill="#9fd3f2",
        line="#0072b2",
        badge="#0072b2",
        badge_ink="#ffffff",
    ),
    SafetyLabels(
        level="caution",
        english_word=QT_TRANSLATE_NOOP("SafetyText", "Caution"),
        english_description=QT_TRANSLATE_NOOP("SafetyText", "light, broad pressure only"),
        english_phrase=QT_TRANSLATE_NOOP("SafetyText", "a caution zone"),
        english_mistaken_for=QT_TRANSLATE_NOOP("SafetyText", "a caution zone"),
        icon="!",
        fill="#f5eb7a",
        line="#8a7a00",
        badge="#e69f00",
        badge_ink="#000000",
    ),
    SafetyLabels(
        level="avoid",
        english_word=QT_TRANSLATE_NOOP("SafetyText", "Avoid"),
        english_description=QT_TRANSLATE_NOOP("SafetyText", "no direct pressure"),
        english_phrase=QT_TRANSLATE_NOOP("SafetyText", "a zone to avoid"),
        english_mistaken_for=QT_TRANSLATE_NOOP("SafetyText", "a zone to avoid"),
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
SAFETY_WORDS: Mapping[str, str] = TranslatedTexts(
    "SafetyText", {labels.level: labels.english_word for labels in LEVELS}
)
SAFETY_DESCRIPTIONS: Mapping[str, str] = TranslatedTexts(
    "SafetyText", {labels.level: labels.english_description for labels in LEVELS}
)
SAFETY_PHRASES: Mapping[str, str] = TranslatedTexts(
    "SafetyText", {labels.level: labels.english_phrase for labels in LEVELS}
)
SAFETY_ICONS = {labels.level: labels.icon for labels in LEVELS}
SAFETY_FILLS = {labels.level: labels.fill for labels in LEVELS}
SAFETY_LINES = {labels.level: labels.line for labels in LEVELS}
SAFETY_BADGES = {labels.level: labels.badge for labels in LEVELS}
SAFETY_BADGE_INKS = {labels.level: labels.badge_ink for labels in LEVELS}
