"""The learning charts and the progress report: the figures come from the
answer log's queries, the charts paint them, the report holds them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from massage_trainer.core.quiz import statistics as st
from massage_trainer.core.quiz.answerlog import Answer, AnswerLog
from massage_trainer.core.savefile import SaveError
from massage_trainer.paint import charts
from massage_trainer.paint.charts import PAPER_INK, StatisticsData

TODAY = date(2026, 11, 20)


def at(day: date, hour: int = 12) -> float:
    return datetime.combine(day, datetime.min.time()).timestamp() + hour * 3600


def fill_log(log: AnswerLog, view: str) -> None:
    """Three study days: 12 answers two days ago (9 right), 4 yesterday (1 right,
    2 safety mistakes), 10 today (all right); two confusions of the spine."""
    plan = [(TODAY - timedelta(days=2), 12, 9), (TODAY - timedelta(days=1), 4, 1), (TODAY, 10, 10)]
    for day, n, right in plan:
        for i in range(n):
            ok = i < right
            mode = "safety" if day == TODAY - timedelta(days=1) else "find"
            log.record(
                Answer(
                    time=at(day) + i,
                    mode=mode,
                    view=view,
                    item="spine" if i % 2 else "kidney",
                    question="q",
                    answer="a",
                    correct=ok,
                    answer_item=None if ok or mode == "safety" else "lower_back",
                    safety_mistake=mode == "safety" and not ok and i < 3,
                    response_ms=1000 + 100 * i,
                )
            )


@pytest.fixture
def log(tmp_path, zs):
    log = AnswerLog(tmp_path / "data")
    fill_log(log, zs.view)
    yield log
    log.close()


def names(zs) -> dict[str, str]:
    return {kind: zones[0].name for kind, zones in zs.kinds().items()}


def test_the_data_is_what_the_queries_say(log, zs):
    data = StatisticsData.from_log(log, zs.view, names(zs), zs.title, TODAY)
    assert data.daily == tuple(st.daily(log, zs.view))
    assert (data.answers, data.right) == (26, 20)
    assert data.streak == st.streak(log, TODAY) == 1  # yesterday had only 4 answers
    assert data.study_days == st.study_days(log)
    assert data.safety_mistakes == 2
    zone = {z.name: z for z in data.zones}
    per_zone = {z.item: z for z in st.per_zone(log, zs.view)}
    spine = zs.kinds()["spine"][0].name
    assert zone[spine].answers == per_zone["spine"].answers
    assert zone[spine].mean_response_ms == per_zone["spine"].mean_response_ms
    _asked, instead, times = data.confusions[0]
    assert times == st.confusions(log, zs.view)[0].times
    assert instead == zs.kinds()["lower_back"][0].name
    assert "26 answers on 3 days, 77 % right" in charts.summary_text(data)
    assert "Streak: 1 day in a row" in charts.summary_text(data)


def test_no_log_gives_empty_figures(zs):
    data = StatisticsData.from_log(None, zs.view, names(zs), zs.title, TODAY)
    assert data.answers == 0 and not data.zones
    assert "No answers" in charts.summary_text(data)


def test_heat_levels_follow_the_streak_minimum():
    assert charts.heat_level(0) == 0
    assert charts.heat_level(1) == 1
    assert charts.heat_level(st.STREAK_MIN - 1) == 1
    assert charts.heat_level(st.STREAK_MIN) == 2
    assert charts.heat_colour(0) != charts.heat_colour(1)


def count(image: QImage, colour: QColor, bottom: int | None = None) -> int:
    rgb = colour.rgb()
    return sum(
        1
        for y in range(0, bottom or image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == rgb
    )


def paint(fn, data: StatisticsData, **kw) -> QImage:
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    fn(painter, QRectF(0, 0, 600, 200), data, QFont(), PAPER_INK, **kw)
    painter.end()
    return image


def test_charts_draw_the_answers_and_nothing_without(qapp, log, zs):
    data = StatisticsData.from_log(log, zs.view, names(zs), zs.title, TODAY)
    empty = StatisticsData(zs.title, TODAY)
    assert count(paint(charts.paint_daily, data), charts.ANSWER_BAR) > 100
    assert count(paint(charts.paint_daily, empty), charts.ANSWER_BAR) == 0
    assert count(paint(charts.paint_safety, data), charts.SAFETY_BAR) > 20
    assert count(paint(charts.paint_safety, empty), charts.SAFETY_BAR) == 0
    # the calendar: three study days in colour (12 and 10 answers: the second
    # step), above its key (which shows every step)
    second = QColor(charts.MASTERY_COLOURS[1])
    assert count(paint(charts.paint_heatmap, data), second, bottom=150) > 20
    assert count(paint(charts.paint_heatmap, empty), second, bottom=150) == 0
    # a later day shows today's bar at the far right; a day a month on shows none
    later = StatisticsData.from_log(
        log, zs.view, names(zs), zs.title, TODAY + timedelta(days=charts.DAYS_SHOWN + 3)
    )
    assert count(paint(charts.paint_daily, later), charts.ANSWER_BAR) == 0


def test_mastery_purple_is_not_a_safety_colour():
    from massage_trainer.core.safety import LEVELS

    safety = {c.lower() for level in LEVELS for c in (level.fill, level.line, level.badge)}
    for colour in (charts.ANSWER_BAR, charts.ACCURACY_LINE):
        assert colour.name() not in safety
        assert abs(colour.hslHue() - 285) < 25  # the mastery purple


def test_report_pdf_has_the_figures(qapp, log, zs, tmp_path):
    data = StatisticsData.from_log(log, zs.view, names(zs), zs.title, TODAY)
    path = tmp_path / "report.pdf"
    pages = charts.write_report(data, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert f"Progress report: {zs.title}" in flat
    assert "26 answers on 3 days, 77 % right" in flat
    assert zs.kinds()["spine"][0].name in flat
    assert "answered with " + zs.kinds()["lower_back"][0].name in flat
    assert "2 safety mistakes in all" in flat


def test_a_long_report_breaks_onto_more_pages(qapp, zs, tmp_path):
    zones = tuple(charts.ZoneRow(f"Area {i}", 10, 5, 1500.0) for i in range(150))
    data = StatisticsData(zs.title, TODAY, zones=zones)
    path = tmp_path / "long.pdf"
    pages = charts.write_report(data, path)
    assert pages >= 3 and len(PdfReader(path).pages) == pages
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Area 149" in text


def test_charts_png_and_a_failed_write(qapp, log, zs, tmp_path):
    data = StatisticsData.from_log(log, zs.view, names(zs), zs.title, TODAY)
    path = tmp_path / "charts.png"
    size = charts.write_charts_png(data, path)
    image = QImage(str(path))
    assert image.size() == size and count(image, charts.ANSWER_BAR) > 100
    with pytest.raises(SaveError):
        charts.write_report(data, tmp_path / "no such folder" / "r.pdf")


def test_chart_marks_hold_their_contrast_on_the_paper():
    from massage_trainer.core.contrast import MARK_MINIMUM, contrast_ratio

    paper = charts.PAPER.name()
    for mark in (charts.ANSWER_BAR, charts.ACCURACY_LINE, charts.SAFETY_BAR):
        assert contrast_ratio(mark.name(), paper) >= MARK_MINIMUM, mark.name()
    for ink in (PAPER_INK.text, PAPER_INK.secondary):
        assert contrast_ratio(ink.name(), paper) >= 4.5
