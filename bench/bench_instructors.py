"""How long an instructor waits: opening a class's results, and writing the Anki deck.

Run from the repository root: ``python bench/bench_instructors.py``.  Prints
figures only.  Targets: 200 results files open (read, checked, both tables
built) in under 1 s; the Anki deck of every built-in view, as a whole
command, in under 5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 5
LEARNERS = 200
QUESTIONS = 30

# the deck of every view the zone loader offers, as one process from the start
DECK_SCRIPT = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication
from massage_trainer.core.zones import load_views
from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint.deck import write_deck
app = QGuiApplication(sys.argv[:1])
summary = write_deck(list(load_views().values()), sys.argv[1])
print(summary)
"""


def write_class(folder: Path) -> None:
    from massage_trainer.core.exam import Answer, ExamResults, write_results
    from massage_trainer.core.zones import load_zone_set

    kinds = list(load_zone_set().kinds().items())
    for learner in range(LEARNERS):
        answers = []
        for q in range(QUESTIONS):
            kind, zones = kinds[(learner + q) % len(kinds)]
            wrong = (learner * 7 + q * 3) % 10 < 3
            answers.append(
                Answer(
                    number=q + 1,
                    view="back",
                    mode="safety",
                    kind=kind,
                    zone=zones[0].id,
                    name=zones[0].name,
                    safety=zones[0].safety,
                    given=("Target",) if wrong else (zones[0].safety_word,),
                    right_answer=zones[0].safety_word,
                    correct=not wrong,
                    safety_mistake=wrong and zones[0].safety != "target",
                    seconds=4.5,
                )
            )
        results = ExamResults(
            learner=f"Learner {learner:03d}",
            exam_title="Bench exam",
            exam_digest="sha256:" + "a" * 64,
            seed=1,
            started="2026-12-01T09:00:00+00:00",
            duration=300.0,
            timed_out=False,
            planned=QUESTIONS,
            answers=tuple(answers),
        )
        write_results(results, folder / f"learner-{learner:03d}.json")


def open_class(folder: Path) -> list[float]:
    from massage_trainer.core.classresults import load_class

    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = load_class([folder])
        result.learner_rows()
        result.zone_rows()
        times.append(time.perf_counter() - start)
    assert len(result.results) == LEARNERS and not result.rejected, result.rejected
    return times


def deck_command(folder: Path) -> tuple[list[float], list[str]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = folder / "zones.apkg"
    command = [sys.executable, "-c", DECK_SCRIPT, str(out)]
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    from massage_trainer.core.zones import builtin_views

    return times, list(builtin_views())


def cli_deck(folder: Path) -> list[float] | None:
    """The same through ``massage-trainer export --out zones.apkg``, once it is wired."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = folder / "cli.apkg"
    command = [sys.executable, "-m", "massage_trainer", "export", "--out", str(out)]
    if subprocess.run(command, env=env, cwd=ROOT, capture_output=True).returncode != 0:
        return None
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_class(folder)
        opened = open_class(folder)
        print(
            f"class_results_{LEARNERS}_files: median {1000 * statistics.median(opened):.0f} ms "
            f"(over {RUNS} runs; target: under 1000 ms)",
            flush=True,
        )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        times, views = deck_command(folder)
        print(
            f"anki_deck_command ({', '.join(views)}): median {statistics.median(times):.2f} s "
            f"(over {RUNS} runs; target: under 5 s)",
            flush=True,
        )
        cli = cli_deck(folder)
        if cli is None:
            print("anki_deck_cli: 'export --out zones.apkg' is not wired yet", flush=True)
        else:
            print(f"anki_deck_cli: median {statistics.median(cli):.2f} s (target: under 5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
