"""The quiz's wording, from engine objects: hints, status, feedback, explanations, results."""

from __future__ import annotations

import pytest

from massage_trainer.core.quiz import (
    Miss,
    Mode,
    QuizEngine,
    RoundResults,
    RoundSettings,
)
from massage_trainer.core.quiz import wording as w
from massage_trainer.core.quiz.modes import Question, safety_choices


def question(zone_set, mode: Mode, kind: str) -> Question:
    zones = tuple(zone_set.kinds()[kind])
    return Question(mode, kind, zones[0].name, "?", zones, zones[0])


def results(**changes) -> RoundResults:
    values = dict(
        mode=Mode.NAME,
        planned=10,
        answered=10,
        score=7,
        duration=75.4,
        timed_out=False,
        misses=(),
    )
    values.update(changes)
    return RoundResults(**values)


def test_plurals():
    assert w.plural(1, "question") == "1 question"
    assert w.plural(3, "question") == "3 questions"
    assert w.plural(0, "area") == "0 areas"
    assert w.plural(2, "miss", "misses") == "2 misses"
    assert w.plural(1, "miss", "misses") == "1 miss"
    assert (w.was_were(1), w.was_were(2)) == ("was", "were")


def test_every_mode_has_a_description_and_a_hint():
    for mode in Mode:
        assert w.MODE_DESCRIPTIONS[mode].count("&") == 1  # one mnemonic
        assert "&" not in w.mode_description(mode)
        assert w.mode_description(mode).startswith(mode.label)
        assert w.MODE_HINTS[mode]
    mnemonics = {d[d.index("&") + 1].lower() for d in w.MODE_DESCRIPTIONS.values()}
    assert len(mnemonics) == len(Mode)
    assert w.no_questions_tip(Mode.TECHNIQUE) == "Which technique has no questions here"


def test_setup_summary():
    assert w.setup_summary(10, 14, "Back") == (
        "10 questions from 14 areas in \u201cBack\u201d. A left/right pair counts as one area."
    )
    assert w.setup_summary(1, 1, "Whole body").startswith("1 question from 1 area in")
    assert w.setup_summary(0, 0, "Back") == w.NO_QUESTIONS


def test_status_line_and_clock(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=3, seed=5, practice=True))
    q = rnd.next_question()
    assert w.status_line(rnd) == "Name it (practice) \u00b7 Question 1 of 3 \u00b7 Score 0"
    rnd.answer_choice(q.answer)
    assert w.status_line(rnd).endswith("Score 1")
    clock.advance(75.4)
    assert w.clock_text(rnd) == "Time 1:15"
    timed = engine.start_round(RoundSettings(Mode.FIND, count=3, seed=5, time_limit=60))
    assert w.status_line(timed) == "Find it \u00b7 Question 0 of 3 \u00b7 Score 0"
    clock.advance(14.6)
    assert w.clock_text(timed) == "Time left 0:45"


def test_answer_buttons_before_and_after(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.SAFETY, count=1, seed=3))
    q = rnd.next_question()
    assert q.choices == safety_choices()
    assert [w.answer_label(q, i) for i in range(3)] == [
        "1 / T    Target",
        "2 / C    Caution",
        "3 / A    Avoid",
    ]
    assert w.answer_name(q, 1) == "Answer 2: Caution"
    wrong = next(i for i in range(3) if i != q.answer)
    fb = rnd.answer_choice(wrong)
    assert w.answer_mark(fb, q.answer) == w.RIGHT_ANSWER
    assert w.answer_mark(fb, wrong) == w.YOUR_ANSWER
    assert w.marked_answer_label(fb, q.answer).endswith("    \u2713 right answer")
    assert w.marked_answer_label(fb, wrong).endswith("    \u2717 your answer")
    assert w.answer_name(q, wrong, w.answer_mark(fb, wrong)).endswith(", your answer")
    assert w.next_label(rnd.is_over()) == "See &Results"
    assert w.next_label(False) == "&Next"

    name_round = engine.start_round(RoundSettings(Mode.NAME, count=1, seed=3))
    nq = name_round.next_question()
    assert w.answer_label(nq, 0) == f"1    {nq.choices[0].label}"


def test_feedback_verdicts(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.SAFETY, count=None, seed=2))
    seen = set()
    while (q := rnd.next_question()) is not None:
        target = 0  # "Target": a safety mistake on any caution or avoid spot
        fb = rnd.answer_choice(target)
        v = w.verdict(fb)
        seen.add(v)
        assert w.feedback_text(fb) == f"{w.VERDICT_ICONS[v]} {fb.message}"
        if q.zone.safety == "target":
            assert v == w.VERDICT_RIGHT and w.feedback_text(fb).startswith("\u2713 Right")
        else:
            assert v == w.VERDICT_SAFETY
            assert w.feedback_text(fb).startswith("\u26a0 Safety mistake")
    assert seen == {w.VERDICT_RIGHT, w.VERDICT_SAFETY}


def test_explanations(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    rnd = engine.start_round(RoundSettings(Mode.TECHNIQUE, count=1, seed=4))
    q = rnd.next_question()
    fb = rnd.answer_choice(q.answer)
    lines = w.explanation(fb, engine).split("\n")
    suits = [t for z in q.zones for t in z.techniques]
    names = [zone_set.techniques[t].name for t in dict.fromkeys(suits)]
    assert lines[0] == (
        f"Techniques that suit the {q.name[0].lower() + q.name[1:]}: {', '.join(names)}."
    )
    assert lines[1] == f"{q.name}: Target \u2013 work here."
    assert lines[2] == q.zone.why

    find = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=4))
    while (fq := find.next_question()) is not None and fq.kind != "spine":
        find.answer_click(*fq.zone.label_point)
    assert fq is not None
    wrong = zone_set.zone("calf_left").label_point  # in the body, not the spine
    first = find.answer_click(*wrong)  # two tries left
    assert not first.done and w.explanation(first, engine) == ""
    find.answer_click(*wrong)
    last = find.answer_click(*wrong)
    assert w.explanation(last, engine).split("\n")[:2] == [
        "Spine: Avoid \u2013 no direct pressure.",
        fq.zone.why,
    ]


def test_miss_texts(zone_set):
    find = question(zone_set, Mode.FIND, "kidney")
    assert (
        w.miss_text(Miss(find, ("Spine", "outside the body"), find.name, found_later=True))
        == "Kidney area: you clicked the spine, outside the body; found at try 3"
    )
    assert w.miss_text(Miss(find, ("Spine",) * 3, find.name)).endswith("; not found")
    safety = question(zone_set, Mode.SAFETY, "spine")
    assert (
        w.miss_text(Miss(safety, ("Target",), "Avoid", safety_mistake=True))
        == "Spine: you said Target; it is Avoid (safety mistake)"
    )
    assert w.miss_text(Miss(safety, ("Avoid",), "Caution")) == (
        "Spine: you said Avoid; it is Caution"
    )
    technique = question(zone_set, Mode.TECHNIQUE, "upper_trapezius")
    assert w.miss_text(Miss(technique, ("Tapping",), "Kneading")).endswith(
        ": you chose Tapping; Kneading suits it"
    )
    name = question(zone_set, Mode.NAME, "scapula")
    assert w.miss_text(Miss(name, ("Spine",), name.name)) == "Shoulder blade: you answered Spine"


@pytest.mark.parametrize(
    ("changes", "details"),
    [
        ({}, "Time: 1:15."),
        ({"timed_out": True}, "Time: 1:15. The time ran out."),
        (
            {"timed_out": True, "answered": 9},
            "Time: 1:15. The time ran out; 1 question was not asked.",
        ),
        (
            {"timed_out": True, "answered": 7},
            "Time: 1:15. The time ran out; 3 questions were not asked.",
        ),
        ({"answered": 4}, "Time: 1:15. Ended after 4 of 10 questions."),
    ],
)
def test_results_details(changes, details):
    assert w.details_text(results(**changes)) == details


def test_results_page_words(zone_set):
    assert w.results_title(results()) == "Results: Name it"
    assert w.score_text(results()) == "7 of 10 right at the first try (70%)"
    assert w.score_text(results(answered=3, score=2)).endswith("(67%)")
    assert w.score_text(results(answered=0, score=0)) == "No questions answered"
    assert w.misses_heading(results()) == w.NO_MISSES
    assert w.misses_heading(results(answered=0)) == ""
    assert w.safety_mistakes_text(results()) == ""

    spot = question(zone_set, Mode.SAFETY, "spine")
    misses = (
        Miss(spot, ("Target",), "Avoid", safety_mistake=True),
        Miss(spot, ("Caution",), "Avoid", safety_mistake=True),
        Miss(spot, ("Avoid",), "Caution"),
    )
    res = results(mode=Mode.SAFETY, misses=misses)
    assert w.safety_mistakes_text(res).startswith("\u26a0 2 safety mistakes: a spot was called")
    assert w.misses_heading(res) == "3 misses (select one to see it on the map):"
    summary = w.round_summary(res).split("\n")
    assert summary[:3] == [
        "Results: Safe or not",
        "7 of 10 right at the first try (70%)",
        "Time: 1:15.",
    ]
    assert summary[-3:] == [w.miss_text(m) for m in misses]
    assert w.round_summary(results()).split("\n")[-1] == w.NO_MISSES


def test_where_the_question_is_in_words(zone_set, clock):
    engine = QuizEngine(zone_set, clock=clock)
    levels = {"target", "caution", "avoid", "safe"}
    for mode in (Mode.SAFETY, Mode.NAME, Mode.TECHNIQUE):
        rnd = engine.start_round(RoundSettings(mode, count=None, seed=9))
        while (q := rnd.next_question()) is not None:
            text = w.where_text(q, zone_set)
            lead = "The marked spot is " if mode is Mode.SAFETY else "The highlighted area is "
            assert text.startswith(lead) and text.endswith("."), text
            assert not levels & set(text.lower().replace(",", " ").replace(".", " ").split())
            if q.zone.side != "none" and mode is not Mode.SAFETY:
                assert q.zone.side in text
            rnd.answer_choice(q.answer)
    find = engine.start_round(RoundSettings(Mode.FIND, count=1, seed=9))
    assert w.where_text(find.next_question(), zone_set) == ""
    x, y = zone_set.landmarks["popliteal_right"]
    assert w.click_text(zone_set, x, y) == "You clicked on the back of the right knee."
    assert w.click_text(zone_set, -3, 0) == "You clicked outside the body."
