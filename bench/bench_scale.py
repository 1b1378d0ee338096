"""Large and hostile zone files: how long validating, opening in the window
and exporting take, each as the real command in a child process (start-up
included).  Prints ``name: value (target ...)`` lines.

A zone file holds at most 2,000 zones (``core.yamlsource.MAX_ENTRIES``): the
10,000-zone grid is refused, and the figures for a full file come from a
44 x 44 grid (1,936 zones) just under the limit.

Run from the repository root:  python bench/bench_scale.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.make_corpus import grid, identical_zones  # noqa: E402


class Took(float):
    """Wall-clock seconds of a child, printed with its CPU seconds beside
    (steadier than the wall clock when the machine is busy)."""

    cpu = 0.0

    def __format__(self, spec: str) -> str:
        return f"{float(self):{spec}} s wall, {self.cpu:{spec}} s CPU"


def timed(*args: str) -> tuple[Took, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    took = Took(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    took.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, result


def bench_scale() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        big = folder / "grid_10000.yaml"
        big.write_text(grid(100), encoding="utf-8")
        full = folder / "grid_1936.yaml"
        full.write_text(grid(44), encoding="utf-8")
        same = folder / "same_500.yaml"
        same.write_text(identical_zones(500), encoding="utf-8")

        seconds, result = timed("validate", str(big))
        said = "refused as too large" if "more than 2,000" in result.stdout else "not refused"
        print(f"validate the 10,000-zone grid: {seconds:.2f}, {said} (target < 1 s)")
        seconds, result = timed("--zones", str(big), "--screenshot", str(folder / "big.png"))
        print(
            f"open the 10,000-zone grid in the window: {seconds:.2f} to the refusal, "
            f"exit {result.returncode} (target < 1 s after start-up)"
        )

        seconds, result = timed("validate", str(full))
        print(
            f"validate the 1,936-zone grid: {seconds:.2f}, exit {result.returncode} (target < 5 s)"
        )
        seconds, result = timed("--zones", str(full), "--screenshot", str(folder / "full.png"))
        print(
            f"open the 1,936-zone grid in the window (to the first frame): {seconds:.2f}, "
            f"exit {result.returncode} (target < 10 s)"
        )
        for suffix, extra in ((".pdf", ()), (".png", ("--dpi", "150")), (".svg", ())):
            out = folder / f"grid{suffix}"
            seconds, result = timed("export", "--zones", str(full), "--out", str(out), *extra)
            print(
                f"export the 1,936-zone grid as {suffix[1:].upper()}: {seconds:.2f}, "
                f"exit {result.returncode} (target < 30 s)"
            )

        seconds, result = timed("validate", str(same))
        lines = len(result.stdout.splitlines())
        print(
            f"validate 500 identical zones (124,750 overlapping pairs): {seconds:.2f}, "
            f"{lines} lines (was 19 s and 124,750 lines)"
        )


if __name__ == "__main__":
    bench_scale()
