"""Statistics from the answer log: per day, streaks, zones, confusions, due counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from massage_trainer.core.quiz import Mode, Progress, QuizEngine, RoundSettings
from massage_trainer.core.quiz import statistics as st
from massage_trainer.core.quiz.answerlog import Answer, AnswerLog

DAY0 = date(2024, 5, 1)


def _at(day: int, hour: int = 12) -> float:
    return datetime.combine(DAY0 + timedelta(days=day), datetime.min.time()).timestamp() + (
        hour * 3600
    )


def _add(log, day, n, right, item="kidney", answer_item=None, mode="find", **kw):
    for i in range(n):
        log.record(
            Answer(
                time=_at(day) + i,
                mode=mode,
                view="back",
                item=item,
                question="q",
                answer="a",
                correct=i < right,
                answer_item=answer_item if i >= right else item,
                **kw,
            )
        )


@pytest.fixture
def log(tmp_path):
    return AnswerLog(tmp_path)


def test_answers_and_accuracy_per_day(log):
    _add(log, 0, 4, 3)
    _add(log, 2, 10, 5)
    _add(log, 2, 2, 2, try_number=0)  # clicks outside the body: no try, not counted
    days = st.daily(log)
    assert [(d.day, d.answers, d.right) for d in days] == [
        ("2024-05-01", 4, 3),
        ("2024-05-03", 10, 5),
    ]
    assert days[0].accuracy == 0.75
    assert st.study_days(log) == {"2024-05-01": 4, "2024-05-03": 10}
    assert st.daily(log, since="2024-05-02")[0].day == "2024-05-03"


def test_the_streak_counts_days_with_ten_answers(log):
    for day in (0, 1, 2, 4, 5, 6):
        _add(log, day, 10 if day != 5 else 9, 5)
    assert st.streak(log, today=DAY0 + timedelta(days=2)) == 3
    assert st.streak(log, today=DAY0 + timedelta(days=3)) == 3  # today not over yet
    assert st.streak(log, today=DAY0 + timedelta(days=6)) == 1  # day 5 had nine
    assert st.streak(log, today=DAY0 + timedelta(days=9)) == 0


def test_accuracy_and_response_time_per_zone(log):
    _add(log, 0, 4, 1, item="kidney", response_ms=1000)
    _add(log, 0, 2, 2, item="spine", response_ms=500)
    zones = {z.item: z for z in st.per_zone(log, view="back")}
    assert zones["kidney"].answers == 4 and zones["kidney"].accuracy == 0.25
    assert zones["spine"].mean_response_ms == 500
    assert st.per_zone(log, view="front") == []


def test_often_confused_with(log):
    _add(log, 0, 5, 0, item="kidney", answer_item="lower_back")
    _add(log, 0, 2, 0, item="kidney", answer_item="spine")
    _add(log, 0, 3, 0, item="knee", answer_item="knee_back", mode="name")
    _add(log, 0, 4, 0, item="kidney", answer_item="caution", mode="safety")  # not a zone
    pairs = [(c.item, c.instead, c.times) for c in st.confusions(log)]
    assert pairs == [("kidney", "lower_back", 5), ("knee", "knee_back", 3), ("kidney", "spine", 2)]


def test_safety_mistakes_over_time(log):
    _add(log, 0, 3, 0, mode="safety", answer_item="target", safety_mistake=True)
    _add(log, 1, 3, 3, mode="safety")
    assert st.safety_mistakes_by_day(log) == [("2024-05-01", 3), ("2024-05-02", 0)]


def test_due_today_and_tomorrow_from_the_engine(zone_set, tmp_path):
    now = [_at(0, 9)]
    engine = QuizEngine(zone_set, Progress(), lambda: now[0])
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=4, seed=1))
    while (q := rnd.next_question()) is not None:
        rnd.answer_choice(q.answer if q.kind != rnd.plan[0][1] else (q.answer + 1) % 4)
    # one miss is due again in ten minutes (today); the three right ones in two days
    assert st.due_counts(engine.progress, now[0]) == (1, 1)
    assert st.due_counts(engine.progress, now[0] + 86400) == (1, 4)
    assert st.due_counts(engine.progress, now[0], view="front") == (0, 0)


def test_the_running_totals_agree_with_the_answers(log):
    import random

    rng = random.Random(5)
    for i in range(300):
        log.record(
            Answer(
                time=_at(rng.randrange(5)) + i,
                mode=rng.choice(["find", "name", "safety"]),
                view=rng.choice(["back", "front"]),
                item=rng.choice(["kidney", "spine", "knee"]),
                question="q",
                answer="a",
                correct=rng.random() < 0.6,
                safety_mistake=rng.random() < 0.2,
                response_ms=rng.choice([None, rng.randint(100, 5000)]),
                try_number=rng.choice([0, 1, 1, 2]),
            )
        )
    db = log.connection()
    raw = db.execute(
        "SELECT day, count(*), sum(correct) FROM answers WHERE try > 0 GROUP BY day ORDER BY day"
    ).fetchall()
    assert [(d.day, d.answers, d.right) for d in st.daily(log)] == raw
    raw_zone = dict(
        (item, (n, r, ms))
        for item, n, r, ms in db.execute(
            "SELECT item, count(*), sum(correct), avg(response_ms) FROM answers "
            "WHERE try > 0 AND view = 'back' GROUP BY item"
        )
    )
    for z in st.per_zone(log, view="back"):
        n, r, ms = raw_zone[z.item]
        assert (z.answers, z.right) == (n, r) and z.mean_response_ms == pytest.approx(ms)


def test_mastery_is_the_chance_of_recall_today(zone_set):
    progress = Progress()
    t0 = _at(0)
    progress.record("back", "find", "kidney", right=True, now=t0)
    progress.record("back", "name", "kidney", right=False, now=t0)
    progress.record("back", "find", "spine", right=True, now=t0)
    today = st.mastery(progress, "back", now=t0 + 3600)
    assert today["kidney"] < today["spine"] < 1.0  # a miss pulls it down
    later = st.mastery(progress, "back", "find", now=t0 + 20 * 86400)
    assert later["spine"] < 0.9 and set(later) == {"kidney", "spine"}
    assert [st.mastery_level(c) for c in (0.0, 0.6, 0.8, 0.9, 1.0)] == [1, 2, 3, 4, 5]
