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

from massage_trainer.core.zones import _HitIndex, builtin_views, load_zone_set  # noqa: E402

LOADS = 10
POINTS = 100_000
RUNS = 5


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench_load() -> None:
    """Each built-in view read and checked in this process (after one load to
    warm up): the zone file, the techniques, the rules and their strokes."""
    for view in builtin_views():
        load_zone_set(view=view)
        times = []
        for _ in range(LOADS):
            start = time.perf_counter()
            load_zone_set(view=view)
            times.append(time.perf_counter() - start)
        print(
            f"load and validate the {view} view: {statistics.median(times) * 1000:.1f} ms "
            f"median of {LOADS} (target < 250 ms)"
        )


def bench_zone_at() -> None:
    zs = load_zone_set()
    width, height = zs.canvas
    rng = random.Random(20240601)
    points = [(rng.uniform(0, width), rng.uniform(0, height)) for _ in range(POINTS)]
    clock = time.perf_counter_ns
    start = clock()
    _HitIndex(zs.zones).fill()  # the whole grid, as the first zone_at builds it
    first = clock() - start
    times = []
    hits = 0
    for x, y in points[1:]:
        start = clock()
        zone = zs.zone_at(x, y)
        times.append(clock() - start)
        hits += zone is not None
    print(f"zone_at grid, built once per zone set: {first / 1e6:.1f} ms (target < 100 ms)")
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
        f"massage-trainer validate process (every built-in file, both views): "
        f"{statistics.median(times) * 1000:.0f} ms median of {RUNS} runs (target < 1000 ms)"
    )


def main() -> int:
    bench_load()
    bench_zone_at()
    bench_validate_command()
    return 0


if __name__ == "__main__":
    sys.exit(main())
