"""The Statistics page of the Progress tab and the progress report export."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from massage_trainer.core.quiz import statistics as st
from massage_trainer.paint import charts
from massage_trainer.ui.quiz.dialogs import ProgressReportPath, QuizWarning
from tests.paint.test_charts import TODAY, at, fill_log


def open_statistics(open_window, qtbot):
    window = open_window(1100, 800)
    quiz = window.quiz
    quiz.clock = lambda: at(TODAY, 18)
    fill_log(quiz.engine.log, window.zone_set.view)
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    view.pages.setCurrentWidget(view.statistics_page)
    return window, quiz, view.statistics


def test_statistics_page_shows_the_logs_figures(open_window, qtbot):
    window, quiz, stats = open_statistics(open_window, qtbot)
    log = quiz.engine.log
    view = window.zone_set.view
    assert "26 answers on 3 days, 77 % right" in stats.summary.text()
    assert f"Streak: {st.streak(log, TODAY)} day" in stats.summary.text()
    per_zone = st.per_zone(log, view)
    assert stats.zones.rowCount() == len(per_zone)
    names = {kind: zones[0].name for kind, zones in window.zone_set.kinds().items()}
    shown = {
        stats.zones.item(r, 0).text(): (
            int(stats.zones.item(r, 1).text()),
            stats.zones.item(r, 2).text(),
        )
        for r in range(stats.zones.rowCount())
    }
    for z in per_zone:
        assert shown[names[z.item]] == (z.answers, charts.percent(z.accuracy))
    confusion = st.confusions(log, view)[0]
    assert (
        charts.confusion_text(names[confusion.item], names[confusion.instead], confusion.times)
        in stats.confusions.text()
    )
    assert "2 safety mistakes in all" in stats.safety_words.text()
    # the charts are on screen, described in words for a screen reader
    qtbot.waitUntil(lambda: stats.daily.isVisible() and stats.daily.height() > 40)
    image = stats.daily.grab().toImage()
    bar = charts.ANSWER_BAR.rgb()
    assert any(
        image.pixel(x, y) == bar for x in range(image.width()) for y in range(0, image.height(), 3)
    )
    assert "26 answers on 3 days" in stats.daily.accessibleDescription()


def test_statistics_follow_new_answers(open_window, qtbot):
    window, quiz, stats = open_statistics(open_window, qtbot)
    from massage_trainer.core.quiz.answerlog import Answer

    for i in range(4):
        quiz.engine.log.record(
            Answer(at(TODAY, 19) + i, "name", window.zone_set.view, "spine", "q", "a", True)
        )
    window.tabs.setCurrentIndex(0)
    quiz.show_progress_action.trigger()
    assert "30 answers on 3 days" in stats.summary.text()


def test_export_progress_report_pdf_and_png(open_window, qtbot, tmp_path, monkeypatch):
    window, quiz, stats = open_statistics(open_window, qtbot)
    asked: list[str] = []
    target = tmp_path / "report.pdf"

    def ask(_parent, suggested):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(ProgressReportPath, "ask", classmethod(lambda cls, p, s: ask(p, s)))
    qtbot.mouseClick(stats.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".pdf")
    reader = PdfReader(target)
    assert len(reader.pages) >= 1
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert f"Progress report: {window.zone_set.title}" in text
    assert "26 answers on 3 days" in text
    # the next export starts in the same folder; a PNG gets the charts
    target = tmp_path / "charts.png"
    quiz.report_action.trigger()
    assert Path(asked[1]).parent == tmp_path
    assert target.stat().st_size > 1000


def test_a_failed_report_says_so_and_leaves_the_old_file(open_window, qtbot, tmp_path, monkeypatch):
    _window, quiz, _stats = open_statistics(open_window, qtbot)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(ProgressReportPath, "ask", classmethod(lambda cls, p, s: str(target)))
    warned: list[str] = []
    monkeypatch.setattr(
        QuizWarning, "ask", classmethod(lambda cls, p, t, text: warned.append(text))
    )

    def full(*_a, **_k):
        raise charts.ExportError("no space left on the disk")

    monkeypatch.setattr("massage_trainer.ui.quiz.controller.write_report", full)
    quiz.report_action.trigger()
    assert warned and "no space left" in warned[0] and str(target) in warned[0]
    assert target.read_bytes() == b"old"


def test_no_answers_yet(open_window, qtbot):
    window = open_window(1100, 800)
    quiz = window.quiz
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    view.pages.setCurrentWidget(view.statistics_page)
    assert "No answers" in view.statistics.summary.text()
    assert not view.statistics.export_button.isEnabled()


def test_statistics_are_read_again_only_after_new_answers(open_window, qtbot, monkeypatch):
    window, quiz, stats = open_statistics(open_window, qtbot)
    reads: list[int] = []
    real = charts.StatisticsData.from_log

    def counted(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(charts.StatisticsData, "from_log", staticmethod(counted))
    window.tabs.setCurrentIndex(0)
    quiz.show_progress_action.trigger()
    assert reads == []  # nothing new: the figures shown are kept
    from massage_trainer.core.quiz.answerlog import Answer

    quiz.engine.log.record(
        Answer(at(TODAY, 20), "name", window.zone_set.view, "spine", "q", "a", True)
    )
    window.tabs.setCurrentIndex(0)
    quiz.show_progress_action.trigger()
    assert reads == [1] and "27 answers" in stats.summary.text()
