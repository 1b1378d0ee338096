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

import itertools
import math
import random
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr
from massage_trainer.core.safety import TranslatedTexts
from massage_trainer.core.strokes import Stroke, describe, strokes_for
from massage_trainer.core.zones import SAFETY_LEVELS, SAFETY_RANK, SAFETY_WORDS, Zone, ZoneSet


class QuizText(Tr):
    """The quiz's own words: mode names, questions, answers, feedback and results."""


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
    WHICH_WAY = "which_way"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


# the modes' names, translated when looked up
MODE_LABELS: TranslatedTexts[Mode] = TranslatedTexts(
    "QuizText",
    {
        Mode.FIND: QT_TRANSLATE_NOOP("QuizText", "Find it"),
        Mode.NAME: QT_TRANSLATE_NOOP("QuizText", "Name it"),
        Mode.SAFETY: QT_TRANSLATE_NOOP("QuizText", "Safe or not"),
        Mode.TECHNIQUE: QT_TRANSLATE_NOOP("QuizText", "Which technique"),
        Mode.WHICH_WAY: QT_TRANSLATE_NOOP("QuizText", "Which way?"),
    },
)


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
    # (``view_title`` is then the view's title, "Front view"; else "")
    view: str = ""
    view_title: str = ""
    # "Which way?": the strokes the map shows, whether with their arrows, what
    # the map shows in words (for a screen reader; never the answer), and the
    # hint and the explanation when the zone's own would not fit
    strokes: tuple[Stroke, ...] = ()
    arrows: bool = True
    shown: str = ""
    hint: str = ""
    why: str = ""

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


def outside_the_body() -> str:
    """What a click beside the body is called, where an answer is named."""
    return QuizText.tr("outside the body")


def side_name(side: str, name: str) -> str:
    """One side of a pair, named: 'Left kidney area' (the person's side)."""
    if side == "left":
        return i18n.fill(QuizText.tr("Left {zone:lower}", "the person's left"), zone=name)
    return i18n.fill(QuizText.tr("Right {zone:lower}", "the person's right"), zone=name)


def the_zone(name: str) -> str:
    """A zone's name in a list inside a sentence: 'the kidney area'."""
    return i18n.fill(QuizText.tr("the {zone:lower}", "a zone named in a list"), zone=name)


def join_names(names: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(names) <= 1:
        return "".join(names)
    return i18n.fill(
        QuizText.tr("{names} and {last}", "the end of a list: 'a, b and c'"),
        names=QuizText.tr(", ", "between the names of a list").join(names[:-1]),
        last=names[-1],
    )


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

    def items(self, region: str | None = None) -> list[str]:
        """What this mode can ask about in the region (None: anywhere), in file
        order: the eligible zone kinds, for every mode but "Which way?"."""
        return [
            kind
            for kind, zones in self.kinds.items()
            if (region is None or zones[0].region == region) and self.eligible(kind)
        ]

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
            i18n.fill(QuizText.tr("Click the {zone:lower}."), zone=name),
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
            return Check(correct=False, given=outside_the_body(), outside=True)
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
    """'from behind' or 'from the front', as the side convention implies (an
    id for the code, not a text to show)."""
    return "from behind" if person_left_on(zone_set) == "left" else "from the front"


def mirror_explanation(zone_set: ZoneSet, asked: str) -> str:
    """Why the other side was wrong, for a view with this zone set's convention."""
    if facing(zone_set) == "from behind":
        if asked == "left":
            return QuizText.tr(
                "That is the right one: seen from behind, the person\u2019s left is on your left."
            )
        return QuizText.tr(
            "That is the left one: seen from behind, the person\u2019s right is on your right."
        )
    if asked == "left":
        return QuizText.tr(
            "That is the right one: seen from the front, the person\u2019s left is on your right."
        )
    return QuizText.tr(
        "That is the left one: seen from the front, the person\u2019s right is on your left."
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
        if side == "left":
            prompt = QuizText.tr("Click the person\u2019s left {zone:lower}.")
        else:
            prompt = QuizText.tr("Click the person\u2019s right {zone:lower}.")
        return Question(
            self.mode,
            kind,
            side_name(side, zone.name),
            i18n.fill(prompt, zone=zone.name),
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
            given = side_name(clicked.side, clicked.name)
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
            QuizText.tr("Which area is highlighted?"),
            zones,
            rng.choice(zones),
            choices=choices,
            answer=answer,
        )

    def check(self, question: Question, answer: object) -> Check:
        return self._choice_check(question, answer)


def safety_answer_keys() -> dict[str, str]:
    """The letter that answers each safety level (lower case), from the
    translation: "t", "c", "a" in English."""
    keys = {
        "target": QuizText.tr("T", "the key that answers Target (one letter)"),
        "caution": QuizText.tr("C", "the key that answers Caution (one letter)"),
        "avoid": QuizText.tr("A", "the key that answers Avoid (one letter)"),
    }
    default = {"target": "t", "caution": "c", "avoid": "a"}
    return {
        # the translation's first letter (or digit), in lower case
        level: next((c for c in key if c.isalnum()), default[level]).lower()
        for level, key in keys.items()
    }


def safety_choices() -> tuple[Choice, ...]:
    """The Safe-or-not answers, least cautious first, each with its number and
    its letter (``safety_answer_keys``), in the learner's language."""
    letters = safety_answer_keys()
    return tuple(
        Choice(level, SAFETY_WORDS[level], (str(i + 1), letters[level]))
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
            QuizText.tr("Is the marked spot a target, a caution area or one to avoid?"),
            zones,
            under,
            spot=spot,
            choices=safety_choices(),
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
            i18n.fill(QuizText.tr("Which technique suits the {zone:lower}?"), zone=zones[0].name),
            zones,
            rng.choice(zones),
            choices=choices,
            answer=answer,
        )

    def check(self, question: Question, answer: object) -> Check:
        return self._choice_check(question, answer)


# --- "Which way?" ----------------------------------------------------------------
# the weight of each pressure when working out which way a stroke presses
PRESSURE_WEIGHT = {"none": 0, "light": 1, "moderate": 2, "firm": 3}
# the way a stroke presses must be at least this share of the pressed travel,
# or it is no clear way (a circle, a press in place) and not asked
CLEAR_WAY = 0.5
# the other axis at most this share of the main one: all four ways are offered,
# else only the way and its opposite (a diagonal is never half right)
FOUR_WAYS = 0.25
MIN_WAY_CM = 5.0  # a shorter pressed travel (a circle, a press in place) is not asked
# two techniques whose strokes have the same rhythm and paths this close (cm,
# Hausdorff distance) could be taken for each other: never a wrong answer
LOOKALIKE_CM = 8.0
LOOKALIKE_ZONES = 0.6  # ...or share this much of the zones they pass (Jaccard)
WAY_SUFFIX = ":way"  # the kind of the question about a technique's direction
TECHNIQUE_SUFFIX = ":stroke"  # the kind of the question about whose stroke it is
WAYS = ("up", "down", "out", "in")
OPPOSITE_WAY = {"up": "down", "down": "up", "out": "in", "in": "out"}


def way_labels(zone_set: ZoneSet) -> dict[str, str]:
    """The four answers of a direction question, in words for this view."""
    if facing(zone_set) == "from behind":
        out = QuizText.tr("Out, away from the spine")
        toward = QuizText.tr("In, toward the spine")
    else:
        out = QuizText.tr("Out, away from the middle of the body")
        toward = QuizText.tr("In, toward the middle of the body")
    return {
        "up": QuizText.tr("Up, toward the head"),
        "down": QuizText.tr("Down, toward the feet"),
        "out": out,
        "in": toward,
    }


@dataclass(frozen=True)
class StrokeWay:
    """Which way a stroke's hands move where they press most: ``way`` is one
    of ``WAYS``; ``main`` and ``other`` the travel along that axis and across
    it (cm), ``segments`` the segments that press most."""

    way: str
    main: float
    other: float
    segments: tuple[int, ...]


def stroke_way(stroke: Stroke, midline: float) -> StrokeWay | None:
    """The way a stroke works, from its data: the segments with its highest
    pressure, their travel summed (up the body, and out from the midline);
    None when it presses nowhere or has no clear way."""
    weights = [PRESSURE_WEIGHT.get(p, 0) for p in stroke.pressure]
    top = max(weights, default=0)
    if top == 0:
        return None
    up = out = travel = 0.0
    chosen = []
    for seg, ((x0, y0), (x1, y1)) in enumerate(stroke.segments):
        if seg >= len(weights) or weights[seg] != top:
            continue
        chosen.append(seg)
        dx, dy = x1 - x0, y1 - y0
        middle = (x0 + x1) / 2 - midline
        side = 0.0 if abs(middle) < 0.5 else math.copysign(1.0, middle)
        up -= dy
        out += dx * side
        travel += math.hypot(dx, dy)
    vertical = abs(up) >= abs(out)
    main, other = (up, out) if vertical else (out, up)
    if abs(main) < MIN_WAY_CM or abs(main) < CLEAR_WAY * travel:
        return None
    ways = ("up", "down") if vertical else ("out", "in")
    way = ways[0] if main > 0 else ways[1]
    return StrokeWay(way, abs(main), abs(other), tuple(chosen))


def _zones_on(zone_set: ZoneSet, paths: Sequence[Sequence[tuple[float, float]]]) -> list[Zone]:
    """The zones under the paths (looked up every half centimetre), in path
    order, once each."""
    out: list[Zone] = []
    for points in paths:
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            n = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / 0.5))
            for i in range(n + 1):
                zone = zone_set.zone_at(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n)
                if zone is not None and zone not in out:
                    out.append(zone)
    return out


def _names(zones: Sequence[Zone]) -> str:
    """'the lower back columns, the shoulder blade and the spine' (once per name)."""
    names: list[str] = []
    for zone in zones:
        name = the_zone(zone.name)
        if name not in names:
            names.append(name)
    return join_names(names)


def which_way_names(zone_set: ZoneSet) -> dict[str, str]:
    """What each "Which way?" item is called in a list of progress: the
    technique's name and which question ('Fan stroke: its direction')."""
    out = {}
    for tid, technique in zone_set.techniques.items():
        if technique.strokes.get(zone_set.view):
            out[tid + WAY_SUFFIX] = i18n.fill(
                QuizText.tr("{technique}: its direction", "a 'Which way?' question"),
                technique=technique.name,
            )
            out[tid + TECHNIQUE_SUFFIX] = i18n.fill(
                QuizText.tr("{technique}: its movement", "a 'Which way?' question"),
                technique=technique.name,
            )
    return out


class WhichWay(QuizMode):
    """ "Which way?": a technique's stroke on the map, and one of two questions
    about it (a kind each, so each has its own progress):

    - ``"<technique>:way"``: the stroke drawn without arrows; which way do the
      hands move where they press most?  Asked for strokes with a clear way
      (``stroke_way``).  The answers are the four ways when the stroke keeps
      to one axis, else the way and its opposite, so no wrong answer is half
      right.
    - ``"<technique>:stroke"``: the technique's strokes drawn with their
      arrows; whose are they?  The wrong answers are techniques with strokes on
      this view that could not be taken for it: a different rhythm, or paths
      further apart than ``LOOKALIKE_CM`` that share less than
      ``LOOKALIKE_ZONES`` of their zones.

    An item belongs to the region most of its path lies in.
    """

    mode = Mode.WHICH_WAY

    def __init__(self, zone_set: ZoneSet, spots: SpotSampler | None = None) -> None:
        super().__init__(zone_set, spots)
        # worked out on first use: most sessions never ask "Which way?"
        self._placed: dict[str, tuple[Stroke, ...]] | None = None
        self._zones: dict[str, list[Zone]] = {}
        self._regions: dict[str, str] = {}
        self._distractors: dict[str, list[str]] = {}
        self._lines: dict[Stroke, shapely.LineString] = {}

    # --- what can be asked ---------------------------------------------------------
    @property
    def _strokes(self) -> dict[str, tuple[Stroke, ...]]:
        """Technique id -> its strokes on this view, for techniques that have any."""
        if self._placed is None:
            self._placed = {}
            for tid, technique in self.zone_set.techniques.items():
                placed = strokes_for(technique, self.zone_set)
                if placed:
                    self._placed[tid] = placed
        return self._placed

    def strokes(self, technique_id: str) -> tuple[Stroke, ...]:
        """The technique's strokes on this view (with their twins)."""
        return self._strokes.get(technique_id, ())

    def zones_along(self, technique_id: str) -> list[Zone]:
        """The zones under the technique's strokes, in path order."""
        if technique_id not in self._zones:
            self._zones[technique_id] = _zones_on(
                self.zone_set, [s.points for s in self.strokes(technique_id)]
            )
        return self._zones[technique_id]

    def way_stroke(self, technique_id: str) -> tuple[Stroke, StrokeWay] | None:
        """The technique's stroke with the clearest way (its first such), and the way."""
        best: tuple[Stroke, StrokeWay] | None = None
        for stroke in self.strokes(technique_id):
            if stroke.mirrored:
                continue
            way = stroke_way(stroke, self.zone_set.midline)
            if way is not None and (
                best is None or way.other / way.main < best[1].other / best[1].main
            ):
                best = (stroke, way)
        return best

    def lookalike(self, a: str, b: str) -> bool:
        """Could the strokes of technique ``a`` be taken for those of ``b``?"""
        if a == b:
            return True
        zones_a = {z.kind for z in self.zones_along(a)}
        zones_b = {z.kind for z in self.zones_along(b)}
        for sa in self.strokes(a):
            for sb in self.strokes(b):
                if sa.rhythm != sb.rhythm:
                    continue
                if self._line(sa).hausdorff_distance(self._line(sb)) < LOOKALIKE_CM:
                    return True
                union = zones_a | zones_b
                if union and len(zones_a & zones_b) / len(union) >= LOOKALIKE_ZONES:
                    return True
        return False

    def _line(self, stroke: Stroke) -> shapely.LineString:
        if stroke not in self._lines:
            self._lines[stroke] = shapely.LineString(stroke.points)
        return self._lines[stroke]

    def distractors(self, technique_id: str) -> list[str]:
        """Techniques with strokes on this view that are plainly not these, in file order."""
        if technique_id not in self._distractors:
            self._distractors[technique_id] = [
                t for t in self._strokes if not self.lookalike(technique_id, t)
            ]
        return self._distractors[technique_id]

    def region_of(self, technique_id: str) -> str:
        """The region most of the technique's path lies in ('' without regions)."""
        if technique_id not in self._regions:
            counts: dict[str, int] = {}
            for stroke in self.strokes(technique_id):
                for (x, y), _seg in stroke.samples(1.0):
                    zone = self.zone_set.zone_at(x, y)
                    if zone is not None and zone.region:
                        counts[zone.region] = counts.get(zone.region, 0) + 1
            self._regions[technique_id] = max(counts, key=lambda r: counts[r]) if counts else ""
        return self._regions[technique_id]

    def eligible(self, kind: str) -> bool:
        tid, _, what = kind.rpartition(":")
        if tid not in self._strokes:
            return False
        if ":" + what == WAY_SUFFIX:
            return self.way_stroke(tid) is not None
        if ":" + what == TECHNIQUE_SUFFIX:
            return bool(self.distractors(tid))
        return False

    def items(self, region: str | None = None) -> list[str]:
        out = []
        for tid in self._strokes:
            if region is not None and self.region_of(tid) != region:
                continue
            out += [tid + s for s in (WAY_SUFFIX, TECHNIQUE_SUFFIX) if self.eligible(tid + s)]
        return out

    # --- asking ------------------------------------------------------------------
    def build(self, kind: str, rng: random.Random) -> Question:
        tid, _, what = kind.rpartition(":")
        technique = self.zone_set.techniques[tid]
        if ":" + what == WAY_SUFFIX:
            return self._way_question(kind, tid, rng)
        strokes = self.strokes(tid)
        others = rng.sample(
            self.distractors(tid), min(CHOICES_SHOWN - 1, len(self.distractors(tid)))
        )
        picked = [tid, *others]
        rng.shuffle(picked)
        choices = tuple(
            Choice(t, self.zone_set.techniques[t].name, (str(i + 1),)) for i, t in enumerate(picked)
        )
        zones = self.zones_along(tid)
        described = " ".join(
            i18n.fill(
                QuizText.tr("{number}. {stroke}", "one numbered stroke of several"),
                number=s.number,
                stroke=describe(s, self.zone_set),
            )
            for s in strokes
            if not s.mirrored
        )
        if len({s.number for s in strokes}) == 1:
            described = describe(strokes[0], self.zone_set)
        why = technique.summary
        alike = [
            self.zone_set.techniques[t].name
            for t in self._strokes
            if t != tid and t not in self.distractors(tid)
        ]
        if alike:  # told, so that a learner who thought of them knows why
            if len(alike) == 1:
                same = QuizText.tr("{technique} is drawn much the same way, so not offered.")
            else:
                same = QuizText.tr("{techniques} are drawn much the same way, so not offered.")
            why += " " + i18n.fill(same, technique=alike[0], techniques=join_names(alike))
        return Question(
            self.mode,
            kind,
            technique.name,
            QuizText.tr("Which technique makes the movement drawn on the map?"),
            tuple(zones),
            zones[0],
            choices=choices,
            answer=picked.index(tid),
            strokes=strokes,
            arrows=True,
            shown=i18n.fill(QuizText.tr("The map shows: {strokes}"), strokes=described),
            why=why.strip(),
        )

    def _way_question(self, kind: str, tid: str, rng: random.Random) -> Question:
        technique = self.zone_set.techniques[tid]
        found = self.way_stroke(tid)
        assert found is not None  # eligible() said so
        stroke, way = found
        shown_strokes = tuple(s for s in self.strokes(tid) if s.number == stroke.number)
        labels = way_labels(self.zone_set)
        if way.other <= FOUR_WAYS * way.main:
            ways = list(WAYS)
            rng.shuffle(ways)
        else:
            ways = [way.way, OPPOSITE_WAY[way.way]]
            rng.shuffle(ways)
        choices = tuple(Choice(w, labels[w], (str(i + 1),)) for i, w in enumerate(ways))
        zones = _zones_on(self.zone_set, [s.points for s in shown_strokes])
        pressed = _zones_on(
            self.zone_set,
            [s.points[seg : seg + 2] for s in shown_strokes for seg in way.segments],
        )
        name = technique.name
        start = self.zone_set.zone_at(*stroke.points[0])
        hint = ""
        if start:
            hint = i18n.fill(QuizText.tr("The hands start on the {zone:lower}."), zone=start.name)
        even = len(set(stroke.pressure)) == 1  # the same pressure all the way
        if even:
            prompt = QuizText.tr("Which way do the hands move in the {technique:lower}?")
        else:
            prompt = QuizText.tr(
                "Which way do the hands move in the {technique:lower}, where they press most?"
            )
        shown = i18n.fill(
            QuizText.tr(
                "The map shows the path of the {technique:lower} without its arrows, over {zones}."
            ),
            technique=name,
            zones=_names(zones),
        )
        if not even:
            shown += " " + i18n.fill(
                QuizText.tr("It presses most over {zones}."), zones=_names(pressed)
            )
        return Question(
            self.mode,
            kind,
            technique.name,
            i18n.fill(prompt, technique=name),
            tuple(zones),
            zones[0],
            choices=choices,
            answer=ways.index(way.way),
            strokes=shown_strokes,
            arrows=False,
            shown=shown,
            hint=hint,
            why=i18n.fill(
                QuizText.tr(
                    "{technique}: where the hands press most, they move {way:lower}. {stroke}"
                ),
                technique=technique.name,
                way=labels[way.way],
                stroke=describe(stroke, self.zone_set),
            ),
        )

    def check(self, question: Question, answer: object) -> Check:
        return self._choice_check(question, answer)


MODE_CLASSES: dict[Mode, type[QuizMode]] = {
    Mode.FIND: FindIt,
    Mode.NAME: NameIt,
    Mode.SAFETY: SafeOrNot,
    Mode.TECHNIQUE: WhichTechnique,
    Mode.WHICH_WAY: WhichWay,
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
    "Check",
    "Choice",
    "FindIt",
    "FindSide",
    "Mode",
    "NameIt",
    "Question",
    "QuizMode",
    "QuizText",
    "SafeOrNot",
    "SpotSampler",
    "WhichTechnique",
    "WhichWay",
    "facing",
    "join_names",
    "mirror_explanation",
    "outside_the_body",
    "person_left_on",
    "safety_answer_keys",
    "safety_choices",
    "side_name",
    "stroke_way",
    "the_zone",
    "way_labels",
    "which_way_names",
]
