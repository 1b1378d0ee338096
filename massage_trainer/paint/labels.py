"""Where the zone names go on the map (View > Zone Labels).

``place_labels`` is pure placement, without a painter: given the zone set, the
transform from zone coordinates (cm) to view pixels, the font metrics and the
area of the view, it returns one ``ZoneLabel`` per zone it can name, each with
its text rectangle and an anchor point inside its zone, in view pixels.

- A label sits inside its zone where its rectangle fits in the part of the
  zone a reader sees (``badges.visible_parts``), clear of every zone border by
  more than half the selection outline's width.  So no label ever lies under
  the selection or hover outline, whichever zone is selected, and the labels
  do not move when the selection changes (the window caches the labelled map
  as a picture that does not know the selection).
- A label that does not fit goes beside the body, in the margin nearer its
  zone, with a leader line from the rectangle to the anchor, as the printed
  sheet's numbers do.  The labels of one margin stack in the order of their
  anchors, so their leaders do not cross.
- Both zones of a left/right pair are named, each on its own side: a leader
  never crosses the body's middle, and a reader finds the name where they look.
- Rectangles never overlap, and an inside label that a leader would cross
  moves off it or joins the margin.

``paint_labels`` draws them: leaders with a light edge, then the names with a
halo so they read over any fill or pattern.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)

from massage_trainer.paint.badges import anchor_point, visible_parts

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from massage_trainer.core.zones import Zone, ZoneSet

LABEL_POINT_SIZE = 8.0  # pt, the names on the map
MIN_LABEL_POINT_SIZE = 7.0  # pt, never smaller than this
LABEL_CHARS = 40  # characters of a name drawn on the map; a longer one ends in an ellipsis
MAX_LABELLED = 300  # zones a map names; beyond, no names are drawn (hover names them)
SHOWN_CHARS = 120  # characters of a text from a file in a status bar, tooltip or heading
# pt kept between a label and any zone border: half the selection outline
# (5 pt wide, body.paint_overlay) and a little air
BORDER_CLEARANCE = 3.0
PAD_X, PAD_Y = 2.0, 1.0  # px of halo room around the text
GAP = 2.0  # px between two labels
POINT_CLEARANCE = 5.0  # pt kept clear around a pressure point


@dataclass(frozen=True)
class ZoneLabel:
    """One name on the map, in view pixels.  ``leader`` runs from the edge of
    ``rect`` to ``anchor`` when the label sits beside the body; None inside."""

    zone_id: str
    kind: str
    text: str
    rect: QRectF
    anchor: QPointF
    leader: QLineF | None = None

    @property
    def inside(self) -> bool:
        return self.leader is None


def short_text(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut: a
    name from a file is shown whole only while it stays short."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def label_font(family: str = "", size: float = LABEL_POINT_SIZE) -> QFont:
    """The font of the names, never below ``MIN_LABEL_POINT_SIZE``."""
    font = QFont(family) if family else QFont()
    font.setPointSizeF(max(size, MIN_LABEL_POINT_SIZE))
    return font


_inner: weakref.WeakKeyDictionary[ZoneSet, dict[str, BaseGeometry]] = weakref.WeakKeyDictionary()


def _inner_borders(zone_set: ZoneSet) -> dict[str, BaseGeometry]:
    """For each zone, the borders of other zones that run across the part of
    it a reader sees (a spot's outline drawn over a larger zone, say), in cm:
    the selection outline of those zones is drawn there too."""
    import shapely

    inner = _inner.get(zone_set)
    if inner is None:
        inner = {}
        visible = visible_parts(zone_set)
        zones = zone_set.zones
        tree = shapely.STRtree([z.geometry for z in zones])  # the few zones near each
        for zone in zones:
            # the interior only: the zone's own border is kept clear anyway
            region = visible[zone.id].buffer(-0.02)
            near = sorted(tree.query(region, predicate="intersects").tolist())
            lines = [
                shapely.intersection(zones[i].geometry.boundary, region)
                for i in near
                if zones[i] is not zone
            ]
            lines = [g for g in lines if not g.is_empty and g.length > 0]
            merged = shapely.line_merge(shapely.union_all(lines)) if lines else None
            inner[zone.id] = merged if merged is not None else shapely.LineString()
        _inner[zone_set] = inner
    return inner


def _to_view(geom, transform: QTransform):
    from shapely import affinity

    t = transform
    return affinity.affine_transform(geom, [t.m11(), t.m21(), t.m12(), t.m22(), t.dx(), t.dy()])


def place_labels(
    zone_set: ZoneSet,
    transform: QTransform,
    metrics: QFontMetricsF,
    area: QRectF,
    unit: float = 96 / 72,
    keep_clear: tuple[tuple[float, float], ...] = (),
) -> list[ZoneLabel]:
    """One label per zone whose anchor is in ``area`` (view pixels), placed as
    the module describes.  ``transform`` maps cm to view pixels, ``metrics``
    measure the label font on the view's device, ``unit`` is one point in
    view pixels and ``keep_clear`` lists points (cm) no label may cover, such
    as the pressure points.

    At a fitted view every zone is named; zoomed in, a zone whose name fits
    neither inside it nor in a margin on screen is left unnamed."""
    if len(zone_set.zones) > MAX_LABELLED:
        # placing names apart compares every name with every other: a file of
        # thousands of zones is drawn without names (hovering still names them)
        return []
    import shapely

    height = metrics.height() + 2 * PAD_Y
    sizes = {
        z.id: (metrics.horizontalAdvance(short_text(z.name)) + 2 * PAD_X, height)
        for z in zone_set.zones
    }
    view_box = shapely.box(area.left(), area.top(), area.right(), area.bottom())
    clearance = BORDER_CLEARANCE * unit
    spots = [transform.map(QPointF(x, y)) for x, y in keep_clear]
    points = shapely.union_all(
        [shapely.Point(p.x(), p.y()).buffer(POINT_CLEARANCE * unit, quad_segs=4) for p in spots]
    )
    visible = visible_parts(zone_set)
    inner = _inner_borders(zone_set)
    free = {}
    for zone in zone_set.zones:
        w, h = sizes[zone.id]
        x0, y0, x1, y1 = visible[zone.id].bounds if not visible[zone.id].is_empty else (0, 0, 0, 0)
        box = transform.mapRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        if box.width() < w + 2 * clearance or box.height() < h + 2 * clearance:
            free[zone.id] = shapely.Polygon()  # too small for its name: beside the body
            continue
        region = _to_view(visible[zone.id], transform).simplify(0.3)
        region = shapely.intersection(region.buffer(-clearance, quad_segs=2), view_box)
        lines = inner[zone.id]
        if not region.is_empty and not lines.is_empty:
            lines = _to_view(lines, transform).simplify(0.3)
            region = shapely.difference(region, lines.buffer(clearance, quad_segs=2))
        if not region.is_empty and not points.is_empty:
            region = shapely.difference(region, points)
        free[zone.id] = region
    outline = _to_view(zone_set.outline, transform).simplify(0.3)
    body = outline.buffer(clearance + GAP, quad_segs=2)
    midline = transform.map(QPointF(zone_set.midline, 0.0)).x()

    anchors: dict[str, QPointF] = {}
    for zone in zone_set.zones:
        ax, ay = anchor_point(zone, visible[zone.id])
        anchors[zone.id] = transform.map(QPointF(ax, ay))

    inside: dict[str, QRectF] = {}
    # the zones with the least room choose first
    order = sorted(zone_set.zones, key=lambda z: free[z.id].area)
    for zone in order:
        rect = _fit_inside(zone, free[zone.id], sizes[zone.id], transform, inside.values())
        if rect is not None:
            inside[zone.id] = rect

    outside: list[ZoneLabel] = []
    for _round in range(4):
        outside = _place_outside(
            [z for z in zone_set.zones if z.id not in inside],
            anchors,
            sizes,
            body,
            area,
            midline,
        )
        leaders = [
            shapely.LineString(
                [(lab.leader.x1(), lab.leader.y1()), (lab.leader.x2(), lab.leader.y2())]
            )
            for lab in outside
            if lab.leader is not None
        ]
        if not leaders:
            break
        lines = shapely.union_all(leaders).buffer(GAP)
        shapely.prepare(lines)
        crossed = [zid for zid, r in inside.items() if lines.intersects(_box(r))]
        if not crossed:
            break
        for zid in crossed:  # move off the leaders, or join the margin
            zone = zone_set.zone(zid)
            del inside[zid]
            rect = _fit_inside(
                zone, free[zid].difference(lines), sizes[zid], transform, inside.values()
            )
            if rect is not None:
                inside[zid] = rect

    labels = [
        ZoneLabel(z.id, z.kind, short_text(z.name), inside[z.id], inside[z.id].center())
        for z in zone_set.zones
        if z.id in inside
    ] + outside
    # a last guard: never two names on top of each other
    kept: list[ZoneLabel] = []
    for label in labels:
        if not any(label.rect.intersects(other.rect) for other in kept):
            kept.append(label)
    return kept


def _box(rect: QRectF):
    import shapely

    return shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom())


def _fit_inside(
    zone: Zone, free, size: tuple[float, float], transform: QTransform, taken
) -> QRectF | None:
    """The label's rectangle inside ``free`` (view pixels), as near the zone's
    label point as it fits clear of the ``taken`` rectangles; None if none."""
    import numpy as np
    import shapely

    w, h = size
    if free.is_empty or free.area < w * h:
        return None
    x0, y0, x1, y1 = free.bounds
    if x1 - x0 < w or y1 - y0 < h:
        return None
    step = max(1.5, ((x1 - x0) * (y1 - y0) / 4000) ** 0.5)
    xs = np.arange(x0 + w / 2, x1 - w / 2 + 1e-9, step)
    ys = np.arange(y0 + h / 2, y1 - h / 2 + 1e-9, step)
    cx, cy = (a.ravel() for a in np.meshgrid(xs, ys))
    taken = list(taken)
    if taken:
        t = np.array([[r.left(), r.top(), r.right(), r.bottom()] for r in taken])
        clear = ~(
            (cx[:, None] - w / 2 < t[None, :, 2] + GAP)
            & (cx[:, None] + w / 2 > t[None, :, 0] - GAP)
            & (cy[:, None] - h / 2 < t[None, :, 3] + GAP)
            & (cy[:, None] + h / 2 > t[None, :, 1] - GAP)
        ).any(axis=1)
        cx, cy = cx[clear], cy[clear]
    if not len(cx):
        return None
    shapely.prepare(free)
    ok = shapely.contains(free, shapely.box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    cx, cy = cx[ok], cy[ok]
    if not len(cx):
        return None
    p = transform.map(QPointF(*zone.label_point))
    k = int(np.argmin((cx - p.x()) ** 2 + (cy - p.y()) ** 2))
    return QRectF(float(cx[k]) - w / 2, float(cy[k]) - h / 2, w, h)


def _place_outside(
    zones: list[Zone],
    anchors: dict[str, QPointF],
    sizes: dict[str, tuple[float, float]],
    body,
    area: QRectF,
    midline: float,
) -> list[ZoneLabel]:
    """Labels in the margins: each beside the body on its zone's side, the
    labels of a margin stacked in the order of their anchors, as level with
    them as the stack allows, and as close to the outline as it lets them."""
    import shapely

    sides: dict[str, list[Zone]] = {"left": [], "right": []}
    for zone in sorted(zones, key=lambda z: (anchors[z.id].y(), anchors[z.id].x())):
        a = anchors[zone.id]
        if not area.contains(a):
            continue  # zoomed in: its zone is off screen
        if abs(a.x() - midline) < 1.0:  # on the middle: the emptier margin
            side = "left" if len(sides["left"]) <= len(sides["right"]) else "right"
        else:
            side = "left" if a.x() < midline else "right"
        sides[side].append(zone)

    labels = []
    for side, members in sides.items():
        tops = _stack(
            [anchors[z.id].y() - sizes[z.id][1] / 2 for z in members],
            [sizes[z.id][1] for z in members],
            area.top() + GAP,
            area.bottom() - GAP,
        )
        # labels whose leaders' heights overlap share one column edge, so a
        # leader never runs across a neighbour's rectangle
        spans = []
        for zone, top in zip(members, tops, strict=True):
            y = anchors[zone.id].y()
            spans.append((min(y, top), max(y, top + sizes[zone.id][1])))
        groups: list[list[int]] = []
        reach = -1e18
        for i in sorted(range(len(members)), key=lambda i: spans[i][0]):
            if not groups or spans[i][0] > reach + GAP:
                groups.append([])
            groups[-1].append(i)
            reach = max(reach if len(groups[-1]) > 1 else -1e18, spans[i][1])
        for group in groups:
            y0 = min(spans[i][0] for i in group) - GAP
            y1 = max(spans[i][1] for i in group) + GAP
            strip = shapely.box(area.left() - 1e6, y0, area.right() + 1e6, y1)
            near = shapely.intersection(body, strip)
            if side == "left":
                column = near.bounds[0] if not near.is_empty else None
            else:
                column = near.bounds[2] if not near.is_empty else None
            if column is not None:
                _untangle(group, tops, [anchors[z.id] for z in members], column, sizes, members)
            for i in group:
                zone, top = members[i], tops[i]
                w, h = sizes[zone.id]
                a = anchors[zone.id]
                if side == "left":
                    right = near.bounds[0] if not near.is_empty else a.x()
                    rect = QRectF(right - w, top, w, h)
                    edge = QPointF(rect.right(), rect.center().y())
                else:
                    left = near.bounds[2] if not near.is_empty else a.x()
                    rect = QRectF(left, top, w, h)
                    edge = QPointF(rect.left(), rect.center().y())
                if not area.contains(rect):
                    continue  # no room in this margin (zoomed in)
                labels.append(
                    ZoneLabel(zone.id, zone.kind, short_text(zone.name), rect, a, QLineF(edge, a))
                )
    return labels


def _crosses(p, q, r, t) -> bool:
    """Whether segments p-q and r-t (x, y pairs) cross."""

    def turn(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    return turn(p, q, r) * turn(p, q, t) < 0 and turn(r, t, p) * turn(r, t, q) < 0


def _untangle(group, tops, anchors, column, sizes, members) -> None:
    """Swap the places of two labels of one column whose leaders cross.  The
    labels are one line high, so places can be swapped; each swap shortens
    the leaders in total, so it ends."""
    for _round in range(4 * len(group) + 4):
        swapped = False
        for i, j in ((i, j) for n, i in enumerate(group) for j in group[n + 1 :]):
            hi, hj = sizes[members[i].id][1], sizes[members[j].id][1]
            if abs(hi - hj) > 0.01:
                continue
            ai, aj = anchors[i], anchors[j]
            ei = (column, tops[i] + hi / 2)
            ej = (column, tops[j] + hj / 2)
            if _crosses((ai.x(), ai.y()), ei, (aj.x(), aj.y()), ej):
                tops[i], tops[j] = tops[j], tops[i]
                swapped = True
        if not swapped:
            return


def _stack(wanted: list[float], heights: list[float], top: float, bottom: float) -> list[float]:
    """Tops for boxes in this order, each as near its wanted top as the others
    allow, none overlapping (``GAP`` apart) and within [top, bottom] where
    they fit: clusters of touching boxes centre on their wanted places."""
    clusters: list[list[int]] = []  # indices
    starts: list[float] = []

    def extent(members: list[int]) -> float:
        return sum(heights[i] + GAP for i in members) - GAP

    for i in range(len(wanted)):
        clusters.append([i])
        starts.append(wanted[i])
        while True:
            # centre the last cluster on its members' wanted places, keep it on screen
            members = clusters[-1]
            offsets, run = [], 0.0
            for j in members:
                offsets.append(wanted[j] - run)
                run += heights[j] + GAP
            start = sum(offsets) / len(offsets)
            start = min(start, bottom - extent(members))
            start = max(start, top)
            starts[-1] = start
            if len(clusters) > 1 and starts[-2] + extent(clusters[-2]) + GAP > start:
                clusters[-2].extend(clusters.pop())
                starts.pop()
                continue
            break
    tops = [0.0] * len(wanted)
    for members, start in zip(clusters, starts, strict=True):
        y = start
        for j in members:
            tops[j] = y
            y += heights[j] + GAP
    return tops


_placed: weakref.WeakKeyDictionary[ZoneSet, tuple[tuple, list[ZoneLabel]]] = (
    weakref.WeakKeyDictionary()
)


def view_area(painter: QPainter) -> QRectF:
    """Where labels may go, in the painter's untransformed coordinates: the
    clip rectangle if it has one, else the whole device."""
    device = painter.device()
    ratio = device.devicePixelRatioF() or 1.0
    full = QRectF(0, 0, device.width() / ratio, device.height() / ratio)
    if painter.hasClipping():
        clip = painter.transform().mapRect(painter.clipBoundingRect())
        return clip.intersected(full) if not full.isEmpty() else clip
    return full


def paint_labels(
    painter: QPainter,
    zone_set: ZoneSet,
    transform: QTransform,
    font_family: str = "",
    keep_clear: tuple[tuple[float, float], ...] = (),
    dark: bool = False,
) -> list[ZoneLabel]:
    """Place and draw the zone names; returns what was drawn.  ``transform``
    maps cm to the painter's untransformed coordinates."""
    area = view_area(painter)
    painter.resetTransform()
    font = label_font(font_family)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    unit = (painter.device().logicalDpiX() or 96) / 72.0
    t = transform
    key = (
        (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()),
        (area.left(), area.top(), area.width(), area.height()),
        font.key(),
        metrics.height(),
        unit,
        keep_clear,
    )
    cached = _placed.get(zone_set)
    if cached is not None and cached[0] == key:
        labels = cached[1]
    else:
        labels = place_labels(zone_set, transform, metrics, area, unit, keep_clear)
        _placed[zone_set] = (key, labels)

    ink = QColor("#111111")
    halo = QColor(255, 255, 255, 215)
    line_ink = QColor("#e8e8e8") if dark else QColor("#2b2b2b")
    line_edge = QColor(0, 0, 0, 160) if dark else QColor(255, 255, 255, 220)
    for colour, width in ((line_edge, 2.0), (line_ink, 0.7)):
        pen = QPen(colour, width * unit)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for label in labels:
            if label.leader is not None:
                painter.drawLine(label.leader)
    painter.setPen(QPen(line_edge, 0.6 * unit))
    painter.setBrush(line_ink)
    for label in labels:
        if label.leader is not None:
            painter.drawEllipse(label.anchor, 1.4 * unit, 1.4 * unit)
    stroker = QPainterPathStroker()
    stroker.setWidth(3.0)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    # zone fills stay light on a dark background, so only names in the
    # margins turn light there
    margin_ink, margin_halo = (QColor("#f2f2f2"), QColor(0, 0, 0, 200)) if dark else (ink, halo)
    for label in labels:
        path = QPainterPath()
        baseline = QPointF(label.rect.left() + PAD_X, label.rect.top() + PAD_Y + metrics.ascent())
        path.addText(baseline, font, label.text)
        on_zone = label.inside or not dark
        painter.fillPath(stroker.createStroke(path), halo if on_zone else margin_halo)
        painter.fillPath(path, ink if on_zone else margin_ink)
    return labels


__all__ = [
    "LABEL_POINT_SIZE",
    "MIN_LABEL_POINT_SIZE",
    "ZoneLabel",
    "label_font",
    "paint_labels",
    "place_labels",
    "view_area",
]
