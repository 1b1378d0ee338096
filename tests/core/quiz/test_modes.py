"""The four quiz modes: questions, distractors, spots and checking answers."""

from __future__ import annotations

import dataclasses
import random

import pytest
import shapely
from shapely.geometry import Point

from massage_trainer.core.quiz import Mode, QuizEngine, RoundSettings
from massage_trainer.core.quiz.modes import (
    MARKER_MAX,
    MARKER_MIN,
    FindIt,
    NameIt,
    SafeOrNot,
    SpotSampler,
    WhichTechnique,
)
from massage_trainer.core.zones import SAFETY_LEVELS, Zone

SEEDS = range(25)


@pytest.fixture(scope="module")
def modes(zone_set):
    return {
        "find": FindIt(zone_set),
        "name": NameIt(zone_set),
        "safety": SafeOrNot(zone_set),
        "technique": WhichTechnique(zone_set),
    }


# --- find it -------------------------------------------------------------------------
def test_find_either_twin_counts(zone_set, modes):
    find = modes["find"]
    paired = [k for k, zones in zone_set.kinds().items() if len(zones) == 2]
    assert len(paired) >= 10
    for kind in paired:
        question = find.build(kind, random.Random(0))
        for zone in zone_set.kinds()[kind]:
            check = find.check(question, zone.label_point)
            assert check.correct, (kind, zone.id)
            assert check.clicked is zone


def test_find_wrong_click_names_what_was_clicked(zone_set, modes):
    find = modes["find"]
    question = find.build("kidney", random.Random(0))
    scapula = zone_set.zone("scapula_left")
    check = find.check(question, scapula.label_point)
    assert not check.correct
    assert check.given == "Shoulder blade" and check.clicked is scapula
    outside = find.check(question, (1.0, 1.0))
    assert not outside.correct and outside.clicked is None
    assert outside.given == "outside the body"


def test_find_prompt(modes):
    assert modes["find"].build("kidney", random.Random(0)).prompt == "Click the kidney area."


def test_find_rejects_a_choice_index(modes):
    question = modes["find"].build("kidney", random.Random(0))
    with pytest.raises(ValueError, match="point"):
        modes["find"].check(question, 2)


# --- name it -------------------------------------------------------------------------
def test_name_distractors_never_include_the_right_name(zone_set, modes):
    name_it = modes["name"]
    for kind, zones in zone_set.kinds().items():
        for seed in SEEDS:
            q = name_it.build(kind, random.Random(seed))
            labels = [c.label for c in q.choices]
            assert len(q.choices) == 4 and len(set(labels)) == 4, (kind, labels)
            assert labels.count(zones[0].name) == 1, (kind, labels)
            assert q.choices[q.answer].label == zones[0].name
            assert q.zone in zones  # the highlighted zone belongs to the kind
            assert [c.keys for c in q.choices] == [("1",), ("2",), ("3",), ("4",)]


def test_name_twins_are_one_answer(zone_set, modes):
    """A pair's shared name is offered once; the other side is never a distractor."""
    name_it = modes["name"]
    for seed in SEEDS:
        q = name_it.build("kidney", random.Random(seed))
        assert [c.label for c in q.choices].count("Kidney area") == 1
        assert all(c.value != "Kidney area" for i, c in enumerate(q.choices) if i != q.answer)


def test_name_checks_index(modes):
    q = modes["name"].build("spine", random.Random(3))
    wrong = (q.answer + 1) % 4
    assert modes["name"].check(q, q.answer).correct
    check = modes["name"].check(q, wrong)
    assert not check.correct and check.given == q.choices[wrong].label
    with pytest.raises(ValueError):
        modes["name"].check(q, 4)


def test_name_answer_varies_in_position(modes):
    positions = {modes["name"].build("spine", random.Random(s)).answer for s in SEEDS}
    assert positions == {0, 1, 2, 3}


# --- which technique ---------------------------------------------------------------
def test_technique_distractors_suit_no_zone_of_the_kind(zone_set, modes):
    tech = modes["technique"]
    eligible = [k for k in zone_set.kinds() if tech.eligible(k)]
    assert eligible
    for kind in eligible:
        suits = {t for z in zone_set.kinds()[kind] for t in z.techniques}
        for seed in SEEDS:
            q = tech.build(kind, random.Random(seed))
            values = [c.value for c in q.choices]
            assert len(set(values)) == 4
            assert q.choices[q.answer].value in suits
            others = [v for i, v in enumerate(values) if i != q.answer]
            assert not set(others) & suits, (kind, others)
            assert q.choices[q.answer].label == zone_set.techniques[values[q.answer]].name


def test_technique_uses_both_twins_lists(fake_zone_set):
    """The fake twins list different techniques; neither may be a distractor."""
    tech = WhichTechnique(fake_zone_set)
    rights = set()
    for seed in range(60):
        q = tech.build("massage_zone", random.Random(seed))
        others = {c.value for i, c in enumerate(q.choices) if i != q.answer}
        assert not others & {"press", "knead", "glide"}
        rights.add(q.choices[q.answer].value)
    assert rights == {"press", "knead", "glide"}


def test_technique_only_for_zones_with_techniques(zone_set, modes):
    tech = modes["technique"]
    for kind, zones in zone_set.kinds().items():
        assert tech.eligible(kind) == (zones[0].safety == "target"), kind


# --- safe or not -------------------------------------------------------------------
def test_safety_spot_lies_well_inside_its_zone(zone_set, modes):
    safety = modes["safety"]
    sampler = safety.spots
    for kind in zone_set.kinds():
        for seed in range(10):
            q = safety.build(kind, random.Random(seed))
            assert q.spot is not None
            under = zone_set.zone_at(*q.spot)
            assert under is q.zone and under.kind == kind
            assert q.choices[q.answer].value == under.safety
            visible = sampler.visible(under)
            margin = visible.boundary.distance(Point(q.spot))
            # the whole marker lies in the zone: its centre at least its radius
            # from every border, wherever the zone is drawn
            r = q.marker_radius
            assert r is not None and MARKER_MIN * 0.5 <= r <= MARKER_MAX, (kind, r)
            assert margin >= r - 1e-6, (kind, q.spot, margin, r)
            assert visible.contains(Point(q.spot).buffer(r * 0.999)), kind


def test_the_marker_is_scaled_to_the_zone(zone_set, modes):
    sampler = modes["safety"].spots
    radius = {k: sampler.marker(zs[0])[0] for k, zs in zone_set.kinds().items()}
    area = {k: sampler.visible(zs[0]).area for k, zs in zone_set.kinds().items()}
    small = min(area, key=area.get)
    big = max(area, key=area.get)
    assert radius[small] < radius[big]
    # the armpit fold's marker no longer covers the fold
    fold = zone_set.kinds()["armpit_fold"][0]
    assert radius["armpit_fold"] ** 2 * 3.15 < 0.5 * sampler.visible(fold).area


def test_safety_spot_never_lands_under_an_overlay(fake_zone_set):
    """The avoid notch is drawn on top of the massage zone: a spot for the
    massage zone must stay off it (and 1 cm away), a spot for the notch on it."""
    safety = SafeOrNot(fake_zone_set)
    notches = [z.geometry for z in fake_zone_set.kinds()["notch"]]
    for seed in range(200):
        q = safety.build("massage_zone", random.Random(seed))
        assert q.zone.safety == "target"
        assert min(n.distance(Point(q.spot)) for n in notches) >= 1.0 - 1e-9, q.spot
        n = safety.build("notch", random.Random(seed))
        assert n.zone.kind == "notch" and n.choices[n.answer].value == "avoid"


def test_safety_choices_and_keys(modes):
    q = modes["safety"].build("kidney", random.Random(0))
    assert [c.value for c in q.choices] == list(SAFETY_LEVELS)
    assert [q.choice_for_key(k) for k in ("1", "2", "3", "t", "C", "a", "x", "4")] == [
        0,
        1,
        2,
        0,
        1,
        2,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("kind", "given", "mistake"),
    [
        ("kidney", "target", True),  # avoid called a target
        ("scapula", "target", True),  # caution called a target
        ("kidney", "caution", True),  # avoid called caution: still less cautious than the truth
        ("scapula", "avoid", False),  # overcautious: a miss, not a safety mistake
        ("massage_zone", "avoid", False),
        ("massage_zone", "caution", False),
    ],
)
def test_safety_mistake_when_the_answer_is_less_cautious(modes, kind, given, mistake):
    q = modes["safety"].build(kind, random.Random(1))
    check = modes["safety"].check(q, list(SAFETY_LEVELS).index(given))
    assert not check.correct
    assert check.safety_mistake is mistake


def test_spot_sampler_is_reproducible(zone_set):
    a, b = SpotSampler(zone_set), SpotSampler(zone_set)
    zone = zone_set.zone("massage_zone_left")
    assert [a.sample(zone, random.Random(s)) for s in SEEDS] == [
        b.sample(zone, random.Random(s)) for s in SEEDS
    ]
    assert len({a.sample(zone, random.Random(s)) for s in SEEDS}) == len(SEEDS)


def test_questions_per_kind_not_per_zone(zone_set):
    engine = QuizEngine(zone_set)
    kinds = engine.eligible_kinds(Mode.FIND)
    assert len(kinds) == len(zone_set.kinds()) < len(zone_set.zones)
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=None, seed=1))
    assert sorted(k for _, k in rnd.plan) == sorted(kinds)


def test_a_kind_hidden_under_an_overlay_is_not_asked(fake_zone_set):
    """A zone that no click can reach cannot be found nor marked."""
    hidden = Zone(
        id="hidden",
        name="Hidden",
        side="none",
        safety="target",
        why="-",
        techniques=("press",),
        warnings=(),
        geometry=shapely.box(6, 26, 8, 28),
        region="back",
    )
    zs = dataclasses.replace(fake_zone_set, zones=(*fake_zone_set.zones, hidden))
    engine = QuizEngine(zs)
    for mode in Mode:
        assert "hidden" not in engine.eligible_kinds(mode), mode
    assert "massage_zone" in engine.eligible_kinds(Mode.SAFETY)
