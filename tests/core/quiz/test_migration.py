"""An old progress file (Leitner boxes, schema 1) migrates to FSRS with nothing lost.

``fixtures/progress-schema1.json`` was written by the program before FSRS came
in: rounds of every mode over twelve study days, answered by a script.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fsrs import State

from massage_trainer.core.quiz import ProgressStore
from massage_trainer.core.quiz.progress import SCHEMA
from massage_trainer.core.quiz.schedule import DAY, INTERVAL_DAYS, Schedule

OLD = Path(__file__).parent / "fixtures" / "progress-schema1.json"


@pytest.fixture
def old_store(tmp_path) -> ProgressStore:
    (tmp_path / "data").mkdir()
    shutil.copy(OLD, tmp_path / "data" / "progress.json")
    return ProgressStore(tmp_path / "data", clock=lambda: 1_716_300_000.0)


def test_the_old_file_migrates_with_nothing_lost(old_store):
    old = json.loads(OLD.read_text(encoding="utf-8"))
    assert old["schema"] == 1 and len(old["items"]) > 40
    loaded = old_store.load()
    assert loaded.warning is None and len(loaded.progress) == len(old["items"])
    boxes = set()
    for key, before in old["items"].items():
        view, mode, kind = key.split("/")
        after = loaded.progress.get(view, mode, kind)
        assert after is not None
        for field in ("attempts", "first_try_right", "box", "last_seen", "next_due"):
            assert getattr(after, field) == before[field], (key, field)
        boxes.add(before["box"])
        if before["box"] == 1:
            assert after.state in (State.Learning, State.Relearning) and after.step == 0
        else:
            assert after.state == State.Review
            assert after.stability == INTERVAL_DAYS[before["box"] - 1]
        assert 1 <= after.difficulty <= 10
    assert boxes == {1, 2, 3, 4, 5}  # the fixture covers every box


def test_the_old_file_is_kept_beside_and_the_new_one_saved(old_store):
    loaded = old_store.load()
    backup = old_store.directory / "progress.schema1-backup.json"
    assert loaded.backup == backup and backup.read_bytes() == OLD.read_bytes()
    assert json.loads(old_store.path.read_text(encoding="utf-8"))["schema"] == SCHEMA == 2
    again = old_store.load()  # the migrated file loads as it is, the backup stays
    assert again.backup is None and again.progress == loaded.progress
    assert backup.read_bytes() == OLD.read_bytes()


def test_more_misses_make_a_harder_card(old_store):
    items = [item for _key, item in old_store.load().progress]
    clean = [i.difficulty for i in items if i.first_try_right == i.attempts]
    missed = [i.difficulty for i in items if i.first_try_right < i.attempts / 2]
    assert clean and missed and max(clean) < min(missed)


def test_migrated_cards_go_on_scheduling(old_store):
    progress = old_store.load().progress
    key, item = next((k, i) for k, i in progress if i.box == 4)
    view, mode, kind = key.split("/")
    now = item.next_due
    # at the old due date FSRS expects about the desired retention
    assert Schedule().retrievability(item, now) == pytest.approx(0.9, abs=0.03)
    after = progress.record(view, mode, kind, right=True, now=now)
    assert after.next_due - now > 7 * DAY and after.attempts == item.attempts + 1
