"""Quiz engine speed: from an answer to the next question object (no Qt, no display).

Plays rounds of every mode on the built-in zone set and times each answer that
finishes a question plus the ``next_question()`` call after it, which is the
engine's share of "answer to next question shown".  Also times one atomic
progress save (fsync included), which the UI does after each question.
Figures only, no assertions.
"""

from __future__ import annotations

import statistics
import tempfile
import time

from massage_trainer.core.quiz import Mode, ProgressStore, QuizEngine, QuizRound, RoundSettings
from massage_trainer.core.zones import load_zone_set

ANSWERS = 400


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
    engine = QuizEngine(zone_set)
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
        f"p95 {p95:.3f} ms over {len(ms)} answers (target: median under 10 ms)"
    )

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


if __name__ == "__main__":
    main()
