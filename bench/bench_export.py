"""How long the full zone sheet PDF takes: in process, and as a whole command.

Run from the repository root: ``python bench/bench_export.py``.  Prints
figures only.  The whole command is timed interleaved with a bare PySide6
program that writes a one-page PDF (the reference, measured in the same run):
the target is at most 4x that, and under 1.5 s.
"""

from __future__ import annotations

import compileall
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


# the reference: Qt's GUI application and its PDF writer, one page of text
BARE_PDF = """
import sys
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
painter = QPainter(writer)
painter.drawText(100, 100, "Massage Trainer")
painter.end()
"""


def as_command(folder: Path) -> tuple[list[float], list[float]]:
    """The export command and the bare PDF writer, run in turns."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = folder / "command.pdf"
    commands = (
        [sys.executable, "-m", "massage_trainer", "export", "--out", str(out)],
        [sys.executable, "-c", BARE_PDF, str(folder / "bare.pdf")],
    )
    times: tuple[list[float], list[float]] = ([], [])
    for command in commands:  # warm-up
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    for _ in range(RUNS):
        for command, measured in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
            measured.append(time.perf_counter() - start)
    return times


def main() -> int:
    compileall.compile_dir(ROOT / "massage_trainer", quiet=1)  # as installed: with its bytecode
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inside = in_process(folder)
        print(
            f"export_pdf_in_process: median {1000 * statistics.median(inside):.0f} ms "
            f"(over {RUNS} runs)",
            flush=True,
        )
        whole, bare = as_command(folder)
        ours, reference = statistics.median(whole), statistics.median(bare)
        print(
            f"export_pdf_command: median {ours:.2f} s vs a bare PySide6 program writing a "
            f"one-page PDF {reference:.2f} s, ratio {ours / reference:.2f}x "
            "(target: at most 4x, and under 1.5 s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
