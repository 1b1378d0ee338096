"""Quiz engine speed: from an answer to the next question object (no Qt, no display).

Plays rounds of every mode on the built-in zone set and times each answer that
finishes a question plus the ``next_question()`` call after it, which is the
engine's share of "answer to next question shown", with every answer written
to the SQLite answer log.  Also times one atomic progress save (fsync
included), which the UI does after each question; then fills a log with
100,000 generated answers, times each statistics query over it and prints the
database's size.  Figures only, no assertions.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from massage_trainer.core.quiz import (
    AnswerLog,
    Mode,
    Progress,
    ProgressStore,
    QuizEngine,
    QuizRound,
    RoundSettings,
)
from massage_trainer.core.quiz import statistics as st
from massage_trainer.core.quiz.answerlog import _INSERT, Answer, _row
from massage_trainer.core.zones import load_zone_set

ANSWERS = 400
LOGGED = 100_000


def _answer(rnd: QuizRound, right: bool):
    q = rnd.current
    assert q is not None
    if q.mode is Mode.FIND:
        zone = q.zone if right else next(z for z in rnd.engine.zone_set.zones if z.kind != q.kind)
        return rnd.answer_click(*zone.label_point)
    assert q.answer is not None
    return rnd.answer_choice(q.answer if right else (q.answer + 1) % len(q.choices))


def main() -> None:
    zone_set = load_zone_set()
    with tempfile.TemporaryDirectory() as tmp:
        log = AnswerLog(tmp)
        engine = QuizEngine(zone_set, Progress(), log=log)
        _answers(engine)
        log.close()
    _saves(engine)
    _statistics(zone_set)


def _answers(engine: QuizEngine) -> None:
    timings: list[float] = []
    seed = 0
    while len(timings) < ANSWERS:
        for mode in Mode:
            seed += 1
            rnd = engine.start_round(RoundSettings(mode, count=None, seed=seed))
            rnd.next_question()
            n = 0
            while rnd.current is not None:
                n += 1
                right = n % 3 != 0
                start = time.perf_counter()
                feedback = _answer(rnd, right)
                while not feedback.done:  # find-it: use up the tries
                    feedback = _answer(rnd, right)
                rnd.next_question()
                timings.append(time.perf_counter() - start)
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(
        f"answer_to_next_question (engine): median {statistics.median(ms):.3f} ms, "
        f"p95 {p95:.3f} ms over {len(ms)} answers, logged to SQLite (target: median under 10 ms)"
    )


def _saves(engine: QuizEngine) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore(tmp)
        saves = []
        for _ in range(50):
            start = time.perf_counter()
            store.save(engine.progress)
            saves.append((time.perf_counter() - start) * 1000)
    print(
        f"progress_save ({len(engine.progress)} items, atomic with fsync): median "
        f"{statistics.median(saves):.2f} ms, max {max(saves):.2f} ms (no target)"
    )


def _statistics(zone_set) -> None:
    kinds = list(zone_set.kinds())
    rng = random.Random(1)
    first = date.today() - timedelta(days=400)
    with tempfile.TemporaryDirectory() as tmp:
        log = AnswerLog(tmp)
        rows = []
        for i in range(LOGGED):
            day = first + timedelta(days=i * 400 // LOGGED)
            t = datetime.combine(day, datetime.min.time()).timestamp() + rng.uniform(0, 86000)
            mode = rng.choice(["find", "name", "safety", "technique"])
            item = rng.choice(kinds)
            right = rng.random() < 0.7
            rows.append(
                _row(
                    Answer(
                        time=t,
                        mode=mode,
                        view=zone_set.view,
                        item=item,
                        question="Click the " + item,
                        answer="x",
                        correct=right,
                        answer_item=item if right else rng.choice(kinds),
                        safety_mistake=mode == "safety" and not right and rng.random() < 0.5,
                        response_ms=rng.randint(400, 9000),
                    )
                )
            )
        db = log.connection()
        with db:
            db.execute("BEGIN")
            db.executemany(_INSERT, rows)
        log.close()
        db = sqlite3.connect(Path(tmp) / "answers.sqlite3")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        size = (Path(tmp) / "answers.sqlite3").stat().st_size
        log = AnswerLog(tmp)
        start = time.perf_counter()
        log.connection()
        opened = (time.perf_counter() - start) * 1000
        queries = {
            "daily": lambda: st.daily(log),
            "study_days": lambda: st.study_days(log),
            "streak": lambda: st.streak(log),
            "per_zone": lambda: st.per_zone(log, zone_set.view),
            "confusions": lambda: st.confusions(log, zone_set.view),
            "safety_mistakes_by_day": lambda: st.safety_mistakes_by_day(log),
        }
        total = 0.0
        for name, query in queries.items():
            times = []
            for _ in range(5):
                start = time.perf_counter()
                query()
                times.append((time.perf_counter() - start) * 1000)
            total += statistics.median(times)
            print(f"stats_{name} ({LOGGED} answers): median {statistics.median(times):.1f} ms")
        print(
            f"stats_all ({LOGGED} answers): {total:.1f} ms for every query, "
            f"{opened:.1f} ms to open and check the database (target: the view under 100 ms)"
        )
        print(f"answer_log_size ({LOGGED} answers): {size / 1e6:.1f} MB")
        log.close()


if __name__ == "__main__":
    main()
