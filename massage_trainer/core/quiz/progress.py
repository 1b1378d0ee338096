"""Lasting progress: the in-memory record and the file it is kept in (no Qt).

``Progress`` holds one ``ItemProgress`` per "<view>/<mode>/<kind>" (attempts,
right at the first try, mastery level, last seen, next due, and the FSRS card:
stability, difficulty, state, step).  ``ProgressStore`` keeps it as
``progress.json`` in a data directory:

    {"schema": 2, "items": {"back/find/kidney": {"attempts": 3, "first_try_right": 2,
                            "box": 3, "last_seen": 1714557600.0, "next_due": 1714816800.0,
                            "stability": 3.2, "difficulty": 4.1, "state": 2, "step": null}}}

A file of schema 1 (the Leitner boxes) is migrated when loaded: its items get
their FSRS state by ``schedule.card_from_leitner`` (nothing is lost), the old
file is kept beside as ``progress.schema1-backup.json`` and the migrated one is
saved in its place.  ``docs/progress-format.md`` describes both.

Times are Unix seconds.  Saving is atomic: the data goes to
``progress.json.tmp`` in the same directory, is flushed and fsynced, then
renamed over ``progress.json`` (and the directory fsynced where the system
allows), so killing the program mid-write leaves the last saved file whole.
A file that cannot be read, or has an unknown schema, is renamed to
``progress.corrupt-<UTC timestamp>.json``; ``load`` then returns fresh progress
and a warning for the UI to show.  ``export_csv`` writes one row per item,
atomically too.

The UI passes Qt's AppDataLocation as the directory; ``default_data_dir`` is the
same place worked out without Qt, for the command line and tests.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from massage_trainer.core.quiz.answerlog import AnswerLog
from massage_trainer.core.quiz.schedule import (
    BOXES,
    DEFAULT_SCHEDULE,
    Grade,
    ItemProgress,
    Schedule,
    card_from_leitner,
)
from massage_trainer.core.savefile import write_atomic
from massage_trainer.core.zones import ZoneSet

SCHEMA = 2
OLD_SCHEMAS = (1,)  # migrated on load
FILE_NAME = "progress.json"
BACKUP_NAME = "progress.schema{schema}-backup.json"
APP_DIR = "massage-trainer"
CSV_COLUMNS = (
    "view",
    "kind",
    "name",
    "mode",
    "attempts",
    "first_try_right",
    "last_seen",
    "next_due",
    "box",
)
_ITEM_FIELDS_V1 = ("attempts", "first_try_right", "box", "last_seen", "next_due")
_ITEM_FIELDS = (*_ITEM_FIELDS_V1, "stability", "difficulty", "state", "step")


class ProgressFormatError(ValueError):
    """A progress file's contents are not progress this version understands."""


def default_data_dir() -> Path:
    """Where progress lives by default, per platform (no Qt, no platformdirs)."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(base) / APP_DIR
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_DIR


def item_key(view: str, mode: str, kind: str) -> str:
    return f"{view}/{mode}/{kind}"


class Progress:
    """Every item's progress, keyed "<view>/<mode>/<kind>"."""

    def __init__(
        self, items: dict[str, ItemProgress] | None = None, log: AnswerLog | None = None
    ) -> None:
        self.items: dict[str, ItemProgress] = dict(items or {})
        self.log = log  # where an engine on this progress logs answers; not saved

    def get(self, view: str, mode: str, kind: str) -> ItemProgress | None:
        return self.items.get(item_key(view, mode, kind))

    def record(
        self,
        view: str,
        mode: str,
        kind: str,
        right: bool,
        now: float,
        *,
        hint: bool = False,
        schedule: Schedule | None = None,
    ) -> ItemProgress:
        """Count one finished question; ``right`` means right at the first try
        (with ``hint``: right after taking the hint, graded Hard)."""
        key = item_key(view, mode, kind)
        grade = Grade.AGAIN if not right else Grade.HARD if hint else Grade.GOOD
        item = (schedule or DEFAULT_SCHEDULE).update(self.items.get(key), grade, now)
        self.items[key] = item
        return item

    def clear(self) -> None:
        self.items.clear()

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[tuple[str, ItemProgress]]:
        return iter(sorted(self.items.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Progress) and self.items == other.items

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "items": {
                key: asdict(item if item.state else card_from_leitner(item))
                for key, item in sorted(self.items.items())
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> Progress:
        """Read what ``to_json`` wrote; raises ``ProgressFormatError`` saying what is wrong."""
        if not isinstance(data, dict):
            raise ProgressFormatError("the file does not hold a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA and schema not in OLD_SCHEMAS:
            if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA:
                raise ProgressFormatError(f"it was written by a newer version (schema {schema})")
            raise ProgressFormatError(f"unknown schema {schema!r}")
        if set(data) != {"schema", "items"} or not isinstance(data["items"], dict):
            raise ProgressFormatError("expected exactly the keys 'schema' and 'items'")
        items = {}
        for key, value in data["items"].items():
            items[key] = _item_from_json(key, value, schema)
        return cls(items)


def _item_from_json(key: Any, value: Any, schema: int = SCHEMA) -> ItemProgress:
    if not isinstance(key, str) or key.count("/") != 2 or not all(key.split("/")):
        raise ProgressFormatError(f"item key {key!r} is not '<view>/<mode>/<kind>'")
    fields = _ITEM_FIELDS if schema == SCHEMA else _ITEM_FIELDS_V1
    if not isinstance(value, dict) or set(value) != set(fields):
        raise ProgressFormatError(f"item {key!r} needs exactly {', '.join(fields)}")
    ints = {f: value[f] for f in ("attempts", "first_try_right", "box")}
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in ints.values()):
        raise ProgressFormatError(f"item {key!r}: counts and box must be whole numbers")
    if not 1 <= ints["box"] <= BOXES or ints["first_try_right"] > ints["attempts"]:
        raise ProgressFormatError(f"item {key!r}: box or counts out of range")
    times = [value["last_seen"], value["next_due"]]
    if not all(
        isinstance(t, (int, float)) and not isinstance(t, bool) and math.isfinite(t) for t in times
    ):
        raise ProgressFormatError(f"item {key!r}: times must be numbers")
    item = ItemProgress(
        attempts=ints["attempts"],
        first_try_right=ints["first_try_right"],
        box=ints["box"],
        last_seen=float(times[0]),
        next_due=float(times[1]),
    )
    if schema != SCHEMA:
        return card_from_leitner(item)
    return _card_fields(key, value, item)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _card_fields(key: str, value: dict[str, Any], item: ItemProgress) -> ItemProgress:
    stability, difficulty, state, step = (
        value["stability"],
        value["difficulty"],
        value["state"],
        value["step"],
    )
    if not (_number(stability) and stability > 0 and _number(difficulty)):
        raise ProgressFormatError(f"item {key!r}: stability and difficulty must be numbers")
    if state not in (1, 2, 3) or isinstance(state, bool):
        raise ProgressFormatError(f"item {key!r}: state must be 1, 2 or 3")
    if step is not None and not (
        isinstance(step, int) and not isinstance(step, bool) and step >= 0
    ):
        raise ProgressFormatError(f"item {key!r}: step must be a whole number or null")
    item.stability = float(stability)
    item.difficulty = float(difficulty)
    item.state = state
    item.step = step
    return item


@dataclass
class LoadResult:
    """What ``ProgressStore.load`` found: progress, and a warning for the UI or None."""

    progress: Progress
    warning: str | None = None
    moved_to: Path | None = None  # where an unreadable file was moved
    backup: Path | None = None  # where an old-schema file was kept when it was migrated


class ProgressStore:
    """``progress.json`` in one directory: load, atomic save, reset."""

    def __init__(
        self, directory: str | Path | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.directory = Path(directory) if directory is not None else default_data_dir()
        self.path = self.directory / FILE_NAME
        self.clock = clock
        self._log: AnswerLog | None = None

    @property
    def answer_log(self) -> AnswerLog:
        """The answer history beside the progress (the file is made on the first answer)."""
        if self._log is None:
            self._log = AnswerLog(self.directory, clock=self.clock)
        return self._log

    @property
    def temp_path(self) -> Path:
        return self.path.with_name(self.path.name + ".tmp")

    def load(self) -> LoadResult:
        """The saved progress; fresh progress if there is none.

        Never raises for a bad file: it is moved aside and the warning says where.
        The progress carries this store's ``answer_log``, which an engine made on
        it writes every answer to.
        """
        result = self._load()
        log = self.answer_log
        result.progress.log = log
        if log.path.exists():  # check the history now, so its warning shows at start-up
            log.open_quietly()
            if log.warning and not result.warning:
                result.warning = log.warning
            elif log.warning:
                result.warning = f"{result.warning} {log.warning}"
        return result

    def _load(self) -> LoadResult:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return LoadResult(Progress())
        except OSError as exc:
            return LoadResult(
                Progress(),
                f"Your saved progress could not be read "
                f"({exc.strerror or exc}); this session starts afresh.",
            )
        try:
            data = json.loads(raw.decode("utf-8"))
            progress = Progress.from_json(data)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            reason = "it is not valid JSON"
        except ProgressFormatError as exc:
            reason = str(exc)
        else:
            if data["schema"] != SCHEMA:
                return self._migrated(progress, raw, data["schema"])
            return LoadResult(progress)
        return self._move_aside(reason)

    def _migrated(self, progress: Progress, raw: bytes, schema: int) -> LoadResult:
        """Keep the old file beside as a backup, then save the migrated progress."""
        backup = self.directory / BACKUP_NAME.format(schema=schema)
        try:
            if not backup.exists():
                write_atomic(backup, raw)
            self.save(progress)
        except OSError as exc:
            return LoadResult(
                progress,
                f"Your progress was updated to the new format but could not be saved "
                f"({exc.strerror or exc}); the old file is unchanged.",
            )
        return LoadResult(progress, backup=backup)

    def _move_aside(self, reason: str) -> LoadResult:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(self.clock()))
        target = self.directory / f"progress.corrupt-{stamp}.json"
        n = 1
        while target.exists():
            target = self.directory / f"progress.corrupt-{stamp}-{n}.json"
            n += 1
        try:
            os.replace(self.path, target)
        except OSError as exc:
            return LoadResult(
                Progress(),
                f"Your saved progress could not be read ({reason}) "
                f"nor moved aside ({exc.strerror or exc}); starting afresh. "
                "Saving will replace it.",
            )
        return LoadResult(
            Progress(),
            f"Your saved progress could not be read ({reason}). "
            f"It was kept as {target.name} and a fresh record was started.",
            moved_to=target,
        )

    def save(self, progress: Progress) -> None:
        """Write atomically; raises OSError (with the old file intact) if it cannot."""
        data = json.dumps(progress.to_json(), indent=1, sort_keys=True).encode("utf-8")
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, data)

    def reset(self, progress: Progress | None = None) -> Progress:
        """Forget all progress: empties ``progress`` in place (so an engine holding
        it sees the change), saves the empty record and returns it."""
        fresh = progress if progress is not None else Progress()
        fresh.clear()
        self.save(fresh)
        return fresh


def _date(t: float) -> str:
    return datetime.fromtimestamp(t).date().isoformat()


def export_csv(
    progress: Progress, out: str | Path | IO[str], zone_set: ZoneSet | None = None
) -> None:
    """One row per item (``CSV_COLUMNS``), dates as local ISO dates (YYYY-MM-DD).

    Names come from ``zone_set`` where it has the kind (and the view matches),
    else the kind id stands in.
    """
    names: dict[str, str] = {}
    if zone_set is not None:
        names = {kind: zones[0].name for kind, zones in zone_set.kinds().items()}
    if isinstance(out, (str, Path)):
        # whole or not at all: a failing write leaves an earlier export as it was
        text = io.StringIO(newline="")
        _write_rows(progress, text, names, zone_set.view if zone_set else None)
        write_atomic(Path(out), text.getvalue().encode("utf-8"))
    else:
        _write_rows(progress, out, names, zone_set.view if zone_set else None)


def _write_rows(
    progress: Progress, f: IO[str], names: dict[str, str], view_of_names: str | None
) -> None:
    writer = csv.writer(f)
    writer.writerow(CSV_COLUMNS)
    for key, item in progress:
        view, mode, kind = key.split("/")
        name = names.get(kind, kind) if view == view_of_names else kind
        writer.writerow(
            [
                view,
                kind,
                name,
                mode,
                item.attempts,
                item.first_try_right,
                _date(item.last_seen),
                _date(item.next_due),
                item.box,
            ]
        )


__all__ = [
    "BACKUP_NAME",
    "CSV_COLUMNS",
    "FILE_NAME",
    "SCHEMA",
    "LoadResult",
    "Progress",
    "ProgressFormatError",
    "ProgressStore",
    "default_data_dir",
    "export_csv",
    "item_key",
]
