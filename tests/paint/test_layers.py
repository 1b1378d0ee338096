"""The anatomy layers drawn by the one renderer: each layer shows, stays inside
the body, and leaves the safety colours and patterns readable underneath."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import body
from massage_trainer.paint.layers import layer_key_entries, paint_layer_swatch

W, H = 420, 1000
ALL = frozenset({"bones", "organs", "nerves", "muscles"})


@pytest.fixture(scope="module")
def zs():
    return load_zone_set()


def render(zs, **options) -> tuple[QImage, object]:
    image = QImage(W, H, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    transform = body.paint_body(
        painter, zs, QRectF(0, 0, W, H), body.RenderOptions(pressure_points=False, **options)
    )
    painter.end()
    return image, transform


def differing(a: QImage, b: QImage, step: int = 2) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y in range(0, H, step)
        for x in range(0, W, step)
        if a.pixel(x, y) != b.pixel(x, y)
    ]


def test_no_layers_draws_the_same_map(qapp, zs):
    plain, _ = render(zs)
    none, _ = render(zs, layers=frozenset())
    assert differing(plain, none, step=3) == []


@pytest.mark.parametrize("layer", sorted(ALL))
def test_each_layer_draws_inside_the_body(qapp, zs, layer):
    plain, transform = render(zs)
    layered, _ = render(zs, layers=frozenset({layer}))
    changed = differing(plain, layered)
    assert len(changed) > 200, layer  # it shows
    inverse, _ok = transform.inverted()
    outline = zs.outline.buffer(0.6)  # anti-aliasing and line width at the edge
    import shapely

    outside = [
        (x, y)
        for x, y in changed
        if not outline.contains(shapely.Point(*inverse.map(float(x), float(y))))
    ]
    assert outside == [], outside[:5]


def _distance(colour: QColor, safety: str) -> float:
    fill = QColor(body.SAFETY_FILL[safety])
    return (
        (colour.red() - fill.red()) ** 2
        + (colour.green() - fill.green()) ** 2
        + (colour.blue() - fill.blue()) ** 2
    ) ** 0.5


def _nearest_safety(colour: QColor) -> str:
    return min(body.SAFETY_FILL, key=lambda safety: _distance(colour, safety))


def test_the_safety_colours_stay_readable_with_every_layer_on(qapp, zs):
    """Through every layer's fills, the zones still read as their own safety
    colour: the nearest of the three fills, and close to it.  The layers' lines and outlines
    are symbols of their own and are left out of the count."""
    import shapely

    image, transform = render(zs, layers=ALL, patterns=False)
    inverse, _ok = transform.inverted()
    strokes = shapely.union_all(
        [s.geometry if s.is_line else s.geometry.boundary for s in zs.structures]
    )
    shapely.prepare(strokes)
    counts: dict[str, list[int]] = {}
    for y in range(0, H, 3):
        for x in range(0, W, 3):
            cx, cy = inverse.map(float(x), float(y))
            zone = zs.zone_at(cx, cy)
            if zone is None or not zone.geometry.buffer(-0.4).contains(shapely.Point(cx, cy)):
                continue
            if shapely.dwithin(strokes, shapely.Point(cx, cy), 0.45):
                continue
            colour = image.pixelColor(x, y)
            right = _nearest_safety(colour) == zone.safety and _distance(colour, zone.safety) <= 70
            counts.setdefault(zone.safety, [0, 0])[0 if right else 1] += 1
    for safety, (right, wrong) in counts.items():
        assert right / (right + wrong) >= 0.95, (safety, right, wrong)


def test_the_patterns_stay_visible_with_every_layer_on(qapp, zs):
    """In greyscale the hatching carries the safety level: it must still show."""

    def dark_pixels(image: QImage) -> int:
        return sum(
            1
            for y in range(0, H, 2)
            for x in range(0, W, 2)
            if QColor(image.pixel(x, y)).lightness() < 110
        )

    plain, _ = render(zs, colours=False)
    layered, _ = render(zs, colours=False, layers=ALL)
    hatch = dark_pixels(plain)
    assert hatch > 0
    # the layers add their own lines; none may hide the hatching under it
    grey_plain = plain.convertToFormat(QImage.Format.Format_Grayscale8)
    grey_layered = layered.convertToFormat(QImage.Format.Format_Grayscale8)
    kept = sum(
        1
        for y in range(0, H, 2)
        for x in range(0, W, 2)
        if QColor(grey_plain.pixel(x, y)).lightness() < 110
        and QColor(grey_layered.pixel(x, y)).lightness() < 150
    )
    assert kept / hatch >= 0.85


def test_the_key_covers_every_kind_in_the_back_view(qapp, zs):
    entries = layer_key_entries(zs)
    assert {e.key for e in entries} == {s.kind for s in zs.structures}
    assert all(e.label and e.description for e in entries)
    assert len(layer_key_entries()) >= len(entries)
    for entry in entries:
        image = QImage(60, 24, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_layer_swatch(painter, QRectF(0, 0, 60, 24), entry.key)
        painter.end()
        marked = sum(
            1 for y in range(24) for x in range(60) if image.pixel(x, y) != QColor("white").rgba()
        )
        assert marked > 20, entry.key


def test_the_surface_cues_are_drawn(qapp, zs):
    from PySide6.QtGui import QTransform

    from massage_trainer.paint.layers import paint_surface

    scale = 10.0  # px per cm
    image = QImage(700, 1720, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_surface(painter, zs, QTransform.fromScale(scale, scale), 0.1)
    painter.end()
    for name, points in zs.surface.items():
        x, y = points[len(points) // 2]
        near = [
            image.pixel(round(x * scale) + dx, round(y * scale) + dy) != QColor("white").rgba()
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        ]
        assert any(near), name
