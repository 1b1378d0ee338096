"""The zone names on the map: every kind named at a fitted view, each label
anchored in its zone, no two labels on top of each other, none under any
zone's selection outline, and leaders that join a label to its zone."""

from __future__ import annotations

import itertools

import pytest
import shapely
import shapely.affinity
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import body, labels

# map areas: a small window, the default window's map, a large window
SIZES = [(800, 600), (760, 800), (1600, 1000)]
UNIT = 96 / 72  # px per point on the test's device
SELECTION_HALF_WIDTH = 2.5 * UNIT  # body.paint_overlay strokes the selection 5 pt wide


@pytest.fixture(scope="module", params=["back", "front"])
def view(request):
    return load_zone_set(view=request.param)


def _place(qapp, zs, size, transform=None):
    area = QRectF(0, 0, *size)
    if transform is None:
        transform = body.fit_transform(body.scene_for(zs).bounds, area, 2.0)
    metrics = QFontMetricsF(labels.label_font())
    return transform, labels.place_labels(zs, transform, metrics, area, UNIT), area


def _box(rect: QRectF):
    return shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom())


def _cm(transform, point: QPointF):
    inverse, _ok = transform.inverted()
    p = inverse.map(point)
    return shapely.Point(p.x(), p.y())


@pytest.mark.parametrize("size", SIZES)
def test_every_kind_named_anchored_and_apart(qapp, view, size):
    transform, placed, area = _place(qapp, view, size)
    # every zone kind, and each twin of a pair, has its name
    assert {lab.kind for lab in placed} == {z.kind for z in view.zones}
    assert sorted(lab.zone_id for lab in placed) == sorted(z.id for z in view.zones)
    for lab in placed:
        zone = view.zone(lab.zone_id)
        assert lab.text == zone.name
        assert zone.geometry.contains(_cm(transform, lab.anchor)), lab.zone_id
        assert area.contains(lab.rect), lab.zone_id
    for a, b in itertools.combinations(placed, 2):
        assert not a.rect.intersects(b.rect), (a.zone_id, b.zone_id)


@pytest.mark.parametrize("size", SIZES)
def test_inside_labels_in_their_zone_and_leaders_join_the_rest(qapp, view, size):
    transform, placed, _area = _place(qapp, view, size)
    outline = shapely.affinity.affine_transform(
        view.outline,
        [transform.m11(), 0, 0, transform.m22(), transform.dx(), transform.dy()],
    )
    for lab in placed:
        box = _box(lab.rect)
        if lab.inside:
            zone = view.zone(lab.zone_id)
            corners = [lab.rect.topLeft(), lab.rect.bottomRight()]
            poly = shapely.box(*(c for p in corners for c in (_cm(transform, p).coords[0])))
            assert zone.geometry.contains(poly), lab.zone_id
            assert lab.rect.contains(lab.anchor)
        else:  # beside the body, the leader from the rectangle's edge to the anchor
            assert not box.intersects(outline), lab.zone_id
            start = lab.leader.p1()
            assert box.buffer(0.01).contains(shapely.Point(start.x(), start.y()))
            assert lab.leader.p2() == lab.anchor
    # leaders cross neither each other nor another label
    leaders = [
        shapely.LineString([(lab.leader.x1(), lab.leader.y1()), (lab.leader.x2(), lab.leader.y2())])
        for lab in placed
        if lab.leader is not None
    ]
    for a, b in itertools.combinations(leaders, 2):
        assert not a.crosses(b)
    for lab, other in itertools.permutations(placed, 2):
        if lab.leader is not None:
            line = shapely.LineString(
                [(lab.leader.x1(), lab.leader.y1()), (lab.leader.x2(), lab.leader.y2())]
            )
            assert not line.intersects(_box(other.rect)), (lab.zone_id, other.zone_id)


@pytest.mark.parametrize("size", SIZES)
def test_no_label_under_any_selection_outline(qapp, view, size):
    """Labels keep clear of every zone's border, so whichever zone is
    selected its outline crosses no label (and labels need not move)."""
    transform, placed, _area = _place(qapp, view, size)
    boxes = shapely.union_all([_box(lab.rect) for lab in placed])
    for zone in view.zones:
        border = shapely.affinity.affine_transform(
            zone.geometry.boundary,
            [transform.m11(), 0, 0, transform.m22(), transform.dx(), transform.dy()],
        ).buffer(SELECTION_HALF_WIDTH)
        assert not border.intersects(boxes), zone.id


def test_zoomed_in_labels_still_apart(qapp, view):
    area = QRectF(0, 0, 760, 800)
    fitted = body.fit_transform(body.scene_for(view).bounds, area, 2.0)
    zoomed = fitted * body.QTransform(4, 0, 0, 4, -1200, -400)  # the chest, four times as big
    transform, placed, area = _place(qapp, view, (760, 800), zoomed)
    assert len(placed) >= 6
    assert sum(lab.inside for lab in placed) >= 3  # room inside the zones now
    for a, b in itertools.combinations(placed, 2):
        assert not a.rect.intersects(b.rect), (a.zone_id, b.zone_id)
    for lab in placed:
        assert view.zone(lab.zone_id).geometry.contains(_cm(transform, lab.anchor))


def test_label_size_readable(qapp):
    tiny = labels.label_font(size=3.0)
    assert tiny.pointSizeF() >= labels.MIN_LABEL_POINT_SIZE
    assert labels.label_font().pointSizeF() >= labels.MIN_LABEL_POINT_SIZE


def test_renderer_draws_the_names(qapp, zs):
    def render(on: bool) -> QImage:
        image = QImage(760, 800, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        body.paint_body(painter, zs, QRectF(0, 0, 760, 800), body.RenderOptions(labels=on))
        painter.end()
        return image

    plain, named = render(False), render(True)
    # the margins carry names and leaders only with labels on
    changed = sum(
        plain.pixel(x, y) != named.pixel(x, y) for x in range(0, 200, 2) for y in range(0, 800, 4)
    )
    assert changed > 100
