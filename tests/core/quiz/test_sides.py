"""Left and right: questions that ask for one side, and mirror mistakes explained."""

from __future__ import annotations

import copy

import pytest

from massage_trainer.core.quiz import AnswerLog, Mode, QuizEngine, RoundSettings
from massage_trainer.core.quiz.modes import mirror_explanation


def _round_at(engine, kind, side, seed_range=range(200)):
    for seed in seed_range:
        rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=seed, sides=True))
        while (q := rnd.next_question()) is not None:
            if q.kind == kind and q.side == side:
                return rnd, q
            rnd.answer_click(*q.zone.label_point)
    raise AssertionError("no such question")


def test_a_side_round_asks_for_one_side_of_each_pair(zone_set):
    engine = QuizEngine(zone_set)
    kinds = engine.eligible_kinds(Mode.FIND, sides=True)
    paired = {z.kind for z in zone_set.zones if z.side != "none"}
    assert set(kinds) == paired and "spine" not in kinds
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=4, sides=True))
    sides = set()
    while (q := rnd.next_question()) is not None:
        assert q.form == "side" and q.side in ("left", "right")
        assert q.zone.side == q.side and q.zones == (q.zone,)
        assert q.prompt.startswith(f"Click the person\u2019s {q.side} ")
        sides.add(q.side)
        assert rnd.answer_click(*q.zone.label_point).first_try
    assert sides == {"left", "right"}
    with pytest.raises(ValueError, match="one side"):
        engine.start_round(RoundSettings(Mode.NAME, sides=True))


def test_the_other_side_is_a_mirror_mistake_explained(zone_set, tmp_path):
    log = AnswerLog(tmp_path)
    engine = QuizEngine(zone_set, log=log)
    rnd, q = _round_at(engine, "kidney", "left")
    assert q.prompt == "Click the person\u2019s left kidney area."
    twin = zone_set.twin(q.zone)
    fb = rnd.answer_click(*twin.label_point)
    assert not fb.correct and fb.mirror_mistake and not fb.done
    assert fb.message == (
        "That is the right one: seen from behind, the person\u2019s left is on your left. "
        "2 more tries."
    )
    # the person's left is drawn on the viewer's left in the back view
    assert q.zone.label_point[0] < zone_set.midline < twin.label_point[0]
    assert rnd.answer_click(*q.zone.label_point).correct
    while rnd.next_question() is not None:
        rnd.answer_click(*rnd.current.zone.label_point)
    results = rnd.results()
    assert [m.question.kind for m in results.mirror_mistakes] == ["kidney"]
    assert not results.safety_mistakes
    logged = [a for a in log.answers() if a.mirror_mistake]
    assert len(logged) == 1 and logged[0].side == "left" and logged[0].kind == "side"
    # kept apart from plain find-it in the progress
    assert engine.progress.get(zone_set.view, "side", "kidney") is not None
    assert engine.progress.get(zone_set.view, "find", "kidney") is None


def test_another_kind_is_a_plain_miss(zone_set):
    rnd, _q = _round_at(QuizEngine(zone_set), "kidney", "right")
    spine = zone_set.kinds()["spine"][0]
    fb = rnd.answer_click(*spine.label_point)
    assert not fb.correct and not fb.mirror_mistake
    assert fb.message.startswith("That is the spine.")


def test_a_front_view_explains_the_other_way_round(zone_set):
    front = copy.copy(zone_set)
    object.__setattr__(front, "person_left", "viewer_right")
    assert mirror_explanation(front, "left") == (
        "That is the right one: seen from the front, the person\u2019s left is on your right."
    )
    assert mirror_explanation(front, "right") == (
        "That is the left one: seen from the front, the person\u2019s right is on your left."
    )
    assert mirror_explanation(zone_set, "right") == (
        "That is the left one: seen from behind, the person\u2019s right is on your right."
    )
