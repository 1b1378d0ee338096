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

from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.zones import Zone, ZoneSet


class WhereText(Tr):
    """Where a spot or a zone lies on the body, in words (side, part, landmarks)."""


def _t(text: str) -> str:
    """A text marked in this module, in the learner's language."""
    return i18n.translated("WhereText", text)


FINGER_CM = 2.0  # one finger's width on an adult hand
HAND_CM = 8.0  # four fingers together
MIDLINE_CM = 1.5  # closer than this to the midline is on it
LEVEL_CM = 1.5  # this close in height is "level with" a landmark
JUST_CM = 4.0  # "just above / below" up to here
NEAR_CM = 10.0  # landmarks further away across the body than this are not used
SHOULDER_INSIDE_CM = 3.0  # the shoulder cap begins this far inside its tip

# the words for landmarks, by name without the side suffix: marked here, made
# at import, and translated where a description uses them.  They follow
# "level with", "just below", "between ... and": the translation gives the
# form its language's templates for those need
LANDMARK_WORDS = {
    "inion": QT_TRANSLATE_NOOP("WhereText", "the knob at the base of the skull"),
    "mastoid": QT_TRANSLATE_NOOP("WhereText", "the bony knob behind the ear"),
    "C7": QT_TRANSLATE_NOOP("WhereText", "the bony bump at the base of the neck"),
    "acromion": QT_TRANSLATE_NOOP("WhereText", "the tip of the shoulder"),
    "scapula_superior_angle": QT_TRANSLATE_NOOP(
        "WhereText", "the upper corner of the shoulder blade"
    ),
    "scapula_spine_root": QT_TRANSLATE_NOOP(
        "WhereText", "the inner end of the shoulder blade's ridge"
    ),
    "scapula_inferior_angle": QT_TRANSLATE_NOOP("WhereText", "the lower tip of the shoulder blade"),
    "rib12_tip": QT_TRANSLATE_NOOP("WhereText", "the lowest rib"),
    "iliac_crest": QT_TRANSLATE_NOOP("WhereText", "the top of the hip bone"),
    "psis": QT_TRANSLATE_NOOP("WhereText", "the dimple above the buttock"),
    "greater_trochanter": QT_TRANSLATE_NOOP("WhereText", "the bony point at the side of the hip"),
    "ischial_tuberosity": QT_TRANSLATE_NOOP("WhereText", "the sitting bone"),
    "olecranon": QT_TRANSLATE_NOOP("WhereText", "the tip of the elbow"),
    "wrist": QT_TRANSLATE_NOOP("WhereText", "the wrist"),
    "popliteal": QT_TRANSLATE_NOOP("WhereText", "the crease at the back of the knee"),
    "heel": QT_TRANSLATE_NOOP("WhereText", "the heel"),
    # a front view
    "chin": QT_TRANSLATE_NOOP("WhereText", "the chin"),
    "jugular_notch": QT_TRANSLATE_NOOP("WhereText", "the notch at the top of the breastbone"),
    "collarbone": QT_TRANSLATE_NOOP("WhereText", "the collarbone"),
    "nipple": QT_TRANSLATE_NOOP("WhereText", "the nipple"),
    "xiphoid": QT_TRANSLATE_NOOP("WhereText", "the lower tip of the breastbone"),
    "navel": QT_TRANSLATE_NOOP("WhereText", "the navel"),
    "asis": QT_TRANSLATE_NOOP("WhereText", "the bony point at the front of the hip"),
    "pubic_bone": QT_TRANSLATE_NOOP("WhereText", "the pubic bone"),
    "elbow_crease": QT_TRANSLATE_NOOP("WhereText", "the crease of the elbow"),
    "kneecap": QT_TRANSLATE_NOOP("WhereText", "the kneecap"),
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
    """The part names of one way of looking at the body (English, marked for
    translation: translated where a description is made)."""

    trunk: tuple[str, ...]  # head, neck, upper, middle, lower, hips
    borders: tuple[tuple[str, ...], ...]  # the landmarks at the foot of each part
    # where each border lies on the reference body, as a share of its height from
    # the top of the head: used for a border whose landmarks the view lacks
    shares: tuple[float, ...]
    midline: str  # what lies on the midline of the trunk: "spine" or "centre line"
    limbs: dict[str, tuple[str, str]]  # part -> its name on the person's left, right


BACK_WORDS = _Words(
    trunk=(
        QT_TRANSLATE_NOOP("WhereText", "back of the head"),
        QT_TRANSLATE_NOOP("WhereText", "neck"),
        QT_TRANSLATE_NOOP("WhereText", "upper back"),
        QT_TRANSLATE_NOOP("WhereText", "mid-back"),
        QT_TRANSLATE_NOOP("WhereText", "lower back"),
        QT_TRANSLATE_NOOP("WhereText", "buttocks"),
    ),
    borders=BACK_BORDERS,
    shares=(11.5 / 170, 26 / 170, 45 / 170, 57 / 170, 79 / 170, 87 / 170),
    midline="spine",
    limbs={
        "shoulder": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left shoulder"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right shoulder"),
        ),
        "upper_arm": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left upper arm"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right upper arm"),
        ),
        "elbow": (
            QT_TRANSLATE_NOOP("WhereText", "left elbow"),
            QT_TRANSLATE_NOOP("WhereText", "right elbow"),
        ),
        "forearm": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left forearm"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right forearm"),
        ),
        "hand": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left hand"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right hand"),
        ),
        "thigh": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left thigh"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right thigh"),
        ),
        "knee": (
            QT_TRANSLATE_NOOP("WhereText", "back of the left knee"),
            QT_TRANSLATE_NOOP("WhereText", "back of the right knee"),
        ),
        "lower_leg": (
            QT_TRANSLATE_NOOP("WhereText", "left calf"),
            QT_TRANSLATE_NOOP("WhereText", "right calf"),
        ),
        "foot": (
            QT_TRANSLATE_NOOP("WhereText", "left heel"),
            QT_TRANSLATE_NOOP("WhereText", "right heel"),
        ),
        "shoulder_top": (
            QT_TRANSLATE_NOOP("WhereText", "top of the left shoulder"),
            QT_TRANSLATE_NOOP("WhereText", "top of the right shoulder"),
        ),
    },
)
FRONT_WORDS = _Words(
    trunk=(
        QT_TRANSLATE_NOOP("WhereText", "face"),
        QT_TRANSLATE_NOOP("WhereText", "neck"),
        QT_TRANSLATE_NOOP("WhereText", "chest"),
        QT_TRANSLATE_NOOP("WhereText", "upper belly"),
        QT_TRANSLATE_NOOP("WhereText", "lower belly"),
        QT_TRANSLATE_NOOP("WhereText", "hips"),
    ),
    borders=FRONT_BORDERS,
    shares=(22 / 170, 30.5 / 170, 51 / 170, 68 / 170, 76 / 170, 85 / 170),
    midline="centre line",
    limbs={
        "shoulder": (
            QT_TRANSLATE_NOOP("WhereText", "front of the left shoulder"),
            QT_TRANSLATE_NOOP("WhereText", "front of the right shoulder"),
        ),
        "upper_arm": (
            QT_TRANSLATE_NOOP("WhereText", "front of the left upper arm"),
            QT_TRANSLATE_NOOP("WhereText", "front of the right upper arm"),
        ),
        "elbow": (
            QT_TRANSLATE_NOOP("WhereText", "inside of the left elbow"),
            QT_TRANSLATE_NOOP("WhereText", "inside of the right elbow"),
        ),
        "forearm": (
            QT_TRANSLATE_NOOP("WhereText", "inside of the left forearm"),
            QT_TRANSLATE_NOOP("WhereText", "inside of the right forearm"),
        ),
        "hand": (
            QT_TRANSLATE_NOOP("WhereText", "left palm"),
            QT_TRANSLATE_NOOP("WhereText", "right palm"),
        ),
        "thigh": (
            QT_TRANSLATE_NOOP("WhereText", "front of the left thigh"),
            QT_TRANSLATE_NOOP("WhereText", "front of the right thigh"),
        ),
        "knee": (
            QT_TRANSLATE_NOOP("WhereText", "left knee"),
            QT_TRANSLATE_NOOP("WhereText", "right knee"),
        ),
        "lower_leg": (
            QT_TRANSLATE_NOOP("WhereText", "left shin"),
            QT_TRANSLATE_NOOP("WhereText", "right shin"),
        ),
        "foot": (
            QT_TRANSLATE_NOOP("WhereText", "top of the left foot"),
            QT_TRANSLATE_NOOP("WhereText", "top of the right foot"),
        ),
        "shoulder_top": (
            QT_TRANSLATE_NOOP("WhereText", "top of the left shoulder"),
            QT_TRANSLATE_NOOP("WhereText", "top of the right shoulder"),
        ),
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
        # describe_zone's answers, by language and zone id
        self.zone_texts: dict[tuple[str, str], str] = {}
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
        if fingers == 1:
            return WhereText.tr("a finger's width")
        if fingers == 2:
            return WhereText.tr("two fingers' widths")
        return WhereText.tr("three fingers' widths")
    halves = max(2, round(cm / HAND_CM * 2))
    if halves == 2:
        return WhereText.tr("a hand's width")
    if halves == 3:
        return WhereText.tr("a hand and a half")
    whole, half = divmod(halves, 2)
    if half:
        if whole == 2:
            return WhereText.tr("two and a half hands' widths")
        if whole == 3:
            return WhereText.tr("three and a half hands' widths")
        if whole == 4:
            return WhereText.tr("four and a half hands' widths")
        return fill(WhereText.tr("{number} and a half hands' widths"), number=whole)
    if whole == 2:
        return WhereText.tr("two hands' widths")
    if whole == 3:
        return WhereText.tr("three hands' widths")
    if whole == 4:
        return WhereText.tr("four hands' widths")
    return fill(WhereText.tr("{number} hands' widths"), number=whole)


def _from_midline(view: _View, off: float) -> str:
    """'three fingers' widths from the spine' (the centre line in front)."""
    if view.words.midline == "spine":
        return fill(WhereText.tr("{widths} from the spine"), widths=widths(off))
    return fill(WhereText.tr("{widths} from the centre line"), widths=widths(off))


@dataclass(frozen=True)
class _Mark:
    words: str  # the English words, marked for translation
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


def _height(marks: list[_Mark], y: float) -> tuple[str, tuple[_Mark, ...]]:
    """How the height relates to the landmarks: ('just_below', (the lowest
    rib,)), ('level', ...), ('between', (upper, lower)), ('below', ...),
    ('above', ...); ('', ()) with none."""
    if not marks:
        return "", ()
    nearest = min(marks, key=lambda m: abs(y - m.y) + 0.25 * m.across)
    dy = y - nearest.y
    if abs(dy) < LEVEL_CM:
        return "level", (nearest,)
    if abs(dy) <= JUST_CM:
        return ("just_below" if dy > 0 else "just_above"), (nearest,)
    above = [m for m in marks if m.y < y]
    below = [m for m in marks if m.y > y]
    up = min(above, key=lambda m: (y - m.y) + 0.25 * m.across) if above else None
    down = min(below, key=lambda m: (m.y - y) + 0.25 * m.across) if below else None
    if up is not None and down is not None and up.words != down.words:
        return "between", (up, down)
    if up is not None:
        return "below", (up,)
    assert down is not None
    return "above", (down,)


def _height_words(relation: str, marks: tuple[_Mark, ...]) -> str:
    """'just below the lowest rib', 'level with ...', 'between A and B'."""
    if not relation:
        return ""
    first = _t(marks[0].words)
    if relation == "level":
        return fill(WhereText.tr("level with {landmark}"), landmark=first)
    if relation == "just_below":
        return fill(WhereText.tr("just below {landmark}"), landmark=first)
    if relation == "just_above":
        return fill(WhereText.tr("just above {landmark}"), landmark=first)
    if relation == "between":
        return fill(
            WhereText.tr("between {upper} and {lower}", "two landmarks, the upper one first"),
            upper=first,
            lower=_t(marks[1].words),
        )
    if relation == "below":
        return fill(WhereText.tr("below {landmark}"), landmark=first)
    return fill(WhereText.tr("above {landmark}"), landmark=first)


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
        return WhereText.tr("outside the body")
    return _describe(_view_of(zone_set), x, y)


def _limb(view: _View, part: str, side: str) -> str:
    """A limb part's name on one side, English (marked): 'back of the left knee'."""
    left, right = view.words.limbs[part]
    return left if side == "left" else right


def _on_limb(view: _View, part: str, side: str) -> str:
    """'on the back of the left knee', in the learner's language."""
    return fill(
        WhereText.tr("on the {part}", "a part of a limb, named with its side"),
        part=_t(_limb(view, part, side)),
    )


def _on_trunk(region: str, side: str, middle: bool, wide: bool) -> str:
    """'on the left side of the lower back', 'in the middle of the upper back'."""
    name = _t(region)
    if middle and wide:
        return fill(WhereText.tr("across the middle of the {region}"), region=name)
    if middle:
        return fill(WhereText.tr("in the middle of the {region}"), region=name)
    if side == "left":
        return fill(WhereText.tr("on the left side of the {region}"), region=name)
    return fill(WhereText.tr("on the right side of the {region}"), region=name)


def _describe(view: _View, x: float, y: float, wide: bool = False) -> str:
    side = view.side_of(x)
    off = round(abs(x - view.midline), 1)  # a pair's two sides read alike
    piece = _piece(view, x, y)
    parts: list[str] = []
    said = ""  # the English words of the part, to leave out a landmark it names
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
            parts.append(_on_limb(view, "shoulder", side))
            said = _limb(view, "shoulder", side)
        elif index == 2 and off >= MIDLINE_CM and _on_shoulder_top(view, y, side):
            parts.append(_on_limb(view, "shoulder_top", side))
            parts.append(_from_midline(view, off))
            said = _limb(view, "shoulder_top", side)
        elif off < MIDLINE_CM:
            parts.append(_on_trunk(region, side, middle=True, wide=wide))
            said = region
        else:
            parts.append(_on_trunk(region, side, middle=False, wide=wide))
            said = region
            if index:  # not on the head
                parts.append(_from_midline(view, off))
    else:
        part = _limb_part(view, piece, y, side)
        parts.append(_on_limb(view, part, side))
        said = _limb(view, part, side)
    relation, marks = _height(_marks(view, x, y, side, piece), y)
    # not "on the left heel, just above the heel": a landmark the part's own
    # name ends with is only said when the spot is not at it
    named = relation in ("level", "just_below", "just_above") and (
        marks[-1].words.split()[-1] in said.split()
    )
    if relation and not named:
        parts.append(_height_words(relation, marks))
    return WhereText.tr(", ", "between the pieces of a description").join(parts)


def _on_shoulder_top(view: _View, y: float, side: str) -> bool:
    """Between the base of the neck and the level of the shoulder's tip."""
    neck = view.level(_NECK_END, side)
    tip = view.mark("acromion", side)
    return neck is not None and tip is not None and neck <= y <= tip[1] + LEVEL_CM


def _region(view: _View, x: float, y: float) -> str:
    """The part of the body at (x, y), without side or distance, English
    (marked): 'lower back', 'back of the left thigh'."""
    side = view.side_of(x)
    piece = _piece(view, x, y)
    if piece == "trunk":
        return view.words.trunk[_trunk_part(view, x, y, side)]
    return _limb(view, _limb_part(view, piece, y, side), side)


def describe_zone(zone_set: ZoneSet, zone: Zone) -> str:
    """Where a zone is, in words: at a point well inside the part of it that
    shows (what a click there finds), and for a long zone from where to where.

    The zone's own name and safety level are never part of the words.
    """
    view = _view_of(zone_set)
    key = (i18n.language(), zone.id)  # worked out once per language
    known = view.zone_texts.get(key)
    if known is not None:
        return known
    view.zone_texts[key] = text = _zone_text(view, zone)
    return text


def _zone_text(view: _View, zone: Zone) -> str:
    x, y = representative_point(view.zone_set, zone)
    left, top, right, bottom = zone.geometry.bounds
    wide = left < view.midline - 2 * FINGER_CM and right > view.midline + 2 * FINGER_CM
    text = _describe(view, x, y, wide=wide)
    if bottom - top > 3 * HAND_CM:
        first, last = _region(view, x, top + 1.0), _region(view, x, bottom - 1.0)
        if first != last:
            return fill(
                WhereText.tr("{where}; it reaches from the {top} down to the {bottom}"),
                where=text,
                top=_t(first),
                bottom=_t(last),
            )
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
