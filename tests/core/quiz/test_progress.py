"""The progress store: round trip, corrupt files, interrupted writes, CSV, reset."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from massage_trainer.core.quiz import Progress, ProgressStore, default_data_dir, export_csv
from massage_trainer.core.quiz.progress import CSV_COLUMNS, SCHEMA
from massage_trainer.core.quiz.schedule import DAY
from tests.core.quiz.conftest import START


def sample_progress() -> Progress:
    progress = Progress()
    for i, kind in enumerate(("kidney", "spine", "scapula")):
        for n in range(i + 1):
            progress.record("back", "find", kind, right=n % 2 == 0, now=START + n * DAY)
    progress.record("back", "safety", "kidney", right=False, now=START + 0.25)
    return progress


@pytest.fixture
def store(tmp_path, clock) -> ProgressStore:
    return ProgressStore(tmp_path / "data", clock=clock)


def test_round_trip(store):
    progress = sample_progress()
    store.save(progress)
    loaded = store.load()
    assert loaded.warning is None
    assert loaded.progress == progress
    assert loaded.progress.get("back", "find", "spine").attempts == 2
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA == 2
    assert set(data["items"]) == {
        "back/find/kidney",
        "back/find/spine",
        "back/find/scapula",
        "back/safety/kidney",
    }
    assert not list(store.directory.glob(".progress.json.*.tmp"))  # no temporary file left


def test_no_file_is_fresh_progress_without_warning(store):
    loaded = store.load()
    assert len(loaded.progress) == 0 and loaded.warning is None
    assert not store.directory.exists()  # loading creates nothing


def test_save_creates_the_directory(tmp_path):
    store = ProgressStore(tmp_path / "a" / "b")
    store.save(sample_progress())
    assert store.path.is_file()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\xff garbage", "not valid JSON"),
        (b'{"schema": 1, "items": {"back/find/kidney": {"attempts": 1', "not valid JSON"),
        (b"[1, 2, 3]", "JSON object"),
        (b'{"schema": 3, "items": {}}', "newer version"),
        (b'{"items": {}}', "unknown schema"),
        (b'{"schema": 1, "items": {"kidney": {}}}', "<view>/<mode>/<kind>"),
        (
            b'{"schema": 1, "items": {"back/find/kidney": {"attempts": "x", "first_try_right": 0,'
            b' "box": 1, "last_seen": 0, "next_due": 0}}}',
            "whole numbers",
        ),
        (
            b'{"schema": 1, "items": {"back/find/kidney": {"attempts": 1, "first_try_right": 0,'
            b' "box": 9, "last_seen": 0, "next_due": 0}}}',
            "out of range",
        ),
    ],
)
def test_a_corrupt_or_unknown_file_is_moved_aside(store, clock, content, reason):
    store.directory.mkdir(parents=True)
    store.path.write_bytes(content)
    loaded = store.load()
    assert len(loaded.progress) == 0
    assert loaded.warning is not None and reason in loaded.warning
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(clock.now))
    moved = store.directory / f"progress.corrupt-{stamp}.json"
    assert loaded.moved_to == moved and moved.name in loaded.warning
    assert moved.read_bytes() == content  # kept as it was, for a bug report
    assert not store.path.exists()
    # the program carries on: the next save and load work
    store.save(sample_progress())
    assert store.load() == type(loaded)(sample_progress())


def test_moving_aside_twice_in_one_second_keeps_both(store):
    store.directory.mkdir(parents=True)
    for content in (b"one", b"two"):
        store.path.write_bytes(content)
        assert store.load().warning
    kept = sorted(p.read_bytes() for p in store.directory.glob("progress.corrupt-*.json"))
    assert kept == [b"one", b"two"]


def test_a_valid_file_is_not_touched_by_loading(store):
    store.save(sample_progress())
    before = store.path.read_bytes()
    store.load()
    assert store.path.read_bytes() == before
    # the lock file that saves take is the only other file
    assert sorted(store.directory.iterdir()) == [store.path, store.lock_path]


# --- interrupted writes --------------------------------------------------------------
def test_a_failing_rename_leaves_the_previous_file_intact(store, monkeypatch):
    old = sample_progress()
    store.save(old)
    before = store.path.read_bytes()
    newer = sample_progress()
    newer.record("back", "find", "hand", right=True, now=START + 9 * DAY)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save(newer)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert not list(
        store.directory.glob(".progress.json.*.tmp")
    )  # no temporary file left  # no half-written leftovers
    loaded = store.load()
    assert loaded.warning is None and loaded.progress == old


def test_a_write_cut_off_part_way_leaves_the_previous_file_intact(store, monkeypatch):
    old = sample_progress()
    store.save(old)
    real_open = open

    class CutOff:
        """A file whose write stops after 20 bytes, as if the program died."""

        def __init__(self, path, mode):
            self.f = real_open(path, mode)

        def write(self, data):
            self.f.write(data[:20])
            self.f.flush()
            raise KeyboardInterrupt  # not an OSError: the write must still be undone

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr(
        "builtins.open",
        lambda path, mode="r", *a, **k: (
            CutOff(path, mode) if str(path).endswith(".tmp") else real_open(path, mode, *a, **k)
        ),
    )
    newer = Progress()
    newer.record("back", "find", "hand", right=True, now=START)
    with pytest.raises(KeyboardInterrupt):
        store.save(newer)
    monkeypatch.undo()
    loaded = store.load()
    assert loaded.warning is None and loaded.progress == old


def test_a_temp_file_left_by_a_crash_is_ignored(store):
    old = sample_progress()
    store.save(old)
    store.temp_path.write_bytes(b'{"schema": 1, "items": {"back/fi')  # the crash's leftover
    loaded = store.load()
    assert loaded.warning is None and loaded.progress == old
    store.save(Progress())  # and the next save goes through
    assert len(store.load().progress) == 0


KILLED_WRITER = textwrap.dedent("""
    import sys
    from massage_trainer.core.quiz.progress import Progress, ProgressStore
    store = ProgressStore(sys.argv[1])
    progress = Progress()
    i = 0
    while True:
        i += 1
        progress.record("back", "find", f"kind{i % 400}", i % 3 == 0, float(i))
        store.save(progress)
        if i == 1:
            print("saved", flush=True)
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killing_the_program_mid_write_loses_nothing_saved(tmp_path):
    """Kill a process that saves in a loop at random moments: every time the
    file on disk is one complete snapshot (each record adds one attempt and
    the newest last_seen is the record's number, so the two must agree)."""
    for delay in (0.05, 0.13, 0.31):
        # a folder each: a save merges with what is there, and this writer
        # starts afresh without loading
        folder = tmp_path / f"run{delay}"
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED_WRITER, str(folder)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "saved"
            time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        loaded = ProgressStore(folder).load()
        assert loaded.warning is None
        items = loaded.progress.items.values()
        newest = max(item.last_seen for item in items)
        assert sum(item.attempts for item in items) == int(newest) >= 1


# --- reset, CSV, where ---------------------------------------------------------------
def test_reset_forgets_everything_and_persists(store):
    progress = sample_progress()
    store.save(progress)
    fresh = store.reset(progress)
    assert fresh is progress and len(progress) == 0  # emptied in place, for the engine
    assert len(store.load().progress) == 0 and store.load().warning is None
    assert len(store.reset()) == 0


def test_export_csv(zone_set, tmp_path):
    progress = Progress()
    noon = datetime(2024, 5, 1, 12, 0).timestamp()  # local noon: the date is the same anywhere
    progress.record("back", "find", "kidney", right=True, now=noon)
    progress.record("back", "find", "kidney", right=False, now=noon + DAY)
    progress.record("back", "technique", "gluteal", right=True, now=noon)
    progress.record("front", "find", "kidney", right=True, now=noon)  # another view
    out = tmp_path / "progress.csv"
    export_csv(progress, out, zone_set)
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_key = {(r[0], r[3], r[1]): r for r in rows[1:]}
    assert len(by_key) == 3 == len(rows) - 1
    assert by_key[("back", "find", "kidney")] == [
        "back",
        "kidney",
        "Kidney area",
        "find",
        "2",
        "1",
        "2024-05-02",
        "2024-05-02",
        "1",
    ]
    assert by_key[("back", "technique", "gluteal")][2] == "Buttock"
    assert by_key[("back", "technique", "gluteal")][6:] == ["2024-05-01", "2024-05-03", "2"]
    assert by_key[("front", "find", "kidney")][2] == "kidney"  # unknown view: the id
    text = io.StringIO()
    export_csv(progress, text)
    assert text.getvalue().splitlines()[1].startswith("back,kidney,kidney,find,2,1,")


def test_a_failing_csv_export_leaves_the_previous_one_intact(zone_set, tmp_path, monkeypatch):
    out = tmp_path / "progress.csv"
    export_csv(sample_progress(), out, zone_set)
    before = out.read_bytes()
    real_open = open

    class DiskFull:
        """A file that opens (truncating it) but cannot be written."""

        def __init__(self, path, mode, *args, **kwargs):
            self.f = real_open(path, mode, *args, **kwargs)

        def write(self, data):
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr(
        "builtins.open",
        lambda path, mode="r", *a, **k: (
            DiskFull(path, mode, *a, **k)
            if Path(path).parent == tmp_path
            else real_open(path, mode, *a, **k)
        ),
    )
    newer = sample_progress()
    newer.record("back", "find", "hand", right=True, now=START + 9 * DAY)
    with pytest.raises(OSError, match=r"(?i)no space left"):
        export_csv(newer, out, zone_set)
    monkeypatch.undo()
    assert out.read_bytes() == before
    assert list(tmp_path.iterdir()) == [out]  # no half-written leftovers


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"XDG_DATA_HOME": "/x/data"}, Path("/x/data/Massage Trainer/Massage Trainer")),
        ("linux", {}, Path("HOME/.local/share/Massage Trainer/Massage Trainer")),
        ("win32", {"APPDATA": "/appdata"}, Path("/appdata/Massage Trainer/Massage Trainer")),
        ("darwin", {}, Path("HOME/Library/Application Support/Massage Trainer/Massage Trainer")),
    ],
)
def test_default_data_dir(monkeypatch, platform, env, expected):
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("HOME")))
    for name in ("XDG_DATA_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_data_dir() == expected
