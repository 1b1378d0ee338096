"""Quiz window speed: from an answer to the next question on screen.

Builds the main window with the quiz installed, plays "Name it" rounds and
times, for each answer, the key's slot (``QuizController.answer_key``), Next
(``next_question``), the events that follow (the progress save after every
answer included) and a
full repaint of the window with the next question shown.  Run from the
repository root: ``python bench/bench_quiz_ui.py``.  Figures only.

``statistics_view`` fills an answer log with 100,000 generated answers and
times the Progress tab's Statistics page from the click to the painted page,
beside a bare repaint of the same page in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANSWERS = 200
LOGGED = 100_000


def main() -> None:
    from benchwindow import open_bench_window

    from massage_trainer.core.quiz import Mode, RoundSettings

    app, window = open_bench_window()
    with tempfile.TemporaryDirectory() as data_dir:
        quiz = window.quiz
        quiz.store.directory = Path(data_dir)  # keep the bench's answers out of real progress
        quiz.store.path = quiz.store.directory / quiz.store.path.name
        timings: list[float] = []
        whole: list[float] = []  # the same, plus a full repaint of the window
        seed = 0
        while len(timings) < ANSWERS:
            seed += 1
            quiz.start(RoundSettings(Mode.NAME, count=None, seed=seed))
            app.processEvents()
            window.repaint()
            n = 0
            while quiz.running and quiz.question is not None and len(timings) < ANSWERS:
                n += 1
                key = str(1 + (quiz.question.answer + (n % 3 == 0)) % 4)  # a third wrong
                start = time.perf_counter()
                quiz.answer_key(key)
                quiz.next_question()
                app.processEvents()  # paints what changed; the save starts after it
                quiz.panel.grab()  # and make sure: the panel and the map drawn afresh
                window.view.grab()
                timings.append(time.perf_counter() - start)
                window.repaint()
                whole.append(time.perf_counter() - start)
        window.close()  # saves what is left
        saved = quiz.store.path.is_file()
    ms = sorted(1000 * t for t in timings)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(
        f"answer_to_next_question (window): median {statistics.median(ms):.2f} ms, "
        f"p95 {p95:.2f} ms over {len(ms)} answers (target: median under 10 ms)"
    )
    print(
        f"answer_to_next_question_full_repaint (the same plus window.repaint() at "
        f"1600x1000): median {1000 * statistics.median(whole):.2f} ms (no target)"
    )
    if not saved:
        print("warning: no progress file was written", file=sys.stderr)
    statistics_view()


def statistics_view() -> None:
    """The Statistics page opened over 100,000 logged answers, against a bare
    repaint of it."""
    import random
    from datetime import date, datetime, timedelta

    from benchwindow import open_bench_window

    from massage_trainer.core.quiz import AnswerLog
    from massage_trainer.core.quiz.answerlog import _INSERT, Answer, _row

    app, window = open_bench_window()
    quiz = window.quiz
    kinds = list(window.zone_set.kinds())
    rng = random.Random(3)
    first = date.today() - timedelta(days=400)
    with tempfile.TemporaryDirectory() as tmp:
        log = AnswerLog(tmp)
        rows = []
        for i in range(LOGGED):
            day = first + timedelta(days=i * 400 // LOGGED)
            t = datetime.combine(day, datetime.min.time()).timestamp() + rng.uniform(0, 86000)
            item = rng.choice(kinds)
            right = rng.random() < 0.7
            mode = rng.choice(["find", "name", "safety", "technique"])
            rows.append(
                _row(
                    Answer(
                        t,
                        mode,
                        window.zone_set.view,
                        item,
                        "q",
                        "a",
                        right,
                        answer_item=item if right else rng.choice(kinds),
                        safety_mistake=mode == "safety" and not right,
                        response_ms=rng.randint(400, 9000),
                    )
                )
            )
        db = log.connection()
        db.execute("BEGIN")
        db.executemany(_INSERT, rows)
        db.execute("COMMIT")
        quiz.engine.log = log
        quiz.show_progress_action.trigger()
        app.processEvents()
        pv = quiz.progress_view
        opened, again, bare = [], [], []
        for _ in range(5):
            for cold, times in ((True, opened), (False, again)):
                pv.pages.setCurrentIndex(0)
                app.processEvents()
                if cold:
                    quiz._statistics = None  # read the log afresh, as after an answer
                start = time.perf_counter()
                pv.pages.setCurrentWidget(pv.statistics_page)  # fills and shows the page
                app.processEvents()
                pv.statistics_page.grab()
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            pv.statistics_page.grab()
            bare.append(time.perf_counter() - start)
        log.close()
        window.close()
    print(
        f"statistics_view_opens ({LOGGED} answers, the log read afresh): median "
        f"{1000 * statistics.median(opened):.1f} ms; again with no new answer "
        f"{1000 * statistics.median(again):.1f} ms; a bare repaint of the page "
        f"{1000 * statistics.median(bare):.1f} ms (target: under 100 ms)"
    )


if __name__ == "__main__":
    main()
