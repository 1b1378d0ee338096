"""The search for the badges' places: its quick tests give the answers of the
plain ones they replace, and the badges keep their rules (a badge on its
zone's label point when that is free, never on a point kept clear)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF, QRectF

from massage_trainer.paint import badges, body, sheet


# the plain tests the quick ones replace: every spot against every point
def min_distance(x, y, points):
    dx = x[:, None] - points[None, :, 0]
    dy = y[:, None] - points[None, :, 1]
    return np.sqrt((dx * dx + dy * dy).min(axis=1))


def point_segment_distance(x, y, segs):
    x0, y0, x1, y1 = (segs[:, k][None, :] for k in range(4))
    dx, dy = x1 - x0, y1 - y0
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x[:, None] - x0) * dx + (y[:, None] - y0) * dy) / length2, 0.0, 1.0)
    px, py = x0 + t * dx - x[:, None], y0 + t * dy - y[:, None]
    return np.sqrt(px * px + py * py)


def _grid(ax: float, ay: float, r: float, limit: float):
    """Spots around an anchor as ``place_numbers`` tries them: by distance,
    then direction, some of them dropped (as the page's edges drop them)."""
    angles = np.radians(np.arange(0.0, 360.0, 3.0))
    dist = np.arange(1.5 * r, limit, 0.35 * r)
    d = np.repeat(dist, len(angles))
    c, s = np.tile(np.cos(angles), len(dist)), np.tile(np.sin(angles), len(dist))
    x, y = ax + d * c, ay + d * s
    keep = (x > ax - 0.8 * limit) & (y < ay + 0.9 * limit)
    return x[keep], y[keep], d[keep]


def _points_near(x, y, rng, count: int, limit: float) -> np.ndarray:
    """Random points among the spots, and points exactly ``limit`` from one."""
    picked = rng.choice(len(x), count)
    points = [(x[i] + rng.normal(0, 2 * limit), y[i] + rng.normal(0, 2 * limit)) for i in picked]
    for i in picked[:5]:
        angle = rng.uniform(0, 2 * math.pi)
        points.append((x[i] + limit * math.cos(angle), y[i] + limit * math.sin(angle)))
    points += [(x[picked[0]] + limit, y[picked[0]]), (x[picked[1]], y[picked[1]])]
    return np.array(points)


@pytest.mark.parametrize("seed", range(6))
def test_far_from_answers_as_the_distance_to_every_point(seed):
    rng = np.random.default_rng(seed)
    ax, ay, r = rng.uniform(-20, 20), rng.uniform(0, 150), rng.uniform(0.5, 3.0)
    x, y, d = _grid(ax, ay, r, 40.0)
    for limit in (2.3 * r, 1.1 * r):
        points = _points_near(x, y, rng, 40, limit)
        expected = min_distance(x, y, points) >= limit
        got = badges._far_from(x, y, d, ax, ay, points, limit)
        assert got.dtype == bool and np.array_equal(got, expected)
        assert 0 < expected.sum() < len(x)  # some spots kept, some dropped
    none = np.empty((0, 2))
    assert badges._far_from(x, y, d, ax, ay, none, r).all()
    assert len(badges._far_from(x[:0], y[:0], d[:0], ax, ay, points, r)) == 0


@pytest.mark.parametrize("seed", range(6))
def test_far_from_segments_answers_as_the_distance_to_every_segment(seed):
    rng = np.random.default_rng(100 + seed)
    ax, ay, r = rng.uniform(-20, 20), rng.uniform(0, 150), rng.uniform(0.5, 3.0)
    x, y, d = _grid(ax, ay, r, 40.0)
    limit = 1.15 * r
    starts = _points_near(x, y, rng, 20, limit)
    ends = starts + rng.normal(0, 10.0, starts.shape)
    ends[:3] = starts[:3]  # a leader of no length
    ends[3] = (ax, ay)  # one from the anchor itself
    segs = np.hstack([starts, ends])
    expected = point_segment_distance(x, y, segs).min(axis=1) >= limit
    got = badges._far_from_segments(x, y, d, ax, ay, segs, limit)
    assert np.array_equal(got, expected)
    assert 0 < expected.sum() < len(x)
    assert badges._far_from_segments(x, y, d, ax, ay, np.empty((0, 4)), limit).all()


def test_clear_of():
    assert badges._clear_of(0.0, 0.0, [], 1.0)
    assert badges._clear_of(0.0, 0.0, [(3.0, 4.0), (-6.0, 0.0)], 4.9)
    assert not badges._clear_of(0.0, 0.0, [(3.0, 4.0), (-6.0, 0.0)], 5.0)
    assert not badges._clear_of(0.0, 0.0, np.array([[0.5, 0.0]]), 1.0)


def _placing(zs, height: float, keep_clear=()):
    numbers = sheet.zone_numbers(zs)
    area = QRectF(0, 0, height * 0.5, height)
    transform = body.fit_transform(body.scene_for(zs).bounds, area, 1.0)
    radius = 10.0
    placed = badges.place_numbers(zs, numbers, transform, radius, area, keep_clear)
    scale = math.sqrt(abs(transform.determinant()))
    return placed, transform, area, radius / scale


@pytest.mark.parametrize("height", [1100, 700])
def test_a_badge_sits_on_its_label_point_when_that_is_free(qapp, zs, height):
    placed, transform, area, r = _placing(zs, height)
    pad, gap = 0.1 * r, 0.3 * r
    inverse, _ok = transform.inverted()
    box = inverse.mapRect(area)
    inner = shapely.box(
        box.left() + r + pad, box.top() + r + pad, box.right() - r - pad, box.bottom() - r - pad
    )
    centres = {b.zone_id: inverse.map(b.centre) for b in placed}
    regions = badges.visible_parts(zs)
    by_id = {z.id: z for z in zs.zones}
    free = 0
    for badge in placed:
        if badge.anchor is not None:
            continue
        lx, ly = by_id[badge.zone_id].label_point
        room = shapely.intersection(regions[badge.zone_id].buffer(-(r + pad)), inner)
        others = [(c.x(), c.y()) for zid, c in centres.items() if zid != badge.zone_id]
        if room.contains(shapely.Point(lx, ly)) and badges._clear_of(
            lx, ly, others, (2 * r + gap) * 1.001
        ):
            free += 1
            assert badge.centre == transform.map(QPointF(lx, ly)), badge.zone_id
    assert free >= 10


def test_no_badge_covers_a_point_kept_clear(qapp, zs):
    placed, transform, _area, r = _placing(zs, 1100)
    by_id = {b.zone_id: b for b in placed}
    zone, calf = (
        next(z for z in zs.zones if z.id == name) for name in ("hamstrings_left", "calf_right")
    )
    assert by_id[zone.id].centre == transform.map(QPointF(*zone.label_point))
    # the same zones with their label points kept clear (pressure points there)
    kept = (zone.label_point, calf.label_point)
    placed, transform, _area, r = _placing(zs, 1100, kept)
    inverse, _ok = transform.inverted()
    for badge in placed:
        c = inverse.map(badge.centre)
        for px, py in kept:
            # the disc kept clear is drawn with 64 sides: as near as its edges
            assert math.hypot(c.x() - px, c.y() - py) >= 1.1 * r * math.cos(math.pi / 64) - 1e-9
    for moved in (zone, calf):
        badge = next(b for b in placed if b.zone_id == moved.id)
        assert badge.centre != transform.map(QPointF(*moved.label_point))
