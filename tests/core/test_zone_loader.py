"""Loading zone files: good files load, and every kind of problem is reported
with the file, the line to fix and the zone it concerns.

Each test starts from a tiny valid file (a 10 x 10 cm square: a caution strip
on top, a left/right pair of target halves below) and changes one thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from massage_trainer.core import paths, yamlsource
from massage_trainer.core.yamlsource import MAX_BYTES, MAX_DEPTH, Problem
from massage_trainer.core.zones import ZoneFileError, ZoneSet, load_zone_set

SQUARE = """\
format: 1
view: square
title: Test square
canvas: {width: 12, height: 12}
outline:
  wkt: POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))
landmarks:
  centre: [5, 5]
zones:
  - id: crown
    name: Crown
    side: none
    safety: caution
    why: The strip along the top of the square.
    warnings:
      - Go gently here.
    geometry:
      wkt: POLYGON ((0 0, 10 0, 10 2, 0 2, 0 0))
  - id: half_left
    name: Lower half
    side: left
    safety: target
    why: The lower left part of the square.
    techniques: [effleurage]
    geometry:
      wkt: POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))
  - id: half_right
    name: Lower half
    side: right
    safety: target
    why: The lower right part of the square.
    techniques: [effleurage]
    geometry:
      polygon:
        - [[5, 2], [10, 2], [10, 10], [5, 10]]
"""

LEFT_HALF = "POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))"
RIGHT_HALF = "[[5, 2], [10, 2], [10, 10], [5, 10]]"

TECHNIQUES = """\
format: 1
families:
  tests: Test strokes
techniques:
  - id: press_here
    name: Press here
    family: tests
    pressure: light
    steps:
      - Press lightly.
"""

RULES = """\
format: 1
disclaimer: A test disclaimer.
rules:
  - id: be_kind
    title: Be kind
    text: Always.
"""


# --- helpers -------------------------------------------------------------------
def edit(text: str, old: str, new: str, *, after: str | None = None) -> str:
    """Replace the first ``old`` (after the line holding ``after``) by ``new``."""
    start = text.index(after) if after else 0
    at = text.index(old, start)
    return text[:at] + new + text[at + len(old) :]


def line_no(text: str, needle: str, *, after: str | None = None) -> int:
    """The 1-based number of the first line holding ``needle`` (after ``after``)."""
    start = text.index(after) if after else 0
    return text.count("\n", 0, text.index(needle, start)) + 1


def write(tmp_path: Path, text: str, name: str = "square.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    """Load ``text`` as a zone file that must fail; its problems, each naming it."""
    path = write(tmp_path, text)
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(path)
    problems = info.value.problems
    assert problems, "a ZoneFileError must list at least one problem"
    for p in problems:
        assert p.file == paths.display_name(path)
        assert str(p).startswith(p.file)
    return problems


def problems_of_any(tmp_path: Path, text: str) -> list[Problem]:
    """Like problems_of, for problems that may name another file."""
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(write(tmp_path, text))
    return info.value.problems


def the_problem(problems: list[Problem], *words: str) -> Problem:
    """The single problem whose message holds every one of ``words``."""
    found = [p for p in problems if all(w in p.message for w in words)]
    assert len(found) == 1, f"{words} in {[str(p) for p in problems]}"
    return found[0]


# --- good files ------------------------------------------------------------------
def test_the_square_loads(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE))
    assert isinstance(zs, ZoneSet)
    assert [z.id for z in zs.zones] == ["crown", "half_left", "half_right"]
    assert zs.view == "square" and zs.title == "Test square"
    assert zs.canvas == (12.0, 12.0) and zs.midline == 6.0
    assert zs.landmarks == {"centre": (5.0, 5.0)}
    assert zs.coverage == pytest.approx(1.0)
    assert zs.zone_at(5.0, 1.0).id == "crown"
    assert zs.zone_at(2.0, 5.0).id == "half_left"
    assert zs.zone_at(8.0, 5.0).id == "half_right"
    assert zs.zone_at(11.0, 5.0) is None
    assert zs.twin(zs.zone("half_left")) is zs.zone("half_right")
    assert zs.zone("half_left").line == line_no(SQUARE, "- id: half_left")


def test_wkt_and_ring_lists_give_the_same_shape(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE))
    left, right = zs.zone("half_left").geometry, zs.zone("half_right").geometry
    assert left.geom_type == right.geom_type == "Polygon"
    assert left.area == right.area == pytest.approx(40.0)
    mirrored = shapely.affinity.scale(right, xfact=-1, origin=(5, 5))
    assert mirrored.equals(left)


def test_a_polygon_with_a_hole_and_polygons(tmp_path):
    # the crown as two separate corners, the left half with a hole filled by a spot
    text = edit(
        SQUARE,
        "      wkt: POLYGON ((0 0, 10 0, 10 2, 0 2, 0 0))",
        """\
      polygons:
        - [[[0, 0], [4, 0], [4, 2], [0, 2]]]
        - [[[6, 0], [10, 0], [10, 2], [6, 2], [6, 0]]]""",
    )
    text = edit(
        text,
        "      wkt: POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))",
        """\
      polygon:
        - [[0, 2], [5, 2], [5, 10], [0, 10]]
        - [[1, 4], [2, 4], [2, 5], [1, 5]]""",
    )
    text += """\
  - id: crown_middle
    name: Middle of the crown
    side: none
    safety: caution
    why: Between the two corners.
    warnings: [Go gently.]
    geometry:
      wkt: MULTIPOLYGON (((4 0, 6 0, 6 2, 4 2, 4 0)))
  - id: hollow
    name: Hollow
    side: none
    safety: avoid
    why: A small square hole in the left half.
    warnings: [Leave it alone.]
    geometry:
      wkt: POLYGON ((1 4, 2 4, 2 5, 1 5, 1 4))
"""
    zs = load_zone_set(write(tmp_path, text))
    assert zs.zone("crown").geometry.geom_type == "MultiPolygon"
    assert zs.zone("half_left").geometry.area == pytest.approx(39.0)
    assert zs.zone_at(1.5, 4.5).id == "hollow"
    assert zs.zone_at(3.0, 4.5).id == "half_left"
    assert zs.coverage == pytest.approx(1.0)


def test_techniques_and_rules_beside_the_file_are_used(tmp_path):
    write(tmp_path, TECHNIQUES, "techniques.yaml")
    write(tmp_path, RULES, "rules.yaml")
    text = SQUARE.replace("techniques: [effleurage]", "techniques: [press_here]")
    zs = load_zone_set(write(tmp_path, text))
    assert set(zs.techniques) == {"press_here"}
    assert zs.families == {"tests": "Test strokes"}
    assert zs.rules.disclaimer == "A test disclaimer."
    # and the built-in technique is then unknown
    problems = problems_of(tmp_path, SQUARE)
    unknown = [(p.line, p.zone) for p in problems if "unknown technique 'effleurage'" in p.message]
    assert unknown == [
        (line_no(SQUARE, "techniques:", after=f"id: {zone}"), zone)
        for zone in ("half_left", "half_right")
    ]


def test_without_files_beside_it_the_built_in_catalogue_is_used(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE))
    builtin = load_zone_set()
    assert set(zs.techniques) == set(builtin.techniques)
    assert zs.rules.disclaimer == builtin.rules.disclaimer


def test_catalogue_names_the_files(tmp_path):
    (tmp_path / "content").mkdir()
    write(tmp_path, TECHNIQUES, "content/my_techniques.yaml")
    write(tmp_path, RULES, "content/my_rules.yaml")
    text = SQUARE.replace("techniques: [effleurage]", "techniques: [press_here]")
    text = edit(
        text,
        "zones:\n",
        "catalogue:\n  techniques: content/my_techniques.yaml\n"
        "  rules: content/my_rules.yaml\nzones:\n",
    )
    zs = load_zone_set(write(tmp_path, text))
    assert set(zs.techniques) == {"press_here"}
    assert zs.rules.disclaimer == "A test disclaimer."


def test_catalogue_naming_a_missing_file(tmp_path):
    text = edit(SQUARE, "zones:\n", "catalogue:\n  techniques: nowhere.yaml\nzones:\n")
    problems = problems_of(tmp_path, text)
    p = the_problem(problems, "'nowhere.yaml' does not exist")
    assert p.line == line_no(text, "techniques: nowhere.yaml")
    # a missing file is one problem, not one more for each technique it lacks
    assert len(problems) == 1, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("name", "words"),
    [("x" * 5000, "does not exist"), ('"bad\\0name.yaml"', "does not exist"), (".", "is a folder")],
)
def test_catalogue_naming_an_impossible_file(tmp_path, name, words):
    text = edit(SQUARE, "zones:\n", f"catalogue:\n  rules: {name}\nzones:\n")
    p = the_problem(problems_of(tmp_path, text), words)
    assert p.line == line_no(text, "  rules:")


def test_problems_in_the_technique_file_name_that_file(tmp_path):
    broken = TECHNIQUES.replace("pressure: light", "pressure: crushing")
    tech = write(tmp_path, broken, "techniques.yaml")
    text = SQUARE.replace("techniques: [effleurage]", "techniques: [press_here]")
    problems = problems_of_any(tmp_path, text)
    p = the_problem(problems, "'pressure' must be one of")
    assert p.file == paths.display_name(tech)
    assert p.line == line_no(broken, "pressure: crushing")
    assert p.zone == "press_here"


# --- one test per kind of problem ------------------------------------------------
def test_yaml_syntax_error(tmp_path):
    text = edit(SQUARE, "why: The lower left part", "why: The lower: left part")
    problems = problems_of(tmp_path, text)
    p = the_problem(problems, "not valid YAML")
    assert p.line == line_no(text, "why: The lower: left part")
    assert p.zone == "half_left"


def test_yaml_syntax_error_outside_any_zone(tmp_path):
    text = edit(SQUARE, "title: Test square", "title: [Test square")
    p = the_problem(problems_of(tmp_path, text), "not valid YAML")
    assert 1 <= p.line <= len(text.splitlines()) + 1
    assert p.zone is None


def test_unknown_key_in_a_zone(tmp_path):
    text = edit(SQUARE, "    side: none", "    colour: red\n    side: none")
    p = the_problem(problems_of(tmp_path, text), "unknown key 'colour'")
    assert p.line == line_no(text, "colour: red")
    assert p.zone == "crown"
    assert "allowed keys" in p.message and "warnings" in p.message


def test_unknown_top_level_key(tmp_path):
    text = edit(SQUARE, "zones:\n", "zonez: []\nzones:\n")
    p = the_problem(problems_of(tmp_path, text), "unknown key 'zonez'")
    assert p.line == line_no(text, "zonez:")
    assert p.zone is None


def test_missing_key(tmp_path):
    text = edit(SQUARE, "    why: The lower left part of the square.\n", "")
    p = the_problem(problems_of(tmp_path, text), "missing the key 'why'")
    assert p.line == line_no(text, "- id: half_left")
    assert p.zone == "half_left"


def test_missing_id_names_the_zone_by_its_place(tmp_path):
    text = edit(SQUARE, "  - id: crown\n    name: Crown", "  - name: Crown")
    problems = problems_of(tmp_path, text)
    p = the_problem(problems, "missing the key 'id'")
    assert p.line == line_no(text, "- name: Crown")
    assert p.zone == "zone #1"


@pytest.mark.parametrize("value", ["", "Half-Right", "[half_right]"])
def test_an_id_that_is_not_an_id(tmp_path, value):
    # with the name missing too: two problems on one line, one naming the zone by place
    text = edit(SQUARE, "id: half_right\n    name: Lower half", f"id: {value}")
    problems = problems_of(tmp_path, text)
    line = line_no(text, f"- id: {value}\n")
    p = the_problem(problems, "'id' must be an id of lowercase letters")
    assert (p.line, p.zone) == (line, "zone #3")
    p = the_problem(problems, "missing the key 'name'")
    assert (p.line, p.zone) == (line, "zone #3")


def test_missing_top_level_key(tmp_path):
    text = edit(SQUARE, "view: square\n", "")
    p = the_problem(problems_of(tmp_path, text), "missing the key 'view'")
    assert p.line == 1 and p.zone is None


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("layer", None, ("'layer' must be a whole number", "'high'")),
        ("name: Lower half", "name: [Lower, half]", ("'name' must be non-empty text", "a list")),
        ("techniques: [effleurage]", "techniques: effleurage", ("'techniques' must be a list",)),
        ("safety: target", "safety: 3", ("'safety' must be one of target, caution, avoid",)),
    ],
)
def test_wrong_type(tmp_path, old, new, words):
    if old == "layer":  # add a key of the wrong type
        text = edit(SQUARE, "    side: right", "    layer: high\n    side: right")
        needle = "layer: high"
    else:
        text = edit(SQUARE, old, new, after="id: half_right")
        needle = new
    p = the_problem(problems_of(tmp_path, text), *words)
    assert p.line == line_no(text, needle, after="id: half_right")
    assert p.zone == "half_right"


def test_wrong_type_of_a_coordinate(tmp_path):
    text = edit(SQUARE, "[10, 10], [5, 10]]", "[10, ten], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "must be a number", "text")
    assert p.line == line_no(text, "[10, ten]")
    assert p.zone == "half_right"


def test_duplicate_id(tmp_path):
    text = edit(SQUARE, "id: half_right", "id: crown")
    p = the_problem(problems_of(tmp_path, text), "duplicate zone id")
    assert p.line == line_no(text, "id: crown", after="id: half_left")
    assert p.zone == "crown"
    assert f"line {line_no(text, 'id: crown')}" in p.message


def test_duplicate_key(tmp_path):
    text = edit(
        SQUARE, "    why: The lower right", "    name: Other half\n    why: The lower right"
    )
    p = the_problem(problems_of(tmp_path, text), "'name' appears twice")
    assert p.line == line_no(text, "name: Other half")
    assert p.zone == "half_right"


def test_unknown_technique(tmp_path):
    text = edit(SQUARE, "[effleurage]", "[effleurage, efleurage]", after="id: half_right")
    p = the_problem(problems_of(tmp_path, text), "unknown technique 'efleurage'")
    assert p.line == line_no(text, "[effleurage, efleurage]")
    assert p.zone == "half_right"


def test_invalid_polygon_gives_shapelys_reason(tmp_path):
    # a bow tie: the ring crosses itself
    text = edit(
        SQUARE, "POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))", "POLYGON ((0 2, 5 10, 5 2, 0 10, 0 2))"
    )
    p = the_problem(problems_of(tmp_path, text), "not a valid polygon")
    assert "Self-intersection" in p.message
    assert p.line == line_no(text, "POLYGON ((0 2, 5 10")
    assert p.zone == "half_left"


def test_invalid_ring_list_polygon(tmp_path):
    text = edit(SQUARE, RIGHT_HALF, "[[5, 2], [10, 10], [10, 2], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "not a valid polygon", "Self-intersection")
    assert p.line == line_no(text, "polygon:")
    assert p.zone == "half_right"


def test_unreadable_wkt(tmp_path):
    text = edit(SQUARE, "POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))", "POLYGON ((0 2, 5 2))")
    p = the_problem(problems_of(tmp_path, text), "cannot read the geometry")
    assert p.line == line_no(text, "POLYGON ((0 2, 5 2))")
    assert p.zone == "half_left"


def test_a_ring_too_short(tmp_path):
    text = edit(SQUARE, "[[5, 2], [10, 2], [10, 10], [5, 10]]", "[[5, 2], [10, 2]]")
    p = the_problem(problems_of(tmp_path, text), "at least three points")
    assert p.line == line_no(text, "[[5, 2], [10, 2]]")
    assert p.zone == "half_right"


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1" + "0" * 400])
def test_non_finite_coordinate_in_a_ring(tmp_path, value):
    text = edit(SQUARE, "[10, 10], [5, 10]]", f"[10, {value}], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "the y of a point of the geometry")
    assert "finite" in p.message
    assert p.line == line_no(text, f"[10, {value}]")
    assert p.zone == "half_right"


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_non_finite_coordinate_in_wkt(tmp_path, value):
    text = edit(SQUARE, "POLYGON ((0 2, 5 2, 5 10,", f"POLYGON ((0 2, 5 2, {value} 10,")
    p = the_problem(problems_of(tmp_path, text), "not a finite number")
    assert p.line == line_no(text, f"{value} 10")
    assert p.zone == "half_left"


def test_zone_outside_the_outline(tmp_path):
    text = edit(SQUARE, RIGHT_HALF, "[[5, 2], [11, 2], [11, 10], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "outside the body outline")
    assert "8.0 cm²" in p.message
    assert p.line == line_no(text, "- id: half_right")
    assert p.zone == "half_right"


def test_zone_outside_the_canvas(tmp_path):
    text = edit(SQUARE, RIGHT_HALF, "[[5, 2], [13, 2], [13, 10], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "reaches outside the canvas")
    assert p.line == line_no(text, "geometry:", after="id: half_right")
    assert p.zone == "half_right"


def test_overlap_on_one_layer(tmp_path):
    text = edit(SQUARE, LEFT_HALF, "POLYGON ((0 2, 6 2, 6 10, 0 10, 0 2))")
    p = the_problem(problems_of(tmp_path, text), "overlaps half_left by 8.0 cm²")
    assert "same layer 0" in p.message and "'layer'" in p.message
    assert p.line == line_no(text, "- id: half_right")
    assert p.zone == "half_right"


def test_coverage_gap(tmp_path):
    text = edit(SQUARE, RIGHT_HALF, "[[5, 2], [9, 2], [9, 10], [5, 10]]")
    p = the_problem(problems_of(tmp_path, text), "of the body lies in no zone")
    assert p.message.startswith("8.0%")
    assert "(9.5, 6.0)" in p.message  # where the gap is
    assert "half_right" in p.message  # the zone beside it, to enlarge
    assert p.line == line_no(text, "outline:")


def test_a_dropped_zone_leaves_no_coverage_gap_problem(tmp_path):
    # the bow tie makes half_right unreadable: its own problem says so, and the
    # hole it leaves in the body is not reported as well
    text = edit(SQUARE, RIGHT_HALF, "[[5, 2], [10, 10], [10, 2], [5, 10]]")
    problems = problems_of(tmp_path, text)
    assert the_problem(problems, "not a valid polygon").zone == "half_right"
    assert not [p for p in problems if "lies in no zone" in p.message]


def test_a_gap_under_one_percent_is_accepted(tmp_path):
    text = edit(
        SQUARE, "[[5, 2], [10, 2], [10, 10], [5, 10]]", "[[5, 2], [10, 2], [10, 9.9], [5, 9.9]]"
    )
    zs = load_zone_set(write(tmp_path, text))
    assert zs.coverage == pytest.approx(0.995)


def test_target_without_techniques(tmp_path):
    text = edit(SQUARE, "    techniques: [effleurage]\n", "", after="id: half_right")
    p = the_problem(problems_of(tmp_path, text), "target zone needs at least one technique")
    assert p.line == line_no(text, "- id: half_right")
    assert p.zone == "half_right"


def test_target_with_an_empty_technique_list(tmp_path):
    text = edit(SQUARE, "techniques: [effleurage]", "techniques: []", after="id: half_left")
    p = the_problem(problems_of(tmp_path, text), "target zone needs at least one technique")
    assert p.line == line_no(text, "techniques: []")
    assert p.zone == "half_left"


@pytest.mark.parametrize("safety", ["caution", "avoid"])
def test_caution_or_avoid_without_warnings(tmp_path, safety):
    text = edit(SQUARE, "    warnings:\n      - Go gently here.\n", "")
    text = edit(text, "safety: caution", f"safety: {safety}")
    p = the_problem(problems_of(tmp_path, text), f"a {safety} zone needs at least one warning")
    assert p.line == line_no(text, "- id: crown")
    assert p.zone == "crown"


def test_an_avoid_zone_takes_no_technique(tmp_path):
    text = edit(SQUARE, "safety: caution", "safety: avoid\n    techniques: [effleurage]")
    p = the_problem(problems_of(tmp_path, text), "an avoid zone takes no technique")
    assert "remove 'techniques' or change its safety" in p.message
    assert p.line == line_no(text, "techniques: [effleurage]")
    assert p.zone == "crown"


def test_side_without_its_twin(tmp_path):
    text = edit(SQUARE, "id: half_right", "id: lower_right")
    problems = problems_of(tmp_path, text)
    p = the_problem(problems, "needs its twin 'half_right'")
    assert p.line == line_no(text, "- id: half_left") and p.zone == "half_left"
    p = the_problem(problems, "needs its twin 'lower_left'")
    assert p.line == line_no(text, "- id: lower_right") and p.zone == "lower_right"


def test_side_must_match_the_id(tmp_path):
    text = edit(SQUARE, "side: right", "side: left")
    p = the_problem(problems_of(tmp_path, text), "needs an id ending in '_left'")
    assert p.line == line_no(text, "id: half_right")
    assert p.zone == "half_right"


def test_twins_must_share_their_name(tmp_path):
    text = edit(SQUARE, "name: Lower half", "name: Lower right half", after="id: half_right")
    p = the_problem(problems_of(tmp_path, text), "must share one name")
    assert "half_left" in p.message
    assert p.line == line_no(text, "- id: half_right")
    assert p.zone == "half_right"


def test_twins_must_share_their_safety(tmp_path):
    text = edit(
        SQUARE,
        "safety: target",
        "safety: caution\n    warnings: [Careful.]",
        after="id: half_right",
    )
    p = the_problem(problems_of(tmp_path, text), "one safety level")
    assert p.line == line_no(text, "- id: half_right")
    assert p.zone == "half_right"


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system ['echo hacked']", "!!python/name:os.system", "!custom thing"],
)
def test_unsafe_yaml_tag(tmp_path, tag):
    text = edit(SQUARE, "name: Lower half", f"name: {tag}", after="id: half_right")
    p = the_problem(problems_of(tmp_path, text), "is not allowed in a data file")
    assert tag.split()[0] in p.message
    assert p.line == line_no(text, tag)
    assert p.zone == "half_right"


def test_file_too_large(tmp_path):
    text = SQUARE + "# padding\n" * (MAX_BYTES // 10 + 1)
    p = the_problem(problems_of(tmp_path, text), "a data file of this program is at most")
    assert p.line == 0 and p.zone is None
    assert str(p).startswith(f"{p.file}: ")


def test_file_too_deeply_nested(tmp_path):
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    text = edit(SQUARE, "why: The lower left part of the square.", f"why: {deep}")
    p = the_problem(problems_of(tmp_path, text), f"nested more than {MAX_DEPTH} levels")
    assert p.line == line_no(text, deep)
    assert p.zone == "half_left"


def test_too_many_values(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsource, "MAX_EVENTS", 1000)
    text = SQUARE + "lines:\n  many: [" + "0, " * 2000 + "0]\n"
    p = the_problem(problems_of(tmp_path, text), "too many values")
    assert p.line == line_no(text, "many:")


def test_empty_file(tmp_path):
    p = the_problem(problems_of(tmp_path, ""), "the file holds no data")
    assert p.zone is None


@pytest.mark.parametrize("text", ["just text\n", "- a\n- list\n", "42\n"])
def test_not_a_mapping_at_the_top(tmp_path, text):
    p = the_problem(problems_of(tmp_path, text), "must hold a mapping")
    assert p.line == 1


def test_unsupported_format(tmp_path):
    text = edit(SQUARE, "format: 1", "format: 2")
    p = the_problem(problems_of(tmp_path, text), "format 2 is not supported")
    assert p.line == 1


def test_not_utf8(tmp_path):
    path = tmp_path / "square.yaml"
    path.write_bytes(SQUARE.encode() + b"title: caf\xe9\n")
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(path)
    p = the_problem(info.value.problems, "not UTF-8")
    assert p.line == len(SQUARE.splitlines()) + 1


def laughs(levels: int) -> str:
    """Anchors that each repeat the one before ten times: 10**levels values."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused(tmp_path):
    text = laughs(9) + SQUARE
    p = the_problem(problems_of(tmp_path, text), "too many values")
    assert "aliases" in p.message
    assert p.line == line_no(text, "a5:")  # where the count passes the limit


def test_a_large_aliased_value_is_shown_short(tmp_path):
    text = laughs(3) + edit(SQUARE, "view: square", "view: *a2")
    p = the_problem(problems_of(tmp_path, text), "'view' must be an id")
    assert len(p.message) < 250
    assert p.line == line_no(text, "view: *a2")


def test_missing_file(tmp_path):
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(tmp_path / "nothing.yaml")
    p = the_problem(info.value.problems, "cannot read the file")
    assert p.line == 0


# --- many problems at once ---------------------------------------------------------
def test_every_problem_is_reported_together(tmp_path):
    text = edit(SQUARE, "    side: none", "    colour: red\n    side: none")  # crown
    text = edit(
        text, "techniques: [effleurage]", "techniques: [nothing_like_it]", after="id: half_left"
    )
    text = edit(
        text, "POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))", "POLYGON ((0 2, 5 10, 5 2, 0 10, 0 2))"
    )  # half_left, a bow tie
    text = edit(text, "name: Lower half", "name: Other half", after="id: half_right")
    problems = problems_of(tmp_path, text)
    expected = {
        ("unknown key 'colour'", line_no(text, "colour: red"), "crown"),
        ("unknown technique 'nothing_like_it'", line_no(text, "[nothing_like_it]"), "half_left"),
        ("not a valid polygon", line_no(text, "POLYGON ((0 2, 5 10"), "half_left"),
    }
    for words, line, zone in expected:
        p = the_problem(problems, words)
        assert (p.line, p.zone) == (line, zone), str(p)
    # problems come sorted by line, each on its own line of the error text
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    message = str(ZoneFileError(problems))
    assert len(message.splitlines()) == len(problems)


# --- layers and the most cautious zone ---------------------------------------------
SPOT = """\
  - id: spot
    name: Spot
    side: none
    safety: {safety}
    layer: {layer}
    why: A small spot laid over both halves.
    {content}
    geometry:
      wkt: POLYGON ((4 5, 6 5, 6 7, 4 7, 4 5))
"""


def spot(safety: str, layer: int) -> str:
    content = "techniques: [effleurage]" if safety == "target" else "warnings: [Careful here.]"
    return SPOT.format(safety=safety, layer=layer, content=content)


def test_an_overlap_declared_by_a_higher_layer_is_accepted(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE + spot("avoid", 1)))
    assert zs.zone_at(4.5, 6.0).id == "spot"
    assert zs.zone_at(5.5, 6.0).id == "spot"
    assert zs.zone_at(3.5, 6.0).id == "half_left"
    assert zs.coverage == pytest.approx(1.0)


def test_an_overlap_on_the_same_layer_is_refused(tmp_path):
    text = SQUARE + spot("avoid", 0)
    problems = problems_of(tmp_path, text)
    line = line_no(text, "- id: spot")
    for other in ("half_left", "half_right"):
        p = the_problem(problems, f"overlaps {other} by 2.0 cm²")
        assert (p.line, p.zone) == (line, "spot")


def test_the_most_cautious_zone_wins_whatever_the_layer(tmp_path):
    # a target spot on a higher layer over an avoid zone still answers avoid
    text = edit(
        SQUARE, "safety: target", "safety: avoid\n    warnings: [No.]", after="id: half_left"
    )
    text = edit(
        text, "safety: target", "safety: avoid\n    warnings: [No.]", after="id: half_right"
    )
    text = text.replace("    techniques: [effleurage]\n", "")
    zs = load_zone_set(write(tmp_path, text + spot("target", 2)))
    assert zs.zone_at(4.5, 6.0).id == "half_left"
    assert zs.zone_at(5.5, 6.0).id == "half_right"
    # with the spot more cautious it wins; with equal safety the higher layer wins
    zs = load_zone_set(write(tmp_path, SQUARE + spot("caution", 1)))
    assert zs.zone_at(4.5, 6.0).id == "spot"
    zs = load_zone_set(write(tmp_path, SQUARE + spot("target", 1)))
    assert zs.zone_at(4.5, 6.0).id == "spot"
    assert zs.zone_at(4.5, 4.0).id == "half_left"


# --- the documentation ---------------------------------------------------------------
def test_the_example_in_the_format_docs_loads(tmp_path):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "zone-format.md").read_text(
        encoding="utf-8"
    )
    example = doc.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```")[0]
    zs = load_zone_set(write(tmp_path, example))
    assert [z.id for z in zs.zones] == ["crown", "half_left", "half_right", "tender_spot"]
    assert zs.coverage == pytest.approx(1.0)
    assert zs.zone_at(4.5, 6.0).id == "tender_spot"
    assert zs.regions == {"top": "Top", "bottom": "Bottom"}
