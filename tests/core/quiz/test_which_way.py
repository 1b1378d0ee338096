"""The "Which way?" mode: a stroke's direction with the arrows hidden, or the
technique a movement belongs to; fair wrong answers, scoring, the log, progress."""

from __future__ import annotations

import random

import pytest
import shapely

from massage_trainer.core.quiz import AnswerLog, Mode, QuizEngine, RoundSettings
from massage_trainer.core.quiz.modes import (
    OPPOSITE_WAY,
    TECHNIQUE_SUFFIX,
    WAY_SUFFIX,
    WhichWay,
    stroke_way,
    way_labels,
    which_way_names,
)
from massage_trainer.core.quiz.wording import explanation, miss_text, where_text
from massage_trainer.core.strokes import strokes_for

SEEDS = range(12)


@pytest.fixture(scope="module")
def mode(zone_set) -> WhichWay:
    return WhichWay(zone_set)


def questions(mode: WhichWay, seeds=SEEDS):
    for kind in mode.items():
        for seed in seeds:
            yield mode.build(kind, random.Random(seed))


def test_every_technique_with_strokes_is_asked_about(zone_set, mode):
    with_strokes = [t for t in zone_set.techniques.values() if strokes_for(t, zone_set)]
    assert len(with_strokes) >= 4
    items = mode.items()
    assert len(items) == len(set(items))
    # every technique with strokes gets a question about whose movement it is ...
    assert {t.id + TECHNIQUE_SUFFIX for t in with_strokes} <= set(items)
    # ... and the effleurage, whose direction is the lesson, about its direction
    assert "effleurage" + WAY_SUFFIX in items
    # the items of the regions add up to the whole body's, each in one region
    by_region = [kind for r in zone_set.regions for kind in mode.items(r)]
    assert sorted(by_region) == sorted(items)


def test_direction_questions_hide_the_arrows_and_never_offer_a_half_right_answer(zone_set, mode):
    labels = way_labels(zone_set)
    asked = 0
    for q in questions(mode):
        if not q.kind.endswith(WAY_SUFFIX):
            continue
        asked += 1
        assert q.mode is Mode.WHICH_WAY and not q.arrows and q.strokes
        shown = [s for s in q.strokes if not s.mirrored]
        way = stroke_way(shown[0], zone_set.midline)
        assert way is not None
        # the right answer is the way the pressed segments travel, from the points
        right = q.choices[q.answer].value
        assert right == way.way and q.choices[q.answer].label == labels[way.way]
        values = [c.value for c in q.choices]
        assert OPPOSITE_WAY[right] in values and len(set(values)) == len(values)
        if len(values) == 4:  # across the axis the stroke hardly moves
            assert way.other <= 0.25 * way.main
        else:
            assert sorted(values) == sorted([right, OPPOSITE_WAY[right]])
        # nothing the learner reads gives the direction away
        for word in ("up", "down", "toward", "away", "outward", "inward"):
            assert f" {word} " not in f" {q.shown.lower()} ", (q.kind, word)
            assert f" {word} " not in f" {q.prompt.lower()} "
    assert asked


def test_the_effleurage_presses_toward_the_heart(zone_set, mode):
    q = mode.build("effleurage" + WAY_SUFFIX, random.Random(1))
    assert q.choices[q.answer].value == "up"


def test_technique_questions_offer_only_movements_that_cannot_be_mistaken(zone_set, mode):
    asked = 0
    for q in questions(mode):
        if not q.kind.endswith(TECHNIQUE_SUFFIX):
            continue
        asked += 1
        tid = q.kind.removesuffix(TECHNIQUE_SUFFIX)
        assert q.arrows and q.strokes == strokes_for(zone_set.techniques[tid], zone_set)
        assert q.choices[q.answer].value == tid
        assert 2 <= len(q.choices) <= 4
        assert len({c.label for c in q.choices}) == len(q.choices)
        shown = [shapely.LineString(s.points) for s in q.strokes]
        for i, choice in enumerate(q.choices):
            if i == q.answer:
                continue
            other = strokes_for(zone_set.techniques[choice.value], zone_set)
            assert other, choice.value  # a movement of its own, drawn on this view
            # never a stroke of the same rhythm running (nearly) the same way
            for stroke in other:
                for line, mine in zip(shown, q.strokes, strict=True):
                    if stroke.rhythm == mine.rhythm:
                        assert shapely.LineString(stroke.points).hausdorff_distance(line) >= 4
        assert q.choices[q.answer].label not in q.shown  # the words name no technique
    assert asked


def test_a_full_round_scores_and_logs_every_answer(zone_set, tmp_path, clock):
    log = AnswerLog(tmp_path)
    engine = QuizEngine(zone_set, clock=clock, log=log)
    rnd = engine.start_round(RoundSettings(Mode.WHICH_WAY, count=None, seed=4))
    asked = []
    while (q := rnd.next_question()) is not None:
        asked.append(q)
        right = len(asked) % 3 != 0
        index = q.answer if right else (q.answer + 1) % len(q.choices)
        fb = rnd.answer_choice(index)
        assert fb.done and fb.correct == right and fb.first_try == right
        assert fb.why and fb.why == q.why
        assert explanation(fb, engine) == q.why
        clock.advance(2)
    res = rnd.results()
    assert res.answered == len(asked) == len(engine.eligible_kinds(Mode.WHICH_WAY))
    assert res.score == len([n for n in range(1, len(asked) + 1) if n % 3 != 0])
    for miss in res.misses:
        assert miss.question.name in miss_text(miss)
    rows = log.answers()
    assert [(r.mode, r.item) for r in rows] == [("which_way", q.kind) for q in asked]
    assert [r.correct for r in rows] == [n % 3 != 0 for n in range(1, len(asked) + 1)]
    # progress per item
    for q in asked:
        item = engine.progress.get(zone_set.view, "which_way", q.kind)
        assert item is not None and item.attempts == 1


def test_the_hint_is_where_the_stroke_starts(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.WHICH_WAY, count=None, seed=2))
    while (q := rnd.next_question()) is not None:
        hint = rnd.hint()
        if q.kind.endswith(WAY_SUFFIX):
            assert hint.text.startswith("The hands start on the")
        else:
            assert hint.text.startswith("It begins with")
        rnd.answer_choice(q.answer)
    res = rnd.results()
    assert res.score == 0 and res.hinted == res.answered


def test_a_screen_reader_hears_what_the_map_shows(zone_set, mode):
    for q in questions(mode, seeds=[0]):
        assert where_text(q, zone_set) == q.shown
        assert q.shown.startswith("The map shows")


def test_names_for_the_progress_list(zone_set, mode):
    names = which_way_names(zone_set)
    for kind in mode.items():
        assert kind in names
        assert names[kind].startswith(zone_set.techniques[kind.rpartition(":")[0]].name)


def test_a_zone_set_without_strokes_has_no_which_way_questions(fake_zone_set):
    engine = QuizEngine(fake_zone_set)
    assert engine.eligible_kinds(Mode.WHICH_WAY) == []
    with pytest.raises(ValueError):
        engine.start_round(RoundSettings(Mode.WHICH_WAY))
