"""The printed summary of a class's results: always one page.

``paint_class_summary(device, results, page)`` paints it on a paged device
(a ``QPrinter`` in the print preview, a ``QPdfWriter``); ``write_class_summary``
writes it as a PDF through ``core.savefile.atomic_output``.  The page holds the
exam's title and the totals, the zones the class got wrong (safety mistakes
first, as in the window), the learners, and the files left out with the
reason.  The text is set in the largest size that fits one page; when even
the smallest does not hold every row, the tables are cut and say how many
rows the CSV has beyond them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPagedPaintDevice, QPainter, QPdfWriter, QPen

from massage_trainer import __version__
from massage_trainer.core import i18n
from massage_trainer.core.classresults import ClassResults, LearnerRow, ZoneRow
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.safety import SAFETY_WORDS
from massage_trainer.core.savefile import atomic_output, pdf_complete
from massage_trainer.core.timefmt import format_date
from massage_trainer.paint.output import (
    PAGE_SIZES,
    PDF_DPI,
    ensure_gui_application,
    paint_on,
    set_page,
)
from massage_trainer.paint.typeset import (
    GREY,
    HEADER_FILL,
    INK,
    RULE,
    MarkedTexts,
    sheet_font,
    wrap,
)

SIZES = (10.0, 9.0, 8.0, 7.5, 7.0)  # points, largest first
MIN_ROWS = 3  # each table keeps at least this many rows when cut
LEFT_OUT_LINES = 6  # files left out listed at most; the rest are counted


class ClassSummaryText(Tr):
    """Texts of a class's results: the printed summary and its tables' columns."""


ZONE_HEADINGS: Sequence[str] = MarkedTexts(
    "ClassSummaryText",
    QT_TRANSLATE_NOOP("ClassSummaryText", "Zone"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "View"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Safety"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Asked"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Missed"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Missed %"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Safety mistakes"),
)
ZONE_WIDTHS = (0.29, 0.09, 0.1, 0.08, 0.09, 0.13, 0.22)
LEARNER_HEADINGS: Sequence[str] = MarkedTexts(
    "ClassSummaryText",
    QT_TRANSLATE_NOOP("ClassSummaryText", "Learner"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Score"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Answered"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "%"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Safety mistakes"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Minutes"),
    QT_TRANSLATE_NOOP("ClassSummaryText", "Time up"),
)
LEARNER_WIDTHS = (0.27, 0.1, 0.13, 0.07, 0.22, 0.11, 0.1)


@dataclass(frozen=True)
class SummaryLayout:
    """What was put on the page."""

    size: float  # the text size, in points
    zone_rows: int  # rows of each table shown
    learner_rows: int
    left_out_lines: int
    pages: int = 1


def _percent(value: float) -> str:
    """A percentage (0 to 100) as the learner's language writes it."""
    return i18n.percent(value / 100, 0)


def zone_cells(row: ZoneRow) -> tuple[str, ...]:
    return (
        row.name,
        row.view.replace("_", " "),
        SAFETY_WORDS.get(row.safety, row.safety),
        str(row.asked),
        str(row.missed),
        _percent(row.missed_percent),
        str(row.safety_mistakes),
    )


def learner_cells(row: LearnerRow) -> tuple[str, ...]:
    return (
        row.learner,
        fill(ClassSummaryText.tr("{score} of {planned}"), score=row.score, planned=row.planned),
        str(row.answered),
        _percent(row.percent),
        str(row.safety_mistakes),
        i18n.number(row.duration / 60, 1),
        ClassSummaryText.tr("yes", "the learner's time ran out") if row.timed_out else "",
    )


def totals_line(results: ClassResults) -> str:
    """The line under the title: learners, the mean score, safety mistakes."""
    rows = results.learner_rows()
    if not rows:
        return ClassSummaryText.tr("No results file of this exam was counted.")
    mean = sum(r.percent for r in rows) / len(rows)
    mistakes = sum(r.safety_mistakes for r in rows)
    return fill(
        ClassSummaryText.tr("{learners}, mean score {mean}, {mistakes} in all."),
        learners=ClassSummaryText.tr("%n learner(s)", "", len(rows)),
        mean=_percent(mean),
        mistakes=ClassSummaryText.tr("%n safety mistake(s)", "", mistakes),
    )


class _Page:
    """Lines of one text size on the device's page, in device units."""

    def __init__(self, device: QPagedPaintDevice, size: float) -> None:
        self.device = device
        self.width = float(device.width())
        self.height = float(device.height())
        self.size = size
        self.body = sheet_font(size)
        self.bold = sheet_font(size, bold=True)
        self.title = sheet_font(size * 1.7, bold=True)
        self.heading = sheet_font(size * 1.2, bold=True)
        self.small = sheet_font(size * 0.85)
        self.head = sheet_font(size * 0.9, bold=True)  # a table's column names
        self.line = QFontMetricsF(self.body, device).lineSpacing() * 1.15
        self.title_line = QFontMetricsF(self.title, device).lineSpacing() * 1.2
        self.heading_line = QFontMetricsF(self.heading, device).lineSpacing() * 1.5
        self.small_line = QFontMetricsF(self.small, device).lineSpacing() * 1.1

    def fixed_height(self) -> float:
        """Everything but the rows: the title, totals, three headings with
        their table heads, the note under each cut table and the footer."""
        return (
            self.title_line
            + 2 * self.line
            + 3 * (self.heading_line + 0.5 * self.line)  # with the air above each
            + 2 * self.line  # the two table heads
            + 3 * self.line  # a "more rows" note for each part
            + 4 * self.small_line  # the date, the footer's two lines and a spare
        )

    def rows_room(self) -> int:
        return max(0, int((self.height - self.fixed_height()) / self.line))


def plan(device: QPagedPaintDevice, results: ClassResults) -> tuple[_Page, SummaryLayout]:
    """The largest text size at which the page holds every row, else the
    smallest with the tables cut to share the room."""
    zones = len(results.zone_rows())
    learners = len(results.learner_rows())
    left_out = min(len(results.rejected), LEFT_OUT_LINES)
    left_lines = max(2 * left_out, 1)  # a file's reason may take two lines
    page = _Page(device, SIZES[0])
    for size in SIZES:
        page = _Page(device, size)
        if zones + learners + left_lines <= page.rows_room():
            return page, SummaryLayout(size, zones, learners, left_out)
    room = max(0, page.rows_room() - left_lines)
    # the zones matter most (what to teach again): they get the larger share
    zone_rows = min(zones, max(MIN_ROWS, room - min(learners, room // 3)))
    learner_rows = min(learners, max(MIN_ROWS, room - zone_rows))
    return page, SummaryLayout(page.size, zone_rows, learner_rows, left_out)


def _table(
    painter: QPainter,
    page: _Page,
    y: float,
    headings: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    marked: Sequence[bool] = (),
) -> float:
    """A table with a shaded head; numbers right-aligned.  Returns the y below it."""
    lefts = [sum(widths[:i]) * page.width for i in range(len(widths))]
    cells = [w * page.width for w in widths]
    pad = page.line * 0.2
    painter.fillRect(QRectF(0, y, page.width, page.line), HEADER_FILL)
    for row_index, row in enumerate([list(headings), *map(list, rows)]):
        font = page.bold if marked and row_index and marked[row_index - 1] else page.body
        font = page.head if row_index == 0 else font
        painter.setFont(font)
        metrics = QFontMetricsF(font, page.device)
        for col, text in enumerate(row):
            rect = QRectF(lefts[col] + pad, y, cells[col] - 2 * pad, page.line)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            align = Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight
            if row_index == 0 and col:
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
        y += page.line
        if row_index:
            painter.setPen(QPen(RULE, 0))
            painter.drawLine(QLineF(0, y, page.width, y))
            painter.setPen(INK)
    return y


def _text(painter: QPainter, page: _Page, y: float, text: str, font, line: float, ink=INK) -> float:
    painter.setFont(font)
    painter.setPen(ink)
    metrics = QFontMetricsF(font, page.device)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, page.width)
    painter.drawText(QPointF(0, y + metrics.ascent()), shown)
    return y + line


def _wrapped(
    painter: QPainter, page: _Page, y: float, text: str, font, line: float, ink=INK
) -> float:
    """``text`` wrapped at the page's width; at most two lines (the second elided)."""
    metrics = QFontMetricsF(font, page.device)
    lines = wrap(text, metrics, page.width)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    for part in lines:
        y = _text(painter, page, y, part, font, line, ink)
    return y


def _heading(painter: QPainter, page: _Page, y: float, text: str) -> float:
    y += page.line * 0.5  # air above a heading; its line spacing gives some below
    return _text(painter, page, y, text, page.heading, page.heading_line)


def _more(painter: QPainter, page: _Page, y: float, left: int, what: str) -> float:
    """The line under a cut table: how many rows (``what``: zones, learners,
    files) the CSV has beyond it."""
    if left <= 0:
        return y
    if what == "zones":
        text = ClassSummaryText.tr(
            "\u2026 and %n more zone(s): the CSV export lists them all.", "", left
        )
    elif what == "learners":
        text = ClassSummaryText.tr(
            "\u2026 and %n more learner(s): the CSV export lists them all.", "", left
        )
    else:
        text = ClassSummaryText.tr(
            "\u2026 and %n more file(s): the CSV export lists them all.", "", left
        )
    return _text(painter, page, y, text, page.small, page.line, GREY)


def paint_summary(
    painter: QPainter, page: _Page, layout: SummaryLayout, results: ClassResults, day: date
) -> None:
    painter.setPen(INK)
    title = results.exam_title or ClassSummaryText.tr("no exam")
    heading = fill(ClassSummaryText.tr("Class results: {exam}"), exam=title)
    y = _text(painter, page, 0, heading, page.title, page.title_line)
    y = _text(painter, page, y, totals_line(results), page.body, page.line)
    printed = fill(ClassSummaryText.tr("Printed on {date}."), date=format_date(day))
    y = _text(painter, page, y, printed, page.small, page.line, GREY)

    zones = results.zone_rows()
    y = _heading(painter, page, y, ClassSummaryText.tr("Zones missed, safety mistakes first"))
    shown = zones[: layout.zone_rows]
    y = _table(
        painter,
        page,
        y,
        ZONE_HEADINGS,
        ZONE_WIDTHS,
        [zone_cells(r) for r in shown],
        [r.safety_mistakes > 0 for r in shown],
    )
    y = _more(painter, page, y, len(zones) - layout.zone_rows, "zones")

    learners = results.learner_rows()
    y = _heading(painter, page, y, ClassSummaryText.tr("Learners"))
    shown_learners = learners[: layout.learner_rows]
    y = _table(
        painter,
        page,
        y,
        LEARNER_HEADINGS,
        LEARNER_WIDTHS,
        [learner_cells(r) for r in shown_learners],
        [r.safety_mistakes > 0 for r in shown_learners],
    )
    y = _more(painter, page, y, len(learners) - layout.learner_rows, "learners")

    rejected = results.rejected
    y = _heading(
        painter, page, y, fill(ClassSummaryText.tr("Files left out ({count})"), count=len(rejected))
    )
    if not rejected:
        none = ClassSummaryText.tr("None: every file was counted.")
        y = _text(painter, page, y, none, page.body, page.line)
    for item in rejected[: layout.left_out_lines]:
        y = _wrapped(painter, page, y, f"{item.path.name}: {item.reason}", page.body, page.line)
    _more(painter, page, y, len(rejected) - layout.left_out_lines, "files")

    footer = fill(
        ClassSummaryText.tr(
            "Massage Trainer {version}. Each results file carries a checksum: it catches "
            "damaged files and casual edits, not a learner set on forging one."
        ),
        version=__version__,
    )
    foot_y = page.height - page.small_line * 2.2
    _wrapped(painter, page, foot_y, footer, page.small, page.small_line, GREY)


def paint_class_summary(
    device: QPagedPaintDevice,
    results: ClassResults,
    page: str | None = "a4",
    day: date | None = None,
) -> SummaryLayout:
    """Lay out and paint the one-page summary; ``page`` None keeps the
    device's own paper (the print preview)."""
    if page is not None:
        set_page(device, page)
    sheet, layout = plan(device, results)
    paint_on(
        device, lambda painter: paint_summary(painter, sheet, layout, results, day or date.today())
    )
    return layout


def write_class_summary(
    results: ClassResults, path: str | Path, page: str = "a4", day: date | None = None
) -> SummaryLayout:
    """Write the summary as a one-page PDF (``ExportError`` when it cannot be
    written).  Text needs a ``QGuiApplication``: one is made if there is none."""
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page!r}; use one of {', '.join(PAGE_SIZES)}")
    ensure_gui_application()
    with atomic_output(Path(path), verify=pdf_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        try:
            writer.setResolution(PDF_DPI)
            writer.setTitle(
                fill(ClassSummaryText.tr("Class results: {exam}"), exam=results.exam_title)
            )
            writer.setCreator(f"Massage Trainer {__version__}")
            layout = paint_class_summary(writer, results, page, day)
        finally:
            del writer  # closes the file before it is moved
    return layout


__all__ = ["SummaryLayout", "paint_class_summary", "totals_line", "write_class_summary"]
