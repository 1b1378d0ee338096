"""Guided routines: the shipped file, the checks on broken files, ``validate``."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from massage_trainer import cli
from massage_trainer.core import paths
from massage_trainer.core.routines import (
    SECONDS_MAX,
    SECONDS_MIN,
    RoutineFileError,
    check_routine_file,
    load_routines,
    nearby_cautions,
    routine_file_for,
)
from massage_trainer.core.yamlsource import read_yaml
from massage_trainer.core.zones import builtin_views, load_zone_set

SHIPPED = paths.zones_dir() / "routines.yaml"
# DOMAIN.md section 6: the order of a full session
SECTION_6 = [
    "upper_trapezius",
    "neck_muscles",
    "upper_arm",
    "forearm",
    "hand",
    "massage_zone",
    "lower_back",
    "gluteal",
    "hamstrings",
    "calf",
    "foot",
]


@pytest.fixture(scope="module")
def zone_set():
    return load_zone_set()


@pytest.fixture(scope="module")
def routines(zone_set):
    return {r.id: r for r in load_routines(zone_set)}


@pytest.fixture(scope="module")
def views():
    return {view: load_zone_set(view=view) for view in builtin_views()}


# --- the shipped routines -----------------------------------------------------------
def test_shipped_routines_validate(routines):
    assert list(routines) == [
        "full_body",
        "back_and_shoulders",
        "neck_and_shoulders_10",
        "full_session",
    ]
    _routines, problems = check_routine_file(SHIPPED)
    assert problems == []


def test_steps_name_only_existing_zones_and_techniques(views, routines):
    data, problems = read_yaml(SHIPPED)
    assert not problems
    for raw, routine in zip(data["routines"], routines.values(), strict=True):
        for entry, step in zip(raw["steps"], routine.steps, strict=True):
            if "turn_over" in entry:
                assert step.turns_over and not step.zone_ids
                continue
            # each step on the view it is on
            zone_set = views[step.view]
            kinds = zone_set.kinds()
            for ref in entry["zones"]:
                assert ref in kinds or zone_set.get(ref) is not None, (raw["id"], ref)
            assert entry["technique"] in zone_set.techniques, (raw["id"], entry["technique"])
            assert step.zone_ids
            assert all(zone_set.get(zid) is not None for zid in step.zone_ids)
            # a kind brings in both sides
            for ref in step.zones:
                assert {z.id for z in kinds.get(ref, [])} <= set(step.zone_ids)


def test_no_step_sends_hands_onto_an_avoid_zone(views, routines):
    for routine in routines.values():
        for step in routine.steps:
            zone_set = views[step.view]
            assert all(zone_set.zone(zid).safety != "avoid" for zid in step.zone_ids)


def test_every_routine_opens_and_closes_with_a_gliding_stroke(zone_set, routines):
    for routine in routines.values():
        for step in (routine.steps[0], routine.steps[-1]):
            assert zone_set.techniques[step.technique].family == "gliding", (routine.id, step.id)


def test_the_ten_minute_routine_lasts_ten_minutes(routines):
    routine = routines["neck_and_shoulders_10"]
    assert routine.seconds == 600
    assert routine.duration == 10


def test_routine_lengths(routines):
    assert 45 * 60 <= routines["full_body"].seconds <= 60 * 60
    assert 18 * 60 <= routines["back_and_shoulders"].seconds <= 22 * 60
    for routine in routines.values():
        assert abs(routine.seconds / 60 - routine.duration) <= max(1, 0.2 * routine.duration)
        assert all(SECONDS_MIN <= s.seconds <= SECONDS_MAX for s in routine.steps)


def _kinds(zone_set, step) -> set[str]:
    return {zone_set.zone(zid).kind for zid in step.zone_ids}


def test_full_body_follows_the_session_order(zone_set, routines):
    routine = routines["full_body"]
    steps = list(routine.steps)
    family = {s.id: zone_set.techniques[s.technique].family for s in steps}
    # the warm-up and cool-down glides frame the work
    while family[steps[0].id] == "gliding":
        steps.pop(0)
    while family[steps[-1].id] == "gliding":
        steps.pop()
    first: dict[str, int] = {}
    for i, step in enumerate(steps):
        for kind in _kinds(zone_set, step):
            first.setdefault(kind, i)
    assert [k for k in SECTION_6 if k in first] == SECTION_6  # every area, none missing
    assert sorted(SECTION_6, key=first.__getitem__) == SECTION_6
    # and each step stays within one phase of the rules' session order, in order
    phases = [set(p.areas) for p in zone_set.rules.session_order if p.id != "glide_up"]
    where = [
        next(i for i, areas in enumerate(phases) if _kinds(zone_set, s) <= areas) for s in steps
    ]
    assert where == sorted(where)
    assert set(where) == set(range(len(phases)))
    # the close glides from the legs all the way back up to the shoulders
    closing = routine.steps[-1]
    assert {"calf", "hamstrings", "lower_back", "massage_zone", "upper_trapezius"} <= _kinds(
        zone_set, closing
    )


# --- the session on both sides -------------------------------------------------------
# DOMAIN.md section 9: face up, in this order
FACE_UP = [
    {"foot_top"},
    {"shin_muscle", "thigh_front"},
    {"forearm", "biceps", "hand"},
    {"chest", "deltoid", "shoulder_top"},
    {"suboccipitals"},
    {"forehead", "temple", "jaw", "scalp"},
]


def test_the_full_session_turns_the_person_over_once(views, routines):
    routine = routines["full_session"]
    assert routine.view == "back"
    turns = [i for i, step in enumerate(routine.steps) if step.turns_over]
    assert len(turns) == 1
    turn = routine.steps[turns[0]]
    assert turn.view == "front" and not turn.zone_ids and not turn.technique
    before, after = routine.steps[: turns[0]], routine.steps[turns[0] + 1 :]
    assert {s.view for s in before} == {"back"}
    assert routine.views == ("back", "front")
    # the back half follows section 6, and opens with a glide
    back = views["back"]
    first: dict[str, int] = {}
    for i, step in enumerate(before):
        if back.techniques[step.technique].family == "gliding":
            continue  # the opening and closing glides cross every area
        for kind in _kinds(back, step):
            first.setdefault(kind, i)
    assert set(SECTION_6) <= set(first)
    work = [k for k in sorted(first, key=first.__getitem__) if k in SECTION_6]
    assert work == SECTION_6
    # the front half: face up from the feet to the scalp
    phase = []
    for step in after:
        kinds = _kinds(views[step.view], step)
        phase.append(next(i for i, group in enumerate(FACE_UP) if kinds & group))
    assert phase == sorted(phase) and set(phase) == set(range(len(FACE_UP)))
    # the neck is cradled from beneath: that step shows the back view's map
    cradle = next(s for s in after if s.technique == "suboccipital_cradle")
    assert cradle.view == "back"
    assert {s.view for s in after if s is not cradle} == {"front"}
    assert set(routine.zone_ids_on("front")) >= {"chest_left", "thigh_front_right"}
    # it opens and closes with a glide and lasts about as long as it says
    techniques = views["back"].techniques
    assert techniques[after[-1].technique].family == "gliding"
    assert techniques[before[0].technique].family == "gliding"
    assert abs(routine.seconds / 60 - routine.duration) <= 0.2 * routine.duration


def test_the_full_session_names_the_cautions_of_each_side(views, routines):
    routine = routines["full_session"]
    notes = " ".join(step.note for step in routine.steps).lower()
    for words in ("kidney", "collarbone", "groin", "kneecap", "front of the neck", "covered"):
        assert words in notes, words
    # a caution zone near a front step is one the learner is warned of
    front = views["front"]
    step = next(s for s in routine.steps if s.id == "thighs_front")
    near = {z.kind for z in nearby_cautions(front, step.zone_ids)}
    assert {"groin", "kneecap", "inner_thigh"} <= near


def test_texts_are_short_and_complete(routines):
    for routine in routines.values():
        assert routine.title and routine.summary
        ids = [s.id for s in routine.steps]
        assert len(ids) == len(set(ids))
        for step in routine.steps:
            sentences = re.findall(r"[.!?](?:\s|$)", step.note)
            # turning the person over takes a little more telling
            longest = 4 if step.turns_over else 2
            assert 1 <= len(sentences) <= longest, (routine.id, step.id, step.note)


def test_nearby_warnings(zone_set, routines):
    steps = {s.id: s for s in routines["full_body"].steps}
    near = [z.kind for z in nearby_cautions(zone_set, steps["lower_back"].zone_ids)]
    assert near[:2] == ["spine", "kidney"]  # avoid zones first, each kind once
    assert len(near) == len(set(near))
    assert "knee_back" in [z.kind for z in nearby_cautions(zone_set, steps["calves"].zone_ids)]
    assert "behind_ear" in [z.kind for z in nearby_cautions(zone_set, steps["neck"].zone_ids)]
    assert nearby_cautions(zone_set, ()) == []


# --- broken files ---------------------------------------------------------------------
BASE = """\
format: 1
routines:
  - id: demo
    title: Demo
    summary: A tiny routine.
    duration: 3
    steps:
      - id: open
        title: Open
        zones: [massage_zone]
        technique: effleurage
        seconds: 60
        note: Glide up the back.
      - id: work
        title: Work
        zones: [upper_trapezius]
        technique: kneading
        seconds: 60
        note: Knead the shoulders.
      - id: close
        title: Close
        zones: [massage_zone, lower_back]
        technique: fan_stroke
        seconds: 60
        note: Fan out and finish.
"""


def check(tmp_path: Path, zone_set, text: str):
    path = tmp_path / "routines.yaml"
    path.write_text(text, encoding="utf-8")
    routines, problems = check_routine_file(path, zone_set, name="routines.yaml")
    return routines, problems


def line_of(text: str, fragment: str, nth: int = 1) -> int:
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return hits[nth - 1]


def test_the_base_file_is_fine(tmp_path, zone_set):
    routines, problems = check(tmp_path, zone_set, BASE)
    assert problems == []
    assert [s.id for s in routines[0].steps] == ["open", "work", "close"]


# (old text, new text, the fragment whose line is reported, item, words of the message)
# the demo with the person turned over before the last step
TURN = """\
      - id: turn
        title: Turn over
        turn_over: front
        seconds: 60
        note: Hold the sheet while they roll over.
"""
TURNED = BASE.replace("      - id: close\n", TURN + "      - id: close\n").replace(
    "        zones: [massage_zone, lower_back]\n        technique: fan_stroke",
    "        zones: [thigh_front]\n        technique: effleurage",
)

BROKEN = {
    "a zone of another view": (
        "zones: [upper_trapezius]",
        "zones: [chest]",
        "zones: [chest]",
        "demo/work",
        "'chest' is a zone of the front view, but this step is on the back view",
    ),
    "an unknown view": (
        "    duration: 3\n",
        "    duration: 3\n    view: sideways\n",
        "view: sideways",
        "demo",
        "unknown view 'sideways'; the views are back, front",
    ),
    "a step on an unknown view": (
        "        zones: [upper_trapezius]\n",
        "        view: top\n        zones: [upper_trapezius]\n",
        "view: top",
        "demo/work",
        "unknown view 'top'",
    ),
    "turning onto the same view": (
        "      - id: close\n",
        TURN.replace("front", "back") + "      - id: close\n",
        "turn_over: back",
        "demo/turn",
        "already lies for the back view",
    ),
    "turning onto an unknown view": (
        "      - id: close\n",
        TURN.replace("front", "ceiling") + "      - id: close\n",
        "turn_over: ceiling",
        "demo/turn",
        "unknown view 'ceiling'",
    ),
    "a turn-over step with zones": (
        "      - id: close\n",
        TURN.replace("        seconds: 60\n", "        zones: [chest]\n        seconds: 60\n")
        + "      - id: close\n",
        "zones: [chest]",
        "demo/turn",
        "unknown key 'zones'",
    ),
    "unknown key": (
        "        seconds: 60\n        note: Knead",
        "        seconds: 60\n        pace: slow\n        note: Knead",
        "pace: slow",
        "demo/work",
        "unknown key 'pace'",
    ),
    "missing key": (
        "        technique: kneading\n        seconds: 60\n",
        "        technique: kneading\n",
        "- id: work",
        "demo/work",
        "missing the key 'seconds'",
    ),
    "missing routine key": (
        "    title: Demo\n",
        "",
        "- id: demo",
        "demo",
        "missing the key 'title'",
    ),
    "unknown top key": (
        "format: 1\n",
        "format: 1\nroutine_notes: x\n",
        "routine_notes",
        None,
        "unknown key 'routine_notes'",
    ),
    "wrong type": (
        "seconds: 60\n        note: Knead",
        "seconds: ninety\n        note: Knead",
        "seconds: ninety",
        "demo/work",
        "whole number",
    ),
    "zones not a list": (
        "zones: [upper_trapezius]",
        "zones: upper_trapezius",
        "zones: upper_trapezius",
        "demo/work",
        "must be a list",
    ),
    "bad id": ("- id: work", "- id: Work Step", "- id: Work Step", "demo", "must be an id"),
    "duplicate step id": ("- id: work", "- id: open", "- id: open", "demo/open", "duplicate id", 2),
    "unknown zone": (
        "zones: [upper_trapezius]",
        "zones: [upper_trapezus]",
        "upper_trapezus",
        "demo/work",
        "did you mean 'upper_trapezius'",
    ),
    "unknown zone id": (
        "zones: [upper_trapezius]",
        "zones: [upper_trapezius_middle]",
        "upper_trapezius_middle",
        "demo/work",
        "unknown zone",
    ),
    "unknown technique": (
        "technique: kneading",
        "technique: kneeding",
        "kneeding",
        "demo/work",
        "did you mean 'kneading'",
    ),
    "avoid zone": (
        "zones: [upper_trapezius]",
        "zones: [spine]",
        "zones: [spine]",
        "demo/work",
        "never send hands onto an avoid zone",
    ),
    "avoid zone beside a target": (
        "zones: [upper_trapezius]",
        "zones: [upper_trapezius, kidney_left]",
        "kidney_left",
        "demo/work",
        "avoid zone (Kidney area)",
    ),
    "zone named twice": (
        "zones: [upper_trapezius]",
        "zones: [upper_trapezius, upper_trapezius_left]",
        "upper_trapezius_left",
        "demo/work",
        "name each zone once",
    ),
    "no zones": (
        "zones: [upper_trapezius]",
        "zones: []",
        "zones: []",
        "demo/work",
        "at least one zone",
    ),
    "too short": (
        "seconds: 60\n        note: Knead",
        "seconds: 5\n        note: Knead",
        "seconds: 5",
        "demo/work",
        f"from {SECONDS_MIN} to {SECONDS_MAX}",
    ),
    "too long": (
        "seconds: 60\n        note: Knead",
        "seconds: 3600\n        note: Knead",
        "seconds: 3600",
        "demo/work",
        f"from {SECONDS_MIN} to {SECONDS_MAX}",
    ),
    "opening not gliding": (
        "technique: effleurage",
        "technique: kneading",
        "- id: open",
        "demo/open",
        "opens with a broad gliding stroke",
    ),
    "closing not gliding": (
        "technique: fan_stroke",
        "technique: percussion",
        "- id: close",
        "demo/close",
        "closes with a broad gliding stroke",
    ),
    "duration mismatch": (
        "duration: 3",
        "duration: 30",
        "duration: 30",
        "demo",
        "steps add up to 3.0 minutes",
    ),
    "empty note": (
        "note: Knead the shoulders.",
        "note: ''",
        "note: ''",
        "demo/work",
        "non-empty text",
    ),
    "format": ("format: 1", "format: 2", "format: 2", None, "format 2 is not supported"),
    "duplicate key": (
        "        seconds: 60\n        note: Knead",
        "        seconds: 60\n        seconds: 70\n        note: Knead",
        "seconds: 70",
        "work",
        "appears twice",
    ),
    "yaml syntax": (
        "zones: [upper_trapezius]",
        "zones: [upper_trapezius",
        "technique: kneading",
        "work",
        "not valid YAML",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_each_problem_names_line_and_item(tmp_path, zone_set, case):
    old, new, fragment, item, words, *nth = BROKEN[case]
    assert old in BASE
    text = BASE.replace(old, new, 1)
    routines, problems = check(tmp_path, zone_set, text)
    assert routines == []
    assert problems, case
    match = [p for p in problems if words in p.message]
    assert match, [str(p) for p in problems]
    problem = match[0]
    if case == "yaml syntax":  # the parser notices a little later than the typo
        assert problem.line >= line_of(text, "upper_trapezius")
    else:
        assert problem.line == line_of(text, fragment, *nth), str(problem)
    assert problem.zone == item
    assert problem.file == "routines.yaml"
    where = f"routines.yaml:{problem.line}:" + (f" {item}:" if item else "")
    assert str(problem).startswith(where)


def test_empty_lists(tmp_path, zone_set):
    _r, problems = check(tmp_path, zone_set, "format: 1\nroutines: []\n")
    assert [p.message for p in problems] == ["'routines' is empty; write at least one routine"]
    text = BASE[: BASE.index("      - id: open")].replace("steps:", "steps: []")
    _r, problems = check(tmp_path, zone_set, text)
    assert any("at least one step" in p.message and p.zone == "demo" for p in problems)


def test_not_a_routine_file(tmp_path, zone_set):
    for text in ("- just\n- a list\n", "format: 1\nroutines: nothing\n", ""):
        routines, problems = check(tmp_path, zone_set, text)
        assert routines == [] and problems


def test_duplicate_routine_ids(tmp_path, zone_set):
    body = BASE.split("routines:\n", 1)[1]
    text = BASE + body
    _r, problems = check(tmp_path, zone_set, text)
    assert [(p.line, p.zone) for p in problems if "duplicate id" in p.message] == [
        (line_of(text, "- id: demo", 2), "demo")
    ]


def test_several_problems_are_all_reported(tmp_path, zone_set):
    text = (
        BASE.replace("technique: effleurage", "technique: kneading")
        .replace("zones: [upper_trapezius]", "zones: [spine, upper_trapezus]")
        .replace("seconds: 60\n        note: Fan", "seconds: 9999\n        note: Fan")
        .replace("    title: Demo\n", "    title: Demo\n    level: easy\n")
    )
    _r, problems = check(tmp_path, zone_set, text)
    found = {(p.zone, p.line) for p in problems}
    assert ("demo/open", line_of(text, "- id: open")) in found
    assert ("demo/work", line_of(text, "spine")) in found
    assert sum(p.zone == "demo/work" for p in problems) == 2  # spine and the typo
    assert ("demo/close", line_of(text, "seconds: 9999")) in found
    assert ("demo", line_of(text, "level: easy")) in found
    with pytest.raises(RoutineFileError) as info:
        load_routines(zone_set, tmp_path / "routines.yaml")
    assert len(info.value.problems) == len(problems)
    lines = str(info.value).splitlines()
    assert len(lines) == len(problems)
    assert all(re.match(r"^\S+routines\.yaml:\d+: (demo(/\w+)?: )?\S", line) for line in lines)


# --- the technique suits every zone of its step ----------------------------------------
def suit_problems(problems):
    return [p for p in problems if "does not suit" in p.message]


def test_percussion_does_not_suit_a_caution_zone(tmp_path, zone_set):
    text = BASE.replace(
        "zones: [upper_trapezius]\n        technique: kneading",
        "zones: [scapula]\n        technique: percussion",
    )
    _r, problems = check(tmp_path, zone_set, text)
    gliding = [t.id for t in zone_set.techniques.values() if t.family == "gliding"]
    [p] = [p for p in suit_problems(problems) if p.zone == "demo/work"]
    assert p.message.startswith("technique percussion does not suit scapula")
    assert "a caution zone takes only light, broad gliding strokes" in p.message
    assert p.message.endswith(f"use one of: {', '.join(gliding)}")
    assert p.line == line_of(text, "technique: percussion")
    # a light glide over the shoulder blades is fine
    _r, problems = check(tmp_path, zone_set, text.replace("percussion", "stroking"))
    assert not [p for p in suit_problems(problems) if p.zone == "demo/work"]


def test_a_target_must_list_the_steps_technique(tmp_path, zone_set):
    trapezius = zone_set.zone("upper_trapezius_left")
    assert "percussion" not in trapezius.techniques
    text = BASE.replace("technique: kneading", "technique: percussion")
    routines, problems = check(tmp_path, zone_set, text)
    assert routines == []
    [p] = [p for p in suit_problems(problems) if p.zone == "demo/work"]  # a pair once
    assert p.message == (
        f"technique percussion does not suit upper_trapezius "
        f"({trapezius.name}); use one of: {', '.join(trapezius.techniques)}"
    )
    assert p.line == line_of(text, "technique: percussion")
    assert str(p).startswith(f"routines.yaml:{p.line}: demo/work: ")


def test_shipped_steps_suit_their_zones(views, routines):
    for routine in routines.values():
        for step in routine.steps:
            zone_set = views[step.view]
            gliding = {t.id for t in zone_set.techniques.values() if t.family == "gliding"}
            for zone in map(zone_set.zone, step.zone_ids):
                allowed = gliding if zone.safety == "caution" else set(zone.techniques)
                assert step.technique in allowed, (routine.id, step.id, zone.id)


def test_a_routine_that_turns_the_person_over(tmp_path, zone_set):
    routines, problems = check(tmp_path, zone_set, TURNED)
    assert problems == []
    (routine,) = routines
    assert [(s.id, s.view, s.turns_over) for s in routine.steps] == [
        ("open", "back", False),
        ("work", "back", False),
        ("turn", "front", True),
        ("close", "front", False),
    ]
    assert routine.views == ("back", "front")
    assert routine.zone_ids_on("front") == ("thigh_front_left", "thigh_front_right")
    # without the turn, the front zone is on the wrong view
    routines, problems = check(tmp_path, zone_set, TURNED.replace(TURN, ""))
    assert routines == []
    assert [p.zone for p in problems] == ["demo/close"]
    assert "thigh_front" in problems[0].message and "turn_over: front" in problems[0].message


def test_a_turn_over_is_not_the_opening_or_closing_stroke(tmp_path, zone_set):
    # a routine may end with the person turned over; the close is the last work
    text = TURNED.replace(TURN, "") + TURN.replace("- id: turn", "- id: turn_last")
    text = text.replace("zones: [thigh_front]", "zones: [massage_zone]")
    routines, problems = check(tmp_path, zone_set, text)
    assert problems == [] and routines[0].steps[-1].turns_over
    head, tail = text.rsplit("technique: effleurage", 1)  # the closing step's
    bad = head + "technique: press_and_knead" + tail
    _routines, problems = check(tmp_path, zone_set, bad)
    assert [p.zone for p in problems] == ["demo/close"]
    assert "closes with a broad gliding stroke" in problems[0].message


def test_routines_over_views_of_a_folder(tmp_path):
    from massage_trainer.core.zones import load_views
    from tests.core.test_views import views_folder

    views = load_views(views_folder(tmp_path))
    text = """\
format: 1
routines:
  - id: both_sides
    title: Both sides of the square
    view: square
    steps:
      - id: one
        title: One side
        zones: [half]
        technique: effleurage
        seconds: 60
        note: Glide over the square.
      - id: flip
        title: Turn the square over
        turn_over: mirrored
        seconds: 30
        note: Turn it over.
      - id: other
        title: The other side
        zones: [half_left]
        technique: effleurage
        seconds: 60
        note: Glide over the other side.
"""
    path = tmp_path / "square-routines.yaml"
    path.write_text(text, encoding="utf-8")
    (routine,) = load_routines(views["square"], path, views=views)
    assert [s.view for s in routine.steps] == ["square", "mirrored", "mirrored"]
    # the person's left half of the mirrored square is on the viewer's right
    other = views["mirrored"].zone(routine.steps[-1].zone_ids[0])
    assert other.geometry.centroid.x > views["mirrored"].midline
    with pytest.raises(RoutineFileError) as info:
        load_routines(views["square"], path, views={"square": views["square"]})
    assert "unknown view 'mirrored'; the views are square" in str(info.value)


def test_routines_beside_the_zone_file_win(tmp_path, zone_set):
    shutil.copy(paths.builtin_zone_file(), tmp_path / "back.yaml")
    (tmp_path / "routines.yaml").write_text(BASE, encoding="utf-8")
    local = load_zone_set(tmp_path / "back.yaml")
    assert routine_file_for(local) == tmp_path / "routines.yaml"
    assert [r.id for r in load_routines(local)] == ["demo"]
    assert routine_file_for(zone_set) == SHIPPED


# --- validate -----------------------------------------------------------------------------
def test_validate_checks_the_builtin_routines(capsys, routines):
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out.splitlines()
    name = paths.display_name(SHIPPED)
    steps = sum(len(r.steps) for r in routines.values())
    assert f"{name}: ok: {len(routines)} routines, {steps} steps" in out


def test_validate_a_routine_file(tmp_path, capsys):
    good = tmp_path / "mine.yaml"
    good.write_text(BASE, encoding="utf-8")
    assert cli.main(["validate", str(good)]) == 0
    assert capsys.readouterr().out.strip().endswith("mine.yaml: ok: 1 routine, 3 steps")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("technique: kneading", "technique: kneeding"), encoding="utf-8")
    assert cli.main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert re.match(r"^\S*bad\.yaml:\d+: demo/work: unknown technique 'kneeding'", out[0])
    assert "Traceback" not in "\n".join(out)


def test_the_built_in_routines_load_whichever_view_is_current():
    # the window may show the front when the Routine tab reads them
    front = load_zone_set(view="front")
    routines = load_routines(front)
    assert routines and {r.view for r in routines} == {"back"}
    assert all(step.view for r in routines for step in r.steps)
