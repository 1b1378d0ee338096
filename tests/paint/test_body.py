"""The renderer's safety styles: one table serves the map and every legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.safety import SAFETY_LEVELS
from massage_trainer.paint import body


def _direction_of_map_stripes(zs, safety: str) -> set[int]:
    """The signs of dy/dx of the pattern lines the map draws for a level."""
    signs = set()
    for zone in zs.zones:
        if zone.safety != safety:
            continue
        path = body.scene_for(zs).hatches[zone.id]
        for i in range(0, path.elementCount() - 1, 2):
            a, b = path.elementAt(i), path.elementAt(i + 1)
            if abs(b.x - a.x) > 1e-6:
                signs.add(1 if (b.y - a.y) / (b.x - a.x) > 0 else -1)
    return signs


def _direction_of_swatch_stripes(safety: str) -> set[int]:
    """The diagonal directions a legend swatch's dark pixels run along."""
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    body.paint_swatch(painter, QRectF(0, 0, 60, 60), safety)
    painter.end()
    line = QColor(body.SAFETY_STYLE[safety].line)

    def dark(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - line.red()) + abs(c.green() - line.green()) < 60

    # the neighbours 6 px along each diagonal: stripes are about 5 px wide
    # and 14 px apart, so only a neighbour along a stripe is dark too
    total = down = up = 0
    for y in range(8, 52):
        for x in range(8, 52):
            if dark(x, y):
                total += 1
                down += dark(x + 6, y + 6)
                up += dark(x + 6, y - 6)
    return {sign for sign, count in ((1, down), (-1, up)) if total and count > 0.4 * total}


@pytest.mark.parametrize("safety", SAFETY_LEVELS)
def test_legend_swatches_carry_the_maps_pattern(qapp, zs, safety):
    expected = {1 if d > 0 else -1 for d in body.SAFETY_STYLE[safety].hatch}
    assert _direction_of_map_stripes(zs, safety) == expected
    assert _direction_of_swatch_stripes(safety) == expected
