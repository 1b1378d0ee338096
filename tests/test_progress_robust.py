"""Progress that is never lost: forged numbers, two windows on one store,
kills in the middle of answering, and the one data folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from massage_trainer.core import paths
from massage_trainer.core.quiz import Progress, ProgressStore, export_csv
from massage_trainer.core.quiz.answerlog import AnswerLog
from massage_trainer.core.quiz.progress import MAX_TIME, merge_items
from massage_trainer.core.quiz.schedule import ItemProgress

DAY = 86400.0
START = 1_714_557_600.0


def item(**changes) -> dict:
    fields = {
        "attempts": 3,
        "first_try_right": 2,
        "box": 2,
        "last_seen": START,
        "next_due": START + DAY,
        "stability": 3.2,
        "difficulty": 4.1,
        "state": 2,
        "step": None,
    }
    fields.update(changes)
    return fields


def write_items(store: ProgressStore, raw_items: str) -> None:
    store.directory.mkdir(parents=True, exist_ok=True)
    store.path.write_text('{"schema": 2, "items": {' + raw_items + "}}", encoding="utf-8")


GOOD = '"back/find/spine": ' + json.dumps(item())


@pytest.fixture
def no_hang():
    """A test that would wait for ever fails after ten seconds instead (POSIX)."""

    def late(signum, frame):
        raise TimeoutError("this waited for more than ten seconds")

    old = signal.signal(signal.SIGALRM, late)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def store(tmp_path) -> ProgressStore:
    return ProgressStore(tmp_path / "data", clock=lambda: START)


# --- forged numbers --------------------------------------------------------------------
FORGED = {  # the field and the text written for it
    "a 5000-digit count": ("attempts", "9" * 5000),
    "a negative count": ("attempts", "-1"),
    "a count of ten billion": ("attempts", "10000000000"),
    "a time in the year 10000": ("last_seen", "253402300800.0"),
    "a due date in the year 100000": ("next_due", "3.1e12"),
    "a time before 1970": ("last_seen", "-1e9"),
    "an infinite time": ("next_due", "1e999"),
    "NaN": ("last_seen", "NaN"),
    "a 400-digit float": ("last_seen", "1" + "0" * 400 + ".5"),
    "a 5000-digit step": ("step", "7" * 5000),
}


def forged(case: str) -> str:
    field, raw = FORGED[case]
    fields = item()
    text = json.dumps(fields)
    old = f'"{field}": {json.dumps(fields[field])}'
    assert old in text
    return text.replace(old, f'"{field}": {raw}')


@pytest.mark.parametrize("case", list(FORGED), ids=list(FORGED))
def test_a_forged_item_is_left_out_and_the_rest_kept(store, case):
    write_items(store, GOOD + ', "back/find/kidney": ' + forged(case))
    before = store.path.read_bytes()
    loaded = store.load()  # never raises
    assert set(loaded.progress.items) == {"back/find/spine"}
    assert loaded.warning and "left out" in loaded.warning and "back/find/kidney" in loaded.warning
    assert loaded.kept_copy is not None and loaded.kept_copy.read_bytes() == before
    assert loaded.moved_to is None
    store.save(loaded.progress)  # the good item is saved, the forged one is gone
    again = store.load()
    assert again.warning is None and set(again.progress.items) == {"back/find/spine"}


@pytest.mark.parametrize("case", list(FORGED), ids=list(FORGED))
def test_a_file_of_forged_items_only_is_moved_aside(store, case):
    write_items(store, '"back/find/kidney": ' + forged(case))
    loaded = store.load()
    assert len(loaded.progress) == 0
    assert loaded.moved_to is not None and loaded.warning and "could not be read" in loaded.warning


def test_absurd_stability_and_difficulty_are_brought_into_range(store):
    write_items(
        store,
        '"back/find/spine": ' + json.dumps(item(stability=1e308, difficulty=-1e308)),
    )
    loaded = store.load()
    got = loaded.progress.items["back/find/spine"]
    assert got.stability == 36_500.0 and got.difficulty == 1.0


def test_a_huge_file_is_refused_without_reading_it(store, monkeypatch):
    from massage_trainer.core.quiz import progress as module

    monkeypatch.setattr(module, "MAX_BYTES", 1000)
    write_items(store, ", ".join(f'"back/find/k{i}": ' + json.dumps(item()) for i in range(50)))
    loaded = store.load()
    assert len(loaded.progress) == 0 and "at most" in (loaded.warning or "")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_fifo_as_the_progress_file_does_not_hang(store, no_hang):
    store.directory.mkdir(parents=True)
    os.mkfifo(store.path)
    loaded = store.load()  # returns at once: a FIFO is refused, not waited on
    assert len(loaded.progress) == 0 and "not a regular file" in (loaded.warning or "")


def test_csv_export_never_fails_on_a_bad_time(tmp_path):
    """Progress made in code may hold any number; the export leaves the date out."""
    progress = Progress(
        {
            "back/find/spine": ItemProgress(3, 2, 2, MAX_TIME * 10, 1e300),
            "back/find/kidney": ItemProgress(1, 1, 1, START, START + DAY),
        }
    )
    out = tmp_path / "p.csv"
    export_csv(progress, out)
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[1].split(",")[6:8] == ["2024-05-01", "2024-05-02"] or len(rows) == 3
    spine = next(r for r in rows if r.startswith("back,spine"))
    assert spine.split(",")[6:8] == ["", ""]


def test_csv_export_of_loaded_forged_progress(store, tmp_path):
    write_items(store, GOOD + ', "back/find/kidney": ' + json.dumps(item(last_seen=3e11)))
    out = tmp_path / "p.csv"
    export_csv(store.load().progress, out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.slow
def test_the_screenshot_never_hangs_on_a_forged_progress_file(tmp_path):
    data = tmp_path / "xdg"
    folder = data / paths.ORGANIZATION / paths.APPLICATION
    folder.mkdir(parents=True)
    (folder / "progress.json").write_text(
        '{"schema": 2, "items": {"back/find/spine": ' + forged("a 5000-digit count") + "}}"
    )
    shot = tmp_path / "shot.png"
    run = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=90,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(data),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert run.returncode == 0, run.stderr
    assert shot.stat().st_size > 0 and "Traceback" not in run.stderr


# --- merging ---------------------------------------------------------------------------
def card(attempts: int, right: int, seen: float) -> ItemProgress:
    return ItemProgress(attempts, right, 1, seen, seen + DAY, 1.0, 5.0, 1, 0)


def test_merge_keeps_what_each_side_changed():
    base = {"a": card(1, 1, 10), "b": card(1, 0, 10), "gone": card(1, 1, 10)}
    ours = {"a": card(2, 2, 20), "b": card(1, 0, 10), "mine": card(1, 1, 30)}
    theirs = {
        "a": card(1, 1, 10),
        "b": card(2, 0, 25),
        "gone": card(1, 1, 10),
        "new": card(1, 0, 5),
    }
    merged = merge_items(base, ours, theirs)
    assert merged == {"a": ours["a"], "b": theirs["b"], "mine": ours["mine"], "new": theirs["new"]}


def test_merge_of_an_item_both_changed_counts_every_attempt():
    base = {"a": card(4, 2, 10)}
    ours = {"a": card(6, 3, 30)}  # two more attempts here
    theirs = {"a": card(7, 5, 20)}  # three more there
    merged = merge_items(base, ours, theirs)["a"]
    assert merged.attempts == 9 and merged.first_try_right == 6
    assert merged.last_seen == 30  # the card of the later answer


def test_two_stores_on_one_folder_lose_nothing(tmp_path):
    first, second = ProgressStore(tmp_path), ProgressStore(tmp_path)
    one, two = first.load().progress, second.load().progress
    one.record("back", "find", "spine", True, START)
    first.save(one)
    two.record("back", "find", "kidney", False, START + 1)
    two.record("back", "find", "spine", True, START + 2)
    second.save(two)
    one.record("back", "find", "hand", True, START + 3)
    first.save(one)
    final = ProgressStore(tmp_path).load().progress
    assert set(final.items) == {"back/find/spine", "back/find/kidney", "back/find/hand"}
    assert final.items["back/find/spine"].attempts == 2
    assert one == final  # the window sees the other's answers after its save


def test_reset_in_one_window_is_not_undone_by_the_other(tmp_path):
    first, second = ProgressStore(tmp_path), ProgressStore(tmp_path)
    one = first.load().progress
    one.record("back", "find", "spine", True, START)
    first.save(one)
    two = second.load().progress
    second.reset(two)
    one.record("back", "find", "kidney", True, START + 5)  # answered after the reset
    first.save(one)
    assert set(ProgressStore(tmp_path).load().progress.items) == {"back/find/kidney"}


ANSWERING = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from massage_trainer.core.quiz.answerlog import Answer
    from massage_trainer.core.quiz.progress import ProgressStore
    folder, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    go = Path(folder) / "go"
    store = ProgressStore(folder)
    progress = store.load().progress
    log = store.answer_log
    while not go.exists():
        time.sleep(0.005)
    for i in range(count):
        kind = f"shared{i % 5}" if i % 2 else f"{name}{i}"
        now = time.time()
        assert log.record(Answer(now, "find", "back", kind, "q", "a", True))
        progress.record("back", "find", kind, True, now)
        store.save(progress)  # as the window does after each answer
        print(i, flush=True)
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_two_processes_answering_at_once_lose_no_answer(tmp_path):
    count = 40
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ANSWERING, str(tmp_path), name, str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("left", "right")
    ]
    time.sleep(0.5)
    (tmp_path / "go").touch()
    # meanwhile a third reader never sees an empty or half-written file
    reads = 0
    while any(proc.poll() is None for proc in procs):
        if (tmp_path / "progress.json").exists():
            json.loads((tmp_path / "progress.json").read_bytes())
            reads += 1
    assert reads > 0
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.split() == [str(i) for i in range(count)]
    loaded = ProgressStore(tmp_path).load()
    assert loaded.warning is None
    items = loaded.progress.items
    # every answer of both, in the answer log and in the progress
    assert AnswerLog(tmp_path).count() == 2 * count
    assert sum(i.attempts for i in items.values()) == 2 * count
    assert all(
        items[f"back/find/{n}{i}"].attempts == 1
        for n in ("left", "right")
        for i in range(0, count, 2)
    )
    assert all(items[f"back/find/shared{k}"].attempts == 8 for k in range(5))
    assert not list(tmp_path.glob(".progress.json.*.tmp"))


KILLED = textwrap.dedent("""
    import sys, time
    from massage_trainer.core.quiz.answerlog import Answer
    from massage_trainer.core.quiz.progress import ProgressStore
    folder, run = sys.argv[1], sys.argv[2]
    store = ProgressStore(folder)
    progress = store.load().progress
    log = store.answer_log
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        kind = f"r{run}a{i}"
        now = time.time()
        log.record(Answer(now, "find", "back", kind, "q", "a", True))
        progress.record("back", "find", kind, True, now)
        store.save(progress)
        print(kind, flush=True)  # both written: this answer must survive
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sixty_kills_at_a_50_ms_pace_lose_at_most_the_answer_being_written(tmp_path):
    confirmed: list[str] = []
    for run in range(60):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED, str(tmp_path), str(run)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        # the first answer written, so the kill surely lands while answering
        # (on a busy machine 50 ms may pass before the first one is done)
        first = proc.stdout.readline().strip()
        time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        confirmed += [first, *proc.stdout.read().split()]
        proc.stdout.close()
    loaded = ProgressStore(tmp_path).load()
    assert loaded.warning is None  # never a torn or empty file
    saved = {key.split("/")[2] for key in loaded.progress.items}
    logged = {answer.item for answer in AnswerLog(tmp_path).answers()}
    assert set(confirmed) <= saved and set(confirmed) <= logged
    # beyond the confirmed ones, at most the one being written per kill
    assert len(saved - set(confirmed)) <= 60 and len(logged - set(confirmed)) <= 60
    assert len(confirmed) >= 60  # the kills really came while answering


# --- the one data folder ---------------------------------------------------------------
def test_progress_store_without_a_folder_uses_the_windows_folder(qapp):
    from PySide6.QtCore import QStandardPaths

    names = qapp.organizationName(), qapp.applicationName()
    try:
        qapp.setOrganizationName(paths.ORGANIZATION)
        qapp.setApplicationName(paths.APPLICATION)
        qt = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        assert ProgressStore().directory == qt == paths.user_data_dir()
        qapp.setOrganizationName("Some Org")
        qapp.setApplicationName("some app")
        qt = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        assert paths.user_data_dir("Some Org", "some app") == qt
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])


def test_the_window_and_the_store_share_the_folder_names():
    from massage_trainer import app

    assert (app.ORGANIZATION, app.APPLICATION) == (paths.ORGANIZATION, paths.APPLICATION)


# --- the answer history and the results files ------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "dangling link", "folder"])
def test_an_answer_log_that_is_not_a_file_is_moved_aside(tmp_path, kind, no_hang):
    from massage_trainer.core.quiz.answerlog import FILE_NAME, Answer

    path = tmp_path / FILE_NAME
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(tmp_path / "nowhere")
    log = AnswerLog(tmp_path)
    assert log.record(Answer(START, "find", "back", "spine", "q", "a", True))
    assert log.warning and "not a regular file" in log.warning
    assert log.count() == 1 and path.is_file() and not path.is_symlink()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_results_file_that_is_a_fifo_is_refused_at_once(tmp_path, no_hang):
    from massage_trainer.core.exam import ResultsError, read_results

    fifo = tmp_path / "learner.json"
    os.mkfifo(fifo)
    with pytest.raises(ResultsError, match="not a regular file"):
        read_results(fifo)  # returns: a FIFO is never waited on


def test_a_history_another_window_just_created_is_not_moved_aside(tmp_path, monkeypatch):
    """Two windows opening a new history at once: both read schema 0, one
    makes the tables first; the other's migration then fails on tables that
    exist. That is no damage: nothing is moved aside, no answer lost."""
    from massage_trainer.core.quiz.answerlog import Answer, AnswerLog

    real = AnswerLog._migrate
    raced = []

    def racing(db, version):
        if not raced:  # the other window wins the race, just before this one
            raced.append(True)
            other = AnswerLog(tmp_path)
            assert other.record(Answer(1.0e9, "find", "back", "spine", "q", "a", True))
            other.connection().close()
        real(db, version)

    monkeypatch.setattr(AnswerLog, "_migrate", staticmethod(racing))
    log = AnswerLog(tmp_path)
    assert log.record(Answer(1.0e9 + 1, "find", "back", "sacrum", "q", "a", True))
    assert raced and log.warning is None and log.moved_to is None
    assert not list(tmp_path.glob("answers.corrupt-*"))
    assert log.count() == 2


def test_schema_true_is_not_a_schema_number(tmp_path):
    """JSON true equals 1 in Python; a progress file saying "schema": true is
    not an old file of schema 1."""
    from massage_trainer.core.quiz.progress import ProgressStore

    (tmp_path / "progress.json").write_text('{"schema": true, "items": {}}', encoding="utf-8")
    loaded = ProgressStore(tmp_path).load()
    assert loaded.warning is not None and "schema" in loaded.warning
    assert loaded.progress.items == {}
