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
import struct
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from massage_trainer.core import colours
from massage_trainer.core.contrast import over
from massage_trainer.core.i18n import Tr
from massage_trainer.core.safety import (
    SAFETY_BADGES,
    SAFETY_DESCRIPTIONS,
    SAFETY_FILLS,
    SAFETY_LEVELS,
    SAFETY_LINES,
    SAFETY_WORDS,
)
from massage_trainer.paint.badges import paint_badges
from massage_trainer.paint.labels import label_font, paint_labels
from massage_trainer.paint.strokes import paint_hands, paint_strokes

if TYPE_CHECKING:
    from massage_trainer.core.strokes import PlayerFrame, Stroke
    from massage_trainer.core.zones import ZoneSet


class BodyMapText(Tr):
    """Texts drawn on the body map itself (the side marks)."""


@dataclass(frozen=True)
class SafetyStyle:
    """How one safety level looks, on the map and in every legend."""

    fill: str  # the zone's fill
    line: str  # its pattern lines
    badge: str  # a mark or a word in the level's colour on a light background
    # the pattern: the directions d of its lines x - d*y = constant (y downward);
    # none is plain, one is striped, two cross-hatched
    hatch: tuple[float, ...]


# the pattern of each level: the colours are core.safety's one table
HATCHES = {"target": (), "caution": (1.0,), "avoid": (1.0, -1.0)}
SAFETY_STYLE = {
    s: SafetyStyle(SAFETY_FILLS[s], SAFETY_LINES[s], SAFETY_BADGES[s], HATCHES[s])
    for s in SAFETY_LEVELS
}
# the levels drawn with a pattern, least cautious first
PATTERNED = tuple(s for s in SAFETY_LEVELS if SAFETY_STYLE[s].hatch)
# one colour of the table by level, as the widgets use them
SAFETY_FILL = {s: style.fill for s, style in SAFETY_STYLE.items()}
SAFETY_LINE = {s: style.line for s, style in SAFETY_STYLE.items()}
SAFETY_BADGE = {s: style.badge for s, style in SAFETY_STYLE.items()}
NEUTRAL_FILL = "#f3efe9"  # zones without colours (greyscale, worksheet)
NEUTRAL_LINE = "#555555"  # their pattern lines
SYMBOL_COLOUR = colours.SYMBOL_COLOUR  # pressure points and lines
HIGHLIGHT_COLOUR = colours.HIGHLIGHT  # the outline of highlighted zones (quiz, routine)
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
    layers: frozenset[str] = frozenset()  # anatomy layers drawn over the zones (paint.layers)
    sides: bool = True  # mark "Person's left" and "Person's right" beside the head
    # a technique's placed strokes (core.strokes.strokes_for), drawn over the zones
    strokes: tuple[Stroke, ...] = ()
    stroke_frame: PlayerFrame | None = None  # the hands at one moment (StrokePlayer.frame())
    stroke_arrows: bool = True  # False hides the direction: arrowheads and numbers
    # the size of the strokes' marks: cm per point (None: true points; a small
    # diagram gives a size relative to what it shows)
    stroke_unit: float | None = None


class PaintZone(NamedTuple):
    """What painting needs of a zone."""

    id: str
    safety: str
    layer: int


class BodyScene:
    """Everything about a zone set that painting needs, as Qt paths: the outline,
    every zone and the hatch lines of its pattern, the lines and the landmarks
    (the labels are placed per view size by ``paint.labels``).

    Built once per zone set (``scene_for``), so that a repaint strokes paths
    and does not convert geometry again.
    """

    def __init__(
        self,
        outline: QPainterPath,
        zones: list[PaintZone],
        paths: dict[str, QPainterPath],
        hatches: dict[str, QPainterPath],
        lines: dict[str, tuple[tuple[float, float], ...]],
        landmarks: dict[str, tuple[float, float]],
        zone_set: ZoneSet,
    ) -> None:
        self.zone_set = zone_set
        self.outline = outline
        self.zones = zones  # in file order
        self.paths = paths
        self.hatches = hatches
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
                self.layer_hatches[zone.layer] = {s: QPainterPath() for s in PATTERNED}
            self.layers[-1][1].append(zone)
            self.layer_borders[zone.layer].addPath(self.paths[zone.id])
            if zone.safety in PATTERNED:
                self.layer_hatches[zone.layer][zone.safety].addPath(self.hatches[zone.id])
        self.bounds = outline.boundingRect()
        # a cropped scene: the part of the body it holds (cm), else None
        self.visible: QRectF | None = None

    def cropped(self, box: QRectF) -> BodyScene:
        """The part of the scene inside ``box`` (cm), for a small diagram of a
        part of the body: the zones that reach into the box and the outline
        cut to it, so the diagram strokes what it shows and not the whole
        body's paths.  Whoever paints it clips to a rectangle inside the box,
        so the cut edges of the outline are never seen."""
        zone_set = self.zone_set
        frame = shapely.box(box.left(), box.top(), box.right(), box.bottom())
        geometries = [z.geometry for z in zone_set.zones]
        touching = shapely.intersects(frame, geometries)
        zones = [
            PaintZone(z.id, z.safety, z.layer)
            for z, touches in zip(zone_set.zones, touching, strict=True)
            if touches
        ]
        # a zone that reaches into the box is drawn whole: cutting it costs
        # more than stroking the rest of it outside the clip
        paths = {z.id: self.paths[z.id] for z in zones}
        hatches = {z.id: self.hatches[z.id] for z in zones}
        outline = _polygons(shapely.intersection(zone_set.outline, frame))
        scene = BodyScene(
            outline=geometry_path(outline) if outline is not None else QPainterPath(),
            zones=zones,
            paths=paths,
            hatches=hatches,
            lines=self.lines,
            landmarks=self.landmarks,
            zone_set=zone_set,
        )
        scene.visible = QRectF(box)
        return scene

    @classmethod
    def from_zone_set(cls, zone_set: ZoneSet) -> BodyScene:
        return cls(
            outline=geometry_path(zone_set.outline),
            zones=[PaintZone(z.id, z.safety, z.layer) for z in zone_set.zones],
            paths={z.id: geometry_path(z.geometry) for z in zone_set.zones},
            hatches={z.id: _hatch_path(z.geometry, z.safety) for z in zone_set.zones},
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


def _polygons(geom) -> shapely.MultiPolygon | None:
    """The areas of a cut (a cut along an edge may leave lines and points
    too), or None when nothing of an area is left."""
    parts = [
        p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon) and not p.is_empty
    ]
    return shapely.MultiPolygon(parts) if parts else None


def geometry_path(geom) -> QPainterPath:
    """A shapely polygon or multipolygon as one Qt path; odd-even fill keeps holes."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in shapely.get_parts(geom):
        for ring in (part.exterior, *part.interiors):
            path.addPolygon(_polygon(shapely.get_coordinates(ring)))
            path.closeSubpath()
    return path


def _polygon(coords: np.ndarray) -> QPolygonF:
    """A QPolygonF of an (n, 2) array of points.

    Read from the array's bytes in QDataStream's format for a polygon (a
    32-bit count, then each point as two big-endian doubles): one QPointF
    per vertex from Python would cost a tenth of the start-up."""
    polygon = QPolygonF()
    data = struct.pack(">I", len(coords)) + coords.astype(">f8").tobytes()
    QDataStream(QByteArray(data)) >> polygon
    return polygon


def _hatch_path(geom, safety: str) -> QPainterPath:
    """Pattern lines clipped to the zone, in cm: stripes for caution, a cross
    hatch for avoid, nothing for targets.  Lines sit on one grid for every
    zone, so the pattern runs on across neighbouring zones."""
    path = QPainterPath()
    for d in SAFETY_STYLE[safety].hatch:
        for (x1, y1), (x2, y2) in _scanlines(geom, d, HATCH_SPACING):
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
    return path


def _scanlines(geom, d: float, spacing: float) -> list:
    """Segments of the lines x - d*y = k*spacing that lie inside ``geom``.

    An even-odd scanline fill in coordinates turned by 45 degrees:
    u = x - d*y is constant along a line, v = x + d*y runs along it.
    """
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
    return QColor(SAFETY_STYLE[safety].fill if options.colours else NEUTRAL_FILL)


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


def seen_through(colour: QColor, ground: QColor) -> QColor:
    """The opaque colour a see-through ``colour`` makes over ``ground``."""
    return QColor(over(f"{colour.name()}{colour.alpha():02x}", ground.name()))


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
    border_colour = QColor(0, 0, 0, border_alpha)
    border = QPen(border_colour, (0.5 if options.colours else 0.7) * unit)
    border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    # on paper each zone's border is the opaque colour the see-through one
    # makes on the zone's fill: a PDF strokes an opaque line natively, while
    # Qt turns a see-through one into a filled outline of every segment and
    # join, which made the borders most of the map's share of the file
    paper = isinstance(painter.device(), QPagedPaintDevice)
    plain = not options.dimmed and not options.tints
    for layer, zones in scene.layers:
        fills: dict[str, QColor] = {}
        for zone in zones:
            fill = options.tints.get(zone.id) or zone_fill(zone.safety, options)
            if _faded(zone, options):
                fill = _fade(fill, options)
            painter.fillPath(scene.paths[zone.id], fill)
            fills[zone.id] = QColor(fill)
        if options.patterns:
            for safety in PATTERNED:
                colour = QColor(SAFETY_STYLE[safety].line if options.colours else NEUTRAL_LINE)
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
        if paper:
            for zone in zones:
                border.setColor(seen_through(border_colour, fills[zone.id]))
                painter.strokePath(scene.paths[zone.id], border)
        else:
            painter.strokePath(scene.layer_borders[layer], border)
    from massage_trainer.paint.layers import paint_layers, paint_relief

    # shading, muscle contours and the skin's cues, on every map
    paint_relief(painter, scene.zone_set, options.layers, unit, scene.visible)
    if options.layers and scene.zone_set is not None:  # a cached scene has no layers
        paint_layers(painter, scene.zone_set, QTransform(), options.layers, unit)

    # the body outline
    outline_pen = QPen(ink, 1.3 * unit)
    outline_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(scene.outline, outline_pen)

    if options.lines:
        painter.setPen(symbol_line_pen(1.2 * unit))
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
        keep_clear = (
            tuple(p for name, p in scene.landmarks.items() if is_point_symbol(name))
            if options.pressure_points
            else ()
        )
        if options.numbers:
            paint_badges(
                painter,
                scene.zone_set,
                combined,
                options.numbers,
                options.font_family,
                keep_clear,
            )
        else:
            _draw_labels(painter, scene, combined, options, keep_clear)
        painter.restore()
    if options.sides and scene.zone_set is not None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _draw_side_marks(painter, scene.zone_set, transform * painter.transform(), options)
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
                _outline_zone(painter, scene.paths[zid], QColor(colours.HIGHLIGHT_RIM), 3.6 * unit)
            _outline_zone(painter, scene.paths[zid], QColor(HIGHLIGHT_COLOUR), 2.4 * unit)
    if options.hovered and options.hovered in scene.paths and options.hovered != options.selected:
        painter.fillPath(scene.paths[options.hovered], QColor(255, 255, 255, 70))
        _outline_zone(painter, scene.paths[options.hovered], ink, 1.6 * unit)
    if options.selected and options.selected in scene.paths:
        _outline_zone(painter, scene.paths[options.selected], QColor("#ffffff"), 5.0 * unit)
        _outline_zone(painter, scene.paths[options.selected], QColor("#000000"), 2.6 * unit)
    stroke_unit = options.stroke_unit or unit
    if options.strokes:
        paint_strokes(
            painter,
            options.strokes,
            stroke_unit,
            arrows=options.stroke_arrows,
            font_family=options.font_family,
        )
    if options.stroke_frame is not None:
        paint_hands(painter, options.stroke_frame, stroke_unit)
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


TRIGGER_POINTS = "trigger_points"  # landmarks named so are drawn as a cluster of dots


def is_point_symbol(name: str) -> bool:
    """A landmark drawn as a symbol of its own (pressure point, trigger points)."""
    return name.startswith(("pressure_point", TRIGGER_POINTS))


def _draw_pressure_points(
    painter: QPainter, landmarks: dict[str, tuple[float, float]], unit: float
) -> None:
    for name, (x, y) in landmarks.items():
        if name.startswith("pressure_point"):
            paint_pressure_point(painter, QPointF(x, y), 4.0 * unit, unit)
        elif name.startswith(TRIGGER_POINTS):
            paint_trigger_points(painter, QPointF(x, y), 4.0 * unit, unit)


def paint_trigger_points(painter: QPainter, centre: QPointF, radius: float, unit: float) -> None:
    """The trigger-point cluster symbol: three dots in a triangle with white
    edges, inside a thin ring (the map, the on-screen key and the sheet): it
    differs from the pressure point's diamond by shape, so it reads in grey."""
    x, y, r = centre.x(), centre.y(), radius
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#ffffff"), 1.6 * unit))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QPen(QColor(SYMBOL_COLOUR), 0.7 * unit))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QPen(QColor("#ffffff"), 0.7 * unit))
    painter.setBrush(QColor(SYMBOL_COLOUR))
    dot = 0.36 * r
    for angle in (-90.0, 30.0, 150.0):
        a = math.radians(angle)
        painter.drawEllipse(QPointF(x + 0.5 * r * math.cos(a), y + 0.5 * r * math.sin(a)), dot, dot)
    painter.restore()


def paint_pressure_point(painter: QPainter, centre: QPointF, radius: float, unit: float) -> None:
    """The pressure point symbol: a diamond with a white edge (the map and
    the sheet's legend)."""
    x, y, r = centre.x(), centre.y(), radius
    painter.setPen(QPen(QColor("#ffffff"), 1.0 * unit))
    painter.setBrush(QColor(SYMBOL_COLOUR))
    painter.drawPolygon(
        QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
    )


def symbol_line_pen(width: float) -> QPen:
    """The pen of the lines drawn over the map (the map and the sheet's legend)."""
    pen = QPen(QColor(SYMBOL_COLOUR), width, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _draw_landmarks(
    painter: QPainter, landmarks: dict[str, tuple[float, float]], unit: float, ink: QColor
) -> None:
    r = 1.8 * unit
    painter.setPen(QPen(QColor("#ffffff"), 0.8 * unit))
    painter.setBrush(ink)
    for name, (x, y) in landmarks.items():
        if not is_point_symbol(name):
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


def _draw_labels(
    painter: QPainter,
    scene: BodyScene,
    transform: QTransform,
    options: RenderOptions,
    keep_clear: tuple[tuple[float, float], ...] = (),
) -> None:
    """Zone names, each inside its zone or beside the body with a leader line
    (``paint.labels`` places them), clear of every zone border so that the
    selection outline never crosses one."""
    if scene.zone_set is None:
        return
    paint_labels(
        painter, scene.zone_set, transform, options.font_family, keep_clear, dark=options.dark
    )


SIDE_MARK_POINTS = 9.0  # the size of the "Person's left / right" marks
SIDE_MARK_MIN_POINTS = 5.0  # smaller than this they would not be read


class SideMark(NamedTuple):
    """Where a "Person's left" or "Person's right" mark goes: ``side`` is the
    person's, ``x``/``y`` the anchor in cm at the outer edge of the body's
    bounds level with the head, ``align`` the canvas side it is written on,
    ``room`` the width in cm it may take before it reaches the head."""

    text: str
    side: str
    x: float
    y: float
    align: str  # "left": the text starts at x; "right": it ends at x
    room: float


def side_marks(zone_set: ZoneSet) -> list[SideMark]:
    """The two side marks of a view, on the sides ``person_left`` says: seen
    from behind the person's left is on the viewer's left, from the front on
    the viewer's right."""
    left, top, right, _bottom = zone_set.outline.bounds
    y = top + 4.0
    # the head's width at that height: the marks stay clear of it
    across = shapely.intersection(zone_set.outline, shapely.LineString([(left, y), (right, y)]))
    xs = [x for part in shapely.get_parts(across) for x, _y in part.coords]
    head_left = min(xs, default=zone_set.midline)
    head_right = max(xs, default=zone_set.midline)
    marks = []
    for side in ("left", "right"):
        canvas = zone_set.canvas_side(side)
        x = left if canvas == "left" else right
        room = (head_left - left if canvas == "left" else right - head_right) - 2.0
        text = (
            BodyMapText.tr("Person\u2019s left")
            if side == "left"
            else BodyMapText.tr("Person\u2019s right")
        )
        marks.append(SideMark(text, side, x, y, canvas, max(room, 0.0)))
    return marks


def _draw_side_marks(
    painter: QPainter, zone_set: ZoneSet, transform: QTransform, options: RenderOptions
) -> None:
    """The side marks, drawn untransformed so that points mean points, each
    with an arrow pointing out to its side; smaller where the map is small,
    so that they never run into the head."""
    painter.resetTransform()
    ink = _ink(options)
    halo = QColor(58, 58, 58, 200) if options.dark else QColor(255, 255, 255, 200)
    scale = transform.m11() or 1.0
    for mark in side_marks(zone_set):
        text = f"\u2190 {mark.text}" if mark.align == "left" else f"{mark.text} \u2192"
        font = label_font(options.font_family, SIDE_MARK_POINTS)
        font.setItalic(True)
        metrics = QFontMetricsF(font, painter.device())
        width = metrics.horizontalAdvance(text)
        room = mark.room * scale
        if width > room:
            size = SIDE_MARK_POINTS * room / width
            if size < SIDE_MARK_MIN_POINTS:
                continue
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font, painter.device())
            width = metrics.horizontalAdvance(text)
        p = transform.map(QPointF(mark.x, mark.y))
        x = p.x() if mark.align == "left" else p.x() - width
        baseline = QPointF(x, p.y() + metrics.ascent() / 2)
        path = QPainterPath()
        path.addText(baseline, font, text)
        stroker = QPainterPathStroker()
        stroker.setWidth(3.0)
        painter.fillPath(stroker.createStroke(path), halo)
        painter.fillPath(path, ink)


def legend_entries() -> list[tuple[str, str, str]]:
    """(safety, word, description) for each level, most cautious first."""
    return [(s, SAFETY_WORDS[s], SAFETY_DESCRIPTIONS[s]) for s in reversed(SAFETY_LEVELS)]


def paint_swatch(painter: QPainter, rect: QRectF, safety: str, colours: bool = True) -> None:
    """A small legend swatch with the level's fill and pattern."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    style = SAFETY_STYLE[safety]
    painter.fillRect(rect, QColor(style.fill if colours else NEUTRAL_FILL))
    if style.hatch:
        painter.setClipRect(rect)
        painter.setPen(
            QPen(QColor(style.line if colours else NEUTRAL_LINE), max(1.0, rect.height() / 12))
        )
        step = max(3.0, rect.height() / 3)
        h = rect.height()
        n = int((rect.width() + h) / step) + 2
        for d in style.hatch:  # the map's directions, so the swatch matches it
            top, bottom = (rect.top(), rect.bottom()) if d > 0 else (rect.bottom(), rect.top())
            for k in range(n):
                x = rect.left() - h + k * step
                painter.drawLine(QLineF(x, top, x + h, bottom))
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#333333"), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()
