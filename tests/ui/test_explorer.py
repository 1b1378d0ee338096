"""The explorer window: clicks, hover, keyboard, files, settings, screenshot."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from massage_trainer.app import create_main_window
from massage_trainer.ui.dialogs import ProblemsDialog, ZoneFileDialog


@pytest.fixture
def window(open_window):
    return open_window()


def view_of(win) -> QWidget:
    return win.findChild(QWidget, "bodyView")


def info_text(win) -> str:
    return win.findChild(QTextBrowser, "zoneInfo").toPlainText()


def label_text(label: QLabel) -> str:
    """A label's text as shown: rich text without its markup."""
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def landmark_point(win, name: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:
    x, y = win.zone_set.landmarks[name]
    return view_of(win).model_to_view(x + dx, y + dy)


@pytest.mark.parametrize(
    ("landmark", "dx", "dy", "name", "word"),
    [
        ("T7", 0.0, 0.0, "Spine", "Avoid"),
        ("pressure_point_left", 0.0, 0.0, None, "Target"),
        ("rib12_tip_right", 0.0, 1.5, "Kidney area", "Avoid"),
        ("popliteal_left", 0.0, 0.0, None, "Avoid"),
        ("scapula_inferior_angle_right", 1.0, -4.0, "Shoulder blade", "Caution"),
    ],
)
def test_click_fills_the_panel(window, qtbot, landmark, dx, dy, name, word):
    x, y = window.zone_set.landmarks[landmark]
    expected = window.zone_set.zone_at(x + dx, y + dy)
    assert expected is not None
    if name is not None:
        assert expected.name == name
    qtbot.mouseClick(
        view_of(window), Qt.MouseButton.LeftButton, pos=landmark_point(window, landmark, dx, dy)
    )
    text = info_text(window)
    assert expected.name in text
    assert word in text
    assert view_of(window).selected is expected


def test_click_outside_clears_with_a_hint(window, qtbot):
    view = view_of(window)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=landmark_point(window, "T7"))
    assert view.selected is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(3.0, 3.0))
    assert view.selected is None
    assert "beside the body" in info_text(window)


def test_hover_highlights_and_names_the_zone(window, qtbot):
    view = view_of(window)
    hovered = []
    view.zoneHovered.connect(hovered.append)
    qtbot.mouseMove(view, landmark_point(window, "rib12_tip_left", dy=1.5))
    qtbot.waitUntil(lambda: view.hovered is not None)
    assert view.hovered.id == "kidney_left"
    assert hovered[-1].id == "kidney_left"
    assert "Kidney area" in window.zone_label.text()
    before = view.grab().toImage()
    qtbot.mouseMove(view, view.model_to_view(2.0, 2.0))
    qtbot.waitUntil(lambda: view.hovered is None)
    # the highlight is painted: the picture changes when the pointer leaves
    assert view.grab().toImage() != before


def test_keyboard_reaches_every_zone(window, qtbot):
    view = view_of(window)
    view.setFocus()
    # the cursor shows on the first zone as soon as the map has the focus
    seen = [view.cursor_zone.id]
    for _ in range(len(window.zone_set.zones) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        seen.append(view.cursor_zone.id)
    assert set(seen) == {z.id for z in window.zone_set.zones}
    # head to feet: the first zones are on the head, the last on the feet
    first = window.zone_set.zone(seen[0])
    assert first.label_point[1] < 15
    assert window.zone_set.zone(seen[-1]).kind == "foot"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.selected is view.cursor_zone
    assert view.selected.name in info_text(window)
    assert view.selected.name in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected is None


def test_the_keyboard_cursor_has_a_dashed_focus_outline(window, qtbot):
    view = view_of(window)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    zone = window.zone_set.zone("massage_zone_left")
    while view.cursor_zone is not zone:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    focused = view.grab().toImage()
    window.info.setFocus()  # the outline goes with the focus; the hover stays
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.grab().toImage()
    ring = max(shapely.get_parts(zone.geometry), key=lambda p: p.area).exterior
    border = [
        view.model_to_view(p.x, p.y)
        for p in (ring.interpolate(i / 400, normalized=True) for i in range(400))
    ]

    def share(image, test) -> float:
        return sum(test(image.pixelColor(q).lightness()) for q in border) / len(border)

    # on the border: black dashes, with the white halo showing in the gaps ...
    assert 0.15 < share(focused, lambda lightness: lightness < 30) < 0.9
    assert share(focused, lambda lightness: lightness > 225) > 0.1
    # ... where the plain map has its thin grey border
    assert share(unfocused, lambda lightness: lightness < 30) < 0.02
    assert share(unfocused, lambda lightness: lightness > 225) < 0.02
    # once selected, the solid selection outline shows instead of the dashes
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.selected is zone
    assert share(view.grab().toImage(), lambda lightness: lightness < 30) > 0.9


def test_arrow_keys_move_spatially(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.select(window.zone_set.zone("spine"))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    left = view.cursor_zone
    assert left.side == "left"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.cursor_zone.side == "right"


def test_broken_zone_file_shows_every_problem_and_keeps_the_set(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(lambda cls, parent, title, summary, problems: shown.append(problems)),
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nview: back\ncanvas: {width: 10, height: 10}\nzones: 5\n")
    before = window.zone_set
    assert window.load_zone_file(bad) is False
    assert window.zone_set is before
    assert view_of(window).zone_set is before
    assert len(shown) == 1 and len(shown[0]) >= 2
    assert all(line.startswith("bad.yaml") or "bad.yaml" in line for line in shown[0])


def test_open_another_zone_set(window, tmp_path):
    source = Path(window.zone_set.path)
    copy = tmp_path / "back.yaml"
    copy.write_text(source.read_text())
    assert window.load_zone_file(copy) is True
    assert Path(window.zone_set.path) == copy
    assert view_of(window).zone_set is window.zone_set


def test_file_open_asks_for_the_zone_file_and_opens_it(window, tmp_path, monkeypatch):
    copy = tmp_path / "back.yaml"
    copy.write_text(Path(window.zone_set.path).read_text())
    asked = []
    monkeypatch.setattr(
        ZoneFileDialog, "ask", classmethod(lambda cls, parent, folder: asked.append(1) or str(copy))
    )
    window.open_action.trigger()
    assert asked == [1] and Path(window.zone_set.path) == copy
    monkeypatch.setattr(ZoneFileDialog, "ask", classmethod(lambda cls, parent, folder: ""))
    window.open_action.trigger()  # cancelled: the set stays
    assert Path(window.zone_set.path) == copy


def test_toggles_change_the_map_and_are_remembered(window, qtbot):
    view = view_of(window)
    assert view.options.colours
    before = view.grab().toImage()
    window.toggle_actions["colours"].trigger()
    assert not view.options.colours
    assert view.grab().toImage() != before
    window.toggle_actions["labels"].trigger()
    assert view.options.labels
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert not again.toggle_actions["colours"].isChecked()
    assert again.toggle_actions["labels"].isChecked()
    assert not view_of(again).options.colours


def test_window_size_is_remembered(window, qtbot):
    # the offscreen screen is 800x600 and restoring keeps a window on its screen
    window.resize(720, 520)
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)


def test_zoom_and_fit(window, qtbot):
    view = view_of(window)
    p = landmark_point(window, "T7")
    window.zoom_in_action.trigger()
    assert view.zoom > 1.0
    assert view.model_to_view(*window.zone_set.landmarks["T7"]) != p
    window.fit_action.trigger()
    assert view.zoom == 1.0
    assert view.model_to_view(*window.zone_set.landmarks["T7"]) == p
    # wheel zoom keeps the point under the pointer in place
    qtbot.mouseMove(view, p)
    anchor = window.zone_set.landmarks["T7"]
    view.zoom_by(2.0, p.toPointF())
    moved = view.model_to_view(*anchor)
    assert abs(moved.x() - p.x()) <= 1 and abs(moved.y() - p.y()) <= 1


def test_drag_pans_without_selecting(window, qtbot):
    view = view_of(window)
    start = landmark_point(window, "T7")
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + QPoint(step * 10, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(50, 0))
    assert view.selected is None
    assert view.model_to_view(*window.zone_set.landmarks["T7"]).x() > start.x() + 30


def test_technique_opens_to_its_steps(window, qtbot):
    zone = window.zone_set.zone("massage_zone_left")
    view_of(window).select(zone)
    technique = window.zone_set.techniques[zone.techniques[0]]
    assert technique.name in info_text(window)
    assert technique.steps[0] not in info_text(window)
    window.info.toggle_technique(technique.id)
    assert technique.steps[0] in info_text(window)


def test_disclaimer_shown_once(window):
    disclaimer = window.zone_set.rules.disclaimer
    assert "medical advice" in disclaimer
    texts = [label_text(w) for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.toPlainText() for w in window.findChildren(QTextBrowser)]
    assert sum(disclaimer in t for t in texts) == 1


def test_notice_is_the_disclaimer_as_written_at_normal_size(window, tmp_path):
    from massage_trainer.core import paths

    shutil.copy(paths.builtin_zone_file(), tmp_path / "back.yaml")
    shutil.copy(paths.zones_dir() / "techniques.yaml", tmp_path / "techniques.yaml")
    disclaimer = "Not <b>medical</b> advice & no <small>print</small>; ask a doctor."
    (tmp_path / "rules.yaml").write_text(
        f"format: 1\ndisclaimer: '{disclaimer}'\nrules:\n  - id: be_kind\n"
        "    title: Be kind\n    text: Always.\n",
        encoding="utf-8",
    )
    assert window.load_zone_file(tmp_path / "back.yaml") is True
    assert window.zone_set.rules.disclaimer == disclaimer
    notice = window.notice
    assert notice.textFormat() == Qt.TextFormat.RichText
    assert label_text(notice) == disclaimer  # the tags show as text, not as markup
    assert "<small>" not in notice.text() and "<b>" not in notice.text()
    assert notice.font().pointSizeF() == window.font().pointSizeF()


def test_accessible_names(window):
    assert view_of(window).accessibleName()
    assert window.findChild(QTextBrowser, "zoneInfo").accessibleName()


def test_screenshot_command(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "massage_trainer",
            "--screenshot",
            str(out),
            "--select",
            "massage_zone_left",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() > 800 and image.height() > 600
    # not blank: many different colours across the picture
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    assert len(colours) > 20


def test_screenshot_of_a_broken_zone_file_reports_and_fails(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nview: back\nzones: []\n")
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "--zones", str(bad), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "bad.yaml" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_the_window_is_whole_at_once_and_builds_tabs_on_first_use(window):
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Zone &Info", "&Rules", "Rou&tine", "Q&uiz", "Pro&gress"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Zone", "R&outine", "&Quiz", "&Help"]
    quiz, routines = window.quiz, window.routines
    assert not quiz.panel.is_built and not quiz.progress_view.is_built
    assert not routines.panel.is_built and routines.routine is None
    # a menu entry works before its tab was ever shown; the tab is whole at once
    quiz.start_action.trigger()
    assert window.tabs.currentWidget() is quiz.panel
    assert quiz.panel.setup.start_button.isVisible()
    assert not quiz.progress_view.is_built
    window.tabs.setCurrentWidget(routines.panel)
    assert routines.panel.is_built and routines.routine is not None
    assert routines.panel.start_button.isVisible()


def test_the_command_runs_in_a_process_that_has_its_application(
    qapp, fresh_settings, tmp_path, monkeypatch
):
    from massage_trainer import cli

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the command sets its own
    out = tmp_path / "shot.png"
    assert cli.main(["--screenshot", str(out), "--select", "spine"]) == 0
    assert QImage(str(out)).width() > 800
