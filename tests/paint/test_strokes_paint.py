"""Strokes drawn by the one renderer: the arrows are where the data says, the
two hands read apart in greyscale, the direction can be hidden, and the sheet
and the routine card carry the diagrams within their page limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from massage_trainer.core.routines import load_routines
from massage_trainer.core.strokes import describe_technique, strokes_for
from massage_trainer.core.zones import load_views
from massage_trainer.paint import output, sheet
from massage_trainer.paint.body import RenderOptions, fit_transform, paint_body, scene_for
from massage_trainer.paint.routinecard import step_strokes
from massage_trainer.paint.strokes import _arrow_spots, paint_strokes

SIZE = (350, 850)  # pixels: the whole canvas at 5 px per cm
UNIT = 0.3  # cm drawn for one "point" of the strokes' marks


@pytest.fixture(scope="module")
def views():
    return load_views()


@pytest.fixture(scope="module")
def back(views):
    return views["back"]


def only_strokes(back, strokes, arrows=True) -> tuple[QImage, QTransform]:
    """A white image with nothing but the strokes, 5 px per cm."""
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    transform = QTransform.fromScale(5.0, 5.0)
    painter = QPainter(image)
    painter.setTransform(transform)
    paint_strokes(painter, strokes, UNIT, arrows=arrows)
    painter.end()
    return image, transform


def grey(image: QImage, transform: QTransform, point: tuple[float, float]) -> int:
    p = transform.map(QPointF(*point))
    return QColor(image.pixel(round(p.x()), round(p.y()))).lightness()


def darkest_near(image, transform, point, radius_px=2) -> int:
    p = transform.map(QPointF(*point))
    return min(
        QColor(image.pixel(round(p.x()) + dx, round(p.y()) + dy)).lightness()
        for dx in range(-radius_px, radius_px + 1)
        for dy in range(-radius_px, radius_px + 1)
    )


def test_the_drawn_path_runs_where_the_data_says(back):
    strokes = strokes_for(back.techniques["fan_stroke"], back)
    image, transform = only_strokes(back, strokes)
    for stroke in strokes:
        for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
            x, y = stroke.point_at(fraction)
            assert darkest_near(image, transform, (x, y)) < 100, (stroke.hand, fraction)
    # far from every path: the head, the feet and beside the hips stay white
    for far in ((35, 6), (30, 160), (5, 70), (65, 70)):
        assert grey(image, transform, far) == 255, far


def test_arrowheads_sit_on_the_path_and_point_along_it(back):
    stroke = strokes_for(back.techniques["press_and_move"], back)[0]
    image, transform = only_strokes(back, [stroke])
    plain, _ = only_strokes(back, [stroke], arrows=False)
    spots = _arrow_spots(stroke)
    assert len(spots) >= 3
    for tip, (dx, dy) in spots:
        # a point on the arrowhead's barb: inked with arrows, blank without
        size = 6.5 * UNIT
        barb = (
            tip.x() - dx * size * 0.8 - dy * size * 0.3,
            tip.y() - dy * size * 0.8 + dx * size * 0.3,
        )
        assert darkest_near(image, transform, barb, 1) < 110
        assert grey(plain, transform, barb) > 200
    # the arrowhead behind its tip is drawn, the space beyond the tip is not
    tip, (dx, dy) = spots[-1]
    ahead = (tip.x() + dx * 3, tip.y() + dy * 3)
    assert grey(image, transform, ahead) == 255


def test_left_and_right_hands_read_apart_in_greyscale(back):
    """Filled arrowheads for the left hand, hollow ones for the right; the
    right hand's line is dashed, so parts of it are blank."""
    left, right = strokes_for(back.techniques["fan_stroke"], back)[:2]
    assert {left.hand, right.hand} == {"left", "right"}
    if left.hand == "right":
        left, right = right, left
    image, transform = only_strokes(back, [left, right])

    def centre(spot):
        tip, (dx, dy) = spot
        size = 6.5 * UNIT
        return (tip.x() - dx * size * 0.6, tip.y() - dy * size * 0.6)

    left_fill = [grey(image, transform, centre(s)) for s in _arrow_spots(left)]
    right_fill = [grey(image, transform, centre(s)) for s in _arrow_spots(right)]
    assert max(left_fill) < 90
    assert min(right_fill) > 170

    def blank_share(stroke):
        samples = [p for p, _ in stroke.samples(0.1)]
        return sum(darkest_near(image, transform, p, 1) > 200 for p in samples) / len(samples)

    assert blank_share(left) < 0.05 < 0.15 < blank_share(right)


def test_line_weight_follows_pressure(back):
    """A firm segment is drawn wider than a segment with no pressure."""
    stroke = strokes_for(back.techniques["heel_of_hand_press"], back)[0]
    assert stroke.pressure[:2] == ("firm", "none")
    image, transform = only_strokes(back, [stroke], arrows=False)

    def width_at(seg: int) -> int:
        (x0, y0), (x1, y1) = stroke.segments[seg]
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        dx, dy = stroke.direction(seg)
        across = [(mx - dy * k / 50, my + dx * k / 50) for k in range(-60, 61)]
        return sum(grey(image, transform, p) < 200 for p in across)

    assert width_at(0) > width_at(1) >= 1


def test_the_map_shows_strokes_through_render_options(qapp, back):
    """paint_body draws them: the rendered map differs on the path, not far off."""
    strokes = strokes_for(back.techniques["fan_stroke"], back)
    images = []
    for options in (RenderOptions(), RenderOptions(strokes=strokes)):
        image = QImage(400, 800, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        transform = paint_body(painter, back, QRectF(0, 0, 400, 800), options)
        painter.end()
        images.append(image)
    plain, drawn = images
    on_path = [transform.map(QPointF(*strokes[0].point_at(f))) for f in (0.2, 0.5, 0.8)]
    assert all(plain.pixel(p.toPoint()) != drawn.pixel(p.toPoint()) for p in on_path)
    foot = transform.map(QPointF(*back.landmarks["heel_left"]))
    assert plain.pixel(foot.toPoint()) == drawn.pixel(foot.toPoint())
    assert scene_for(back) is scene_for(back)  # the cached scene stays the one scene


def test_hands_of_a_frame_are_drawn_where_the_player_says(qapp, back):
    from massage_trainer.core.strokes import StrokePlayer

    strokes = strokes_for(back.techniques["fan_stroke"], back)
    player = StrokePlayer(strokes, clock=lambda: 0.0)
    player.seek(strokes[0].seconds * 0.4)
    frame = player.frame()
    image = QImage(400, 800, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    rect = QRectF(0, 0, 400, 800)
    transform = fit_transform(scene_for(back).bounds, rect, RenderOptions().margin)
    paint_body(painter, back, rect, RenderOptions(stroke_frame=frame), transform)
    painter.end()
    left = next(h for h in frame.hands if h.hand == "left")
    p = transform.map(QPointF(*left.point)).toPoint()
    assert QColor(image.pixel(p)).lightness() < 80  # the left hand's filled disc


# --- on paper -----------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.slow
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_sheet_with_diagrams_keeps_its_page_limit(qapp, views, tmp_path, page):
    for name, zone_sets in (("back", views["back"]), ("front", views["front"])):
        path = tmp_path / f"{name}.pdf"
        pages = output.write_pdf(zone_sets, path, page)
        assert pages <= sheet.MAX_PAGES, (name, page, pages)
        text = pdf_text(path)
        zs = zone_sets
        for technique in zs.techniques.values():
            for words in describe_technique(technique, zs):
                # the words under each diagram are on the sheet (the start of them:
                # a line break may fall anywhere after)
                assert " ".join(words.split()[:6]) in text, (name, technique.id)
    both = list(views.values())
    assert output.write_pdf(both, tmp_path / "both.pdf", page) <= sheet.max_pages(2)


def test_routine_card_diagrams_follow_the_step(views):
    zs = views["back"]
    routine = {r.id: r for r in load_routines(zs)}["full_body"]
    steps = {s.id: s for s in routine.steps}
    opening = step_strokes(zs, steps["opening"])
    assert opening and {s.number for s in opening} == {1}  # the back, not the legs
    assert {s.technique for s in opening} == {"effleurage"}
    # a step whose zones no stroke of its technique reaches gets no diagram
    arms = [s for s in routine.steps if s.technique == "press_and_move" and "forearm" in s.zones]
    assert arms and step_strokes(zs, arms[0]) == ()
