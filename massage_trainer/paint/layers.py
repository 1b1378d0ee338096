"""The anatomy layers drawn see-through over the body map.

``paint_layers`` draws the structures of the chosen layers (bones, organs,
nerves and vessels, muscles) from a zone set's ``structures``, each layer in a
style of its own that leaves the safety colours and patterns underneath
readable, in colour and in greyscale:

- bones: pale, translucent shapes with a firm grey-brown outline;
- organs: a translucent violet fill with a solid violet outline;
- nerves: a thick line, a dark casing around a yellow core;
- vessels: the same, in reds; a bundle of artery and nerves shows both;
- muscles: contour lines only (dashed; a tendon dotted), no fill.

``paint_relief`` draws what every map has, layers or not: soft shading
towards the outline, the muscles' contours and the skin's cues (``surface``).
``layer_key_entries`` and ``paint_layer_swatch`` draw the key to these symbols.
Paths are built once per zone set and kept while it lives.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, translated

if TYPE_CHECKING:
    from massage_trainer.core.zones import Structure, ZoneSet

# widths in points; colours chosen to differ from the safety fills in hue and,
# for greyscale, in lightness: pale bones, mid violet organs, cased lines
BONE_FILL = QColor(255, 253, 245, 70)
BONE_LINE = QColor("#5a4632")
ORGAN_FILL = QColor(118, 42, 131, 70)
ORGAN_LINE = QColor("#5c1a6b")
NERVE_CORE = QColor("#ffd92f")
NERVE_CASE = QColor("#3d3000")
ARTERY_CORE = QColor("#e8413c")
ARTERY_CASE = QColor("#5a0a0a")
VEIN_CORE = QColor("#4a7bd1")
VEIN_CASE = QColor("#0d1f4a")
MUSCLE_LINE = QColor("#8c2d04")


class LayerSymbol(NamedTuple):
    """One entry of the key: what a symbol stands for."""

    key: str  # a structure kind, or "bone"/"organ"/"muscle" for the layer's look
    label: str
    description: str


class LayerKeyText(Tr):
    """Texts of the key to the anatomy layers' symbols (window and sheet)."""


# made at import, before the language is known: translated in layer_key_entries
_KEY = (
    LayerSymbol(
        "bone",
        QT_TRANSLATE_NOOP("LayerKeyText", "Bone"),
        QT_TRANSLATE_NOOP("LayerKeyText", "pale shape: bone close under the skin or deeper"),
    ),
    LayerSymbol(
        "organ",
        QT_TRANSLATE_NOOP("LayerKeyText", "Organ"),
        QT_TRANSLATE_NOOP("LayerKeyText", "violet tint: an organ lying deep inside"),
    ),
    LayerSymbol(
        "nerve",
        QT_TRANSLATE_NOOP("LayerKeyText", "Nerve"),
        QT_TRANSLATE_NOOP("LayerKeyText", "yellow line: a nerve on its course"),
    ),
    LayerSymbol(
        "artery",
        QT_TRANSLATE_NOOP("LayerKeyText", "Artery"),
        QT_TRANSLATE_NOOP("LayerKeyText", "red line: a large blood vessel"),
    ),
    LayerSymbol(
        "bundle",
        QT_TRANSLATE_NOOP("LayerKeyText", "Artery and nerves"),
        QT_TRANSLATE_NOOP("LayerKeyText", "red and yellow line: running together"),
    ),
    LayerSymbol(
        "muscle",
        QT_TRANSLATE_NOOP("LayerKeyText", "Muscle"),
        QT_TRANSLATE_NOOP("LayerKeyText", "dashed outline: the edge of a muscle"),
    ),
    LayerSymbol(
        "tendon",
        QT_TRANSLATE_NOOP("LayerKeyText", "Tendon"),
        QT_TRANSLATE_NOOP("LayerKeyText", "dotted outline: a tendon"),
    ),
)


def layer_key_entries(zone_set: ZoneSet | None = None) -> list[LayerSymbol]:
    """The symbols of the layers, for a key, in the learner's language; with a
    zone set, only those of kinds it holds."""
    kinds = None if zone_set is None else {s.kind for s in zone_set.structures}
    return [
        LayerSymbol(
            entry.key,
            translated("LayerKeyText", entry.label),
            translated("LayerKeyText", entry.description),
        )
        for entry in _KEY
        if kinds is None or entry.key in kinds
    ]


class _Shape(NamedTuple):
    kind: str
    path: QPainterPath
    is_line: bool


_paths: weakref.WeakKeyDictionary[ZoneSet, dict[str, list[_Shape]]] = weakref.WeakKeyDictionary()


def _structure_path(structure: Structure) -> QPainterPath:
    import shapely

    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    if structure.is_line:
        for part in shapely.get_parts(structure.geometry):
            coords = list(part.coords)
            path.moveTo(*coords[0])
            for x, y in coords[1:]:
                path.lineTo(x, y)
        return path
    for poly in shapely.get_parts(structure.geometry):
        for ring in (poly.exterior, *poly.interiors):
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.coords]))
            path.closeSubpath()
    return path


def _layer_shapes(zone_set: ZoneSet) -> dict[str, list[_Shape]]:
    shapes = _paths.get(zone_set)
    if shapes is None:
        shapes = {}
        for s in zone_set.structures:
            shapes.setdefault(s.layer, []).append(_Shape(s.kind, _structure_path(s), s.is_line))
        _paths[zone_set] = shapes
    return shapes


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _cased(painter: QPainter, path: QPainterPath, case: QColor, core: QColor, unit: float) -> None:
    painter.strokePath(path, _pen(case, 2.6 * unit))
    painter.strokePath(path, _pen(core, 1.3 * unit))


def _draw(painter: QPainter, shape: _Shape, unit: float) -> None:
    kind, path = shape.kind, shape.path
    if kind == "bone":
        painter.fillPath(path, BONE_FILL)
        painter.strokePath(path, _pen(BONE_LINE, 0.75 * unit))
    elif kind == "organ":
        painter.fillPath(path, ORGAN_FILL)
        painter.strokePath(path, _pen(ORGAN_LINE, 0.9 * unit))
    elif kind in ("muscle", "tendon"):
        style = Qt.PenStyle.DashLine if kind == "muscle" else Qt.PenStyle.DotLine
        if kind == "tendon":
            painter.fillPath(path, QColor(255, 255, 255, 60))
        painter.strokePath(path, _pen(MUSCLE_LINE, 0.7 * unit, style))
    elif shape.is_line:
        if kind == "nerve":
            _cased(painter, path, NERVE_CASE, NERVE_CORE, unit)
        elif kind == "artery":
            _cased(painter, path, ARTERY_CASE, ARTERY_CORE, unit)
        elif kind == "vein":
            _cased(painter, path, VEIN_CASE, VEIN_CORE, unit)
        else:  # a bundle: an artery with nerves beside it, shown as both
            _cased(painter, path, NERVE_CASE, NERVE_CORE, unit)
            painter.strokePath(path, _pen(ARTERY_CORE, 0.7 * unit, Qt.PenStyle.DashLine))
    else:  # a nerve or vessel drawn as an area
        colour = {"artery": ARTERY_CORE, "vein": VEIN_CORE}.get(kind, NERVE_CORE)
        fill = QColor(colour)
        fill.setAlpha(110)
        painter.fillPath(path, fill)
        painter.strokePath(path, _pen(NERVE_CASE if kind == "nerve" else ARTERY_CASE, 0.8 * unit))


def paint_layers(
    painter: QPainter,
    zone_set: ZoneSet,
    transform: QTransform,
    layers: frozenset[str],
    unit: float,
) -> None:
    """Draw the structures of ``layers`` (layer ids) in the zone set's drawing
    order.  ``transform`` maps cm onto the painter's current coordinates and
    ``unit`` is one point in cm, for the line widths."""
    if not layers or not zone_set.structures:
        return
    shapes = _layer_shapes(zone_set)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setTransform(transform, True)
    painter.setBrush(QBrush())
    for layer in zone_set.layers:
        if layer not in layers:
            continue
        for shape in shapes.get(layer, ()):
            _draw(painter, shape, unit)
    painter.restore()


SURFACE_LINE = QColor(90, 50, 30, 175)
SURFACE_SHADOW = QColor(90, 50, 30, 40)  # the soft band under a crease: a fold, not a wire
# the shading for volume: bands inside the outline, each reaching this deep (cm)
# and filled with this alpha; where they overlap, near the edge, the body is
# darkest, so it darkens softly towards its edges like a rounded form in an
# atlas plate.  Worked out once per zone set (``_shade_paths``).
SHADE = (70, 40, 25)
SHADE_DEPTHS = (0.2, 0.45, 0.75, 1.1, 1.5, 1.95, 2.45, 3.0)
SHADE_ALPHA = 6
MUSCLE_CONTOUR = QColor(105, 60, 35, 80)  # the muscles' edges, always drawn, thin


_shades: weakref.WeakKeyDictionary[ZoneSet, list[QPainterPath]] = weakref.WeakKeyDictionary()


def _shade_paths(zone_set: ZoneSet) -> list[QPainterPath]:
    """The shading bands of a zone set: the body less its inside ``depth`` cm
    in, for each of ``SHADE_DEPTHS`` (the outline and the inside in one path,
    filled odd-even, so no polygon difference is worked out)."""
    bands = _shades.get(zone_set)
    if bands is None:
        from massage_trainer.paint.body import geometry_path

        body = zone_set.outline.simplify(0.05)
        outer = geometry_path(body)
        bands = []
        for depth in SHADE_DEPTHS:
            band = QPainterPath(outer)
            band.addPath(geometry_path(body.buffer(-depth, quad_segs=3)))
            band.setFillRule(Qt.FillRule.OddEvenFill)
            bands.append(band)
        _shades[zone_set] = bands
    return bands


def paint_relief(
    painter: QPainter,
    zone_set: ZoneSet | None,
    layers: frozenset[str],
    unit: float,
    visible: QRectF | None = None,
) -> None:
    """What makes the map read as a body on every view, with or without the
    anatomy layers: soft shading towards the outline's edges, the muscles'
    contours as thin lines (unless the muscle layer draws them itself) and the
    skin's cues (``paint_surface``).  The painter is in cm; ``unit`` is one
    point in cm; ``visible`` (cm), when given, is all that will be seen, and
    the contours outside it are not stroked.  All of it only darkens a
    little, so the safety colours and patterns stay readable, in greyscale
    too."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if zone_set is not None:
        # without antialiasing: a band's edge inside the body is a step of a
        # few per cent (invisible), its outer edge lies under the outline's
        # stroke, and the fills take a tenth of the time
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        shade = QColor(*SHADE, SHADE_ALPHA)
        for band in _shade_paths(zone_set):
            painter.fillPath(band, shade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        contour = _pen(MUSCLE_CONTOUR, 0.55 * unit)
        for layer, shapes in _layer_shapes(zone_set).items():
            if layer in layers:
                continue
            for shape in shapes:
                if shape.kind != "muscle" or shape.is_line:
                    continue
                if visible is None or shape.path.controlPointRect().intersects(visible):
                    painter.strokePath(shape.path, contour)
        paint_surface(painter, zone_set, QTransform(), unit)
    painter.restore()


def paint_surface(painter: QPainter, zone_set: ZoneSet, transform: QTransform, unit: float) -> None:
    """The skin's own marks from the zone set's ``surface``: the folds under
    the buttocks and the cleft between them, the sacral dimples, the elbow and
    knee creases and the hairline, as soft thin lines that read in greyscale."""
    if not zone_set.surface:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setTransform(transform, True)
    painter.setBrush(QBrush())
    lines = [QPolygonF([QPointF(x, y) for x, y in points]) for points in zone_set.surface.values()]
    painter.setPen(_pen(SURFACE_SHADOW, 3.0 * unit))
    for line in lines:
        painter.drawPolyline(line)
    painter.setPen(_pen(SURFACE_LINE, 1.0 * unit))
    for line in lines:
        painter.drawPolyline(line)
    painter.restore()


def paint_layer_swatch(painter: QPainter, rect: QRectF, key: str) -> None:
    """The symbol of one key entry drawn in ``rect`` (device units)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    unit = max(rect.height() / 12.0, 0.5)
    path = QPainterPath()
    inner = rect.adjusted(unit * 1.5, unit * 2, -unit * 1.5, -unit * 2)
    is_line = key in ("nerve", "artery", "vein", "bundle")
    if is_line:
        path.moveTo(inner.left(), inner.bottom())
        path.cubicTo(
            QPointF(inner.center().x(), inner.top()),
            QPointF(inner.center().x(), inner.bottom()),
            QPointF(inner.right(), inner.top()),
        )
    elif key == "organ":
        path.addEllipse(inner)
    else:
        path.addRoundedRect(inner, unit * 2, unit * 2)
    _draw(painter, _Shape(key, path, is_line), unit)
    painter.restore()


__all__ = [
    "LayerSymbol",
    "layer_key_entries",
    "paint_layer_swatch",
    "paint_layers",
    "paint_surface",
]
