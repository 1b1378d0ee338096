"""The map's scene: Qt paths made from the zone geometry."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import QPointF

from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint.body import geometry_path


def test_paths_have_every_vertex_of_every_ring_in_order(qapp):
    square = shapely.Polygon(
        [(0, 0), (10, 0), (10, 10), (0, 10)], holes=[[(2, 2), (2, 4.5), (4.25, 4.5), (4.25, 2)]]
    )
    both = shapely.MultiPolygon([square, shapely.box(20, 0, 21.5, 3)])
    path = geometry_path(both)
    points = [path.elementAt(i) for i in range(path.elementCount())]
    expected = [
        ring.coords for part in shapely.get_parts(both) for ring in (part.exterior, *part.interiors)
    ]
    flat = [(x, y) for coords in expected for x, y in coords]
    assert [(p.x, p.y) for p in points] == flat
    assert path.contains(QPointF(1, 1)) and not path.contains(QPointF(3, 3))  # a hole stays one
    assert path.contains(QPointF(21, 1))


def test_every_built_in_zone_path_covers_its_zone(qapp):
    zone_set = load_zone_set()
    for zone in zone_set.zones:
        path = geometry_path(zone.geometry)
        x, y = zone.label_point
        assert path.contains(QPointF(x, y)), zone.id
        box = path.boundingRect()
        xmin, ymin, xmax, ymax = zone.geometry.bounds
        # Qt keeps a rectangle as corner and size, so right and bottom carry float rounding
        assert (box.left(), box.top(), box.right(), box.bottom()) == pytest.approx(
            (xmin, ymin, xmax, ymax), abs=1e-9
        )
