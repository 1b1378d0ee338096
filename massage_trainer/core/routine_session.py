"""A guided routine as it is being done: the current step and its countdown (no Qt).

``RoutineSession`` walks through one ``Routine``: which step is showing, how
much of its time is left, whether the clock runs, and the texts the Routine
tab shows for all of that.  The widget only calls it and copies the texts.

The clock follows a monotonic schedule, not a count of timer events: when a
step starts or resumes, its deadline is fixed on the session's clock, and the
time left is always the deadline minus now.  A busy window delays the display,
never the time itself.  Pausing keeps the time left; resuming fixes a new
deadline from it.  With auto-advance on, the next step starts at the moment
the previous one ran out (its deadline), so a late tick does not stretch the
session.

Driving it from a widget::

    session = RoutineSession(routine, zone_set)        # clock=time.monotonic
    session.toggle()                                   # Start / Pause
    result = session.tick()                            # from a timer
    for index in result.ran_out: time_up(index)        # a step's time ran out
    if result.event is not TickEvent.NOTHING: show_step_or_clock()
    wait = session.seconds_to_next_change()            # when to tick next; None: stopped
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from massage_trainer.core import i18n
from massage_trainer.core.content import PRESSURE_WORDS
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr
from massage_trainer.core.routines import Routine, RoutineStep, nearby_cautions
from massage_trainer.core.safety import SAFETY_ICONS
from massage_trainer.core.timefmt import format_time, spoken_time
from massage_trainer.core.zones import Zone, ZoneSet

# a clock reading this close below a whole second counts as that second: the
# sums of floats a clock gives must not show 57 for a time left of 56.0000001
_EPSILON = 1e-6


class RoutineStepText(Tr):
    """The texts of a guided routine's step: position, countdown, hints, buttons."""


def _tr(text: str) -> str:
    """A text marked below with ``QT_TRANSLATE_NOOP("RoutineStepText", ...)``, translated."""
    return i18n.translated("RoutineStepText", text)


# what the clock says, by the state of the step (the hint beside the countdown);
# English here, translated where shown (``RoutineSession.hint``)
HINT_FINISHED = QT_TRANSLATE_NOOP(
    "RoutineStepText", "That was the last step. Wipe off extra oil and offer a glass of water."
)
HINT_TIME_UP = QT_TRANSLATE_NOOP(
    "RoutineStepText", "Time is up for this step. Move on when ready (N)."
)
HINT_RUNNING = QT_TRANSLATE_NOOP("RoutineStepText", "Running. Space pauses.")
HINT_PAUSED = QT_TRANSLATE_NOOP("RoutineStepText", "Paused. Space carries on.")
HINT_READY = QT_TRANSLATE_NOOP(
    "RoutineStepText", "Press Start (Space) when your hands are in place."
)


class TickEvent(enum.Enum):
    """What a tick of the clock did."""

    NOTHING = "nothing"  # the clock runs on (or is stopped)
    TIME_UP = "time_up"  # a step's time ran out; the clock stopped, waiting for the learner
    ADVANCED = "advanced"  # a step's time ran out and the next step began (auto-advance)
    FINISHED = "finished"  # the last step's time ran out: the routine is done


@dataclass(frozen=True)
class TickResult:
    """The outcome of ``RoutineSession.tick``: the ``event`` and the index of
    every step whose time ran out in this tick, in order (more than one only
    when the tick came so late that several auto-advanced steps ran out)."""

    event: TickEvent
    ran_out: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.event is not TickEvent.NOTHING


@dataclass(frozen=True)
class NearbyWarning:
    """A zone to take care near, as the step view lists it."""

    zone: Zone
    icon: str  # the level's symbol
    word: str  # "Avoid", "Caution"
    text: str  # its first warning, else why it matters


@dataclass(frozen=True)
class StepDetails:
    """Everything the step view shows, as plain texts; the widget lays them out."""

    title: str
    areas: str  # "Massage zone, Lower back columns"
    time: str  # the suggested time, "2:00"
    note: str
    technique: str = ""  # its name, "" when the catalogue lacks it
    family: str = ""
    pressure: str = ""  # "light pressure"
    technique_steps: tuple[str, ...] = ()
    nearby: tuple[NearbyWarning, ...] = ()

    def plain_text(self) -> str:
        """The step as lines of text (a screen reader, a test)."""
        lines = [self.title, f"{self.areas} \u00b7 {self.time}", self.note]
        if self.technique:
            lines.append(f"{self.technique} \u2013 {self.family} \u00b7 {self.pressure}")
            lines += [f"{i}. {step}" for i, step in enumerate(self.technique_steps, 1)]
        if self.nearby:
            lines.append(nearby_heading())
            lines += [
                i18n.fill(
                    RoutineStepText.tr("{icon} {level} {zone}: {warning}", "a zone near the step"),
                    icon=w.icon,
                    level=w.word,
                    zone=w.zone.name,
                    warning=w.text,
                )
                for w in self.nearby
            ]
        return "\n".join(lines)


NEARBY_HEADING = QT_TRANSLATE_NOOP("RoutineStepText", "Take care nearby")


def nearby_heading() -> str:
    """The heading over the zones to take care near ("Take care nearby")."""
    return _tr(NEARBY_HEADING)


class RoutineSession:
    """One routine being worked through, step by step, with a countdown.

    ``clock`` returns seconds on a monotonic scale (``time.monotonic`` by
    default; tests pass a fake).  Every method that depends on the time takes
    an optional ``now`` on that scale; without it the clock is read.
    """

    def __init__(
        self,
        routine: Routine,
        zone_set: ZoneSet,
        clock: Callable[[], float] = time.monotonic,
        auto_advance: bool = False,
        views: Mapping[str, ZoneSet] | None = None,
    ) -> None:
        if not routine.steps:
            raise ValueError(f"routine {routine.id!r} has no steps")
        self.routine = routine
        self.zone_set = zone_set
        # the zone set of each view the steps are on (a step on a view missing
        # here is read against ``zone_set``): a turn-over routine needs both
        self.views: dict[str, ZoneSet] = dict(views or {})
        self.views.setdefault(zone_set.view, zone_set)
        self.clock = clock
        self.auto_advance = auto_advance
        self.index = 0
        self.running = False
        self._held: float = float(routine.steps[0].seconds)  # time left while stopped
        self._deadline = 0.0  # when the running step's time is up, on the clock
        self._finished = False  # Next on the last step, or its time ran out
        self._nearby: dict[tuple[str, tuple[str, ...]], list[Zone]] = {}

    # --- where we are --------------------------------------------------------------
    @property
    def step(self) -> RoutineStep:
        return self.routine.steps[self.index]

    @property
    def count(self) -> int:
        return len(self.routine.steps)

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_last(self) -> bool:
        return self.index >= self.count - 1

    @property
    def finished(self) -> bool:
        """The routine is done: the last step's time ran out, or Next was
        pressed on it.  Any step change or Start clears it."""
        return self._finished

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now

    # --- the time ------------------------------------------------------------------
    def time_left(self, now: float | None = None) -> float:
        """Seconds left in this step (exact, never below zero)."""
        if self.running:
            return max(0.0, self._deadline - self._now(now))
        return max(0.0, self._held)

    def seconds_left(self, now: float | None = None) -> int:
        """The whole seconds the countdown shows: a second is shown until it is
        completely over (59.2 s left shows 60)."""
        return max(0, math.ceil(self.time_left(now) - _EPSILON))

    def time_up(self, now: float | None = None) -> bool:
        """The step's time has run out and the clock is stopped."""
        return not self.running and self.seconds_left(now) <= 0

    def seconds_to_next_change(self, now: float | None = None) -> float | None:
        """How long until the shown second changes (or the time runs out);
        None while the clock is stopped."""
        if not self.running:
            return None
        left = self.time_left(now)
        shown = self.seconds_left(now)
        if shown <= 0:
            return 0.0  # up now: the next tick moves on
        return max(0.0, left - (shown - 1))

    # --- the clock -----------------------------------------------------------------
    def start(self, now: float | None = None) -> None:
        """Start or resume the countdown; a step whose time is up starts over."""
        if self.running:
            return
        now = self._now(now)
        if self.seconds_left(now) <= 0:
            self._held = float(self.step.seconds)
        self._finished = False
        self.running = True
        self._deadline = now + self._held

    def pause(self, now: float | None = None) -> None:
        """Stop the clock, keeping the time left."""
        if self.running:
            self._held = self.time_left(now)
            self.running = False
        self._finished = False

    def toggle(self, now: float | None = None) -> None:
        """Start / Pause."""
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def tick(self, now: float | None = None) -> TickResult:
        """Look at the clock: did a step's time run out since the last tick?

        A step that runs out stops the clock (``TIME_UP``), or with
        auto-advance starts the next step at once (``ADVANCED``); the last
        step running out ends the routine (``FINISHED``).
        """
        if not self.running:
            return TickResult(TickEvent.NOTHING)
        now = self._now(now)
        ran_out: list[int] = []
        event = TickEvent.NOTHING
        while self.running and self._deadline - now <= _EPSILON:
            ran_out.append(self.index)
            if self.is_last:
                self._stop_at_zero()
                self._finished = True
                event = TickEvent.FINISHED
            elif self.auto_advance:
                # the next step starts when this one ran out, not when we noticed
                self.index += 1
                self._held = float(self.step.seconds)
                self._deadline += self._held
                event = TickEvent.ADVANCED
            else:
                self._stop_at_zero()
                event = TickEvent.TIME_UP
        return TickResult(event, tuple(ran_out))

    def _stop_at_zero(self) -> None:
        self.running = False
        self._held = 0.0

    # --- stepping ------------------------------------------------------------------
    def go_to(self, index: int, now: float | None = None) -> None:
        """Show step ``index`` (clamped) with its full time on the clock; a
        running clock keeps running."""
        self.index = max(0, min(index, self.count - 1))
        self._held = float(self.step.seconds)
        self._finished = False
        if self.running:
            self._deadline = self._now(now) + self._held

    def next(self, now: float | None = None) -> bool:
        """On to the next step (True); on the last one, stop the clock and
        call the routine finished (False)."""
        if not self.is_last:
            self.go_to(self.index + 1, now)
            return True
        if self.running:
            self._held = self.time_left(now)
            self.running = False
        self._finished = True
        return False

    def previous(self, now: float | None = None) -> bool:
        """Back one step; False on the first step (nothing changes)."""
        if self.is_first:
            return False
        self.go_to(self.index - 1, now)
        return True

    def restart(self) -> None:
        """Back to the first step, with the clock stopped."""
        self.running = False
        self.go_to(0)

    # --- what it shows -------------------------------------------------------------
    def title(self) -> str:
        """The routine's title (the tab's heading)."""
        return self.routine.title

    def step_title(self) -> str:
        return self.step.title

    def position_text(self) -> str:
        """'Step 3 of 9'."""
        return i18n.fill(
            RoutineStepText.tr("Step {number} of {count}"), number=self.index + 1, count=self.count
        )

    def minutes_to_go(self, now: float | None = None) -> int:
        """Whole minutes left in the routine: this step's time left and every
        later step's full time (at least 1 while anything is left)."""
        left = self.seconds_left(now) + sum(s.seconds for s in self.routine.steps[self.index + 1 :])
        return max(1, round(left / 60)) if left else 0

    def progress_text(self, now: float | None = None) -> str:
        """'Step 3 of 9 · about 12 min to go' (or '... nothing left to do')."""
        minutes = self.minutes_to_go(now)
        if minutes:
            rest = RoutineStepText.tr("about %n min to go", "", minutes)
        else:
            rest = RoutineStepText.tr("nothing left to do")
        return f"{self.position_text()} \u00b7 {rest}"

    def step_description(self) -> str:
        """'Step 3 of 9: Upper back' (the step view's accessible description)."""
        return i18n.fill(
            RoutineStepText.tr("{position}: {step}", "'Step 3 of 9: Upper back'"),
            position=self.position_text(),
            step=self.step.title,
        )

    def clock_text(self, now: float | None = None) -> str:
        """The countdown: '1:15'."""
        return format_time(self.seconds_left(now))

    def step_time_text(self) -> str:
        """The step's suggested time: '2:00'."""
        return format_time(self.step.seconds)

    def hint(self, now: float | None = None) -> str:
        """The line beside the countdown: running, paused, ready, time up, done."""
        left = self.seconds_left(now)
        done = left <= 0 and not self.running
        if self._finished or (done and self.is_last):
            return _tr(HINT_FINISHED)
        if done:
            return _tr(HINT_TIME_UP)
        if self.running:
            return _tr(HINT_RUNNING)
        if left < self.step.seconds:
            return _tr(HINT_PAUSED)
        return _tr(HINT_READY)

    def start_label(self, now: float | None = None) -> str:
        """The Start button's text, with its mnemonic: Pause, Start again,
        Start or Resume."""
        if self.running:
            return RoutineStepText.tr("Pau&se")
        left = self.seconds_left(now)
        if left <= 0:
            return RoutineStepText.tr("&Start again")
        if left == self.step.seconds:
            return RoutineStepText.tr("&Start")
        return RoutineStepText.tr("Re&sume")

    def zone_set_for(self, step: RoutineStep | None = None) -> ZoneSet:
        """The zone set of the view a step is on (the current step by default)."""
        step = step or self.step
        return self.views.get(step.view, self.zone_set)

    def zone_names(self, step: RoutineStep | None = None) -> list[str]:
        """The areas a step works, as the step view lists them: a pair named
        on its own side gets its side ('Shoulder blade (left side)'), a kind
        once; each name once, in the step's order."""
        step = step or self.step
        zone_set = self.zone_set_for(step)
        names: list[str] = []
        for ref in step.zones:
            zone = zone_set.get(ref)
            if zone is not None and zone_set.twin(zone) is not None:
                names.append(
                    i18n.fill(
                        RoutineStepText.tr("{zone} ({side})", "'Shoulder blade (left side)'"),
                        zone=zone.name,
                        side=zone.side_word,
                    )
                )
            else:
                kind = zone_set.kinds().get(ref) or ([zone] if zone else [])
                if kind:
                    names.append(kind[0].name)
        return list(dict.fromkeys(names))

    def nearby(self, step: RoutineStep | None = None) -> list[Zone]:
        """Avoid and caution zones near the step's zones, one per kind, avoid
        first (``core.routines.nearby_cautions``; worked out once per step)."""
        step = step or self.step
        zone_set = self.zone_set_for(step)
        key = (zone_set.view, step.zone_ids)
        if key not in self._nearby:
            self._nearby[key] = nearby_cautions(zone_set, step.zone_ids)
        return self._nearby[key]

    def nearby_names(self, step: RoutineStep | None = None) -> list[str]:
        """The names of the nearby cautions, in the same order."""
        return [zone.name for zone in self.nearby(step)]

    def details(self, step: RoutineStep | None = None) -> StepDetails:
        """What the step view shows for a step (the current one by default)."""
        step = step or self.step
        technique = self.zone_set_for(step).techniques.get(step.technique)
        nearby = tuple(
            NearbyWarning(
                zone,
                SAFETY_ICONS[zone.safety],
                zone.safety_word,
                zone.warnings[0] if zone.warnings else zone.why,
            )
            for zone in self.nearby(step)
        )
        if technique is None:
            return StepDetails(
                step.title,
                ", ".join(self.zone_names(step)),
                format_time(step.seconds),
                step.note,
                nearby=nearby,
            )
        return StepDetails(
            step.title,
            ", ".join(self.zone_names(step)),
            format_time(step.seconds),
            step.note,
            technique.name,
            technique.family_name,
            PRESSURE_WORDS.get(technique.pressure, technique.pressure),
            technique.steps,
            nearby,
        )

    # --- what a screen reader says -------------------------------------------------
    def step_announcement(self) -> str:
        """Said when a step comes up: 'Step 3 of 9: Upper back, 2 minutes.'"""
        return i18n.fill(
            RoutineStepText.tr(
                "{step}, {time}.", "said when a step begins: 'Step 3 of 9: Upper back, 2 minutes.'"
            ),
            step=self.step_description(),
            time=spoken_time(self.step.seconds),
        )

    def time_left_announcement(self, now: float | None = None) -> str:
        """Said on request: '1 minute 15 seconds left in this step.' (or the hint
        once the time is up)."""
        left = self.seconds_left(now)
        if left <= 0 and not self.running:
            return self.hint(now)
        return i18n.fill(RoutineStepText.tr("{time} left in this step."), time=spoken_time(left))


__all__ = [
    "HINT_FINISHED",
    "HINT_PAUSED",
    "HINT_READY",
    "HINT_RUNNING",
    "HINT_TIME_UP",
    "NEARBY_HEADING",
    "NearbyWarning",
    "RoutineSession",
    "RoutineStepText",
    "StepDetails",
    "TickEvent",
    "TickResult",
    "nearby_heading",
]
