"""Where the sheet's numbered badges go: never overlapping, each on its own
zone or beside the body with a leader to it."""

from __future__ import annotations

import itertools
import math

import pytest
import shapely
from PySide6.QtCore import QRectF

from massage_trainer.paint import badges, body, sheet


@pytest.mark.parametrize("height", [1100, 700])
def test_badges_never_overlap_and_sit_in_their_zones(qapp, zs, height):
    numbers = sheet.zone_numbers(zs)
    area = QRectF(0, 0, height * 0.5, height)
    transform = body.fit_transform(body.scene_for(zs).bounds, area, 1.0)
    radius = 10.0
    placed = badges.place_numbers(zs, numbers, transform, radius, area)
    assert len(placed) == len(zs.zones)
    for a, b in itertools.combinations(placed, 2):
        gap = math.hypot(a.centre.x() - b.centre.x(), a.centre.y() - b.centre.y())
        assert gap >= 2 * radius, (a.zone_id, b.zone_id)
    inverse, _ok = transform.inverted()
    scale = transform.m11()
    visible = badges.visible_parts(zs)
    for badge in placed:
        assert area.adjusted(radius, radius, -radius, -radius).contains(badge.centre)
        c = inverse.map(badge.centre)
        disc = shapely.Point(c.x(), c.y()).buffer(radius / scale)
        if badge.anchor is None:  # inside: the whole badge on its own zone
            assert visible[badge.zone_id].buffer(1e-6).contains(disc), badge.zone_id
        else:  # beside the body, with a leader to a point of the zone
            assert not disc.intersects(zs.outline), badge.zone_id
            a = inverse.map(badge.anchor)
            assert visible[badge.zone_id].buffer(0.01).contains(shapely.Point(a.x(), a.y()))
    # the large zones carry their number inside, the small spots beside the body
    by_id = {b.zone_id: b for b in placed}
    assert by_id["hamstrings_left"].anchor is None
    assert by_id["elbow_notch_left"].anchor is not None
