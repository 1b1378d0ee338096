"""Which widgets clip their text or scroll sideways, at common window sizes and a large font.

Builds the main window offscreen at each size (800x600 to 3840x2160), with the
default and an 18 pt application font, opens each side tab in turn (with a
zone selected, so Zone Info has text) and reports, per tab:

- labels and buttons narrower or shorter than their text needs (Qt clips them);
- custom-painted widgets (legends) whose text does not fit the rectangle it is
  drawn in (found by watching ``QPainter.drawText`` while they paint);
- table columns narrower than their contents (Qt elides them with "...");
- scroll areas with a horizontal scroll bar showing;
- push buttons that cannot be seen without scrolling;
- how much of the width the map gets, and how long the panel's text lines are.

    .venv/bin/python bench/layout_check.py                 # every size, both fonts
    .venv/bin/python bench/layout_check.py --size 800x600 --font 18
    .venv/bin/python bench/layout_check.py --scale 2       # 200 % (QT_SCALE_FACTOR)

Exits 1 when it finds a problem, so it can become a test.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZES = ("800x600", "1024x768", "1366x768", "1920x1080", "3840x2160")
FONTS = (None, 18.0)  # None: Qt's default application font
LINE_CHARACTERS = 80  # text lines longer than this are hard to follow (aim: about 70)
WIDE = 1200  # from this window width on, the map should get at least half of it
MAP_SHARES: dict[str, float] = {}  # per tab, of the window last checked


@dataclass(frozen=True)
class Finding:
    tab: str
    widget: str
    problem: str

    def __str__(self) -> str:
        return f"  [{self.tab}] {self.widget}: {self.problem}"


def setup_environment(scale: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    scratch = tempfile.mkdtemp(prefix="massage-trainer-layout-")
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(scratch, var.lower())


def widget_label(widget) -> str:
    """Class, object name and a little of the text: enough to find it in the code."""
    name = type(widget).__name__
    if widget.objectName():
        name += f"#{widget.objectName()}"
    text = ""
    for getter in ("text", "title", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    if text:
        plain = " ".join(str(text).split())
        if "<" in plain:  # rich text: strip the tags for the report
            import re

            plain = re.sub(r"<[^>]+>", "", plain)
        name += f" {plain[:40]!r}"
    return name


class DrawTextWatch:
    """Records text that ``QPainter.drawText(rect, flags, text)`` cannot fit in ``rect``."""

    def __init__(self) -> None:
        from PySide6.QtGui import QPainter

        self.original = QPainter.drawText
        self.overflows: list[str] = []

    def __enter__(self) -> DrawTextWatch:
        from PySide6.QtCore import QRect, QRectF, Qt
        from PySide6.QtGui import QFontMetricsF, QPainter

        original = self.original
        overflows = self.overflows

        def watched(painter, *args):
            if len(args) >= 3 and isinstance(args[0], (QRect, QRectF)) and isinstance(args[2], str):
                rect, flags, text = QRectF(args[0]), int(args[1]), args[2]
                metrics = QFontMetricsF(painter.font())
                needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text)
                if flags & int(Qt.TextFlag.TextWordWrap):
                    too_big = needed.height() > rect.height() + 1
                else:
                    too_big = metrics.horizontalAdvance(text) > rect.width() + 1 or (
                        metrics.height() > rect.height() + 1
                    )
                if too_big and text.strip():
                    overflows.append(
                        f"text {text[:30]!r} needs {metrics.horizontalAdvance(text):.0f}x"
                        f"{needed.height():.0f} px, drawn in {rect.width():.0f}x{rect.height():.0f}"
                    )
            return original(painter, *args)

        QPainter.drawText = watched
        return self

    def __exit__(self, *exc) -> None:
        from PySide6.QtGui import QPainter

        QPainter.drawText = self.original


def visible_widgets(root) -> Iterator:
    from PySide6.QtWidgets import QWidget

    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not widget.visibleRegion().isEmpty():
            yield widget


def check_widgets(window, tab: str) -> list[Finding]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QLabel,
        QPushButton,
        QTableView,
        QTreeView,
        QWidget,
    )

    findings: list[Finding] = []
    for widget in visible_widgets(window):
        name = widget_label(widget)
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            inner = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    findings.append(
                        Finding(tab, name, f"needs {needed} px of height, has {widget.height()}")
                    )
            elif widget.sizeHint().width() > widget.width() + 1:
                findings.append(
                    Finding(
                        tab,
                        name,
                        f"needs {widget.sizeHint().width()} px of width, has {inner.width()}",
                    )
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                findings.append(
                    Finding(
                        tab,
                        name,
                        f"needs {hint.width()}x{hint.height()} px, has "
                        f"{widget.width()}x{widget.height()}",
                    )
                )
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                findings.append(Finding(tab, name, f"scrolls sideways ({bar.maximum()} px hidden)"))
        if isinstance(widget, (QTableView, QTreeView)):
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            model = widget.model()
            for column in range(model.columnCount() if model is not None else 0):
                if header.isSectionHidden(column):
                    continue
                needed = max(widget.sizeHintForColumn(column), header.sectionSizeHint(column))
                if needed > header.sectionSize(column) + 1:
                    title = model.headerData(column, header.orientation())
                    findings.append(
                        Finding(
                            tab,
                            name,
                            f"column {title!r} is {header.sectionSize(column)} px, "
                            f"its contents need {needed} (elided)",
                        )
                    )
        if isinstance(widget, QPushButton) and widget.text():
            shown = widget.visibleRegion().boundingRect()
            if shown.height() < widget.height() or shown.width() < widget.width():
                findings.append(Finding(tab, name, "only partly visible without scrolling"))
        # custom-painted widgets of the program: does their text fit where it is drawn?
        if type(widget).__module__.startswith("massage_trainer") and type(
            widget
        ).paintEvent is not (QWidget.paintEvent):
            if type(widget).__name__ == "BodyView":
                continue  # the map's labels are placed to avoid each other, not boxed
            with DrawTextWatch() as watch:
                widget.grab()
            for overflow in dict.fromkeys(watch.overflows):
                findings.append(Finding(tab, name, overflow))
    # push buttons inside scroll areas that are off screen entirely
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.visibleRegion().isEmpty() and button.text():
            findings.append(Finding(tab, widget_label(button), "cannot be seen without scrolling"))
    return findings


def check_proportions(window, tab: str) -> list[Finding]:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

    findings = []
    size = window.size()
    minimum = window.minimumSizeHint()
    if minimum.width() > size.width() or minimum.height() > size.height():
        findings.append(
            Finding(
                tab,
                "window",
                f"its minimum {minimum.width()}x{minimum.height()} is larger than "
                f"{size.width()}x{size.height()}",
            )
        )
    maps = [w for w in window.findChildren(QWidget) if type(w).__name__ == "BodyView"]
    if maps and maps[0].isVisible():
        share = maps[0].width() / max(1, window.width())
        MAP_SHARES.setdefault(tab, share)
        if share < 0.5 and size.width() >= WIDE:
            findings.append(
                Finding(tab, "map", f"gets {share:.0%} of the width ({maps[0].width()} px)")
            )
    for widget in visible_widgets(window):
        if isinstance(widget, QTextBrowser) or (isinstance(widget, QLabel) and widget.wordWrap()):
            if (
                len(widget.toPlainText() if isinstance(widget, QTextBrowser) else widget.text())
                < 200
            ):
                continue
            width = (
                widget.viewport().width() if isinstance(widget, QTextBrowser) else widget.width()
            )
            characters = width / max(1, QFontMetrics(widget.font()).averageCharWidth())
            if characters > LINE_CHARACTERS:
                findings.append(
                    Finding(
                        tab,
                        widget_label(widget),
                        f"text lines about {characters:.0f} characters long ({width} px)",
                    )
                )
    return findings


def settle(app, rounds: int = 6) -> None:
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def select_a_zone(window) -> None:
    """Fill Zone Info with a long zone's text, through the window's own handler if it has one."""
    zone_set = getattr(window, "zone_set", None)
    if zone_set is None:
        return
    zone = max(zone_set.zones, key=lambda z: len(z.name) + (100 if z.safety == "avoid" else 0))
    for handler in ("select_zone", "_on_activated"):
        if hasattr(window, handler):
            getattr(window, handler)(zone)
            return


def check_window(app, width: int, height: int, font_points: float | None) -> list[Finding]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabWidget

    from massage_trainer.app import create_main_window

    window = create_main_window()
    if hasattr(window, "fit_to_screen"):  # the first window, on a screen of this size
        window.fit_to_screen(True, QRect(0, 0, width, height))
    first = window.size()
    window.resize(width, height)
    window.show()
    settle(app)
    select_a_zone(window)
    findings: list[Finding] = []
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
    side = tab_widgets[0] if tab_widgets else None
    titles = [side.tabText(i).replace("&", "") for i in range(side.count())] if side else [""]
    for index, title in enumerate(titles):
        if side is not None:
            side.setCurrentIndex(index)
        settle(app)
        findings += check_widgets(window, title)
        findings += check_proportions(window, title)
    if window.width() > width or window.height() > height:
        findings.append(
            Finding(
                "",
                "window",
                f"asked for {width}x{height}, became {window.width()}x{window.height()}",
            )
        )
    if first.width() > width or first.height() > height:
        findings.append(
            Finding(
                "",
                "window",
                f"opens at {first.width()}x{first.height()}, larger than a {width}x{height} screen",
            )
        )
    window.close()
    window.deleteLater()
    settle(app)
    return findings


def grouped(findings: list[Finding]) -> list[str]:
    """One line per widget and problem, naming the tabs it was seen on."""
    tabs: dict[tuple[str, str], list[str]] = {}
    for finding in findings:
        seen = tabs.setdefault((finding.widget, finding.problem), [])
        if finding.tab and finding.tab not in seen:
            seen.append(finding.tab)
    lines = []
    for (widget, problem), where in tabs.items():
        place = "all tabs" if len(where) >= 5 else ", ".join(where)
        lines.append(f"  {widget}: {problem}" + (f"  [{place}]" if place else ""))
    return lines


def seed_progress() -> None:
    """A learner's record for every zone in two modes, so the Progress table has rows."""
    from PySide6.QtCore import QStandardPaths

    from massage_trainer.core.quiz.progress import Progress, ProgressStore
    from massage_trainer.core.zones import load_zone_set

    zone_set = load_zone_set()
    progress = Progress()
    now = 1_700_000_000.0
    for number, kind in enumerate(zone_set.kinds()):
        for mode in ("find", "name"):
            progress.record(zone_set.view, mode, kind, number % 3 != 0, now)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    ProgressStore(folder).save(progress)


def quiet_platform_messages() -> None:
    """The offscreen platform warns that it cannot pass size hints to a window manager."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message):
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", help="WxH; repeat for more (default: all)")
    parser.add_argument(
        "--font", action="append", type=float, help="application font in points (default: both)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    args = parser.parse_args()
    setup_environment(args.scale)

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    quiet_platform_messages()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Massage Trainer Layout Check")
    seed_progress()
    default_font = QFont(app.font())
    problems = 0
    for size in args.size or SIZES:
        # a screen of this many device pixels: at 200 % the window has half as many
        width, height = (round(int(n) / args.scale) for n in size.lower().split("x"))
        for points in args.font or FONTS:
            font = QFont(default_font)
            if points:
                font.setPointSizeF(points)
            app.setFont(font)
            label = f"{size} screen, {'default font' if not points else f'{points:g} pt font'}"
            label += f", scale {args.scale:g}" if args.scale != 1 else ""
            MAP_SHARES.clear()
            lines = grouped(check_window(app, width, height, points))
            problems += len(lines)
            shares = sorted({f"{share:.0%}" for share in MAP_SHARES.values()})
            print(
                f"== {label}: {len(lines) or 'no'} problem{'s' if len(lines) != 1 else ''}"
                f" (the map has {' to '.join(shares) or '?'} of the width)"
            )
            for line in lines:
                print(line)
            sys.stdout.flush()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
