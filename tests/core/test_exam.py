"""Exam files, sitting an exam on the quiz engine, and the checksummed results file."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from massage_trainer.core.exam import (
    ExamError,
    ExamSitting,
    ResultsError,
    load_exam,
    read_results,
    results_document,
    suggested_file_name,
    write_results,
)
from massage_trainer.core.quiz.modes import Mode
from massage_trainer.core.savefile import SaveError
from massage_trainer.core.yamlsource import DataFileError
from massage_trainer.core.zones import load_zone_set

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
format: 1
title: Week 3 check
views: [back]
modes: [find, safety]
regions: [back]
zones: [knee_back_left, behind_ear]
questions: 12
time_limit_minutes: 15
feedback: at_end
seed: 42
"""


@pytest.fixture(scope="module")
def back():
    return load_zone_set()


@pytest.fixture
def write(tmp_path):
    def make(text: str, name: str = "exam.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return make


def sit(exam, back, learner="Ada", clock=None, answer_right=True):
    """Sit the exam, answering every question right (or every one wrong)."""
    kwargs = {"clock": clock} if clock else {}
    sitting = ExamSitting(exam, {"back": back}, learner, **kwargs)
    while (question := sitting.next_question()) is not None:
        if question.mode is Mode.FIND:
            # a wrong click lands in the body (a click beside it uses no try)
            other = "calf_left" if question.kind != "calf" else "hand_left"
            wrong = back.zone(other).label_point
            x, y = question.zone.label_point if answer_right else wrong
            feedback = sitting.answer_click(x, y)
            while not feedback.done:
                feedback = sitting.answer_click(*wrong)
        else:
            index = question.answer if answer_right else 0
            if not answer_right and question.answer == 0:
                index = 1
            sitting.answer_choice(index)
    return sitting


# --- exam files ------------------------------------------------------------------
def test_good_exam_loads_every_setting(write, back):
    path = write(GOOD)
    exam = load_exam(path, {"back": back})
    assert exam.title == "Week 3 check"
    assert exam.views == ("back",)
    assert exam.modes == (Mode.FIND, Mode.SAFETY)
    assert exam.zones == ("knee_back", "behind_ear")  # a zone id stands for its pair
    assert exam.regions == ("back",)
    assert exam.questions == 12
    assert exam.time_limit == 15 * 60
    assert exam.feedback_at_end is True
    assert exam.seed == 42
    assert exam.digest == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    kinds = {q.kind for q in exam.candidates}
    regions = {back.kinds()[k][0].region for k in kinds - {"knee_back", "behind_ear"}}
    assert regions == {"back"}
    assert {"knee_back", "behind_ear"} <= kinds


def test_defaults_ask_every_zone_with_feedback_after_each(write, back):
    exam = load_exam(write("format: 1\ntitle: T\nviews: [back]\nmodes: [name]\nquestions: 5\n"))
    assert exam.feedback_at_end is False
    assert exam.time_limit is None and exam.seed is None
    assert {q.kind for q in exam.candidates} == set(back.kinds())


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        (3, "views: [back, back]", "listed twice"),
        (3, "views: [sideways]", "there is no view 'sideways'; the views are: back"),
        (4, "modes: [find, guess]", "unknown question kind 'guess'; use one of find"),
        (4, "modes: []", "lists no question kind"),
        (5, "questions: 0", "from 1 to 500, not 0"),
        (5, "questions: twelve", "whole number"),
        (6, "zones: [kidny]", "there is no zone 'kidny' in back"),
        (6, "regions: [belly]", "there is no region 'belly' in back"),
        (6, "time_limit_minutes: -2", "greater than zero"),
        (6, "time_limit_minutes: 9000", "at most 600"),
        (6, "feedback: later", "one of after_each, at_end"),
        (6, "seed: -1", "'seed' must be a whole number"),
        (6, "colour: red", "unknown key 'colour' in the exam file"),
    ],
)
def test_each_mistake_is_reported_with_its_line(write, back, line, text, expected):
    lines = ["format: 1", "title: T", "views: [back]", "modes: [find]", "questions: 3"]
    if line <= len(lines):
        lines[line - 1] = text
    else:
        lines.append(text)
    path = write("\n".join(lines) + "\n")
    with pytest.raises(ExamError) as info:
        load_exam(path, {"back": back})
    assert isinstance(info.value, DataFileError)
    messages = [str(p) for p in info.value.problems]
    assert any(f"exam.yaml:{line}:" in m and expected in m for m in messages), messages


def test_every_problem_is_listed_together(write, back):
    path = write(
        "format: 1\ntitle: T\nviews: [back]\nmodes: [guess]\nquestions: 0\nfeedback: soon\n"
    )
    with pytest.raises(ExamError) as info:
        load_exam(path, {"back": back})
    assert [p.line for p in info.value.problems] == [4, 5, 6]


def test_missing_keys_and_wrong_format(write, back):
    with pytest.raises(ExamError) as info:
        load_exam(write("format: 1\ntitle: T\n"), {"back": back})
    text = str(info.value)
    for key in ("views", "modes", "questions"):
        assert f"missing the key {key!r}" in text
    with pytest.raises(ExamError, match="format 2 is not supported"):
        load_exam(write("format: 2\ntitle: T\n"), {"back": back})


def test_not_yaml_names_the_line(write, back):
    with pytest.raises(ExamError) as info:
        load_exam(write("format: 1\ntitle: [unclosed\nviews: x\n"), {"back": back})
    assert info.value.problems[0].line >= 2
    assert "not valid YAML" in str(info.value)


def test_more_questions_than_the_choice_gives(write, back):
    path = write(
        "format: 1\ntitle: T\nviews: [back]\nmodes: [find]\nzones: [spine]\nquestions: 2\n"
    )
    with pytest.raises(ExamError, match=r"exam.yaml:6: .*asks for 2 questions.*only 1"):
        load_exam(path, {"back": back})


def test_a_kind_of_question_with_nothing_to_ask(write, back):
    # the spine is to be avoided: no technique suits it
    path = write(
        "format: 1\ntitle: T\nviews: [back]\nmodes: [find, technique]\nzones: [spine]\n"
        "questions: 1\n"
    )
    with pytest.raises(ExamError, match="'technique' has no question"):
        load_exam(path, {"back": back})


# --- the same questions for everyone ---------------------------------------------
def _asked(sitting_seed_exam, back, learner):
    sitting = ExamSitting(sitting_seed_exam, {"back": back}, learner)
    asked = []
    while (q := sitting.next_question()) is not None:
        asked.append((q.mode, q.kind, q.zone.id, q.spot, tuple(c.label for c in q.choices)))
        if q.mode is Mode.FIND:
            fb = sitting.answer_click(*q.zone.label_point)
        else:
            fb = sitting.answer_choice(0)
        while not fb.done:
            fb = sitting.answer_click(-50.0, -50.0)
    return asked


def test_a_seed_gives_everyone_the_same_questions(write, back):
    exam = load_exam(write(GOOD.replace("modes: [find, safety]", "modes: [find, safety, name]")))
    first = _asked(exam, back, "Ada")
    assert len(first) == 12
    assert _asked(exam, back, "Grace") == first
    assert {m for m, *_ in first} >= {Mode.FIND, Mode.SAFETY}


def test_without_a_seed_learners_get_different_orders(write, back):
    exam = load_exam(write(GOOD.replace("seed: 42\n", "")))
    plans = {tuple(exam.plan()) for _ in range(5)}
    assert len(plans) > 1
    assert exam.plan(7) == exam.plan(7)


# --- sitting and results ---------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        self.now += 2.0  # every look at the clock costs two seconds
        return self.now


def test_results_hold_answers_times_score_and_safety_mistakes(write, back, tmp_path):
    exam = load_exam(write(GOOD.replace("time_limit_minutes: 15\n", "")))
    sitting = sit(exam, back, "Ada Lovelace", clock=Clock(), answer_right=False)
    results = sitting.results()
    assert results.learner == "Ada Lovelace"
    assert results.answered == results.planned == 12
    assert results.score == 0
    safety = [a for a in results.answers if a.mode == "safety"]
    assert safety and results.safety_mistakes == sum(a.safety != "target" for a in safety)
    assert all(a.seconds > 0 for a in results.answers)
    assert results.exam_digest == exam.digest

    right = sit(exam, back, "Grace", clock=Clock()).results()
    assert right.score == 12 and right.safety_mistakes == 0

    out = tmp_path / "ada.json"
    write_results(results, out)
    back_again = read_results(out)
    assert results_document(back_again) == results_document(results)
    assert back_again.path == out
    assert [a.given for a in back_again.answers] == [a.given for a in results.answers]


def test_time_limit_ends_the_exam(write, back):
    exam = load_exam(write(GOOD.replace("time_limit_minutes: 15", "time_limit_minutes: 0.5")))
    clock = Clock()
    sitting = ExamSitting(exam, {"back": back}, "Ada", clock=clock)
    assert sitting.next_question() is not None
    clock.now += 31
    assert sitting.next_question() is None
    assert sitting.is_over() and sitting.timed_out()
    results = sitting.results()
    assert results.timed_out and results.answered == 0 and results.planned == 12
    assert results.duration == 30.0


def test_a_learner_needs_a_name(write, back):
    exam = load_exam(write(GOOD))
    with pytest.raises(ValueError, match="name"):
        ExamSitting(exam, {"back": back}, "  ")


@pytest.fixture
def results_file(write, back, tmp_path):
    exam = load_exam(write(GOOD))
    path = tmp_path / "results.json"
    write_results(sit(exam, back, "Ada", answer_right=False).results(), path)
    return path


def _edit(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(score=12), "checksum does not match"),
        (lambda d: d["answers"][0].update(correct=True), "checksum does not match"),
        (lambda d: d.update(learner="Someone else"), "checksum does not match"),
        (lambda d: d.pop("checksum"), "no checksum"),
        (lambda d: d.update(kind="something"), "not a results file"),
        (lambda d: d.update(format=9), "format 9 is not supported"),
    ],
)
def test_an_edited_file_is_flagged(results_file, change, reason):
    read_results(results_file)  # whole, it reads
    _edit(results_file, change)
    with pytest.raises(ResultsError, match=reason) as info:
        read_results(results_file)
    assert info.value.reason and "results.json" in str(info.value)


def test_an_edit_in_a_text_editor_is_flagged(results_file):
    text = results_file.read_text(encoding="utf-8")
    edited = re.sub(r'"score": \d+', '"score": 11', text)
    assert edited != text
    results_file.write_text(edited, encoding="utf-8")
    with pytest.raises(ResultsError, match="checksum does not match"):
        read_results(results_file)


def test_a_damaged_file_is_flagged(results_file):
    raw = results_file.read_bytes()
    results_file.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(ResultsError, match="damaged: not valid JSON"):
        read_results(results_file)
    results_file.write_bytes(b"")
    with pytest.raises(ResultsError, match="empty"):
        read_results(results_file)
    results_file.write_bytes(b"\xff\xfe" + raw)
    with pytest.raises(ResultsError, match="UTF-8"):
        read_results(results_file)
    with pytest.raises(ResultsError, match="cannot read"):
        read_results(results_file.with_name("missing.json"))


def test_results_are_written_atomically(write, back, tmp_path):
    exam = load_exam(write(GOOD))
    results = sit(exam, back).results()
    with pytest.raises(SaveError, match="does not exist"):
        write_results(results, tmp_path / "no such folder" / "r.json")
    path = tmp_path / "r.json"
    path.write_text("old", encoding="utf-8")
    write_results(results, path)
    assert read_results(path).learner == "Ada"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exam.yaml", "r.json"]


def test_the_documented_example_loads(tmp_path, back):
    text = (ROOT / "docs" / "exam-format.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    exam = load_exam(path, {"back": back})
    assert exam.questions >= 1 and exam.title


def test_the_last_answer_ends_the_exam(write, back):
    exam = load_exam(write(GOOD.replace("questions: 12", "questions: 1")))
    clock = Clock()
    sitting = ExamSitting(exam, {"back": back}, "Ada", clock=clock)
    question = sitting.next_question()
    assert question is not None and not sitting.is_over()
    if question.mode is Mode.FIND:
        sitting.answer_click(*question.zone.label_point)
    else:
        sitting.answer_choice(question.answer)
    assert sitting.is_over()  # without asking for another question
    duration = sitting.elapsed()
    clock.now += 500
    assert sitting.elapsed() == duration and not sitting.timed_out()
    with pytest.raises(RuntimeError):
        sitting.answer_choice(0)


def test_names_of_learners_and_files(write, back):
    exam = load_exam(write(GOOD))
    with pytest.raises(ValueError, match="longer than 100"):
        ExamSitting(exam, {"back": back}, "A" * 101)
    results = ExamSitting(exam, {"back": back}, "  Zoë   O'Brien ").results()
    assert results.learner == "Zoë O'Brien"
    assert suggested_file_name(results) == "zoë-o-brien-week-3-check.results.json"


def test_an_exam_over_two_views_asks_each_in_turn(write, back, tmp_path):
    from tests.core.test_zone_loader import SQUARE

    square_file = tmp_path / "square.yaml"
    square_file.write_text(SQUARE, encoding="utf-8")
    views = {"back": back, "square": load_zone_set(square_file)}
    exam = load_exam(
        write(
            "format: 1\ntitle: Two views\nviews: [square, back]\nmodes: [find]\n"
            "questions: 20\ntime_limit_minutes: 10\nseed: 5\n"
        ),
        views,
    )
    plan = exam.plan()
    first = sum(q.view == "square" for q in plan)
    assert first >= 1
    assert [q.view for q in plan] == ["square"] * first + ["back"] * (20 - first)
    clock = Clock()
    sitting = ExamSitting(exam, views, "Ada", clock=clock)
    seen = []
    limits: dict[str, float] = {}
    while (question := sitting.next_question()) is not None:
        limits.setdefault(sitting.view, sitting.round.settings.time_limit)
        assert sitting.zone_set is views[sitting.view]
        assert question.zone in sitting.zone_set.zones
        seen.append(sitting.view)
        sitting.answer_click(*question.zone.label_point)
    assert seen == [q.view for q in plan]
    assert sitting.is_over() and not sitting.timed_out()
    # one clock for the whole exam: the second view's round gets only what is left
    assert limits["square"] == pytest.approx(600, abs=10)
    assert 0 < limits["back"] < limits["square"] - 2 * 2 * first
    results = sitting.results()
    assert results.score == results.answered == 20
    assert [a.view for a in results.answers] == seen
