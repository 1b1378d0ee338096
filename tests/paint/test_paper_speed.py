"""What makes the zone sheet quick to write, without changing what it shows:
a stroke diagram paints only the part of the body it shows, and on paper a
zone's see-through border is drawn in the opaque colour it makes on the
zone's fill, which a PDF strokes natively."""

from __future__ import annotations

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from massage_trainer.core.strokes import strokes_for
from massage_trainer.core.zones import load_views
from massage_trainer.paint import body, output
from massage_trainer.paint.body import BodyScene, scene_for, seen_through
from massage_trainer.paint.strokes import PAPER_DPI, _paint_diagram, diagram_aspect


@pytest.fixture(scope="module")
def views(qapp):
    return load_views()


def _diagram(zone_set, strokes) -> QImage:
    """A stroke diagram 1.6 inches wide, as the sheet puts it in at PAPER_DPI."""
    width = 1.6 * PAPER_DPI
    height = width * diagram_aspect(strokes, zone_set)
    image = QImage(round(width), round(height), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_diagram(
        painter,
        zone_set,
        strokes,
        QRectF(0, 0, width, height),
        colours=True,
        font_family="",
    )
    painter.end()
    return image


def _differing(a: QImage, b: QImage, by: int = 24) -> int:
    """How many pixels of two images differ by more than ``by`` in a channel."""
    assert a.size() == b.size()

    def channels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
        return rows[:, : 4 * image.width()].reshape(image.height(), image.width(), 4)[..., :3]

    difference = np.abs(channels(a).astype(int) - channels(b).astype(int)).max(axis=2)
    return int((difference > by).sum())


@pytest.mark.parametrize("view", ["back", "front"])
def test_a_stroke_diagram_looks_the_same_drawn_from_the_part_it_shows(views, view, monkeypatch):
    zone_set = views[view]
    techniques = [t for t in zone_set.techniques.values() if strokes_for(t, zone_set)]
    assert techniques
    cut = {t.id: _diagram(zone_set, strokes_for(t, zone_set)) for t in techniques}
    monkeypatch.setattr(BodyScene, "cropped", lambda self, box: self)  # the whole body
    for t in techniques:
        whole = _diagram(zone_set, strokes_for(t, zone_set))
        assert _differing(cut[t.id], whole) == 0, t.id


def test_a_cropped_scene_holds_the_zones_that_reach_into_it(views):
    zone_set = views["back"]
    scene = scene_for(zone_set)
    kidney = zone_set.zone("kidney_left").geometry.bounds
    box = QRectF(kidney[0], kidney[1], kidney[2] - kidney[0], kidney[3] - kidney[1])
    part = scene.cropped(box)
    kept = {z.id for z in part.zones}
    assert "kidney_left" in kept
    assert "scalp" not in kept and "calf_left" not in kept  # far from the kidneys
    assert part.visible == box
    # the outline is cut to the box: a small part of the body's
    assert part.outline.boundingRect().height() <= box.height() + 1e-6
    assert scene.outline.boundingRect().height() > 5 * box.height()


def test_a_see_through_colour_gives_the_colour_it_makes_on_its_ground():
    black = QColor(0, 0, 0, 90)
    assert seen_through(black, QColor("#ffffff")) == QColor(165, 165, 165)
    on_blue = seen_through(black, QColor(159, 211, 242))
    assert on_blue.alpha() == 255
    assert (on_blue.red(), on_blue.green(), on_blue.blue()) == (103, 137, 157)
    assert seen_through(QColor(10, 20, 30), QColor("#ffffff")) == QColor(10, 20, 30)


class _NotPaper:
    """Nothing is one: the renderer draws for the screen even on paper."""


def test_the_body_maps_borders_are_stroked_natively_in_the_pdf(views, tmp_path, monkeypatch):
    """A see-through border reaches the file as a filled outline of every
    segment and join; an opaque one as the path itself: the map's page holds
    well under two thirds of the content it would."""

    def content(name: str) -> int:
        path = tmp_path / name
        output.write_pdf(views["back"], path, pages="1")
        return len(PdfReader(path).pages[0].get_contents().get_data())

    opaque = content("opaque.pdf")
    monkeypatch.setattr(body, "QPagedPaintDevice", _NotPaper)
    see_through = content("see-through.pdf")
    assert opaque < 0.65 * see_through


def test_on_paper_each_border_darkens_its_own_zones_fill(views, tmp_path):
    """The borders on paper look as the see-through ones do: a darker line
    of the fill beside it (not a grey line on every colour)."""
    path = tmp_path / "sheet.pdf"
    output.write_pdf(views["back"], path, pages="1")
    content = PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    strokes = set()
    for line in content.splitlines():
        parts = line.split()
        if parts[-1:] == ["SCN"] and len(parts) == 4:
            strokes.add(tuple(round(float(v) * 255) for v in parts[:3]))
    for fill in ("#9fd3f2", "#f5eb7a", "#ee8a57"):
        made = seen_through(QColor(0, 0, 0, 90), QColor(fill))
        assert any(
            max(abs(a - b) for a, b in zip(s, (made.red(), made.green(), made.blue()), strict=True))
            <= 1
            for s in strokes
        ), fill
