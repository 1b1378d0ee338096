"""File > Open Class Results…: the tables of 30 learners, the files left out,
the CSV and the one-page printed summary."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent

from massage_trainer.core.classresults import load_class
from massage_trainer.core.exam import Answer, load_exam, write_results
from massage_trainer.paint.classsummary import write_class_summary
from massage_trainer.ui.classresults import (
    ClassResultsWindow,
    ClassWarning,
    CsvPath,
    ResultsSources,
    SummaryPreview,
    make_summary_preview,
)
from tests.core.test_classresults import EXAM, LEARNERS, ZONES, generated, wrong


@pytest.fixture
def window(open_window):
    win = open_window(1000, 700, show=False)
    yield win
    # a window left on screen would take the next test's mouse events
    for results_window in win.findChildren(ClassResultsWindow):
        results_window.close()
        results_window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def classroom(tmp_path):
    """30 learners' results in a folder, one of them edited by hand."""
    exam_path = tmp_path / "exam.yaml"
    exam_path.write_text(EXAM, encoding="utf-8")
    exam = load_exam(exam_path)
    folder = tmp_path / "handed-in"
    folder.mkdir()
    for i in range(LEARNERS):
        write_results(generated(i, exam.digest), folder / f"learner-{i:02d}.json")
    tampered = folder / "learner-09.json"
    document = json.loads(tampered.read_text(encoding="utf-8"))
    document["score"] = 6
    tampered.write_text(json.dumps(document), encoding="utf-8")
    return folder


def open_menu(window, monkeypatch, chosen):
    monkeypatch.setattr(ResultsSources, "ask", classmethod(lambda cls, parent, folder: chosen))
    window.class_results_action.trigger()
    found = window.findChildren(ClassResultsWindow)
    return found[-1] if found else None


def column(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_the_window_shows_learners_zones_and_the_tampered_file(window, monkeypatch, classroom):
    results_window = open_menu(window, monkeypatch, [str(classroom)])
    assert results_window is not None and results_window.isVisible()
    assert "Back check" in results_window.windowTitle()
    learners = results_window.learner_table
    names = column(learners, 0)
    assert len(names) == LEARNERS - 1 and "Learner 09" not in names
    for r, name in enumerate(names):
        i = int(name.split()[1])
        score = len(ZONES) - sum(wrong(i, q) for q in range(len(ZONES)))
        assert learners.item(r, 1).text() == f"{score} of {len(ZONES)}"
    zones = results_window.zone_table
    assert zones.rowCount() == len(ZONES)
    mistakes = [int(t) for t in column(zones, 6)]
    assert mistakes == sorted(mistakes, reverse=True) and mistakes[0] > 0
    assert set(column(zones, 0)[-2:]) == {"Lower back", "Calf"}  # no safety mistakes: last
    assert all(int(a) == LEARNERS - 1 for a in column(zones, 3))
    # the edited file is listed apart with the reason, never counted
    left_out = [
        results_window.left_out.item(i).text() for i in range(results_window.left_out.count())
    ]
    assert len(left_out) == 1 and "learner-09.json" in left_out[0]
    assert "checksum" in left_out[0]
    assert "1 file left out" in results_window.totals.text()
    assert results_window.tabs.tabText(2) == "Left &Out (1)"


def test_cancelling_the_choice_opens_nothing(window, monkeypatch):
    assert open_menu(window, monkeypatch, []) is None


def test_export_csv_writes_the_table_shown(window, monkeypatch, classroom, tmp_path):
    results_window = ClassResultsWindow(window, [classroom], window.settings)
    asked = []
    out = tmp_path / "zones"

    def csv_path(cls, parent, title, suggested):
        asked.append((title, suggested))
        return str(out)

    monkeypatch.setattr(CsvPath, "ask", classmethod(csv_path))
    assert results_window.export_csv() is True
    assert asked[0][1].endswith("back-check-zones.csv")
    with open(tmp_path / "zones.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(ZONES) and int(rows[0]["safety_mistakes"]) > 0
    assert "saved to" in results_window.status.text()
    results_window.tabs.setCurrentWidget(results_window.learner_table)
    out = tmp_path / "learners.csv"
    assert results_window.export_csv() is True
    with open(out, encoding="utf-8", newline="") as file:
        assert len(list(csv.DictReader(file))) == LEARNERS - 1
    # a folder that is not there: said, and nothing written
    warned = []
    monkeypatch.setattr(
        ClassWarning, "ask", classmethod(lambda cls, p, t, text: warned.append(text))
    )
    out = tmp_path / "missing" / "learners.csv"
    assert results_window.export_csv() is False
    assert warned and "does not exist" in warned[0] and not out.exists()
    assert results_window.status.text().startswith("Not saved:")


def test_print_summary_opens_the_preview(window, monkeypatch, classroom):
    results_window = ClassResultsWindow(window, [classroom], window.settings)
    shown = []
    monkeypatch.setattr(SummaryPreview, "ask", classmethod(lambda cls, p, r: shown.append(r)))
    results_window.print_button.click()
    assert shown == [results_window.results]
    preview = make_summary_preview(results_window, results_window.results)
    assert preview.objectName() == "classSummaryPreview"
    preview.deleteLater()


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # words come tab-separated


def test_the_summary_is_one_page_with_both_tables(qapp, classroom, tmp_path):
    results = load_class([classroom])
    out = tmp_path / "summary.pdf"
    layout = write_class_summary(results, out, day=date(2026, 12, 2))
    pages, text = pdf_text(out)
    assert pages == 1 == layout.pages
    assert layout.zone_rows == len(ZONES) and layout.learner_rows == LEARNERS - 1
    assert "Class results: Back check" in text and "2 December 2026" in text
    assert "Learner 00" in text and "Learner 29" in text and "Kidney area" in text
    assert "learner-09.json" in text


def test_a_large_class_still_prints_on_one_page(qapp, classroom, tmp_path):
    results = load_class([classroom])
    # 200 learners and 120 zones: the tables are cut and say so
    many = [replace(r, learner=f"{r.learner} {n}") for n in range(7) for r in results.results]
    extra = [
        replace(
            a,
            kind=f"{a.kind}_{n}",
            name=f"{a.name} {n}",
        )
        for n in range(20)
        for a in results.results[0].answers
    ]
    big = replace(results.results[0], answers=tuple(extra), planned=len(extra))
    results.results = [*many, big]
    out = tmp_path / "big.pdf"
    layout = write_class_summary(results, out, page="letter")
    pages, text = pdf_text(out)
    assert pages == 1
    assert layout.zone_rows < len(results.zone_rows())
    assert layout.learner_rows < len(results.learner_rows())
    assert "more zones" in text and "more learners" in text


def test_answers_type_is_what_the_summary_reads(classroom):
    # the generated files are real results files: their answers read back as Answer
    results = load_class([classroom])
    assert all(isinstance(a, Answer) for r in results.results for a in r.answers)
