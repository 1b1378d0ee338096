"""The quiz across views: rounds that ask on the back and the front, each
question naming its view, answers checked on that view's map, progress kept per
view, and a progress file from before the front view still in use."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from massage_trainer.core.quiz import Mode, ProgressStore, QuizEngine, RoundSettings
from massage_trainer.core.quiz.progress import item_key
from massage_trainer.core.zones import ZoneSet, load_zone_set

OLD = Path(__file__).parent / "fixtures" / "progress-schema1.json"
OLD_NOW = 1_716_300_000.0  # a little after the old file's last answer


@pytest.fixture(scope="module")
def front() -> ZoneSet:
    return load_zone_set(view="front")


@pytest.fixture
def engine(zone_set, front, clock) -> QuizEngine:
    return QuizEngine(zone_set, clock=clock, views={"back": zone_set, "front": front})


def play(rnd, right=True):
    """Answer every question of a round (right, or wrong where it can be), in order."""
    asked = []
    while (q := rnd.next_question()) is not None:
        asked.append(q)
        if q.mode is Mode.FIND:
            zone = q.zones[0] if right else None
            point = zone.label_point if zone is not None else (-50.0, -50.0)
            fb = rnd.answer_click(*point)
            while not fb.done:
                fb = rnd.answer_click(*point)
        else:
            answer = q.answer if right else (q.answer + 1) % len(q.choices)
            rnd.answer_choice(answer)
    return asked


def test_one_view_engine_is_as_before(zone_set):
    engine = QuizEngine(zone_set)
    assert not engine.multi_view
    assert [k for k, _ in engine.regions()] == [None, *zone_set.regions]
    q = engine.start_round(RoundSettings(Mode.FIND, seed=1)).next_question()
    assert q.view == "back" and q.prompt.startswith("Click the ")


def test_regions_offer_each_view_and_its_regions(engine, zone_set, front):
    keys = [k for k, _ in engine.regions()]
    assert keys[0] is None
    assert "back:" in keys and "front:" in keys
    assert {f"front:{r}" for r in front.regions} <= set(keys)
    assert {f"back:{r}" for r in zone_set.regions} <= set(keys)
    names = dict(engine.regions())
    assert names["front:"] == "Front view"
    # "limbs" is a region of both views: the keys keep them apart
    back_limbs = engine.eligible_items(Mode.FIND, "back:limbs")
    front_limbs = engine.eligible_items(Mode.FIND, "front:limbs")
    assert back_limbs and {v for v, _ in back_limbs} == {"back"}
    assert front_limbs and {v for v, _ in front_limbs} == {"front"}
    with pytest.raises(ValueError, match="unknown region"):
        engine.start_round(RoundSettings(Mode.FIND, region="side:"))


@pytest.mark.parametrize("mode", list(Mode))
def test_a_whole_body_round_asks_on_both_views_and_names_each(engine, mode):
    everything = engine.eligible_items(mode)
    rnd = engine.start_round(RoundSettings(mode, count=None, seed=5))
    asked = play(rnd)
    assert {q.view for q in asked} == {"back", "front"}
    assert len(asked) == len(everything)
    for q in asked:
        title = q.view.capitalize()
        assert q.prompt.startswith(f"{title} view: ")
        # the question is about a zone of its own view
        assert all(z in engine.zone_set_of(q.view).zones for z in q.zones)
    results = rnd.results()
    assert results.score == results.answered == len(asked)


def test_a_click_is_checked_on_the_questions_view(engine, zone_set, front):
    """The answer is judged on the map the question is on."""
    rnd = engine.start_round(RoundSettings(Mode.FIND, region="front:", count=None, seed=2))
    q = rnd.next_question()
    assert q.view == "front"
    point = q.zones[0].label_point
    fb = rnd.answer_click(*point)
    assert fb.correct and fb.clicked is not None and fb.clicked.kind == q.kind
    assert fb.clicked in front.zones


def test_progress_is_kept_per_view(engine, zone_set, front):
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=None, seed=3))
    asked = play(rnd)
    keys = set(engine.progress.items)
    assert keys == {item_key(q.view, "name", q.kind) for q in asked}
    shared = set(zone_set.kinds()) & set(front.kinds())
    assert shared, "the two views share some kinds of zone (forearm, hands, ...)"
    kind = sorted(shared)[0]
    assert item_key("back", "name", kind) in keys and item_key("front", "name", kind) in keys
    # a round of mistakes asks each miss again on its own view
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=6, seed=4))
    wrong = play(rnd, right=False)
    again = rnd.mistakes_round()
    assert again is not None
    assert [(q.view, q.kind) for q in play(again)] == [(q.view, q.kind) for q in wrong]


def test_an_old_back_only_progress_file_keeps_working(tmp_path, zone_set, front):
    (tmp_path / "data").mkdir()
    shutil.copy(OLD, tmp_path / "data" / "progress.json")
    store = ProgressStore(tmp_path / "data", clock=lambda: OLD_NOW)
    loaded = store.load()
    old = dict(loaded.progress.items)
    assert old and all(key.startswith("back/") for key in old)
    engine = QuizEngine(
        zone_set, loaded.progress, lambda: OLD_NOW, views={"back": zone_set, "front": front}
    )
    # practice puts the old file's due back-view areas first, front ones after
    due = [k for k, item in old.items() if k.startswith("back/find/") and item.next_due <= OLD_NOW]
    assert due
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, practice=True, seed=1))
    planned = zip(rnd.views, rnd.plan, strict=True)
    first = {item_key(v, "find", k) for v, (_m, k) in list(planned)[: len(due)]}
    assert first == set(due)
    assert "front" in rnd.views
    play(rnd)
    items = engine.progress.items
    assert any(key.startswith("front/find/") for key in items)
    for key, item in old.items():
        if not key.startswith("back/find/"):
            assert items[key] == item  # untouched
        else:
            assert items[key].attempts == item.attempts + 1
    store.save(engine.progress)
    assert store.load().progress == engine.progress


def test_a_miss_names_its_view_in_a_round_across_views(engine, zone_set):
    from massage_trainer.core.quiz.wording import miss_text

    rnd = engine.start_round(RoundSettings(Mode.NAME, count=8, seed=6))
    play(rnd, right=False)
    misses = rnd.results().misses
    assert {m.question.view for m in misses} == {"back", "front"}
    for miss in misses:
        assert miss_text(miss).startswith(f"{miss.question.name} ({miss.question.view} view): ")
    # a round on one view's engine names no view
    alone = QuizEngine(zone_set).start_round(RoundSettings(Mode.NAME, count=2, seed=6))
    play(alone, right=False)
    assert all(miss_text(m).startswith(f"{m.question.name}: ") for m in alone.results().misses)
