"""The one map, drawn for whichever tab is current: each tab's look after any
other tab and a reload, Esc, and the keyboard's focus ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTextBrowser

from massage_trainer.core.quiz import Mode, RoundSettings

TABS = ("info", "rules", "routine", "quiz", "progress")


def go(window, name: str, busy: bool = False) -> None:
    """Show a tab; ``busy``: and do what the tab is for (a step, a round)."""
    if name == "info":
        window.tabs.setCurrentWidget(window.info)
    elif name == "rules":
        window.tabs.setCurrentWidget(window.rules)
    elif name == "routine":
        window.routines.show_tab()
        if busy:
            window.routines.next_step()
    elif name == "quiz":
        window.quiz.show_setup()
        if busy:
            window.quiz.start(RoundSettings(Mode.NAME, count=5, seed=3))
    else:
        window.quiz.show_progress()
        window.quiz.progress_view.show_on_map.setChecked(True)
    QApplication.processEvents()


def at_zones(window) -> list[int]:
    """The map's pixels at every zone's label point (without the focus, whose
    keyboard cursor shows wherever the map has it)."""
    view = window.view
    window.tabs.tabBar().setFocus()
    QApplication.processEvents()
    image = view.grab().toImage()
    return [image.pixel(view.model_to_view(*z.label_point)) for z in window.zone_set.zones]


@pytest.fixture
def make(open_window):
    return lambda: open_window(1100, 800)


@pytest.mark.parametrize("before", TABS)
def test_each_tab_has_its_own_map_after_any_tab_and_a_reload(make, before):
    pristine = make()
    expected = {}
    for name in TABS:
        go(pristine, name)
        expected[name] = at_zones(pristine)
        go(pristine, "info")
    pristine.close()

    window = make()
    go(window, before, busy=True)
    window.open_builtin()  # any reload
    for name in TABS:
        go(window, name)
        assert at_zones(window) == expected[name], (before, name)
    # the explorer's colours are the lesson: a target zone in its own sky blue
    go(window, "info")
    view = window.view
    calf = window.zone_set.zone("calf_left")
    assert calf.safety == "target"
    colour = view.grab().toImage().pixelColor(view.model_to_view(*calf.label_point))
    assert colour == QColor("#9fd3f2")


def test_esc_clears_the_panel_too(open_window, qtbot):
    window = open_window()
    view = window.view
    zone = window.zone_set.zone("calf_left")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*zone.label_point))
    panel = window.findChild(QTextBrowser, "zoneInfo")
    assert zone.name in panel.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected is None
    assert zone.name not in panel.toPlainText()
    assert zone.name not in window.statusBar().currentMessage()


def ring_drawn(window, qtbot, zone=None) -> bool:
    """Whether the map looks different with the focus over the body (or over
    ``zone``): only the keyboard's dashed ring does (a map with no zone under
    the cursor draws its focus frame along its edges, away from the body)."""
    view = window.view
    shape = view.scene.outline if zone is None else view.scene.paths[zone.id]
    box = view.transform().mapRect(shape.boundingRect()).toAlignedRect().adjusted(-4, -4, 4, 4)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.grab(box).toImage()
    window.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.grab(box).toImage()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return focused != unfocused


def test_find_it_has_no_focus_ring_until_the_keyboard_moves(open_window, qtbot):
    window = open_window()
    window.activateWindow()
    qtbot.waitActive(window)
    quiz, view = window.quiz, window.view
    view.select(window.zone_set.zone("spine"))  # what the explorer had stays there
    quiz.start(RoundSettings(Mode.FIND, count=5, seed=4))
    assert not ring_drawn(window, qtbot)
    # a stray Enter with no cursor answers nothing and costs no try
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quiz.feedback is None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_zone is not None and ring_drawn(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quiz.feedback is not None
    # the next question starts without a ring again
    while not quiz.feedback.done:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    quiz.next_question()
    assert quiz.feedback is None and not ring_drawn(window, qtbot)


def test_no_focus_ring_is_left_after_a_click_beside_the_body(open_window, qtbot):
    window = open_window()
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.view
    zone = window.zone_set.zone("calf_left")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*zone.label_point))
    assert view.selected is zone
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.selected is None
    # the focus brings the cursor back on the first zone, not the one clicked before
    assert not ring_drawn(window, qtbot, zone)
    assert view.cursor_zone is not zone
