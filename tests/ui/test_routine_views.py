"""A routine that turns the person over turns the map over with them, and the
running session goes on: the same routine, step and countdown."""

from __future__ import annotations

import pytest

from massage_trainer.core.timefmt import format_time


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def window(open_window):
    return open_window(1200, 860)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def routines(window, clock):
    controller = window.routines
    controller.clock = clock
    controller.show_tab()
    controller.auto_action.setChecked(True)
    return controller


def test_the_full_session_runs_through_the_turn_over(window, routines, clock):
    routines.set_routine("full_session")
    session = routines.session
    steps = routines.routine.steps
    turn = next(i for i, s in enumerate(steps) if s.turns_over)
    assert window.zone_set.view == "back"
    routines.start()
    # let the clock run, step after step, up to the turn-over and past it
    for index in range(turn + 2):
        assert routines.index == index and routines.running
        step = steps[index]
        assert window.zone_set.view == step.view, step.id
        assert window.view.zone_set is window.zone_set
        # the step's zones are on the map that is shown
        ids = {z.id for z in window.zone_set.zones}
        assert set(step.zone_ids) <= ids
        assert set(step.zone_ids) <= window.view.options.highlighted
        clock.advance(step.seconds)
        routines.tick()
    # the session was never started afresh: same object, still running, on time
    assert routines.session is session and routines.running
    assert routines.index == turn + 2
    assert window.zone_set.view == "front"
    assert window.view_actions["front"].isChecked()
    assert routines.panel.countdown.text() == format_time(steps[turn + 2].seconds)
    # the front step's texts name front zones, with the front's cautions
    text = routines.panel.step_view.toPlainText()
    front_step = steps[turn + 1]
    for name in session.zone_names(front_step):
        assert name in session.details(front_step).areas
    assert session.zone_set_for(front_step) is window.zone_set
    assert "Take care nearby" in text or not session.nearby(steps[turn + 2])
    # and back again: going back before the turn-over shows the back
    routines.go_to(turn - 1)
    assert window.zone_set.view == "back" and routines.session is session


def test_looking_at_the_other_side_keeps_the_session(window, routines, clock):
    """The learner may look at the front during a back step; the session
    goes on, and the next step turns the map to its view again."""
    routines.set_routine("full_session")
    session = routines.session
    routines.start()
    clock.advance(30)
    routines.tick()
    window.view_actions["front"].trigger()
    assert window.zone_set.view == "front"
    assert routines.session is session and routines.running and routines.index == 0
    routines.next_step()
    assert routines.index == 1 and window.zone_set.view == "back"


def test_another_zone_set_still_starts_the_routines_afresh(window, routines):
    routines.set_routine("full_session")
    routines.go_to(3)
    session = routines.session
    window.open_builtin()  # a zone set opened anew
    routines.show_tab()
    assert routines.session is not session and routines.index == 0
