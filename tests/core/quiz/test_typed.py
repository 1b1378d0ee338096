"""Typed recall: names, aliases, case, accents and small typos; the aliases key."""

from __future__ import annotations

import pytest

from massage_trainer.core.quiz import AnswerLog, Mode, QuizEngine, RoundSettings
from massage_trainer.core.quiz.typed import TypeIt, allowed_typos, fold_answer
from massage_trainer.core.zones import ZoneFileError, load_zone_set
from tests.core.test_zone_loader import SQUARE, edit, write


@pytest.fixture(scope="module")
def typer(zone_set):
    return TypeIt(zone_set)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Kidney area", "kidney"),
        ("kidney AREA", "kidney"),
        ("the kidney area", "kidney"),
        ("kindey area", "kidney"),  # two letters swapped: one typo
        ("shoulder blade", "scapula"),
        ("Scapula", "scapula"),
        ("scapul", "scapula"),
        ("Scápula", "scapula"),  # accents ignored
        ("sacrum", "sacrum"),
        ("buttocks", "gluteal"),
        ("Back of the knee", "knee_back"),
        ("back-of-the-knee", "knee_back"),
    ],
)
def test_names_aliases_case_accents_and_small_typos_match(typer, typed, kind):
    found = typer.match(typed, kind)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("kdny", "kidney"),  # too far from a short name
        ("hnad", "hand"),  # a short name allows no typo
        ("shoulder", "scapula"),
        ("", "kidney"),
    ],
)
def test_far_answers_do_not_match(typer, typed, kind):
    found = typer.match(typed, kind)
    assert found is None or found.kind != kind


def test_typos_allowed_grow_with_length():
    assert [allowed_typos(n) for n in ("hand", "scapula", "kidney area", "back of the knee")] == [
        0,
        1,
        2,
        2,
    ]
    assert fold_answer("  The  Shoulder\u2019s   Blade ") == "shoulder s blade"


def test_a_typed_round(zone_set, tmp_path):
    log = AnswerLog(tmp_path)
    engine = QuizEngine(zone_set, log=log)
    rnd = engine.start_round(RoundSettings(Mode.NAME, count=3, seed=2, typed=True))
    q = rnd.next_question()
    assert q.form == "typed" and q.choices == () and q.prompt.startswith("Type the name")
    fb = rnd.answer_text(q.name.upper())
    assert fb.correct and fb.first_try and fb.done
    q = rnd.next_question()
    other = next(zs[0] for k, zs in zone_set.kinds().items() if k != q.kind)
    fb = rnd.answer_text(other.name)
    assert not fb.correct and fb.done
    assert other.name.lower() in fb.message.lower() and q.name.lower() in fb.message.lower()
    q = rnd.next_question()
    fb = rnd.answer_text("zzzz")
    assert not fb.correct and fb.message.startswith("Not quite")
    rows = log.answers()
    assert [r.kind for r in rows] == ["typed"] * 3
    assert rows[1].answer_item == other.kind  # a confusion the statistics can show
    assert engine.progress.get(zone_set.view, "typed", rows[0].item) is not None
    with pytest.raises(ValueError, match="typed"):
        engine.start_round(RoundSettings(Mode.FIND, typed=True))


def test_a_typo_is_right_and_shows_the_spelling(zone_set):
    engine = QuizEngine(zone_set)
    for seed in range(100):
        rnd = engine.start_round(RoundSettings(Mode.NAME, count=1, seed=seed, typed=True))
        q = rnd.next_question()
        if q.kind == "kidney":
            fb = rnd.answer_text("kidny area")
            assert fb.correct and "Kidney area" in fb.message and "spelling" in fb.message
            return
    raise AssertionError("no kidney question")


# --- the aliases key ----------------------------------------------------------------
def test_aliases_load(tmp_path):
    text = edit(SQUARE, "    name: Crown\n", "    name: Crown\n    aliases: [Top, Cap]\n")
    zs = load_zone_set(write(tmp_path, text))
    assert zs.zone("crown").aliases == ("Top", "Cap")
    assert zs.zone("half_left").aliases == ()


@pytest.mark.parametrize(
    ("aliases", "words"),
    [
        ("[Top, '']", "non-empty text"),
        ("[Top, top]", "same name twice"),
        ("[Lower half]", "already a name of zone half_left"),
        ("Top", "list"),
    ],
)
def test_bad_aliases_are_reported_with_the_zone(tmp_path, aliases, words):
    text = edit(SQUARE, "    name: Crown\n", f"    name: Crown\n    aliases: {aliases}\n")
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(write(tmp_path, text))
    messages = [str(p) for p in info.value.problems]
    assert any(words in m and "crown" in m for m in messages), messages


def test_twins_may_share_aliases_and_the_shipped_ones_are_clean(tmp_path, zone_set):
    text = SQUARE.replace("    name: Lower half\n", "    name: Lower half\n    aliases: [Base]\n")
    zs = load_zone_set(write(tmp_path, text))
    assert zs.zone("half_left").aliases == zs.zone("half_right").aliases == ("Base",)
    assert zone_set.kinds()["scapula"][0].aliases  # the built-in file has aliases


def test_an_exact_alias_beside_a_close_name_counts_as_exact():
    # German has "Nieren" and "Niere" for the kidney area: typing the second
    # must not be taken for a typo of the first
    from massage_trainer.core import i18n

    i18n.install(None, None, "de")
    try:
        typer = TypeIt(load_zone_set())
    finally:
        i18n.install(None, None, "en")
    names = list(typer.names("kidney"))
    assert fold_answer("Niere") in names and fold_answer("Nieren") in names
    for name in names:
        found = typer.match(name, "kidney")
        assert found is not None and found.kind == "kidney" and found.typos == 0, name
