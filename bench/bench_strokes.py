"""Strokes on the map: the repaint cost of drawing a technique's strokes, and
of each frame of the animation at 60 frames per second.

Run from the repository root: ``python bench/bench_strokes.py``.  The map is
drawn as the window draws it: the zones once into a cached image, then per
repaint the cached image and the overlay (where the strokes and the hands
are drawn), into a 1600x1000 image.  The same run measures the bare repaint
(no strokes) for comparison.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TECHNIQUE = "effleurage"  # the most strokes of any technique on the back
SIZE = (1600, 1000)
RUNS = 60
FRAMES = 180  # three seconds of animation


def strokes() -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from massage_trainer.core.strokes import StrokePlayer, strokes_for
    from massage_trainer.core.zones import load_zone_set
    from massage_trainer.paint.body import (
        RenderOptions,
        fit_transform,
        paint_overlay,
        paint_static,
        scene_for,
    )

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    zone_set = load_zone_set()
    drawn = strokes_for(zone_set.techniques[TECHNIQUE], zone_set)
    rect = QRectF(0, 0, *SIZE)
    transform = fit_transform(scene_for(zone_set).bounds, rect, RenderOptions().margin)
    cached = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    cached.fill(QColor("#ffffff"))
    painter = QPainter(cached)
    paint_static(painter, zone_set, transform, RenderOptions())
    painter.end()
    target = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def repaint(options: RenderOptions) -> float:
        start = time.perf_counter()
        p = QPainter(target)
        p.drawImage(QPointF(0, 0), cached)
        paint_overlay(p, zone_set, transform, options)
        p.end()
        return time.perf_counter() - start

    bare_options = RenderOptions()
    with_strokes = RenderOptions(strokes=drawn)
    for options in (bare_options, with_strokes):
        repaint(options)  # warm up
    bare = [repaint(bare_options) for _ in range(RUNS)]
    shown = [repaint(with_strokes) for _ in range(RUNS)]
    print(
        f"repaint_1600x1000_bare: median {1000 * statistics.median(bare):.2f} ms (for comparison)"
    )
    print(
        f"repaint_1600x1000_with_{TECHNIQUE}_strokes ({len(drawn)} paths): median "
        f"{1000 * statistics.median(shown):.2f} ms (target: median under 8 ms)"
    )

    now = [0.0]
    player = StrokePlayer(drawn, clock=lambda: now[0], loop=True)
    player.play()
    frames = []
    for _ in range(FRAMES):
        now[0] += 1 / 60
        start = time.perf_counter()
        frame = player.frame()
        repaint(RenderOptions(strokes=drawn, stroke_frame=frame))
        frames.append(time.perf_counter() - start)
    print(
        f"animation_frame_60fps: median {1000 * statistics.median(frames):.2f} ms, "
        f"max {1000 * max(frames):.2f} ms (target: every frame under 8 ms)"
    )
    del app


def main() -> None:
    strokes()


if __name__ == "__main__":
    main()
