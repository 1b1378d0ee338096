"""Spaced repetition with Leitner boxes: what a learner sees next in Practice (no Qt).

Every (view, mode, kind) the learner has answered sits in one of five boxes.
A question right at the first try moves the item up one box (at most box 5);
anything else sends it back to box 1.  Each box has an interval after which the
item is due again:

    box        1   2   3   4   5
    due after  0   1   3   7   21   days

Box 1 is due at once: a miss comes back in the next practice round (never
twice in one round, as no round repeats a question).  Practice rounds take due
items first (lowest box, then the longest overdue), then items never seen,
then the rest by box and due date, so the learner mostly sees what they still
get wrong.  Ties are broken by the round's random generator.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

BOXES = 5
INTERVAL_DAYS = (0, 1, 3, 7, 21)  # box 1 .. box 5
DAY = 86_400.0  # seconds


@dataclass
class ItemProgress:
    """What is known about one (view, mode, kind): times in Unix seconds."""

    attempts: int
    first_try_right: int
    box: int
    last_seen: float
    next_due: float


def next_box(box: int | None, right: bool) -> int:
    """The box after an answer; ``box`` None is an item never seen (as box 1)."""
    if not right:
        return 1
    return min((box or 1) + 1, BOXES)


def due_after(box: int, now: float) -> float:
    """When an item put into ``box`` at ``now`` is due again."""
    return now + INTERVAL_DAYS[box - 1] * DAY


def update(item: ItemProgress | None, right: bool, now: float) -> ItemProgress:
    """The item after one more question: ``right`` means right at the first try."""
    box = next_box(item.box if item else None, right)
    return ItemProgress(
        attempts=(item.attempts if item else 0) + 1,
        first_try_right=(item.first_try_right if item else 0) + int(right),
        box=box,
        last_seen=now,
        next_due=due_after(box, now),
    )


def practice_order(
    keys: Sequence[str], items: Mapping[str, ItemProgress], now: float, rng: random.Random
) -> list[str]:
    """``keys`` in the order Practice asks them: due first, then new, then the rest."""
    shuffled = list(keys)
    rng.shuffle(shuffled)

    def urgency(key: str) -> tuple[int, int, float]:
        item = items.get(key)
        if item is None:
            return (1, 0, 0.0)
        return (0 if item.next_due <= now else 2, item.box, item.next_due)

    return sorted(shuffled, key=urgency)  # stable: the shuffle breaks ties


__all__ = [
    "BOXES",
    "DAY",
    "INTERVAL_DAYS",
    "ItemProgress",
    "due_after",
    "next_box",
    "practice_order",
    "update",
]
