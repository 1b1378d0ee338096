"""A technique's strokes drawn with QPainter, over the body map (the one renderer).

``paint_strokes`` draws placed strokes (``core.strokes.Stroke``) in zone
coordinates (cm): a line along each path whose weight says the pressure,
arrowheads for the direction, dots where a press-and-release stroke presses
(small ticks for the steps of a walking stroke), and the stroke's number at
its start.  The two hands read apart without colour: the left hand's path is
solid with filled arrowheads, the right hand's dashed with hollow ones; both
hands together draw a double line.  ``paint_hands`` draws the hands of one
animation frame (``core.strokes.PlayerFrame``).

``paint.body`` calls both from its overlay when ``RenderOptions.strokes`` (and
``stroke_frame``) are set, so the map, the sheet and the routine card share
this drawing.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

from massage_trainer.core.strokes import STEP_CM, PlayerFrame, Stroke
from massage_trainer.core.zones import ZoneSet

STROKE_INK = "#14213d"  # dark navy: reads as near-black in greyscale
HALO = "#ffffff"
# line weight in points, by pressure: heavier means more pressure
PRESSURE_WIDTH = {"none": 0.8, "light": 1.3, "moderate": 2.2, "firm": 3.2}
ARROW_POINTS = 6.5  # arrowhead length in points
MIN_ARROW_CM = 2.0  # segments shorter than this get no arrowhead of their own
HAND_RADIUS_CM = 1.6  # the disc that stands for a hand in the animation


def stroke_pen(hand: str, pressure: str, unit: float, colour: QColor | None = None) -> QPen:
    """The pen of one segment: its width from the pressure, dashed for the right hand."""
    pen = QPen(colour or QColor(STROKE_INK), PRESSURE_WIDTH.get(pressure, 1.3) * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if hand == "right":  # dashed, with flat ends so the gaps stay open
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.5, 2.0])
    return pen


def _arrowhead(tip: QPointF, direction: tuple[float, float], size: float) -> QPolygonF:
    dx, dy = direction
    back = QPointF(tip.x() - dx * size, tip.y() - dy * size)
    side = QPointF(-dy * size * 0.45, dx * size * 0.45)
    return QPolygonF([tip, back + side, back - side])


def _arrow_spots(stroke: Stroke) -> list[tuple[QPointF, tuple[float, float]]]:
    """Where the arrowheads go: the middle of each long segment, and the path's end."""
    spots = []
    for i, ((x0, y0), (x1, y1)) in enumerate(stroke.segments):
        if math.hypot(x1 - x0, y1 - y0) >= MIN_ARROW_CM:
            d = stroke.direction(i)
            spots.append((QPointF((x0 + x1) / 2 + d[0], (y0 + y1) / 2 + d[1]), d))
    if stroke.segments:
        x, y = stroke.points[-1]
        spots.append((QPointF(x, y), stroke.direction(len(stroke.points) - 2)))
    return spots


def paint_strokes(
    painter: QPainter,
    strokes: Sequence[Stroke],
    unit: float,
    *,
    arrows: bool = True,
    numbers: bool = True,
    font_family: str = "",
) -> None:
    """Draw ``strokes``; the painter works in cm and ``unit`` is one point in cm.
    ``arrows=False`` hides which way they go (arrowheads and numbers): the
    "Which way?" question.

    The shapes are worked out once per strokes, size and mode and kept
    (``stroke_art``), so a repaint (60 a second while the hands move) only
    fills ready paths."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    for path, colour in stroke_art(tuple(strokes), round(unit, 9), arrows):
        painter.fillPath(path, colour)
    if arrows and numbers:
        _paint_numbers(painter, strokes, unit, font_family)
    painter.restore()


Art = tuple[tuple[QPainterPath, QColor], ...]


def _outline(path: QPainterPath, pen: QPen) -> QPainterPath:
    """The area a pen covers along ``path``, as a path to fill."""
    stroker = QPainterPathStroker(pen)
    return stroker.createStroke(path)


@functools.lru_cache(maxsize=64)
def stroke_art(strokes: tuple[Stroke, ...], unit: float, arrows: bool) -> Art:
    """What ``paint_strokes`` fills, in order: (path in cm, colour) pairs."""
    ink = QColor(STROKE_INK)
    halo = QColor(HALO)
    out: list[tuple[QPainterPath, QColor]] = []
    for stroke in strokes:
        line = QPainterPath()
        line.addPolygon(QPolygonF([QPointF(x, y) for x, y in stroke.points]))
        # a white halo under the whole path keeps it readable on any zone fill
        halo_pen = QPen(halo, (PRESSURE_WIDTH["firm"] + 2.0) * unit)
        halo_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        out.append((_outline(line, halo_pen), halo))
        ink_area = QPainterPath()
        ink_area.setFillRule(Qt.FillRule.WindingFill)
        for i, ((x0, y0), (x1, y1)) in enumerate(stroke.segments):
            pressure = stroke.pressure[i] if i < len(stroke.pressure) else "light"
            pen = stroke_pen(stroke.hand, pressure, unit, ink)
            if stroke.hand == "both":  # both hands: two thin lines side by side
                d = stroke.direction(i)
                off = (-d[1] * 0.45, d[0] * 0.45)
                pen.setWidthF(max(pen.widthF() * 0.6, 0.6 * unit))
                for sgn in (1, -1):
                    seg = QPainterPath(QPointF(x0 + sgn * off[0], y0 + sgn * off[1]))
                    seg.lineTo(x1 + sgn * off[0], y1 + sgn * off[1])
                    ink_area.addPath(_outline(seg, pen))
            else:
                seg = QPainterPath(QPointF(x0, y0))
                seg.lineTo(x1, y1)
                ink_area.addPath(_outline(seg, pen))
        out.append((ink_area, ink))
        out += _dots(stroke, unit, ink, halo)
        if arrows:
            heads = QPainterPath()
            heads.setFillRule(Qt.FillRule.WindingFill)
            for tip, d in _arrow_spots(stroke):
                heads.addPolygon(_arrowhead(tip, d, ARROW_POINTS * unit))
                heads.closeSubpath()
            rim = QPen(halo, 2.2 * unit)
            rim.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            out.append((_outline(heads, rim), halo))
            out.append((heads, halo if stroke.hand == "right" else ink))
            edge = QPen(ink, 0.9 * unit)
            edge.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            out.append((_outline(heads, edge), ink))
    return tuple(out)


def _dots(
    stroke: Stroke, unit: float, ink: QColor, halo: QColor
) -> list[tuple[QPainterPath, QColor]]:
    """Discs on the press points (press_release) or at each small step (steps),
    each ringed in white."""
    if stroke.rhythm == "press_release":
        r, rim = 2.4 * unit, 1.0 * unit
        centres = list(stroke.points)
    elif stroke.rhythm == "steps" and stroke.length > 0:
        n = max(1, math.ceil(stroke.length / STEP_CM))
        r, rim = 1.3 * unit, 0.6 * unit
        centres = [stroke.point_at(k / n) for k in range(n + 1)]
    else:
        return []
    rings, discs = QPainterPath(), QPainterPath()
    rings.setFillRule(Qt.FillRule.WindingFill)
    discs.setFillRule(Qt.FillRule.WindingFill)
    for x, y in centres:
        rings.addEllipse(QPointF(x, y), r + rim / 2, r + rim / 2)
        discs.addEllipse(QPointF(x, y), r - rim / 2, r - rim / 2)
    return [(rings, halo), (discs, ink)]


def _paint_numbers(
    painter: QPainter, strokes: Sequence[Stroke], unit: float, font_family: str
) -> None:
    """The stroke's number in a small disc at the start of its path (drawn
    untransformed, so the text is set at its real size and stays quick)."""
    count = len({s.number for s in strokes})
    if count < 2:
        return  # a single stroke needs no number
    to_device = painter.transform()
    scale = math.hypot(to_device.m11(), to_device.m12()) or 1.0
    r = 4.2 * unit
    font = QFont(font_family) if font_family else QFont()
    font.setPixelSize(max(1, round(6.0 * unit * scale)))
    font.setBold(True)
    painter.save()
    painter.resetTransform()
    painter.setFont(font)
    radius = r * scale
    for stroke in strokes:
        x, y = stroke.points[0]
        d = stroke.direction(0)
        centre = to_device.map(QPointF(x - d[0] * r * 1.6, y - d[1] * r * 1.6))
        painter.setPen(QPen(QColor(STROKE_INK), max(0.8 * unit * scale, 0.5)))
        painter.setBrush(QColor(HALO))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor(STROKE_INK))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(stroke.number))
    painter.restore()


def paint_hands(painter: QPainter, frame: PlayerFrame, unit: float) -> None:
    """The hands of one animation frame: a disc per hand, filled for the left
    hand and a ring for the right, darker while it presses."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for hand in frame.hands:
        x, y = hand.point
        centre = QPointF(x, y)
        ink = QColor(STROKE_INK)
        if not hand.pressing:
            ink.setAlpha(150)
        painter.setPen(QPen(QColor(HALO), 3.0 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, HAND_RADIUS_CM, HAND_RADIUS_CM)
        if hand.hand == "right":
            painter.setPen(QPen(ink, 2.4 * unit))
            painter.setBrush(QBrush(QColor(255, 255, 255, 200)))
        else:
            painter.setPen(QPen(QColor(HALO), 1.0 * unit))
            painter.setBrush(ink)
        painter.drawEllipse(centre, HAND_RADIUS_CM, HAND_RADIUS_CM)
        # a short pointer shows the way the hand moves
        dx, dy = hand.direction
        tip = QPointF(x + dx * HAND_RADIUS_CM * 1.9, y + dy * HAND_RADIUS_CM * 1.9)
        head = _arrowhead(tip, hand.direction, HAND_RADIUS_CM * 0.9)
        painter.setPen(QPen(QColor(HALO), 0.8 * unit))
        painter.setBrush(ink)
        painter.drawPolygon(head)
    painter.restore()


def strokes_path(strokes: Sequence[Stroke]) -> QPainterPath:
    """All the strokes' paths as one painter path (cm): for a bounding box."""
    path = QPainterPath()
    for s in strokes:
        if s.points:
            path.moveTo(*s.points[0])
            for x, y in s.points[1:]:
                path.lineTo(x, y)
    return path


DIAGRAM_MARGIN_CM = 3.0  # body shown around the strokes in a small diagram
DIAGRAM_MIN_CM = 14.0  # the smallest stretch of body a diagram shows
DIAGRAM_POINTS = 110.0  # a diagram's marks are sized as if it were this many points wide
DIAGRAM_ASPECT_MAX = 1.4  # height over width, and width over height, at most


def diagram_region(strokes: Sequence[Stroke], zone_set: ZoneSet) -> QRectF:
    """The part of the body (cm) a small diagram of ``strokes`` shows: their
    paths with a margin, at least ``DIAGRAM_MIN_CM`` each way, kept on the canvas."""
    box = strokes_path(strokes).boundingRect()
    box = box.adjusted(-DIAGRAM_MARGIN_CM, -DIAGRAM_MARGIN_CM, DIAGRAM_MARGIN_CM, DIAGRAM_MARGIN_CM)
    centre = box.center()
    w, h = max(box.width(), DIAGRAM_MIN_CM), max(box.height(), DIAGRAM_MIN_CM)
    # neither a sliver nor a strip: widen (or heighten) to at most ASPECT_MAX
    w, h = max(w, h / DIAGRAM_ASPECT_MAX), max(h, w / DIAGRAM_ASPECT_MAX)
    box = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
    cw, ch = zone_set.canvas
    dx = max(0.0, -box.left()) - max(0.0, box.right() - cw)
    dy = max(0.0, -box.top()) - max(0.0, box.bottom() - ch)
    return box.translated(dx, dy)


def paint_stroke_diagram(
    painter: QPainter,
    zone_set: ZoneSet,
    strokes: Sequence[Stroke],
    rect: QRectF,
    *,
    colours: bool = True,
    font_family: str = "",
    frame: float = 1.0,
) -> None:
    """A small diagram: the part of the body the strokes cover, drawn by the
    one renderer with the strokes over it, fitted and clipped into ``rect``.

    On paper (a PDF or a printer) the diagram goes in as a picture at
    ``PAPER_DPI``: drawn as vectors, every diagram would carry the whole body
    (a clip hides it but the file keeps it), and a glossary page of them grew
    to twenty megabytes that PDF readers refuse to parse."""
    device = painter.device()
    if isinstance(device, QPagedPaintDevice):
        _paint_diagram_picture(
            painter, zone_set, strokes, rect, colours=colours, font_family=font_family
        )
    else:
        _paint_diagram(painter, zone_set, strokes, rect, colours=colours, font_family=font_family)
    painter.save()
    painter.setPen(QPen(QColor("#9a9a9a"), frame))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


DIAGRAM_RIM_PT = 8.0  # what a diagram's cut body reaches beyond its frame, in points
PAPER_DPI = 200  # a stroke diagram on paper: sharp enough at its small size, a few kilobytes


def _paint_diagram_picture(
    painter: QPainter,
    zone_set: ZoneSet,
    strokes: Sequence[Stroke],
    rect: QRectF,
    *,
    colours: bool,
    font_family: str,
) -> None:
    device = painter.device()
    scale = painter.combinedTransform().mapRect(rect)
    inches = (scale.width() / device.logicalDpiX(), scale.height() / device.logicalDpiY())
    size = QSize(max(8, round(inches[0] * PAPER_DPI)), max(8, round(inches[1] * PAPER_DPI)))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    image.setDotsPerMeterX(round(PAPER_DPI / 0.0254))
    image.setDotsPerMeterY(round(PAPER_DPI / 0.0254))
    inner = QPainter(image)
    inner.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # one point of the page is this many pixels: pens and text keep their sizes
    inner.scale(size.width() / rect.width(), size.height() / rect.height())
    _paint_diagram(
        inner,
        zone_set,
        strokes,
        QRectF(0, 0, rect.width(), rect.height()),
        colours=colours,
        font_family=font_family,
    )
    inner.end()
    painter.drawImage(rect, image)


def _paint_diagram(
    painter: QPainter,
    zone_set: ZoneSet,
    strokes: Sequence[Stroke],
    rect: QRectF,
    *,
    colours: bool,
    font_family: str,
) -> None:
    from massage_trainer.paint.body import RenderOptions, fit_transform, paint_body, scene_for

    region = diagram_region(strokes, zone_set)
    transform = fit_transform(region, rect, 0.0)
    # only the part of the body the diagram shows, with a rim of a few points
    # (the cut edges stay outside the clip, under no pen's width)
    seen = transform.inverted()[0].mapRect(rect)
    rim = DIAGRAM_RIM_PT / (transform.m11() or 1.0)
    scene = scene_for(zone_set).cropped(seen.adjusted(-rim, -rim, rim, rim))
    painter.save()
    painter.setClipRect(rect)
    options = RenderOptions(
        colours=colours,
        labels=False,
        lines=False,
        pressure_points=False,
        sides=False,
        # the targets fade so the strokes stand out; caution and avoid stay plain
        dimmed=True,
        unfaded_levels=frozenset({"avoid", "caution"}),
        strokes=tuple(strokes),
        stroke_unit=region.width() / DIAGRAM_POINTS,
        font_family=font_family,
    )
    paint_body(painter, scene, rect, options, transform)
    painter.restore()


def diagram_aspect(strokes: Sequence[Stroke], zone_set: ZoneSet) -> float:
    """Height over width of a stroke diagram."""
    region = diagram_region(strokes, zone_set)
    return region.height() / region.width() if region.width() > 0 else 1.0
