"""Class results from many learners' files: the tables, the CSV, and what is left out."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from massage_trainer.core.classresults import (
    LEARNER_COLUMNS,
    ZONE_COLUMNS,
    load_class,
    write_learner_csv,
    write_zone_csv,
)
from massage_trainer.core.exam import Answer, ExamResults, load_exam, write_results
from massage_trainer.core.savefile import SaveError

EXAM = """\
format: 1
title: Back check
views: [back]
modes: [safety]
questions: 6
seed: 3
"""
# (kind, name, safety) of the six zones every generated learner is asked about
ZONES = [
    ("spine", "Spine", "avoid"),
    ("kidney", "Kidney area", "avoid"),
    ("knee_back", "Back of the knee", "avoid"),
    ("scapula", "Shoulder blade", "caution"),
    ("lower_back", "Lower back", "target"),
    ("calf", "Calf", "target"),
]
LEARNERS = 30


def wrong(learner: int, question: int) -> bool:
    """Which generated answers are wrong: more often on later questions."""
    return (learner * 7 + question * 3) % 10 < question + 1


def generated(index: int, digest: str, title: str = "Back check") -> ExamResults:
    answers = []
    for q, (kind, name, safety) in enumerate(ZONES):
        miss = wrong(index, q)
        # a wrong answer to an avoid or caution spot is a safety mistake when it says target
        mistake = miss and safety != "target" and (index + q) % 2 == 0
        given = ("Target",) if mistake else ("Caution",) if miss else (safety.title(),)
        answers.append(
            Answer(
                number=q + 1,
                view="back",
                mode="safety",
                kind=kind,
                zone=f"{kind}_left" if kind not in ("spine",) else kind,
                name=name,
                safety=safety,
                given=given,
                right_answer=safety.title(),
                correct=not miss,
                safety_mistake=mistake,
                seconds=3.5 + q,
            )
        )
    return ExamResults(
        learner=f"Learner {index:02d}",
        exam_title=title,
        exam_digest=digest,
        seed=3,
        started="2026-12-01T09:00:00+00:00",
        duration=60.0 + index,
        timed_out=index == 5,
        planned=len(ZONES),
        answers=tuple(answers),
    )


@pytest.fixture
def classroom(tmp_path):
    """A folder of 30 learners' results of one exam, and the exam."""
    exam_path = tmp_path / "exam.yaml"
    exam_path.write_text(EXAM, encoding="utf-8")
    exam = load_exam(exam_path)
    folder = tmp_path / "handed-in"
    folder.mkdir()
    for i in range(LEARNERS):
        write_results(generated(i, exam.digest), folder / f"learner-{i:02d}.json")
    return exam, folder


def test_thirty_learners_make_one_row_each(classroom):
    exam, folder = classroom
    result = load_class([folder])
    assert result.rejected == []
    assert result.exam_digest == exam.digest and result.exam_title == "Back check"
    rows = result.learner_rows()
    assert [r.learner for r in rows] == [f"Learner {i:02d}" for i in range(LEARNERS)]
    for i, row in enumerate(rows):
        expected_wrong = sum(wrong(i, q) for q in range(len(ZONES)))
        assert row.score == len(ZONES) - expected_wrong
        assert row.planned == row.answered == len(ZONES)
        assert row.timed_out == (i == 5)


def test_zone_table_puts_safety_mistakes_first(classroom):
    _, folder = classroom
    rows = load_class([folder]).zone_rows()
    assert {r.kind for r in rows} == {k for k, _, _ in ZONES}
    for row in rows:
        q = [k for k, _, _ in ZONES].index(row.kind)
        assert row.asked == LEARNERS
        assert row.missed == sum(wrong(i, q) for i in range(LEARNERS))
        assert row.missed_by == tuple(f"Learner {i:02d}" for i in range(LEARNERS) if wrong(i, q))
    mistakes = [r.safety_mistakes for r in rows]
    assert mistakes == sorted(mistakes, reverse=True)
    assert mistakes[0] > 0
    # target zones draw no safety mistakes, so however often they are missed they come last
    assert {r.kind for r in rows if r.safety_mistakes == 0} == {"lower_back", "calf"}
    last = [r for r in rows if r.safety_mistakes == 0]
    assert [r.missed_percent for r in last] == sorted(
        (r.missed_percent for r in last), reverse=True
    )


def test_strangers_are_listed_with_the_reason(classroom, tmp_path):
    _, folder = classroom
    other = generated(99, "sha256:" + "0" * 64, title="Another week")
    write_results(other, folder / "other-exam.json")
    damaged = folder / "learner-03.json"
    damaged.write_bytes(damaged.read_bytes()[:200])
    edited = folder / "learner-04.json"
    document = json.loads(edited.read_text(encoding="utf-8"))
    document["score"] = 6
    edited.write_text(json.dumps(document), encoding="utf-8")
    (folder / "notes.json").write_text('{"shopping": ["oil"]}', encoding="utf-8")
    (folder / "copy.json").write_bytes((folder / "learner-07.json").read_bytes())
    (folder / "readme.txt").write_text("not read", encoding="utf-8")

    result = load_class([folder])
    reasons = {r.path.name: r.reason for r in result.rejected}
    # copy.json sorts first, so it is counted and the original is the copy
    assert set(reasons) == {
        "other-exam.json",
        "learner-03.json",
        "learner-04.json",
        "notes.json",
        "learner-07.json",
    }
    assert "another exam" in reasons["other-exam.json"]
    assert "damaged" in reasons["learner-03.json"]
    assert "checksum does not match" in reasons["learner-04.json"]
    assert "not a results file" in reasons["notes.json"]
    copy = reasons["learner-07.json"]
    assert copy.startswith("a copy of ") and copy.endswith("copy.json, counted once")
    names = [r.learner for r in result.learner_rows()]
    assert len(names) == LEARNERS - 2  # learners 03 and 04 are out; 07 is counted once
    assert "Learner 03" not in names and "Learner 04" not in names
    assert names.count("Learner 07") == 1
    assert "Another week" not in {r.exam_title for r in result.results}
    assert all(str(r).endswith(f"{r.path.name}: {r.reason}") for r in result.rejected)


def test_the_exam_given_decides_which_files_count(classroom, tmp_path):
    exam, folder = classroom
    strangers = tmp_path / "strangers"
    strangers.mkdir()
    for i in range(40):  # more files of another exam than of this one
        write_results(generated(i, "sha256:" + "1" * 64, "Old"), strangers / f"old-{i}.json")
    by_majority = load_class([folder, strangers])
    assert by_majority.exam_title == "Old" and len(by_majority.results) == 40
    chosen = load_class([folder, strangers], exam=exam)
    assert chosen.exam_digest == exam.digest
    assert len(chosen.results) == LEARNERS
    assert len(chosen.rejected) == 40
    assert all("another exam" in r.reason for r in chosen.rejected)


def test_single_files_and_a_missing_one(classroom, tmp_path):
    _, folder = classroom
    files = sorted(folder.glob("*.json"))[:3]
    result = load_class([*files, files[0], tmp_path / "gone.json", tmp_path / "empty"])
    assert len(result.results) == 3  # the same file named twice counts once
    reasons = {r.path.name: r.reason for r in result.rejected}
    assert "cannot read" in reasons["gone.json"]
    (tmp_path / "empty").mkdir()
    assert "holds no results" in load_class([tmp_path / "empty"]).rejected[0].reason


def test_csv_exports(classroom, tmp_path):
    _, folder = classroom
    result = load_class([folder])
    learners = tmp_path / "learners.csv"
    zones = tmp_path / "zones.csv"
    write_learner_csv(result, learners)
    write_zone_csv(result, zones)
    with learners.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == LEARNER_COLUMNS
    assert len(rows) == LEARNERS + 1
    first = dict(zip(LEARNER_COLUMNS, rows[1], strict=True))
    assert first["learner"] == "Learner 00" and first["file"] == "learner-00.json"
    assert int(first["score"]) == result.learner_rows()[0].score
    with zones.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == ZONE_COLUMNS
    assert [r[1] for r in rows[1:]] == [r.kind for r in result.zone_rows()]
    assert rows[1][3] in ("Avoid", "Caution")
    with pytest.raises(SaveError):
        write_zone_csv(result, tmp_path / "missing" / "zones.csv")
    assert not list((tmp_path).glob(".*.tmp"))


def test_nothing_readable(tmp_path):
    bad = tmp_path / "a.json"
    bad.write_text("not json", encoding="utf-8")
    result = load_class([bad])
    assert result.results == [] and result.learner_rows() == [] and result.zone_rows() == []
    assert len(result.rejected) == 1
    assert result.rejected[0].path == Path(bad)
