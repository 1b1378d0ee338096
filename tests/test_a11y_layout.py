"""Layouts that hold: the first window fits the screen, the map gets at least
half of a wide window while the panel's lines stay readable, and no text is
clipped from 800x600 to 4K, also with an 18 pt application font.

The clipping checks are bench/layout_check.py's own, run in-process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

SIZES = ((800, 600), (1024, 768), (1366, 768), (1920, 1080), (3840, 2160))
# what another part of the work owns (the quiz set-up page and the Progress
# tab's table are laid out anew there): not checked here
ELSEWHERE = ("[Quiz]", "[Progress]")


def layout_check():
    """bench/layout_check.py as a module (loaded once)."""
    if "layout_check" in sys.modules:
        return sys.modules["layout_check"]
    path = Path(__file__).resolve().parent.parent / "bench" / "layout_check.py"
    spec = importlib.util.spec_from_file_location("layout_check", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["layout_check"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def app_font(qapp):
    """Set the application font for one test (points, or None for the default)."""
    default = QFont(qapp.font())

    def use(points: float | None) -> None:
        font = QFont(default)
        if points:
            font.setPointSizeF(points)
        qapp.setFont(font)

    yield use
    qapp.setFont(default)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_first_window_fits_the_screen_centred(open_window, width, height):
    window = open_window(show=False)
    room = QRect(0, 0, width, height)
    window.fit_to_screen(True, room)
    size = window.size()
    assert size.width() <= width and size.height() <= height
    # in the middle, with room left for the window manager's frame
    placed = QRect(window.pos(), size)
    assert room.contains(placed)
    assert abs(placed.center().x() - room.center().x()) <= 16
    assert abs(placed.center().y() - room.center().y()) <= 32
    # a screen with room gets the whole default size
    if width >= 1366 and height >= 1080:
        assert (size.width(), size.height()) == (1200, 860)


def test_a_remembered_size_too_large_for_this_screen_is_made_to_fit(open_window):
    window = open_window(show=False)
    window.resize(3000, 2000)
    room = QRect(0, 0, 1366, 768)
    window.fit_to_screen(False, room)
    assert room.contains(QRect(window.pos(), window.size()))


@pytest.mark.parametrize("points", [None, 18.0])
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3840, 2160)])
def test_a_wide_window_gives_the_map_half_and_keeps_lines_readable(
    open_window, app_font, qtbot, width, height, points
):
    app_font(points)
    window = open_window(width, height)
    window.view.select(window.zone_set.zone("kidney_left"))
    qtbot.waitUntil(lambda: window.view.width() > 0)
    QApplication.processEvents()
    assert window.view.width() >= window.width() / 2
    info = window.info
    characters = info.viewport().width() / QFontMetrics(info.font()).averageCharWidth()
    assert characters <= layout_check().LINE_CHARACTERS


@pytest.mark.slow
@pytest.mark.parametrize("points", [None, 18.0])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_text_is_clipped(qapp, fresh_settings, app_font, width, height, points):
    check = layout_check()
    app_font(points)
    findings = check.check_window(qapp, width, height, points)
    lines = [line for line in check.grouped(findings) if not line.endswith(ELSEWHERE)]
    # a push button below the fold of a scrolling tab is not clipped: it scrolls into view
    lines = [line for line in lines if "without scrolling" not in line]
    assert lines == []
