"""A technique's strokes on the map: opened from the Zone Info panel or a routine
step, played with Play/Pause/Step on a fake clock, cleared by Esc or a zone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from massage_trainer.core.strokes import strokes_for
from massage_trainer.ui.maplook import MapState


class FakeClock:
    """Monotonic seconds the test moves by hand."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def window(open_window):
    return open_window(1100, 800)


@pytest.fixture
def clock(window) -> FakeClock:
    fake = FakeClock()
    window.strokes.clock = fake
    return fake


def with_strokes(zone_set):
    """(zone, technique) pairs: a zone listing a technique that has strokes here."""
    for zone in zone_set.zones:
        for tid in zone.techniques:
            technique = zone_set.techniques.get(tid)
            if technique is not None and strokes_for(technique, zone_set):
                yield zone, technique


def open_technique(window, qtbot, technique_id: str | None = None):
    """Select a zone and open one of its techniques that has strokes; the technique."""
    zone_set = window.zone_set
    zone, technique = next(
        (z, t) for z, t in with_strokes(zone_set) if technique_id in (None, t.id)
    )
    view = window.view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*zone.label_point))
    assert window.info.zone is zone
    window.info.toggle_technique(technique.id)
    QApplication.processEvents()
    return technique


def midpoints(strokes):
    """The middle of every segment long enough to show, in cm."""
    for stroke in strokes:
        for (x0, y0), (x1, y1) in stroke.segments:
            if abs(x1 - x0) + abs(y1 - y0) > 3:
                yield ((x0 + x1) / 2, (y0 + y1) / 2)


def test_opening_a_technique_draws_its_strokes(window, qtbot):
    technique = open_technique(window, qtbot)
    view = window.view
    look = view.look
    expected = strokes_for(technique, window.zone_set)
    assert look.strokes == expected
    assert look.stroke_arrows and look.stroke_position is None
    # the zones the strokes pass stay bright, and the avoid zones beside them; the
    # rest fades
    zone_set = window.zone_set
    passed = {
        zone.id
        for s in expected
        for (x, y), _seg in s.samples(0.5)
        if (zone := zone_set.zone_at(x, y)) is not None
    }
    kept = look.marks.keep
    assert look.marks.dim and not look.marks.outline
    assert passed <= kept
    assert all(zone_set.zone(z).safety == "avoid" for z in kept - passed)
    assert any(z.safety == "avoid" and z.id not in kept for z in zone_set.zones)
    # the map differs from the same look without strokes where the paths run, and
    # only there
    with_image = view.grab().toImage()
    view.apply_look(look.with_(strokes=()))
    without = view.grab().toImage()
    view.apply_look(look)
    changed = [
        with_image.pixel(view.model_to_view(x, y)) != without.pixel(view.model_to_view(x, y))
        for x, y in midpoints(expected)
    ]
    assert changed and sum(changed) >= 0.8 * len(changed)
    far = view.model_to_view(window.zone_set.landmarks["heel_left"][0] - 1, 168)
    assert with_image.pixel(far) == without.pixel(far)
    # the panel says them in words, and so does the map to a screen reader
    text = window.info.toPlainText()
    assert "The strokes" in text and "Drawn on the map now" in text
    assert f"Strokes of {technique.name}" in view.accessibleDescription()
    bar = window.strokes.bar
    assert bar.isVisible() and technique.name in bar.title.text()
    assert bar.accessibleDescription() == look.strokes_text


def test_play_pause_and_step_follow_the_player_clock(window, qtbot, clock):
    open_technique(window, qtbot)
    strokes = window.strokes
    player = strokes.player
    assert player is not None and not player.running
    qtbot.mouseClick(strokes.bar.play_button, Qt.MouseButton.LeftButton)
    assert player.running and strokes.timer.isActive()
    assert strokes.bar.play_button.text().endswith("Pause")
    clock.advance(1.25)
    frame = strokes.frame()
    assert frame.elapsed == pytest.approx(1.25)
    assert window.view.look.stroke_position == frame
    assert frame.hands and all(h.stroke in window.view.look.strokes for h in frame.hands)
    # the hands are drawn: the map changes between two moments, over the same
    # cached picture of the zones (a frame never renders the map again)
    early = window.view.grab().toImage()
    cached = window.view._cache
    clock.advance(0.75)
    strokes.frame()
    assert window.view.grab().toImage() != early
    assert window.view._cache is cached
    # Space on the map pauses; the time stands still while paused
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert not player.running and not strokes.timer.isActive()
    clock.advance(30)
    assert strokes.frame().elapsed == pytest.approx(2.0)
    # Step goes on to the start of the next pass, paused
    starts = player.pass_starts()
    following = next((s for s in starts if s > 2.0 + 1e-9), player.total)
    strokes.step_action.trigger()
    assert window.view.look.stroke_position.elapsed == pytest.approx(following)
    assert not player.running
    # F8's action plays again from there
    strokes.play_action.trigger()
    assert player.running
    clock.advance(0.5)
    assert strokes.frame().elapsed == pytest.approx(following + 0.5)


def test_played_to_the_end_it_stops(window, qtbot, clock):
    open_technique(window, qtbot)
    strokes = window.strokes
    strokes.play()
    clock.advance(strokes.player.total + 5)
    frame = strokes.frame()
    assert frame.finished and not frame.running and not strokes.timer.isActive()
    assert strokes.bar.status.text().startswith("Done")


def test_esc_on_the_map_clears_the_strokes_then_the_selection(window, qtbot):
    open_technique(window, qtbot)
    view = window.view
    zone = view.selected
    assert view.look.strokes and zone is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.look.strokes == () and not view.look.marks
    assert not window.strokes.bar.isVisible()
    assert "Strokes of" not in view.accessibleDescription()
    assert view.selected is zone and window.info.zone is zone
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected is None and window.info.zone is None
    assert not window.strokes.play_action.isEnabled()  # nothing left to play


def test_after_esc_f8_shows_the_open_technique_again_and_plays(window, qtbot, clock):
    technique = open_technique(window, qtbot)
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.look.strokes == ()
    assert window.strokes.play_action.isEnabled()
    window.strokes.play_action.trigger()
    assert view.look.strokes == strokes_for(technique, window.zone_set)
    assert window.strokes.player.running


def test_esc_in_the_panel_clears_them_and_the_link_shows_them_again(window, qtbot):
    technique = open_technique(window, qtbot)
    window.info.setFocus()
    qtbot.keyClick(window.info, Qt.Key.Key_Escape)
    assert window.view.look.strokes == ()
    assert "Show the strokes on the map" in window.info.toHtml()
    window.info.anchorClicked.emit(QUrl(f"strokes:{technique.id}"))
    assert window.view.look.strokes == strokes_for(technique, window.zone_set)


def test_choosing_a_zone_or_closing_the_technique_clears_them(window, qtbot):
    technique = open_technique(window, qtbot)
    view = window.view
    other = next(z for z in window.zone_set.zones if z is not window.info.zone)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*other.label_point))
    assert view.look.strokes == ()
    technique = open_technique(window, qtbot, technique.id)
    assert view.look.strokes
    window.info.toggle_technique(technique.id)  # closed again
    assert view.look.strokes == ()


def test_strokes_stay_with_their_tab(window, qtbot, clock):
    open_technique(window, qtbot)
    strokes = window.strokes
    strokes.play()
    window.tabs.setCurrentWidget(window.rules)
    assert window.view.look.strokes == () and not strokes.player.running
    window.quiz.show_setup()
    assert window.view.look.strokes == ()
    window.tabs.setCurrentWidget(window.info)
    assert window.view.look.strokes == strokes.shown.strokes


def test_a_routine_step_shows_its_techniques_strokes(window, qtbot, clock):
    routines = window.routines
    routines.show_tab()
    zone_set = window.zone_set
    for index in range(len(routines.routine.steps)):
        routines.go_to(index)
        step = routines.step
        technique = zone_set.techniques.get(step.technique)
        if technique is not None and not step.turns_over and strokes_for(technique, zone_set):
            break
    else:
        pytest.fail("no routine step has a technique with strokes")
    look = window.view.look
    assert look.state is MapState.ROUTINE
    # the technique's strokes over the step's zones (all of them if none passes there)
    placed = strokes_for(technique, zone_set)
    assert look.strokes and set(look.strokes) <= set(placed)
    passing = {
        s.number
        for s in placed
        for (x, y), _seg in s.samples(0.5)
        if (z := zone_set.zone_at(x, y)) is not None and z.id in step.zone_ids
    }
    assert {s.number for s in look.strokes} == (passing or {s.number for s in placed})
    assert "The strokes" in routines.panel.step_view.toPlainText()
    window.strokes.play_action.trigger()
    assert window.strokes.player.running
    window.strokes.clear()
    assert window.view.look.strokes == ()


def test_view_menu_entries_follow_the_strokes(window, qtbot):
    strokes = window.strokes
    assert not strokes.play_action.isEnabled() and not strokes.clear_strokes_action.isEnabled()
    assert strokes.play_action in window.view_menu.actions()
    assert strokes.play_action.shortcut().toString() == "F8"
    open_technique(window, qtbot)
    assert strokes.play_action.isEnabled() and strokes.step_action.isEnabled()
    strokes.clear_strokes_action.trigger()
    assert window.view.look.strokes == ()
