"""File > Open Exam…: a learner sits an exam file in its own window and saves
the results, which class results read back; nothing of it is ever lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from massage_trainer.core.classresults import load_class
from massage_trainer.core.exam import read_results
from massage_trainer.core.quiz import Mode, RoundSettings
from massage_trainer.core.savefile import SaveError
from massage_trainer.ui import exam as exam_ui
from massage_trainer.ui.dialogs import ProblemsDialog
from massage_trainer.ui.exam import (
    ConfirmEnd,
    ExamFileDialog,
    ExamWindow,
    ResultsPath,
    SaveFailed,
    UnsavedResults,
)

EXAM = """\
format: 1
title: Week 3 check
views: [back]
modes: [find, safety]
zones: [spine, kidney, knee_back, calf]
questions: 5
seed: 7
"""


@pytest.fixture
def window(open_window):
    win = open_window(1000, 700)
    yield win
    # an exam window left open is modal: it would hold up the next test's input
    for exam_window in win.findChildren(ExamWindow):
        exam_window._closing = True
        exam_window.close()
        exam_window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def exam_file(tmp_path):
    def make(text: str = EXAM) -> Path:
        path = tmp_path / "week3.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return make


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The file dialogs and questions, patched: what each was asked is kept."""
    asked: dict[str, list] = {"problems": [], "saves": [], "failed": [], "unsaved": []}
    state = {"exam": "", "results": str(tmp_path / "out" / "ada.results.json"), "unsaved": []}
    (tmp_path / "out").mkdir()

    def results_path(cls, parent, suggested):
        asked["saves"].append(suggested)
        return state["results"]

    def unsaved(cls, parent):
        asked["unsaved"].append(True)
        return state["unsaved"].pop(0) if state["unsaved"] else UnsavedResults.CANCEL

    monkeypatch.setattr(
        ExamFileDialog, "ask", classmethod(lambda cls, parent, folder: state["exam"])
    )
    monkeypatch.setattr(ResultsPath, "ask", classmethod(results_path))
    monkeypatch.setattr(ConfirmEnd, "ask", classmethod(lambda cls, parent, left: True))
    monkeypatch.setattr(UnsavedResults, "ask", classmethod(unsaved))
    monkeypatch.setattr(
        SaveFailed,
        "ask",
        classmethod(lambda cls, parent, path, reason: asked["failed"].append((path, reason))),
    )
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, summary, problems: asked["problems"].append(
                (summary, problems)
            )
        ),
    )
    return asked, state


def open_via_menu(window, dialogs, path: Path) -> ExamWindow | None:
    _asked, state = dialogs
    state["exam"] = str(path)
    window.open_exam_action.trigger()
    found = window.findChildren(ExamWindow)
    return found[-1] if found else None


def answer(exam_window: ExamWindow, right: bool = True) -> None:
    """Answer the open question, right or wrong."""
    question = exam_window.question
    zone_set = exam_window.sitting.zone_set
    if question.mode is Mode.FIND:
        other = "hand_left" if question.kind != "hand" else "calf_left"
        zone = question.zone if right else zone_set.zone(other)
        exam_window.answer_click(*zone.label_point)
    else:
        index = question.answer if right else (question.answer + 1) % len(question.choices)
        exam_window.answer_choice(index)


def sit(exam_window: ExamWindow, name: str = "Ada Lovelace", right=lambda n: True) -> None:
    exam_window.name_edit.setText(name)
    exam_window.start_button.click()
    n = 0
    while exam_window.running:
        answer(exam_window, right(n))
        assert exam_window.feedback is not None and exam_window.feedback.done
        exam_window.question_page.next_button.click()
        n += 1


def test_the_menu_opens_an_exam_that_is_sat_and_saved(window, dialogs, exam_file, tmp_path):
    asked, state = dialogs
    # one practice answer first, so the log is there and counts
    window.quiz.start(RoundSettings(Mode.SAFETY, count=1, seed=1))
    window.quiz.answer_choice(0)
    window.quiz.save_if_dirty()
    before = len(window.quiz.progress)
    logged = window.quiz.store.answer_log.count()
    assert logged >= 1
    exam_window = open_via_menu(window, dialogs, exam_file())
    assert exam_window is not None and exam_window.isVisible()
    assert "Week 3 check" in exam_window.windowTitle()
    assert "5 questions on the back view" in exam_window.summary.text()
    assert not exam_window.start_button.isEnabled()  # a name first
    sit(exam_window, right=lambda n: n != 1)
    # the results were written where the learner chose, and said so only then
    saved = Path(state["results"])
    assert exam_window.saved_path == saved and saved.is_file()
    assert exam_window.save_label.text().startswith(f"Results saved to {saved}")
    assert asked["saves"][0].endswith("ada-lovelace-week-3-check.results.json")
    results = read_results(saved)
    assert results.learner == "Ada Lovelace" and results.planned == 5
    assert results.answered == 5 and results.score == 4
    assert not results.answers[0].correct or not results.answers[1].correct
    # class results read it back as the one learner of this exam
    klass = load_class([saved.parent])
    assert klass.rejected == [] and [r.learner for r in klass.learner_rows()] == ["Ada Lovelace"]
    # the normal quiz and its progress were not touched
    assert len(window.quiz.progress) == before
    assert window.quiz.store.answer_log.count() == logged  # a sitting is not practice
    assert window.quiz.round.planned == 1  # the practice round is as it was
    assert exam_window.answers_list.count() == 5
    exam_window.close()
    assert not exam_window.isVisible() and asked["unsaved"] == []


def test_feedback_after_each_answer_says_right_or_wrong(window, dialogs, exam_file):
    exam_window = open_via_menu(window, dialogs, exam_file())
    exam_window.name_edit.setText("Bo")
    exam_window.start()
    answer(exam_window, right=False)
    page = exam_window.question_page
    assert page.feedback.text() and page.feedback.text() != "Answer kept."
    assert "Score 0" in page.status.text()
    assert exam_window.map.look.marks  # the map shows the answer


def test_feedback_at_the_end_tells_nothing_until_then(window, dialogs, exam_file):
    now = [500.0]  # a clock of the test's: a slow machine does not move the countdown
    path = exam_file(EXAM + "feedback: at_end\ntime_limit_minutes: 10\n")
    exam_window = exam_ui.open_exam_file(window, path, clock=lambda: now[0])
    exam_window.name_edit.setText("Cy")
    exam_window.start()
    page = exam_window.question_page
    assert page.clock.text() == "Time left 10:00"
    seen_find = False
    while exam_window.running:
        question = exam_window.question
        answer(exam_window, right=False)
        # a wrong click ends a Find-it question at once: "try again" would tell
        assert exam_window.feedback.done
        seen_find = seen_find or question.mode is Mode.FIND
        assert "tries" not in page.hint.text()
        assert page.feedback.text() == "Answer kept." and page.why.text() == ""
        assert "Score" not in page.status.text()
        assert not exam_window.map.look.marks.fill  # no answer shown on the map
        page.next_button.click()
    assert seen_find
    assert exam_window.results.score == 0
    lines = [exam_window.answers_list.item(i).text() for i in range(5)]
    assert all("the answer is" in line for line in lines)


def test_a_broken_exam_lists_its_problems_with_lines(window, dialogs, exam_file):
    asked, _state = dialogs
    broken = EXAM.replace("modes: [find, safety]", "modes: [find, guess]").replace(
        "questions: 5", "questions: lots"
    )
    assert open_via_menu(window, dialogs, exam_file(broken)) is None
    (summary, problems), *_ = asked["problems"]
    assert "week3.yaml has 2 problems. No exam was started." in summary
    assert any("week3.yaml:4:" in p and "guess" in p for p in problems)
    assert any("week3.yaml:6:" in p and "questions" in p for p in problems)
    assert not window.findChildren(ExamWindow)


def test_a_failing_write_says_so_keeps_the_answers_and_can_be_tried_again(
    window, dialogs, exam_file, tmp_path
):
    asked, state = dialogs
    state["results"] = str(tmp_path / "no-such-folder" / "ada.results.json")
    exam_window = open_via_menu(window, dialogs, exam_file())
    sit(exam_window)
    assert exam_window.saved_path is None and exam_window.unsaved
    (path, reason), *_ = asked["failed"]
    assert path == state["results"] and "does not exist" in reason
    assert exam_window.save_label.text().startswith("Not saved:")
    assert "Results saved" not in exam_window.save_label.text()
    # the window does not close on unsaved results unless the learner says so
    exam_window.close()
    assert exam_window.isVisible() and asked["unsaved"] == [True]
    # a patched writer failing the same way
    state["results"] = str(tmp_path / "out" / "second.results.json")

    def full_disk(results, target):
        raise SaveError("the disk is full")

    original = exam_ui.write_results
    exam_ui.write_results = full_disk
    try:
        assert exam_window.save_results() is False
    finally:
        exam_ui.write_results = original
    assert asked["failed"][-1][1] == "the disk is full"
    assert not Path(state["results"]).exists()
    # the same answers, saved on the next try
    exam_window.save_button.click()
    assert exam_window.saved_path == Path(state["results"])
    assert read_results(state["results"]).answered == 5
    assert "Results saved to" in exam_window.save_label.text()


def test_a_cancelled_save_asks_again_before_the_answers_go(window, dialogs, exam_file, tmp_path):
    asked, state = dialogs
    chosen = state["results"]
    state["results"] = ""  # the learner cancels the save dialog
    exam_window = open_via_menu(window, dialogs, exam_file())
    sit(exam_window)
    assert exam_window.unsaved and "not saved yet" in exam_window.save_label.text()
    state["results"] = chosen
    state["unsaved"] = [UnsavedResults.SAVE]
    exam_window.close()
    assert asked["unsaved"] == [True]
    assert Path(chosen).is_file() and not exam_window.isVisible()


def test_discarding_is_the_learners_choice(window, dialogs, exam_file):
    _asked, state = dialogs
    state["results"] = ""
    exam_window = open_via_menu(window, dialogs, exam_file())
    sit(exam_window)
    state["unsaved"] = [UnsavedResults.DISCARD]
    exam_window.reject()  # Esc
    assert not exam_window.isVisible()


def test_closing_a_running_exam_ends_it_first(window, dialogs, exam_file):
    _asked, state = dialogs
    exam_window = open_via_menu(window, dialogs, exam_file())
    exam_window.name_edit.setText("Di")
    exam_window.start()
    answer(exam_window)
    exam_window.close()
    assert exam_window.isVisible() and not exam_window.running
    results = read_results(state["results"])
    assert results.answered == 1 and results.planned == 5


def test_the_countdown_ends_the_exam_on_time(window, dialogs, exam_file):
    _asked, state = dialogs
    now = [1000.0]
    path = exam_file(EXAM + "time_limit_minutes: 1\n")
    exam = exam_ui.load_exam(path)
    from massage_trainer.core.zones import load_zone_set

    exam_window = ExamWindow(window, exam, {"back": load_zone_set()}, clock=lambda: now[0])
    exam_window.show()
    exam_window.name_edit.setText("Ed")
    exam_window.start()
    assert exam_window.question_page.clock.text() == "Time left 1:00"
    answer(exam_window)
    now[0] += 25
    exam_window._tick()
    assert exam_window.question_page.clock.text() == "Time left 0:35"
    now[0] += 40
    exam_window._tick()
    assert not exam_window.running
    results = read_results(state["results"])
    assert results.timed_out and results.answered == 1


def test_keys_answer_in_the_exam(window, dialogs, exam_file, qtbot):
    exam_window = open_via_menu(
        window, dialogs, exam_file(EXAM.replace("[find, safety]", "[safety]").replace("5", "3"))
    )
    exam_window.name_edit.setText("Flo")
    exam_window.start()
    question = exam_window.question
    key = question.choices[question.answer].keys[0]
    qtbot.keyClick(exam_window, key)
    assert exam_window.feedback is not None and exam_window.feedback.correct
    qtbot.keyClick(exam_window, Qt.Key.Key_Return)
    assert exam_window.question is not question


def test_an_exam_offers_no_hint(window, dialogs, exam_file):
    """The quiz's hint halves the score and helps; an exam is sat without one."""
    exam_window = open_via_menu(window, dialogs, exam_file())
    assert exam_window is not None
    exam_window.name_edit.setText("Ada Lovelace")
    exam_window.start_button.click()
    page = exam_window.question_page
    assert exam_window.running and page.isVisible()
    assert not page.hint_button.isVisible()
    assert "Tab" not in page.hint.text()  # Tab leaves the map; the arrows move in it
