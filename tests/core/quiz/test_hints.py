"""One hint per question, at half the score, graded Hard and logged."""

from __future__ import annotations

import pytest

from massage_trainer.core.quiz import AnswerLog, Mode, Progress, QuizEngine, RoundSettings


def test_find_it_hint_lights_the_region(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.FIND, count=3, seed=5))
    q = rnd.next_question()
    hint = rnd.hint()
    assert q.zone in hint.zones and {z.region for z in hint.zones} == {q.zone.region}
    assert len(hint.zones) < len(zone_set.zones)
    assert zone_set.regions[q.zone.region].lower() in hint.text.lower()
    assert rnd.hint() is hint  # one hint per question


@pytest.mark.parametrize("typed", [False, True])
def test_name_it_hint_gives_the_first_letters(zone_set, typed):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.NAME, count=2, seed=5, typed=typed))
    q = rnd.next_question()
    hint = rnd.hint()
    assert hint.letters == q.name[:2] and f"\u201c{q.name[:2]}\u201d" in hint.text


def test_a_hinted_right_answer_scores_half_and_is_logged(zone_set, tmp_path):
    log = AnswerLog(tmp_path)
    engine = QuizEngine(zone_set, Progress(), log=log)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=3, seed=1))
    asked = []
    for n in range(3):
        q = rnd.next_question()
        asked.append(q.kind)
        if n < 2:
            rnd.hint()
        fb = rnd.answer_choice(q.answer)
        assert fb.correct and fb.hinted == (n < 2)
    res = rnd.results()
    assert (res.score, res.hinted, res.points) == (1, 2, 2.0)
    assert not res.misses
    assert [a.hint for a in log.answers()] == [True, True, False]
    # the schedule takes a hinted answer as Hard: a shorter interval than Good
    view = zone_set.view
    hinted = engine.progress.get(view, "name", asked[0])
    plain = engine.progress.get(view, "name", asked[2])
    assert hinted.next_due < plain.next_due and hinted.first_try_right == 0


def test_no_hint_once_the_question_is_answered(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=1, seed=1))
    q = rnd.next_question()
    assert lower(q.name) in lower(rnd.hint().text)
    rnd.answer_choice(q.answer)
    with pytest.raises(RuntimeError):
        rnd.hint()


def lower(text: str) -> str:
    return text.lower()
