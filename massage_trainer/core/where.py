"""Where a spot or a zone is, in words, from the view's landmarks (no Qt).

``describe_point(zone_set, x, y)`` and ``describe_zone(zone_set, zone)`` say
where something lies on the body the way one would tell a person who cannot
see the map: the person's own side, the part of the body, how far from the
spine (in finger and hand widths) and which landmark it sits near, such as
"on the left side of the lower back, three fingers' widths from the spine,
just below the lowest rib".

The words come from the landmarks and the outline, never from the zone's name
or its safety level, so a description can go with a quiz question without
giving the answer away.

Any view works: which canvas side holds the person's left is read from the
``_left`` / ``_right`` landmarks (then the zones' sides), so a front view,
drawn mirror-wise, gets its sides right; its body-part words are chosen when
the view's name says "front".  A landmark the file does not have is left out
of the words, and with no landmarks at all the description still gives the
side and the part of the body, placed by the proportions of the reference
body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shapely

from massage_trainer.core.zones import Zone, ZoneSet

FINGER_CM = 2.0  # one finger's width on an adult hand
HAND_CM = 8.0  # four fingers together
MIDLINE_CM = 1.5  # closer than this to the midline is on it
LEVEL_CM = 1.5  # this close in height is "level with" a landmark
JUST_CM = 4.0  # "just above / below" up to here
NEAR_CM = 10.0  # landmarks further away across the body than this are not used
SHOULDER_INSIDE_CM = 3.0  # the shoulder cap begins this far inside its tip

# the words for landmarks, by name without the side suffix
LANDMARK_WORDS = {
    "inion": "the knob at the base of the skull",
    "mastoid": "the bony knob behind the ear",
    "C7": "the bony bump at the base of the neck",
    "acromion": "the tip of the shoulder",
    "scapula_superior_angle": "the upper corner of the shoulder blade",
    "scapula_spine_root": "the inner end of the shoulder blade's ridge",
    "scapula_inferior_angle": "the lower tip of the shoulder blade",
    "rib12_tip": "the lowest rib",
    "iliac_crest": "the top of the hip bone",
    "psis": "the dimple above the buttock",
    "greater_trochanter": "the bony point at the side of the hip",
    "ischial_tuberosity": "the sitting bone",
    "olecranon": "the tip of the elbow",
    "wrist": "the wrist",
    "popliteal": "the crease at the back of the knee",
    "heel": "the heel",
    # a front view
    "chin": "the chin",
    "jugular_notch": "the notch at the top of the breastbone",
    "collarbone": "the collarbone",
    "nipple": "the nipple",
    "xiphoid": "the lower tip of the breastbone",
    "navel": "the navel",
    "asis": "the bony point at the front of the hip",
    "pubic_bone": "the pubic bone",
    "elbow_crease": "the crease of the elbow",
    "kneecap": "the kneecap",
}
# the lowest rib slopes down and out from the spine: drawn as a line from the
# vertebra it hangs on to its tip, its height is read where the spot is
SLOPING = {"rib12_tip": "T12"}

# landmarks that mark the borders between the parts of the trunk, top to bottom;
# of each border the first landmark the view has is used
BACK_BORDERS = (
    ("inion", "mastoid"),
    ("C7",),
    ("scapula_inferior_angle", "T7"),
    ("T12", "rib12_tip"),
    ("psis", "S2", "iliac_crest", "L4"),
    ("ischial_tuberosity",),
)
FRONT_BORDERS = (
    ("chin",),
    ("jugular_notch",),
    ("xiphoid", "nipple"),
    ("navel",),
    ("asis", "pubic_bone"),
    ("pubic_bone",),
)
_NECK_END = ("C7", "jugular_notch")


@dataclass(frozen=True)
class _Words:
    """The part names of one way of looking at the body."""

    trunk: tuple[str, ...]  # head, neck, upper, middle, lower, hips
    borders: tuple[tuple[str, ...], ...]  # the landmarks at the foot of each part
    # where each border lies on the reference body, as a share of its height from
    # the top of the head: used for a border whose landmarks the view lacks
    shares: tuple[float, ...]
    midline: str  # what lies on the midline of the trunk
    limbs: dict[str, str]  # part -> a phrase with {side}


BACK_WORDS = _Words(
    trunk=("back of the head", "neck", "upper back", "mid-back", "lower back", "buttocks"),
    borders=BACK_BORDERS,
    shares=(11.5 / 170, 26 / 170, 45 / 170, 57 / 170, 79 / 170, 87 / 170),
    midline="spine",
    limbs={
        "shoulder": "the back of the {side} shoulder",
        "upper_arm": "the back of the {side} upper arm",
        "elbow": "the {side} elbow",
        "forearm": "the back of the {side} forearm",
        "hand": "the back of the {side} hand",
        "thigh": "the back of the {side} thigh",
        "knee": "the back of the {side} knee",
        "lower_leg": "the {side} calf",
        "foot": "the {side} heel",
        "shoulder_top": "the top of the {side} shoulder",
    },
)
FRONT_WORDS = _Words(
    trunk=("face", "neck", "chest", "upper belly", "lower belly", "hips"),
    borders=FRONT_BORDERS,
    shares=(22 / 170, 30.5 / 170, 51 / 170, 68 / 170, 76 / 170, 85 / 170),
    midline="centre line",
    limbs={
        "shoulder": "the front of the {side} shoulder",
        "upper_arm": "the front of the {side} upper arm",
        "elbow": "the inside of the {side} elbow",
        "forearm": "the inside of the {side} forearm",
        "hand": "the {side} palm",
        "thigh": "the front of the {side} thigh",
        "knee": "the {side} knee",
        "lower_leg": "the {side} shin",
        "foot": "the top of the {side} foot",
        "shoulder_top": "the top of the {side} shoulder",
    },
)
# a limb's joints, top to bottom: the landmark, the part above it, and where
# it lies on the reference body as a share of its height (for a view without it)
_Joints = tuple[tuple[str, str, float], ...]
_ARM: _Joints = (
    ("acromion", "shoulder", 30.6 / 170),
    ("olecranon", "upper_arm", 63.5 / 170),
    ("wrist", "forearm", 87 / 170),
)
_ARM_FRONT: _Joints = (
    ("acromion", "shoulder", 30.6 / 170),
    ("elbow_crease", "upper_arm", 63.5 / 170),
    ("wrist", "forearm", 86.5 / 170),
)
_LEG: _Joints = (("popliteal", "thigh", 121.5 / 170), ("heel", "lower_leg", 168 / 170))
_LEG_FRONT: _Joints = (("kneecap", "thigh", 119.5 / 170),)
JOINT_CM = 4.0  # within this of the elbow or knee landmark is the joint itself
ANKLE_CM = 8.0  # the foot begins this far above the heel
_JOINTS = {"olecranon": "elbow", "elbow_crease": "elbow", "popliteal": "knee", "kneecap": "knee"}
# the landmarks a spot on a limb is placed against: the limb's own
LIMB_MARKS = {
    "arm": frozenset({"acromion", "olecranon", "elbow_crease", "wrist"}),
    "leg": frozenset({"ischial_tuberosity", "popliteal", "kneecap", "heel"}),
}


# --- the view ----------------------------------------------------------------------
def person_left_is_canvas_left(zone_set: ZoneSet) -> bool:
    """Whether the canvas's left holds the person's left (a view from
    behind) or its right (a view from the front).  Read from the paired
    landmarks, else the paired zones, else the view's name."""
    for pairs in (_landmark_sides(zone_set), _zone_sides(zone_set)):
        if pairs:
            left = sum(x for x, _ in pairs) / len(pairs)
            right = sum(x for _, x in pairs) / len(pairs)
            if left != right:
                return left < right
    return "front" not in zone_set.view.lower()


def _landmark_sides(zone_set: ZoneSet) -> list[tuple[float, float]]:
    marks = zone_set.landmarks
    return [
        (point[0], marks[name[: -len("_left")] + "_right"][0])
        for name, point in marks.items()
        if name.endswith("_left") and name[: -len("_left")] + "_right" in marks
    ]


def _zone_sides(zone_set: ZoneSet) -> list[tuple[float, float]]:
    out = []
    for zone in zone_set.zones:
        twin = zone_set.twin(zone)
        if zone.side == "left" and twin is not None:
            out.append((zone.geometry.centroid.x, twin.geometry.centroid.x))
    return out


_VIEWS: list[_View] = []  # the last few zone sets described, newest last
_VIEWS_KEPT = 4


def _view_of(zone_set: ZoneSet) -> _View:
    """The zone set's ``_View``, worked out once: a quiz asks for a description
    at every question, and the analysis of the outline is the costly part."""
    for view in _VIEWS:
        if view.zone_set is zone_set:
            return view
    view = _View(zone_set)
    _VIEWS.append(view)
    del _VIEWS[:-_VIEWS_KEPT]
    return view


def _words(zone_set: ZoneSet) -> _Words:
    return FRONT_WORDS if "front" in zone_set.view.lower() else BACK_WORDS


class _View:
    """What the description needs from a zone set, worked out once."""

    def __init__(self, zone_set: ZoneSet) -> None:
        self.zone_set = zone_set
        self.zone_texts: dict[str, str] = {}  # describe_zone's answers, by zone id
        self.midline = zone_set.midline
        self.left_on_left = person_left_is_canvas_left(zone_set)
        self.words = _words(zone_set)
        self.front = self.words is FRONT_WORDS
        self.marks = zone_set.landmarks

    def side_of(self, x: float) -> str:
        """The person's side a canvas x lies on ("left" or "right")."""
        on_canvas_left = x < self.midline
        return "left" if on_canvas_left == self.left_on_left else "right"

    def mark(self, base: str, side: str) -> tuple[float, float] | None:
        """A landmark by name without its side: the side's own, or the central one."""
        return self.marks.get(f"{base}_{side}") or self.marks.get(base)

    def level(self, names: Sequence[str], side: str) -> float | None:
        """The height of the first landmark of ``names`` the view has."""
        for name in names:
            point = self.mark(name, side)
            if point is not None:
                return point[1]
        return None

    def bounds(self) -> tuple[float, float, float, float]:
        return self.zone_set.outline.bounds


# --- the parts of the body -----------------------------------------------------------
def _slice(zone_set: ZoneSet, y: float) -> list[tuple[float, float]]:
    """The stretches of the body's outline across the height ``y``, left to right."""
    xmin, _, xmax, _ = zone_set.outline.bounds
    cut = zone_set.outline.intersection(shapely.LineString([(xmin - 1, y), (xmax + 1, y)]))
    parts = [g.bounds for g in shapely.get_parts(cut) if not g.is_empty]
    return sorted((b[0], b[2]) for b in parts if len(b) == 4)


def _piece(view: _View, x: float, y: float) -> str:
    """'trunk', 'arm' or 'leg': which piece of the body (x, y) is on."""
    stretches = _slice(view.zone_set, y)
    mine = next((s for s in stretches if s[0] - 0.01 <= x <= s[1] + 0.01), None)
    if mine is None or len(stretches) <= 1:
        return "trunk"
    if mine[0] <= view.midline <= mine[1]:
        return "trunk"
    central = [s for s in stretches if s[0] <= view.midline <= s[1]]
    if central:
        return "arm"  # beside the trunk
    # below the fork: the two stretches next to the midline are the legs
    left = [s for s in stretches if s[1] < view.midline]
    right = [s for s in stretches if s[0] > view.midline]
    legs = left[-1:] + right[:1]
    return "leg" if mine in legs else "arm"


def _trunk_part(view: _View, x: float, y: float, side: str) -> int:
    """The index into the trunk's part names for a height on the trunk."""
    _, top, _, bottom = view.bounds()
    for index, (names, share) in enumerate(zip(view.words.borders, view.words.shares, strict=True)):
        level = view.level(names, side)
        if level is None:  # not in this view: where it lies on the reference body
            level = top + share * (bottom - top)
        if y < level:
            return index
    return len(view.words.borders) - 1


def _limb_part(view: _View, piece: str, y: float, side: str) -> str:
    """The part of an arm or a leg a height is on: 'forearm', 'knee', 'foot'."""
    joints: _Joints
    if piece == "arm":
        joints = _ARM_FRONT if view.front else _ARM
        last = "hand"
    else:
        joints = _LEG_FRONT if view.front else _LEG
        last = "lower_leg" if view.front else "foot"
    _, top, _, bottom = view.bounds()
    for name, above, share in joints:
        point = view.mark(name, side)
        level = point[1] if point is not None else top + share * (bottom - top)
        if name in _JOINTS and abs(y - level) <= JOINT_CM:
            return _JOINTS[name]
        border = level - ANKLE_CM if name == "heel" else level
        if y < border:
            return above
    if piece == "leg" and view.front:
        return "foot" if y > bottom - ANKLE_CM else last  # no heel in front
    return last


# --- distances in words --------------------------------------------------------------
def widths(cm: float) -> str:
    """A distance across the body as finger or hand widths: 'two fingers'
    widths', 'a hand's width', 'a hand and a half'."""
    fingers = max(1, round(cm / FINGER_CM))
    if cm < 6.0:
        return {1: "a finger's width", 2: "two fingers' widths"}.get(
            fingers, "three fingers' widths"
        )
    halves = max(2, round(cm / HAND_CM * 2))
    if halves == 2:
        return "a hand's width"
    if halves == 3:
        return "a hand and a half"
    whole, half = divmod(halves, 2)
    number = {2: "two", 3: "three", 4: "four"}.get(whole, str(whole))
    return f"{number} and a half hands' widths" if half else f"{number} hands' widths"


@dataclass(frozen=True)
class _Mark:
    words: str
    y: float  # its height where the spot is
    across: float  # how far across the body from the spot


def _marks(view: _View, x: float, y: float, side: str, piece: str) -> list[_Mark]:
    """The landmarks the spot can be placed against: its own side's and the
    central ones, not too far across the body."""
    found: dict[str, _Mark] = {}
    for name, point in view.marks.items():
        base, _, suffix = name.rpartition("_")
        if suffix in ("left", "right"):
            if suffix != side:
                continue
        else:
            base = name
        words = LANDMARK_WORDS.get(base)
        if words is None or base in found:
            continue
        mark_y = point[1]
        sloping = SLOPING.get(base)
        start = view.mark(sloping, side) if sloping else None
        if start is not None and min(start[0], point[0]) <= x <= max(start[0], point[0]):
            share = (x - start[0]) / (point[0] - start[0]) if point[0] != start[0] else 1.0
            mark_y = start[1] + share * (point[1] - start[1])
            across = 0.0
        else:
            across = abs(point[0] - x)
        if piece != "trunk" and base not in LIMB_MARKS[piece]:
            continue  # a limb keeps to its own landmarks
        if across <= NEAR_CM:
            found[base] = _Mark(words, mark_y, across)
    return list(found.values())


def _height_words(marks: list[_Mark], y: float) -> str:
    """'just below the lowest rib', 'level with ...', 'between A and B'."""
    if not marks:
        return ""
    nearest = min(marks, key=lambda m: abs(y - m.y) + 0.25 * m.across)
    dy = y - nearest.y
    if abs(dy) < LEVEL_CM:
        return f"level with {nearest.words}"
    if abs(dy) <= JUST_CM:
        return f"just {'below' if dy > 0 else 'above'} {nearest.words}"
    above = [m for m in marks if m.y < y]
    below = [m for m in marks if m.y > y]
    up = min(above, key=lambda m: (y - m.y) + 0.25 * m.across) if above else None
    down = min(below, key=lambda m: (m.y - y) + 0.25 * m.across) if below else None
    if up is not None and down is not None and up.words != down.words:
        return f"between {up.words} and {down.words}"
    if up is not None:
        return f"below {up.words}"
    assert down is not None
    return f"above {down.words}"


# --- the descriptions -----------------------------------------------------------------
def describe_point(zone_set: ZoneSet, x: float, y: float) -> str:
    """Where (x, y) in cm is on the body, in words, the person's side first.

    'on the left side of the lower back, three fingers' widths from the spine,
    just below the lowest rib'; 'in the middle of the upper back, level with
    the lower tip of the shoulder blade'; 'on the back of the right knee,
    level with the crease at the back of the knee'.  Outside the body:
    'outside the body'.
    """
    if not shapely.intersects_xy(zone_set.outline, x, y):
        return "outside the body"
    return _describe(_view_of(zone_set), x, y)


def _describe(view: _View, x: float, y: float, wide: bool = False) -> str:
    side = view.side_of(x)
    off = round(abs(x - view.midline), 1)  # a pair's two sides read alike
    piece = _piece(view, x, y)
    parts: list[str] = []
    if piece == "trunk":
        index = _trunk_part(view, x, y, side)
        region = view.words.trunk[index]
        shoulder = view.mark("acromion", side)
        if (
            index >= 2
            and shoulder is not None
            and off > abs(shoulder[0] - view.midline) - SHOULDER_INSIDE_CM
            and y < shoulder[1] + 2 * JUST_CM
        ):
            parts.append("on " + view.words.limbs["shoulder"].format(side=side))
        elif index == 2 and off >= MIDLINE_CM and _on_shoulder_top(view, y, side):
            parts.append("on " + view.words.limbs["shoulder_top"].format(side=side))
            parts.append(f"{widths(off)} from the {view.words.midline}")
        elif off < MIDLINE_CM:
            parts.append(f"{'across' if wide else 'in'} the middle of the {region}")
        else:
            parts.append(f"on the {side} side of the {region}")
            if index:  # not on the head
                parts.append(f"{widths(off)} from the {view.words.midline}")
    else:
        part = _limb_part(view, piece, y, side)
        parts.append("on " + view.words.limbs[part].format(side=side))
    height = _height_words(_marks(view, x, y, side, piece), y)
    said = parts[0].split()
    if height and not (height.split()[0] in ("level", "just") and height.split()[-1] in said):
        parts.append(height)  # not "on the left heel, just above the heel"
    return ", ".join(parts)


def _on_shoulder_top(view: _View, y: float, side: str) -> bool:
    """Between the base of the neck and the level of the shoulder's tip."""
    neck = view.level(_NECK_END, side)
    tip = view.mark("acromion", side)
    return neck is not None and tip is not None and neck <= y <= tip[1] + LEVEL_CM


def _region(view: _View, x: float, y: float) -> str:
    """The part of the body at (x, y), without side or distance: 'lower back'."""
    side = view.side_of(x)
    piece = _piece(view, x, y)
    if piece == "trunk":
        return view.words.trunk[_trunk_part(view, x, y, side)]
    phrase = view.words.limbs[_limb_part(view, piece, y, side)]
    return phrase.format(side=side).removeprefix("the ")


def describe_zone(zone_set: ZoneSet, zone: Zone) -> str:
    """Where a zone is, in words: at a point well inside the part of it that
    shows (what a click there finds), and for a long zone from where to where.

    The zone's own name and safety level are never part of the words.
    """
    view = _view_of(zone_set)
    known = view.zone_texts.get(zone.id)
    if known is not None:
        return known
    view.zone_texts[zone.id] = text = _zone_text(view, zone)
    return text


def _zone_text(view: _View, zone: Zone) -> str:
    x, y = representative_point(view.zone_set, zone)
    left, top, right, bottom = zone.geometry.bounds
    wide = left < view.midline - 2 * FINGER_CM and right > view.midline + 2 * FINGER_CM
    text = _describe(view, x, y, wide=wide)
    if bottom - top > 3 * HAND_CM:
        first, last = _region(view, x, top + 1.0), _region(view, x, bottom - 1.0)
        if first != last:
            return f"{text}; it reaches from the {first} down to the {last}"
    return text


def representative_point(zone_set: ZoneSet, zone: Zone) -> tuple[float, float]:
    """The point a zone is described at: its centre when that lies inside it,
    else a point inside it (a spot on top of it may hide that point: the
    zone is described as drawn, whole)."""
    centre = zone.geometry.centroid
    xmin, _, xmax, _ = zone.geometry.bounds
    if zone.side == "none" and xmin < zone_set.midline < xmax:
        return (zone_set.midline, centre.y)  # a zone across the middle is in the middle
    if zone.geometry.covers(centre):
        return (centre.x, centre.y)
    inside = zone.geometry.representative_point()  # always inside the shape
    return (inside.x, inside.y)


__all__ = [
    "LANDMARK_WORDS",
    "describe_point",
    "describe_zone",
    "person_left_is_canvas_left",
    "representative_point",
    "widths",
]
