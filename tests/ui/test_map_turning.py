"""What stays steady while the map turns between views, as a quiz across
views turns it at almost every question: the veil over the body, the key's
room in the side panel, and the settings file."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from massage_trainer.core.quiz import Mode, RoundSettings
from massage_trainer.core.zones import load_zone_set
from massage_trainer.ui.bodyview import BodyView


def _veiled(view: BodyView, keep: frozenset[str], x: float, y: float) -> bool:
    """Whether the veil for ``keep`` covers the model point (x, y)."""
    transform = view.transform()
    corner, image = view._veil(keep, transform)
    p = transform.map(QPointF(x, y)) - QPointF(corner)
    return image.pixelColor(round(p.x()), round(p.y())).alpha() > 0


def _inside(view: BodyView, zone_id: str, *outside: str) -> tuple[float, float]:
    """A point well inside a zone and away from the other zones named."""
    shape = view.zone_set.zone(zone_id).geometry.buffer(-0.6)
    for other in outside:
        shape = shape.difference(view.zone_set.zone(other).geometry.buffer(0.6))
    point = shapely.point_on_surface(shape)
    return point.x, point.y


def test_the_veil_clears_the_asked_zone_only_and_veils_spots_on_top_of_it(qtbot):
    view = BodyView(load_zone_set())
    qtbot.addWidget(view)
    view.resize(700, 1000)
    on_top = ("bony_point_left", "bony_point_right", "sciatic_nerve_left", "sciatic_nerve_right")
    sacrum = _inside(view, "sacrum", *on_top)
    nerve = _inside(view, "sciatic_nerve_left")
    buttock = _inside(view, "gluteal_left", *on_top)
    first = frozenset({"sacrum"})
    assert not _veiled(view, first, *sacrum)
    assert _veiled(view, first, *buttock)
    # a nerve drawn on top of the asked zone stays veiled inside it
    assert "sciatic_nerve_left" in view._covering_zones(first)
    assert _veiled(view, first, *nerve)
    # the next question's veil starts from the whole body again: the first
    # question's hole is not left in it
    second = frozenset({"gluteal_left"})
    assert _veiled(view, second, *sacrum)
    assert not _veiled(view, second, *buttock)
    assert not _veiled(view, frozenset({"sciatic_nerve_left"}), *nerve)


def test_the_veil_follows_the_palette(qtbot):
    view = BodyView(load_zone_set())
    qtbot.addWidget(view)
    view.resize(700, 1000)
    keep = frozenset({"sacrum"})
    x, y = _inside(view, "gluteal_left", "bony_point_left", "sciatic_nerve_left")
    transform = view.transform()

    def colour() -> QColor:
        corner, image = view._veil(keep, transform)
        p = transform.map(QPointF(x, y)) - QPointF(corner)
        return image.pixelColor(round(p.x()), round(p.y()))

    light = colour()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(palette)
    dark = colour()
    assert dark.lightness() < light.lightness()  # a dark veil on a dark ground


def test_the_key_keeps_its_room_when_the_quiz_turns_the_map(open_window):
    window = open_window(1100, 800)
    window.quiz.show_setup()
    window.show_view("front")  # both views loaded, as a quiz across views has them
    window.show_view("back")
    window.quiz.start(RoundSettings(Mode.NAME, count=None, seed=3))
    window.show_view("back")  # wherever the first question turned it
    QApplication.processEvents()
    back_rows = list(window.legend.rows)
    seen = (window.legend.height(), window.quiz.panel.geometry())
    window.show_view("front")
    QApplication.processEvents()
    # the front has no pressure points, so its key has fewer rows ...
    assert window.legend.rows != back_rows
    assert "Pressure point" not in [r.word for r in window.legend.rows]
    # ... but keeps the back's room: the quiz's panel above it does not move
    assert (window.legend.height(), window.quiz.panel.geometry()) == seen
    image = window.legend.grab().toImage()
    bottom = window.legend.row_rects()[-1].bottom()
    assert image.height() > bottom + 10  # the room left below the front's last row


def test_the_key_is_drawn_afresh_when_its_rows_change(open_window):
    window = open_window(1100, 800)
    QApplication.processEvents()
    before = window.legend.grab().toImage()
    window.toggle_actions["pressure_points"].trigger()  # its rows go from the key
    QApplication.processEvents()
    assert window.legend.grab().toImage() != before
    window.toggle_actions["pressure_points"].trigger()
    QApplication.processEvents()
    assert window.legend.grab().toImage() == before


def test_turning_the_map_writes_the_settings_only_when_the_window_closes(open_window):
    window = open_window(1100, 800)
    settings = window.settings
    settings.remove("view/current")
    window.show_view("front")
    window.show_view("back")
    window.show_view("front")
    assert settings.value("view/current") is None
    window.close()
    assert settings.value("view/current") == "front"
