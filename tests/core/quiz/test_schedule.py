"""Spaced repetition: Leitner boxes move as described, Practice asks what is due."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from massage_trainer.core.quiz import Mode, Progress, QuizEngine, RoundSettings
from massage_trainer.core.quiz.schedule import (
    BOXES,
    DAY,
    INTERVAL_DAYS,
    ItemProgress,
    practice_order,
    update,
)

NOW = 1_700_000_000.0


def test_a_new_item_right_goes_to_box_2_due_tomorrow():
    item = update(None, right=True, now=NOW)
    assert (item.box, item.attempts, item.first_try_right) == (2, 1, 1)
    assert item.next_due == NOW + DAY and item.last_seen == NOW


def test_a_new_item_wrong_stays_in_box_1_due_at_once():
    item = update(None, right=False, now=NOW)
    assert (item.box, item.attempts, item.first_try_right) == (1, 1, 0)
    assert item.next_due == NOW


def test_right_answers_climb_the_boxes_with_growing_intervals():
    item, now, seen = None, NOW, []
    for _ in range(7):
        item = update(item, right=True, now=now)
        seen.append((item.box, (item.next_due - now) / DAY))
        now = item.next_due
    assert seen == [(2, 1), (3, 3), (4, 7), (5, 21), (5, 21), (5, 21), (5, 21)]
    assert INTERVAL_DAYS[BOXES - 1] == 21


def test_a_wrong_answer_sends_any_box_back_to_1():
    for box in range(1, BOXES + 1):
        item = ItemProgress(
            attempts=9, first_try_right=8, box=box, last_seen=NOW - DAY, next_due=NOW + 30 * DAY
        )
        after = update(item, right=False, now=NOW)
        assert (after.box, after.next_due, after.attempts, after.first_try_right) == (1, NOW, 10, 8)


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
