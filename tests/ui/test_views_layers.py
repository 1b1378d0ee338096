"""Views and anatomy layers in the window: View > Back / Front, the layer
toggles, what lies beneath a zone, hover names, the legend and the side marks."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

from massage_trainer.app import create_main_window
from massage_trainer.core.quiz import Mode, RoundSettings
from massage_trainer.core.zones import builtin_views, load_zone_set
from massage_trainer.paint.body import (
    RenderOptions,
    fit_transform,
    paint_body,
    scene_for,
    side_marks,
)
from massage_trainer.ui.infopanel import Legend


@pytest.fixture
def window(open_window):
    return open_window(1100, 800)


def info_text(win) -> str:
    return win.info.toPlainText()


def view_pixels(win) -> QImage:
    QApplication.processEvents()
    return win.view.grab().toImage()


def click_zone(win, qtbot, zone_id: str) -> None:
    zone = win.zone_set.zone(zone_id)
    qtbot.mouseClick(
        win.view, Qt.MouseButton.LeftButton, pos=win.view.model_to_view(*zone.label_point)
    )
    assert win.view.selected is zone


# --- views ---------------------------------------------------------------------------
def test_the_view_menu_is_built_from_the_list_of_views(window):
    assert tuple(window.view_actions) == builtin_views() == window.views
    assert {"back", "front"} <= set(window.view_actions)
    assert window.view_actions["back"].isChecked()
    menu = [a.text() for a in window.view_menu.actions()]
    assert "&Back" in menu and "&Front" in menu
    toolbar = window.toolbar.actions()
    assert window.view_actions["front"] in toolbar


def test_switching_views_changes_map_title_and_panel_and_keeps_each_selection(window, qtbot):
    back = window.zone_set
    assert back.view == "back" and "Back" in window.windowTitle()
    click_zone(window, qtbot, "kidney_left")
    window.view.zoom_by(1.5)
    back_zoom = window.view.zoom
    before = view_pixels(window)

    window.view_actions["front"].trigger()  # the menu
    front = window.zone_set
    assert front.view == "front" and front is not back
    assert window.view.zone_set is front
    assert "Front" in window.windowTitle()
    assert window.view_actions["front"].isChecked()
    assert window.view.selected is None and window.view.zoom == 1.0
    assert "Kidney area" not in info_text(window)
    assert view_pixels(window) != before
    click_zone(window, qtbot, "belly")
    assert "Belly" in info_text(window)

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    assert window.zone_set is back
    assert window.view.selected is back.zone("kidney_left")
    assert window.view.zoom == pytest.approx(back_zoom)
    assert "Kidney area" in info_text(window) and "Belly" not in info_text(window)
    assert "Back" in window.windowTitle()

    qtbot.keyClick(window, Qt.Key.Key_F7)  # turn over
    assert window.zone_set is front
    assert window.view.selected is front.zone("belly")
    assert "Belly" in info_text(window)


def test_the_view_is_remembered(window, qtbot):
    window.view_actions["front"].trigger()
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.zone_set.view == "front"
    assert again.view_actions["front"].isChecked()
    again.view_actions["back"].trigger()
    again.close()
    third = create_main_window()
    qtbot.addWidget(third)
    assert third.zone_set.view == "back"


def test_tabs_get_the_new_view_and_keep_working(window, qtbot):
    seen = []
    window.zoneSetChanged.connect(seen.append)
    window.quiz.show_setup()
    window.quiz.start(RoundSettings(Mode.NAME, count=3, seed=1))
    window.view_actions["front"].trigger()
    assert seen and seen[-1] is window.zone_set and seen[-1].view == "front"
    # the quiz asks on both views: another view of the same body keeps the round
    assert window.quiz.engine.zone_set_of("front") is window.zone_set
    assert window.quiz.running
    window.quiz.show_setup()
    window.quiz.start(RoundSettings(Mode.NAME, count=3, seed=1))
    assert window.quiz.round is not None
    assert window.quiz.question.zone in window.zone_set.zones
    window.routines.show_tab()
    window.quiz.show_progress()
    QApplication.processEvents()
    window.tabs.setCurrentWidget(window.info)
    window.view_actions["back"].trigger()
    assert window.quiz.engine.zone_set_of("back") is window.zone_set


def third_view_folder(tmp_path, source, broken_side: bool = True):
    """A list of views in a scratch folder: the back, a broken "side" view
    (or none) and a third view, "third", made from the back's file."""
    (tmp_path / "back.yaml").write_text(source.read_text())
    (tmp_path / "side.yaml").write_text("format: 1\nview: side\nzones: []\n")
    for name in ("techniques.yaml", "rules.yaml"):
        (tmp_path / name).write_text((source.parent / name).read_text())
    # a third view is a file and a line in the list: it gets its entry with no code
    third = source.read_text().replace("view: back\n", "view: third\ntitle: Third\n", 1)
    third = third.replace("title: Back view\n", "", 1)
    (tmp_path / "third.yaml").write_text(third)
    views = tmp_path / "views.yaml"
    side = "  side: side.yaml\n" if broken_side else ""
    views.write_text(f"format: 1\nviews:\n  back: back.yaml\n{side}  third: third.yaml\n")
    return views


def test_a_broken_view_shows_its_problems_and_the_view_stays(window, tmp_path, monkeypatch):
    from massage_trainer.ui.dialogs import ProblemsDialog

    views = third_view_folder(tmp_path, window.zone_set.path)
    assert window.load_zone_file(views) is True
    assert tuple(window.view_actions) == ("back", "side", "third")
    window.view_actions["third"].trigger()
    assert window.zone_set.view == "third" and "Third" in window.windowTitle()
    window.view_actions["back"].trigger()
    shown = []
    monkeypatch.setattr(
        ProblemsDialog, "ask", classmethod(lambda cls, parent, title, summary, p: shown.append(p))
    )
    assert window.show_view("side") is False
    assert shown and any("side.yaml" in line for line in shown[0])
    assert window.zone_set.view == "back" and window.view_actions["back"].isChecked()
    window.open_builtin()
    assert tuple(window.view_actions) == builtin_views()


def test_a_third_view_is_quizzed_and_exported_with_no_code(window, tmp_path, capsys):
    from pypdf import PdfReader

    from massage_trainer import cli

    views = third_view_folder(tmp_path, window.zone_set.path, broken_side=False)
    assert window.load_zone_file(views) is True
    window.view_actions["third"].trigger()
    third = window.zone_set
    assert third.view == "third"
    # a quiz round on the third view: its questions are about its zones, and a
    # click on the zone asked for is right
    window.quiz.show_setup()
    rnd = window.quiz.start(RoundSettings(Mode.FIND, region="third:", count=3, seed=5))
    assert rnd is not None
    for _ in range(3):
        question = window.quiz.question
        assert question.view == "third"
        assert rnd.engine.zone_set_of(question).zone(question.zone.id) is not None
        assert question.zone.id in {zone.id for zone in third.zones}
        window.quiz._on_point_clicked(*question.zone.label_point)
        assert window.quiz.feedback.correct
        window.quiz.next_question()
    assert window.quiz.results is not None and window.quiz.results.score == 3
    assert {key.split("/")[0] for key, _item in window.quiz.progress} >= {"third"}
    # the export of that view, through the command line
    out = tmp_path / "third.pdf"
    assert cli.main(["export", "--zones", str(tmp_path / "third.yaml"), "--out", str(out)]) == 0
    capsys.readouterr()
    reader = PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) >= 1 and "Third" in text


# --- layers --------------------------------------------------------------------------
def test_layer_toggles_come_from_the_zone_set_change_the_map_and_are_remembered(window, qtbot):
    zone_set = window.zone_set
    assert tuple(window.layer_actions) == zone_set.layers
    assert [a.text() for a in window.layer_actions.values()] == [
        zone_set.layer_names[layer] for layer in zone_set.layers
    ]
    assert all(a in window.toolbar.actions() for a in window.layer_actions.values())
    before = view_pixels(window)
    window.layer_actions["organs"].trigger()
    assert window.view.options.layers == frozenset({"organs"})
    kidney = zone_set.structure("kidney_left")
    inside = kidney.geometry.representative_point()
    after = view_pixels(window)
    p = window.view.model_to_view(inside.x, inside.y)
    assert after.pixelColor(p) != before.pixelColor(p)
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.layer_actions["organs"].isChecked()
    assert not again.layer_actions["bones"].isChecked()
    assert again.view.options.layers == frozenset({"organs"})


def test_the_quiz_map_draws_no_layers(window):
    window.layer_actions["nerves"].trigger()
    window.quiz.show_setup()
    window.quiz.start(RoundSettings(Mode.SAFETY, count=3, seed=2))
    QApplication.processEvents()
    assert window.view.options.layers == frozenset()
    window.tabs.setCurrentWidget(window.info)
    assert window.view.options.layers == frozenset({"nerves"})


@pytest.mark.parametrize("zone_id", ["kidney_left", "spine"])
def test_the_panel_lists_what_lies_beneath(window, qtbot, zone_id):
    zone_set = window.zone_set
    under = zone_set.structures_under(zone_set.zone(zone_id))
    assert under
    click_zone(window, qtbot, zone_id)
    text = info_text(window)
    assert "What lies beneath" in text
    for structure in under:
        assert structure.name in text
        assert structure.note.split()[0] in text
    for layer in {s.layer for s in under}:
        assert zone_set.layer_names[layer] in text
    if zone_id == "kidney_left":
        assert zone_set.structure("kidney_left") in under
        assert zone_set.structure("kidney_left").note in text.replace("\n", " ")


def test_hover_names_the_structure_beneath_with_a_layer_on(window, qtbot):
    view = window.view
    kidney = window.zone_set.structure("kidney_left")
    inside = kidney.geometry.representative_point()
    pos = view.model_to_view(inside.x, inside.y)
    qtbot.mouseMove(view, pos)
    qtbot.waitUntil(lambda: view.hovered is not None)
    assert kidney.name not in window.zone_label.text()
    window.layer_actions["organs"].trigger()
    qtbot.mouseMove(view, pos + QPoint(1, 0))
    qtbot.waitUntil(lambda: view.hover_structure is not None)
    assert view.hover_structure is kidney
    assert kidney.name in window.zone_label.text()
    assert any(kidney.name in t for t in view.hover_texts())


# --- symbols -----------------------------------------------------------------------------
def test_hover_on_a_pressure_point_names_it(window, qtbot):
    view = window.view
    x, y = window.zone_set.landmarks["pressure_point_left"]
    qtbot.mouseMove(view, view.model_to_view(x, y))
    qtbot.waitUntil(lambda: view.hover_symbol is not None)
    assert view.hover_symbol.name == "Pressure point"
    assert window.zone_label.text().startswith("Pressure point")
    assert view.hover_texts()[0].startswith("Pressure point")
    # the zone under it is named after the symbol, not instead of it
    assert window.zone_label.text().index("Pressure point") < window.zone_label.text().find(
        view.hovered.name
    )
    # the tooltip names it too, first and in bold
    pos = view.model_to_view(x, y)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith("<b>Pressure point")
    assert view.hovered.name in QToolTip.text()
    QToolTip.hideText()
    # away from the diamond the zone comes first again
    qtbot.mouseMove(view, view.model_to_view(x + 3.0, y + 3.0))
    qtbot.waitUntil(lambda: view.hover_symbol is None)
    assert not window.zone_label.text().startswith("Pressure point")


def test_hover_on_the_ridge_line_names_it(window, qtbot):
    view = window.view
    x, y = window.zone_set.lines["upper_trapezius_ridge_right"][20]
    qtbot.mouseMove(view, view.model_to_view(x, y))
    qtbot.waitUntil(lambda: view.hover_symbol is not None)
    assert view.hover_symbol.kind == "line"
    assert view.hover_symbol.name == "Upper trapezius ridge"
    assert view.hover_symbol.side == "right"
    assert window.zone_label.text().startswith("Upper trapezius ridge")


def test_the_legend_explains_the_symbols_shown(window):
    words = [r.word for r in window.legend.rows]
    assert words[:3] == ["Avoid", "Caution", "Target"]
    assert "Pressure point" in words and "Guide line" in words
    assert "Organ" not in words and "Nerve" not in words
    window.layer_actions["organs"].trigger()
    words = [r.word for r in window.legend.rows]
    assert "Organ" in words and "Nerve" not in words
    window.layer_actions["nerves"].trigger()
    assert "Nerve" in [r.word for r in window.legend.rows]
    assert "Organ" in window.legend.accessibleDescription()
    window.toggle_actions["pressure_points"].trigger()
    assert "Pressure point" not in [r.word for r in window.legend.rows]
    window.show_view("front")  # no pressure points on the front: no row, and no toggle
    assert not window.toggle_actions["pressure_points"].isEnabled()
    assert "collarbone" in " ".join(r.description for r in window.legend.rows)


def test_legend_rows_are_sized_from_the_font(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    small = legend.heightForWidth(400)
    font = QFont(legend.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    legend.setFont(font)
    assert legend.heightForWidth(400) > small * 1.6
    # a narrow legend wraps its descriptions instead of cutting them off
    assert legend.heightForWidth(200) > legend.heightForWidth(800)


def test_the_legend_draws_a_symbol_per_row(window):
    window.layer_actions["bones"].trigger()
    legend = window.legend
    QApplication.processEvents()  # the layout gives the legend its new height
    assert legend.height() >= legend.heightForWidth(legend.width())
    image = legend.grab().toImage()
    for rect in legend.row_rects():
        # each row's swatch column holds more than the background
        swatch = QRectF(0, rect.top(), rect.height() * 2.2, rect.height()).toRect()
        colours = {
            image.pixel(x, y)
            for x in range(swatch.left(), swatch.right())
            for y in range(swatch.top(), swatch.bottom())
        }
        assert len(colours) > 2


# --- person's left and right ------------------------------------------------------------
@pytest.mark.parametrize(("view", "left_on_viewers"), [("back", "left"), ("front", "right")])
def test_side_marks_are_on_the_persons_sides(view, left_on_viewers):
    zone_set = load_zone_set(view=view)
    marks = {m.side: m for m in side_marks(zone_set)}
    assert marks["left"].text == "Person\u2019s left"
    assert marks["left"].align == left_on_viewers
    left_x, right_x = marks["left"].x, marks["right"].x
    if left_on_viewers == "left":
        assert left_x < zone_set.midline < right_x
    else:
        assert right_x < zone_set.midline < left_x
    # each mark has room beside the head, and stays out of the body
    for mark in marks.values():
        assert mark.room > 5.0
        end = mark.x + mark.room if mark.align == "left" else mark.x - mark.room
        band = shapely.box(min(mark.x, end), mark.y - 1.0, max(mark.x, end), mark.y + 1.0)
        assert not band.intersects(zone_set.outline)
    # the marks agree with the file's own sided landmarks
    for name, (x, _y) in zone_set.landmarks.items():
        if name.endswith("_left"):
            assert (x < zone_set.midline) == (left_x < zone_set.midline)


@pytest.mark.parametrize("view", ["back", "front"])
def test_the_renderer_draws_the_side_marks_beside_the_head(view, qapp):
    zone_set = load_zone_set(view=view)

    def render(sides: bool) -> QImage:
        image = QImage(500, 1000, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_body(painter, zone_set, QRectF(0, 0, 500, 1000), RenderOptions(sides=sides))
        painter.end()
        return image

    assert RenderOptions().sides  # on by default: paper gets them too
    on, off = render(True), render(False)
    transform = fit_transform(
        scene_for(zone_set).bounds, QRectF(0, 0, 500, 1000), RenderOptions().margin
    )
    changed = [
        (x, y)
        for x in range(0, 500, 2)
        for y in range(0, 1000, 2)
        if on.pixel(x, y) != off.pixel(x, y)
    ]
    assert changed
    mid = transform.map(zone_set.midline, 0.0)[0]
    xs = [x for x, _y in changed]
    # text on both sides of the midline, up beside the head
    assert min(xs) < mid < max(xs)
    head_y = transform.map(0.0, zone_set.outline.bounds[1] + 12.0)[1]
    assert max(y for _x, y in changed) < head_y


def test_the_hover_line_is_cleared_when_the_view_changes(window, qtbot):
    window._on_hover(window.zone_set.zone("kidney_left"))
    assert "Kidney area" in window.zone_label.text()
    window.view_actions["front"].trigger()
    assert window.zone_label.text() == ""  # it named a zone of the back view


# --- the screenshot of a view (issue 13) ---------------------------------------------
def test_the_screenshot_shows_the_view_asked_for(qapp, fresh_settings, tmp_path, monkeypatch):
    import sys

    from massage_trainer import app, cli

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the command sets its own
    shot: dict[str, list] = {"views": [], "titles": []}
    original = app._screenshot

    def spy(application, win, path):
        shot["views"].append(win.zone_set.view)
        shot["titles"].append(win.windowTitle())
        return original(application, win, path)

    monkeypatch.setattr(app, "_screenshot", spy)
    front, back = tmp_path / "front.png", tmp_path / "back.png"
    assert cli.main(["--screenshot", str(front), "--view", "front"]) == 0
    assert cli.main(["--screenshot", str(back), "--view", "back"]) == 0
    assert shot["views"] == ["front", "back"]
    assert "Front" in shot["titles"][0] and "Back" in shot["titles"][1]
    front_image, back_image = QImage(str(front)), QImage(str(back))
    assert front_image.size() == back_image.size() and front_image != back_image


def test_the_screenshot_refuses_an_unknown_view(qapp, capsys, tmp_path):
    from massage_trainer import cli

    out = tmp_path / "shot.png"
    assert cli.main(["--screenshot", str(out), "--view", "sideways"]) == 2
    err = capsys.readouterr().err
    assert "'sideways'" in err and "front" in err and not out.exists()
