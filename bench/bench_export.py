"""How long the full zone sheet PDF takes: in process, and as a whole command.

Run from the repository root: ``python bench/bench_export.py``.  Prints
figures only; the target for the whole command is under 1.5 s.
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
RUNS = 5


def in_process(folder: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from massage_trainer.core.zones import load_zone_set
    from massage_trainer.paint import output

    output.ensure_gui_application()
    zone_set = load_zone_set()
    output.write_pdf(zone_set, folder / "warm-up.pdf")
    times = []
    for i in range(RUNS):
        start = time.perf_counter()
        output.write_pdf(zone_set, folder / f"sheet-{i}.pdf")
        times.append(time.perf_counter() - start)
    return times


def as_command(folder: Path) -> list[float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = folder / "command.pdf"
    command = [sys.executable, "-m", "massage_trainer", "export", "--out", str(out)]
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inside = in_process(folder)
        print(
            f"export_pdf_in_process: median {1000 * statistics.median(inside):.0f} ms "
            f"(over {RUNS} runs)",
            flush=True,
        )
        whole = as_command(folder)
        print(
            f"export_pdf_command: median {statistics.median(whole):.2f} s (target: under 1.5 s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
