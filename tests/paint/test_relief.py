"""The drawing's relief on every map, with no anatomy layer on: soft shading
towards the outline, the muscles' contours and the skin's cues, where the zone
file's ``surface`` says, dark enough to see in greyscale."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint.body import RenderOptions, paint_body

PLAIN = dict(colours=False, patterns=False, lines=False, pressure_points=False, sides=False)


def render(zone_set, **options):
    image = QImage(600, 1400, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    transform = paint_body(painter, zone_set, QRectF(0, 0, 600, 1400), RenderOptions(**options))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8), transform


def grey(image, transform, x, y) -> int:
    p = transform.map(QPointF(x, y))
    return image.pixelColor(round(p.x()), round(p.y())).lightness()


@pytest.mark.parametrize(
    ("view", "cue"),
    [("back", "knee_crease_left"), ("back", "gluteal_fold_right"), ("front", "navel")],
)
def test_a_cue_is_drawn_where_its_data_says(qapp, view, cue):
    zone_set = load_zone_set(view=view)
    image, transform = render(zone_set, **PLAIN)  # no layer on: drawn all the same
    points = zone_set.surface[cue]
    line = shapely.LineString(points)
    darker = valid = 0
    for i in range(1, 10):
        on = line.interpolate(i / 10, normalized=True)
        # beside the cue, 0.7 cm above or below the line, inside the same zone
        zone = zone_set.zone_at(on.x, on.y)
        sides = [(on.x, on.y + dy) for dy in (-0.7, 0.7)]
        sides = [p for p in sides if zone is not None and zone_set.zone_at(*p) is zone]
        if not sides:
            continue
        beside = sides[0]
        valid += 1
        if grey(image, transform, on.x, on.y) + 25 < grey(image, transform, *beside):
            darker += 1
    assert valid >= 3, f"{cue}: too few points to compare"
    assert darker >= 0.75 * valid, f"{cue}: {darker} of {valid} points show darker than beside it"


def test_the_body_is_shaded_towards_its_edges(qapp):
    zone_set = load_zone_set()
    image, transform = render(zone_set, **PLAIN)
    # across the left thigh at y 105: its outer edge and its middle
    row = shapely.LineString([(0, 105), (35, 105)]).intersection(zone_set.outline)
    left = min(shapely.get_parts(row), key=lambda part: part.bounds[0])
    x0, _y, x1, _y1 = left.bounds
    middle = (x0 + x1) / 2
    edge = grey(image, transform, x0 + 0.35, 105)
    inside = grey(image, transform, middle, 105)
    assert zone_set.zone_at(x0 + 0.35, 105) is zone_set.zone_at(middle, 105)
    assert inside - edge >= 12, (edge, inside)
    # soft: a step inward is lighter than the edge, darker than the middle
    halfway = grey(image, transform, x0 + 1.3, 105)
    assert edge < halfway < inside
