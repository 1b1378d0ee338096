"""The one renderer of the body map, for the window, PNG/SVG export and paper.

``paint_body(painter, zone_set, rect, options)`` draws a zone set onto any
``QPainter`` (a widget, a QImage, a QPdfWriter, a printer) fitted into
``rect``, and returns the transform from zone coordinates (cm) to the
painter's coordinates.  Line widths and text sizes are given in points, so the
map looks the same on a screen and on paper.

Colours come from the Okabe-Ito palette, which stays distinct for the common
kinds of colour blindness, and every safety level also has its own pattern
(avoid cross-hatched, caution striped, target plain) so the map reads in
greyscale too.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from massage_trainer.core.colours import HIGHLIGHT, HIGHLIGHT_RIM
from massage_trainer.core.safety import SAFETY_LEVELS, SAFETY_WORDS

if TYPE_CHECKING:  # shapely and the zone loader are imported when first needed
    from massage_trainer.core.zones import ZoneSet

# Okabe-Ito: sky blue, yellow, vermillion; darker shades for lines
SAFETY_FILL = {"target": "#9fd3f2", "caution": "#f5eb7a", "avoid": "#ee8a57"}
SAFETY_LINE = {"target": "#0072b2", "caution": "#8a7a00", "avoid": "#8f3300"}
SAFETY_BADGE = {"target": "#0072b2", "caution": "#e69f00", "avoid": "#a63c00"}
SAFETY_DESCRIPTION = {
    "target": "work here",
    "caution": "light, broad pressure only",
    "avoid": "no direct pressure",
}
NEUTRAL_FILL = "#f3efe9"
HATCH_SPACING = 0.9  # cm between pattern lines


@dataclass
class RenderOptions:
    """What to draw.  The defaults suit the explorer window."""

    colours: bool = True
    patterns: bool = True
    labels: bool = False
    landmarks: bool = False
    lines: bool = True
    pressure_points: bool = True
    dark: bool = False
    background: QColor | None = None
    hovered: str | None = None
    selected: str | None = None
    dimmed: bool = False  # fade every zone but the highlighted ones (quiz, routine)
    highlighted: frozenset[str] = frozenset()
    # safety levels that never fade (the routine keeps every avoid zone plain to see)
    unfaded_levels: frozenset[str] = frozenset()
    tints: dict[str, QColor] = field(default_factory=dict)  # zone id -> fill (progress overlay)
    numbers: dict[str, int] = field(default_factory=dict)  # zone id -> number (sheet)
    marker: tuple[float, float] | None = None  # a spot to point at (quiz)
    margin: float = 2.0  # cm around the body
    font_family: str = ""


class PaintZone(NamedTuple):
    """What painting needs of a zone."""

    id: str
    safety: str
    layer: int


class BodyScene:
    """Everything about a zone set that painting needs, as Qt paths: the outline,
    every zone and the hatch lines of its pattern, the label texts, the lines
    and the landmarks.

    Built once per zone set (``from_zone_set``, which needs shapely), or read
    back from the start-up cache (``scenecache``), which needs only Qt: that is
    how the window shows its first frame before the geometry is loaded.
    ``zone_set`` is None for a scene read from the cache.
    """

    def __init__(
        self,
        outline: QPainterPath,
        zones: list[PaintZone],
        paths: dict[str, QPainterPath],
        hatches: dict[str, QPainterPath],
        labels: list[tuple[str, tuple[float, float]]],
        lines: dict[str, tuple[tuple[float, float], ...]],
        landmarks: dict[str, tuple[float, float]],
        zone_set: ZoneSet | None = None,
    ) -> None:
        self.zone_set = zone_set
        self.outline = outline
        self.zones = zones  # in file order
        self.paths = paths
        self.hatches = hatches
        self.labels = labels  # in the order labels claim space: top layer, larger zones first
        self.lines = lines
        self.landmarks = landmarks
        # paint bottom layer first; within a layer the file order
        self.order = sorted(zones, key=lambda z: z.layer)
        # per layer: its zones, all their borders as one path, and the hatch
        # lines of each level as one path, so a repaint strokes a few paths
        self.layers: list[tuple[int, list[PaintZone]]] = []
        self.layer_borders: dict[int, QPainterPath] = {}
        self.layer_hatches: dict[int, dict[str, QPainterPath]] = {}
        for zone in self.order:
            if not self.layers or self.layers[-1][0] != zone.layer:
                self.layers.append((zone.layer, []))
                self.layer_borders[zone.layer] = QPainterPath()
                self.layer_hatches[zone.layer] = {
                    "caution": QPainterPath(),
                    "avoid": QPainterPath(),
                }
            self.layers[-1][1].append(zone)
            self.layer_borders[zone.layer].addPath(self.paths[zone.id])
            if zone.safety != "target":
                self.layer_hatches[zone.layer][zone.safety].addPath(self.hatches[zone.id])
        self.bounds = outline.boundingRect()

    @classmethod
    def from_zone_set(cls, zone_set: ZoneSet) -> BodyScene:
        by_size = sorted(zone_set.zones, key=lambda z: (-z.layer, -z.geometry.area))
        return cls(
            outline=geometry_path(zone_set.outline),
            zones=[PaintZone(z.id, z.safety, z.layer) for z in zone_set.zones],
            paths={z.id: geometry_path(z.geometry) for z in zone_set.zones},
            hatches={z.id: _hatch_path(z.geometry, z.safety) for z in zone_set.zones},
            labels=[(z.name, z.label_point) for z in by_size],
            lines=dict(zone_set.lines),
            landmarks=dict(zone_set.landmarks),
            zone_set=zone_set,
        )


_scenes: weakref.WeakKeyDictionary[ZoneSet, BodyScene] = weakref.WeakKeyDictionary()


def scene_for(source: ZoneSet | BodyScene) -> BodyScene:
    """The scene of a zone set, built on first use; a scene is its own."""
    if isinstance(source, BodyScene):
        return source
    scene = _scenes.get(source)
    if scene is None:
        scene = _scenes[source] = BodyScene.from_zone_set(source)
    return scene


def geometry_path(geom) -> QPainterPath:
    """A shapely polygon or multipolygon as one Qt path; odd-even fill keeps holes."""
    import shapely

    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in shapely.get_parts(geom):
        for ring in (part.exterior, *part.interiors):
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.coords]))
            path.closeSubpath()
    return path


def _hatch_path(geom, safety: str) -> QPainterPath:
    """Pattern lines clipped to the zone, in cm: stripes for caution, a cross
    hatch for avoid, nothing for targets.  Lines sit on one grid for every
    zone, so the pattern runs on across neighbouring zones."""
    path = QPainterPath()
    if safety == "target":
        return path
    for d in [1.0] if safety == "caution" else [1.0, -1.0]:
        for (x1, y1), (x2, y2) in _scanlines(geom, d, HATCH_SPACING):
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
    return path


def _scanlines(geom, d: float, spacing: float) -> list:
    """Segments of the lines x - d*y = k*spacing that lie inside ``geom``.

    An even-odd scanline fill in coordinates turned by 45 degrees:
    u = x - d*y is constant along a line, v = x + d*y runs along it.
    """
    import numpy as np
    import shapely

    ks, vs = [], []
    for part in shapely.get_parts(geom):
        for ring in (part.exterior, *part.interiors):
            pts = np.asarray(ring.coords)
            u = pts[:, 0] - d * pts[:, 1]
            v = pts[:, 0] + d * pts[:, 1]
            u1, u2, v1, v2 = u[:-1], u[1:], v[:-1], v[1:]
            lo, hi = np.minimum(u1, u2), np.maximum(u1, u2)
            # half-open [lo, hi) so a line through a vertex is counted once
            kmin = np.ceil(lo / spacing).astype(int)
            kmax = np.ceil(hi / spacing).astype(int) - 1
            count = np.maximum(kmax - kmin + 1, 0)
            if not count.any():
                continue
            edge = np.repeat(np.arange(len(count)), count)
            first = np.repeat(np.cumsum(count) - count, count)
            k = kmin[edge] + (np.arange(edge.size) - first)
            t = (k * spacing - u1[edge]) / (u2[edge] - u1[edge])
            ks.append(k)
            vs.append(v1[edge] + t * (v2[edge] - v1[edge]))
    if not ks:
        return []
    k = np.concatenate(ks)
    v = np.concatenate(vs)
    order = np.lexsort((v, k))
    k, v = k[order], v[order]
    u = k * spacing
    # each line crosses the closed rings an even number of times: pair them up
    va, vb, ua = v[0::2], v[1::2], u[0::2]
    xa, ya = (ua + va) / 2, d * (va - ua) / 2
    xb, yb = (ua + vb) / 2, d * (vb - ua) / 2
    return [
        ((a, b), (c, e))
        for a, b, c, e in zip(xa.tolist(), ya.tolist(), xb.tolist(), yb.tolist(), strict=True)
    ]


def fit_transform(bounds: QRectF, rect: QRectF, margin: float) -> QTransform:
    """Scale and centre ``bounds`` (cm) with ``margin`` into ``rect``, keeping proportions."""
    src = bounds.adjusted(-margin, -margin, margin, margin)
    if src.width() <= 0 or src.height() <= 0 or rect.width() <= 0 or rect.height() <= 0:
        return QTransform()
    scale = min(rect.width() / src.width(), rect.height() / src.height())
    dx = rect.left() + (rect.width() - src.width() * scale) / 2 - src.left() * scale
    dy = rect.top() + (rect.height() - src.height() * scale) / 2 - src.top() * scale
    return QTransform(scale, 0, 0, scale, dx, dy)


def points_to_model(painter: QPainter, transform: QTransform, points: float) -> float:
    """A length in points, as cm under ``transform`` on this painter's device."""
    dpi = painter.device().logicalDpiX() or 96
    scale = transform.m11() or 1.0
    return points * dpi / 72.0 / scale


def zone_fill(safety: str, options: RenderOptions) -> QColor:
    return QColor(SAFETY_FILL[safety] if options.colours else NEUTRAL_FILL)


def paint_body(
    painter: QPainter,
    zone_set: ZoneSet | BodyScene,
    rect: QRectF,
    options: RenderOptions | None = None,
    transform: QTransform | None = None,
) -> QTransform:
    """Draw the body map into ``rect``; return the cm -> painter transform used.

    Pass ``transform`` to draw at a given zoom and pan instead of fitting.
    """
    options = options or RenderOptions()
    if transform is None:
        transform = fit_transform(scene_for(zone_set).bounds, rect, options.margin)
    if options.background is not None:
        painter.fillRect(rect, options.background)
    paint_static(painter, zone_set, transform, options)
    paint_overlay(painter, zone_set, transform, options)
    return transform


def _begin_model(painter: QPainter, transform: QTransform) -> float:
    """Save the painter and switch it to zone coordinates (cm); returns one
    point in cm.  The caller restores the painter."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setTransform(transform, True)
    return points_to_model(painter, painter.transform(), 1.0)


def _ink(options: RenderOptions) -> QColor:
    """The colour of outlines and text on this background."""
    return QColor("#e8e8e8") if options.dark else QColor("#2b2b2b")


def paint_static(
    painter: QPainter, zone_set: ZoneSet | BodyScene, transform: QTransform, options: RenderOptions
) -> None:
    """The parts of the map that change only with the options: zones, patterns,
    outline, lines, points and text.  A view may cache this as a picture."""
    scene = scene_for(zone_set)
    unit = _begin_model(painter, transform)
    ink = _ink(options)
    # zones, bottom layer first; patterns and borders go in one stroke each
    # without colours (greyscale, worksheet) the borders carry the map: darker
    # (zone fills stay light on a dark background too, so borders stay dark)
    border_alpha = 90 if options.colours else 200
    border = QPen(QColor(0, 0, 0, border_alpha), (0.5 if options.colours else 0.7) * unit)
    border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    plain = not options.dimmed and not options.tints
    for layer, zones in scene.layers:
        for zone in zones:
            fill = options.tints.get(zone.id) or zone_fill(zone.safety, options)
            if _faded(zone, options):
                fill = _fade(fill, options)
            painter.fillPath(scene.paths[zone.id], fill)
        if options.patterns:
            for safety in ("caution", "avoid"):
                colour = QColor(SAFETY_LINE[safety] if options.colours else "#555555")
                pen = QPen(colour, 0.6 * unit)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                if plain:
                    painter.strokePath(scene.layer_hatches[layer][safety], pen)
                    continue
                for zone in zones:
                    if zone.safety == safety:
                        colour.setAlpha(70 if _faded(zone, options) else 255)
                        pen.setColor(colour)
                        painter.strokePath(scene.hatches[zone.id], pen)
        painter.strokePath(scene.layer_borders[layer], border)

    # the body outline
    outline_pen = QPen(ink, 1.3 * unit)
    outline_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(scene.outline, outline_pen)

    if options.lines:
        pen = QPen(QColor("#6a3d9a"), 1.2 * unit, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for points in scene.lines.values():
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))

    if options.pressure_points:
        _draw_pressure_points(painter, scene.landmarks, unit)
    if options.landmarks:
        _draw_landmarks(painter, scene.landmarks, unit, ink)
    painter.restore()

    # text is drawn untransformed so that point sizes mean points
    if options.labels or options.numbers:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        combined = transform * painter.transform()
        if options.numbers:
            if scene.zone_set is None:
                raise ValueError("numbered badges need the zone set, not a cached scene")
            _draw_numbers(painter, scene.zone_set, combined, options)
        else:
            _draw_labels(painter, scene.labels, combined, options)
        painter.restore()


def paint_overlay(
    painter: QPainter, zone_set: ZoneSet | BodyScene, transform: QTransform, options: RenderOptions
) -> None:
    """What changes with the pointer: highlighted, hovered and selected zones
    and the quiz marker."""
    scene = scene_for(zone_set)
    unit = _begin_model(painter, transform)
    ink = _ink(options)
    for zid in sorted(options.highlighted):
        if zid in scene.paths:
            if options.dark:  # the dark green needs a light rim where it meets a dark ground
                _outline_zone(painter, scene.paths[zid], QColor(HIGHLIGHT_RIM), 3.6 * unit)
            _outline_zone(painter, scene.paths[zid], QColor(HIGHLIGHT), 2.4 * unit)
    if options.hovered and options.hovered in scene.paths and options.hovered != options.selected:
        painter.fillPath(scene.paths[options.hovered], QColor(255, 255, 255, 70))
        _outline_zone(painter, scene.paths[options.hovered], ink, 1.6 * unit)
    if options.selected and options.selected in scene.paths:
        _outline_zone(painter, scene.paths[options.selected], QColor("#ffffff"), 5.0 * unit)
        _outline_zone(painter, scene.paths[options.selected], QColor("#000000"), 2.6 * unit)
    if options.marker is not None:
        _draw_marker(painter, options.marker, unit)
    painter.restore()


def _faded(zone: PaintZone, options: RenderOptions) -> bool:
    return (
        options.dimmed
        and zone.id not in options.highlighted
        and zone.safety not in options.unfaded_levels
    )


def _fade(colour: QColor, options: RenderOptions) -> QColor:
    """Two thirds of the way to the background, so highlighted zones stand out."""
    towards = QColor("#3a3a3a") if options.dark else QColor("#ffffff")
    return QColor(
        (colour.red() + 2 * towards.red()) // 3,
        (colour.green() + 2 * towards.green()) // 3,
        (colour.blue() + 2 * towards.blue()) // 3,
    )


def _outline_zone(painter: QPainter, path: QPainterPath, colour: QColor, width: float) -> None:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)


def _draw_pressure_points(
    painter: QPainter, landmarks: dict[str, tuple[float, float]], unit: float
) -> None:
    r = 4.0 * unit
    painter.setPen(QPen(QColor("#ffffff"), 1.0 * unit))
    painter.setBrush(QColor("#6a3d9a"))
    for name, (x, y) in landmarks.items():
        if name.startswith("pressure_point"):
            diamond = QPolygonF(
                [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
            )
            painter.drawPolygon(diamond)


def _draw_landmarks(
    painter: QPainter, landmarks: dict[str, tuple[float, float]], unit: float, ink: QColor
) -> None:
    r = 1.8 * unit
    painter.setPen(QPen(QColor("#ffffff"), 0.8 * unit))
    painter.setBrush(ink)
    for name, (x, y) in landmarks.items():
        if not name.startswith("pressure_point"):
            painter.drawEllipse(QPointF(x, y), r, r)


def _draw_marker(painter: QPainter, point: tuple[float, float], unit: float) -> None:
    x, y = point
    r = 7.0 * unit
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((QColor("#ffffff"), 4.0 * unit), (QColor("#000000"), 2.0 * unit)):
        painter.setPen(QPen(colour, width))
        painter.drawEllipse(QPointF(x, y), r, r)
        painter.drawLine(QLineF(x - 1.6 * r, y, x - 0.5 * r, y))
        painter.drawLine(QLineF(x + 0.5 * r, y, x + 1.6 * r, y))
        painter.drawLine(QLineF(x, y - 1.6 * r, x, y - 0.5 * r))
        painter.drawLine(QLineF(x, y + 0.5 * r, x, y + 1.6 * r))


def _label_font(options: RenderOptions, size: float) -> QFont:
    font = QFont(options.font_family) if options.font_family else QFont()
    font.setPointSizeF(size)
    return font


def _draw_labels(
    painter: QPainter,
    labels: list[tuple[str, tuple[float, float]]],
    transform: QTransform,
    options: RenderOptions,
) -> None:
    """Zone names at their label points; a label that would collide with one
    already drawn is left out (larger zones go first)."""
    painter.resetTransform()
    font = _label_font(options, 8.0)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    placed: list[QRectF] = []
    text_pen = QColor("#111111")
    halo = QColor(255, 255, 255, 200)
    for text, (x, y) in labels:
        p = transform.map(QPointF(x, y))
        box = metrics.boundingRect(text)
        box.moveCenter(p)
        box = box.adjusted(-2, -1, 2, 1)
        if any(box.intersects(other) for other in placed):
            continue
        placed.append(box)
        path = QPainterPath()
        baseline = QPointF(box.left() + 2, box.top() + 1 + metrics.ascent())
        path.addText(baseline, font, text)
        stroker = QPainterPathStroker()
        stroker.setWidth(3.0)
        painter.fillPath(stroker.createStroke(path), halo)
        painter.fillPath(path, text_pen)


# --- numbered badges (the printed sheet) -----------------------------------------
NUMBER_POINT_SIZE = 7.5  # pt, the numbers in the badges


@dataclass(frozen=True)
class NumberBadge:
    """Where one zone's number goes, in device coordinates.  ``anchor`` is the
    end of the leader line on the zone; None when the badge sits inside it."""

    zone_id: str
    number: int
    centre: QPointF
    anchor: QPointF | None = None


_visible: weakref.WeakKeyDictionary[ZoneSet, dict[str, object]] = weakref.WeakKeyDictionary()


def visible_parts(zone_set: ZoneSet) -> dict[str, object]:
    """Each zone minus the zones painted over it (higher layers), in cm: the
    part of the zone a reader actually sees."""
    import shapely

    parts = _visible.get(zone_set)
    if parts is None:
        parts = {}
        for zone in zone_set.zones:
            above = [z.geometry for z in zone_set.zones if z.layer > zone.layer]
            geom = zone.geometry
            if above:
                geom = shapely.difference(geom, shapely.union_all(above))
            parts[zone.id] = geom
        _visible[zone_set] = parts
    return parts


def _anchor(zone, visible) -> tuple[float, float]:
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
    anchors = {z.id: _anchor(z, regions[z.id]) for z in outside}
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


def _draw_numbers(
    painter: QPainter, zone_set: ZoneSet, transform: QTransform, options: RenderOptions
) -> None:
    """Numbered badges (the printed sheet): inside each zone where one fits,
    else beside the body with a thin leader line to the zone.  Badges never
    overlap and stay inside the painter's clip rectangle, so a caller keeps
    them off a legend by clipping to the diagram's own rectangle."""
    area = _number_area(painter)
    painter.resetTransform()
    font = number_font(options.font_family)
    painter.setFont(font)
    r = badge_radius(QFontMetricsF(font, painter.device()), options.numbers.values())
    unit = painter.device().logicalDpiX() / 72.0  # one point in device units
    keep_clear = (
        tuple(p for name, p in zone_set.landmarks.items() if name.startswith("pressure_point"))
        if options.pressure_points
        else ()
    )
    badges = place_numbers(zone_set, options.numbers, transform, r, area, keep_clear)

    # leaders first, with a white edge so they read over patterns
    for colour, width in ((QColor(255, 255, 255, 230), 2.0), (QColor("#1a1a1a"), 0.7)):
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
    painter.setBrush(QColor("#1a1a1a"))
    for badge in badges:
        if badge.anchor is not None:
            painter.drawEllipse(badge.anchor, 1.5 * unit, 1.5 * unit)
    for badge in badges:
        paint_number_badge(painter, badge.centre, r, badge.number, unit)


def number_font(family: str = "") -> QFont:
    """The bold font of the numbers in the badges."""
    font = _label_font(RenderOptions(font_family=family), NUMBER_POINT_SIZE)
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
    painter.setPen(QPen(QColor("#1a1a1a"), 0.8 * unit))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor("#000000"))
    painter.drawText(
        QRectF(centre.x() - 2 * radius, centre.y() - radius, 4 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        str(number),
    )


def legend_entries() -> list[tuple[str, str, str]]:
    """(safety, word, description) for each level, most cautious first."""
    return [(s, SAFETY_WORDS[s], SAFETY_DESCRIPTION[s]) for s in reversed(SAFETY_LEVELS)]


def paint_swatch(painter: QPainter, rect: QRectF, safety: str, colours: bool = True) -> None:
    """A small legend swatch with the level's fill and pattern."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor(SAFETY_FILL[safety] if colours else NEUTRAL_FILL))
    if safety != "target":
        painter.setClipRect(rect)
        colour = QColor(SAFETY_LINE[safety] if colours else "#555555")
        step = max(3.0, rect.height() / 3)
        painter.setPen(QPen(colour, max(1.0, rect.height() / 12)))
        n = int((rect.width() + rect.height()) / step) + 2
        for k in range(n):
            x = rect.left() - rect.height() + k * step
            painter.drawLine(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
            if safety == "avoid":
                painter.drawLine(QLineF(x, rect.top(), x + rect.height(), rect.bottom()))
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#333333"), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()
