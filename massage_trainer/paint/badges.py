"""Where the numbered badges of the printed sheet go, and how one looks.

``place_numbers`` finds a spot for each zone's number: inside the zone where a
badge fits, else beside the body with a leader line to the zone, without
overlaps and without crossing leaders where there is room.  ``paint_badges``
draws them; the renderer (``body.paint_body``) calls it when its options carry
numbers, and the sheet's key and table draw single badges with
``paint_number_badge``.  Coordinates are cm on the body and device units on
the page.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from massage_trainer.paint.typeset import INK

if TYPE_CHECKING:  # shapely and the zone loader are imported when first needed
    from shapely.geometry.base import BaseGeometry

    from massage_trainer.core.zones import ZoneSet

NUMBER_POINT_SIZE = 7.5  # pt, the numbers in the badges
MAX_PLACED = 300  # zones whose badges are placed with care; beyond, on their label points


@dataclass(frozen=True)
class NumberBadge:
    """Where one zone's number goes, in device coordinates.  ``anchor`` is the
    end of the leader line on the zone; None when the badge sits inside it."""

    zone_id: str
    number: int
    centre: QPointF
    anchor: QPointF | None = None


_visible: weakref.WeakKeyDictionary[ZoneSet, dict[str, object]] = weakref.WeakKeyDictionary()


def visible_parts(zone_set: ZoneSet) -> dict[str, BaseGeometry]:
    """Each zone minus the zones painted over it (higher layers), in cm: the
    part of the zone a reader actually sees."""
    import shapely

    parts = _visible.get(zone_set)
    if parts is None:
        parts = {}
        # what lies above each layer, built once per layer, not once per zone
        layers = sorted({z.layer for z in zone_set.zones})
        above: dict[int, BaseGeometry | None] = {}
        for layer in layers:
            higher = [z.geometry for z in zone_set.zones if z.layer > layer]
            above[layer] = shapely.union_all(higher) if higher else None
        for zone in zone_set.zones:
            geom = zone.geometry
            cover = above[zone.layer]
            if cover is not None:
                geom = shapely.difference(geom, cover)
            parts[zone.id] = geom
        _visible[zone_set] = parts
    return parts


def anchor_point(zone, visible) -> tuple[float, float]:
    """The zone's label point if it lies in the visible part, else the visible
    part's most inland point."""
    import shapely
    from shapely.ops import polylabel

    x, y = zone.label_point
    if visible.is_empty or shapely.contains_xy(visible, x, y):
        return x, y
    largest = max(shapely.get_parts(visible), key=lambda p: p.area)
    pole = polylabel(largest, tolerance=0.05)
    return pole.x, pole.y


def place_numbers(
    zone_set: ZoneSet,
    numbers: dict[str, int],
    transform: QTransform,
    radius: float,
    area: QRectF,
    keep_clear: tuple[tuple[float, float], ...] = (),
) -> list[NumberBadge]:
    """Find a place for each zone's number badge (``radius`` in device units).

    A badge sits inside its zone, as near its label point as it fits, when it
    fits there without touching another badge; both zones of a pair do, or
    neither.  Every other badge goes beside the body, as near its zone and as
    level with it as the free space allows, with a leader line that crosses no
    badge and no other leader wherever such a place exists.  Badges never
    overlap (unless there is no free space at all) and stay inside ``area``
    (device coordinates).  ``keep_clear`` lists points (cm) no badge may cover, such as
    the pressure points.
    """
    import numpy as np
    import shapely
    from shapely.ops import nearest_points

    scale = math.sqrt(abs(transform.determinant())) or 1.0
    inverse, _ok = transform.inverted()
    r = radius / scale  # the badge radius in cm
    pad = 0.1 * r  # between a badge and its zone's border
    gap = 0.3 * r  # between two badges
    box = inverse.mapRect(area)
    inner = shapely.box(
        box.left() + r + pad, box.top() + r + pad, box.right() - r - pad, box.bottom() - r - pad
    )
    regions = visible_parts(zone_set)
    zones = [z for z in zone_set.zones if z.id in numbers]
    if len(zones) > MAX_PLACED:
        # the search below compares every badge with every other: for a file of
        # thousands of zones each number simply sits on its zone's label point
        return [
            NumberBadge(
                z.id, numbers[z.id], transform.map(QPointF(*anchor_point(z, regions[z.id]))), None
            )
            for z in zones
        ]
    centres: dict[str, tuple[float, float]] = {}
    clear = [shapely.Point(p).buffer(r + pad) for p in keep_clear]
    keep_clear_at = np.array(keep_clear, dtype=float).reshape(-1, 2)
    # a placed badge's centre -> the disc no other badge's centre may enter
    discs: dict[tuple[float, float], BaseGeometry] = {}

    def disc(centre: tuple[float, float]) -> BaseGeometry:
        shape = discs.get(centre)
        if shape is None:
            shape = discs[centre] = shapely.Point(centre).buffer(2 * r + gap)
        return shape

    # inside: the smallest zones choose first, a pair together
    groups: dict[int, list] = {}
    for zone in zones:
        groups.setdefault(numbers[zone.id], []).append(zone)
    ordered = sorted(groups.values(), key=lambda g: min(regions[z.id].area for z in g))
    for group in ordered:
        trial: dict[str, tuple[float, float]] = {}
        for zone in group:
            fit = shapely.intersection(regions[zone.id].buffer(-(r + pad)), inner)
            if fit.is_empty:
                break
            taken_at = [*centres.values(), *trial.values()]
            label = shapely.Point(zone.label_point)
            lx, ly = zone.label_point
            if (
                _clear_of(lx, ly, taken_at, 2 * r + gap)
                and _clear_of(lx, ly, keep_clear_at, r + pad)
                and fit.contains(label)
            ):
                # clear of every disc: what the discs leave of the fit keeps it
                spot = label
            else:
                taken = [disc(c) for c in taken_at] + clear
                if taken:
                    fit = shapely.difference(fit, shapely.union_all(taken))
                if fit.is_empty:
                    break
                spot = label if fit.contains(label) else nearest_points(fit, label)[0]
            trial[zone.id] = (spot.x, spot.y)
        else:
            centres.update(trial)

    # outside: each badge beside the body, with a leader to its zone
    outside = [z for z in zones if z.id not in centres]
    anchors = {z.id: anchor_point(z, regions[z.id]) for z in outside}
    # clear of the outline's stroke, and out of slits such as the one under the arm
    body = zone_set.outline.buffer(1.45 * r)
    shapely.prepare(body)
    leaders: list[tuple[float, float, float, float]] = []
    angles = np.radians(np.arange(0.0, 360.0, 3.0))
    cos, sin = np.cos(angles), np.sin(angles)
    reach = math.hypot(box.width(), box.height())
    # the spots tried around an anchor: at these distances, in these directions
    grids = {}
    for limit in (reach / 3, reach):
        dist = np.arange(1.5 * r, limit, 0.35 * r)
        grids[limit] = (
            np.repeat(dist, len(angles)),
            np.tile(cos, len(dist)),
            np.tile(sin, len(dist)),
        )
    for zone in sorted(outside, key=lambda z: (anchors[z.id][1], anchors[z.id][0])):
        ax, ay = anchors[zone.id]
        outward = {"left": -1.0, "right": 1.0}.get(zone.side, 0.0)
        if outward == 0.0 and abs(ax - zone_set.midline) > r:
            outward = math.copysign(1.0, ax - zone_set.midline)
        others = np.array(
            [a for zid, a in anchors.items() if zid != zone.id] or np.empty((0, 2))
        ).reshape(-1, 2)
        placed = np.array(list(centres.values()) or np.empty((0, 2))).reshape(-1, 2)
        segs = np.array(leaders or np.empty((0, 4))).reshape(-1, 4)
        spot = None
        for limit in (reach / 3, reach):
            d, c, s = grids[limit]
            x, y = ax + d * c, ay + d * s
            ok = (
                (x >= box.left() + r + pad)
                & (x <= box.right() - r - pad)
                & (y >= box.top() + r + pad)
                & (y <= box.bottom() - r - pad)
            )
            x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            ok = ~shapely.contains_xy(body, x, y)
            x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            # clear of the badges, the anchors and the leaders
            ok = _far_from(x, y, d, ax, ay, placed, 2 * r + gap)
            x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            ok = _far_from(x, y, d, ax, ay, others, r + pad)
            x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            ok = _far_from_segments(x, y, d, ax, ay, segs, r + 0.5 * gap)
            x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            if not len(x):
                continue
            # short, level leaders that point away from the body's middle
            cost = d * (1.0 + 1.2 * np.abs(s))
            if outward:
                cost += np.where(c * outward < 0, 3.0 * d, 0.0)
            best = np.argsort(cost)[:400]
            x, y, cost = x[best], y[best], cost[best]
            # a leader must cross no badge, pass no other zone's anchor and
            # cross no other leader
            if len(placed):
                near = _segment_point_distance(ax, ay, x, y, placed)
                cost = cost + 1000 * r * (near < 1.4 * r).sum(axis=1)
            if len(others):
                near = _segment_point_distance(ax, ay, x, y, others)
                cost = cost + 1000 * r * (near < 0.4 * r).sum(axis=1)
            if len(segs):
                cost = cost + 1000 * r * _crossings(ax, ay, x, y, segs)
            k = int(np.argmin(cost))
            spot = (float(x[k]), float(y[k]))
            if cost[k] < 1000 * r:
                break
        if spot is None:  # no free space at all: better crowded than missing
            spot = (ax, ay)
        centres[zone.id] = spot
        leaders.append((ax, ay, *spot))

    badges = []
    for zone in zones:
        cx, cy = centres[zone.id]
        anchor = anchors.get(zone.id)
        badges.append(
            NumberBadge(
                zone.id,
                numbers[zone.id],
                transform.map(QPointF(cx, cy)),
                transform.map(QPointF(*anchor)) if anchor is not None else None,
            )
        )
    return badges


# beyond ``limit`` by more than this share of it (and a hair), a distance
# computed in floating point is surely beyond ``limit``
_MARGIN = 1e-9


def _clear_of(x: float, y: float, points, limit: float) -> bool:
    """True if (x, y) is farther than ``limit`` from every point, with room to
    spare for rounding."""
    far = limit * (1 + _MARGIN) + 1e-12
    return all(math.hypot(px - x, py - y) > far for px, py in points)


def _pairs(d, lows, highs):
    """For rings [lows[j], highs[j]] of distance from the anchor: (j, i) for
    every spot i whose distance d[i] (sorted) lies in ring j."""
    import numpy as np

    starts = np.searchsorted(d, lows, side="left")
    counts = np.searchsorted(d, highs, side="right") - starts
    which = np.repeat(np.arange(len(starts)), counts)
    firsts = np.repeat(np.cumsum(counts) - counts, counts)
    return which, np.repeat(starts, counts) + np.arange(len(which)) - firsts


def _far_from(x, y, d, ax, ay, points, limit):
    """For each spot (x[i], y[i]), d[i] from the anchor (ax, ay) with d
    sorted: is it at least ``limit`` from every one of ``points``?  A point
    is only compared with the spots whose distance from the anchor is within
    ``limit`` of its own: the others are farther (the triangle inequality),
    so the answers are those of comparing every spot with every point."""
    import numpy as np

    ok = np.ones(len(x), dtype=bool)
    if not len(points) or not len(x):
        return ok
    band = limit * (1 + _MARGIN) + 1e-12
    rho = np.hypot(points[:, 0] - ax, points[:, 1] - ay)
    which, spots = _pairs(d, rho - band, rho + band)
    dx, dy = x[spots] - points[which, 0], y[spots] - points[which, 1]
    ok[spots[np.sqrt(dx * dx + dy * dy) < limit]] = False
    return ok


def _far_from_segments(x, y, d, ax, ay, segs, limit):
    """As ``_far_from``, for segments (the leaders): each is only compared
    with the spots between its nearest and farthest distance from the anchor,
    widened by ``limit``."""
    import numpy as np

    ok = np.ones(len(x), dtype=bool)
    if not len(segs) or not len(x):
        return ok
    band = limit * (1 + _MARGIN) + 1e-12
    x0, y0, x1, y1 = segs[:, 0], segs[:, 1], segs[:, 2], segs[:, 3]
    nearest = _segment_distance(np.array([ax]), np.array([ay]), x0, y0, x1, y1)
    farthest = np.maximum(np.hypot(x0 - ax, y0 - ay), np.hypot(x1 - ax, y1 - ay))
    which, spots = _pairs(d, nearest - band, farthest + band)
    dist = _segment_distance(x[spots], y[spots], x0[which], y0[which], x1[which], y1[which])
    ok[spots[dist < limit]] = False
    return ok


def _segment_distance(x, y, x0, y0, x1, y1):
    """Distance from each point (x, y) to the segment (x0, y0)-(x1, y1),
    element by element (the arrays broadcast)."""
    import numpy as np

    dx, dy = x1 - x0, y1 - y0
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x - x0) * dx + (y - y0) * dy) / length2, 0.0, 1.0)
    px, py = x0 + t * dx - x, y0 + t * dy - y
    return np.sqrt(px * px + py * py)


def _segment_point_distance(ax, ay, x, y, points):
    """Distance from each point to each segment (ax, ay)-(x[i], y[i])."""
    import numpy as np

    dx, dy = (x - ax)[:, None], (y - ay)[:, None]
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    px, py = points[None, :, 0] - ax, points[None, :, 1] - ay
    t = np.clip((px * dx + py * dy) / length2, 0.0, 1.0)
    ex, ey = t * dx - px, t * dy - py
    return np.sqrt(ex * ex + ey * ey)


def _crossings(ax, ay, x, y, segs):
    """How many of the segments each segment (ax, ay)-(x[i], y[i]) crosses."""

    def side(px, py, qx, qy, rx, ry):
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    x0, y0, x1, y1 = (segs[:, k][None, :] for k in range(4))
    bx, by = x[:, None], y[:, None]
    d1 = side(ax, ay, bx, by, x0, y0)
    d2 = side(ax, ay, bx, by, x1, y1)
    d3 = side(x0, y0, x1, y1, ax, ay)
    d4 = side(x0, y0, x1, y1, bx, by)
    return ((d1 * d2 < 0) & (d3 * d4 < 0)).sum(axis=1)


def _number_area(painter: QPainter) -> QRectF:
    """Where badges may go, in device coordinates: the painter's clip
    rectangle if it has one, else the whole device."""
    device = painter.device()
    full = QRectF(0, 0, device.width(), device.height())
    if painter.hasClipping():
        clip = painter.transform().mapRect(painter.clipBoundingRect())
        return clip.intersected(full) if not full.isEmpty() else clip
    return full


def paint_badges(
    painter: QPainter,
    zone_set: ZoneSet,
    transform: QTransform,
    numbers: dict[str, int],
    font_family: str = "",
    keep_clear: tuple[tuple[float, float], ...] = (),
) -> None:
    """Numbered badges (the printed sheet): inside each zone where one fits,
    else beside the body with a thin leader line to the zone.  Badges never
    overlap and stay inside the painter's clip rectangle, so a caller keeps
    them off a legend by clipping to the diagram's own rectangle.

    ``transform`` maps cm to device coordinates; ``keep_clear`` lists points
    (cm) no badge may cover."""
    area = _number_area(painter)
    painter.resetTransform()
    font = number_font(font_family)
    painter.setFont(font)
    r = badge_radius(QFontMetricsF(font, painter.device()), numbers.values())
    unit = painter.device().logicalDpiX() / 72.0  # one point in device units
    badges = place_numbers(zone_set, numbers, transform, r, area, keep_clear)

    # leaders first, with a white edge so they read over patterns
    for colour, width in ((QColor(255, 255, 255, 230), 2.0), (INK, 0.7)):
        pen = QPen(colour, width * unit)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for badge in badges:
            if badge.anchor is not None:
                line = QLineF(badge.anchor, badge.centre)
                if line.length() > r:
                    line.setLength(line.length() - r)
                    painter.drawLine(line)
    painter.setPen(QPen(QColor("#ffffff"), 0.6 * unit))
    painter.setBrush(INK)
    for badge in badges:
        if badge.anchor is not None:
            painter.drawEllipse(badge.anchor, 1.5 * unit, 1.5 * unit)
    for badge in badges:
        paint_number_badge(painter, badge.centre, r, badge.number, unit)


def number_font(family: str = "") -> QFont:
    """The bold font of the numbers in the badges."""
    font = QFont(family) if family else QFont()
    font.setPointSizeF(NUMBER_POINT_SIZE)
    font.setBold(True)
    return font


def badge_radius(metrics: QFontMetricsF, numbers) -> float:
    """One radius for every badge, wide enough for the widest number."""
    widest = max((metrics.horizontalAdvance(str(n)) for n in numbers), default=0.0)
    return max(widest + metrics.averageCharWidth() * 0.6, metrics.capHeight() * 2.2) / 2


def paint_number_badge(
    painter: QPainter, centre: QPointF, radius: float, number: int, unit: float
) -> None:
    """One badge: a white disc with a dark ring and the number, in the
    painter's current font (the sheet's key uses it too)."""
    painter.setPen(QPen(INK, 0.8 * unit))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor("#000000"))
    painter.drawText(
        QRectF(centre.x() - 2 * radius, centre.y() - radius, 4 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        str(number),
    )


__all__ = [
    "NumberBadge",
    "anchor_point",
    "badge_radius",
    "number_font",
    "paint_badges",
    "paint_number_badge",
    "place_numbers",
    "visible_parts",
]
