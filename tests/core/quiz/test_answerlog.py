"""Every answer goes into SQLite: the fields, WAL, versions, damage, and a kill."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from massage_trainer.core.quiz import Mode, Progress, ProgressStore, QuizEngine, RoundSettings
from massage_trainer.core.quiz.answerlog import SCHEMA_VERSION, Answer, AnswerLog


def _answer(i: int = 0, **kw) -> Answer:
    base = dict(
        time=1_700_000_000.0 + i,
        mode="find",
        view="back",
        item="kidney",
        question="Click the kidney area.",
        answer="Spine",
        correct=False,
        answer_item="spine",
    )
    base.update(kw)
    return Answer(**base)


def test_the_engine_logs_every_answer_with_its_details(zone_set, clock, tmp_path):
    log = AnswerLog(tmp_path, clock=clock)
    engine = QuizEngine(zone_set, Progress(), clock, log=log)
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=1, seed=3))
    q = rnd.next_question()
    wrong = next(z for z in zone_set.zones if z.kind != q.kind and z.layer == 0)
    clock.advance(2.5)
    rnd.answer_click(*wrong.label_point)
    clock.advance(1.25)
    rnd.answer_click(*q.zone.label_point)
    safety = engine.start_round(RoundSettings(Mode.SAFETY, count=1, seed=4))
    sq = safety.next_question()
    clock.advance(0.5)
    safety.answer_choice(0)  # target
    rows = log.answers()
    assert len(rows) == 3
    first, second, third = rows
    assert (first.mode, first.view, first.item, first.question) == (
        "find",
        "back",
        q.kind,
        q.prompt,
    )
    assert (first.answer, first.answer_item, first.correct, first.try_number) == (
        wrong.name,
        wrong.kind,
        False,
        1,
    )
    assert first.response_ms == 2500 and second.response_ms == 1250
    assert second.correct and second.try_number == 2 and not second.hint
    assert third.mode == "safety" and third.answer_item == "target"
    assert third.safety_mistake == (sq.zone.safety != "target")
    assert third.day == time.strftime("%Y-%m-%d", time.localtime(clock.now))


def test_progress_from_a_store_logs_beside_it_and_fresh_progress_nowhere(zone_set, clock, tmp_path):
    store = ProgressStore(tmp_path / "data", clock=clock)
    engine = QuizEngine(zone_set, store.load().progress, clock)  # as the window makes it
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=2, seed=1))
    while (q := rnd.next_question()) is not None:
        rnd.answer_choice(q.answer)
    assert store.answer_log.count() == 2
    assert (tmp_path / "data" / "answers.sqlite3").is_file()
    plain = QuizEngine(zone_set, Progress(), clock)
    assert plain.log is None


def test_the_database_is_wal_and_versioned(tmp_path):
    log = AnswerLog(tmp_path)
    assert not log.path.exists()  # made on the first answer
    assert log.record(_answer())
    db = sqlite3.connect(log.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    log.close()
    again = AnswerLog(tmp_path)
    assert again.count() == 1 and again.warning is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"this is not a database at all" * 200, "not a database"), (None, "newer version")],
)
def test_an_unreadable_database_is_moved_aside_and_a_new_one_started(tmp_path, content, reason):
    path = tmp_path / "answers.sqlite3"
    if content is None:
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    log = AnswerLog(tmp_path, clock=lambda: 1_700_000_000.0)
    assert log.record(_answer())
    assert log.warning is not None and reason in log.warning
    assert log.moved_to is not None and log.moved_to.name in log.warning
    assert log.moved_to.read_bytes() == before
    assert log.count() == 1


def test_an_answer_that_cannot_be_written_is_kept_and_written_later(tmp_path, monkeypatch):
    log = AnswerLog(tmp_path)
    assert log.record(_answer(0))
    real = log.connection()

    class Full:
        def execute(self, sql, *args):
            if sql.startswith("BEGIN"):
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

    monkeypatch.setattr(log, "connection", lambda: Full())
    assert not log.record(_answer(1))
    assert log.problem is not None and "disk is full" in log.problem
    assert [a.time for a in log.pending] == [_answer(1).time]
    monkeypatch.undo()
    assert log.record(_answer(2))
    assert log.problem is None and not log.pending
    assert [a.time for a in log.answers()] == [_answer(i).time for i in range(3)]


KILLED_ANSWERER = """
import sys
from massage_trainer.core.quiz import Mode, ProgressStore, QuizEngine, RoundSettings
from massage_trainer.core.zones import load_zone_set
store = ProgressStore(sys.argv[1])
engine = QuizEngine(load_zone_set(), store.load().progress)  # logs as the window does
n, seed = 0, 0
while True:
    seed += 1
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=None, seed=seed))
    while (q := rnd.next_question()) is not None:
        rnd.answer_choice(q.answer if n % 3 else (q.answer + 1) % len(q.choices))
        assert not engine.log.pending
        print(n, flush=True)
        n += 1
"""


def test_killing_the_program_while_it_answers_loses_at_most_that_answer(tmp_path):
    total = 0
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED_ANSWERER, str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        last = -1
        for line in proc.stdout:
            last = int(line)
            if last >= 80:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        log = AnswerLog(tmp_path)
        db = log.connection()
        assert log.warning is None
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        written = log.count() - total
        # every answer reported as written is there; only answers given after
        # the last report (at most the one being written when the kill came,
        # plus any the child gave while the parent read) can be missing
        assert written >= last + 1
        rows = log.answers()[total:]
        assert all(r.mode == "name" and r.question for r in rows)
        total = log.count()
        log.close()


def test_loading_progress_reports_a_damaged_history_at_once(tmp_path):
    (tmp_path / "answers.sqlite3").write_bytes(b"garbage, not SQLite" * 100)
    loaded = ProgressStore(tmp_path, clock=lambda: 1_700_000_000.0).load()
    assert loaded.warning is not None and "answer history" in loaded.warning
    assert list(tmp_path.glob("answers.corrupt-*.sqlite3"))
    assert loaded.progress.log is not None and loaded.progress.log.count() == 0


def test_damage_found_while_writing_starts_a_new_file_without_losing_the_answer(
    tmp_path, monkeypatch
):
    log = AnswerLog(tmp_path, clock=lambda: 1_700_000_000.0)
    assert log.record(_answer(0))
    real = log._write_pending
    calls = []

    def damaged():
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        real()

    monkeypatch.setattr(log, "_write_pending", damaged)
    assert log.record(_answer(1))
    assert log.warning is not None and "damaged" in log.warning
    assert [a.time for a in log.answers()] == [_answer(1).time]  # in the new file
    old = sqlite3.connect(log.moved_to)
    assert old.execute("SELECT count(*) FROM answers").fetchone()[0] == 1  # kept aside
    old.close()
