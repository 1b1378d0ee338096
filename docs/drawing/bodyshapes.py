"""Shapes and writing helpers the drawing scripts share.

A view is drawn as offsets from the midline for one half of the body (dx >= 0,
the viewer's right) and mirrored for the other half.  This module smooths
outlines, cuts simple region shapes and writes geometry at the precision the
zone files use; it knows nothing about any one view.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import yaml
from shapely.geometry import LineString, Polygon, box

GRID = 0.01  # written precision, cm
STEP = 0.35  # spacing of outline vertices along the curve, cm
SLIVER = 0.05  # cm²: pieces left by the cutting below this are dropped


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


def clean(geom):
    """Snap to the written precision and drop slivers left by the cutting."""
    geom = shapely.set_precision(geom, GRID)
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > SLIVER]
    parts = [
        Polygon(p.exterior.coords)
        if p.interiors and all(Polygon(r).area < SLIVER for r in p.interiors)
        else p
        for p in parts
    ]
    if not parts:
        raise SystemExit("a zone came out empty")
    return shapely.union_all(parts)


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
