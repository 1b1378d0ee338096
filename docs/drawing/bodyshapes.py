"""What the drawing scripts share: shapes, cutting and writing.

A view is drawn as offsets from the midline for one half of the body (dx >= 0,
the viewer's right) and mirrored for the other half; which of the person's
sides that half is (``drawn_side``) is the view's to say.  This module smooths
outlines and lines, cuts simple region shapes, places them on either side,
cuts the zones so that the base ones tile the body, lays the anatomy
structures, and writes a zone file at the precision the zone files use.  It
knows nothing about any one view: each script keeps its own body's outline,
landmarks, shapes, zones and texts.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import yaml
from shapely.geometry import LineString, Polygon, box
from shapely.ops import polylabel

GRID = 0.01  # written precision, cm
STEP = 0.35  # spacing of outline vertices along the curve, cm
SLIVER = 0.05  # cm²: pieces left by the cutting below this are dropped
# the anatomy layers of every view, id -> the name the program shows
LAYERS = {
    "bones": "Bones",
    "organs": "Organs",
    "nerves": "Nerves and vessels",
    "muscles": "Muscles",
}


# --- region shapes on the drawn half (dx >= 0) --------------------------------
def band(y0: float, y1: float) -> Polygon:
    """Everything between two heights, from the midline out."""
    return box(-0.001, y0, 40.0, y1)


def below(line, y_bottom: float = 200.0) -> Polygon:
    """Everything under a line that runs from the midline outward."""
    return Polygon([*line, (line[-1][0], y_bottom), (line[0][0], y_bottom)])


def above(line, y_top: float = -10.0) -> Polygon:
    """Everything over a line that runs from the midline outward."""
    return Polygon([(line[0][0], y_top), (line[-1][0], y_top), *reversed(line)])


def between(upper, lower) -> Polygon:
    return Polygon([*upper, *reversed(lower)])


def ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 48, turn: float = 0.0) -> Polygon:
    """An ellipse of ``n`` vertices, its ``rx`` axis turned ``turn`` radians
    from the x axis."""
    c, s = math.cos(turn), math.sin(turn)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + c * x - s * y, cy + s * x + c * y))
    return Polygon(pts)


def rounded(shape, radius: float):
    """The shape with its corners rounded off."""
    return shape.buffer(-radius, quad_segs=12).buffer(radius, quad_segs=12)


# --- smoothing ---------------------------------------------------------------
def catmull_rom(points, closed: bool, step: float = STEP):
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


def smooth_line(points, step: float = 0.8):
    """The points of a smooth open curve through ``points``."""
    return catmull_rom(points, closed=False, step=step)


def smooth_closed(points, step: float = STEP, tension: bool = False):
    """The points of a smooth closed curve through ``points``; with
    ``tension`` the corners stay pointed (a diamond), only the sides bow a
    little."""
    if not tension:
        return catmull_rom(points, closed=True, step=step)
    ring = []
    n = len(points)
    for i in range(n):
        a, b = points[i], points[(i + 1) % n]
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        cx, cy = sum(p[0] for p in points) / n, sum(p[1] for p in points) / n
        bow = (mx + 0.12 * (mx - cx), my + 0.12 * (my - cy))
        ring.extend(catmull_rom([a, bow, b], closed=False, step=step)[:-1])
    return ring


def smooth_polygon(points, step: float = 0.6) -> Polygon:
    """A shape bounded by a smooth closed curve through ``points``."""
    return Polygon(catmull_rom(points, closed=True, step=step))


def smooth_linestring(points, step: float = 0.6) -> LineString:
    """A smooth open curve through ``points``, as a line."""
    return LineString(catmull_rom(points, closed=False, step=step))


def mirror_half(points) -> list[tuple[float, float]]:
    """The whole of a midline shape from its drawn half (dx >= 0), which runs
    from the top down, both ends on the midline."""
    return [*points, *((-x, y) for x, y in reversed(points[1:-1]))]


def outline(half, mid: float) -> Polygon:
    """The whole body from the control points of one half (dx, y[, "!"]),
    mirrored, smoothed between the corners marked "!".  The half runs from
    the top of the head round to the crotch."""
    drawn = [(p[0], p[1], len(p) > 2) for p in half]
    # the mirrored half runs back up from the crotch to the top of the head
    mirrored = [(-dx, y, corner) for dx, y, corner in reversed(drawn[1:-1])]
    loop = drawn + mirrored  # starts at the top of the head, ends next to it
    corners = [i for i, p in enumerate(loop) if p[2]]
    ring: list[tuple[float, float]] = []
    # smooth each run between consecutive corners as an open curve
    for a, b in zip(corners, [*corners[1:], corners[0] + len(loop)], strict=True):
        run = [loop[i % len(loop)][:2] for i in range(a, b + 1)]
        ring.extend(catmull_rom(run, closed=False)[:-1])
    return Polygon([(mid + x, y) for x, y in ring])


def place(shape, half: str, mid: float):
    """Put a shape drawn on the viewer's right (dx >= 0) on the canvas:
    ``half`` 'right' keeps it there, 'left' mirrors it to the viewer's left,
    'both' keeps it and its mirror image (a midline zone)."""
    if half == "left":
        shape = shapely.transform(shape, lambda c: c * [-1, 1])
        keep = box(-100, -100, 0, 300)
    elif half == "right":
        keep = box(0, -100, 100, 300)
    else:
        mirrored = shapely.transform(shape, lambda c: c * [-1, 1])
        shape = shape | mirrored
        keep = box(-100, -100, 100, 300)
    shape = shape & keep
    return shapely.transform(shape, lambda c: c + np.array([mid, 0.0]))


def place_side(shape, side: str, drawn_side: str, mid: float):
    """A drawn-half shape on the canvas for the person's ``side``: 'left' or
    'right' (the drawn half is the person's ``drawn_side``), or 'none' for a
    midline zone, the drawn half and its mirror image."""
    if side == "none":
        return place(shape, "both", mid)
    return place(shape, "right" if side == drawn_side else "left", mid)


def clean(geom, what: str = "a zone"):
    """Snap to the written precision and drop slivers left by the cutting;
    ``what`` names the zone if nothing is left of it."""
    geom = shapely.set_precision(geom, GRID)
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > SLIVER]
    parts = [
        Polygon(p.exterior.coords)
        if p.interiors and all(Polygon(r).area < SLIVER for r in p.interiors)
        else p
        for p in parts
    ]
    if not parts:
        raise SystemExit(f"{what} came out empty")
    return shapely.union_all(parts)


# --- landmarks and lines on both halves ---------------------------------------
SIDES = ("left", "right")


def _sign(side: str, drawn_side: str) -> int:
    """+1 for the drawn half (the viewer's right), -1 for its mirror image."""
    return 1 if side == drawn_side else -1


def landmarks(midline: dict, paired: dict, drawn_side: str, mid: float) -> dict:
    """Named points on the canvas: ``midline`` maps a name to its y on the
    midline, ``paired`` to (dx, y) on the drawn half; a pair is written
    ``name_left`` and ``name_right``."""
    out = {name: [mid, y] for name, y in midline.items()}
    for name, (dx, y) in paired.items():
        for side in SIDES:
            out[f"{name}_{side}"] = [round(mid + _sign(side, drawn_side) * dx, 2), y]
    return out


def side_line(points, side: str, drawn_side: str, mid: float, step: float = 0.8):
    """A smooth line drawn on the drawn half, on the canvas for ``side``."""
    sign = _sign(side, drawn_side)
    return [[round(mid + sign * x, 2), round(y, 2)] for x, y in smooth_line(points, step)]


def midline_line(half, mid: float, step: float = 0.8):
    """A smooth line across the midline from its drawn half, which starts on
    the midline; written from the viewer's left to right.  A straight run
    down the midline (both ends on it) is kept as it is."""
    if half[0][0] == half[-1][0]:
        return [[mid + x, y] for x, y in half]
    whole = [(-x, y) for x, y in reversed(half[1:])] + list(half)
    return [[round(mid + x, 2), round(y, 2)] for x, y in smooth_line(whole, step)]


# --- cutting the zones and laying the structures ---------------------------------
def _make(make, side: str):
    """Build a shape: ``make`` is a builder, or a dict of one builder per side
    (where the two sides differ, as the kidneys do)."""
    return make[side]() if isinstance(make, dict) else make()


def cut_zones(body, base_zones, overlays, midline_kinds, drawn_side: str, mid: float):
    """The zones, (kind, side, geometry on the canvas, layer) each.

    Every base zone (layer 0) is its region shape, placed on its side (or on
    both halves for the ``midline_kinds``), clipped to the ``body`` outline,
    minus every base zone before it, so the base zones tile the body; each
    overlay (layer 1) is laid on top, on both sides."""
    zones = []
    taken = Polygon()
    for kind, make in base_zones:
        for side in ["none"] if kind in midline_kinds else SIDES:
            shape = place_side(_make(make, side), side, drawn_side, mid)
            geom = clean(
                (shape & body) - taken,
                f"zone {kind} ({side}), cut by the outline and the zones before it,",
            )
            taken = taken | geom
            zones.append((kind, side, geom, 0))
    gap = body - taken
    if gap.area > body.area * 0.001:
        raise SystemExit(f"the base zones leave {gap.area:.3f} cm² uncovered")
    for kind, make in overlays:
        for side in SIDES:
            shape = place_side(_make(make, side), side, drawn_side, mid)
            zones.append(
                (kind, side, clean(shape & body, f"zone {kind} ({side}), cut by the outline,"), 1)
            )
    return zones


def check_texts(zones, texts: dict, path) -> None:
    """Stop unless every zone kind has its texts in ``path`` and every text
    there (but the structures') a zone."""
    missing = (set(texts) - {"structures"}) ^ {kind for kind, _s, _g, _l in zones}
    if missing:
        raise SystemExit(f"{path.name}: zones and texts do not match: {sorted(missing)}")


def lay_structures(entries, body, drawn_side: str, mid: float, clip: bool):
    """The structures on the canvas, (id, key, layer, kind, side, geometry)
    each, from entries (key, layer, kind, where, make): ``where`` "pair" for a
    left and a right copy of a drawn-half shape, "none" for a midline one
    (the drawn half and its mirror image), "canvas" for one drawn whole, in
    offsets from the midline.  ``make`` gives a shape, a list of points (a
    line) or a list of such lists (several).  With ``clip`` the shapes are
    cut to the outline; without, one reaching out of it stops the drawing."""
    out = []
    for key, layer, kind, where, make in entries:
        sides = SIDES if where == "pair" else ("none",)
        for side in sides:
            shape = _make(make, side)
            if isinstance(shape, list):  # a line, or several
                lines = shape if isinstance(shape[0], list) else [shape]
                shape = shapely.MultiLineString(lines) if len(lines) > 1 else LineString(lines[0])
            if where == "canvas":
                geom = shapely.transform(shape, lambda c: c + np.array([mid, 0.0]))
            else:
                geom = place_side(shape, side, drawn_side, mid)
            polygonal = geom.geom_type in ("Polygon", "MultiPolygon")
            if clip and polygonal:
                geom = geom & body
            geom = shapely.set_precision(geom, GRID)
            if not clip and polygonal and not body.covers(geom):
                outside = (geom - body).area
                if outside > 0.05:
                    raise SystemExit(f"{key}: {outside:.2f} cm² outside the outline")
            sid = key if side == "none" else f"{key}_{side}"
            out.append((sid, key, layer, kind, side, geom))
    return out


# --- the text files --------------------------------------------------------------
def load_texts(path) -> dict:
    """The zone and structure texts of a view, from the YAML file beside its script."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def save(path, root, text: str, body, zones) -> None:
    """Write a zone file and say what went into it."""
    path.write_text(text, encoding="utf-8")
    total = sum(g.area for _k, _s, g, layer in zones if layer == 0)
    print(
        f"wrote {path.relative_to(root)}: {len(zones)} zones, outline "
        f"{len(body.exterior.coords)} vertices, body {body.area:.0f} cm², "
        f"base zones {total:.0f} cm²"
    )


# --- writing -------------------------------------------------------------------
def fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def wkt(geom) -> str:
    return shapely.to_wkt(geom, rounding_precision=2, trim=True)


def wrap(text: str, width: int = 96) -> str:
    words, lines, line = text.split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n".join(lines)


def yaml_str(s: str) -> str:
    dumped = yaml.safe_dump(s, default_style=None, width=10_000).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()


def points_line(pts) -> list[str]:
    """A list of points as wrapped YAML flow lines."""
    flat = ", ".join(f"[{fmt(x)}, {fmt(y)}]" for x, y in pts)
    return wrap("[" + flat + "]").splitlines()


def folded(text: str, indent: str, width: int = 96) -> list[str]:
    """A long text as indented lines of at most about ``width`` characters."""
    return [indent + ln for ln in wrap(text, width).splitlines()]


def _prose(text: str, indent: str) -> list[str]:
    """A text from the texts file (any line breaks in it undone), folded."""
    return folded(" ".join(text.split()), indent, 88)


def header_lines(comment: list[str], view: str, title: str, size, mid: float, extra=()):
    """The head of a zone file: the comment lines, the format, the view, its
    title, canvas size (width, height) and midline, then ``extra`` lines."""
    width, height = size
    return [
        *(f"# {line}".rstrip() for line in comment),
        "format: 1",
        f"view: {view}",
        f"title: {title}",
        f"canvas: {{width: {fmt(width)}, height: {fmt(height)}}}",
        f"midline: {fmt(mid)}",
        *extra,
    ]


def mapping_lines(key: str, names: dict) -> list[str]:
    """A mapping of ids to display names (regions, layers)."""
    return [f"{key}:", *(f"  {k}: {v}" for k, v in names.items())]


def outline_lines(body) -> list[str]:
    return ["outline:", "  wkt: >-", *folded(wkt(shapely.set_precision(body, GRID)), "    ")]


def landmark_lines(points: dict) -> list[str]:
    return ["landmarks:", *(f"  {name}: [{fmt(x)}, {fmt(y)}]" for name, (x, y) in points.items())]


def point_list_lines(key: str, lines: dict) -> list[str]:
    """Named lists of points (lines, surface cues)."""
    out = [f"{key}:"]
    for name, pts in lines.items():
        out.append(f"  {name}:")
        out += ["    " + ln for ln in points_line(pts)]
    return out


def structure_lines(structures) -> list[str]:
    """The ``structures`` list from (id, name, layer, kind, side, geometry on
    the canvas, note) of each structure."""
    out = ["structures:"]
    for sid, name, layer, kind, side, geom, note in structures:
        out.append(f"  - id: {sid}")
        out.append(f"    name: {yaml_str(name)}")
        out.append(f"    layer: {layer}")
        out.append(f"    kind: {kind}")
        out.append(f"    side: {side}")
        out.append("    note: >-")
        out += _prose(note, "      ")
        out.append("    geometry:")
        if geom.geom_type == "LineString":
            out.append("      line:")
            out += ["        " + ln for ln in points_line(geom.coords)]
        elif geom.geom_type == "MultiLineString":
            out.append("      lines:")
            for part in geom.geoms:
                first, *rest = points_line(part.coords)
                out += ["        - " + first] + ["          " + ln for ln in rest]
        else:
            out.append("      wkt: >-")
            out += folded(wkt(geom), "        ")
    return out


def zone_lines(zones, texts: dict, region: dict) -> list[str]:
    """The ``zones`` list from (kind, side, geometry on the canvas, layer) of
    each zone, its texts from ``texts[kind]`` and quiz region ``region[kind]``."""
    out = ["zones:"]
    for kind, side, geom, layer in zones:
        # label where the zone is visible: not under a spot on a higher layer
        over = shapely.union_all([g for _k, _s, g, lay in zones if lay > layer])
        visible = geom - over if not over.is_empty else geom
        t = texts[kind]
        zid = kind if side == "none" else f"{kind}_{side}"
        label = polylabel(max(shapely.get_parts(visible), key=lambda p: p.area), tolerance=0.05)
        out.append(f"  - id: {zid}")
        out.append(f"    name: {yaml_str(t['name'])}")
        if t.get("aliases"):
            out.append(f"    aliases: [{', '.join(yaml_str(a) for a in t['aliases'])}]")
        out.append(f"    side: {side}")
        out.append(f"    safety: {t['safety']}")
        out.append(f"    region: {region[kind]}")
        if layer:
            out.append(f"    layer: {layer}")
        out.append("    why: >-")
        out += _prose(t["why"], "      ")
        out.append(f"    techniques: [{', '.join(t.get('techniques') or [])}]")
        warnings = t.get("warnings") or []
        if warnings:
            out.append("    warnings:")
            for w in warnings:
                out.append("      - " + yaml_str(" ".join(w.split())))
        else:
            out.append("    warnings: []")
        out.append(f"    label_at: [{fmt(label.x)}, {fmt(label.y)}]")
        out.append("    geometry:")
        out.append("      wkt: >-")
        out += folded(wkt(geom), "        ")
    return out
