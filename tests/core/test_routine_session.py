"""RoutineSession: stepping, the countdown on a monotonic schedule, and its texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from massage_trainer.core.routine_session import (
    HINT_FINISHED,
    HINT_PAUSED,
    HINT_READY,
    HINT_RUNNING,
    HINT_TIME_UP,
    RoutineSession,
    TickEvent,
)
from massage_trainer.core.routines import Routine, RoutineStep, load_routines, nearby_cautions
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.zones import load_zone_set


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def zone_set():
    return load_zone_set()


@pytest.fixture(scope="module")
def shipped(zone_set):
    return {r.id: r for r in load_routines(zone_set)}


def make_routine(*seconds: int) -> Routine:
    """A routine of steps lasting the given seconds, on real zones."""
    zones = ("massage_zone", "upper_trapezius", "lower_back", "calf")
    steps = tuple(
        RoutineStep(
            id=f"s{i}",
            title=f"Step title {i}",
            zones=(zones[i % len(zones)],),
            zone_ids=(f"{zones[i % len(zones)]}_left", f"{zones[i % len(zones)]}_right"),
            technique="effleurage",
            seconds=s,
            note="A note.",
        )
        for i, s in enumerate(seconds)
    )
    return Routine(id="test", title="Test routine", summary="", duration=1, steps=steps)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(zone_set, clock):
    return RoutineSession(make_routine(60, 30, 90), zone_set, clock)


def test_a_new_session_waits_on_the_first_step(session):
    assert session.index == 0 and not session.running
    assert session.seconds_left() == 60
    assert session.clock_text() == "1:00"
    assert session.hint() == HINT_READY
    assert session.start_label() == "&Start"
    assert session.tick().event is TickEvent.NOTHING
    assert session.seconds_to_next_change() is None


def test_the_countdown_follows_the_clock_not_the_ticks(session, clock):
    session.start()
    assert session.running and session.hint() == HINT_RUNNING
    assert session.start_label() == "Pau&se"
    clock.advance(0.5)
    assert session.seconds_left() == 60  # a second shows until it is over
    clock.advance(3.25)  # 3.75 s in, with no tick in between
    assert session.seconds_left() == 57
    assert session.clock_text() == "0:57"
    assert session.seconds_to_next_change() == pytest.approx(0.25)
    clock.advance(0.25)
    assert session.seconds_left() == 56
    assert session.seconds_to_next_change() == pytest.approx(1.0)
    assert not session.tick()  # nothing ran out


def test_pausing_keeps_the_time_left(session, clock):
    session.start()
    clock.advance(10.4)
    session.pause()
    held = session.time_left()
    assert held == pytest.approx(49.6)
    clock.advance(100)
    assert session.time_left() == pytest.approx(held)
    assert session.tick().event is TickEvent.NOTHING
    assert session.hint() == HINT_PAUSED
    assert session.start_label() == "Re&sume"
    session.toggle()  # resume: a new deadline from the time held
    clock.advance(49.5)
    assert session.seconds_left() == 1
    clock.advance(0.1)
    assert session.tick().event is TickEvent.TIME_UP


def test_time_up_waits_for_the_learner(session, clock):
    session.start()
    clock.advance(60)
    result = session.tick()
    assert result.event is TickEvent.TIME_UP and result.ran_out == (0,)
    assert session.index == 0 and not session.running
    assert session.time_up() and session.clock_text() == "0:00"
    assert session.hint() == HINT_TIME_UP
    assert session.start_label() == "&Start again"
    assert session.tick().event is TickEvent.NOTHING  # once only
    session.start()  # starts the step over
    assert session.seconds_left() == 60 and session.running
    session.next()
    assert session.index == 1 and not session.time_up()


def test_a_late_tick_still_ends_the_step_on_time(session, clock):
    session.auto_advance = True
    session.start()
    clock.advance(65)  # the tick comes 5 s late
    result = session.tick()
    assert result.event is TickEvent.ADVANCED and result.ran_out == (0,)
    assert session.index == 1 and session.running
    assert session.seconds_left() == 25  # the second step began at 60 s, not at 65


def test_auto_advance_through_to_the_end(session, clock):
    session.auto_advance = True
    session.start()
    clock.advance(60)
    assert session.tick().event is TickEvent.ADVANCED
    assert session.index == 1 and session.seconds_left() == 30
    clock.advance(30 + 90 + 1)  # a very late tick: two steps ran out
    result = session.tick()
    assert result.event is TickEvent.FINISHED
    assert result.ran_out == (1, 2)
    assert session.index == 2 and not session.running and session.finished
    assert session.hint() == HINT_FINISHED
    assert session.progress_text() == "Step 3 of 3 \u00b7 nothing left to do"


def test_the_last_step_running_out_finishes_without_auto_advance(session, clock):
    session.go_to(2)
    session.start()
    clock.advance(90)
    assert session.tick().event is TickEvent.FINISHED
    assert session.hint() == HINT_FINISHED


def test_next_previous_go_to_and_restart(session, clock):
    assert not session.previous()
    assert session.next() and session.index == 1
    assert session.seconds_left() == 30
    session.start()
    clock.advance(5)
    assert session.next() and session.index == 2
    assert session.running and session.seconds_left() == 90  # keeps running, full time
    assert not session.next()  # the last step: the clock stops, the routine is done
    assert not session.running and session.finished
    assert session.hint() == HINT_FINISHED
    assert session.previous() and session.index == 1 and not session.finished
    session.go_to(99)
    assert session.index == 2
    session.go_to(-4)
    assert session.index == 0
    session.start()
    session.go_to(2)
    session.restart()
    assert session.index == 0 and not session.running and session.seconds_left() == 60


def test_texts_match_the_routine(session, clock, zone_set):
    assert session.title() == "Test routine"
    assert session.position_text() == "Step 1 of 3"
    assert session.step_description() == "Step 1 of 3: Step title 0"
    assert session.step_time_text() == "1:00"
    assert session.progress_text() == "Step 1 of 3 \u00b7 about 3 min to go"  # 180 s
    session.go_to(1)
    assert session.progress_text() == "Step 2 of 3 \u00b7 about 2 min to go"  # 120 s
    session.start()
    clock.advance(29)
    assert session.progress_text() == "Step 2 of 3 \u00b7 about 2 min to go"  # 91 s
    session.pause()
    session.go_to(2)
    session.start()
    clock.advance(80)
    assert session.progress_text() == "Step 3 of 3 \u00b7 about 1 min to go"  # 10 s: at least 1


def test_zone_names_and_nearby_cautions(zone_set, shipped, clock):
    routine = shipped["full_body"]
    session = RoutineSession(routine, zone_set, clock)
    calves = [s.id for s in routine.steps].index("calves")
    session.go_to(calves)
    want = [z.name for z in nearby_cautions(zone_set, session.step.zone_ids)]
    assert session.nearby_names() == want
    assert zone_set.get("knee_back_left").name in session.nearby_names()
    assert session.nearby()[0].safety == "avoid"  # avoid zones first
    assert session.nearby() is session.nearby()  # worked out once
    assert session.zone_names() == [zone_set.kinds()[ref][0].name for ref in session.step.zones]


def test_a_one_sided_zone_is_named_with_its_side(zone_set, clock):
    step = RoutineStep(
        id="one",
        title="One side",
        zones=("scapula_left", "upper_trapezius"),
        zone_ids=("scapula_left", "upper_trapezius_left", "upper_trapezius_right"),
        technique="effleurage",
        seconds=30,
        note="A note.",
    )
    routine = Routine(id="r", title="R", summary="", duration=1, steps=(step,))
    session = RoutineSession(routine, zone_set, clock)
    blade = zone_set.get("scapula_left")
    trapezius = zone_set.kinds()["upper_trapezius"][0]
    assert session.zone_names() == [f"{blade.name} (left side)", trapezius.name]


def test_shipped_routines_run_from_start_to_finish(zone_set, shipped, clock):
    for routine in shipped.values():
        session = RoutineSession(routine, zone_set, clock, auto_advance=True)
        session.start()
        clock.advance(routine.seconds)
        result = session.tick()
        assert result.event is TickEvent.FINISHED, routine.id
        assert result.ran_out == tuple(range(len(routine.steps)))


def test_a_routine_without_steps_is_refused(zone_set):
    empty = Routine(id="none", title="None", summary="", duration=1, steps=())
    with pytest.raises(ValueError, match="no steps"):
        RoutineSession(empty, zone_set)


def test_step_details(zone_set, shipped, clock):
    routine = shipped["full_body"]
    session = RoutineSession(routine, zone_set, clock)
    calves = [s.id for s in routine.steps].index("calves")
    details = session.details(routine.steps[calves])
    step = routine.steps[calves]
    technique = zone_set.techniques[step.technique]
    assert details.title == step.title and details.note == step.note
    assert details.areas == ", ".join(session.zone_names(step))
    assert details.time == format_time(step.seconds)
    assert details.technique == technique.name
    assert details.family == technique.family_name
    assert details.pressure.endswith("pressure") or details.pressure == "pressure varies"
    assert details.technique_steps == technique.steps
    knee = zone_set.get("knee_back_left")
    warning = next(n for n in details.nearby if n.zone.kind == "knee_back")
    assert (warning.icon, warning.word, warning.text) == ("\u2715", "Avoid", knee.warnings[0])
    text = details.plain_text()
    assert f"{knee.name}: {knee.warnings[0]}" in text
    assert text.count(f"{knee.name}:") == 1  # a pair is listed once
    assert "Take care nearby" in text and "Caution" in text


def test_a_step_whose_technique_is_missing_still_shows(zone_set, clock):
    routine = make_routine(30)
    step = replace(routine.steps[0], technique="no_such_technique")
    session = RoutineSession(replace(routine, steps=(step,)), zone_set, clock)
    details = session.details()
    assert details.technique == "" and details.technique_steps == ()
    lines = details.plain_text().split("\n")
    assert lines[:3] == ["Step title 0", f"{details.areas} \u00b7 0:30", "A note."]
    assert lines[3] == "Take care nearby"  # straight on to the warnings


def test_announcements(session, clock):
    assert session.step_announcement() == "Step 1 of 3: Step title 0, 1 minute."
    assert session.time_left_announcement() == "1 minute left in this step."
    session.start()
    clock.advance(44.5)
    assert session.time_left_announcement() == "16 seconds left in this step."
    clock.advance(20)
    session.tick()
    assert session.time_left_announcement() == HINT_TIME_UP
