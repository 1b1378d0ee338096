"""Explorer window figures: cold start, click to panel, repaint, memory.

Run from the repository root: ``python bench/bench_explorer.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A child process that starts either the real window or a bare PySide6 window
# the same way, and exits at its first painted frame.
CHILD = r"""
import sys, resource
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
if {bare!r}:
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    target = window.centralWidget()
else:
    from massage_trainer.app import create_main_window
    window = create_main_window()
    target = window.view
original = type(target).paintEvent
def painted(self, event, _orig=original):
    _orig(self, event)
    QTimer.singleShot(0, app.quit)
type(target).paintEvent = painted
window.resize(1200, 860)
window.show()
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def cold_start(bare: bool, runs: int = 7) -> float:
    code = CHILD.format(root=str(ROOT), bare=bare)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process() -> None:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("Massage Trainer Bench")
    QSettings().clear()
    from massage_trainer.app import create_main_window

    window = create_main_window()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    view = window.view

    # click to panel updated and repainted, over every zone, three times
    clicks = []
    points = [view.model_to_view(*z.label_point) for z in window.zone_set.zones]
    for _ in range(3):
        for point in points:
            start = time.perf_counter()
            QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(point))
            view.repaint()
            window.info.repaint()
            clicks.append(time.perf_counter() - start)
    print(f"click_to_panel: median {1000 * statistics.median(clicks):.2f} ms, "
          f"p95 {1000 * sorted(clicks)[int(0.95 * len(clicks))]:.2f} ms "
          "(target: median under 5 ms)")

    # full repaint of a 1600x1000 window; the static map is cached after the first
    app.processEvents()
    repaints = []
    for _ in range(40):
        start = time.perf_counter()
        window.repaint()
        repaints.append(time.perf_counter() - start)
    print(f"repaint_1600x1000: median {1000 * statistics.median(repaints):.2f} ms "
          "(target: median under 8 ms)")
    cold = []
    for i in range(10):
        view.set_options(margin=2.0 + 0.001 * (i + 1))  # a new map: the cache misses
        start = time.perf_counter()
        view.repaint()
        cold.append(time.perf_counter() - start)
    print(f"repaint_map_uncached (zoom, pan or toggle): median "
          f"{1000 * statistics.median(cold):.2f} ms")
    window.close()


def main() -> None:
    bare = cold_start(bare=True)
    real = cold_start(bare=False)
    print(f"cold_start_to_first_frame: {real:.3f} s vs bare PySide6 window {bare:.3f} s, "
          f"ratio {real / bare:.2f}x (target: at most 1.3x)")
    code = CHILD.format(root=str(ROOT), bare=False)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.split()
    print(f"peak_memory_at_start: {int(out[-1]) / 1024:.0f} MB (target: under 150 MB)")
    in_process()
    import resource

    print(f"peak_memory_after_clicking_every_zone: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          "(target: under 150 MB)")


if __name__ == "__main__":
    main()
