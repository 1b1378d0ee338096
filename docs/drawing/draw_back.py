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
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import shapely
import yaml
from shapely.geometry import LineString, Polygon, box
from shapely.ops import polylabel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "zones" / "back.yaml"

WIDTH, HEIGHT = 70.0, 172.0
MID = 35.0
GRID = 0.01  # written precision, cm
STEP = 0.35  # spacing of outline vertices along the curve, cm

# --- the outline -----------------------------------------------------------
# Control points (dx, y) of the right half, from the top of the head down the
# outside of the arm, back up its inside to the armpit, down the trunk and the
# outside of the leg, and up the inside of the leg to the crotch.  A "!" marks
# a corner that the smoothing must keep sharp.
RIGHT_OUTLINE: list[tuple[float, float] | tuple[float, float, str]] = [
    (0.0, 0.0),
    (3.9, 0.8),
    (6.3, 3.1),
    (7.35, 6.4),
    # ear
    (7.5, 7.9),
    (8.05, 8.7),
    (8.3, 10.5),
    (8.05, 12.5),
    (7.4, 14.0),
    # lower head, jaw line seen from behind, neck
    (6.9, 15.8),
    (6.3, 17.4),
    (5.7, 19.0),
    (5.45, 20.6),
    (5.5, 22.0),
    (5.9, 23.2),
    # trapezius slope to the shoulder
    (7.2, 24.4),
    (9.6, 25.5),
    (12.6, 26.5),
    (15.6, 27.4),
    (18.0, 28.2),
    # shoulder cap (deltoid) and outer arm
    (20.2, 29.1),
    (21.7, 30.7),
    (22.5, 33.0),
    (22.75, 36.0),
    (22.7, 40.0),
    (22.95, 45.0),
    (23.35, 52.0),
    (23.85, 58.0),
    (24.2, 62.0),
    (24.4, 65.5),
    (24.8, 70.0),
    (25.35, 76.0),
    (25.8, 82.0),
    (25.75, 86.5),
    # hand
    (26.25, 90.0),
    (26.65, 95.0),
    (26.55, 99.5),
    (26.0, 103.0),
    (25.0, 105.2),
    (23.6, 105.6),
    (22.4, 104.8),
    (21.6, 102.5),
    (21.15, 99.0),
    (20.85, 96.0),
    (20.9, 92.5),
    (20.75, 90.3),
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
    # side of the trunk, waist, hip
    (14.9, 43.0),
    (14.4, 47.5),
    (13.8, 52.5),
    (13.45, 57.0),
    (13.6, 61.0),
    (14.3, 65.0),
    (15.55, 69.5),
    (16.85, 74.0),
    (17.55, 78.0),
    (17.85, 81.5),
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
    (12.2, 154.0),
    (11.45, 159.5),
    (11.6, 163.0),
    # heel and sole
    (12.35, 166.5),
    (12.6, 168.9),
    (11.6, 169.9),
    (8.8, 170.2),
    (6.0, 169.9),
    (4.95, 168.9),
    (5.05, 166.5),
    (5.75, 163.0),
    # inner leg up to the crotch
    (6.1, 159.5),
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

# Landmarks: name -> (dx, y) for the right side; names without a side sit on
# the midline.  They follow DOMAIN.md section 2 and sit just inside the zone
# they belong to, never on a border.
MIDLINE_LANDMARKS = {
    "inion": 11.5,
    "C7": 26.0,
    "T3": 33.8,
    "T7": 44.2,
    "T12": 57.2,
    "L4": 70.8,
    "S2": 79.5,
}
SIDE_LANDMARKS = {
    "mastoid": (5.5, 16.5),
    "acromion": (19.5, 30.6),
    "scapula_superior_angle": (8.1, 32.6),
    "scapula_spine_root": (6.9, 34.5),
    "scapula_inferior_angle": (9.2, 45.0),
    "rib12_tip": (8.5, 64.5),
    "iliac_crest": (14.5, 69.5),
    "psis": (4.5, 79.0),
    "greater_trochanter": (17.0, 80.0),
    "ischial_tuberosity": (6.5, 87.0),
    "olecranon": (21.5, 63.5),
    "wrist": (23.5, 87.0),
    "popliteal": (9.0, 121.5),
    "heel": (8.8, 168.0),
    # between the spine and the shoulder blade, 2.5-5 cm below the top of
    # the trapezius, near the superior angle
    "pressure_point": (5.4, 29.6),
}

# --- region shapes (right side, dx >= 0) -----------------------------------
SCAPULA = [
    (7.8, 32.15),
    (10.5, 31.9),
    (13.5, 31.45),
    (16.5, 30.75),
    (18.9, 30.0),
    (20.2, 30.25),
    (20.45, 31.2),
    (19.4, 32.6),
    (18.1, 34.0),
    (17.3, 36.0),
    (16.0, 38.6),
    (13.9, 41.6),
    (11.5, 44.1),
    (9.6, 45.75),
    (8.6, 45.6),
    (7.5, 43.6),
    (6.55, 40.5),
    (6.2, 37.5),
    (6.25, 35.5),
    (6.6, 34.0),
    (7.1, 32.9),
]
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
NECK_INNER = 4.0  # neck muscles lie between the spine strip and this offset


def _poly(points):
    return Polygon(points)


def _band(y0: float, y1: float) -> Polygon:
    return box(-0.001, y0, 40.0, y1)


def _below(line, y_bottom: float = 200.0) -> Polygon:
    return Polygon([*line, (line[-1][0], y_bottom), (line[0][0], y_bottom)])


def _above(line, y_top: float = -10.0) -> Polygon:
    return Polygon([(line[0][0], y_top), (line[-1][0], y_top), *reversed(line)])


def _between(upper, lower) -> Polygon:
    return Polygon([*upper, *reversed(lower)])


def _ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 48) -> Polygon:
    return Polygon(
        [
            (cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
            for i in range(n)
        ]
    )


# vertebra levels (y, cm): C7 at 26, thoracic 2.6 cm apart, lumbar 3.4 cm
T11 = 26.0 + 11 * 2.6
L3 = 26.0 + 12 * 2.6 + 3 * 3.4


def kidney(dy: float) -> Polygon:
    """Kidney area: the classic outline on the back, 2.5-9.5 cm from the
    midline from T11 down to L3, with a margin of about half a centimetre.  It reaches in to the
    spine strip: where it overlaps the muscle columns, the cautious answer wins.
    The lateral corners are rounded; the medial side lies under the spine."""
    shape = box(-5.0, T11 - 0.6 + dy, 9.9, L3 + 0.6 + dy)
    return shape.buffer(-1.5, quad_segs=12).buffer(1.5, quad_segs=12)


ARM_REGION = Polygon(ARM)
CREST_DOWN = _below(CREST)
ABOVE_CREST = _above(CREST)
# (kind, side-specific shape builder, layer); right-side shapes, dx >= 0
BASE_ZONES = [
    ("spine", lambda: LineString([(0, 13.0), (0, 85.5)]).buffer(1.75, quad_segs=12)),
    ("kidney", None),  # built per side: the right kidney sits lower
    ("scapula", lambda: Polygon(_smooth_closed(SCAPULA))),
    # the sacrum: the flat bone between the two dimples, down to the tailbone
    (
        "sacrum",
        lambda: _poly(
            [(0, 77.0), (3.2, 77.2), (3.9, 79.0), (3.4, 82.0), (2.2, 85.5), (0.9, 88.0), (0, 88.7)]
        ),
    ),
    # the band under the back of the skull, not out to the ears
    ("suboccipitals", lambda: box(-5.5, 11.0, 5.5, 14.5).buffer(-1.2).buffer(1.2)),
    ("scalp", lambda: _band(-10, 14.5)),
    ("neck_side", lambda: _poly([(NECK_INNER, 14.5), (10, 14.5), (10, 22.4), (NECK_INNER, 24.4)])),
    ("neck_muscles", lambda: _poly([(0, 14.5), (NECK_INNER, 14.5), (NECK_INNER, 24.4), (0, 25.6)])),
    ("deltoid", lambda: ARM_REGION & _band(-10, 44.0)),
    ("upper_arm", lambda: ARM_REGION & _band(44.0, 60.0)),
    ("elbow", lambda: ARM_REGION & _band(60.0, 67.0)),
    ("forearm", lambda: ARM_REGION & _band(67.0, 86.6)),
    ("hand", lambda: ARM_REGION & _band(86.6, 200)),
    (
        "upper_trapezius",
        lambda: _poly([(0, 20), (40, 20), (40, 33.0), (9.0, 33.0), (7.3, 28.6), (0, 28.4)]),
    ),
    (
        "massage_zone",
        lambda: _poly(
            [(0, 28.4), (7.3, 28.6), (9.0, 33.0), (9.0, 46.6), (7.4, 47.6), (7.3, 59.0), (0, 59.0)]
        ),
    ),
    # the two muscle columns, 2-6 cm beside the spine, down to the pelvis
    ("lower_back", lambda: _poly([(0, 59.0), (6.5, 59.0), (6.5, 77.6), (4.5, 79.7), (0, 79.4)])),
    ("ribs_flank", lambda: ABOVE_CREST),
    ("gluteal", lambda: _between(CREST, [*FOLD[:-2], (40.0, 86.5)]) | (CREST_DOWN & _above(FOLD))),
    ("hamstrings", lambda: _below(FOLD) & _band(80, 116.5)),
    ("knee", lambda: _band(116.5, 126.5)),
    ("calf", lambda: _band(126.5, 160.0)),
    ("foot", lambda: _band(160.0, 200)),
]
OVERLAYS = [
    ("behind_ear", lambda: _ellipse(6.3, 17.3, 1.5, 1.7)),
    ("armpit_fold", lambda: _ellipse(15.2, 39.2, 1.6, 2.6)),
    ("elbow_notch", lambda: _ellipse(19.9, 63.8, 1.0, 1.6)),
    ("sciatic_notch", lambda: _ellipse(6.0, 83.0, 2.0, 2.2)),
    ("knee_back", lambda: _ellipse(9.0, 121.5, 2.8, 3.4)),
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
    "sciatic_notch": "back",
    "scalp": "neck_shoulders",
    "suboccipitals": "neck_shoulders",
    "neck_side": "neck_shoulders",
    "neck_muscles": "neck_shoulders",
    "behind_ear": "neck_shoulders",
    "upper_trapezius": "neck_shoulders",
    "deltoid": "neck_shoulders",
    "armpit_fold": "neck_shoulders",
    "upper_arm": "limbs",
    "elbow": "limbs",
    "elbow_notch": "limbs",
    "forearm": "limbs",
    "hand": "limbs",
    "hamstrings": "limbs",
    "knee": "limbs",
    "knee_back": "limbs",
    "calf": "limbs",
    "foot": "limbs",
}


# --- smoothing -------------------------------------------------------------
def _catmull_rom(points, closed: bool, step: float = STEP):
    """Centripetal Catmull-Rom through ``points``, sampled about every ``step``."""
    pts = list(points)
    n = len(pts)
    if closed:
        ext = [pts[-1], *pts, pts[0], pts[1]]
    else:
        first = (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
        last = (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
        ext = [first, *pts, last]
    out = []
    segments = n if closed else n - 1
    for i in range(segments):
        p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]

        def tj(ti, a, b):
            return ti + max(math.dist(a, b), 1e-6) ** 0.5

        t0 = 0.0
        t1 = tj(t0, p0, p1)
        t2 = tj(t1, p1, p2)
        t3 = tj(t2, p2, p3)
        count = max(1, math.ceil(math.dist(p1, p2) / step))
        for k in range(count):
            t = t1 + (t2 - t1) * k / count
            a1 = _lerp(p0, p1, t0, t1, t)
            a2 = _lerp(p1, p2, t1, t2, t)
            a3 = _lerp(p2, p3, t2, t3, t)
            b1 = _lerp(a1, a2, t0, t2, t)
            b2 = _lerp(a2, a3, t1, t3, t)
            out.append(_lerp(b1, b2, t1, t2, t))
    if not closed:
        out.append(pts[-1])
    return out


def _lerp(a, b, ta, tb, t):
    if tb == ta:
        return a
    wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
    return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])


def _smooth_closed(points):
    return _catmull_rom(points, closed=True, step=STEP)


def outline() -> Polygon:
    """The whole body: the right half, mirrored, smoothed between corners."""
    right = [(p[0], p[1], len(p) > 2) for p in RIGHT_OUTLINE]
    # the left half runs back up from the crotch to the top of the head
    left = [(-dx, y, corner) for dx, y, corner in reversed(right[1:-1])]
    loop = right + left  # starts at the top of the head, ends next to it
    corners = [i for i, p in enumerate(loop) if p[2]]
    ring: list[tuple[float, float]] = []
    # smooth each run between consecutive corners as an open curve
    for a, b in zip(corners, [*corners[1:], corners[0] + len(loop)], strict=True):
        run = [loop[i % len(loop)][:2] for i in range(a, b + 1)]
        ring.extend(_catmull_rom(run, closed=False)[:-1])
    return Polygon([(MID + x, y) for x, y in ring])


def _side(shape, side: str):
    """Place a right-side shape (dx offsets) for ``side`` on the canvas."""
    if side == "left":
        shape = shapely.transform(shape, lambda c: c * [-1, 1])
        half = box(-100, -100, 0, 300)
    elif side == "right":
        half = box(0, -100, 100, 300)
    else:  # midline zone: mirror the right half onto the left
        mirrored = shapely.transform(shape, lambda c: c * [-1, 1])
        shape = shape | mirrored
        half = box(-100, -100, 100, 300)
    shape = shape & half
    return shapely.transform(shape, lambda c: c + np.array([MID, 0.0]))


def build():
    body = outline()
    texts = yaml.safe_load((HERE / "back_texts.yaml").read_text(encoding="utf-8"))
    zones = []  # (kind, side, geometry, layer)
    taken = Polygon()
    for kind, make in BASE_ZONES:
        for side in ["none"] if kind in MIDLINE_KINDS else ["left", "right"]:
            # the liver pushes the right kidney about 1.5 cm lower
            shape = kidney(1.5 if side == "right" else 0.0) if kind == "kidney" else make()
            geom = (_side(shape, side) & body) - taken
            geom = _clean(geom)
            taken = taken | geom
            zones.append((kind, side, geom, 0))
    gap = body - taken
    if gap.area > body.area * 0.001:
        raise SystemExit(f"the base zones leave {gap.area:.3f} cm² uncovered")
    for kind, make in OVERLAYS:
        for side in ("left", "right"):
            zones.append((kind, side, _clean(_side(make(), side) & body), 1))
    return body, zones, texts


def _clean(geom):
    """Snap to the written precision and drop slivers left by the cutting."""
    geom = shapely.set_precision(geom, GRID)
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > 0.05]
    parts = [
        Polygon(p.exterior.coords)
        if p.interiors and all(Polygon(r).area < 0.05 for r in p.interiors)
        else p
        for p in parts
    ]
    if not parts:
        raise SystemExit("a zone came out empty")
    merged = shapely.union_all(parts)
    return merged


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _wkt(geom) -> str:
    return shapely.to_wkt(geom, rounding_precision=2, trim=True)


def _landmarks():
    out = {}
    for name, y in MIDLINE_LANDMARKS.items():
        out[name] = [MID, y]
    for name, (dx, y) in SIDE_LANDMARKS.items():
        out[f"{name}_left"] = [round(MID - dx, 2), y]
        out[f"{name}_right"] = [round(MID + dx, 2), y]
    return out


def _lines(landmarks):
    lines = {}
    for side, sign in (("left", -1), ("right", 1)):
        # base of the skull, down the back of the neck, along the top of the
        # shoulder to its tip
        # it keeps to the neck muscles, clear of the side of the neck, and
        # stops where the shoulder blade's bony tip begins
        pts = [
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
        smooth = _catmull_rom(pts, closed=False, step=0.8)
        lines[f"upper_trapezius_ridge_{side}"] = [
            [round(MID + sign * x, 2), round(y, 2)] for x, y in smooth
        ]
    return lines


def _wrap(text: str, width: int = 96) -> str:
    words, lines, line = text.split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n".join(lines)


def write(body, zones, texts) -> str:
    landmarks = _landmarks()
    out = [
        "# Back view of the reference body.",
        "# Drawn by docs/drawing/draw_back.py; the program reads only this file.",
        "# Format: docs/zone-format.md.  Units: cm, y downward, the person's left",
        "# on the viewer's left.",
        "format: 1",
        "view: back",
        "title: Back view",
        f"canvas: {{width: {_fmt(WIDTH)}, height: {_fmt(HEIGHT)}}}",
        f"midline: {_fmt(MID)}",
        "regions:",
        "  back: Back",
        "  neck_shoulders: Neck and shoulders",
        "  limbs: Arms and legs",
        "outline:",
        "  wkt: >-",
    ]
    out += ["    " + ln for ln in _wrap(_wkt(shapely.set_precision(body, GRID))).splitlines()]
    out.append("landmarks:")
    for name, (x, y) in landmarks.items():
        out.append(f"  {name}: [{_fmt(x)}, {_fmt(y)}]")
    out.append("lines:")
    for name, pts in _lines(landmarks).items():
        out.append(f"  {name}:")
        flat = ", ".join(f"[{_fmt(x)}, {_fmt(y)}]" for x, y in pts)
        out += ["    " + ln for ln in _wrap("[" + flat + "]").splitlines()]
    out.append("zones:")
    for kind, side, geom, layer in zones:
        # label where the zone is visible: not under a spot on a higher layer
        above = shapely.union_all([g for _k, _s, g, lay in zones if lay > layer])
        visible = geom - above if not above.is_empty else geom
        t = texts[kind]
        zid = kind if side == "none" else f"{kind}_{side}"
        label = polylabel(max(shapely.get_parts(visible), key=lambda p: p.area), tolerance=0.05)
        out.append(f"  - id: {zid}")
        out.append(f"    name: {_yaml_str(t['name'])}")
        if t.get("aliases"):
            out.append(f"    aliases: [{', '.join(_yaml_str(a) for a in t['aliases'])}]")
        out.append(f"    side: {side}")
        out.append(f"    safety: {t['safety']}")
        out.append(f"    region: {REGION[kind]}")
        if layer:
            out.append(f"    layer: {layer}")
        out.append("    why: >-")
        out += ["      " + ln for ln in _wrap(" ".join(t["why"].split()), 88).splitlines()]
        out.append(f"    techniques: [{', '.join(t.get('techniques') or [])}]")
        warnings = t.get("warnings") or []
        if warnings:
            out.append("    warnings:")
            for w in warnings:
                out.append("      - " + _yaml_str(" ".join(w.split())))
        else:
            out.append("    warnings: []")
        out.append(f"    label_at: [{_fmt(label.x)}, {_fmt(label.y)}]")
        out.append("    geometry:")
        out.append("      wkt: >-")
        out += ["        " + ln for ln in _wrap(_wkt(geom)).splitlines()]
    return "\n".join(out) + "\n"


def _yaml_str(s: str) -> str:
    dumped = yaml.safe_dump(s, default_style=None, width=10_000).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()


def main() -> None:
    body, zones, texts = build()
    text = write(body, zones, texts)
    OUT.write_text(text, encoding="utf-8")
    total = sum(g.area for _k, _s, g, layer in zones if layer == 0)
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(zones)} zones, outline "
        f"{len(body.exterior.coords)} vertices, body {body.area:.0f} cm², "
        f"base zones {total:.0f} cm²"
    )


if __name__ == "__main__":
    main()
