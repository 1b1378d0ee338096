"""The upper-trapezius trigger-point cluster: a symbol on the back's map where
its landmark says, explained in the key and named on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.colours import SYMBOL_COLOUR
from massage_trainer.paint.body import RenderOptions, paint_body


@pytest.fixture
def window(open_window):
    return open_window(1100, 800)


def test_both_sides_have_a_cluster_between_c7_and_the_shoulder_tip(window):
    marks = window.zone_set.landmarks
    c7 = marks["C7"]
    for side in ("left", "right"):
        x, y = marks[f"trigger_points_{side}"]
        ax, ay = marks[f"acromion_{side}"]
        # about halfway out, a little below the line from C7 to the shoulder tip
        assert abs(x - (c7[0] + ax) / 2) < 1.5
        assert (c7[1] + ay) / 2 - 1 < y < (c7[1] + ay) / 2 + 2
    assert abs(marks["trigger_points_left"][1] - marks["trigger_points_right"][1]) < 1e-9


def test_hover_on_a_trigger_point_names_it(window, qtbot):
    view = window.view
    x, y = window.zone_set.landmarks["trigger_points_right"]
    qtbot.mouseMove(view, view.model_to_view(x, y))
    qtbot.waitUntil(lambda: view.hover_symbol is not None)
    assert view.hover_symbol.kind == "trigger_points"
    assert view.hover_symbol.name == "Trigger-point cluster"
    assert view.hover_symbol.side == "right"
    assert window.zone_label.text().startswith("Trigger-point cluster (right side)")
    assert "head" in view.hover_texts()[0]
    qtbot.mouseMove(view, view.model_to_view(x, y + 6) + QPoint(1, 0))
    qtbot.waitUntil(lambda: view.hover_symbol is None)


def test_the_key_explains_trigger_points_while_they_are_drawn(window):
    words = [r.word for r in window.legend.rows]
    assert "Trigger points" in words
    window.toggle_actions["pressure_points"].trigger()  # the point symbols off
    assert "Trigger points" not in [r.word for r in window.legend.rows]


def _near(c: QColor, ref: QColor) -> bool:
    return abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue()) < 60


def test_the_cluster_is_drawn_where_its_landmark_is(window):
    zone_set = window.zone_set

    def render(points: bool) -> tuple[QImage, object]:
        image = QImage(500, 1000, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        transform = paint_body(
            painter,
            zone_set,
            QRectF(0, 0, 500, 1000),
            RenderOptions(pressure_points=points, lines=False),
        )
        painter.end()
        return image, transform

    drawn, transform = render(True)
    plain, _ = render(False)
    symbol = QColor(SYMBOL_COLOUR)
    for side in ("left", "right"):
        centre = transform.map(QPointF(*zone_set.landmarks[f"trigger_points_{side}"]))
        box = [
            (round(centre.x()) + dx, round(centre.y()) + dy)
            for dx in range(-8, 9)
            for dy in range(-8, 9)
        ]
        assert any(_near(drawn.pixelColor(x, y), symbol) for x, y in box), side
        assert not any(_near(plain.pixelColor(x, y), symbol) for x, y in box), side
