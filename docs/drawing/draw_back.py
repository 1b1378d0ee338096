"""Draw the reference back view and write ``zones/back.yaml``.

The program reads only the YAML file; this script is how its geometry was
drawn, kept so that the drawing can be changed and redrawn reproducibly:

    python docs/drawing/draw_back.py

Coordinates are centimetres of a 170 cm adult seen from behind, y downward,
the person's left on the viewer's left (DOMAIN.md section 2).  Shapes are
written here as offsets from the midline for the person's right side (the
viewer's right) and mirrored for the left.  Zone texts come from
``back_texts.yaml`` beside this script.

How the zones are cut: every base zone (layer 0) is its region shape, clipped
to the outline, minus every base zone earlier in ``BASE_ZONES``, so the base
zones tile the body exactly.  Small dangerous spots (layer 1) are laid on top;
where they overlap a base zone the more cautious one wins the click.

The same landmarks place the anatomy layers (``ANATOMY``: bones, the kidneys,
nerves and vessels, muscle contours; names and notes in ``back_texts.yaml``
under ``structures``) and the surface cues (``SURFACE``: folds, creases,
dimples, the hairline), written to the same file.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import LineString, Polygon, box

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bodyshapes import (  # noqa: E402  (the shared module lives beside this script)
    LAYERS,
    SIDES,
    above,
    band,
    below,
    between,
    check_texts,
    cut_zones,
    ellipse,
    header_lines,
    landmark_lines,
    landmarks,
    lay_structures,
    load_texts,
    mapping_lines,
    midline_line,
    mirror_half,
    outline,
    outline_lines,
    point_list_lines,
    rounded,
    save,
    side_line,
    smooth_closed,
    smooth_line,
    smooth_linestring,
    smooth_polygon,
    structure_lines,
    zone_lines,
)

ROOT = HERE.parent.parent
OUT = ROOT / "zones" / "back.yaml"
TEXTS = HERE / "back_texts.yaml"

WIDTH, HEIGHT = 70.0, 172.0
MID = 35.0
DRAWN_SIDE = "right"  # the drawn half (dx >= 0, the viewer's right) is the person's right

# --- the outline -----------------------------------------------------------
# Control points (dx, y) of the right half, from the top of the head down the
# outside of the arm, back up its inside to the armpit, down the trunk and the
# outside of the leg, and up the inside of the leg to the crotch.  A "!" marks
# a corner that the smoothing must keep sharp.
RIGHT_OUTLINE: list[tuple[float, float] | tuple[float, float, str]] = [
    (0.0, 0.0),
    (3.9, 0.8),
    (6.3, 3.1),
    (7.3, 6.4),
    (7.4, 8.9),
    # ear: from brow level (9.5) to the base of the nose (15.5), the lobe
    # level with the mastoid tip
    (7.95, 9.55),
    (8.35, 10.6),
    (8.45, 12.0),
    (8.25, 13.6),
    (7.85, 15.0),
    (7.4, 15.95),
    # jaw seen from behind, neck
    (7.3, 16.9),
    (7.0, 18.0),
    (6.3, 19.4),
    (5.7, 20.6),
    (5.55, 21.8),
    (5.85, 23.0),
    # trapezius slope to the shoulder
    (7.1, 24.2),
    (9.6, 25.4),
    (12.6, 26.4),
    (15.6, 27.3),
    (18.0, 28.1),
    # shoulder cap (deltoid) and outer arm: the upper arm 8.5 cm across, the
    # forearm 8 cm below the elbow narrowing to 5.5 at the wrist
    (20.2, 29.0),
    (21.8, 30.6),
    (22.75, 33.0),
    (23.4, 36.0),
    (23.8, 40.0),
    (24.1, 45.0),
    (24.25, 50.0),
    (24.3, 55.0),
    (24.45, 59.5),
    (24.8, 63.0),
    (25.9, 66.5),
    (26.4, 70.0),
    (26.45, 75.5),
    (26.25, 81.0),
    (25.9, 86.5),
    # hand: the back of the hand, four fingers and the thumb towards the thigh
    (26.3, 89.5),
    (26.6, 93.0),
    (26.45, 96.2),
    (26.25, 98.8),
    (25.85, 101.0),
    (25.3, 101.5),
    (24.85, 100.7),
    (24.8, 97.4, "!"),
    (24.65, 100.4),
    (24.3, 103.0),
    (23.7, 103.6),
    (23.2, 102.9),
    (23.15, 97.6, "!"),
    (22.95, 101.2),
    (22.6, 104.3),
    (22.0, 104.85),
    (21.5, 104.2),
    (21.55, 97.4, "!"),
    (21.3, 100.6),
    (21.0, 103.5),
    (20.45, 103.95),
    (20.0, 103.2),
    (19.95, 99.6),
    (20.0, 95.4, "!"),
    (19.6, 97.3),
    (19.1, 98.85),
    (18.55, 98.75),
    (18.3, 97.3),
    (18.45, 94.8),
    (19.0, 92.4),
    (19.75, 90.2),
    # inner arm up to the armpit, with the inner knob of the elbow
    (20.5, 87.0),
    (20.15, 83.0),
    (19.5, 77.5),
    (18.8, 72.0),
    (18.25, 67.5),
    (17.85, 64.5),
    (17.55, 63.0),
    (16.9, 60.0),
    (16.2, 56.0),
    (15.7, 52.0),
    (15.5, 48.0),
    (15.45, 44.0),
    (15.3, 41.2),
    (15.0, 40.0, "!"),
    # side of the trunk, the waist narrowest at L2-L3 (elbow height), hip
    (14.8, 43.0),
    (14.4, 47.5),
    (14.0, 52.5),
    (13.6, 57.0),
    (13.35, 61.0),
    (13.3, 63.5),
    (13.7, 66.5),
    (14.8, 69.5),
    (16.2, 73.5),
    (17.3, 77.5),
    (17.8, 81.0),
    (17.7, 85.0),
    # outer leg
    (17.3, 90.0),
    (16.6, 97.0),
    (15.8, 104.0),
    (15.0, 111.0),
    (14.3, 116.5),
    (13.9, 121.0),
    (14.1, 125.5),
    (14.65, 130.0),
    (14.9, 135.0),
    (14.4, 141.0),
    (13.3, 148.0),
    (12.3, 154.0),
    (11.9, 159.5),
    # heel and sole; the ankle about 7 cm across
    (12.45, 163.0),
    (12.85, 166.5),
    (12.75, 168.9),
    (11.7, 169.9),
    (8.8, 170.2),
    (6.0, 169.9),
    (4.85, 168.9),
    (4.75, 166.5),
    (4.95, 163.0),
    # inner leg up to the crotch
    (5.0, 159.5),
    (5.5, 154.0),
    (4.5, 146.0),
    (3.55, 138.0),
    (3.2, 132.0),
    (3.55, 126.0),
    (3.9, 121.0),
    (3.5, 116.0),
    (2.7, 108.0),
    (1.8, 100.0),
    (1.0, 94.0),
    (0.35, 90.3),
    # the cleft between the buttocks, a narrow notch up to below the tailbone
    (0.14, 88.4),
    (0.0, 86.8, "!"),
]

# Landmarks: name -> (dx, y) for the right side; names without a side sit on
# the midline.  They follow DOMAIN.md section 2 and sit just inside the zone
# they belong to, never on a border.
C7_Y = 26.0
T12_Y = 57.2
THORACIC = (T12_Y - C7_Y) / 12  # spacing of the thoracic spinous processes
LUMBAR = 3.4  # spacing of the lumbar ones


def vertebra_y(name: str) -> float:
    """y of a spinous process: C2-C7, T1-T12, L1-L5."""
    region, n = name[0], int(name[1:])
    if region == "C":
        return C7_Y - (7 - n) * 2.4
    if region == "T":
        return C7_Y + n * THORACIC
    return T12_Y + n * LUMBAR


MIDLINE_LANDMARKS = {
    "inion": 11.5,
    "C2": round(vertebra_y("C2"), 2),
    "C7": C7_Y,
    "T3": round(vertebra_y("T3"), 2),
    "T7": round(vertebra_y("T7"), 2),
    "T12": T12_Y,
    "L4": round(vertebra_y("L4"), 2),
    "S2": 79.5,
    "sacrum_middle": 81.0,
}
SIDE_LANDMARKS = {
    "mastoid": (5.5, 16.3),
    "earlobe": (7.0, 15.5),
    "acromion": (19.5, 30.6),
    "scapula_superior_angle": (8.1, 32.6),
    "scapula_spine_root": (6.9, 34.5),
    "scapula_inferior_angle": (9.2, 45.0),
    "rib12_tip": (8.5, 64.5),
    "iliac_crest": (14.5, 69.5),
    "psis": (4.5, 79.0),
    "greater_trochanter": (16.6, 80.2),
    "ischial_tuberosity": (6.5, 87.0),
    "olecranon": (21.6, 63.6),
    "medial_epicondyle": (18.4, 63.6),
    "wrist": (23.2, 87.0),
    "popliteal": (9.0, 121.5),
    "fibular_head": (13.0, 124.6),
    "heel": (8.8, 168.0),
    # between the spine and the shoulder blade, 2.5-5 cm below the top of
    # the trapezius, near the superior angle
    "pressure_point": (5.4, 29.6),
    # the upper-trapezius trigger-point cluster: about halfway from C7 out to
    # the acromion, a little below the trapezius ridge line (y 27 there)
    "trigger_points": (9.8, 28.6),
}

# --- region shapes (right side, dx >= 0) -----------------------------------
# the shoulder blade: superior angle, upper border out to the joint, outer rim
# down to the inferior angle, inner rim back up (T2-T7)
SCAPULA = [
    (8.1, 32.3),
    (10.5, 32.2),
    (13.0, 31.9),
    (14.8, 32.3),
    (15.5, 33.5),
    (15.45, 35.2),
    (14.8, 37.1),
    (13.6, 39.4),
    (12.1, 41.8),
    (10.7, 43.9),
    (9.6, 45.4),
    (9.05, 45.75),
    (8.5, 45.1),
    (7.4, 42.5),
    (6.6, 39.5),
    (6.3, 36.8),
    (6.4, 35.0),
    (6.9, 33.9),
    (7.5, 32.9),
]
# the bony ridge (spine of the scapula) from its root at T3 out to the acromion
SCAPULA_RIDGE = [(7.1, 34.6), (9.5, 33.9), (13.0, 32.7), (16.5, 31.5), (19.4, 30.6)]
# the 12th rib, from beside T12 down and out to its free tip
RIB12 = [(1.8, 57.6), (4.0, 58.4), (6.2, 60.3), (8.5, 64.5)]
COLUMN_EDGE = 6.2  # the outer edge of the erector spinae columns
# the top of the hip bone, from the sacrum out to the side
CREST = [
    (0.0, 79.4),
    (4.5, 79.7),
    (6.5, 77.6),
    (8.5, 74.1),
    (11.0, 71.3),
    (14.5, 70.2),
    (18.0, 71.4),
    (40.0, 72.0),
]
# the fold under the buttock
FOLD = [
    (0.0, 88.8),
    (3.0, 89.6),
    (6.0, 90.2),
    (10.0, 90.3),
    (13.5, 89.4),
    (16.0, 88.0),
    (19.0, 86.5),
    (40.0, 86.5),
]
# the sciatic nerve: out of the greater sciatic notch (a third of the way from
# the PSIS to the sitting bone), down halfway between the greater trochanter
# and the sitting bone, along the thigh's centre line to the knee
SCIATIC = [
    (5.2, 81.7),
    (7.6, 82.2),
    (9.9, 83.0),
    (11.5, 84.3),
    (11.8, 87.0),
    (11.3, 90.5),
    (10.6, 95.0),
    (9.9, 102.0),
    (9.4, 110.0),
    (9.1, 117.0),
]
SCIATIC_CAUTION_END = 93.5  # the caution band ends past the gluteal fold
# the skull's lower edge, from the inion out behind the ear
SKULL = [(0.0, 10.4), (2.4, 10.75), (4.3, 11.6), (5.4, 12.9), (5.9, 14.6), (5.9, 17.0), (40, 17.0)]
# the lower edge of the base-of-skull band
SUBOCCIPITAL_LOW = [(0.0, 14.6), (2.8, 14.75), (4.7, 14.4), (5.4, 12.9)]
# the border between the neck muscles and the side of the neck
NECK_EDGE = [(5.4, 12.9), (5.3, 16.0), (4.9, 18.5), (4.5, 21.0), (4.35, 23.0), (4.4, 24.6)]
# where the side of the neck widens into the base above the collarbone
NECK_BASE = [(4.4, 24.6), (6.5, 25.0), (9.0, 25.6), (12.0, 25.6)]
# the gap between the hanging arm and the trunk, armpit downward
ARM_GAP = [
    (15.0, 40.0),
    (15.05, 43.5),
    (14.95, 48.0),
    (14.85, 52.5),
    (14.9, 57.0),
    (15.2, 61.0),
    (15.6, 64.0),
    (16.0, 67.5),
    (16.7, 70.0),
    (17.6, 73.5),
    (18.4, 77.5),
    (18.85, 81.0),
    (19.0, 85.0),
    (18.7, 88.0),
    (18.5, 90.0),
    (17.6, 95.0),
    (17.8, 100.0),
    (17.9, 107.0),
    (18.0, 120.0),
]
ARM = [
    (19.2, 20.0),
    (40.0, 20.0),
    (40.0, 120.0),
    *reversed(ARM_GAP),
    (16.6, 36.5),
    (18.3, 33.0),
    (19.6, 30.5),
    (19.2, 28.0),
]
# the groove on the inner side of the upper arm, armpit to elbow
INNER_ARM = [(15.55, 41.5), (15.6, 46.0), (15.85, 51.0), (16.4, 55.5), (17.2, 59.5), (17.9, 62.0)]
# the back of the knee, a diamond around the hollow's centre
KNEE_DIAMOND = [(9.0, 117.4), (11.7, 121.5), (9.0, 125.6), (6.3, 121.5)]


L3_Y = vertebra_y("L3")


def kidney(dy: float) -> Polygon:
    """Kidney area: where the kidney lies closest to the skin, in the angle
    between the 12th rib and the outer edge of the erector spinae columns
    (the costovertebral angle), down to about L3.  Over the columns the
    muscle is thick: that part is the lower back (a target, no percussion).
    The right side sits lower (``dy``), as the kidney does."""
    rib_at_edge = float(np.interp(COLUMN_EDGE, [p[0] for p in RIB12], [p[1] for p in RIB12]))
    shape = Polygon(
        [
            (COLUMN_EDGE, rib_at_edge - 0.4),
            (8.5, 64.5 - 0.6),
            (10.3, 66.6),
            (10.3, L3_Y + 0.8),
            (COLUMN_EDGE, L3_Y + 0.8),
        ]
    )
    return shapely.affinity.translate(rounded(shape, 0.7), 0.0, dy)


def bean(dy: float) -> Polygon:
    """The kidney itself: an 11 x 5.5 cm bean, upper pole nearer the midline,
    its notch (hilum) facing the spine at L1; ``dy`` lowers the right one."""
    top, bottom = (3.25, 54.8), (6.55, 65.4)
    cx, cy = (top[0] + bottom[0]) / 2, (top[1] + bottom[1]) / 2
    turn = math.atan2(bottom[1] - top[1], bottom[0] - top[0])
    body = ellipse(cx, cy, 5.5, 2.75, n=64, turn=turn)
    # the notch on the inner side (towards the spine), level with L1
    nx, ny = -math.sin(turn), math.cos(turn)
    notch = ellipse(cx + 2.5 * nx, cy + 2.5 * ny, 1.0, 1.4, turn=turn - math.pi / 2)
    shape = rounded(body - notch, 0.3)
    return shapely.affinity.translate(shape, 0.0, dy)


ARM_REGION = Polygon(ARM)
CREST_DOWN = below(CREST)
ABOVE_CREST = above(CREST)
SPINE_TOP = vertebra_y("C2") - 0.7  # the strip starts at C2, below the inion
SPINE_BOTTOM = 76.0  # L5/S1; below it the midline is sacrum
# (kind, side-specific shape builder); right-side shapes, dx >= 0.  Each base
# zone is what its shape leaves after the zones listed before it.
BASE_ZONES = [
    ("spine", lambda: box(-1.75, SPINE_TOP, 1.75, SPINE_BOTTOM)),
    # the liver pushes the right kidney about 1.5 cm lower
    ("kidney", {"left": lambda: kidney(0.0), "right": lambda: kidney(1.5)}),
    (
        "scapula",
        lambda: (
            Polygon(smooth_closed(SCAPULA))
            | LineString(SCAPULA_RIDGE).buffer(0.85, quad_segs=8)
            | ellipse(19.2, 30.7, 1.35, 1.0)
        ),
    ),
    # the sacrum: one triangle between the two dimples, S1 down to the tailbone
    (
        "sacrum",
        lambda: Polygon(
            [
                (0, SPINE_BOTTOM),
                (3.6, SPINE_BOTTOM),
                (4.6, 77.6),
                (5.0, 79.4),
                (4.4, 81.5),
                (3.2, 83.6),
                (1.9, 85.6),
                (0.9, 87.0),
                (0, 87.7),
            ]
        ),
    ),
    # the band under the back of the skull, following its curve, not out to the ears
    ("suboccipitals", lambda: between(SKULL[:4], [*SUBOCCIPITAL_LOW[:-1], SKULL[3]])),
    ("scalp", lambda: above(SKULL)),
    (
        "neck_side",
        lambda: Polygon(
            [(5.4, 12.9), (12.0, 12.9), *reversed(NECK_BASE), *reversed(NECK_EDGE[1:-1])]
        ),
    ),
    ("neck_muscles", lambda: Polygon([(0, 10.0), (5.4, 10.0), *NECK_EDGE[1:], (0, 25.6)])),
    ("deltoid", lambda: ARM_REGION & band(-10, 44.0)),
    ("upper_arm", lambda: ARM_REGION & band(44.0, 60.5)),
    ("elbow", lambda: ARM_REGION & band(60.5, 66.5)),
    ("forearm", lambda: ARM_REGION & band(66.5, 86.8)),
    ("hand", lambda: ARM_REGION & band(86.8, 200)),
    (
        "upper_trapezius",
        lambda: Polygon([(0, 20), (40, 20), (40, 33.0), (9.0, 33.0), (7.3, 28.6), (0, 28.4)]),
    ),
    (
        "massage_zone",
        lambda: Polygon(
            [
                (0, 28.4),
                (7.3, 28.6),
                (9.0, 33.0),
                (9.0, 46.6),
                (7.4, 47.6),
                (7.3, T12_Y),
                (0, T12_Y),
            ]
        ),
    ),
    # the two muscle columns, 2-6 cm beside the spine, from T12 down to the pelvis
    (
        "lower_back",
        lambda: Polygon(
            [(0, T12_Y), (COLUMN_EDGE, T12_Y), (COLUMN_EDGE, 77.6), (4.5, 79.7), (0, 79.4)]
        ),
    ),
    ("ribs_flank", lambda: ABOVE_CREST),
    ("gluteal", lambda: between(CREST, [*FOLD[:-2], (40.0, 86.5)]) | (CREST_DOWN & above(FOLD))),
    ("hamstrings", lambda: below(FOLD) & band(80, 117.5)),
    ("knee", lambda: band(117.5, 127.0)),
    ("calf", lambda: band(127.0, 160.0)),
    ("foot", lambda: band(160.0, 200)),
]


def _sciatic_band() -> Polygon:
    course = LineString(SCIATIC).buffer(1.5, quad_segs=8)
    return course & box(0, 0, 40, SCIATIC_CAUTION_END)


ARMPIT_FOLD = ellipse(15.2, 39.2, 1.6, 2.6)
OVERLAYS = [
    ("behind_ear", lambda: ellipse(6.0, 16.95, 1.1, 1.3)),
    ("armpit_fold", lambda: ARMPIT_FOLD),
    (
        "inner_upper_arm",
        lambda: (LineString(INNER_ARM).buffer(1.25, quad_segs=8) & ARM_REGION) - ARMPIT_FOLD,
    ),
    ("elbow_notch", lambda: ellipse(19.6, 63.7, 0.95, 1.5)),
    # the bony points that take no direct pressure, one zone of four spots
    (
        "bony_point",
        lambda: shapely.union_all(
            [
                ellipse(21.75, 63.5, 1.1, 1.25),  # olecranon
                ellipse(4.5, 79.0, 0.95, 0.95),  # PSIS dimple
                ellipse(16.5, 80.2, 1.35, 1.7),  # greater trochanter
                ellipse(6.5, 87.0, 1.4, 1.15),  # sitting bone
            ]
        ),
    ),
    ("sciatic_nerve", _sciatic_band),
    ("knee_back", lambda: Polygon(smooth_closed(KNEE_DIAMOND, step=0.3, tension=True))),
    ("fibular_head", lambda: ellipse(12.95, 124.6, 1.2, 1.35)),
]
MIDLINE_KINDS = {"spine", "scalp", "suboccipitals", "sacrum"}
REGION = {  # quiz regions
    "spine": "back",
    "kidney": "back",
    "scapula": "back",
    "ribs_flank": "back",
    "massage_zone": "back",
    "lower_back": "back",
    "gluteal": "back",
    "sacrum": "back",
    "sciatic_nerve": "back",
    "scalp": "neck_shoulders",
    "suboccipitals": "neck_shoulders",
    "neck_side": "neck_shoulders",
    "neck_muscles": "neck_shoulders",
    "behind_ear": "neck_shoulders",
    "upper_trapezius": "neck_shoulders",
    "deltoid": "neck_shoulders",
    "armpit_fold": "neck_shoulders",
    "upper_arm": "limbs",
    "inner_upper_arm": "limbs",
    "elbow": "limbs",
    "elbow_notch": "limbs",
    "bony_point": "back",
    "forearm": "limbs",
    "hand": "limbs",
    "hamstrings": "limbs",
    "knee": "limbs",
    "knee_back": "limbs",
    "fibular_head": "limbs",
    "calf": "limbs",
    "foot": "limbs",
}


# --- what lies beneath: the anatomy layers (DOMAIN.md section 8) ----------------
# Each structure: (kind id, layer (one of bodyshapes.LAYERS), kind, where,
# shape builder).  Shapes are right-side offsets (dx >= 0) as for the zones;
# ``where`` "pair" means a left and a right copy, "canvas" a midline structure
# drawn whole (see bodyshapes.lay_structures); the shapes are cut to the
# outline.  Names and notes are in back_texts.yaml under ``structures``.
SPINOUS_LEVELS = (
    [f"C{n}" for n in range(2, 8)]
    + [f"T{n}" for n in range(1, 13)]
    + [f"L{n}" for n in range(1, 6)]
)


def _spinous(level: str) -> Polygon:
    y = vertebra_y(level)
    rx, ry = {"C": (0.5, 0.42), "T": (0.55, 0.5), "L": (0.85, 0.75)}[level[0]]
    if level == "C7":
        rx, ry = 0.7, 0.55  # the one that stands out most
    return ellipse(0.0, y, rx, ry, n=24)


def _rib(n: int) -> Polygon:
    y = vertebra_y(f"T{n}")
    if n == 12:
        pts = RIB12
    elif n == 11:
        pts = [(1.8, y + 0.6), (5.0, y + 2.2), (8.5, y + 4.8), (10.3, y + 6.9)]
    else:
        reach = {7: 13.3, 8: 13.4, 9: 13.2, 10: 12.8}[n]
        pts = [(1.8, y + 0.5), (5.0, y + 1.6), (9.0, y + 3.6), (11.5, y + 5.6), (reach, y + 7.6)]
    return smooth_linestring(pts, step=0.5).buffer(0.42, quad_segs=6)


def _blade() -> Polygon:
    return (
        Polygon(smooth_closed(SCAPULA))
        | LineString(SCAPULA_RIDGE).buffer(0.55, quad_segs=8)
        | ellipse(19.1, 30.65, 1.1, 0.8)
    )


TRAPEZIUS = [
    (0.0, 10.7),
    (3.8, 11.35),
    (4.25, 14.0),
    (4.35, 20.0),
    (4.8, 23.6),
    (7.5, 25.0),
    (12.5, 26.85),
    (17.0, 28.35),
    (19.6, 29.75),
    (19.6, 30.8),
    (16.5, 31.8),
    (13.0, 32.9),
    (9.5, 34.1),
    (7.0, 35.3),
    (6.0, 38.0),
    (4.5, 44.0),
    (2.5, 51.0),
    (0.0, 57.2),
]


def _kite() -> Polygon:
    """The trapezius, both halves, as one smooth outline."""
    return smooth_polygon(mirror_half(TRAPEZIUS))


ANATOMY = [
    # bones
    *[
        (f"spinous_{lv.lower()}", "bones", "bone", "canvas", lambda lv=lv: _spinous(lv))
        for lv in SPINOUS_LEVELS
    ],
    (
        "sacrum_bone",
        "bones",
        "bone",
        "canvas",
        lambda: Polygon(
            mirror_half(
                [
                    (0, SPINE_BOTTOM + 0.3),
                    (3.4, SPINE_BOTTOM + 0.4),
                    (4.3, 77.8),
                    (4.5, 79.3),
                    (3.9, 81.4),
                    (2.8, 83.5),
                    (1.6, 85.3),
                    (0.6, 86.1),
                    (0, 86.2),
                ]
            )
        ),
    ),
    ("coccyx", "bones", "bone", "canvas", lambda: ellipse(0.0, 87.0, 0.5, 0.8, n=24)),
    ("scapula_bone", "bones", "bone", "pair", _blade),
    *[(f"rib_{n}", "bones", "bone", "pair", lambda n=n: _rib(n)) for n in range(7, 13)],
    (
        "ilium",
        "bones",
        "bone",
        "pair",
        lambda: smooth_polygon(
            [
                (5.1, 79.2),
                (6.5, 77.3),
                (8.5, 73.9),
                (11.0, 71.15),
                (14.5, 70.05),
                (16.3, 70.9),
                (16.0, 73.5),
                (14.5, 76.5),
                (12.5, 79.0),
                (9.5, 80.6),
                (7.0, 81.8),
                (5.4, 81.4),
            ],
            step=0.5,
        ),
    ),
    ("psis_bone", "bones", "bone", "pair", lambda: ellipse(4.6, 79.0, 0.65, 0.6, n=24)),
    ("ischial_tuberosity", "bones", "bone", "pair", lambda: ellipse(6.4, 87.0, 1.25, 1.0)),
    ("greater_trochanter_bone", "bones", "bone", "pair", lambda: ellipse(16.3, 80.2, 1.05, 1.5)),
    ("olecranon_bone", "bones", "bone", "pair", lambda: ellipse(21.6, 63.6, 0.8, 0.95, n=24)),
    ("medial_epicondyle", "bones", "bone", "pair", lambda: ellipse(18.45, 63.5, 0.6, 0.6, n=24)),
    ("medial_condyle", "bones", "bone", "pair", lambda: ellipse(6.6, 120.4, 1.6, 1.5)),
    ("lateral_condyle", "bones", "bone", "pair", lambda: ellipse(11.4, 120.4, 1.6, 1.5)),
    ("fibular_head_bone", "bones", "bone", "pair", lambda: ellipse(12.95, 124.6, 0.8, 0.9, n=24)),
    # organs
    # the right one lower
    ("kidney", "organs", "organ", "pair", {"left": lambda: bean(0.0), "right": lambda: bean(1.5)}),
    # nerves and vessels
    ("sciatic_nerve", "nerves", "nerve", "pair", lambda: smooth_linestring(SCIATIC)),
    (
        "ulnar_nerve",
        "nerves",
        "nerve",
        "pair",
        lambda: smooth_linestring(
            [(17.6, 56.5), (18.3, 60.5), (19.5, 63.6), (19.9, 66.5), (20.3, 72.0)]
        ),
    ),
    (
        "common_fibular_nerve",
        "nerves",
        "nerve",
        "pair",
        lambda: smooth_linestring(
            [
                (9.1, 117.0),
                (10.9, 118.6),
                (12.2, 121.0),
                (13.15, 123.6),
                (13.3, 125.6),
                (12.6, 127.6),
            ]
        ),
    ),
    (
        "popliteal_artery",
        "nerves",
        "artery",
        "pair",
        lambda: smooth_linestring([(8.5, 112.5), (8.9, 117.5), (9.0, 121.5), (9.1, 126.5)]),
    ),
    (
        "facial_nerve",
        "nerves",
        "nerve",
        "pair",
        lambda: smooth_linestring([(5.9, 17.4), (6.5, 16.7), (7.05, 15.9)]),
    ),
    (
        "brachial_bundle",
        "nerves",
        "bundle",
        "pair",
        lambda: smooth_linestring(
            [(15.85, 42.0), (15.9, 46.0), (16.15, 51.0), (16.7, 55.5), (17.45, 59.5), (18.1, 62.0)]
        ),
    ),
    # muscles, as contours
    ("trapezius", "muscles", "muscle", "canvas", _kite),
    (
        "rhomboids",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (1.0, 28.6),
                (7.7, 32.3),
                (6.9, 33.9),
                (6.4, 35.5),
                (6.4, 37.5),
                (6.9, 41.2),
                (1.0, 39.2),
            ]
        ),
    ),
    (
        "infraspinatus",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (6.9, 35.3),
                (9.5, 34.6),
                (13.0, 33.4),
                (15.0, 33.7),
                (15.1, 35.2),
                (14.5, 37.1),
                (13.3, 39.4),
                (11.8, 41.8),
                (10.4, 43.6),
                (9.3, 44.6),
                (8.3, 43.0),
                (7.4, 40.5),
                (6.8, 37.6),
            ],
            step=0.5,
        ),
    ),
    (
        "latissimus_dorsi",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (1.3, 44.5),
                (9.0, 45.9),
                (12.2, 42.5),
                (14.5, 40.6),
                (14.3, 44.0),
                (13.8, 50.0),
                (13.25, 57.0),
                (12.95, 62.0),
                (13.25, 66.0),
                (14.0, 69.0),
                (12.0, 70.6),
                (9.0, 72.5),
                (6.4, 74.5),
                (1.3, 74.5),
            ],
            step=0.8,
        ),
    ),
    (
        "erector_spinae",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (1.9, 30.0),
                (3.4, 30.0),
                (4.2, 40.0),
                (4.8, 50.0),
                (5.9, 57.0),
                (6.2, 63.0),
                (6.1, 70.0),
                (5.3, 75.5),
                (4.1, 78.0),
                (2.3, 78.4),
                (1.9, 70.0),
                (1.9, 50.0),
            ],
            step=0.8,
        ),
    ),
    (
        "deltoid_muscle",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (17.0, 28.5),
                (20.2, 29.3),
                (21.7, 30.9),
                (22.6, 33.2),
                (23.1, 36.0),
                (23.1, 40.0),
                (22.5, 43.5),
                (21.5, 45.3),
                (20.4, 44.0),
                (19.2, 40.5),
                (18.0, 36.0),
                (17.3, 33.0),
                (16.4, 31.7),
                (16.5, 30.0),
            ],
            step=0.6,
        ),
    ),
    (
        "triceps",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (17.3, 41.5),
                (19.5, 44.8),
                (21.5, 45.8),
                (23.0, 43.8),
                (23.55, 47.0),
                (23.6, 52.0),
                (23.5, 57.0),
                (22.8, 61.0),
                (21.6, 62.2),
                (20.0, 61.5),
                (18.3, 59.0),
                (17.0, 54.5),
                (16.3, 49.5),
                (16.2, 45.0),
            ],
            step=0.6,
        ),
    ),
    (
        "gluteus_medius",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (6.8, 77.4),
                (8.7, 74.3),
                (11.1, 71.7),
                (14.5, 70.7),
                (16.0, 71.7),
                (16.6, 74.5),
                (16.5, 77.5),
                (15.0, 78.6),
                (12.0, 78.1),
                (9.2, 79.0),
                (7.4, 79.6),
            ],
            step=0.6,
        ),
    ),
    (
        "gluteus_maximus",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (5.3, 78.7),
                (8.0, 79.0),
                (11.5, 77.7),
                (14.8, 78.5),
                (16.4, 80.6),
                (16.4, 84.5),
                (15.0, 87.5),
                (12.0, 89.5),
                (8.0, 89.9),
                (4.5, 89.5),
                (1.3, 88.3),
                (1.7, 85.8),
                (3.3, 83.5),
                (4.6, 81.2),
            ],
            step=0.6,
        ),
    ),
    (
        "hamstrings_muscle",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                *smooth_line(
                    [
                        (5.0, 88.2),
                        (8.0, 87.6),
                        (11.0, 88.7),
                        (13.6, 93.0),
                        (14.7, 100.0),
                        (14.3, 107.0),
                        (13.3, 113.0),
                        (12.6, 118.5),
                    ],
                    step=0.6,
                ),
                (11.4, 118.0),
                (11.2, 114.5),
                (9.4, 112.2),
                (7.3, 114.5),
                (6.7, 118.0),
                *smooth_line(
                    [
                        (5.2, 118.6),
                        (4.4, 113.0),
                        (3.5, 106.0),
                        (2.7, 100.0),
                        (2.9, 94.0),
                        (3.7, 90.0),
                    ],
                    step=0.6,
                ),
            ]
        ),
    ),
    (
        "gastrocnemius_medial",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (5.2, 123.6),
                (8.4, 124.1),
                (8.6, 130.0),
                (8.3, 137.0),
                (7.7, 143.5),
                (6.3, 144.0),
                (4.7, 139.0),
                (3.9, 133.0),
                (4.2, 127.0),
            ],
            step=0.6,
        ),
    ),
    (
        "gastrocnemius_lateral",
        "muscles",
        "muscle",
        "pair",
        lambda: smooth_polygon(
            [
                (9.6, 124.1),
                (12.6, 123.7),
                (13.4, 127.0),
                (13.8, 132.0),
                (13.2, 138.0),
                (11.8, 142.0),
                (10.2, 141.0),
                (9.5, 135.0),
                (9.4, 129.0),
            ],
            step=0.6,
        ),
    ),
    (
        "achilles_tendon",
        "muscles",
        "tendon",
        "pair",
        lambda: Polygon(
            [
                (8.0, 146.5),
                (9.6, 146.5),
                (9.3, 155.0),
                (9.4, 162.0),
                (9.6, 165.5),
                (8.0, 165.5),
                (8.2, 162.0),
                (8.3, 155.0),
            ]
        ),
    ),
]


# Surface cues drawn on the skin (right-side offsets; "mid" curves are written
# from the viewer's left to right across the midline, mirrored from their right half)
SURFACE = {
    "gluteal_fold": [(0.7, 89.3), (3.0, 90.0), (6.0, 90.45), (9.5, 90.45), (12.6, 89.6)],
    "sacral_dimple": [(3.95, 78.75), (4.5, 78.45), (5.05, 78.75)],
    "elbow_crease_upper": [(20.4, 62.0), (21.6, 61.7), (22.8, 62.0)],
    "elbow_crease_lower": [(20.7, 65.3), (21.7, 65.55), (22.7, 65.3)],
    "knee_crease": [(5.4, 121.9), (7.2, 121.55), (9.0, 121.45), (10.8, 121.55), (12.6, 121.9)],
}
SURFACE_MID = {
    "buttock_cleft": [(0.0, 84.6), (0.0, 86.8)],
    # the lower edge of the hair at the nape, rising behind the ears
    "hairline": [(0.0, 14.7), (2.2, 14.95), (4.3, 14.55), (5.8, 13.65), (6.7, 12.3)],
}


def _surface():
    out = {}
    for name, pts in SURFACE.items():
        for side in SIDES:
            out[f"{name}_{side}"] = side_line(pts, side, DRAWN_SIDE, MID, step=0.4)
    for name, pts in SURFACE_MID.items():
        out[name] = midline_line(pts, MID, step=0.4)
    return out


def build():
    body = outline(RIGHT_OUTLINE, MID)
    texts = load_texts(TEXTS)
    zones = cut_zones(body, BASE_ZONES, OVERLAYS, MIDLINE_KINDS, DRAWN_SIDE, MID)
    check_texts(zones, texts, TEXTS)
    return body, zones, texts, lay_structures(ANATOMY, body, DRAWN_SIDE, MID, clip=True)


# base of the skull, down the back of the neck, along the top of the shoulder
# to its tip; it keeps to the neck muscles, clear of the side of the neck, and
# stops where the shoulder blade's bony tip begins
TRAPEZIUS_RIDGE = [
    (2.6, 13.6),
    (3.1, 16.5),
    (3.4, 20.0),
    (3.6, 23.0),
    (3.9, 24.5),
    (5.2, 25.3),
    (7.2, 26.0),
    (10.5, 27.3),
    (14.5, 28.6),
    (18.2, 29.5),
]


def _lines():
    return {
        f"upper_trapezius_ridge_{side}": side_line(TRAPEZIUS_RIDGE, side, DRAWN_SIDE, MID)
        for side in SIDES
    }


def _structure_text(texts, key: str) -> tuple[str, str]:
    """Name and note of a structure; the spinous processes share one note per
    part of the spine, with C7 and C2 told apart."""
    table = texts["structures"]
    if key.startswith("spinous_"):
        level = key.removeprefix("spinous_").upper()
        entry = (
            table.get(key)
            or table[
                {"C": "spinous_cervical", "T": "spinous_thoracic", "L": "spinous_lumbar"}[level[0]]
            ]
        )
        return entry["name"].format(level=level), entry["note"]
    if key.startswith("rib_"):
        n = int(key.removeprefix("rib_"))
        entry = table.get(key) or table["rib"]
        return entry["name"].format(n=n), entry["note"]
    entry = table[key]
    return entry["name"], entry["note"]


def _named(structures, texts):
    """The structures with their names and notes."""
    for sid, key, layer, kind, side, geom in structures:
        name, note = _structure_text(texts, key)
        yield sid, name, layer, kind, side, geom, note


HEADER = [
    "Back view of the reference body.",
    "Drawn by docs/drawing/draw_back.py; the program reads only this file.",
    "Format: docs/zone-format.md.  Units: cm, y downward, the person's left",
    "on the viewer's left.",
]
REGIONS = {
    "back": "Back",
    "neck_shoulders": "Neck and shoulders",
    "limbs": "Arms and legs",
}


def write(body, zones, texts, structures=()) -> str:
    out = header_lines(HEADER, "back", "Back view", (WIDTH, HEIGHT), MID)
    out += mapping_lines("regions", REGIONS)
    out += outline_lines(body)
    out += landmark_lines(landmarks(MIDLINE_LANDMARKS, SIDE_LANDMARKS, DRAWN_SIDE, MID))
    out += point_list_lines("lines", _lines())
    out += zone_lines(zones, texts, REGION)
    out += point_list_lines("surface", _surface())
    if structures:
        out += mapping_lines("layers", LAYERS)
        out += structure_lines(_named(structures, texts))
    return "\n".join(out) + "\n"


def render() -> str:
    """The text of zones/back.yaml, as this script draws it."""
    return write(*build())


def main() -> None:
    body, zones, texts, structures = build()
    save(OUT, ROOT, write(body, zones, texts, structures), body, zones)


if __name__ == "__main__":
    main()
