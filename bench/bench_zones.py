"""Speed of the zone set: loading and validating, hit testing, and the
``massage-trainer validate`` command.  Prints ``name: value (target ...)`` lines.

Run from the repository root:  python bench/bench_zones.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from massage_trainer.core.zones import load_zone_set  # noqa: E402

LOADS = 5
POINTS = 100_000
RUNS = 5


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench_load() -> None:
    times = []
    for _ in range(LOADS):
        start = time.perf_counter()
        load_zone_set()
        times.append(time.perf_counter() - start)
    print(
        f"load and validate the built-in set: {statistics.median(times) * 1000:.1f} ms "
        f"median of {LOADS} (target < 250 ms)"
    )


def bench_zone_at() -> None:
    zs = load_zone_set()
    width, height = zs.canvas
    rng = random.Random(20240601)
    points = [(rng.uniform(0, width), rng.uniform(0, height)) for _ in range(POINTS)]
    clock = time.perf_counter_ns
    start = clock()
    zs.zone_at(*points[0])  # builds the hit-test grid
    first = clock() - start
    times = []
    hits = 0
    for x, y in points[1:]:
        start = clock()
        zone = zs.zone_at(x, y)
        times.append(clock() - start)
        hits += zone is not None
    print(f"zone_at first call (builds the grid): {first / 1e6:.1f} ms (target < 100 ms)")
    print(
        f"zone_at median: {statistics.median(times) / 1000:.2f} µs per call over "
        f"{len(times):,} random points, {100 * hits / len(times):.0f}% on the body "
        "(target < 10 µs)"
    )
    print(
        f"zone_at 95th percentile: {percentile(times, 0.95) / 1000:.2f} µs per call "
        "(target < 50 µs)"
    )


def bench_validate_command() -> None:
    command = [sys.executable, "-m", "massage_trainer", "validate"]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            print(f"massage-trainer validate: exit status {result.returncode}")
    print(
        f"massage-trainer validate process: {statistics.median(times) * 1000:.0f} ms "
        f"median of {RUNS} runs (target < 1000 ms)"
    )


def main() -> int:
    bench_load()
    bench_zone_at()
    bench_validate_command()
    return 0


if __name__ == "__main__":
    sys.exit(main())
