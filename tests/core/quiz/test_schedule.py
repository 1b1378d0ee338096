"""Spaced repetition: FSRS cards move as described, Practice asks what is due."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from fsrs import State

from massage_trainer.core.quiz import Mode, Progress, QuizEngine, RoundSettings
from massage_trainer.core.quiz.schedule import (
    BOXES,
    DAY,
    DEFAULT_SCHEDULE,
    INTERVAL_DAYS,
    Grade,
    ItemProgress,
    Schedule,
    practice_order,
    update,
)

NOW = 1_700_000_000.0


def test_a_new_item_right_goes_to_review_with_fsrs_stability():
    item = update(None, right=True, now=NOW)
    assert (item.attempts, item.first_try_right, item.state) == (1, 1, State.Review)
    # FSRS's first stability after Good, and its interval at 90 % retention
    assert item.stability == pytest.approx(DEFAULT_SCHEDULE.scheduler.parameters[2])
    assert item.next_due == NOW + 2 * DAY and item.last_seen == NOW
    assert item.box == 2


def test_a_new_item_wrong_comes_back_after_the_learning_step():
    item = update(None, right=False, now=NOW)
    assert (item.box, item.attempts, item.first_try_right) == (1, 1, 0)
    assert item.state == State.Learning and item.next_due == NOW + 600


def test_right_answers_grow_the_intervals_and_the_level():
    item, now, intervals, levels = None, NOW, [], []
    for _ in range(6):
        item = update(item, right=True, now=now)
        intervals.append((item.next_due - now) / DAY)
        levels.append(item.box)
        now = item.next_due
    assert intervals == sorted(intervals) and intervals[-1] > 21
    assert levels == sorted(levels) and levels[-1] == BOXES
    assert INTERVAL_DAYS[BOXES - 1] == 21


def test_a_wrong_answer_sends_any_level_back_to_1():
    for box in range(1, BOXES + 1):
        item = ItemProgress(
            attempts=9, first_try_right=8, box=box, last_seen=NOW - DAY, next_due=NOW + 30 * DAY
        )
        after = update(item, right=False, now=NOW)
        assert (after.box, after.attempts, after.first_try_right) == (1, 10, 8)
        assert after.next_due == NOW + 600  # the relearning step


def test_a_higher_desired_retention_schedules_sooner():
    loose, strict = Schedule(0.8), Schedule(0.97)
    a = loose.update(None, Grade.GOOD, NOW)
    b = strict.update(None, Grade.GOOD, NOW)
    assert b.next_due < a.next_due
    with pytest.raises(ValueError, match=r"between 0\.7 and 0\.99"):
        Schedule(1.5)


def test_retrievability_falls_with_time_and_drives_mastery():
    item = update(None, right=True, now=NOW)
    r = [DEFAULT_SCHEDULE.retrievability(item, NOW + d * DAY) for d in (0, 1, 3, 30)]
    assert r[0] == 1.0 and r == sorted(r, reverse=True) and r[-1] < 0.7
    # at the due date the chance is about the desired retention
    due = DEFAULT_SCHEDULE.retrievability(item, item.next_due)
    assert due == pytest.approx(0.9, abs=0.03)
    assert DEFAULT_SCHEDULE.retrievability(None, NOW) == 0.0


def test_a_hint_is_graded_hard():
    good = update(None, right=True, now=NOW)
    hard = update(None, right=True, now=NOW, hint=True)
    assert hard.stability < good.stability and hard.first_try_right == 0


def test_due_counts_today_and_tomorrow():
    from datetime import datetime

    noon = datetime(2024, 5, 1, 12, 0).timestamp()
    items = [
        _item(2, noon - DAY),
        _item(2, noon + 3600),
        _item(3, noon + DAY),
        _item(5, noon + 9 * DAY),
    ]
    assert DEFAULT_SCHEDULE.due_counts(items, noon) == (2, 3)


def _item(box: int, due: float) -> ItemProgress:
    return ItemProgress(attempts=1, first_try_right=0, box=box, last_seen=NOW - DAY, next_due=due)


def test_practice_order_due_first_then_new_then_the_rest():
    items = {
        "later_low": _item(2, NOW + DAY),
        "later_high": _item(5, NOW + 10 * DAY),
        "due_high": _item(4, NOW - 5),
        "due_low_recent": _item(1, NOW),
        "due_low_old": _item(1, NOW - 3 * DAY),
    }
    keys = [*items, "new_a", "new_b"]
    for seed in range(10):
        order = practice_order(keys, items, NOW, random.Random(seed))
        assert order[:3] == ["due_low_old", "due_low_recent", "due_high"]
        assert set(order[3:5]) == {"new_a", "new_b"}
        assert order[5:] == ["later_low", "later_high"]
    # ties are broken by the generator
    assert len({tuple(practice_order(keys, items, NOW, random.Random(s))) for s in range(10)}) == 2


def test_practice_mostly_shows_what_is_still_wrong(zone_set, clock):
    """A learner who knows everything but three kinds: after the first pass,
    practice rounds of five lead with those three every day."""
    engine = QuizEngine(zone_set, Progress(), clock=clock)
    weak = {"kidney", "scapula", "elbow_notch"}
    shown: Counter[str] = Counter()

    def run(count: int | None) -> list[str]:
        rnd = engine.start_round(
            RoundSettings(Mode.FIND, count=count, practice=True, seed=int(clock.now))
        )
        asked = []
        while (q := rnd.next_question()) is not None:
            asked.append(q.kind)
            if q.kind in weak:
                zone = next(z for z in zone_set.zones if z.kind != q.kind)
                while not rnd.answer_click(*zone.label_point).done:
                    pass
            else:
                rnd.answer_click(*q.zone.label_point)
        return asked

    assert sorted(run(None)) == sorted(zone_set.kinds())  # first pass: everything is new
    for _ in range(20):
        clock.advance(DAY)
        asked = run(5)
        assert set(asked[:3]) == weak, asked
        shown.update(asked)
    # known kinds come back only when due, and rarely
    assert all(shown[k] == 20 for k in weak)
    assert max(n for k, n in shown.items() if k not in weak) <= 5
    known = engine.progress.get(zone_set.view, "find", "spine")
    assert known is not None and known.box >= 3


def test_practice_leads_with_last_rounds_misses(zone_set, clock):
    engine = QuizEngine(zone_set, Progress(), clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=None, seed=1))
    missed = []
    while (q := rnd.next_question()) is not None:
        wrong = len(missed) < 4
        fb = rnd.answer_choice((q.answer + 1) % 4 if wrong else q.answer)
        if wrong:
            missed.append(q.kind)
        assert fb.done
    clock.advance(60)
    practice = engine.start_round(RoundSettings(Mode.NAME, count=10, practice=True, seed=2))
    assert sorted(k for _, k in practice.plan[:4]) == sorted(missed)
    # practice in another mode knows nothing yet: all new
    other = engine.start_round(RoundSettings(Mode.FIND, count=None, practice=True, seed=2))
    assert other.planned == len(zone_set.kinds())


@pytest.mark.parametrize("seed", [1, 2])
def test_practice_is_reproducible(zone_set, clock, seed):
    def plan() -> tuple:
        progress = Progress()
        progress.record(zone_set.view, "find", "spine", False, clock.now - DAY)
        engine = QuizEngine(zone_set, progress, clock=clock)
        return engine.start_round(RoundSettings(Mode.FIND, practice=True, seed=seed)).plan

    assert plan() == plan()
    assert plan()[0] == (Mode.FIND, "spine")
