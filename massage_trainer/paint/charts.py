"""The learning charts, drawn with QPainter: the same drawing on screen, in a
PNG and in the progress report PDF.

``StatisticsData.from_log`` gathers what the charts show from the answer log
(``core.quiz.statistics``, one query each); ``paint_daily`` (answers per day as
bars, the share right as a line), ``paint_heatmap`` (study days as a calendar)
and ``paint_safety`` (safety mistakes per day) paint it into a rectangle of
any device.  ``write_report`` writes the report PDF (the charts, the figures
per area and the pairs most often confused) and ``write_charts_png`` the
charts as an image, both through ``core.savefile.atomic_output``.

Colours: answers and mastery are the one purple of the mastery scale
(``core.colours.MASTERY_COLOURS``), so no chart can be read as a safety level;
only the safety mistakes are in the colour of the avoid badge, because they
are about safety.  Every chart is drawn on white paper, in the window too, so
one set of colours meets the contrast rules everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from massage_trainer import __version__
from massage_trainer.core import i18n
from massage_trainer.core.colours import MASTERY_COLOURS, UNSEEN_COLOUR, WARNING_BACKGROUND
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.quiz import statistics as st
from massage_trainer.core.quiz.answerlog import AnswerLog
from massage_trainer.core.savefile import atomic_output, pdf_complete, png_complete
from massage_trainer.paint.output import PDF_DPI, ExportError, set_page
from massage_trainer.paint.typeset import GREY, INK, RULE, MarkedTexts, sheet_font


class ChartText(Tr):
    """Texts of the learning charts and the progress report."""


DAYS_SHOWN = 30  # the daily charts show the last month, today last
HEATMAP_WEEKS = 26  # the calendar on screen: half a year
REPORT_WEEKS = 53  # the calendar in the report: a year
# answers on a day from which the calendar uses each darker step of the purple
HEAT_STEPS = (1, st.STREAK_MIN, 30, 60, 100)
# the marks hold 3:1 against the white paper the charts are drawn on, on
# screen too (tests/paint/test_charts.py)
PAPER = QColor("#ffffff")
ANSWER_BAR = QColor(MASTERY_COLOURS[2])
ACCURACY_LINE = QColor(MASTERY_COLOURS[4])
SAFETY_BAR = QColor(WARNING_BACKGROUND)
TOP_ZONES = 12  # rows of the per-area table on screen; the report lists all


@dataclass(frozen=True)
class ZoneRow:
    """One area's figures, with its name."""

    name: str
    answers: int
    right: int
    mean_response_ms: float | None

    @property
    def accuracy(self) -> float:
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class StatisticsData:
    """Everything the charts and the report show, for one view, as of ``today``."""

    title: str
    today: date
    daily: tuple[st.DayCount, ...] = ()
    study_days: dict[str, int] = field(default_factory=dict)
    streak: int = 0
    zones: tuple[ZoneRow, ...] = ()
    confusions: tuple[tuple[str, str, int], ...] = ()  # (asked, instead, times)
    safety: tuple[tuple[str, int], ...] = ()

    @property
    def answers(self) -> int:
        return sum(d.answers for d in self.daily)

    @property
    def right(self) -> int:
        return sum(d.right for d in self.daily)

    @property
    def safety_mistakes(self) -> int:
        return sum(n for _d, n in self.safety)

    @classmethod
    def from_log(
        cls,
        log: AnswerLog | None,
        view: str,
        names: dict[str, str],
        title: str,
        today: date | None = None,
    ) -> StatisticsData:
        """The figures of ``view`` in ``log`` (none without a log); ``names``
        maps each zone kind to the name shown."""
        today = today or date.today()
        if log is None:
            return cls(title, today)
        zones = tuple(
            ZoneRow(names.get(z.item, z.item), z.answers, z.right, z.mean_response_ms)
            for z in st.per_zone(log, view)
        )
        pairs = tuple(
            (names.get(c.item, c.item), names.get(c.instead, c.instead), c.times)
            for c in st.confusions(log, view)
        )
        daily = tuple(st.daily(log, view))
        return cls(
            title=title,
            today=today,
            daily=daily,
            study_days={d.day: d.answers for d in daily},
            streak=st.streak(log, today),
            zones=zones,
            confusions=pairs,
            safety=tuple(st.safety_mistakes_by_day(log, view)),
        )


@dataclass(frozen=True)
class ChartInk:
    """The colours of text and rules around the data: the palette's on
    screen, black on white on paper."""

    text: QColor
    secondary: QColor
    rule: QColor
    empty: QColor = field(default_factory=lambda: QColor(UNSEEN_COLOUR))


PAPER_INK = ChartInk(INK, GREY, RULE)


def last_days(end: date, n: int = DAYS_SHOWN) -> list[date]:
    """The ``n`` days up to and including ``end``, oldest first."""
    return [end - timedelta(days=n - 1 - i) for i in range(n)]


def heat_level(answers: int) -> int:
    """0 for a day without answers, else 1..5 by ``HEAT_STEPS``."""
    return sum(1 for step in HEAT_STEPS if answers >= step)


_HEAT_COLOURS = (UNSEEN_COLOUR, *MASTERY_COLOURS)


def heat_colour(answers: int) -> QColor:
    """The calendar's fill for a day with ``answers`` answers."""
    return QColor(_HEAT_COLOURS[heat_level(answers)])


def _short(day: date) -> str:
    return i18n.month_day(day)


def _month(day: date) -> str:
    """The short name of the day's month ("Dec"), in the learner's language."""
    code = i18n.language()
    locale = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if code == "en"
        else QLocale(code)
    )
    return locale.monthName(day.month, QLocale.FormatType.ShortFormat)


# three days of one week, a Monday, a Thursday and a Sunday: the calendar's row names
_MONDAY = date(2024, 1, 1)


def _frame(
    painter: QPainter, rect: QRectF, font: QFont, ink: ChartInk, left: str, right: str = ""
) -> tuple[QRectF, QFontMetricsF]:
    """The plot area inside ``rect`` once the axis labels have their room."""
    metrics = QFontMetricsF(font, painter.device())
    pad = metrics.averageCharWidth()
    left_room = metrics.horizontalAdvance(left) + pad
    right_room = metrics.horizontalAdvance(right) + pad if right else pad
    plot = rect.adjusted(left_room, metrics.height() / 2, -right_room, -1.4 * metrics.height())
    return plot, metrics


def _day_labels(
    painter: QPainter, plot: QRectF, days: list[date], metrics: QFontMetricsF, ink: ChartInk
) -> None:
    painter.setPen(ink.secondary)
    y = plot.bottom() + 0.2 * metrics.height()
    h = metrics.height()
    first, last = _short(days[0]), _short(days[-1])
    painter.drawText(QRectF(plot.left(), y, plot.width() / 2, h), Qt.AlignmentFlag.AlignLeft, first)
    painter.drawText(
        QRectF(plot.center().x(), y, plot.width() / 2, h), Qt.AlignmentFlag.AlignRight, last
    )


def _axis_value(
    painter: QPainter,
    x: float,
    y: float,
    width: float,
    text: str,
    metrics: QFontMetricsF,
    right: bool,
) -> None:
    h = metrics.height()
    align = Qt.AlignmentFlag.AlignLeft if right else Qt.AlignmentFlag.AlignRight
    rect = QRectF(x, y - h / 2, width, h) if right else QRectF(x - width, y - h / 2, width, h)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)


def _bars(
    painter: QPainter,
    plot: QRectF,
    values: list[int],
    colour: QColor,
) -> int:
    """Bars for ``values`` across ``plot``; returns the largest value."""
    top = max(values, default=0) or 1
    step = plot.width() / max(1, len(values))
    gap = min(step * 0.2, 3.0 * painter.device().logicalDpiX() / 96)
    for i, value in enumerate(values):
        if value:
            h = plot.height() * value / top
            painter.fillRect(
                QRectF(plot.left() + i * step + gap / 2, plot.bottom() - h, step - gap, h), colour
            )
    return top


def _base(painter: QPainter, plot: QRectF, ink: ChartInk) -> None:
    pen = QPen(ink.rule)
    pen.setWidthF(max(1.0, painter.device().logicalDpiX() / 96))
    painter.setPen(pen)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def paint_daily(
    painter: QPainter,
    rect: QRectF,
    data: StatisticsData,
    font: QFont,
    ink: ChartInk,
    days: int = DAYS_SHOWN,
) -> None:
    """Answers per day as purple bars (left scale), the share answered right
    as a dark purple line with dots (right scale, 0 to 100 %)."""
    shown = last_days(data.today, days)
    by_day = {d.day: d for d in data.daily}
    counts = [by_day[d.isoformat()].answers if d.isoformat() in by_day else 0 for d in shown]
    top = max(counts, default=0) or 1
    painter.save()
    painter.setFont(font)
    full, empty = percent(1.0), percent(0.0)
    plot, metrics = _frame(painter, rect, font, ink, str(top), full)
    _bars(painter, plot, counts, ANSWER_BAR)
    _base(painter, plot, ink)
    painter.setPen(ink.secondary)
    room = metrics.horizontalAdvance(str(top)) + metrics.averageCharWidth() / 2
    _axis_value(painter, plot.left() - 2, plot.top(), room, str(top), metrics, False)
    _axis_value(painter, plot.left() - 2, plot.bottom(), room, "0", metrics, False)
    right_room = metrics.horizontalAdvance(full) + metrics.averageCharWidth()
    _axis_value(painter, plot.right() + 3, plot.top(), right_room, full, metrics, True)
    _axis_value(painter, plot.right() + 3, plot.bottom(), right_room, empty, metrics, True)
    step = plot.width() / max(1, len(shown))
    points = [
        QPointF(plot.left() + (i + 0.5) * step, plot.bottom() - plot.height() * by_day[d].accuracy)
        for i, d in enumerate(x.isoformat() for x in shown)
        if d in by_day and by_day[d].answers
    ]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = painter.device().logicalDpiX() / 96
    pen = QPen(ACCURACY_LINE)
    pen.setWidthF(2 * scale)
    painter.setPen(pen)
    if len(points) > 1:
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.drawPath(path)
    painter.setBrush(ACCURACY_LINE)
    for p in points:
        painter.drawEllipse(p, 2.5 * scale, 2.5 * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _day_labels(painter, plot, shown, metrics, ink)
    painter.restore()


def paint_safety(
    painter: QPainter,
    rect: QRectF,
    data: StatisticsData,
    font: QFont,
    ink: ChartInk,
    days: int = DAYS_SHOWN,
) -> None:
    """Safety mistakes per day as bars in the avoid badge's colour."""
    shown = last_days(data.today, days)
    by_day = dict(data.safety)
    counts = [by_day.get(d.isoformat(), 0) for d in shown]
    top = max(counts, default=0) or 1
    painter.save()
    painter.setFont(font)
    plot, metrics = _frame(painter, rect, font, ink, str(top))
    _bars(painter, plot, counts, SAFETY_BAR)
    _base(painter, plot, ink)
    painter.setPen(ink.secondary)
    room = metrics.horizontalAdvance(str(top)) + metrics.averageCharWidth() / 2
    _axis_value(painter, plot.left() - 2, plot.top(), room, str(top), metrics, False)
    _axis_value(painter, plot.left() - 2, plot.bottom(), room, "0", metrics, False)
    _day_labels(painter, plot, shown, metrics, ink)
    painter.restore()


def heatmap_days(end: date, weeks: int) -> list[list[date]]:
    """Columns of seven days, Monday first, the last column holding ``end``."""
    last_monday = end - timedelta(days=end.weekday())
    first = last_monday - timedelta(weeks=weeks - 1)
    return [[first + timedelta(weeks=w, days=d) for d in range(7)] for w in range(weeks)]


def paint_heatmap(
    painter: QPainter,
    rect: QRectF,
    data: StatisticsData,
    font: QFont,
    ink: ChartInk,
    weeks: int = HEATMAP_WEEKS,
) -> None:
    """Study days as a calendar: a column a week, Monday at the top, each day
    in a purple as dark as the day's answers were many; no answers is near
    white, and the days after today are left empty."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    rows = [(row, i18n.weekday_short(_MONDAY + timedelta(days=row))) for row in (0, 3, 6)]
    label_room = max(metrics.horizontalAdvance(name) for _r, name in rows)
    label_room += metrics.averageCharWidth()
    legend_h = 1.4 * metrics.height()
    top_room = 1.2 * metrics.height()
    cell = min((rect.width() - label_room) / weeks, (rect.height() - legend_h - top_room) / 7)
    gap = max(1.0, cell * 0.15)
    left = rect.left() + label_room
    top = rect.top() + top_room
    painter.setPen(ink.secondary)
    for row, name in rows:
        painter.drawText(
            QRectF(rect.left(), top + row * cell, label_room, cell),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
    month = None
    fills = [QColor(c) for c in _HEAT_COLOURS]
    outline = QPen(ink.rule)
    outline.setWidthF(0)
    for w, column in enumerate(heatmap_days(data.today, weeks)):
        if column[0].month != month:
            month = column[0].month
            if w < weeks - 2:
                painter.setPen(ink.secondary)
                painter.drawText(
                    QRectF(left + w * cell, rect.top(), 4 * cell, top_room),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    _month(column[0]),
                )
        painter.setPen(outline)
        for d, day in enumerate(column):
            if day > data.today:
                continue
            box = QRectF(left + w * cell, top + d * cell, cell - gap, cell - gap)
            painter.fillRect(box, fills[heat_level(data.study_days.get(day.isoformat(), 0))])
            painter.drawRect(box)
    # the key: fewer to more
    y = top + 7 * cell + 0.3 * metrics.height()
    x = left
    painter.setPen(ink.secondary)
    fewer = ChartText.tr("fewer", "the calendar's key: days with fewer answers")
    word = metrics.horizontalAdvance(fewer + " ")
    painter.drawText(QRectF(x, y, word, metrics.height()), Qt.AlignmentFlag.AlignLeft, fewer)
    x += word
    key = min(cell, metrics.height() * 0.9)
    for level in range(len(HEAT_STEPS) + 1):
        colour = QColor(MASTERY_COLOURS[level - 1]) if level else QColor(UNSEEN_COLOUR)
        box = QRectF(x, y + (metrics.height() - key) / 2, key, key)
        painter.fillRect(box, colour)
        painter.setPen(outline)
        painter.drawRect(box)
        x += key + gap
    painter.setPen(ink.secondary)
    more = ChartText.tr("more", "the calendar's key: days with more answers")
    painter.drawText(
        QRectF(x + gap, y, metrics.horizontalAdvance(more + " ") + 2, metrics.height()),
        Qt.AlignmentFlag.AlignLeft,
        more,
    )
    painter.restore()


# --- the words beside the charts --------------------------------------------------
def percent(share: float) -> str:
    """A share right (0.77) as a percentage: "77 %".  The charts have always
    set the sign apart in English too, so the template (not ``i18n.percent``)
    decides the spacing; the number is the learner's language's."""
    return fill(
        ChartText.tr("{number} %", "a percentage; space it as your language does"),
        number=i18n.number(round(100 * share), 0),
    )


def seconds(ms: float | None) -> str:
    """A mean answer time in seconds, a dash for none."""
    if ms is None:
        return "\u2013"
    return fill(ChartText.tr("{seconds} s", "seconds, short"), seconds=i18n.number(ms / 1000, 1))


def summary_text(data: StatisticsData) -> str:
    """One or two sentences over everything: answers, share right, streak."""
    if not data.answers:
        return ChartText.tr(
            "No answers logged yet for this view. Each answer in a quiz is kept and counted here."
        )
    days = len([d for d in data.daily if d.answers])
    streak = fill(
        ChartText.tr("Streak: %n day(s) in a row with at least {least} answers.", "", data.streak),
        least=st.STREAK_MIN,
    )
    return fill(
        ChartText.tr("{answers} on {days}, {percent} right. {streak}"),
        answers=ChartText.tr("%n answer(s)", "", data.answers),
        days=ChartText.tr("%n day(s)", "", days),
        percent=percent(data.right / data.answers),
        streak=streak,
    )


def daily_description(data: StatisticsData, days: int = DAYS_SHOWN) -> str:
    """The daily chart in words, for a screen reader and the report."""
    shown = {d.isoformat() for d in last_days(data.today, days)}
    recent = [d for d in data.daily if d.day in shown and d.answers]
    if not recent:
        return ChartText.tr("No answers in the last %n day(s).", "", days)
    n = sum(d.answers for d in recent)
    right = sum(d.right for d in recent)
    busiest = max(recent, key=lambda d: d.answers)
    return fill(
        ChartText.tr("In the last {shown}: {answers} on {days}, {percent} right; most on {day}."),
        shown=ChartText.tr("%n day(s)", "the last days shown", days),
        answers=ChartText.tr("%n answer(s)", "", n),
        days=ChartText.tr("%n day(s)", "", len(recent)),
        percent=percent(right / n),
        day=_short(date.fromisoformat(busiest.day)),
    )


def safety_description(data: StatisticsData, days: int = DAYS_SHOWN) -> str:
    shown = {d.isoformat() for d in last_days(data.today, days)}
    recent = sum(n for d, n in data.safety if d in shown)
    if not data.safety_mistakes:
        return ChartText.tr("No safety mistakes so far.")
    return fill(
        ChartText.tr("{mistakes} in all, {recent} of them in the last {days}."),
        mistakes=ChartText.tr("%n safety mistake(s)", "", data.safety_mistakes),
        recent=recent,
        days=ChartText.tr("%n day(s)", "the last days shown", days),
    )


def heatmap_description(data: StatisticsData) -> str:
    studied = len([n for n in data.study_days.values() if n])
    full = len([n for n in data.study_days.values() if n >= st.STREAK_MIN])
    return fill(
        ChartText.tr("{studied} in all, {full} of them with at least {least} answers."),
        studied=ChartText.tr("%n study day(s)", "", studied),
        full=full,
        least=st.STREAK_MIN,
    )


def confusion_text(asked: str, instead: str, times: int) -> str:
    """One "often confused" pair: asked for one area, answered with another."""
    return fill(
        ChartText.tr("{asked}: answered with {instead} %n time(s)", "", times),
        asked=asked,
        instead=instead,
    )


# --- files ---------------------------------------------------------------------------
REPORT_TITLE = QT_TRANSLATE_NOOP("ChartText", "Progress report")  # translated where shown


def _report_title(data: StatisticsData) -> str:
    return fill(
        ChartText.tr("{report}: {view}", "the report's title, then the view's"),
        report=i18n.translated("ChartText", REPORT_TITLE),
        view=data.title,
    )


class _Page:
    """Text and charts down a page, in the device's units, with page breaks."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter = painter
        self.writer = writer
        self.pt = writer.resolution() / 72.0
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = 0.0
        self.pages = 1

    def font(self, size: float, bold: bool = False) -> QFont:
        return sheet_font(size, bold)

    def need(self, height: float) -> None:
        if self.y + height > self.height and self.y > 0:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, size: float = 10, bold: bool = False, colour: QColor = INK) -> None:
        font = self.font(size, bold)
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, self.width, 1e6), flags, text)
        self.need(bound.height())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(0, self.y, self.width, bound.height() + 1), flags, text)
        self.y += bound.height() + 0.35 * metrics.height()

    def chart(self, height_pt: float, paint: Callable[[QRectF], None]) -> None:
        height = height_pt * self.pt
        self.need(height)
        paint(QRectF(0, self.y, self.width, height))
        self.y += height + 8 * self.pt

    def table(
        self, header: tuple[str, ...], rows: list[tuple[str, ...]], shares: tuple[float, ...]
    ) -> None:
        font = self.font(9)
        bold = self.font(9, True)
        metrics = QFontMetricsF(font, self.writer)
        line = 1.4 * metrics.height()
        xs = [0.0]
        for share in shares[:-1]:
            xs.append(xs[-1] + share * self.width)
        widths = [share * self.width for share in shares]

        def row(cells: tuple[str, ...], f: QFont) -> None:
            self.need(line)
            self.painter.setFont(f)
            self.painter.setPen(INK)
            for i, cell in enumerate(cells):
                align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                text = QFontMetricsF(f, self.writer).elidedText(
                    cell, Qt.TextElideMode.ElideRight, widths[i] - 4 * self.pt
                )
                self.painter.drawText(
                    QRectF(xs[i], self.y, widths[i] - 4 * self.pt, line),
                    align | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            self.y += line

        row(header, bold)
        pen = QPen(RULE)
        pen.setWidthF(0.5 * self.pt)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))
        for cells in rows:
            row(cells, font)
        self.y += 0.6 * line


def zone_table_rows(data: StatisticsData) -> list[tuple[str, ...]]:
    return [
        (z.name, str(z.answers), percent(z.accuracy), seconds(z.mean_response_ms))
        for z in data.zones
    ]


ZONE_HEADER: Sequence[str] = MarkedTexts(
    "ChartText",
    QT_TRANSLATE_NOOP("ChartText", "Area"),
    QT_TRANSLATE_NOOP("ChartText", "Answers"),
    QT_TRANSLATE_NOOP("ChartText", "Right"),
    QT_TRANSLATE_NOOP("ChartText", "Mean time"),
)


def _answers_heading() -> str:
    return ChartText.tr("Answers per day, last %n day(s)", "", DAYS_SHOWN)


def paint_report(painter: QPainter, writer: QPdfWriter, data: StatisticsData) -> int:
    """The report on the writer's pages; returns the page count."""
    page = _Page(painter, writer)
    ink = PAPER_INK
    chart_font = sheet_font(7.5)
    page.text(_report_title(data), 18, True)
    page.text(
        fill(
            ChartText.tr("As of {date}. Massage Trainer {version}."),
            date=i18n.long_date(data.today),
            version=__version__,
        ),
        9,
        colour=GREY,
    )
    page.text(summary_text(data), 11)
    page.text(_answers_heading(), 12, True)
    page.text(
        ChartText.tr("Bars: answers on the day (left scale). Line: the share right (right scale)."),
        8.5,
        colour=GREY,
    )
    page.chart(140, lambda r: paint_daily(painter, r, data, chart_font, ink))
    page.text(daily_description(data), 9)
    page.text(ChartText.tr("Study days"), 12, True)
    page.chart(110, lambda r: paint_heatmap(painter, r, data, chart_font, ink, weeks=REPORT_WEEKS))
    page.text(heatmap_description(data), 9)
    page.text(ChartText.tr("Safety mistakes per day, last %n day(s)", "", DAYS_SHOWN), 12, True)
    page.chart(90, lambda r: paint_safety(painter, r, data, chart_font, ink))
    page.text(safety_description(data), 9)
    page.text(ChartText.tr("Each area"), 12, True)
    if data.zones:
        page.table(tuple(ZONE_HEADER), zone_table_rows(data), (0.55, 0.15, 0.15, 0.15))
    else:
        page.text(ChartText.tr("No area asked yet."), 9)
    page.text(ChartText.tr("Often confused"), 12, True)
    if data.confusions:
        for asked, instead, times in data.confusions:
            page.text(confusion_text(asked, instead, times), 9.5)
    else:
        page.text(ChartText.tr("No area was taken for another yet."), 9)
    return page.pages


def write_report(data: StatisticsData, path: str | Path, page: str = "a4") -> int:
    """Write the progress report as a PDF; returns its page count.  Raises
    ``ExportError`` when the file cannot be written (the old file stays)."""
    with atomic_output(Path(path), verify=pdf_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        try:
            writer.setResolution(PDF_DPI // 4)
            writer.setTitle(
                fill(
                    ChartText.tr("{report} \u2013 {view}", "the report file's title"),
                    report=i18n.translated("ChartText", REPORT_TITLE),
                    view=data.title,
                )
            )
            writer.setCreator(f"Massage Trainer {__version__}")
            set_page(writer, page)
            writer.setPageOrientation(QPageLayout.Orientation.Portrait)
            painter = QPainter()
            if not painter.begin(writer):
                raise ExportError(ChartText.tr("the report could not be opened for writing"))
            try:
                pages = paint_report(painter, writer, data)
            finally:
                painter.end()
        finally:
            del writer
    return pages


PNG_SIZE = QSize(900, 1000)


def paint_charts_image(painter: QPainter, device: QPaintDevice, data: StatisticsData) -> None:
    """The three charts under one another with their headings, on white."""
    size = QSize(device.width(), device.height())
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    ink = PAPER_INK
    font = QFont(sheet_font(10))
    heading = sheet_font(13, True)
    margin = 24.0
    width = size.width() - 2 * margin
    y = margin
    metrics = QFontMetricsF(heading, device)
    painter.setFont(heading)
    painter.setPen(INK)
    painter.drawText(QRectF(margin, y, width, metrics.height()), _report_title(data))
    y += 1.3 * metrics.height()
    painter.setFont(font)
    body = QFontMetricsF(font, device)
    painter.drawText(
        QRectF(margin, y, width, 2.4 * body.height()),
        int(Qt.TextFlag.TextWordWrap),
        summary_text(data),
    )
    y += 2.6 * body.height()
    room = size.height() - y - margin
    parts: list[tuple[str, float, Callable[[QRectF], None]]] = [
        (
            _answers_heading(),
            0.4,
            lambda r: paint_daily(painter, r, data, font, ink),
        ),
        (ChartText.tr("Study days"), 0.33, lambda r: paint_heatmap(painter, r, data, font, ink)),
        (
            ChartText.tr("Safety mistakes per day"),
            0.27,
            lambda r: paint_safety(painter, r, data, font, ink),
        ),
    ]
    for title, share, paint in parts:
        h = room * share
        painter.setFont(heading)
        painter.setPen(INK)
        painter.drawText(QRectF(margin, y, width, metrics.height()), title)
        paint(QRectF(margin, y + 1.2 * metrics.height(), width, h - 1.6 * metrics.height()))
        y += h


def write_charts_png(data: StatisticsData, path: str | Path, size: QSize = PNG_SIZE) -> QSize:
    """The charts as a PNG (``paint_charts_image``); returns its size in pixels."""
    with atomic_output(Path(path), verify=png_complete) as tmp:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            paint_charts_image(painter, image, data)
        finally:
            painter.end()
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise ExportError(ChartText.tr("the image could not be written"))
    return size


def today_local(now: float | None = None) -> date:
    return datetime.fromtimestamp(now).date() if now is not None else date.today()


__all__ = [
    "ACCURACY_LINE",
    "ANSWER_BAR",
    "DAYS_SHOWN",
    "HEATMAP_WEEKS",
    "HEAT_STEPS",
    "PAPER",
    "PAPER_INK",
    "SAFETY_BAR",
    "ChartInk",
    "StatisticsData",
    "ZoneRow",
    "confusion_text",
    "daily_description",
    "heat_colour",
    "heat_level",
    "heatmap_days",
    "heatmap_description",
    "last_days",
    "paint_charts_image",
    "paint_daily",
    "paint_heatmap",
    "paint_report",
    "paint_safety",
    "safety_description",
    "summary_text",
    "write_charts_png",
    "write_report",
]
