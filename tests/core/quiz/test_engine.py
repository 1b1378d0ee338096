"""The quiz engine: choosing questions, tries, scoring, the timer, results, seeds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from massage_trainer.core.i18n import lower_first
from massage_trainer.core.quiz import (
    Feedback,
    Mode,
    Progress,
    Question,
    QuizEngine,
    QuizRound,
    RoundOver,
    RoundSettings,
)
from massage_trainer.core.zones import ZoneSet


def right_answer(rnd: QuizRound, q: Question) -> Feedback:
    if q.mode is Mode.FIND:
        return rnd.answer_click(*q.zones[-1].label_point)
    assert q.answer is not None
    return rnd.answer_choice(q.answer)


def wrong_answer(rnd: QuizRound, q: Question, zone_set: ZoneSet) -> Feedback:
    if q.mode is Mode.FIND:
        other = next(z for z in zone_set.zones if z.kind != q.kind)
        return rnd.answer_click(*other.label_point)
    assert q.answer is not None
    return rnd.answer_choice((q.answer + 1) % len(q.choices))


def play(
    rnd: QuizRound,
    zone_set: ZoneSet,
    knows: Callable[[Question], bool],
    step: Callable[[], None] = lambda: None,
) -> list[Question]:
    """Answer every question: right if ``knows`` it, else wrong until done."""
    asked = []
    while (q := rnd.next_question()) is not None:
        asked.append(q)
        step()
        if knows(q):
            fb = right_answer(rnd, q)
        else:
            fb = wrong_answer(rnd, q, zone_set)
            while not fb.done:
                fb = wrong_answer(rnd, q, zone_set)
        assert fb.done
    return asked


def kinds_of(questions: list[Question]) -> list[str]:
    return [q.kind for q in questions]


# --- choosing questions --------------------------------------------------------------
@pytest.mark.parametrize("mode", list(Mode))
def test_a_full_round_covers_every_eligible_kind_once(zone_set, mode):
    engine = QuizEngine(zone_set)
    for region in (None, *zone_set.regions):
        eligible = engine.eligible_kinds(mode, region)
        assert eligible, (mode, region)
        rnd = engine.start_round(RoundSettings(mode, count=None, region=region, seed=7))
        asked = kinds_of(play(rnd, zone_set, knows=lambda q: True))
        assert sorted(asked) == sorted(eligible), (mode, region)
        assert len(asked) == len(set(asked))


def test_regions_keep_to_their_zones(zone_set):
    engine = QuizEngine(zone_set)
    kinds = zone_set.kinds()
    for region in zone_set.regions:
        for kind in engine.eligible_kinds(Mode.FIND, region):
            assert all(z.region == region for z in kinds[kind])
    by_region = sum(len(engine.eligible_kinds(Mode.FIND, r)) for r in zone_set.regions)
    assert by_region == len(engine.eligible_kinds(Mode.FIND)) == len(kinds)
    assert engine.regions()[0] == (None, "Whole body")


@pytest.mark.parametrize("count", [10, 20])
def test_no_repeats_within_a_round(zone_set, count):
    engine = QuizEngine(zone_set)
    for seed in range(20):
        rnd = engine.start_round(RoundSettings(Mode.NAME, count=count, seed=seed))
        asked = kinds_of(play(rnd, zone_set, knows=lambda q: q.kind != "spine"))
        assert len(asked) == count == len(set(asked))


def test_count_larger_than_the_region_asks_all(zone_set):
    engine = QuizEngine(zone_set)
    rnd = engine.start_round(RoundSettings(Mode.TECHNIQUE, count=20, region="back", seed=1))
    assert rnd.planned == len(engine.eligible_kinds(Mode.TECHNIQUE, "back")) < 20


def test_rounds_of_ten_cover_every_kind_over_many_seeds(zone_set):
    engine = QuizEngine(zone_set)
    seen = set()
    for seed in range(30):
        seen |= {k for _, k in engine.start_round(RoundSettings(Mode.FIND, seed=seed)).plan}
    assert seen == set(zone_set.kinds())


# --- reproducible ----------------------------------------------------------------------
def describe(rnd: QuizRound, zone_set: ZoneSet) -> list[tuple]:
    out = []
    for q in play(rnd, zone_set, knows=lambda q: len(q.kind) % 3 != 0):
        out.append((q.mode, q.kind, q.zone.id, q.spot, tuple(c.value for c in q.choices), q.answer))
    return out


@pytest.mark.parametrize("mode", list(Mode))
def test_a_seed_replays_the_same_round(zone_set, mode):
    def run(seed: int) -> list[tuple]:
        rnd = QuizEngine(zone_set).start_round(RoundSettings(mode, count=None, seed=seed))
        first = describe(rnd, zone_set)
        again = rnd.mistakes_round()
        return first + (describe(again, zone_set) if again else [])

    assert run(5) == run(5)
    assert run(5) != run(6)


def test_a_round_without_seed_reports_the_seed_it_drew(zone_set):
    engine = QuizEngine(zone_set)
    rnd = engine.start_round(RoundSettings(Mode.SAFETY))
    replay = engine.start_round(RoundSettings(Mode.SAFETY, seed=rnd.seed))
    assert rnd.plan == replay.plan
    assert rnd.next_question().spot == replay.next_question().spot


# --- answering -------------------------------------------------------------------------
def test_a_plural_name_reads_as_plural(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=3))
    q = rnd.next_question()
    clicked = "neck_muscles_left" if q.kind != "neck_muscles" else "spine"
    message = rnd.answer_click(*zone_set.zone(clicked).label_point).message
    expected = "Those are the neck muscles." if clicked != "spine" else "That is the spine."
    assert message.startswith(expected)


def test_find_allows_three_tries_then_shows_the_answer(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=3))
    q = rnd.next_question()
    wrong = next(z for z in zone_set.zones if z.kind != q.kind)
    fb1 = rnd.answer_click(*wrong.label_point)
    assert (fb1.correct, fb1.done, fb1.tries_left) == (False, False, 2)
    assert fb1.clicked is wrong and fb1.reveal == ()
    assert fb1.message == f"That is the {wrong.name[0].lower()}{wrong.name[1:]}. 2 more tries."
    fb2 = rnd.answer_click(*wrong.label_point)
    assert fb2.tries_left == 1 and not fb2.done
    fb3 = rnd.answer_click(*wrong.label_point)
    assert fb3.done and not fb3.correct and fb3.tries_left == 0
    assert fb3.reveal == q.zones
    with pytest.raises(RuntimeError):
        rnd.answer_click(*q.zones[0].label_point)  # finished: no fourth try
    res = rnd.results()
    assert res.score == 0 and res.answered == 1
    assert res.misses[0].given == (wrong.name, wrong.name, wrong.name)
    assert res.misses[0].right_answer == q.name


def test_a_click_outside_the_body_uses_no_try(zone_set, tmp_path):
    from massage_trainer.core.quiz import AnswerLog

    log = AnswerLog(tmp_path)
    rnd = QuizEngine(zone_set, log=log).start_round(RoundSettings(Mode.FIND, seed=3))
    q = rnd.next_question()
    for _ in range(5):  # however often
        fb = rnd.answer_click(-5.0, -5.0)
        assert fb.clicked is None and not fb.done and fb.tries_left == 3
        assert fb.message.startswith("That\u2019s outside the body.")
    right = rnd.answer_click(*q.zone.label_point)
    assert right.correct and right.first_try and rnd.results().score == 1
    tries = [a.try_number for a in log.answers()]
    assert tries == [0, 0, 0, 0, 0, 1]  # logged, but as no try


def test_a_spot_lying_on_the_asked_zone_counts_and_is_named(zone_set):
    """The back of the knee lies on the knee joint: a click there finds the knee."""
    engine = QuizEngine(zone_set)
    spot = zone_set.kinds()["knee_back"][0]
    for seed in range(40):
        rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=seed))
        while (q := rnd.next_question()) is not None and q.kind != "knee":
            rnd.answer_click(*q.zone.label_point)
        assert q is not None
        fb = rnd.answer_click(*spot.label_point)
        assert fb.correct and fb.first_try and fb.clicked is spot
        assert "back of the knee" in fb.message and "knee joint" in fb.message
        break
    # but a spot elsewhere does not count
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=1))
    while (q := rnd.next_question()) is not None and q.kind != "knee":
        rnd.answer_click(*q.zone.label_point)
    notch = zone_set.kinds()["elbow_notch"][0]
    assert not rnd.answer_click(*notch.label_point).correct


def test_find_right_on_a_later_try_is_a_miss_found_later(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.FIND, seed=3))
    q = rnd.next_question()
    wrong_answer(rnd, q, zone_set)
    fb = right_answer(rnd, q)
    assert fb.correct and fb.done and not fb.first_try
    miss = rnd.results().misses[0]
    assert miss.found_later and rnd.results().score == 0


def test_next_question_needs_the_current_one_finished(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.FIND, seed=3))
    q = rnd.next_question()
    wrong_answer(rnd, q, zone_set)
    with pytest.raises(RuntimeError, match="not finished"):
        rnd.next_question()
    with pytest.raises(RuntimeError):
        QuizEngine(zone_set).start_round(RoundSettings(Mode.NAME)).answer_choice(0)


def test_answer_key(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=None, seed=2))
    q = rnd.next_question()
    assert rnd.answer_key("x") is None  # not a shortcut: nothing happens
    letter = "tca"[q.answer]
    fb = rnd.answer_key(letter.upper())
    assert fb is not None and fb.correct and fb.done
    assert fb.reveal == (q.zone,) and fb.why == q.zone.why


def test_safety_mistakes_are_counted_apart(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=None, seed=4))
    calls = []
    while (q := rnd.next_question()) is not None:
        fb = rnd.answer_choice(0)  # "Target" for everything
        calls.append((q.zone.safety, fb))
    res = rnd.results()
    risky = [fb for safety, fb in calls if safety != "target"]
    assert risky and all(fb.safety_mistake and "Safety mistake" in fb.message for fb in risky)
    assert len(res.safety_mistakes) == len(risky) == len(res.misses)
    assert res.score == len(calls) - len(risky)
    # calling a target spot "avoid" is a miss but no safety mistake
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=None, seed=4))
    while (q := rnd.next_question()) is not None:
        rnd.answer_choice(2)
    res = rnd.results()
    assert res.misses and not res.safety_mistakes


def test_caution_for_an_avoid_spot_is_a_safety_mistake(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=None, seed=4))
    calls = []
    while (q := rnd.next_question()) is not None:
        calls.append((q, rnd.answer_choice(1)))  # "Caution" for everything
    avoid = [(q, fb) for q, fb in calls if q.zone.safety == "avoid"]
    assert avoid
    for q, fb in avoid:
        assert fb.safety_mistake
        name = lower_first(q.name)
        assert fb.message == f"Safety mistake: the {name} is a zone to avoid, not a caution zone."
    target = [fb for q, fb in calls if q.zone.safety == "target"]
    assert target and not any(fb.safety_mistake for fb in target)
    assert len(rnd.results().safety_mistakes) == len(avoid)


def test_target_for_a_caution_spot_says_not_a_target(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.SAFETY, count=None, seed=4))
    while (q := rnd.next_question()) is not None:
        fb = rnd.answer_choice(0)
        if q.zone.safety == "caution":
            name = lower_first(q.name)
            assert fb.message == f"Safety mistake: the {name} is a caution zone, not a target."
            return
    pytest.fail("no caution spot was asked")


def test_results_list_every_miss_with_the_right_answer(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=None, seed=9))
    missed = {"spine", "kidney", "hand"}
    asked = play(
        rnd, zone_set, knows=lambda q: q.kind not in missed, step=lambda: clock.advance(2.5)
    )
    res = rnd.results()
    assert res.planned == res.answered == len(asked)
    assert res.score == len(asked) - 3
    assert {m.question.kind for m in res.misses} == missed
    for m in res.misses:
        assert m.right_answer == m.question.name
        assert m.given and m.given[0] != m.right_answer
    assert res.duration == pytest.approx(2.5 * len(asked))
    assert rnd.is_over() and not res.timed_out


def test_mistakes_round_asks_only_the_misses(zone_set):
    engine = QuizEngine(zone_set)
    for mode in Mode:
        rnd = engine.start_round(RoundSettings(mode, count=None, seed=11))
        asked = play(rnd, zone_set, knows=lambda q: len(q.kind) % 2 == 0)
        missed = {q.kind for q in asked if len(q.kind) % 2}
        again = rnd.mistakes_round()
        assert again is not None
        assert sorted(kinds_of(play(again, zone_set, knows=lambda q: True))) == sorted(missed)
        assert again.mistakes_round() is None  # all right this time


def test_wrong_answer_types_are_refused(zone_set):
    rnd = QuizEngine(zone_set).start_round(RoundSettings(Mode.NAME, seed=1))
    rnd.next_question()
    with pytest.raises(ValueError):
        rnd.answer_click(10, 10)
    with pytest.raises(ValueError):
        rnd.answer_choice(7)


@pytest.mark.parametrize(
    "settings",
    [
        RoundSettings(Mode.FIND, count=0),
        RoundSettings(Mode.FIND, time_limit=0),
        RoundSettings(Mode.FIND, region="feet"),
    ],
)
def test_bad_settings_are_refused(zone_set, settings):
    with pytest.raises(ValueError):
        QuizEngine(zone_set).start_round(settings)


# --- the timer -------------------------------------------------------------------------
def test_time_limit_ends_the_round(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=20, time_limit=60, seed=1))
    assert rnd.time_left() == 60
    q = rnd.next_question()
    clock.advance(20)
    right_answer(rnd, q)
    assert rnd.time_left() == pytest.approx(40)
    q = rnd.next_question()
    clock.advance(45)  # time runs out with a question open
    assert rnd.is_over() and rnd.time_left() == 0
    with pytest.raises(RoundOver):
        rnd.answer_choice(q.answer)
    assert rnd.next_question() is None
    res = rnd.results()
    assert res.timed_out and res.duration == 60
    assert (res.answered, res.score, res.unanswered) == (1, 1, 19)


def test_no_time_limit(zone_set, clock):
    rnd = QuizEngine(zone_set, clock=clock).start_round(RoundSettings(Mode.FIND, seed=1))
    clock.advance(10_000)
    assert rnd.time_left() is None and not rnd.is_over()
    assert rnd.elapsed() == 10_000


def test_duration_stops_when_the_last_question_is_done(zone_set, clock):
    rnd = QuizEngine(zone_set, clock=clock).start_round(
        RoundSettings(Mode.NAME, count=10, time_limit=300, seed=1)
    )
    play(rnd, zone_set, knows=lambda q: True, step=lambda: clock.advance(3))
    clock.advance(500)
    res = rnd.results()
    assert res.duration == 30 and not res.timed_out and res.score == 10


# --- progress --------------------------------------------------------------------------
def test_every_finished_question_is_recorded(zone_set, clock):
    progress = Progress()
    engine = QuizEngine(zone_set, progress, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=1))
    play(rnd, zone_set, knows=lambda q: q.kind != "kidney")
    assert len(progress) == len(zone_set.kinds())
    kidney = progress.get(zone_set.view, "find", "kidney")
    spine = progress.get(zone_set.view, "find", "spine")
    assert (kidney.attempts, kidney.first_try_right, kidney.box) == (1, 0, 1)
    assert (spine.attempts, spine.first_try_right, spine.box) == (1, 1, 2)
    assert kidney.last_seen == clock.now
    assert progress.get(zone_set.view, "name", "spine") is None  # per mode


def test_safe_or_not_asks_the_three_levels_evenly(zone_set):
    engine = QuizEngine(zone_set)
    levels = {k: zs[0].safety for k, zs in zone_set.kinds().items()}
    blind = []
    for seed in range(60):
        rnd = engine.start_round(RoundSettings(Mode.SAFETY, count=9, seed=seed))
        asked = Counter(levels[k] for _, k in rnd.plan)
        assert asked == Counter({"target": 3, "caution": 3, "avoid": 3}), asked
        ten = engine.start_round(RoundSettings(Mode.SAFETY, count=10, seed=seed))
        blind.append(sum(levels[k] == "target" for _, k in ten.plan) / 10)
    # answering Target to everything scores about a third, not a half
    assert abs(sum(blind) / len(blind) - 1 / 3) < 0.04
