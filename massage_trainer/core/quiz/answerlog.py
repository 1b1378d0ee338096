"""Every answer the learner gives, kept in SQLite beside the progress (no Qt).

``AnswerLog`` owns ``answers.sqlite3`` in the user data folder: one row per
answer (a Find-it question answered in three clicks is three rows), with the
time, the local day, the mode, the view, the item asked, the question's words,
what was answered (in words and as a zone kind, safety level, technique id or
typed text), right or wrong, safety and mirror mistakes, the response time, the
try and whether the hint was taken.  ``statistics`` reads it.

How it stays whole:

- WAL journal, ``synchronous=NORMAL``: each answer is one committed
  transaction, so killing the program loses at most the answer being written,
  and the file always opens cleanly (a power cut may lose the last few).
- The schema version is SQLite's ``user_version``; ``MIGRATIONS`` brings an
  older file up to date in one transaction.  A file of a newer version, or one
  that is not a database or fails SQLite's quick check, is moved aside as
  ``answers.corrupt-<UTC timestamp>.sqlite3`` (with its -wal and -shm) and a
  new one is started; ``warning`` says so, for the UI to show.
- One writer: the log holds one connection, and a lock around each write, so
  the window and a saving thread never interleave.
- Nothing is dropped silently: an answer that cannot be written (disk full,
  folder read-only) is kept in memory (``pending``), written with the next one
  that succeeds, and ``problem`` says what went wrong.

The file is created on the first answer, not when the log object is made.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.core.readfile import is_regular


class ProgressFileText(Tr):
    """What the learner is told about the saved progress and answer history files."""


FILE_NAME = "answers.sqlite3"
SCHEMA_VERSION = 1

MIGRATIONS: tuple[str, ...] = (
    # version 1
    """
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        day TEXT NOT NULL,
        mode TEXT NOT NULL,
        view TEXT NOT NULL,
        item TEXT NOT NULL,
        question TEXT NOT NULL,
        side TEXT,
        answer TEXT NOT NULL,
        answer_item TEXT,
        correct INTEGER NOT NULL,
        safety_mistake INTEGER NOT NULL DEFAULT 0,
        mirror_mistake INTEGER NOT NULL DEFAULT 0,
        response_ms INTEGER,
        try INTEGER NOT NULL DEFAULT 1,
        hint INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX answers_misses ON answers (view, item, answer_item, mode, try)
        WHERE correct = 0;
    CREATE INDEX answers_by_time ON answers (time);
    -- running totals, kept by the trigger in the same transaction as each answer,
    -- so statistics read a few hundred rows instead of every answer
    CREATE TABLE day_totals (
        day TEXT NOT NULL,
        view TEXT NOT NULL,
        mode TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        safety_mistakes INTEGER NOT NULL,
        PRIMARY KEY (day, view, mode)
    ) WITHOUT ROWID;
    CREATE TABLE zone_totals (
        view TEXT NOT NULL,
        item TEXT NOT NULL,
        mode TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        timed INTEGER NOT NULL,
        response_ms INTEGER NOT NULL,
        PRIMARY KEY (view, item, mode)
    ) WITHOUT ROWID;
    CREATE TRIGGER answers_totals AFTER INSERT ON answers WHEN NEW.try > 0
    BEGIN
        INSERT INTO day_totals VALUES
            (NEW.day, NEW.view, NEW.mode, 1, NEW.correct, NEW.safety_mistake)
        ON CONFLICT DO UPDATE SET
            answers = answers + 1,
            correct = correct + excluded.correct,
            safety_mistakes = safety_mistakes + excluded.safety_mistakes;
        INSERT INTO zone_totals VALUES
            (NEW.view, NEW.item, NEW.mode, 1, NEW.correct, NEW.response_ms IS NOT NULL,
             coalesce(NEW.response_ms, 0))
        ON CONFLICT DO UPDATE SET
            answers = answers + 1,
            correct = correct + excluded.correct,
            timed = timed + excluded.timed,
            response_ms = response_ms + excluded.response_ms;
    END;
    """,
)


@dataclass(frozen=True)
class Answer:
    """One answer, as logged.  ``try_number`` 0 is a click that used no try
    (outside the body); ``kind`` says which question kind asked it ("", "side",
    "typed")."""

    time: float
    mode: str
    view: str
    item: str
    question: str
    answer: str
    correct: bool
    answer_item: str | None = None
    side: str | None = None
    safety_mistake: bool = False
    mirror_mistake: bool = False
    response_ms: int | None = None
    try_number: int = 1
    hint: bool = False
    kind: str = ""

    @property
    def day(self) -> str:
        return datetime.fromtimestamp(self.time).date().isoformat()


_COLUMNS = (
    "time",
    "day",
    "mode",
    "view",
    "item",
    "question",
    "side",
    "answer",
    "answer_item",
    "correct",
    "safety_mistake",
    "mirror_mistake",
    "response_ms",
    "try",
    "hint",
    "kind",
)
_INSERT = f"INSERT INTO answers ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def _row(a: Answer) -> tuple[object, ...]:
    return (
        a.time,
        a.day,
        a.mode,
        a.view,
        a.item,
        a.question,
        a.side,
        a.answer,
        a.answer_item,
        int(a.correct),
        int(a.safety_mistake),
        int(a.mirror_mistake),
        a.response_ms,
        a.try_number,
        int(a.hint),
        a.kind,
    )


class LogUnreadable(Exception):
    """The database cannot be used as it is: the reason, for the warning."""


class AnswerLog:
    """``answers.sqlite3`` in ``directory``: append answers, read them for statistics."""

    def __init__(self, directory: str | Path, clock: Callable[[], float] = time.time) -> None:
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME
        self.clock = clock
        self.warning: str | None = None  # a moved-aside database, once
        self.problem: str | None = None  # why the last write failed, None once it works
        self.moved_to: Path | None = None
        self.pending: list[Answer] = []
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    # --- opening ---------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """The open connection (opening, migrating or replacing the file first)."""
        if self._db is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except LogUnreadable as exc:
                self._move_aside(str(exc))
                self._db = self._open()
        return self._db

    def open_quietly(self) -> None:
        """Open now (moving a bad file aside); a failure is kept in ``problem``."""
        try:
            self.connection()
        except (sqlite3.Error, OSError, LogUnreadable) as exc:
            self.problem = i18n.fill(
                ProgressFileText.tr("Your answer history could not be opened ({error})."),
                error=exc,
            )

    def _open(self) -> sqlite3.Connection:
        if os.path.lexists(self.path) and not is_regular(self.path):
            # a pipe, a device, a folder or a dangling link: SQLite would fail on
            # every answer; it is moved aside and a new history started
            raise LogUnreadable(ProgressFileText.tr("it is not a regular file"))
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 5000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LogUnreadable(
                    i18n.fill(
                        ProgressFileText.tr("it was written by a newer version (schema {schema})"),
                        schema=version,
                    )
                )
            if version:
                check = db.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise LogUnreadable(_damaged(check))
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                raise LogUnreadable(
                    ProgressFileText.tr("it could not be switched to write-ahead logging")
                )
            db.execute("PRAGMA synchronous = NORMAL")
            try:
                self._migrate(db, version)
            except sqlite3.OperationalError:
                # another window made or migrated the same new file a moment
                # ago (its tables exist now): that is no damage
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    raise
        except sqlite3.OperationalError:
            # locked or busy beyond the timeout, or the disk: the file itself is
            # fine, so it is never moved aside for this; the answer stays pending
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            db.close()
            raise LogUnreadable(
                i18n.fill(
                    ProgressFileText.tr("it is not a database this version can read ({error})"),
                    error=exc,
                )
            ) from None
        except LogUnreadable:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        script = "".join(MIGRATIONS[version:])
        try:
            db.executescript(
                f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _move_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(self.clock()))
        target = self.directory / f"answers.corrupt-{stamp}.sqlite3"
        n = 1
        while target.exists():
            target = self.directory / f"answers.corrupt-{stamp}-{n}.sqlite3"
            n += 1
        for suffix in ("", "-wal", "-shm"):
            src = self.path.with_name(self.path.name + suffix)
            if os.path.lexists(src):  # a dangling link too
                os.replace(src, target.with_name(target.name + suffix))
        self.moved_to = target
        self.warning = i18n.fill(
            ProgressFileText.tr(
                "Your answer history could not be read ({reason}). "
                "It was kept as {file} and a new one was started."
            ),
            reason=reason,
            file=target.name,
        )

    # --- writing ---------------------------------------------------------------
    def record(self, answer: Answer) -> bool:
        """Write one answer (and any kept from failed writes) in one transaction.

        True once written; False if it could not be, in which case it is kept
        in ``pending`` and ``problem`` says why.
        """
        with self._lock:
            self.pending.append(answer)
            try:
                try:
                    self._write_pending()
                except sqlite3.DatabaseError as exc:
                    if type(exc) is not sqlite3.DatabaseError:
                        raise  # a full disk or a lock: the file itself is fine
                    # damage found while writing: keep the file aside, start anew
                    self._replace(_damaged(exc))
                    self._write_pending()
            except (sqlite3.Error, OSError, LogUnreadable) as exc:
                self.problem = i18n.fill(
                    ProgressFileText.tr(
                        "An answer could not be saved to your history ({error}); "
                        "it is kept until it can be."
                    ),
                    error=exc,
                )
                return False
            self.pending.clear()
            self.problem = None
            return True

    def _write_pending(self) -> None:
        db = self.connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(_INSERT, [_row(a) for a in self.pending])
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _replace(self, reason: str) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self.directory.mkdir(parents=True, exist_ok=True)
        self._move_aside(reason)
        self._db = self._open()

    def count(self) -> int:
        return int(self.connection().execute("SELECT count(*) FROM answers").fetchone()[0])

    def answers(self) -> list[Answer]:
        """Every logged answer, oldest first (for tests and export; statistics use SQL)."""
        names = [f.name for f in fields(Answer)]
        cols = ["try" if n == "try_number" else n for n in names]
        rows = self.connection().execute(f"SELECT {', '.join(cols)} FROM answers ORDER BY id")
        out = []
        for row in rows:
            values = dict(zip(names, row, strict=True))
            for flag in ("correct", "safety_mistake", "mirror_mistake", "hint"):
                values[flag] = bool(values[flag])
            out.append(Answer(**values))  # type: ignore[arg-type]
        return out

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _damaged(error: object) -> str:
    """Why a history file cannot be used: SQLite's own words about the damage."""
    return i18n.fill(ProgressFileText.tr("SQLite found it damaged ({error})"), error=error)


__all__ = ["FILE_NAME", "MIGRATIONS", "SCHEMA_VERSION", "Answer", "AnswerLog", "ProgressFileText"]
