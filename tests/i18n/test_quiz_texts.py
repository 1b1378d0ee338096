"""The quiz, the safety words, times, routines and the learner's record speak
the learner's language: with a marking translator installed, every text they
make is marked (nothing English is left outside a translated text)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from massage_trainer.core import i18n, safety
from massage_trainer.core.classresults import load_class
from massage_trainer.core.exam import Exam, ExamSitting, ResultsError, read_results
from massage_trainer.core.quiz import Mode, QuizEngine, RoundSettings, wording
from massage_trainer.core.quiz.answerlog import AnswerLog
from massage_trainer.core.quiz.modes import (
    MODE_LABELS,
    mirror_explanation,
    safety_choices,
    way_labels,
    which_way_names,
)
from massage_trainer.core.quiz.progress import ProgressStore
from massage_trainer.core.routine_session import RoutineSession, nearby_heading
from massage_trainer.core.routines import load_routines
from massage_trainer.core.timefmt import spoken_time
from massage_trainer.core.zones import ZoneSet, load_zone_set, read_views
from tests.i18n.marking import CLOSE, INNERMOST, OPEN


def unmarked(text: str) -> str:
    """What is left of ``text`` once every marked part (and what was filled
    into it) is taken out: words there were never translated."""
    while True:
        shorter = INNERMOST.sub("", text)
        if shorter == text:
            return text
        text = shorter


def assert_marked(texts, allowed: tuple[str, ...] = ()) -> int:
    """Every text is marked, with no letters outside its marks (but for the
    ``allowed`` content texts, which come translated from the overlays)."""
    checked = 0
    for text in texts:
        assert OPEN in text, f"not translated: {text!r}"
        rest = unmarked(text)
        for word in sorted(allowed, key=len, reverse=True):
            if word:
                rest = rest.replace(word, "")
        assert not re.search(r"[^\W\d_]", rest), f"{rest!r} of {text!r} is not translated"
        checked += 1
    return checked


def test_the_check_finds_an_english_text_outside_the_marks():
    with pytest.raises(AssertionError):
        assert_marked([f"{OPEN}Right: {OPEN}x{CLOSE}{CLOSE} One more try."])
    with pytest.raises(AssertionError):
        assert_marked(["Right: that is the spine."])
    assert_marked([f"{OPEN}Right: {OPEN}x{CLOSE}{CLOSE} {OPEN}One more try.{CLOSE}"])


@pytest.fixture(scope="module")
def views() -> dict[str, ZoneSet]:
    return {view: load_zone_set(path) for view, path in read_views().items()}


def content_texts(views: dict[str, ZoneSet]) -> tuple[str, ...]:
    """The texts that come from the content files (translated by overlays)."""
    out: set[str] = set()
    for zone_set in views.values():
        out.add(zone_set.title)
        out.update(zone_set.regions.values())
        for zone in zone_set.zones:
            out.update((zone.name, zone.why, *zone.warnings))
        for technique in zone_set.techniques.values():
            out.update((technique.name, technique.summary))
    return tuple(out)


def test_safety_words_translate_on_every_look_up(marked):
    texts = [*safety.SAFETY_WORDS.values(), *safety.SAFETY_DESCRIPTIONS.values()]
    texts += list(safety.SAFETY_PHRASES.values())
    for labels in safety.LEVELS:
        texts += [labels.word, labels.description, labels.phrase, labels.mistaken_for]
    assert assert_marked(texts) == 21
    i18n.install(None, None, "en")
    assert dict(safety.SAFETY_WORDS) == {"target": "Target", "caution": "Caution", "avoid": "Avoid"}


def test_times_are_said_in_the_learners_language(marked):
    said = [spoken_time(s) for s in (0, 1, 45, 60, 75, 3600, 3725, 7260)]
    assert_marked(said)
    assert said[4] == f"{OPEN}{OPEN}1 minute{CLOSE} {OPEN}15 seconds{CLOSE}{CLOSE}"


def play(engine: QuizEngine, settings: RoundSettings, right: bool) -> list[str]:
    """Every text a round shows, answering right or wrong (and taking hints)."""
    rnd = engine.start_round(settings)
    texts: list[str] = []
    zone_set_of = engine.zone_set_of
    while (q := rnd.next_question()) is not None:
        texts += [q.prompt, wording.status_line(rnd), wording.clock_text(rnd)]
        if q.form == "side":
            texts.append(q.name)
        where = wording.where_text(q, zone_set_of(q))
        if where:
            texts.append(where)
        texts.append(rnd.hint().text)
        if q.mode is Mode.FIND:
            zone_set = zone_set_of(q)
            other = next(z for z in zone_set.zones if z.kind != q.kind)
            for point in ((-50.0, -50.0), other.label_point, other.label_point):
                fb = rnd.answer_click(*point)
                texts.append(fb.message)
            target = q.zones[0] if q.form != "side" else q.zone
            if not fb.done:
                fb = rnd.answer_click(*target.label_point)
                texts.append(fb.message)
        elif q.form == "typed":
            fb = rnd.answer_text(q.name if right else "spine")
            texts.append(fb.message)
        else:
            assert q.answer is not None
            index = q.answer if right else (q.answer + 1) % len(q.choices)
            fb = rnd.answer_choice(index)
            texts.append(fb.message)
            texts += [
                wording.answer_name(q, i, wording.answer_mark(fb, i)) for i in range(len(q.choices))
            ]
            texts += [c.label for c in q.choices if q.mode in (Mode.SAFETY,)]
        texts.append(wording.feedback_text(fb))
        explanation = wording.explanation(fb, engine)
        texts += [line for line in explanation.split("\n") if line and line != fb.why]
    results = rnd.results()
    texts += [t for t in wording.round_summary(results).split("\n") if t]
    texts.append(wording.details_text(results))
    return texts


@pytest.mark.parametrize("mode", list(Mode))
def test_a_round_in_every_mode_is_all_translated(marked, views, mode):
    engine = QuizEngine(views["back"], views=views)
    allowed = content_texts(views)
    for right in (True, False):
        texts = play(engine, RoundSettings(mode, count=4, seed=7), right)
        assert_marked(texts, allowed)
    if mode is Mode.FIND:
        texts = play(engine, RoundSettings(mode, count=4, seed=3, sides=True), False)
        assert_marked(texts, allowed)
    if mode is Mode.NAME:
        for right in (True, False):
            texts = play(engine, RoundSettings(mode, count=3, seed=4, typed=True), right)
            assert_marked(texts, allowed)


def test_the_quiz_tables_and_set_up_texts(marked, views):
    back = views["back"]
    engine = QuizEngine(back, views=views)
    allowed = content_texts(views)
    texts = [*MODE_LABELS.values(), *wording.MODE_DESCRIPTIONS.values()]
    texts += list(wording.MODE_HINTS.values())
    texts += [wording.typed_hint(), wording.setup_intro(), wording.next_label(True)]
    texts += [wording.next_label(False), wording.no_questions_tip(Mode.FIND)]
    texts += [wording.mode_description(m) for m in Mode]
    texts += [wording.setup_summary(a, b, "Back") for a, b in ((0, 0), (1, 1), (10, 12))]
    texts += [wording.due_summary(a, b) for a, b in ((0, 0), (3, 3), (0, 2), (2, 5))]
    texts += [name for _key, name in engine.regions() if name not in allowed]
    texts += [mirror_explanation(z, side) for z in views.values() for side in ("left", "right")]
    texts += [label for z in views.values() for label in way_labels(z).values()]
    texts += list(which_way_names(back).values())
    texts += [c.label for c in safety_choices()]
    texts.append(wording.click_text(back, *back.zones[0].label_point))
    assert_marked(texts, (*allowed, "Back"))
    # the answer keys come from the translation's letters
    assert [c.keys for c in safety_choices()] == [("1", "t"), ("2", "c"), ("3", "a")]


def test_the_results_with_hints_time_out_and_misses(marked, views):
    engine = QuizEngine(views["back"])
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=5, seed=2, time_limit=60))
    q = rnd.next_question()
    rnd.hint()
    rnd.answer_choice(q.answer)
    q = rnd.next_question()
    rnd.answer_choice((q.answer + 1) % 4)
    results = replace(rnd.results(), timed_out=True)
    texts = [wording.score_text(results), wording.details_text(results)]
    texts += [wording.misses_heading(results), wording.results_title(results)]
    texts.append(wording.details_text(replace(results, planned=results.answered + 1)))
    texts.append(wording.details_text(replace(results, timed_out=False)))
    texts.append(wording.score_text(replace(results, answered=0)))
    texts.append(wording.misses_heading(replace(results, misses=())))
    texts.append(wording.clock_text(rnd))
    assert_marked(texts, content_texts(views))


def test_a_routine_speaks_the_learners_language(marked, views):
    back = views["back"]
    routine = next(iter(load_routines(back)))
    now = [0.0]
    session = RoutineSession(routine, back, lambda: now[0], views=views)
    texts = [session.position_text(), session.progress_text(), session.step_description()]
    texts += [session.hint(), session.start_label(), session.step_announcement()]
    texts += [session.time_left_announcement(), nearby_heading()]
    session.toggle()
    now[0] += 5
    texts += [session.hint(), session.start_label(), session.time_left_announcement()]
    session.toggle()
    texts += [session.hint(), session.start_label()]
    now[0] += 1e6
    session.toggle()
    session.tick()
    texts += [session.hint(), session.start_label()]
    session.go_to(session.count - 1)
    session.next()
    texts += [session.hint(), session.progress_text()]
    session.go_to(session.count - 1)
    session.toggle()
    now[0] += 2e6
    session.tick()
    texts += [session.hint(), session.progress_text()]
    step = replace(routine.steps[0], zones=("scapula_left",), zone_ids=("scapula_left",))
    paired = session.zone_names(step)
    assert paired and paired[0] not in content_texts(views), "one side of a pair, named"
    texts += paired
    assert_marked(texts, content_texts(views))


def test_warnings_about_the_saved_record(marked, tmp_path):
    store = ProgressStore(tmp_path)
    store.path.write_text("{not json")
    texts = [store.load().warning or ""]
    store.path.write_text(json.dumps({"schema": 99, "items": {}}))
    texts.append(store.load().warning or "")
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    log = AnswerLog(log_dir)
    log.path.write_bytes(b"not a database at all, not at all" * 100)
    log.open_quietly()
    texts.append(log.warning or "")
    assert_marked(texts, ("progress.corrupt", "answers.corrupt", "json", "sqlite3"))


def test_results_files_and_names_refused_in_the_learners_language(marked, tmp_path, views):
    texts = []
    for name, raw in (
        ("empty.json", b""),
        ("bad.json", b"{"),
        ("other.json", b'{"kind": "something else"}'),
        ("latin.json", b"\xff\xfe"),
    ):
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(ResultsError) as caught:
            read_results(path)
        texts.append(caught.value.reason)
    exam = Exam(
        path=Path("exam.yaml"), title="Exam", views=("back",), modes=(Mode.FIND,), questions=1
    )
    for learner in ("  ", "x" * 500):
        with pytest.raises(ValueError) as error:
            ExamSitting(exam, views, learner)
        texts.append(str(error.value))
    empty = tmp_path / "folder"
    empty.mkdir()
    texts += [r.reason for r in load_class([empty]).rejected]
    assert_marked(texts, ("JSON", "UTF"))


def test_english_is_unchanged_without_a_translator(views):
    assert spoken_time(75) == "1 minute 15 seconds"
    assert spoken_time(3725) == "1 hour 2 minutes"
    assert wording.setup_summary(1, 2, "Back") == (
        "1 question from 2 areas in \u201cBack\u201d. A left/right pair counts as one area."
    )
    assert wording.MODE_HINTS[Mode.SAFETY] == "Press T, C or A (or 1\u20133), or click."
    engine = QuizEngine(views["back"], views=views)
    q = engine.start_round(RoundSettings(Mode.FIND, seed=1, region="front:")).next_question()
    assert q.prompt.startswith("Front view: click the ")
    assert date(2026, 12, 1)  # the date goes through i18n.long_date (see test_timefmt)
