"""Draw the reference front view and write ``zones/front.yaml``.

The program reads only the YAML file; this script is how its geometry was
drawn, kept so that the drawing can be changed and redrawn reproducibly:

    python docs/drawing/draw_front.py

Coordinates are centimetres of the same 170 cm adult as the back view, now
seen from the front in the anatomical position (palms forward), y downward.
Seen from the front the person's left is on the viewer's RIGHT, so the shapes
below are drawn as offsets from the midline for the person's left side
(dx >= 0, the viewer's right) and mirrored for the person's right.  Zone texts
come from ``front_texts.yaml`` beside this script.

How the zones are cut (as for the back): every base zone (layer 0) is its
region shape, clipped to the outline, minus every base zone earlier in
``BASE_ZONES``, so the base zones tile the body exactly.  Small dangerous
spots (layer 1) are laid on top; where they overlap a base zone the more
cautious one wins the click.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shapely
from shapely.geometry import LineString, Polygon, box

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bodyshapes import (  # noqa: E402  (the shared module lives beside this script)
    LAYERS,
    SIDES,
    above,
    band,
    below,
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
    outline,
    outline_lines,
    point_list_lines,
    rounded,
    save,
    side_line,
    smooth_closed,
    smooth_line,
    structure_lines,
    zone_lines,
)

ROOT = HERE.parent.parent
OUT = ROOT / "zones" / "front.yaml"
TEXTS = HERE / "front_texts.yaml"

WIDTH, HEIGHT = 70.0, 172.0
MID = 35.0
# the drawn half (dx >= 0, the viewer's right) is the person's left
DRAWN_SIDE = "left"

# --- the outline -----------------------------------------------------------
# Control points (dx, y) of the person's left half, from the top of the head
# down the outside of the arm, round the hand (thumb outward: the palm faces
# forward), back up the inside of the arm to the armpit, down the trunk and
# the outside of the leg, round the foot and up the inside of the leg to the
# crotch.  A "!" marks a corner that the smoothing must keep sharp.
HALF_OUTLINE: list[tuple[float, float] | tuple[float, float, str]] = [
    (0.0, 0.0),
    (3.9, 0.8),
    (6.3, 3.1),
    (7.3, 6.6),
    # ear
    (7.45, 8.6),
    (8.05, 9.2),
    (8.35, 11.0),
    (8.1, 13.2),
    (7.5, 15.0),
    # cheek down to the angle of the jaw, then the neck
    (6.85, 16.6),
    (6.2, 18.2),
    (5.65, 19.5),
    (5.45, 20.8),
    (5.5, 22.2),
    (5.9, 23.3),
    # slope of the shoulder
    (7.2, 24.4),
    (9.6, 25.5),
    (12.6, 26.5),
    (15.6, 27.4),
    (18.0, 28.2),
    # shoulder cap and the outer arm
    (20.2, 29.1),
    (21.7, 30.7),
    (22.5, 33.0),
    (22.75, 36.0),
    (22.75, 40.0),
    (23.0, 45.0),
    (23.35, 52.0),
    (23.85, 58.0),
    (24.25, 62.0),
    (24.45, 65.5),
    (24.8, 70.0),
    (25.3, 76.0),
    (25.75, 82.0),
    (25.7, 86.3),
    # the thumb, on the outer side
    (26.4, 88.6),
    (27.6, 91.2),
    (28.4, 94.2),
    (28.3, 96.3),
    (27.6, 96.6),
    (26.8, 95.2, "!"),
    # fingers
    (26.6, 97.6),
    (26.55, 100.8),
    (26.0, 103.4),
    (24.9, 105.3),
    (23.5, 105.7),
    (22.3, 104.9),
    (21.55, 102.6),
    (21.1, 99.0),
    (20.85, 96.0),
    (20.9, 92.5),
    (20.8, 90.2),
    # inner arm up to the armpit
    (21.2, 87.4),
    (20.65, 83.0),
    (20.05, 77.0),
    (19.4, 71.0),
    (18.85, 66.0),
    (18.4, 62.0),
    (17.6, 55.0),
    (16.75, 48.0),
    (16.05, 43.5),
    (15.2, 40.0, "!"),
    # side of the chest, waist, hip
    (14.9, 43.0),
    (14.5, 47.5),
    (13.9, 52.5),
    (13.45, 57.0),
    (13.55, 61.0),
    (14.2, 65.0),
    (15.4, 69.5),
    (16.7, 74.0),
    (17.45, 78.0),
    (17.8, 81.5),
    (17.7, 85.0),
    # outer leg
    (17.3, 90.0),
    (16.6, 97.0),
    (15.8, 104.0),
    (15.0, 111.0),
    (14.35, 116.5),
    (14.1, 121.0),
    (14.2, 125.5),
    (14.65, 130.0),
    (14.85, 135.0),
    (14.4, 141.0),
    (13.3, 148.0),
    (12.2, 154.0),
    (11.5, 159.0),
    (11.7, 162.0),
    # the foot seen from the front: its top, the toes pointing at the viewer
    (12.6, 164.6),
    (13.2, 167.2),
    (13.0, 169.3),
    (11.9, 170.3),
    (8.6, 170.6),
    (5.3, 170.3),
    (4.2, 169.2),
    (4.3, 167.0),
    (5.1, 164.4),
    (5.9, 162.0),
    # inner leg up to the crotch
    (6.1, 159.0),
    (5.6, 154.0),
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
    (0.0, 88.8, "!"),
]

# Landmarks (DOMAIN.md section 9): name -> y on the midline, or (dx, y) on the
# drawn half for the pairs.  Each sits inside the zone it belongs to, never on
# a border.
MIDLINE_LANDMARKS = {
    "chin": 21.6,
    "thyroid_cartilage": 25.0,
    "jugular_notch": 30.7,
    "xiphoid": 51.2,
    "navel": 68.0,
    "pubic_symphysis": 85.2,
}
SIDE_LANDMARKS = {
    "temple": (6.25, 9.6),
    "eye": (3.25, 11.0),
    "jaw_angle": (5.45, 18.4),
    "carotid_pulse": (3.5, 25.2),
    "clavicle_mid": (9.5, 32.05),
    "acromion": (19.3, 30.55),
    "nipple": (9.5, 47.5),
    "asis": (12.2, 76.6),
    "femoral_pulse": (7.2, 83.4),
    "cubital_fossa": (21.2, 63.6),
    "wrist": (23.45, 86.6),
    "palm": (23.9, 93.6),
    "patella": (8.9, 119.6),
    "shin_mid": (7.4, 142.0),
    "ankle": (8.7, 160.3),
}

# --- lines the zones are cut along (drawn half, dx >= 0) ----------------------
# the lower edge of the face: chin, jaw, angle of the jaw, on past the outline
JAW = [(0.0, 22.7), (1.8, 22.5), (3.4, 21.6), (4.7, 20.3), (5.6, 19.2), (6.3, 17.8), (10.0, 16.6)]
# the collarbone, S-shaped, from beside the notch out to the shoulder tip
CLAVICLE = [
    (1.9, 31.0),
    (4.0, 31.65),
    (7.0, 32.15),
    (9.5, 32.05),
    (12.0, 31.5),
    (14.5, 30.9),
    (16.8, 30.5),
    (18.6, 30.35),
    (20.0, 30.5),
]
CLAVICLE_HALF_WIDTH = 0.85
# the top of the hollow above the collarbone, where the neck meets the shoulder
FOSSA_TOP = [
    (0.0, 27.1),
    (4.4, 27.1),
    (7.5, 27.3),
    (10.5, 28.0),
    (13.5, 28.9),
    (15.6, 29.6),
    (40.0, 29.6),
]
THROAT_HALF_WIDTH = 4.4  # the windpipe and the carotid arteries beside it
# the lowest ribs, arching out and down from the tip of the breastbone
COSTAL = [
    (0.0, 53.4),
    (3.0, 54.3),
    (6.0, 55.7),
    (9.0, 57.4),
    (11.5, 59.3),
    (13.0, 61.0),
    (40.0, 61.0),
]
# the fold between the belly and the thigh: from the pubic bone up to the
# front hip bone, then level out to the side of the hip
INGUINAL = [
    (0.0, 83.8),
    (2.6, 83.6),
    (5.0, 82.0),
    (8.0, 80.0),
    (11.0, 78.1),
    (12.6, 77.0),
    (15.0, 76.6),
    (40.0, 76.6),
]
# the front edge of the shin bone, from below the knee to above the ankle
SHIN_CREST = [(0.0, 124.6), (8.7, 124.6), (8.95, 134.0), (8.7, 148.0), (8.3, 158.2), (0.0, 158.2)]

# the gap between the hanging arm and the trunk, armpit downward
ARM_GAP = [
    (15.2, 40.0),
    (15.4, 43.5),
    (15.5, 48.0),
    (15.6, 55.0),
    (16.0, 62.0),
    (17.6, 70.0),
    (18.7, 77.0),
    (19.2, 83.0),
    (19.3, 88.0),
    (18.8, 95.0),
    (19.0, 105.0),
    (19.0, 120.0),
]
ARM = Polygon(
    [
        (19.2, 20.0),
        (40.0, 20.0),
        (40.0, 120.0),
        *reversed(ARM_GAP),
        (16.6, 36.5),
        (18.3, 33.0),
        (19.6, 30.5),
        (19.2, 28.0),
    ]
)
# the inner edge of the upper arm, where the groove between the muscles runs
INNER_ARM_EDGE = LineString([(15.0, 40.5), (15.9, 43.5), (16.65, 48.0), (17.5, 55.0), (18.4, 62.0)])
FACE = above(JAW)
NECK_AND_BELOW = below(JAW)


def _mirror_box(x1: float, y0: float, y1: float) -> Polygon:
    """A strip on the midline, ``x1`` out to each side (it reaches across, so
    that rounding its corners leaves no notch on the midline)."""
    return box(-x1, y0, x1, y1)


def groin() -> Polygon:
    """The femoral triangle under the fold: the front hip bone, the pubic
    bone and a point about ten centimetres below the middle of the fold."""
    fold = [(2.4, 83.7), (5.0, 82.0), (8.0, 80.0), (11.0, 78.1), (12.7, 77.0)]
    lower = [(12.7, 77.0), (12.0, 80.4), (10.4, 85.5), (8.6, 90.0), (7.4, 92.4), (5.8, 90.8)]
    lower += [(4.2, 88.4), (2.9, 85.9), (2.4, 83.7)]
    edge = smooth_line(lower, step=0.35)  # the sides of the triangle, gently curved
    return Polygon([*fold, *edge[1:-1]]) | (
        LineString(fold).buffer(0.9, quad_segs=12) & below([(0, 70), (40, 70)])
    )


# (kind, shape on the drawn half); earlier zones take precedence
BASE_ZONES = [
    # the head, above the line of the jaw
    ("eye", lambda: ellipse(3.25, 11.0, 1.55, 0.95)),
    ("forehead", lambda: rounded(_mirror_box(5.0, 3.3, 8.9), 0.8) & FACE),
    ("temple", lambda: rounded(box(5.0, 7.6, 7.42, 11.9), 0.6) & FACE),
    ("jaw", lambda: rounded(box(3.5, 14.7, 7.5, 21.5), 0.8) & FACE),
    ("scalp", lambda: band(-10, 7.8) & FACE),
    ("face", lambda: FACE),
    # neck and shoulders
    (
        "throat",
        lambda: (
            Polygon(
                [
                    (0, 15.0),
                    (THROAT_HALF_WIDTH, 15.0),
                    (THROAT_HALF_WIDTH, 28.2),
                    (3.2, 29.8),
                    (1.95, 31.25),
                    (0, 31.45),
                ]
            )
            & NECK_AND_BELOW
        ),
    ),
    ("breastbone", lambda: _mirror_box(1.8, 31.0, 49.4)),
    ("xiphoid", lambda: rounded(_mirror_box(1.6, 49.0, 53.5), 0.7) | ellipse(0, 51.2, 1.6, 2.2)),
    ("collarbone", lambda: LineString(CLAVICLE).buffer(CLAVICLE_HALF_WIDTH, quad_segs=12)),
    (
        "neck_side",
        lambda: (
            Polygon([(0, 15.0), (10.0, 15.0), (10.0, 24.8), (7.5, 27.3), (0, 27.1)])
            & NECK_AND_BELOW
        ),
    ),
    # the hollow between the top of the neck's base and the collarbone
    (
        "supraclavicular",
        lambda: below(FOSSA_TOP) & above([(0, 31.0), *CLAVICLE, (40, 30.5)]) & box(0, 20, 15.8, 34),
    ),
    # the arm, shoulder to fingertips
    ("deltoid", lambda: ARM & band(-10, 44.0)),
    (
        "inner_upper_arm",
        lambda: ARM & INNER_ARM_EDGE.buffer(2.3, quad_segs=12) & band(40.5, 61.8),
    ),
    ("biceps", lambda: ARM & band(44.0, 63.4)),
    ("forearm", lambda: ARM & band(63.4, 84.9)),
    ("wrist_front", lambda: ARM & band(84.9, 88.7)),
    ("hand", lambda: ARM & band(88.7, 200)),
    ("shoulder_top", lambda: above(FOSSA_TOP) & band(15.0, 40.0)),
    # chest and belly
    ("breast", lambda: ellipse(9.35, 47.6, 5.2, 5.0)),
    ("chest", lambda: band(30.0, 44.6)),
    ("ribs_front", lambda: above(COSTAL) & band(30.0, 70.0)),
    ("hip_bone", lambda: ellipse(12.2, 76.6, 2.1, 2.3)),
    ("groin", groin),
    (
        "private_area",
        lambda: (
            Polygon([(0, 83.0), (2.7, 83.0), (3.5, 85.8), (3.1, 88.8), (1.6, 91.0), (0, 91.0)])
            & below(INGUINAL)
        ),
    ),
    ("belly", lambda: above(INGUINAL) & band(40.0, 100.0)),
    # the leg
    # the inner thigh high up, from the groin down about a hand's length; it
    # reaches over the midline so that each leg's inner edge is the outline
    (
        "inner_thigh",
        lambda: Polygon(
            smooth_closed(
                [
                    (-1.0, 85.0),
                    (3.6, 86.6),
                    (5.4, 90.5),
                    (6.2, 95.5),
                    (5.8, 102.5),
                    (3.4, 107.0),
                    (-1.0, 107.5),
                ],
            )
        ),
    ),
    ("thigh_front", lambda: below(INGUINAL) & band(70.0, 115.8)),
    ("kneecap", lambda: ellipse(8.9, 119.6, 2.7, 3.1)),
    ("knee", lambda: band(115.8, 124.6)),
    ("shin", lambda: Polygon(SHIN_CREST)),
    ("shin_muscle", lambda: band(124.6, 158.2)),
    ("ankle", lambda: band(158.2, 162.9)),
    ("foot_top", lambda: band(162.9, 200)),
]


OVERLAYS = [
    ("armpit", lambda: ellipse(15.3, 38.9, 2.0, 2.9)),
    ("inner_elbow", lambda: ellipse(21.2, 63.6, 2.0, 2.4)),
]
MIDLINE_KINDS = {
    "forehead",
    "scalp",
    "face",
    "throat",
    "breastbone",
    "xiphoid",
    "private_area",
    "belly",
}
REGION = {  # quiz regions
    "eye": "head_neck",
    "forehead": "head_neck",
    "temple": "head_neck",
    "jaw": "head_neck",
    "scalp": "head_neck",
    "face": "head_neck",
    "throat": "head_neck",
    "neck_side": "head_neck",
    "supraclavicular": "head_neck",
    "shoulder_top": "head_neck",
    "collarbone": "chest_belly",
    "breastbone": "chest_belly",
    "xiphoid": "chest_belly",
    "chest": "chest_belly",
    "breast": "chest_belly",
    "ribs_front": "chest_belly",
    "armpit": "chest_belly",
    "belly": "chest_belly",
    "hip_bone": "chest_belly",
    "groin": "chest_belly",
    "private_area": "chest_belly",
    "deltoid": "limbs",
    "biceps": "limbs",
    "inner_upper_arm": "limbs",
    "inner_elbow": "limbs",
    "forearm": "limbs",
    "wrist_front": "limbs",
    "hand": "limbs",
    "inner_thigh": "limbs",
    "thigh_front": "limbs",
    "kneecap": "limbs",
    "knee": "limbs",
    "shin": "limbs",
    "shin_muscle": "limbs",
    "ankle": "limbs",
    "foot_top": "limbs",
}


# --- anatomy layers ----------------------------------------------------------
# the lower ribs seen from the front, each from the edge of the breastbone
# out and round the side of the chest: (y at the breastbone, sag, y at the side)
RIBS = [
    (33.6, 1.2, 33.0),
    (36.6, 1.5, 36.6),
    (39.6, 1.8, 40.0),
    (42.6, 2.0, 43.6),
    (45.6, 2.4, 47.4),
]


def _rib(y0: float, sag: float, y1: float) -> list[tuple[float, float]]:
    return smooth_line([(1.9, y0), (5.0, y0 + 0.6 * sag), (9.5, y0 + sag), (13.6, y1)], step=0.8)


# (id, layer, kind, side, shape on the drawn half): "pair" structures come in
# a left and a right copy, "none" ones sit on the midline (mirrored) and
# "canvas" ones are drawn as they are, in dx from the midline with the
# person's left positive (a single organ off the midline)
STRUCTURES = [
    # bones
    ("collarbone", "bones", "bone", "pair", lambda: LineString(CLAVICLE).buffer(0.55, quad_segs=8)),
    (
        "breastbone",
        "bones",
        "bone",
        "none",
        lambda: Polygon(
            [(0, 30.9), (2.3, 31.0), (2.4, 33.4), (1.6, 35.0), (1.9, 45.0), (1.4, 49.3), (0, 49.4)]
        ),
    ),
    (
        "xiphoid_process",
        "bones",
        "bone",
        "none",
        lambda: Polygon([(0, 49.3), (1.1, 49.4), (0.9, 51.5), (0.3, 53.0), (0, 53.2)]),
    ),
    ("ribs", "bones", "bone", "pair", lambda: [*(_rib(*r) for r in RIBS), COSTAL[:6]]),
    (
        "pelvis",
        "bones",
        "bone",
        "pair",
        lambda: shapely.MultiPolygon(
            [
                Polygon(
                    [
                        (4.5, 74.5),
                        (8.0, 70.6),
                        (12.0, 69.4),
                        (14.5, 70.3),
                        (14.6, 73.5),
                        (12.5, 76.6),
                        (11.6, 79.4),
                        (10.0, 80.4),
                        (7.4, 79.6),
                        (5.2, 77.6),
                    ]
                ),
                Polygon(
                    [
                        (0.4, 83.6),
                        (4.5, 82.7),
                        (9.6, 81.4),
                        (10.6, 83.0),
                        (5.2, 85.3),
                        (3.3, 87.4),
                        (0.4, 87.4),
                    ]
                ),
            ]
        ),
    ),
    ("kneecap", "bones", "bone", "pair", lambda: ellipse(8.9, 119.6, 2.2, 2.6)),
    (
        "tibia",
        "bones",
        "bone",
        "pair",
        lambda: Polygon(
            [
                (4.2, 123.6),
                (10.6, 123.2),
                (11.0, 125.4),
                (9.5, 128.0),
                (9.1, 140.0),
                (8.6, 150.0),
                (8.5, 158.0),
                (9.3, 160.3),
                (6.6, 160.8),
                (6.6, 158.0),
                (5.9, 150.0),
                (4.9, 140.0),
                (4.2, 130.0),
            ]
        ),
    ),
    # organs
    (
        "liver",
        "organs",
        "organ",
        "canvas",
        lambda: Polygon(
            [
                (-13.0, 47.2),
                (-8.0, 44.6),
                (-2.0, 45.6),
                (3.0, 46.6),
                (6.4, 48.6),
                (5.4, 51.6),
                (2.0, 53.9),
                (-3.0, 55.6),
                (-8.0, 57.8),
                (-12.0, 60.0),
                (-13.0, 56.0),
            ]
        ),
    ),
    # nerves and vessels
    (
        "carotid_artery",
        "nerves",
        "artery",
        "pair",
        lambda: smooth_line([(2.4, 30.8), (3.0, 28.0), (3.5, 25.2), (4.0, 22.0), (4.6, 19.6)]),
    ),
    (
        "aorta",
        "nerves",
        "artery",
        "canvas",
        lambda: [(0.8, 50.0), (0.9, 60.0), (0.7, 69.6), (0.4, 70.6)],
    ),
    (
        "femoral_vessels",
        "nerves",
        "bundle",
        "pair",
        lambda: smooth_line([(6.1, 80.4), (7.2, 83.4), (7.6, 92.0), (6.6, 104.0), (5.6, 112.0)]),
    ),
    (
        "brachial_bundle",
        "nerves",
        "bundle",
        "pair",
        lambda: smooth_line(
            [(16.0, 40.6), (16.9, 44.0), (17.7, 48.0), (18.6, 55.0), (20.2, 61.0), (21.1, 63.4)]
        ),
    ),
    # muscles
    (
        "pectoralis_major",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (2.2, 32.6),
                (6.0, 33.0),
                (11.5, 32.7),
                (15.0, 33.6),
                (17.2, 35.6),
                (18.4, 37.6),
                (17.6, 39.0),
                (15.0, 39.6),
                (14.6, 41.6),
                (12.5, 44.2),
                (9.0, 45.6),
                (6.0, 46.2),
                (2.1, 45.6),
            ]
        ),
    ),
    (
        "deltoid",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (16.0, 30.9),
                (18.5, 29.6),
                (20.6, 29.9),
                (21.7, 32.0),
                (22.2, 36.0),
                (21.9, 41.0),
                (20.6, 45.0),
                (19.4, 42.0),
                (18.4, 38.6),
                (16.8, 35.4),
            ]
        ),
    ),
    (
        "biceps",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (18.2, 43.6),
                (20.0, 43.2),
                (21.8, 46.6),
                (22.4, 52.0),
                (22.4, 57.0),
                (21.6, 61.5),
                (20.8, 63.0),
                (19.6, 61.5),
                (18.9, 56.0),
                (18.4, 50.0),
            ]
        ),
    ),
    (
        "abdominal_wall",
        "muscles",
        "muscle",
        "none",
        lambda: Polygon(
            [
                (0, 53.6),
                (1.7, 50.2),
                (6.4, 49.8),
                (7.1, 56.0),
                (6.0, 68.0),
                (4.4, 78.0),
                (2.4, 83.2),
                (0, 83.5),
            ]
        ),
    ),
    (
        "quadriceps",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (12.0, 79.6),
                (14.8, 81.0),
                (16.5, 88.0),
                (16.1, 97.0),
                (15.1, 106.0),
                (14.1, 112.0),
                (11.5, 116.4),
                (8.9, 116.6),
                (6.4, 115.5),
                (5.4, 110.0),
                (5.4, 104.0),
                (6.6, 97.0),
                (8.8, 90.0),
                (10.8, 84.0),
            ]
        ),
    ),
    (
        "tibialis_anterior",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (9.7, 125.6),
                (12.5, 125.6),
                (13.7, 129.0),
                (13.8, 135.0),
                (12.9, 143.0),
                (11.4, 150.0),
                (9.8, 156.0),
                (9.0, 158.0),
                (8.95, 150.0),
                (9.15, 140.0),
                (9.3, 130.0),
            ]
        ),
    ),
    (
        "masseter",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (4.2, 15.0),
                (6.4, 14.6),
                (6.6, 16.5),
                (5.8, 18.4),
                (5.2, 19.5),
                (4.3, 19.0),
                (4.0, 17.0),
            ]
        ),
    ),
    (
        "temporalis",
        "muscles",
        "muscle",
        "pair",
        lambda: Polygon(
            [
                (5.4, 6.0),
                (6.5, 5.2),
                (7.15, 7.2),
                (7.3, 9.0),
                (7.3, 11.5),
                (6.5, 12.0),
                (5.6, 10.5),
                (5.2, 8.0),
            ]
        ),
    ),
]


def _structures(body, texts):
    """(id, name, layer, kind, side, geometry on the canvas, note) of every structure."""
    for sid, key, layer, kind, side, geom in lay_structures(
        STRUCTURES, body, DRAWN_SIDE, MID, clip=False
    ):
        name = texts[key]["name"]
        if side != "none":
            name = f"{side.title()} {name[0].lower()}{name[1:]}"
        yield sid, name, layer, kind, side, geom, texts[key]["note"]


def build():
    body = outline(HALF_OUTLINE, MID)
    texts = load_texts(TEXTS)
    zones = cut_zones(body, BASE_ZONES, OVERLAYS, MIDLINE_KINDS, DRAWN_SIDE, MID)
    check_texts(zones, texts, TEXTS)
    return body, zones, texts


def _lines():
    # the collarbone itself, and the fold of the groin from the pubic bone up
    # to the front hip bone
    drawn = {"collarbone": CLAVICLE, "groin_fold": INGUINAL[1:6]}
    return {
        f"{name}_{side}": side_line(pts, side, DRAWN_SIDE, MID)
        for side in SIDES
        for name, pts in drawn.items()
    }


# Surface cues drawn on the skin (drawn-half offsets; SURFACE_MID curves start
# on the midline and are mirrored across it): the creases of the inner elbow
# and the wrist, the hairline above the forehead, the dip above the breastbone,
# the groove down the middle of the belly and the navel
SURFACE = {
    "elbow_crease": [(19.9, 63.35), (21.2, 63.75), (22.5, 63.35)],
    "wrist_crease": [(22.1, 86.15), (23.45, 86.4), (24.8, 86.15)],
}
SURFACE_MID = {
    "hairline": [(0.0, 4.6), (2.5, 4.9), (4.6, 5.8), (6.0, 7.2), (6.6, 8.6)],
    "jugular_dip": [(0.0, 30.75), (0.8, 30.6), (1.5, 30.15)],
    "belly_midline": [(0.0, 53.5), (0.0, 66.6)],
    "navel": [(0.0, 68.45), (0.45, 68.3), (0.6, 67.9)],
}


def _surface():
    out = {}
    for name, pts in SURFACE.items():
        for side in SIDES:
            out[f"{name}_{side}"] = side_line(pts, side, DRAWN_SIDE, MID, step=0.4)
    for name, pts in SURFACE_MID.items():
        out[name] = midline_line(pts, MID, step=0.4)
    return out


HEADER = [
    "Front view of the reference body.",
    "Drawn by docs/drawing/draw_front.py; the program reads only this file.",
    "Format: docs/zone-format.md.  Units: cm, y downward.  Seen from the",
    "front, the person's left is on the viewer's right.",
]
REGIONS = {
    "head_neck": "Head and neck",
    "chest_belly": "Chest and belly",
    "limbs": "Arms and legs",
}


def write(body, zones, texts) -> str:
    out = header_lines(
        HEADER, "front", "Front view", (WIDTH, HEIGHT), MID, ["person_left: viewer_right"]
    )
    out += mapping_lines("regions", REGIONS)
    out += outline_lines(body)
    out += landmark_lines(landmarks(MIDLINE_LANDMARKS, SIDE_LANDMARKS, DRAWN_SIDE, MID))
    out += point_list_lines("lines", _lines())
    out += mapping_lines("layers", LAYERS)
    out += structure_lines(_structures(body, texts["structures"]))
    out += zone_lines(zones, texts, REGION)
    out += point_list_lines("surface", _surface())
    return "\n".join(out) + "\n"


def render() -> str:
    """The text of zones/front.yaml, as this script draws it."""
    return write(*build())


def main() -> None:
    body, zones, texts = build()
    save(OUT, ROOT, write(body, zones, texts), body, zones)


if __name__ == "__main__":
    main()
