"""A session of a routine on two views reads each step against its own view."""

from __future__ import annotations

from massage_trainer.core.routine_session import RoutineSession
from massage_trainer.core.routines import load_routines
from massage_trainer.core.zones import load_zone_set


def test_steps_on_the_front_are_read_on_the_front():
    back, front = load_zone_set(), load_zone_set(view="front")
    routine = next(r for r in load_routines(back) if r.id == "full_session")
    session = RoutineSession(routine, back, clock=lambda: 0.0, views={"front": front})
    turn = next(i for i, s in enumerate(routine.steps) if s.turns_over)
    step = routine.steps[turn + 1]
    assert step.view == "front" and session.zone_set_for(step) is front
    names = {z.name for z in front.zones if z.id in step.zone_ids}
    assert names and set(session.zone_names(step)) == names
    # the cautions near a front step are front zones
    assert all(z in front.zones for z in session.nearby(step))
    # without the front's zone set, the step cannot be named on the back
    alone = RoutineSession(routine, back, clock=lambda: 0.0)
    assert alone.zone_set_for(step) is back
    assert set(alone.zone_names(step)) != names
