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

Times are Unix seconds.  Saving is atomic (``core.savefile.write_atomic``: a
unique temporary file beside ``progress.json``, flushed and fsynced, then
renamed over it), so killing the program mid-write leaves the last saved file
whole.

Two windows on one store: every save merges by item.  Under a lock
(``fcntl.flock`` on ``progress.lock``, which the system releases when a
process dies, so a lock is never stale) ``save`` re-reads the file, keeps the
items another window changed since this store last read or wrote it, keeps
its own changes, and for an item both changed adds both windows' attempts and
keeps the card of the later answer.  The merged record is written and also
becomes the progress in memory.  ``reset`` writes the empty record without
merging.  (The answer history, ``answers.sqlite3``, is one row per answer and
needs no merge.)

Loading never raises for a bad file.  Each item is checked on its own: one
with a bad value (a count that is not a whole number or is absurdly large, a
time before 1970 or after the year 3000, a number too long to read) is left
out and the warning says which; absurd stability or difficulty values are
brought into range.  The original file is then kept beside as
``progress.corrupt-<UTC timestamp>.json`` and the next save writes the good
items.  Only when nothing can be saved (not JSON, an unknown schema, no good
item) is the file moved aside and fresh progress started.  The file is read
with ``core.readfile.read_regular``: a pipe, a device or a file over
``MAX_BYTES`` is refused, never waited on.  ``export_csv`` writes one row per
item, atomically too.

``default_data_dir`` is the window's data folder (``core.paths.user_data_dir``),
so ``ProgressStore()`` and the window use the same file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from massage_trainer.core import i18n, paths
from massage_trainer.core.quiz.answerlog import AnswerLog, ProgressFileText
from massage_trainer.core.quiz.schedule import (
    BOXES,
    DEFAULT_SCHEDULE,
    Grade,
    ItemProgress,
    Schedule,
    card_from_leitner,
)
from massage_trainer.core.readfile import ReadError, read_regular
from massage_trainer.core.savefile import write_atomic
from massage_trainer.core.zones import ZoneSet

SCHEMA = 2
OLD_SCHEMAS = (1,)  # migrated on load
FILE_NAME = "progress.json"
LOCK_NAME = "progress.lock"
#: The largest progress file read (a few thousand items take a megabyte or two).
MAX_BYTES = 32 * 1024 * 1024
#: Counts above this are not a learner's: the item is left out.
MAX_COUNT = 10**9
#: Times outside 1970 to the year 3000 are not a learner's either.
MAX_TIME = 32_503_680_000.0
#: FSRS keeps stability (days) and difficulty within these; values outside are
#: brought back into range.
STABILITY_RANGE = (0.001, 36_500.0)
DIFFICULTY_RANGE = (1.0, 10.0)
BACKUP_NAME = "progress.schema{schema}-backup.json"
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
    """Where progress lives by default: the window's data folder
    (``core.paths.user_data_dir``, the same place as Qt's AppDataLocation)."""
    return paths.user_data_dir()


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
    def from_json(cls, data: Any, problems: list[str] | None = None) -> Progress:
        """Read what ``to_json`` wrote; raises ``ProgressFormatError`` saying what is wrong.

        With ``problems`` (a list), an item that is wrong is left out and the
        reason added to the list instead; the file as a whole must still be
        right, and at least one item good if there were any.
        """
        if not isinstance(data, dict):
            raise ProgressFormatError("the file does not hold a JSON object")
        schema = data.get("schema")
        if isinstance(schema, bool):  # true == 1 in Python, but not a schema number
            raise ProgressFormatError(f"unknown schema {schema!r}")
        if schema != SCHEMA and schema not in OLD_SCHEMAS:
            if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA:
                raise ProgressFormatError(
                    i18n.fill(
                        ProgressFileText.tr("it was written by a newer version (schema {schema})"),
                        schema=schema,
                    )
                )
            raise ProgressFormatError(f"unknown schema {schema!r}")
        if set(data) != {"schema", "items"} or not isinstance(data["items"], dict):
            raise ProgressFormatError("expected exactly the keys 'schema' and 'items'")
        items = {}
        first: ProgressFormatError | None = None
        for key, value in data["items"].items():
            try:
                items[key] = _item_from_json(key, value, schema)
            except ProgressFormatError as exc:
                if problems is None:
                    raise
                first = first or exc
                problems.append(str(exc))
        if first is not None and not items:
            raise first  # nothing can be kept
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
    if ints["attempts"] > MAX_COUNT:
        raise ProgressFormatError(f"item {key!r}: the count of attempts is far too large")
    times = [value["last_seen"], value["next_due"]]
    if not all(
        isinstance(t, (int, float)) and not isinstance(t, bool) and math.isfinite(t) for t in times
    ):
        raise ProgressFormatError(f"item {key!r}: times must be numbers")
    if not all(0 <= t <= MAX_TIME for t in times):
        raise ProgressFormatError(f"item {key!r}: a time is before 1970 or after the year 3000")
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
    # absurd but readable numbers are brought into the range FSRS keeps them in
    item.stability = min(max(float(stability), STABILITY_RANGE[0]), STABILITY_RANGE[1])
    item.difficulty = min(max(float(difficulty), DIFFICULTY_RANGE[0]), DIFFICULTY_RANGE[1])
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
    kept_copy: Path | None = None  # a copy of a file some of whose items were left out
    left_out: list[str] = field(default_factory=list)  # why, one reason per item


def _parse_int(text: str) -> int | float:
    # Python refuses to turn a number of thousands of digits into an int (a
    # ValueError); such a count is absurd anyway: it reads as infinite, which
    # the item checks refuse
    if len(text.lstrip("-")) > 18:
        return math.inf
    return int(text)


def _decode(raw: bytes) -> Any:
    """The JSON in ``raw``; raises ``ValueError`` (or ``RecursionError``)."""
    return json.loads(raw.decode("utf-8"), parse_int=_parse_int)


def _copy_items(items: dict[str, ItemProgress]) -> dict[str, ItemProgress]:
    return {key: replace(item) for key, item in items.items()}


def merge_items(
    base: dict[str, ItemProgress],
    ours: dict[str, ItemProgress],
    theirs: dict[str, ItemProgress],
) -> dict[str, ItemProgress]:
    """Merge two windows' progress by item: ``base`` is what both last agreed
    on (this store's last read or write), ``ours`` the progress in memory,
    ``theirs`` the file as it is now.

    An item only one side changed takes that side's version (a removal
    counts as a change); an item both changed keeps the card of the later
    answer and the attempts of both.
    """
    merged: dict[str, ItemProgress] = {}
    for key in ours.keys() | theirs.keys():
        was, mine, other = base.get(key), ours.get(key), theirs.get(key)
        if other == was:
            chosen = mine
        elif mine == was:
            chosen = other
        elif mine is None or other is None:
            chosen = mine or other  # one forgot it, the other answered: keep the answer
        else:
            chosen = _both_changed(was, mine, other)
        if chosen is not None:
            merged[key] = chosen
    return merged


def _both_changed(
    was: ItemProgress | None, mine: ItemProgress, other: ItemProgress
) -> ItemProgress:
    later = mine if mine.last_seen >= other.last_seen else other
    attempts = mine.attempts + other.attempts - (was.attempts if was else 0)
    right = mine.first_try_right + other.first_try_right - (was.first_try_right if was else 0)
    attempts = max(attempts, mine.attempts, other.attempts)
    right = min(max(right, 0), attempts)
    return replace(later, attempts=attempts, first_try_right=right)


class ProgressStore:
    """``progress.json`` in one directory: load, atomic save, reset."""

    def __init__(
        self, directory: str | Path | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.directory = Path(directory) if directory is not None else default_data_dir()
        self.path = self.directory / FILE_NAME
        self.clock = clock
        self._log: AnswerLog | None = None
        # the items as this store last read or wrote them: what a save merges against
        self._base: dict[str, ItemProgress] = {}

    @property
    def answer_log(self) -> AnswerLog:
        """The answer history beside the progress (the file is made on the first answer)."""
        if self._log is None:
            self._log = AnswerLog(self.directory, clock=self.clock)
        return self._log

    @property
    def temp_path(self) -> Path:
        """The fixed temporary name older versions used; a leftover is ignored
        (saves now use a unique temporary name each)."""
        return self.path.with_name(self.path.name + ".tmp")

    @property
    def lock_path(self) -> Path:
        return self.directory / LOCK_NAME

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the store's lock (POSIX ``flock``: released by the system
        when the process ends, however it ends).  Where there is no such lock,
        or the lock file cannot be made, saving goes on without it."""
        try:
            import fcntl
        except ImportError:  # Windows: no lock; a save still never tears a file
            yield
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.lock_path, flags, 0o644)
        except OSError:
            yield  # a read-only folder: the save that follows fails and says so
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

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
        self._base = {}
        if not os.path.lexists(self.path):
            return LoadResult(Progress())
        try:
            raw = read_regular(self.path, MAX_BYTES)
        except ReadError as exc:  # a pipe, a device, too large: kept aside, not replaced
            return self._move_aside(str(exc))
        problems: list[str] = []
        try:
            data = _decode(raw)
            progress = Progress.from_json(data, problems)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError, JSONDecodeError
            if isinstance(exc, ProgressFormatError):
                reason = str(exc)
            else:
                reason = ProgressFileText.tr("it is not valid JSON")
        else:
            if data["schema"] != SCHEMA:
                result = self._migrated(progress, raw, data["schema"])
            else:
                result = LoadResult(progress)
                self._base = _copy_items(progress.items)
            if problems:
                self._left_out(result, raw, problems)
            return result
        return self._move_aside(reason)

    def _left_out(self, result: LoadResult, raw: bytes, problems: list[str]) -> None:
        """Keep a copy of a file some of whose items were left out, and say so."""
        count = len(problems)
        try:
            copy = self._corrupt_name()
            write_atomic(copy, raw)
        except OSError:
            copy = None
        if count == 1:
            note = ProgressFileText.tr(
                "1 item of your saved progress could not be read and was left out ({problem})."
            )
        else:
            note = ProgressFileText.tr(
                "%n items of your saved progress could not be read and were left out "
                "({problem}; and more).",
                "two or more items",
                count,
            )
        note = i18n.fill(note, problem=problems[0])
        if copy:
            note += " " + i18n.fill(
                ProgressFileText.tr("The file as it was is kept as {file}."), file=copy.name
            )
        note += " " + ProgressFileText.tr("The rest is kept.")
        result.kept_copy = copy
        result.left_out = problems
        result.warning = f"{result.warning} {note}" if result.warning else note

    def _corrupt_name(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(self.clock()))
        target = self.directory / f"progress.corrupt-{stamp}.json"
        n = 1
        while os.path.lexists(target):
            target = self.directory / f"progress.corrupt-{stamp}-{n}.json"
            n += 1
        return target

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
                i18n.fill(
                    ProgressFileText.tr(
                        "Your progress was updated to the new format but could not be saved "
                        "({error}); the old file is unchanged."
                    ),
                    error=exc.strerror or exc,
                ),
            )
        return LoadResult(progress, backup=backup)

    def _move_aside(self, reason: str) -> LoadResult:
        target = self._corrupt_name()
        try:
            os.replace(self.path, target)
        except OSError as exc:
            return LoadResult(
                Progress(),
                i18n.fill(
                    ProgressFileText.tr(
                        "Your saved progress could not be read ({reason}) "
                        "nor moved aside ({error}); starting afresh. Saving will replace it."
                    ),
                    reason=reason,
                    error=exc.strerror or exc,
                ),
            )
        return LoadResult(
            Progress(),
            i18n.fill(
                ProgressFileText.tr(
                    "Your saved progress could not be read ({reason}). "
                    "It was kept as {file} and a fresh record was started."
                ),
                reason=reason,
                file=target.name,
            ),
            moved_to=target,
        )

    def save(self, progress: Progress, *, merge: bool = True) -> None:
        """Write atomically, merged by item with what another window saved
        meanwhile (see the module notes); ``progress`` then holds the merged
        record.  Raises OSError (with the old file intact) if it cannot."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._locked():
            items = progress.items
            if merge:
                theirs = self._read_for_merge()
                if theirs is not None:
                    items = merge_items(self._base, progress.items, theirs)
            record = Progress(items)
            data = json.dumps(record.to_json(), indent=1, sort_keys=True).encode("utf-8")
            write_atomic(self.path, data)
        if items is not progress.items:  # the other window's items join this one's
            for key in progress.items.keys() - items.keys():
                del progress.items[key]
            for key, item in items.items():
                if progress.items.get(key) != item:
                    progress.items[key] = item
        self._base = _copy_items(progress.items)

    def _read_for_merge(self) -> dict[str, ItemProgress] | None:
        """The items in the file now, or None when there is nothing to merge
        with (no file, or one that cannot be read: this save replaces it)."""
        try:
            raw = read_regular(self.path, MAX_BYTES)
            data = _decode(raw)
            if data.get("schema") != SCHEMA:
                return None
            return Progress.from_json(data, []).items
        except (OSError, ValueError, RecursionError, AttributeError):
            return None

    def reset(self, progress: Progress | None = None) -> Progress:
        """Forget all progress: empties ``progress`` in place (so an engine holding
        it sees the change), saves the empty record (no merge: every window's
        items are forgotten) and returns it."""
        fresh = progress if progress is not None else Progress()
        fresh.clear()
        self.save(fresh, merge=False)
        return fresh


def _date(t: float) -> str:
    # the loader keeps times within 1970 to 3000; progress made in code may
    # hold anything, and a date that cannot be written is left empty
    try:
        return datetime.fromtimestamp(t).date().isoformat()
    except (ValueError, OverflowError, OSError, TypeError):
        return ""


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
    "LOCK_NAME",
    "MAX_BYTES",
    "SCHEMA",
    "LoadResult",
    "Progress",
    "ProgressFormatError",
    "ProgressStore",
    "default_data_dir",
    "export_csv",
    "item_key",
    "merge_items",
]
