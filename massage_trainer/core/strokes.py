"""A technique's hand movements on a view: placed, checked, described and played (no Qt).

A technique in ``techniques.yaml`` may carry ``strokes:`` per view (the format is
in docs/technique-format.md); ``content`` reads them as ``StrokeSpec``s whose
path points are landmarks of the view plus offsets in cm.  This module

- places them on a view's body (``strokes_for``): every point in cm on the
  canvas, a mirrored twin for the other hand where the data asks for one;
- checks them against the view (``check_strokes``): landmarks, the outline,
  the Avoid and Caution zones on the way, the zones the technique suits;
- words them (``describe``) and names the caution zones on the way
  (``stroke_cautions``), for the panel, the printed diagrams and screen readers;
- plays them (``StrokePlayer``): where each hand is at a moment, on a
  monotonic clock like ``routine_session``, so a busy window never slows the
  tempo the data gives.

The safety rule along a path, sampled every ``SAMPLE_CM`` with the map's own
``zone_at`` (so where zones overlap the more cautious one rules):

- an Avoid zone may only be crossed by a segment with pressure ``none`` whose
  stroke names the zone's kind in ``floats_over`` (the hands float over it);
- a Caution zone may be crossed with ``light`` or ``none`` pressure only;
- a Target zone the stroke presses on (any pressure but ``none``) must list
  the technique among its ``techniques``;
- every point of the path lies on the body.
"""

from __future__ import annotations

import bisect
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from massage_trainer.core import i18n, paths
from massage_trainer.core.content import (
    STROKE_HANDS,
    STROKE_PRESSURES,
    STROKE_RHYTHMS,
    PathPoint,
    StrokeSpec,
    Technique,
)
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.yamlsource import Problem
from massage_trainer.core.zones import Zone, ZoneSet


class StrokeText(Tr):
    """A technique's strokes in words: the hands, the way, the pressure, the tempo."""


__all__ = [
    "STROKE_HANDS",
    "STROKE_PRESSURES",
    "STROKE_RHYTHMS",
    "HandFrame",
    "PathPoint",
    "PlayerFrame",
    "Stroke",
    "StrokeCaution",
    "StrokePlayer",
    "StrokeSpec",
    "check_stroke_views",
    "check_strokes",
    "describe",
    "describe_technique",
    "hand_position",
    "stroke_cautions",
    "strokes_for",
    "technique_cautions",
]

SAMPLE_CM = 0.2  # how finely a path is walked when checked against the zones
MIN_SEGMENT_CM = 0.1  # a segment shorter than this has no direction
STEP_CM = 1.5  # the length of one small step of a 'steps' stroke
STEP_MOVE_SHARE = 0.35  # of each step's time: moving; the rest: pressing in place
PRESS_SHARE = 0.6  # of each point's time in a 'press_release' stroke: pressing

Point = tuple[float, float]


# --- placed on a view ------------------------------------------------------------
@dataclass(frozen=True)
class Stroke:
    """One hand's path (or both hands' together) placed on a view, in cm.

    ``hand`` is how it is drawn: 'left', 'right' or 'both' (both hands stacked,
    or taking turns on one path when ``turns``).  A mirrored twin has
    ``mirrored`` set and the same ``number``.  ``lag`` is the share of a pass
    this hand starts after the first one (0.5 for the second of two hands
    that take turns)."""

    spec: StrokeSpec
    number: int  # its order on the view, from 1; twins share it
    hand: str
    points: tuple[Point, ...]
    pressure: tuple[str, ...]  # one per segment
    mirrored: bool = False
    lag: float = 0.0
    turns: bool = False  # two hands take turns along this one path
    _cum: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        cum = [0.0]
        for (x0, y0), (x1, y1) in zip(self.points, self.points[1:], strict=False):
            cum.append(cum[-1] + math.hypot(x1 - x0, y1 - y0))
        object.__setattr__(self, "_cum", tuple(cum))

    # the data's own values
    @property
    def technique(self) -> str:
        return self.spec.technique

    @property
    def view(self) -> str:
        return self.spec.view

    @property
    def rhythm(self) -> str:
        return self.spec.rhythm

    @property
    def seconds(self) -> float:
        return self.spec.seconds

    @property
    def repeats(self) -> int:
        return self.spec.repeats

    @property
    def duration(self) -> float:
        """All its passes, in seconds."""
        return self.spec.seconds * self.spec.repeats

    # geometry
    @property
    def length(self) -> float:
        """The path's length in cm."""
        return self._cum[-1]

    @property
    def segments(self) -> tuple[tuple[Point, Point], ...]:
        return tuple(zip(self.points, self.points[1:], strict=False))

    def direction(self, segment: int) -> Point:
        """The unit vector of a segment, canvas axes (y downward)."""
        (x0, y0), (x1, y1) = self.points[segment], self.points[segment + 1]
        d = math.hypot(x1 - x0, y1 - y0) or 1.0
        return ((x1 - x0) / d, (y1 - y0) / d)

    def at_distance(self, distance: float) -> tuple[Point, int]:
        """The point ``distance`` cm along the path and the segment it lies on."""
        if len(self.points) < 2:
            return self.points[0], 0
        distance = min(max(distance, 0.0), self.length)
        seg = min(bisect.bisect_right(self._cum, distance) - 1, len(self.points) - 2)
        seg = max(seg, 0)
        start, span = self._cum[seg], self._cum[seg + 1] - self._cum[seg]
        t = (distance - start) / span if span > 0 else 0.0
        (x0, y0), (x1, y1) = self.points[seg], self.points[seg + 1]
        return (x0 + t * (x1 - x0), y0 + t * (y1 - y0)), seg

    def point_at(self, fraction: float) -> Point:
        """The point a share ``fraction`` (0 to 1) of the way along the path."""
        return self.at_distance(fraction * self.length)[0]

    def samples(self, step: float = SAMPLE_CM) -> list[tuple[Point, int]]:
        """Points every ``step`` cm along the path (ends included), with their segment."""
        out: list[tuple[Point, int]] = []
        for seg, ((x0, y0), (x1, y1)) in enumerate(self.segments):
            n = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
            for i in range(n + (1 if seg == len(self.points) - 2 else 0)):
                t = i / n
                out.append(((x0 + t * (x1 - x0), y0 + t * (y1 - y0)), seg))
        return out


def _other(hand: str) -> str:
    return {"left": "right", "right": "left"}.get(hand, hand)


def _mirror_landmark(name: str) -> str:
    for a, b in (("_left", "_right"), ("_right", "_left")):
        if name.endswith(a):
            return name[: -len(a)] + b
    return name


def _place(point: PathPoint, zone_set: ZoneSet, mirrored: bool) -> Point | None:
    if not mirrored:
        base = zone_set.landmarks.get(point.landmark)
        return None if base is None else (base[0] + point.dx, base[1] + point.dy)
    twin = _mirror_landmark(point.landmark)
    base = zone_set.landmarks.get(twin)
    if base is None:
        return None
    # the twin landmark (or the same one on the midline), the offset mirrored
    return (base[0] - point.dx, base[1] + point.dy)


def _placed(spec: StrokeSpec, zone_set: ZoneSet, mirrored: bool) -> tuple[Point, ...] | None:
    out = []
    for p in spec.path:
        placed = _place(p, zone_set, mirrored)
        if placed is None:
            return None
        out.append(placed)
    return tuple(out)


def strokes_for(technique: Technique, zone_set: ZoneSet) -> tuple[Stroke, ...]:
    """The technique's strokes on this view, placed in cm, in the order they
    are done; a mirrored twin follows its stroke.  A stroke whose landmarks
    the view lacks is left out (``check_strokes`` reports it)."""
    out: list[Stroke] = []
    for number, spec in enumerate(technique.strokes.get(zone_set.view, ()), 1):
        out += _resolve(spec, zone_set, number)
    return tuple(out)


def _resolve(spec: StrokeSpec, zone_set: ZoneSet, number: int) -> list[Stroke]:
    points = _placed(spec, zone_set, False)
    if points is None or len(points) < 2:
        return []
    if not spec.mirror:
        hand = spec.hand if spec.hand in ("left", "right") else "both"
        turns = spec.hand == "alternating"
        return [Stroke(spec, number, hand, points, spec.pressure, turns=turns)]
    twin = _placed(spec, zone_set, True)
    if spec.hand in ("left", "right"):
        hand = spec.hand
    else:  # both or alternating, one on each side: named by the side of the picture
        mean_x = sum(x for x, _ in points) / len(points)
        hand = "left" if mean_x < zone_set.midline else "right"
    first = Stroke(spec, number, hand, points, spec.pressure)
    if twin is None:
        return [first]
    lag = 0.5 if spec.hand == "alternating" else 0.0
    return [first, Stroke(spec, number, _other(hand), twin, spec.pressure, True, lag)]


# --- checked against the view ---------------------------------------------------
def _name(zone_set: ZoneSet, name: str | None) -> str:
    if name:
        return name
    if len(zone_set.sources) > 1:
        return paths.display_name(zone_set.sources[1])
    return "techniques.yaml"


def check_stroke_views(
    techniques: Iterable[Technique], views: Iterable[str], name: str
) -> list[Problem]:
    """A problem for each technique's strokes given for a view that does not exist."""
    known = list(views)
    problems = []
    for t in techniques:
        for view, specs in t.strokes.items():
            if view not in known:
                line = specs[0].line if specs else 0
                problems.append(
                    Problem(
                        name,
                        line,
                        t.id,
                        f"strokes for an unknown view {view!r}; the views are {', '.join(known)}",
                    )
                )
    return problems


def check_strokes(
    zone_set: ZoneSet, techniques: Iterable[Technique] | None = None, name: str | None = None
) -> list[Problem]:
    """Every problem of the techniques' strokes on this view (all of the view's
    techniques by default), as ``file:line: technique: message``."""
    name = _name(zone_set, name)
    found: list[Problem] = []
    for t in techniques if techniques is not None else zone_set.techniques.values():
        for number, spec in enumerate(t.strokes.get(zone_set.view, ()), 1):
            found += _check_one(zone_set, t, spec, number, name)
    return sorted(found)


def _known(zone_set: ZoneSet) -> str:
    names = sorted(zone_set.landmarks)
    return ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")


def _check_one(
    zone_set: ZoneSet, t: Technique, spec: StrokeSpec, number: int, name: str
) -> list[Problem]:
    out: list[Problem] = []

    def add(line: int, message: str) -> None:
        out.append(Problem(name, line or spec.line, t.id, f"stroke {number}: {message}"))

    for p in spec.path:
        if p.landmark not in zone_set.landmarks:
            add(
                p.line,
                f"no landmark {p.landmark!r} on the {zone_set.view} view; "
                f"its landmarks are {_known(zone_set)}",
            )
        elif spec.mirror and _mirror_landmark(p.landmark) not in zone_set.landmarks:
            add(
                p.line,
                f"the mirrored twin needs the landmark {_mirror_landmark(p.landmark)!r}, "
                f"which the {zone_set.view} view lacks; add it or drop 'mirror'",
            )
    if out:
        return out
    kinds = {z.kind for z in zone_set.zones}
    for kind in spec.floats_over:
        if kind not in kinds:
            add(spec.line, f"'floats_over' names {kind!r}, which is no zone of the view")
    resolved = _resolve(spec, zone_set, number)
    if resolved:
        for i, (a, b) in enumerate(resolved[0].segments):
            if math.dist(a, b) < MIN_SEGMENT_CM:
                add(
                    spec.path[i + 1].line,
                    f"segment {i + 1} ({spec.path[i].landmark} to {spec.path[i + 1].landmark}) "
                    "has no length: its two points are the same place; move one or drop it",
                )
    for stroke in resolved:
        twin = " (its mirrored twin)" if stroke.mirrored else ""
        _check_path(zone_set, t, spec, stroke, twin, add)
    return out


def _check_path(zone_set, t, spec, stroke, twin, add) -> None:
    """The path's points on the body, then the zones under its samples: every
    point's zone is found at once (``zones_at``), the same as ``zone_at``
    one sample at a time would find."""
    reported: set[tuple[int, str]] = set()
    samples = stroke.samples()
    points = [*stroke.points, *(point for point, _ in samples)]
    found = zone_set.zones_at([x for x, _ in points], [y for _, y in points])
    at_points, zones = found[: len(stroke.points)], found[len(stroke.points) :]
    for p, (x, y), zone in zip(spec.path, stroke.points, at_points, strict=True):
        if zone is None:
            add(
                p.line,
                f"the point {p.landmark} {p.dx:+g} {p.dy:+g} lies at ({x:.1f}, {y:.1f}), "
                f"off the body{twin}; move it onto the body",
            )
            reported.add((-1, p.landmark))
    problems: dict[tuple[str, str], str] = {}  # (zone id, pressure) -> what is wrong
    for ((x, y), seg), zone in zip(samples, zones, strict=True):
        if zone is None:
            if (seg, "") not in reported and (-1, spec.path[seg].landmark) not in reported:
                reported.add((seg, ""))
                add(
                    spec.path[seg].line,
                    f"{_where(spec, seg)} leaves the body near ({x:.1f}, {y:.1f}){twin}",
                )
            continue
        key = (seg, zone.kind)
        if key in reported:
            continue
        pressure = stroke.pressure[seg] if seg < len(stroke.pressure) else "none"
        known = problems.get((zone.id, pressure))
        if known is None:
            known = problems[(zone.id, pressure)] = _zone_problem(zone, pressure, spec, t)
        if known:
            reported.add(key)
            add(spec.path[seg].line, f"{_where(spec, seg)}{twin} {known}")


def _where(spec: StrokeSpec, seg: int) -> str:
    return f"segment {seg + 1} ({spec.path[seg].landmark} to {spec.path[seg + 1].landmark})"


def _zone_problem(zone: Zone, pressure: str, spec: StrokeSpec, t: Technique) -> str:
    label = f"{zone.name} ({zone.kind})"
    if zone.safety == "avoid":
        if zone.kind in spec.floats_over and pressure == "none":
            return ""
        if zone.kind in spec.floats_over:
            return (
                f"crosses the Avoid zone {label} with {pressure} pressure; "
                "over it the pressure must be none"
            )
        return (
            f"crosses the Avoid zone {label}; move the path off it, or give that "
            f"segment pressure none and list {zone.kind!r} under floats_over"
        )
    if zone.safety == "caution":
        if pressure in ("none", "light"):
            return ""
        return f"presses {pressure} on the Caution zone {label}; lighten to light there"
    if pressure != "none" and t.id not in zone.techniques:
        return (
            f"presses on {label}, a zone {t.name} does not suit (the zone does not "
            "list it); move the path or add the technique to the zone"
        )
    return ""


# --- in words ---------------------------------------------------------------------
@dataclass(frozen=True)
class StrokeCaution:
    """A caution or avoid zone a stroke passes over, and what to do there."""

    zone: Zone
    text: str  # "passes over the shoulder blade: lighten here"


def _zones_along(stroke: Stroke, zone_set: ZoneSet) -> list[tuple[Zone, int]]:
    """The zones under the path in order, each with its first segment (runs merged)."""
    out: list[tuple[Zone, int]] = []
    for (x, y), seg in stroke.samples():
        zone = zone_set.zone_at(x, y)
        if zone is not None and (not out or out[-1][0].kind != zone.kind):
            out.append((zone, seg))
    return out


def stroke_cautions(stroke: Stroke, zone_set: ZoneSet) -> tuple[StrokeCaution, ...]:
    """The Caution and Avoid zones the stroke passes, in order, once each kind."""
    seen: set[str] = set()
    out = []
    for zone, _seg in _zones_along(stroke, zone_set):
        if zone.safety == "target" or zone.kind in seen:
            continue
        seen.add(zone.kind)
        if zone.safety == "avoid":
            text = fill(
                StrokeText.tr("floats over the {zone:lower}: no pressure at all here"),
                zone=zone.name,
            )
        else:
            text = fill(StrokeText.tr("passes over the {zone:lower}: lighten here"), zone=zone.name)
        out.append(StrokeCaution(zone, text))
    return tuple(out)


def technique_cautions(strokes: Sequence[Stroke], zone_set: ZoneSet) -> tuple[StrokeCaution, ...]:
    """``stroke_cautions`` over all of a technique's strokes, once each kind."""
    seen: set[str] = set()
    out = []
    for stroke in strokes:
        for c in stroke_cautions(stroke, zone_set):
            if c.zone.kind not in seen:
                seen.add(c.zone.kind)
                out.append(c)
    return tuple(out)


def _direction_word(stroke: Stroke, seg: int, zone_set: ZoneSet) -> str:
    """The way a segment goes, as a key of ``_DIRECTIONS``: 'up', 'down and outward'."""
    dx, dy = stroke.direction(seg)
    (x0, _), (x1, _) = stroke.points[seg], stroke.points[seg + 1]
    out_of_middle = abs(x1 - zone_set.midline) > abs(x0 - zone_set.midline)
    side = "outward" if out_of_middle else "inward"
    vertical = "up" if dy < 0 else "down"
    if abs(dy) >= 2 * abs(dx):
        return vertical
    if abs(dx) >= 2 * abs(dy):
        return side
    return f"{vertical} and {side}"


# the words of the keys above, marked here and translated where a stroke is described
_DIRECTIONS = {
    "up": QT_TRANSLATE_NOOP("StrokeText", "up"),
    "down": QT_TRANSLATE_NOOP("StrokeText", "down"),
    "outward": QT_TRANSLATE_NOOP("StrokeText", "outward"),
    "inward": QT_TRANSLATE_NOOP("StrokeText", "inward"),
    "up and outward": QT_TRANSLATE_NOOP("StrokeText", "up and outward"),
    "up and inward": QT_TRANSLATE_NOOP("StrokeText", "up and inward"),
    "down and outward": QT_TRANSLATE_NOOP("StrokeText", "down and outward"),
    "down and inward": QT_TRANSLATE_NOOP("StrokeText", "down and inward"),
}

_PRESSURE_PHRASE = {
    "none": QT_TRANSLATE_NOOP("StrokeText", "with no pressure"),
    "light": QT_TRANSLATE_NOOP("StrokeText", "lightly"),
    "moderate": QT_TRANSLATE_NOOP("StrokeText", "with moderate pressure"),
    "firm": QT_TRANSLATE_NOOP("StrokeText", "firmly"),
}

_HANDS = {
    # (hand, mirror) -> the subject of the sentence, and whether it is plural
    ("both", True): (QT_TRANSLATE_NOOP("StrokeText", "Both hands, one on each side,"), True),
    ("both", False): (QT_TRANSLATE_NOOP("StrokeText", "Both hands together"), True),
    ("alternating", True): (
        QT_TRANSLATE_NOOP("StrokeText", "The hands take turns, one on each side, and"),
        True,
    ),
    ("alternating", False): (QT_TRANSLATE_NOOP("StrokeText", "The hands take turns and"), True),
    ("left", True): (
        QT_TRANSLATE_NOOP(
            "StrokeText", "The left hand, with the right mirroring it on the other side,"
        ),
        False,
    ),
    ("left", False): (QT_TRANSLATE_NOOP("StrokeText", "The left hand"), False),
    ("right", True): (
        QT_TRANSLATE_NOOP(
            "StrokeText", "The right hand, with the left mirroring it on the other side,"
        ),
        False,
    ),
    ("right", False): (QT_TRANSLATE_NOOP("StrokeText", "The right hand"), False),
}
_SOME_HANDS = QT_TRANSLATE_NOOP("StrokeText", "The hands")


def _t(text: str) -> str:
    """A text marked in this module, in the learner's language."""
    return i18n.translated("StrokeText", text)


def _verb(rhythm: str, plural: bool) -> str:
    """The verb for the rhythm, agreeing with a subject of one hand or two."""
    if plural:
        if rhythm == "glide":
            return StrokeText.tr("glide", "two hands do it")
        if rhythm == "steps":
            return StrokeText.tr("walk in small steps", "two hands do it")
        if rhythm == "press_release":
            return StrokeText.tr("press and let go", "two hands do it")
        return StrokeText.tr("move", "two hands do it")
    if rhythm == "glide":
        return StrokeText.tr("glides", "one hand does it")
    if rhythm == "steps":
        return StrokeText.tr("walks in small steps", "one hand does it")
    if rhythm == "press_release":
        return StrokeText.tr("presses and lets go", "one hand does it")
    return StrokeText.tr("moves", "one hand does it")


def _seconds_words(seconds: float) -> str:
    n = round(seconds, 1)
    if n == int(n):
        return StrokeText.tr("%n second(s)", "", int(n))
    return fill(StrokeText.tr("{seconds} seconds", "not a whole number"), seconds=i18n.number(n, 1))


def _passes_words(repeats: int) -> str:
    """How many passes: 'once', 'twice', '3 times'."""
    if repeats == 1:
        return StrokeText.tr("once")
    if repeats == 2:
        return StrokeText.tr("twice")
    return StrokeText.tr("%n time(s)", "passes of a stroke", repeats)


def _with_pressure(words: str, pressure: str) -> str:
    """A piece of the way with the pressure phrase after it ('up lightly')."""
    phrase = _PRESSURE_PHRASE.get(pressure)
    if phrase is None:
        return words
    return fill(
        StrokeText.tr("{way} {pressure}", "a piece of the way, then how hard"),
        way=words,
        pressure=_t(phrase),
    )


def _zone_near_end(stroke: Stroke, seg: int, zone_set: ZoneSet) -> Zone | None:
    """The zone a segment arrives in: just short of its end, where it is
    still clear of the border the end point may sit on."""
    (x0, y0), (x1, y1) = stroke.segments[seg]
    length = math.hypot(x1 - x0, y1 - y0)
    t = max(0.0, 1.0 - min(0.5, 0.6 / length)) if length > 0 else 1.0
    return zone_set.zone_at(x0 + t * (x1 - x0), y0 + t * (y1 - y0))


def _legs(stroke: Stroke, zone_set: ZoneSet) -> list[tuple[str, str, Zone | None, list[int]]]:
    """The path as legs: runs of segments that go the same way with the same
    pressure, each as (direction word, pressure, zone it arrives in, segments)."""
    legs: list[tuple[str, str, Zone | None, list[int]]] = []
    for seg in range(len(stroke.segments)):
        word = _direction_word(stroke, seg, zone_set)
        pressure = _segment_pressure(stroke, seg)
        zone = _zone_near_end(stroke, seg, zone_set)
        if legs and legs[-1][0] == word and legs[-1][1] == pressure:
            legs[-1] = (word, pressure, zone or legs[-1][2], [*legs[-1][3], seg])
        else:
            legs.append((word, pressure, zone, [seg]))
    return legs


def _avoid_crossed(stroke: Stroke, segs: list[int], zone_set: ZoneSet) -> Zone | None:
    for (x, y), seg in stroke.samples():
        if seg in segs:
            zone = zone_set.zone_at(x, y)
            if zone is not None and zone.safety == "avoid":
                return zone
    return None


def _segment_pressure(stroke: Stroke, seg: int) -> str:
    return stroke.pressure[seg] if seg < len(stroke.pressure) else ""


def describe(stroke: Stroke, zone_set: ZoneSet) -> str:
    """The stroke in words, from its data: the hands, the way through the
    zones with the pressure on each leg, and the tempo."""
    spec = stroke.spec
    subject_text, plural = _HANDS.get((spec.hand, spec.mirror), (_SOME_HANDS, True))
    subject, verb = _t(subject_text), _verb(spec.rhythm, plural)
    start_zone = zone_set.zone_at(*stroke.points[0]) if stroke.points else None
    if not stroke.segments or start_zone is None:
        return fill(StrokeText.tr("{hands} {verb}."), hands=subject, verb=verb)
    legs = _legs(stroke, zone_set)
    if len(legs) == 1:
        word, pressure, end, _segs = legs[0]
        direction = _t(_DIRECTIONS[word])
        if end is not None and end.kind != start_zone.kind:
            route = fill(
                StrokeText.tr("{direction} from the {start:lower} into the {end:lower}"),
                direction=direction,
                start=start_zone.name,
                end=end.name,
            )
        else:
            route = fill(
                StrokeText.tr("{direction} along the {zone:lower}"),
                direction=direction,
                zone=start_zone.name,
            )
        route = _with_pressure(route, pressure)
    else:
        parts = []
        last_pressure = ""
        last_kind = start_zone.kind
        for word, pressure, zone, segs in legs:
            bit = _t(_DIRECTIONS[word])
            floated = _avoid_crossed(stroke, segs, zone_set) if pressure == "none" else None
            if floated is not None:
                bit = fill(StrokeText.tr("{way} over the {zone:lower}"), way=bit, zone=floated.name)
            if zone is not None and zone.kind != last_kind:
                bit = fill(StrokeText.tr("{way} into the {zone:lower}"), way=bit, zone=zone.name)
                last_kind = zone.kind
            if pressure != last_pressure:
                bit = _with_pressure(bit, pressure)
                last_pressure = pressure
            parts.append(bit)
        route = fill(
            StrokeText.tr("from the {zone:lower} {legs}"),
            zone=start_zone.name,
            legs=StrokeText.tr(", then ", "between the legs of a stroke's way").join(parts),
        )
        if math.dist(stroke.points[0], stroke.points[-1]) < MIN_SEGMENT_CM:
            route = fill(StrokeText.tr("{way}, back to where it began"), way=route)
    tempo = fill(
        StrokeText.tr("each pass takes about {seconds}, {passes}"),
        seconds=_seconds_words(spec.seconds),
        passes=_passes_words(spec.repeats),
    )
    return fill(
        StrokeText.tr("{hands} {verb} {way}; {tempo}."),
        hands=subject,
        verb=verb,
        way=route,
        tempo=tempo,
    )


def describe_technique(technique: Technique, zone_set: ZoneSet) -> tuple[str, ...]:
    """One description per stroke of the technique on this view (twins described
    once, with their stroke), numbered as the drawing numbers them."""
    out = []
    for stroke in strokes_for(technique, zone_set):
        if not stroke.mirrored:
            out.append(f"{stroke.number}. {describe(stroke, zone_set)}")
    return tuple(out)


# --- played -----------------------------------------------------------------------
def hand_position(stroke: Stroke, progress: float) -> tuple[Point, int, bool]:
    """Where the hand is ``progress`` (0 to 1) of the way through one pass, by
    the stroke's rhythm: (point, segment, pressing).

    glide: at an even speed along the path, pressing unless the pressure is none;
    steps: small steps of about ``STEP_CM``, a quick move then a press in place;
    press_release: a press at each point of the path, released while moving on.
    """
    progress = min(max(progress, 0.0), 1.0)
    length = stroke.length
    if stroke.rhythm == "steps" and length > 0:
        n = max(1, math.ceil(length / STEP_CM))
        k = min(int(progress * n), n - 1)
        within = progress * n - k
        moving = within < STEP_MOVE_SHARE
        share = within / STEP_MOVE_SHARE if moving else 1.0
        point, seg = stroke.at_distance((k + share) * length / n)
        return point, seg, not moving and _presses(stroke, seg)
    if stroke.rhythm == "press_release":
        count = len(stroke.points)
        k = min(int(progress * count), count - 1)
        within = progress * count - k
        if k == count - 1 or within < PRESS_SHARE:
            seg = min(k, len(stroke.points) - 2)
            return stroke.points[k], seg, True
        share = (within - PRESS_SHARE) / (1 - PRESS_SHARE)
        (x0, y0), (x1, y1) = stroke.points[k], stroke.points[k + 1]
        return (x0 + share * (x1 - x0), y0 + share * (y1 - y0)), k, False
    point, seg = stroke.at_distance(progress * length)
    return point, seg, _presses(stroke, seg)


def _presses(stroke: Stroke, seg: int) -> bool:
    return seg < len(stroke.pressure) and stroke.pressure[seg] != "none"


@dataclass(frozen=True)
class HandFrame:
    """One hand at one moment of the animation."""

    stroke: Stroke
    hand: str  # 'left', 'right' or 'both': how it is drawn
    point: Point  # cm on the canvas
    direction: Point  # unit vector of the way it moves
    pressure: str  # the data's pressure on the segment it is on
    pressing: bool  # pressing now (False while it lifts or floats)


@dataclass(frozen=True)
class PlayerFrame:
    """What the animation shows at one moment."""

    elapsed: float  # seconds since the start of the first stroke
    total: float  # seconds of the whole sequence
    number: int  # the stroke being done, from 1 (its twins too); 0 with no strokes
    repeat: int  # which pass of it, from 1
    progress: float  # 0 to 1 through the current pass
    hands: tuple[HandFrame, ...]
    running: bool
    finished: bool


class StrokePlayer:
    """The strokes of a technique played one after the other at the data's tempo.

    Each stroke (with its twin, done at the same time) takes ``seconds`` per
    pass, ``repeats`` times.  The time is kept on ``clock`` (monotonic
    seconds; tests pass a fake): ``frame()`` works out the position from the
    clock, so a late repaint never slows the tempo.  With ``loop`` the
    sequence starts over at the end; otherwise it stops on the last frame.
    """

    def __init__(
        self,
        strokes: Sequence[Stroke],
        clock: Callable[[], float] = time.monotonic,
        loop: bool = False,
    ) -> None:
        self.strokes = tuple(strokes)
        self.clock = clock
        self.loop = loop
        self._groups: list[tuple[int, tuple[Stroke, ...]]] = []
        for s in self.strokes:
            if self._groups and self._groups[-1][0] == s.number:
                n, group = self._groups[-1]
                self._groups[-1] = (n, (*group, s))
            else:
                self._groups.append((s.number, (s,)))
        # when each stroke begins, in seconds from the start
        self._starts: list[float] = []
        t = 0.0
        for _, group in self._groups:
            self._starts.append(t)
            t += max(s.duration for s in group)
        self.total = t
        self.running = False
        self._held = 0.0  # the elapsed time while stopped
        self._origin = 0.0  # the clock reading at elapsed 0, while running

    # --- control ------------------------------------------------------------
    def elapsed(self, now: float | None = None) -> float:
        """Seconds into the sequence (within 0 and ``total``; looped with ``loop``)."""
        if not self.running:
            return self._held
        t = (self.clock() if now is None else now) - self._origin
        if self.loop and self.total > 0:
            return t % self.total
        return min(max(t, 0.0), self.total)

    def play(self, now: float | None = None) -> None:
        if self.running or self.total <= 0:
            return
        if self._held >= self.total:
            self._held = 0.0  # played to the end: Play starts again
        now = self.clock() if now is None else now
        self._origin = now - self._held
        self.running = True

    def pause(self, now: float | None = None) -> None:
        if self.running:
            self._held = self.elapsed(now)
            self.running = False

    def toggle(self, now: float | None = None) -> None:
        """Play or pause."""
        if self.running:
            self.pause(now)
        else:
            self.play(now)

    def seek(self, seconds: float, now: float | None = None) -> None:
        """Jump to ``seconds`` into the sequence, keeping it running or paused."""
        seconds = min(max(seconds, 0.0), self.total)
        self._held = seconds
        if self.running:
            now = self.clock() if now is None else now
            self._origin = now - seconds

    def restart(self, now: float | None = None) -> None:
        self.seek(0.0, now)

    def pass_starts(self) -> list[float]:
        """When each pass of each stroke begins, in seconds from the start."""
        out = []
        for (_, group), start in zip(self._groups, self._starts, strict=True):
            first = group[0]
            out += [start + i * first.seconds for i in range(first.repeats)]
        return out

    def step(self, now: float | None = None) -> None:
        """Pause and jump to the start of the next pass (the end after the last)."""
        t = self.elapsed(now)
        self.pause(now)
        later = [s for s in self.pass_starts() if s > t + 1e-9]
        self.seek(later[0] if later else self.total)

    def step_back(self, now: float | None = None) -> None:
        """Pause and jump to the start of this pass, or the previous one when at a start."""
        t = self.elapsed(now)
        self.pause(now)
        earlier = [s for s in self.pass_starts() if s < t - 1e-9]
        self.seek(earlier[-1] if earlier else 0.0)

    # --- what to show ---------------------------------------------------------
    def frame(self, now: float | None = None) -> PlayerFrame:
        """Where every hand is now; a running player that reached the end stops."""
        t = self.elapsed(now)
        if self.running and not self.loop and t >= self.total:
            self._held = self.total
            self.running = False
        finished = not self.loop and t >= self.total and self.total > 0
        if not self._groups:
            return PlayerFrame(0.0, 0.0, 0, 0, 0.0, (), self.running, False)
        i = max(0, bisect.bisect_right(self._starts, t) - 1)
        number, group = self._groups[i]
        local = t - self._starts[i]
        first = group[0]
        pass_index = min(int(local / first.seconds), first.repeats - 1)
        progress = min((local - pass_index * first.seconds) / first.seconds, 1.0)
        hands = []
        for s in group:
            for hand, lag in _hands_of(s):
                p = progress - lag
                if lag and p < 0:
                    p = p + 1.0 if pass_index > 0 else 0.0  # the second hand waits its turn
                point, seg, pressing = hand_position(s, p)
                hands.append(
                    HandFrame(
                        s,
                        hand,
                        point,
                        s.direction(seg),
                        s.pressure[seg] if s.pressure else "",
                        pressing,
                    )
                )
        return PlayerFrame(
            t, self.total, number, pass_index + 1, progress, tuple(hands), self.running, finished
        )


def _hands_of(stroke: Stroke) -> list[tuple[str, float]]:
    if stroke.turns:
        return [("left", 0.0), ("right", 0.5)]
    return [(stroke.hand, stroke.lag)]
