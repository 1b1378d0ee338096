"""Explorer window figures: cold start, click to panel, repaint, memory.

Run from the repository root: ``python bench/bench_explorer.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A child process that starts either the program as the massage-trainer command
# does, or a bare PySide6 window the same way (after importing the geometry
# libraries with "libs"), and reports the wall-clock time
# at the end of its first painted frame ("frame"), or the peak memory once the
# window is shown ("memory").  Children leave with os._exit, so tearing down is
# not counted.
CHILD = r"""
import os, sys, time
sys.path.insert(0, {root!r})
mode = {mode!r}
if {libs!r}:  # what reading a zone file needs before any window
    import numpy, shapely, yaml
if {bare!r}:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    target = QLabel
else:
    from massage_trainer.ui.bodyview import BodyView as target
original = target.paintEvent
def painted(self, event, _orig=original):
    _orig(self, event)
    if mode == "frame":
        cpu = os.times()
        print(time.time(), cpu.user + cpu.system, flush=True)
        os._exit(0)
target.paintEvent = painted
if {bare!r}:
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1200, 860)
    window.show()
    app.exec()
else:
    import resource
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from massage_trainer.cli import main
    if mode != "frame":  # a timer needs the application first
        app = QApplication(sys.argv[:1])
    def check():
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "mainWindow" and w.isVisible()]
        if windows and mode == "memory":
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            os._exit(0)
    if mode != "frame":
        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(20)
    main([])
"""


# A reference, with no code of this project: a window with this window's parts
# (a menu bar of six menus and 48 actions with shortcuts, a toolbar, a splitter,
# five tabs, a text browser, a legend and a notice, a status bar) whose map
# paints 50 antialiased polygons of 4,000 vertices in all, their borders and a
# 2,455-vertex outline 1.3 pt wide, like the body map, from paths built in
# memory.  It shows what PySide6 costs for such a first frame before any
# program logic: the floor for the ratio against the bare window.
MOCKUP = r"""
import math, os, time
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QAction, QColor, QKeySequence, QPainter, QPainterPath, QPen,
                           QPixmap, QPolygonF, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QSplitter, QTabWidget,
                               QTextBrowser, QToolBar, QVBoxLayout, QWidget)

def blob(cx, cy, r, n, wobble):
    return QPolygonF([QPointF(cx + r * (1 + wobble * math.sin(7 * t)) * math.cos(t),
                              cy + r * (1 + wobble * math.sin(7 * t)) * math.sin(t))
                      for t in (2 * math.pi * k / n for k in range(n))])

class Map(QWidget):
    def __init__(self):
        super().__init__()
        self.paths = []
        for i in range(50):
            path = QPainterPath()
            path.addPolygon(blob(10 + (i % 5) * 10, 10 + (i // 5) * 15, 4, 80, 0.1))
            path.closeSubpath()
            self.paths.append(path)
        self.outline = QPainterPath()
        self.outline.addPolygon(blob(30, 80, 28, 2455, 0.02))
        self.outline.closeSubpath()
    def paintEvent(self, event):
        pixmap = QPixmap(self.size())
        pixmap.fill(QColor("white"))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / 60, self.height() / 160)
        p.setTransform(QTransform(scale, 0, 0, scale, 0, 0))
        unit = 96 / 72 / scale
        borders = QPainterPath()
        for path in self.paths:
            p.fillPath(path, QColor("#9fd3f2"))
            borders.addPath(path)
        pen = QPen(QColor(0, 0, 0, 90), 0.5 * unit)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(borders, pen)
        pen = QPen(QColor("#2b2b2b"), 1.3 * unit)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(self.outline, pen)
        p.end()
        QPainter(self).drawPixmap(0, 0, pixmap)
        print(time.time(), flush=True)
        os._exit(0)

app = QApplication([])
window = QMainWindow()
for title in ("&File", "&View", "&Zone", "R&outine", "&Quiz", "&Help"):
    menu = window.menuBar().addMenu(title)
    for i in range(8):
        action = QAction(f"Action {i}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
        action.setStatusTip("tip")
        menu.addAction(action)
toolbar = QToolBar("Map")
window.addToolBar(toolbar)
for i in range(8):
    toolbar.addAction(QAction(f"Tool {i}", window))
tabs = QTabWidget()
info = QTextBrowser()
info.setHtml("<h2>Pick a zone</h2><p>" + "Click a zone on the body. " * 8 + "</p>"
             "<table><tr><td bgcolor='#d55e00'>Avoid</td><td>no direct pressure</td></tr>"
             "</table>")
tabs.addTab(info, "Zone &Info")
for title in ("&Rules", "Rou&tine", "Q&uiz", "Pro&gress"):
    tabs.addTab(QWidget(), title)
side = QWidget()
layout = QVBoxLayout(side)
layout.addWidget(tabs, 1)
layout.addWidget(QLabel("Avoid / Caution / Target"))
notice = QLabel("This program teaches; it is not medical advice. " * 3)
notice.setWordWrap(True)
layout.addWidget(notice)
splitter = QSplitter()
splitter.addWidget(Map())
splitter.addWidget(side)
window.setCentralWidget(splitter)
window.statusBar().showMessage("Back view: 50 zones.")
window.resize(1200, 860)
window.show()
app.exec()
"""


def _python(code: str, env: dict[str, str]) -> str:
    """What a fresh Python process running ``code`` prints."""
    return subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    ).stdout


def _child(bare: bool, mode: str, env: dict[str, str], libs: bool = False) -> str:
    return _python(CHILD.format(root=str(ROOT), bare=bare, mode=mode, libs=libs), env)


def _first_frame(bare: bool, env: dict[str, str], libs: bool = False) -> float:
    return _first_frame_times(bare, env, libs)[0]


def _first_frame_times(bare: bool, env: dict[str, str], libs: bool = False) -> tuple[float, float]:
    """Wall-clock seconds to the first frame, and the CPU seconds spent by then."""
    start = time.time()
    wall, cpu = _child(bare, "frame", env, libs).split()[-2:]
    return float(wall) - start, float(cpu)


def cold_start(runs: int = 11) -> None:
    """Start to the first painted frame of the whole window: the program as the
    massage-trainer command starts it (it keeps no cache of any kind), a bare
    PySide6 window and the mock-up; the runs interleave so that load on the
    machine affects all three alike."""
    with tempfile.TemporaryDirectory(prefix="mt-bench-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[var] = os.path.join(scratch, var.lower())
        # an installed program has its bytecode compiled, as PySide6 has: a
        # first start, not counted, writes it where it may be missing
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _first_frame(False, env)
        bare, libs, program, mockup = [], [], [], []
        bare_cpu, program_cpu = [], []
        for _ in range(runs):
            wall, cpu = _first_frame_times(False, env)
            program.append(wall)
            program_cpu.append(cpu)
            wall, cpu = _first_frame_times(True, env)
            bare.append(wall)
            bare_cpu.append(cpu)
            libs.append(_first_frame(True, env, libs=True))
            start = time.time()
            out = _python(MOCKUP, env)
            mockup.append(float(out.split()[-1]) - start)
        memory = int(_child(False, "memory", env).split()[-1]) / 1024
    b, p, m, g = (statistics.median(x) for x in (bare, program, mockup, libs))
    print(
        f"cold_start_to_first_frame: {p:.3f} s vs bare PySide6 window {b:.3f} s, "
        f"ratio {p / b:.2f}x (target: at most 3x); mock-up with no project code "
        f"(the floor): {m:.3f} s, ratio {m / b:.2f}x; the bare window after importing "
        f"numpy, shapely and PyYAML (needed to read a zone set): {g:.3f} s, ratio {g / b:.2f}x"
    )
    pc, bc = statistics.median(program_cpu), statistics.median(bare_cpu)
    print(
        f"cpu_time_to_first_frame (less sensitive to other load on the machine): "
        f"{pc:.3f} s vs bare {bc:.3f} s, ratio {pc / bc:.2f}x"
    )
    print(f"peak_memory_at_start (window shown): {memory:.0f} MB (target: at most 150 MB)")


def in_process() -> None:
    from benchwindow import open_bench_window
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    app, window = open_bench_window()
    view = window.view

    # click to panel updated and repainted, over every zone, three times
    clicks = []
    points = [view.model_to_view(*z.label_point) for z in window.zone_set.zones]
    for _ in range(3):
        for point in points:
            start = time.perf_counter()
            QTest.mouseClick(
                view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(point)
            )
            view.repaint()
            window.info.repaint()
            clicks.append(time.perf_counter() - start)
    print(
        f"click_to_panel: median {1000 * statistics.median(clicks):.2f} ms, "
        f"p95 {1000 * sorted(clicks)[int(0.95 * len(clicks))]:.2f} ms "
        "(target: median under 5 ms)"
    )

    # full repaint of a 1600x1000 window; the static map is cached after the first
    app.processEvents()
    repaints = []
    for _ in range(40):
        start = time.perf_counter()
        window.repaint()
        repaints.append(time.perf_counter() - start)
    print(
        f"repaint_1600x1000: median {1000 * statistics.median(repaints):.2f} ms "
        "(target: median under 8 ms)"
    )
    # the same with every anatomy layer of the zone set switched on
    for action in window.layer_actions.values():
        if not action.isChecked():
            action.trigger()
    app.processEvents()
    window.repaint()  # the map with the layers is drawn once, then cached
    layered = []
    for _ in range(40):
        start = time.perf_counter()
        window.repaint()
        layered.append(time.perf_counter() - start)
    print(
        f"repaint_1600x1000_every_layer ({', '.join(window.layer_actions)}): median "
        f"{1000 * statistics.median(layered):.2f} ms (target: median under 8 ms)"
    )
    for action in window.layer_actions.values():
        action.trigger()  # back off, as the rest of the bench expects
    cold = []
    for i in range(10):
        view.set_margin(2.0 + 0.001 * (i + 1))  # a new map: the cache misses
        start = time.perf_counter()
        view.repaint()
        cold.append(time.perf_counter() - start)
    print(
        f"repaint_map_uncached (zoom, pan or toggle): median "
        f"{1000 * statistics.median(cold):.2f} ms"
    )
    window.close()


def main() -> None:
    cold_start()
    in_process()
    import resource

    print(
        f"peak_memory_after_clicking_every_zone: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
        "(target: under 150 MB)"
    )


if __name__ == "__main__":
    main()
