"""Spaced repetition with FSRS: what a learner sees next in Practice (no Qt).

Every (view, mode, kind) the learner has answered is one FSRS card, scheduled
by the ``fsrs`` package (the Free Spaced Repetition Scheduler that Anki uses).
A card has a *stability* (days until the chance of recall falls to 90 %), a
*difficulty* (1 to 10), a state (learning, review, relearning) and a due time.
Its *retrievability* is FSRS's estimate of the chance that the learner gets it
right today; it drives the mastery shown per area and the Practice order.

Grades: right at the first try is Good, right with the hint is Hard, anything
else (a wrong choice, or found only on a later click) is Again.  One short
learning step of ten minutes is kept for new and missed cards, so a miss comes
back in the next practice round; a first right answer goes straight to review.
Fuzzing of intervals is off, so a seed and a clock give the same schedule on
every machine.  ``Schedule(desired_retention)`` sets the target chance of
recall (default 0.9): higher means shorter intervals and more reviews.

``ItemProgress.box`` is kept for readers of the old Leitner boxes: it is a
mastery *level* from 1 to 5 worked out from the card's stability with the old
box intervals as thresholds (below 1 day: 1; 1 day: 2; 3 days: 3; 7 days: 4;
21 days or more: 5), and 1 while the card is in (re)learning.

Migration from the Leitner boxes (progress files of schema 1): nothing is lost
and nothing is due earlier or later than before.  Per item,

==========  =================================================================
 attempts,   kept as they were
 right,
 last seen,
 next due
 state       box 1: Relearning (Learning if never right), step 0; box 2-5: Review
 stability   box 1: FSRS's first stability after a miss (0.212 days);
             box b >= 2: the old interval of box b (1, 3, 7 or 21 days),
             which is what FSRS's stability means at 90 % retention
 difficulty  FSRS's first difficulty after Good (about 2.1) plus the share of
             misses times the span up to its first difficulty after Again
             (about 6.4): the more misses, the harder
 last review last seen; due: next due
==========  =================================================================

so a migrated item's level equals its old box.  ``card_from_leitner`` is the
mapping; ``docs/progress-format.md`` describes it too.

Practice takes due items first (lowest retrievability first), then items never
seen, then the rest (lowest retrievability first).  Ties are broken by the
round's random generator.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from enum import IntEnum

from fsrs import Card, Rating, Scheduler, State

BOXES = 5  # mastery levels, as many as the old Leitner boxes
INTERVAL_DAYS = (0, 1, 3, 7, 21)  # the old box intervals: now the level thresholds
DAY = 86_400.0  # seconds
DESIRED_RETENTION = 0.9
LEARNING_STEP = timedelta(minutes=10)


class Grade(IntEnum):
    """How one finished question went, as an FSRS rating."""

    AGAIN = Rating.Again
    HARD = Rating.Hard
    GOOD = Rating.Good


@dataclass
class ItemProgress:
    """What is known about one (view, mode, kind): times in Unix seconds.

    The first five fields are those of the old Leitner record (``box`` now the
    level described in the module notes); the FSRS card state follows.  An item
    made with the old fields only (``stability`` None) is read as migrated.
    """

    attempts: int
    first_try_right: int
    box: int
    last_seen: float
    next_due: float
    stability: float | None = None  # days
    difficulty: float | None = None
    state: int = 0  # fsrs.State (1 learning, 2 review, 3 relearning); 0: not yet known
    step: int | None = None  # the learning step, in (re)learning


def _utc(t: float) -> datetime:
    return datetime.fromtimestamp(t, timezone.utc)


def level(stability: float | None, state: int) -> int:
    """The mastery level 1..5 (the old box) of a card."""
    if stability is None or state != State.Review:
        return 1
    return 1 + sum(1 for days in INTERVAL_DAYS[1:] if stability >= days)


class Schedule:
    """FSRS with this program's settings; ``desired_retention`` between 0.7 and 0.99."""

    def __init__(self, desired_retention: float = DESIRED_RETENTION) -> None:
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError(
                f"the desired retention must be between 0.7 and 0.99, not {desired_retention}"
            )
        self.desired_retention = desired_retention
        self.scheduler = Scheduler(
            desired_retention=desired_retention,
            learning_steps=(LEARNING_STEP,),
            relearning_steps=(LEARNING_STEP,),
            enable_fuzzing=False,
        )

    # --- cards <-> items ----------------------------------------------------------
    def card(self, item: ItemProgress) -> Card:
        """The FSRS card of an item (migrating an old-style one on the way)."""
        if item.stability is None or item.state == 0:
            item = card_from_leitner(item, self)
        return Card(
            card_id=0,  # not used: items are keyed by view/mode/kind
            state=State(item.state),
            step=item.step,
            stability=item.stability,
            difficulty=item.difficulty,
            due=_utc(item.next_due),
            last_review=_utc(item.last_seen),
        )

    def update(self, item: ItemProgress | None, grade: Grade, now: float) -> ItemProgress:
        """The item after one more finished question graded ``grade`` at ``now``."""
        card = Card(card_id=0, due=_utc(now)) if item is None else self.card(item)
        card, _log = self.scheduler.review_card(card, Rating(int(grade)), _utc(now))
        return ItemProgress(
            attempts=(item.attempts if item else 0) + 1,
            first_try_right=(item.first_try_right if item else 0) + int(grade == Grade.GOOD),
            box=level(card.stability, card.state),
            last_seen=now,
            next_due=card.due.timestamp(),
            stability=card.stability,
            difficulty=card.difficulty,
            state=int(card.state),
            step=card.step,
        )

    # --- what it means now -------------------------------------------------------
    def retrievability(self, item: ItemProgress | None, now: float) -> float:
        """The chance (0..1) of getting the item right at ``now``; 0 for a new item.

        FSRS's forgetting curve, over the time since the last review in days and
        fractions of a day (the ``fsrs`` package counts whole days, which would
        leave a card just missed at 1.0 until midnight).
        """
        if item is None:
            return 0.0
        card = self.card(item)
        if card.stability is None or card.last_review is None:
            return 0.0
        decay = -self.scheduler.parameters[20]
        factor = 0.9 ** (1 / decay) - 1
        elapsed = max(0.0, (now - item.last_seen) / DAY)
        return float((1 + factor * elapsed / card.stability) ** decay)

    def practice_order(
        self,
        keys: Sequence[str],
        items: Mapping[str, ItemProgress],
        now: float,
        rng: random.Random,
    ) -> list[str]:
        """``keys`` in the order Practice asks them: due first, then new, then the rest."""
        shuffled = list(keys)
        rng.shuffle(shuffled)

        def urgency(key: str) -> tuple[int, float, float]:
            item = items.get(key)
            if item is None:
                return (1, 0.0, 0.0)
            r = self.retrievability(item, now)
            return (0 if item.next_due <= now else 2, r, item.next_due)

        return sorted(shuffled, key=urgency)  # stable: the shuffle breaks ties

    def due_counts(self, items: Iterable[ItemProgress], now: float) -> tuple[int, int]:
        """(due by the end of today, due by the end of tomorrow), local days."""
        local = datetime.fromtimestamp(now).astimezone()
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        end_today = (midnight + timedelta(days=1)).timestamp()
        end_tomorrow = (midnight + timedelta(days=2)).timestamp()
        dues = [item.next_due for item in items]
        return (
            sum(1 for d in dues if d < end_today),
            sum(1 for d in dues if d < end_tomorrow),
        )


DEFAULT_SCHEDULE = Schedule()


def card_from_leitner(item: ItemProgress, schedule: Schedule | None = None) -> ItemProgress:
    """An old Leitner item with its FSRS state filled in (see the module notes)."""
    params = (schedule or DEFAULT_SCHEDULE).scheduler.parameters
    box = min(max(item.box, 1), BOXES)
    d_good = params[4] - (2.718281828459045 ** (params[5] * (Rating.Good - 1))) + 1
    d_again = params[4]  # e ** 0 - 1 == 0
    misses = 1 - (item.first_try_right / item.attempts) if item.attempts else 1.0
    difficulty = min(10.0, max(1.0, d_good + misses * (d_again - d_good)))
    if box == 1:
        state = State.Relearning if item.first_try_right else State.Learning
        return replace(
            item, box=1, stability=params[0], difficulty=difficulty, state=int(state), step=0
        )
    return replace(
        item,
        box=box,
        stability=float(INTERVAL_DAYS[box - 1]),
        difficulty=difficulty,
        state=int(State.Review),
        step=None,
    )


def update(
    item: ItemProgress | None, right: bool, now: float, *, hint: bool = False
) -> ItemProgress:
    """The item after one more question: ``right`` means right at the first try."""
    grade = Grade.AGAIN if not right else Grade.HARD if hint else Grade.GOOD
    return DEFAULT_SCHEDULE.update(item, grade, now)


def practice_order(
    keys: Sequence[str], items: Mapping[str, ItemProgress], now: float, rng: random.Random
) -> list[str]:
    """``Schedule.practice_order`` at the default retention."""
    return DEFAULT_SCHEDULE.practice_order(keys, items, now, rng)


__all__ = [
    "BOXES",
    "DAY",
    "DEFAULT_SCHEDULE",
    "DESIRED_RETENTION",
    "INTERVAL_DAYS",
    "Grade",
    "ItemProgress",
    "Schedule",
    "card_from_leitner",
    "level",
    "practice_order",
    "update",
]
