"""The four quiz modes: what a question holds, and how each mode builds and checks one (no Qt).

One small class per mode (``FindIt``, ``NameIt``, ``SafeOrNot``,
``WhichTechnique``), each answering three things for the engine
(``massage_trainer.core.quiz.engine``):

- ``eligible(kind)``: can this kind of zone be asked in this mode?
- ``build(kind, rng)``: a ``Question`` about it, using only ``rng`` for chance;
- ``check(question, answer)``: a ``Check`` saying whether an answer is right.

Questions are asked per zone *kind* (``Zone.kind``): a left/right pair is one
answer.  Every random choice comes from the ``random.Random`` passed in, and
candidates are always listed in file order before choosing, so a seed gives the
same questions on every machine.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from massage_trainer.core.zones import SAFETY_LEVELS, SAFETY_RANK, SAFETY_WORDS, Zone, ZoneSet

CHOICES_SHOWN = 4  # name-it and which-technique offer four names
FIND_TRIES = 3  # find-it allows three clicks, then shows the answer
SPOT_ATTEMPTS = 200  # random points tried before settling for the zone's deepest point
# the Safe-or-not marker: a disc whose radius grows with the zone (this share of
# the square root of its visible area), kept between these bounds in cm, and
# never more than this share of the zone's largest inscribed circle
MARKER_SCALE = 0.15
MARKER_MIN = 0.3
MARKER_MAX = 1.2
MARKER_INSCRIBED = 0.8


class Mode(str, Enum):
    """A quiz mode; the value is what the progress file stores."""

    FIND = "find"
    NAME = "name"
    SAFETY = "safety"
    TECHNIQUE = "technique"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


MODE_LABELS = {
    Mode.FIND: "Find it",
    Mode.NAME: "Name it",
    Mode.SAFETY: "Safe or not",
    Mode.TECHNIQUE: "Which technique",
}


@dataclass(frozen=True)
class Choice:
    """One answer button: ``value`` is a kind id, a safety level or a technique id."""

    value: str
    label: str
    keys: tuple[str, ...]  # keyboard shortcuts, lower case: "1".."4", and "t", "c", "a"


@dataclass(frozen=True, eq=False)
class Question:
    """One question, ready to show.

    - ``zones``: every zone of the kind asked about; the answer to reveal.
    - ``zone``: the zone to show: highlighted (NAME, TECHNIQUE), under the spot
      (SAFETY); for FIND the first zone of the kind, not shown before the answer.
    - ``spot``: SAFETY only, the marked point in cm; ``marker_radius`` the
      radius in cm of the disc to draw there, which lies wholly inside the
      zone's visible part.
    - ``choices`` / ``answer``: the buttons and the index of the right one
      (empty / None for FIND, which is answered by clicking).
    """

    mode: Mode
    kind: str
    name: str
    prompt: str
    zones: tuple[Zone, ...]
    zone: Zone
    spot: tuple[float, float] | None = None
    choices: tuple[Choice, ...] = ()
    answer: int | None = None
    max_tries: int = 1
    marker_radius: float | None = None
    form: str = ""  # "" the mode's usual question; "side": one side of a pair; "typed"
    side: str | None = None  # "side": the person's side asked for, "left" or "right"
    # the view the question is on ("back", "front"); set by the engine, which
    # also names it in the prompt when a round can ask on more than one view
    view: str = ""

    @property
    def right_answer(self) -> str:
        """The right answer in words."""
        if self.answer is None:
            return self.name
        return self.choices[self.answer].label

    def choice_for_key(self, key: str) -> int | None:
        """The index of the choice a key press selects, or None."""
        key = key.strip().lower()
        for index, choice in enumerate(self.choices):
            if key in choice.keys:
                return index
        return None

    def __repr__(self) -> str:
        return f"Question({self.mode.value}, {self.kind!r})"


@dataclass(frozen=True)
class Check:
    """The verdict on one answer, before the engine counts tries."""

    correct: bool
    given: str  # the answer in words: a zone name, "outside the body", a choice label
    clicked: Zone | None = None  # FIND: the zone under the click
    safety_mistake: bool = False  # SAFETY: an answer less cautious than the truth
    answer_item: str | None = None  # for the log: the kind, level or technique id answered
    outside: bool = False  # FIND: a click outside the body, which uses no try
    within: Zone | None = None  # FIND: the asked zone, when the click hit a spot lying on it
    mirror_mistake: bool = False  # a side question answered with the other side
    note: str = ""  # a sentence explaining the mistake, where the mode has one


def lower_first(name: str) -> str:
    """'Kidney area' -> 'kidney area', for use inside a sentence; keeps 'C7' as it is."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


class QuizMode(ABC):
    """How one mode chooses, builds and checks its questions."""

    mode: ClassVar[Mode]
    max_tries: ClassVar[int] = 1

    def __init__(self, zone_set: ZoneSet, spots: SpotSampler | None = None) -> None:
        self.zone_set = zone_set
        self.kinds = zone_set.kinds()
        self.spots = spots if spots is not None else SpotSampler(zone_set)

    def eligible(self, kind: str) -> bool:
        """The kind exists and some part of it can be clicked (not hidden under overlays)."""
        return kind in self.kinds and any(self.spots.can_sample(z) for z in self.kinds[kind])

    @abstractmethod
    def build(self, kind: str, rng: random.Random) -> Question: ...

    @abstractmethod
    def check(self, question: Question, answer: object) -> Check: ...

    @staticmethod
    def _choice_index(question: Question, answer: object) -> int:
        if (
            not isinstance(answer, int)
            or isinstance(answer, bool)
            or not 0 <= answer < len(question.choices)
        ):
            raise ValueError(
                f"answer a {question.mode.label!r} question with a choice index "
                f"0..{len(question.choices) - 1}, not {answer!r}"
            )
        return answer

    def _choice_check(self, question: Question, answer: object) -> Check:
        index = self._choice_index(question, answer)
        choice = question.choices[index]
        return Check(correct=index == question.answer, given=choice.label, answer_item=choice.value)

    def _choices(
        self, right: tuple[str, str], others: Sequence[tuple[str, str]], rng: random.Random
    ) -> tuple[tuple[Choice, ...], int]:
        """Four shuffled choices: the right (value, label) and three of ``others``."""
        picked = [right, *rng.sample(list(others), CHOICES_SHOWN - 1)]
        rng.shuffle(picked)
        choices = tuple(
            Choice(value, label, (str(i + 1),)) for i, (value, label) in enumerate(picked)
        )
        return choices, picked.index(right)


class FindIt(QuizMode):
    """'Click the kidney area': either zone of a pair counts; three tries."""

    mode = Mode.FIND
    max_tries = FIND_TRIES

    def build(self, kind: str, rng: random.Random) -> Question:
        zones = tuple(self.kinds[kind])
        name = zones[0].name
        return Question(
            self.mode,
            kind,
            name,
            f"Click the {lower_first(name)}.",
            zones,
            zones[0],
            max_tries=self.max_tries,
        )

    def check(self, question: Question, answer: object) -> Check:
        try:
            if not isinstance(answer, (tuple, list)) or len(answer) != 2:
                raise TypeError
            x, y = float(answer[0]), float(answer[1])
        except (TypeError, ValueError):
            raise ValueError(
                f"answer a 'Find it' question with a point (x, y) in cm, not {answer!r}"
            ) from None
        clicked = self.zone_set.zone_at(x, y)
        if clicked is None:
            return Check(correct=False, given="outside the body", outside=True)
        within = None
        if clicked.kind != question.kind:
            # a small spot laid on top of the asked zone: the click is on both
            within = next(
                (z for z in question.zones if shapely.intersects_xy(z.geometry, x, y)), None
            )
        return Check(
            correct=clicked.kind == question.kind or within is not None,
            given=clicked.name,
            clicked=clicked,
            answer_item=clicked.kind,
            within=within,
        )


def person_left_on(zone_set: ZoneSet) -> str:
    """Which side of the canvas ('left' or 'right', as the viewer sees it) holds the
    person's left: the zone set's ``person_left`` where it has one, else as in a
    view from behind, where the two agree."""
    convention = getattr(zone_set, "person_left", "viewer_left")
    return "right" if convention == "viewer_right" else "left"


def facing(zone_set: ZoneSet) -> str:
    """'from behind' or 'from the front', as the side convention implies."""
    return "from behind" if person_left_on(zone_set) == "left" else "from the front"


def mirror_explanation(zone_set: ZoneSet, asked: str) -> str:
    """Why the other side was wrong, for a view with this zone set's convention."""
    other = {"left": "right", "right": "left"}[asked]
    left_on = person_left_on(zone_set)
    on_your = left_on if asked == "left" else {"left": "right", "right": "left"}[left_on]
    return (
        f"That is the {other} one: seen {facing(zone_set)}, the person\u2019s {asked} "
        f"is on your {on_your}."
    )


class FindSide(FindIt):
    """'Click the person's left kidney area': only that side counts.

    Asked for kinds drawn on both sides.  A click on the same kind's other side
    is a mirror mistake, explained by how the view faces (``person_left_on``).
    Not a mode of its own: a Find-it round with ``RoundSettings(sides=True)``.
    """

    def sides(self, kind: str) -> dict[str, Zone]:
        return {z.side: z for z in self.kinds.get(kind, ()) if z.side in ("left", "right")}

    def eligible(self, kind: str) -> bool:
        sides = self.sides(kind)
        return len(sides) == 2 and all(self.spots.can_sample(z) for z in sides.values())

    def build(self, kind: str, rng: random.Random) -> Question:
        sides = self.sides(kind)
        side = rng.choice(["left", "right"])
        zone = sides[side]
        name = f"{side.capitalize()} {lower_first(zone.name)}"
        return Question(
            self.mode,
            kind,
            name,
            f"Click the person\u2019s {side} {lower_first(zone.name)}.",
            (zone,),
            zone,
            max_tries=self.max_tries,
            form="side",
            side=side,
        )

    def check(self, question: Question, answer: object) -> Check:
        plain = super().check(question, answer)
        if plain.outside or plain.clicked is None:
            return plain
        clicked = plain.clicked
        point = (float(answer[0]), float(answer[1]))  # type: ignore[index]  # checked above
        side = question.side or ""
        other = self.sides(question.kind).get({"left": "right", "right": "left"}.get(side, ""))
        correct = clicked is question.zone or (
            clicked.kind != question.kind and _on(question.zone, point)
        )
        mirror = not correct and (
            clicked.kind == question.kind or (other is not None and _on(other, point))
        )
        given = clicked.name
        if clicked.side in ("left", "right"):
            given = f"{clicked.side.capitalize()} {lower_first(clicked.name)}"
        return Check(
            correct=correct,
            given=given,
            clicked=clicked,
            answer_item=clicked.kind,
            within=plain.within if correct else None,
            mirror_mistake=mirror,
            note=mirror_explanation(self.zone_set, side) if mirror else "",
        )


def _on(zone: Zone, point: tuple[float, float]) -> bool:
    return bool(shapely.intersects_xy(zone.geometry, *point))


class NameIt(QuizMode):
    """A zone is highlighted; pick its name from four.  Distractors are other
    kinds' names, never the right name."""

    mode = Mode.NAME

    def __init__(self, zone_set: ZoneSet, spots: SpotSampler | None = None) -> None:
        super().__init__(zone_set, spots)
        self.names: list[str] = []  # distinct display names, in file order
        for zones in self.kinds.values():
            if zones[0].name not in self.names:
                self.names.append(zones[0].name)

    def eligible(self, kind: str) -> bool:
        return super().eligible(kind) and len(self.names) >= CHOICES_SHOWN

    def build(self, kind: str, rng: random.Random) -> Question:
        zones = tuple(self.kinds[kind])
        name = zones[0].name
        others = [(n, n) for n in self.names if n != name]
        choices, answer = self._choices((name, name), others, rng)
        return Question(
            self.mode,
            kind,
            name,
            "Which area is highlighted?",
            zones,
            rng.choice(zones),
            choices=choices,
            answer=answer,
        )

    def check(self, question: Question, answer: object) -> Check:
        return self._choice_check(question, answer)


SAFETY_CHOICES = tuple(
    Choice(level, SAFETY_WORDS[level], (str(i + 1), SAFETY_WORDS[level][0].lower()))
    for i, level in enumerate(SAFETY_LEVELS)
)


class SafeOrNot(QuizMode):
    """A spot inside a zone, away from its borders: Target, Caution or Avoid?

    The right answer is the safety of ``zone_set.zone_at(spot)``, so an overlay
    drawn on top of a larger zone can never make the question lie.  An answer
    less cautious than the truth (target for a caution or avoid spot, caution
    for an avoid spot) is a safety mistake.
    """

    mode = Mode.SAFETY

    def build(self, kind: str, rng: random.Random) -> Question:
        zones = tuple(self.kinds[kind])
        candidates = [z for z in zones if self.spots.can_sample(z)]
        spot, radius = self.spots.sample_marker(rng.choice(candidates), rng)
        under = self.zone_set.zone_at(*spot)
        if under is None:  # only a broken zone set gets here; SpotSampler checks zone_at
            raise RuntimeError(f"no zone under the spot {spot} chosen for {kind!r}")
        return Question(
            self.mode,
            kind,
            under.name,
            "Is the marked spot a target, a caution area or one to avoid?",
            zones,
            under,
            spot=spot,
            choices=SAFETY_CHOICES,
            answer=SAFETY_LEVELS.index(under.safety),
            marker_radius=radius,
        )

    def check(self, question: Question, answer: object) -> Check:
        chosen = question.choices[self._choice_index(question, answer)]
        mistake = SAFETY_RANK[chosen.value] < SAFETY_RANK[question.zone.safety]
        return Check(
            correct=chosen.value == question.zone.safety,
            given=chosen.label,
            safety_mistake=mistake,
            answer_item=chosen.value,
        )


class WhichTechnique(QuizMode):
    """A target zone is highlighted; pick a technique that suits it from four.

    The right choice is one of the kind's techniques.  The three others must be
    plainly wrong for it, not merely unlisted: they suit no zone of the kind's
    region (the calf's distractors are never a technique listed for the thigh
    or the arm), so a reasonable answer is never marked wrong.  A zone set
    without regions falls back to techniques that suit no zone of the kind.
    """

    mode = Mode.TECHNIQUE

    def suiting(self, kind: str) -> list[str]:
        """Technique ids listed by any zone of the kind, in file order."""
        out: list[str] = []
        for zone in self.kinds.get(kind, ()):
            out += [t for t in zone.techniques if t not in out]
        return out

    def unsuited(self, kind: str) -> list[str]:
        """Techniques offered as wrong answers for the kind, in file order."""
        suits = set(self.suiting(kind))
        region = self.kinds[kind][0].region if kind in self.kinds else ""
        if region:
            for zones in self.kinds.values():
                if zones[0].region == region:
                    for zone in zones:
                        suits.update(zone.techniques)
        return [t for t in self.zone_set.techniques if t not in suits]

    def eligible(self, kind: str) -> bool:
        return (
            super().eligible(kind)
            and self.kinds[kind][0].safety == "target"
            and bool(self.suiting(kind))
            and len(self.unsuited(kind)) >= CHOICES_SHOWN - 1
        )

    def build(self, kind: str, rng: random.Random) -> Question:
        zones = tuple(self.kinds[kind])
        techniques = self.zone_set.techniques
        right = rng.choice(self.suiting(kind))
        others = [(t, techniques[t].name) for t in self.unsuited(kind)]
        choices, answer = self._choices((right, techniques[right].name), others, rng)
        return Question(
            self.mode,
            kind,
            zones[0].name,
            f"Which technique suits the {lower_first(zones[0].name)}?",
            zones,
            rng.choice(zones),
            choices=choices,
            answer=answer,
        )

    def check(self, question: Question, answer: object) -> Check:
        return self._choice_check(question, answer)


MODE_CLASSES: dict[Mode, type[QuizMode]] = {
    Mode.FIND: FindIt,
    Mode.NAME: NameIt,
    Mode.SAFETY: SafeOrNot,
    Mode.TECHNIQUE: WhichTechnique,
}


class SpotSampler:
    """Random points well inside a zone, where ``zone_at`` answers with that zone.

    A zone's visible part is its geometry minus every zone that wins a click over
    it (more cautious, or a higher layer).  Each zone has a marker radius scaled
    to it (``MARKER_SCALE`` times the square root of the visible area, within
    ``MARKER_MIN``..``MARKER_MAX`` cm, and at most ``MARKER_INSCRIBED`` of the
    largest circle that fits in it); points are drawn in the visible part
    shrunk by that radius, so the whole marker lies inside the zone, at least
    its own radius from every border.  The shapes are built once per zone.
    """

    def __init__(self, zone_set: ZoneSet) -> None:
        self.zone_set = zone_set
        self._regions: dict[str, tuple[float, BaseGeometry | None]] = {}
        self._tree: shapely.STRtree | None = None
        index = {z.id: i for i, z in enumerate(zone_set.zones)}
        # the same order as ZoneSet.zone_at: avoid > caution > target, then layer, then file
        self._priority = {
            z.id: (-SAFETY_RANK[z.safety], -z.layer, index[z.id]) for z in zone_set.zones
        }

    def visible(self, zone: Zone) -> BaseGeometry:
        """The part of the zone where a click lands on this zone."""
        zones = self.zone_set.zones
        if self._tree is None:  # the few zones near each: not every zone of the set
            self._tree = shapely.STRtree([z.geometry for z in zones])
        near = sorted(self._tree.query(zone.geometry, predicate="intersects").tolist())
        winners = [
            zones[i].geometry for i in near if self._priority[zones[i].id] < self._priority[zone.id]
        ]
        if not winners:
            return zone.geometry
        return zone.geometry.difference(shapely.union_all(winners))

    def marker(self, zone: Zone) -> tuple[float, BaseGeometry | None]:
        """(marker radius, where its centre may go), or (0, None) for a hidden zone."""
        if zone.id not in self._regions:
            visible = self.visible(zone)
            parts = [p for p in shapely.get_parts(visible) if p.area > 1e-4]
            if not parts:
                self._regions[zone.id] = (0.0, None)
                return self._regions[zone.id]
            largest = max(parts, key=lambda p: p.area)
            deepest = polylabel(largest, tolerance=0.02)
            inscribed = float(largest.exterior.distance(deepest))
            for hole in largest.interiors:
                inscribed = min(inscribed, float(hole.distance(deepest)))
            radius = min(
                MARKER_MAX,
                max(MARKER_MIN, MARKER_SCALE * visible.area**0.5),
                MARKER_INSCRIBED * inscribed,
            )
            centres = visible.buffer(-radius)
            if centres.is_empty or centres.area < 1e-6:
                centres = deepest.buffer(1e-3)
            shapely.prepare(centres)
            self._regions[zone.id] = (radius, centres)
        return self._regions[zone.id]

    def regions(self, zone: Zone) -> list[BaseGeometry]:
        """Where a marker's centre may go (one shape, or none for a hidden zone)."""
        centres = self.marker(zone)[1]
        return [] if centres is None else [centres]

    def can_sample(self, zone: Zone) -> bool:
        return bool(self.regions(zone))

    def sample(self, zone: Zone, rng: random.Random) -> tuple[float, float]:
        return self.sample_marker(zone, rng)[0]

    def sample_marker(self, zone: Zone, rng: random.Random) -> tuple[tuple[float, float], float]:
        """A marker centre in the zone, and the marker's radius in cm."""
        radius, centres = self.marker(zone)
        if centres is not None:
            xmin, ymin, xmax, ymax = centres.bounds
            for _ in range(SPOT_ATTEMPTS):
                x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
                if shapely.contains_xy(centres, x, y) and self.zone_set.zone_at(x, y) is zone:
                    return (x, y), radius
            p = centres.representative_point()
            for x, y in ((p.x, p.y), zone.label_point):
                if self.zone_set.zone_at(x, y) is zone:
                    return (x, y), radius
        raise ValueError(
            f"no point of zone {zone.id!r} answers to zone_at; it is hidden under other zones"
        )


__all__ = [
    "CHOICES_SHOWN",
    "FIND_TRIES",
    "MARKER_MAX",
    "MARKER_MIN",
    "MODE_CLASSES",
    "MODE_LABELS",
    "SAFETY_CHOICES",
    "Check",
    "Choice",
    "FindIt",
    "FindSide",
    "Mode",
    "NameIt",
    "Question",
    "QuizMode",
    "SafeOrNot",
    "SpotSampler",
    "WhichTechnique",
    "facing",
    "lower_first",
    "mirror_explanation",
    "person_left_on",
]
