"""Statistics over the answer log, for the Progress tab and the quiz start page (no Qt).

Every function reads ``answers.sqlite3`` through an ``AnswerLog`` with one SQL
query and returns plain values for a chart or a table.  Counts per day and per
zone come from the running totals that a trigger keeps beside the answers (a
few hundred rows however long the history); confusions use a partial index of
the wrong answers.  So they stay fast with a hundred thousand answers.

- ``daily``: answers and right answers per local day (a chart over time);
- ``study_days``: answers per day, for a calendar heatmap;
- ``streak``: days in a row with at least ``STREAK_MIN`` answers;
- ``per_zone``: answers, accuracy and mean response time per zone kind;
- ``confusions``: "often confused with" pairs, which zone was clicked or named
  instead of which;
- ``safety_mistakes_by_day``: safety mistakes over time;
- ``due_counts``: items due today and tomorrow, from the progress;
- ``mastery``: each kind's chance of being answered right today (FSRS's
  retrievability), for the mastery map; ``mastery_level`` turns it into 1..5.

Clicks outside the body that used no try (``try`` 0) are left out of counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from massage_trainer.core.quiz.answerlog import AnswerLog
from massage_trainer.core.quiz.progress import Progress
from massage_trainer.core.quiz.schedule import DEFAULT_SCHEDULE, Schedule

STREAK_MIN = 10  # answers that make a day count towards the streak


@dataclass(frozen=True)
class DayCount:
    day: str  # YYYY-MM-DD, local
    answers: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class ZoneStats:
    view: str
    item: str  # the zone kind
    answers: int
    right: int
    mean_response_ms: float | None

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Confusion:
    view: str
    item: str  # the kind asked for
    instead: str  # the kind clicked or named instead
    times: int


def _where(view: str | None, mode: str | None, counted: bool = False) -> tuple[str, list[object]]:
    clauses: list[str] = ["try > 0" if counted else "1"]
    args: list[object] = []
    if view is not None:
        clauses.append("view = ?")
        args.append(view)
    if mode is not None:
        clauses.append("mode = ?")
        args.append(mode)
    return " AND ".join(clauses), args


def daily(
    log: AnswerLog, view: str | None = None, mode: str | None = None, since: str | None = None
) -> list[DayCount]:
    """Answers and right answers per day, oldest first (days without answers left out)."""
    where, args = _where(view, mode)
    if since is not None:
        where += " AND day >= ?"
        args.append(since)
    rows = log.connection().execute(
        f"SELECT day, sum(answers), sum(correct) FROM day_totals WHERE {where} "
        "GROUP BY day ORDER BY day",
        args,
    )
    return [DayCount(d, int(n), int(r or 0)) for d, n, r in rows]


def study_days(log: AnswerLog) -> dict[str, int]:
    """Answers per study day, for a calendar heatmap."""
    return {d.day: d.answers for d in daily(log)}


def streak(log: AnswerLog, today: date | None = None, min_answers: int = STREAK_MIN) -> int:
    """Days in a row, up to today, with at least ``min_answers`` answers each.

    Today counts once it has enough answers; until then the streak up to
    yesterday stands (it is not broken before the day is over).
    """
    today = today or date.today()
    rows = log.connection().execute(
        "SELECT day FROM day_totals GROUP BY day HAVING sum(answers) >= ?",
        (min_answers,),
    )
    full = {day for (day,) in rows}
    day = today if today.isoformat() in full else today - timedelta(days=1)
    n = 0
    while day.isoformat() in full:
        n += 1
        day -= timedelta(days=1)
    return n


def per_zone(log: AnswerLog, view: str | None = None, mode: str | None = None) -> list[ZoneStats]:
    """Per zone kind: answers, right answers, mean response time; most answered first."""
    where, args = _where(view, mode)
    rows = log.connection().execute(
        f"SELECT view, item, sum(answers) AS n, sum(correct), sum(timed), sum(response_ms) "
        f"FROM zone_totals WHERE {where} GROUP BY view, item ORDER BY n DESC, view, item",
        args,
    )
    return [
        ZoneStats(v, i, int(n), int(r), ms / timed if timed else None)
        for v, i, n, r, timed, ms in rows
    ]


def confusions(log: AnswerLog, view: str | None = None, limit: int = 10) -> list[Confusion]:
    """The zone clicked (Find it) or named (Name it, Type it) instead of the one
    asked for, most frequent first.  Mirror mistakes (the other side of the same
    kind) are not confusions of zones and are left out."""
    where, args = _where(view, None, counted=True)
    rows = log.connection().execute(
        f"SELECT view, item, answer_item, count(*) AS n FROM answers WHERE {where} "
        "AND correct = 0 AND mode IN ('find', 'name') AND answer_item IS NOT NULL "
        "AND answer_item != item GROUP BY view, item, answer_item "
        "ORDER BY n DESC, view, item, answer_item LIMIT ?",
        [*args, limit],
    )
    return [Confusion(v, i, a, n) for v, i, a, n in rows]


def safety_mistakes_by_day(log: AnswerLog, view: str | None = None) -> list[tuple[str, int]]:
    """(day, safety mistakes) for each day with any answer, oldest first."""
    where, args = _where(view, None)
    rows = log.connection().execute(
        f"SELECT day, sum(safety_mistakes) FROM day_totals WHERE {where} GROUP BY day ORDER BY day",
        args,
    )
    return [(d, int(n or 0)) for d, n in rows]


def due_counts(
    progress: Progress,
    now: float | None = None,
    view: str | None = None,
    mode: str | None = None,
    schedule: Schedule | None = None,
) -> tuple[int, int]:
    """(due by the end of today, due by the end of tomorrow) in local time."""
    now = datetime.now().timestamp() if now is None else now
    items = []
    for key, item in progress:
        v, m, _kind = key.split("/")
        if (view is None or v == view) and (mode is None or m == mode):
            items.append(item)
    return (schedule or DEFAULT_SCHEDULE).due_counts(items, now)


def mastery(
    progress: Progress,
    view: str,
    mode: str | None = None,
    now: float | None = None,
    schedule: Schedule | None = None,
) -> dict[str, float]:
    """The mean retrievability (0..1) of each kind asked in ``view`` (in ``mode``,
    or over every mode); kinds never asked are left out."""
    now = datetime.now().timestamp() if now is None else now
    schedule = schedule or DEFAULT_SCHEDULE
    chances: dict[str, list[float]] = {}
    for key, item in progress:
        v, m, kind = key.split("/")
        if v == view and (mode is None or m == mode):
            chances.setdefault(kind, []).append(schedule.retrievability(item, now))
    return {kind: sum(c) / len(c) for kind, c in chances.items()}


MASTERY_STEPS = (0.5, 0.7, 0.85, 0.95)  # retrievability from which levels 2..5 start


def mastery_level(chance: float) -> int:
    """1 (likely forgotten) to 5 (all but sure) for a retrievability."""
    return 1 + sum(1 for step in MASTERY_STEPS if chance >= step)


__all__ = [
    "MASTERY_STEPS",
    "STREAK_MIN",
    "Confusion",
    "DayCount",
    "ZoneStats",
    "confusions",
    "daily",
    "due_counts",
    "mastery",
    "mastery_level",
    "per_zone",
    "safety_mistakes_by_day",
    "streak",
    "study_days",
]
