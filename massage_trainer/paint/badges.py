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

    # inside: the smallest zones choose first, a pair together
    groups: dict[int, list] = {}
    for zone in zones:
        groups.setdefault(numbers[zone.id], []).append(zone)
    ordered = sorted(groups.values(), key=lambda g: min(regions[z.id].area for z in g))
    for group in ordered:
        trial: dict[str, tuple[float, float]] = {}
        for zone in group:
            fit = shapely.intersection(regions[zone.id].buffer(-(r + pad)), inner)
            taken = [
                shapely.Point(c).buffer(2 * r + gap) for c in (*centres.values(), *trial.values())
            ] + clear
            if taken and not fit.is_empty:
                fit = shapely.difference(fit, shapely.union_all(taken))
            if fit.is_empty:
                break
            label = shapely.Point(zone.label_point)
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
            dist = np.arange(1.5 * r, limit, 0.35 * r)
            d = np.repeat(dist, len(angles))
            c = np.tile(cos, len(dist))
            s = np.tile(sin, len(dist))
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
            if len(placed) and len(x):
                ok = _min_distance(x, y, placed) >= 2 * r + gap
                x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            if len(others) and len(x):
                ok = _min_distance(x, y, others) >= r + pad
                x, y, d, c, s = x[ok], y[ok], d[ok], c[ok], s[ok]
            if len(segs) and len(x):
                ok = _point_segment_distance(x, y, segs).min(axis=1) >= r + 0.5 * gap
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


def _min_distance(x, y, points):
    import numpy as np

    dx = x[:, None] - points[None, :, 0]
    dy = y[:, None] - points[None, :, 1]
    return np.sqrt((dx * dx + dy * dy).min(axis=1))


def _point_segment_distance(x, y, segs):
    """Distance from each point (x[i], y[i]) to each segment segs[j] = (x0, y0, x1, y1)."""
    import numpy as np

    x0, y0, x1, y1 = (segs[:, k][None, :] for k in range(4))
    dx, dy = x1 - x0, y1 - y0
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x[:, None] - x0) * dx + (y[:, None] - y0) * dy) / length2, 0.0, 1.0)
    px, py = x0 + t * dx - x[:, None], y0 + t * dy - y[:, None]
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
