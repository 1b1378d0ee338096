"""Anatomy layers in a zone file: structures load with their layer, kind, side
and geometry, and every kind of problem is reported as ``file:line: id: message``.

Each test starts from the tiny valid square of test_zone_loader (its zones) with
a few structures added, and changes one thing.
"""

from __future__ import annotations

import pytest

from massage_trainer.core.zones import DEFAULT_LAYER_NAMES, Structure, load_zone_set
from tests.core.test_zone_loader import SQUARE, edit, line_no, problems_of, write

STRUCTURES = """\
layers:
  bones: Bones
  organs: Organs
  nerves: Nerves and vessels
  muscles: Muscles
structures:
  - id: knob
    name: Knob
    layer: bones
    kind: bone
    note: A bony knob in the middle of the square.
    geometry:
      polygon:
        - [[4, 4], [6, 4], [6, 6], [4, 6]]
  - id: bean_left
    name: Bean
    layer: organs
    kind: organ
    side: left
    note: A bean in the lower left.
    geometry:
      wkt: POLYGON ((1 6, 3 6, 3 9, 1 9, 1 6))
  - id: cord
    name: Cord
    layer: nerves
    kind: nerve
    note: A cord across the square.
    geometry:
      line: [[1, 3], [9, 3]]
  - id: sheet
    name: Sheet
    layer: muscles
    kind: muscle
    note: A wide sheet over most of the square.
    geometry:
      polygon:
        - [[0.5, 2.5], [9.5, 2.5], [9.5, 9.5], [0.5, 9.5]]
"""

FILE = SQUARE + STRUCTURES


def test_the_structures_load(tmp_path):
    zs = load_zone_set(write(tmp_path, FILE))
    assert [s.id for s in zs.structures] == ["knob", "bean_left", "cord", "sheet"]
    assert zs.layers == ("bones", "organs", "nerves", "muscles")
    assert zs.layer_names["nerves"] == "Nerves and vessels"
    knob = zs.structures[0]
    assert isinstance(knob, Structure)
    assert (knob.name, knob.layer, knob.kind, knob.side) == ("Knob", "bones", "bone", "none")
    assert knob.note == "A bony knob in the middle of the square."
    assert knob.geometry.area == pytest.approx(4.0)
    assert zs.structures[1].side == "left"
    cord = zs.structures[2]
    assert cord.is_line and cord.geometry.length == pytest.approx(8.0)


def test_layers_follow_the_files_order(tmp_path):
    text = edit(FILE, "  bones: Bones\n  organs: Organs\n", "  organs: Inside\n  bones: Bones\n")
    zs = load_zone_set(write(tmp_path, text))
    assert zs.layers == ("organs", "bones", "nerves", "muscles")
    assert zs.layer_names["organs"] == "Inside"


def test_without_layers_the_default_four(tmp_path):
    text = edit(FILE, STRUCTURES.split("structures:")[0], "")
    zs = load_zone_set(write(tmp_path, text))
    assert zs.layers == tuple(DEFAULT_LAYER_NAMES)
    assert zs.layer_names == DEFAULT_LAYER_NAMES


def test_a_file_without_structures_has_no_layers(tmp_path):
    zs = load_zone_set(write(tmp_path, SQUARE))
    assert zs.structures == () and zs.layers == () and zs.layer_names == {}


def test_a_multiline_structure(tmp_path):
    text = edit(FILE, "line: [[1, 3], [9, 3]]", "lines: [[[1, 3], [4, 3]], [[6, 3], [9, 3]]]")
    zs = load_zone_set(write(tmp_path, text))
    cord = zs.structures[2]
    assert cord.geometry.geom_type == "MultiLineString" and cord.is_line
    assert cord.geometry.length == pytest.approx(6.0)


# --- lookup --------------------------------------------------------------------
def test_structures_under_a_zone(tmp_path):
    zs = load_zone_set(write(tmp_path, FILE))
    under = {z.id: [s.id for s in zs.structures_under(z)] for z in zs.zones}
    # the crown (y 0-2) meets nothing; the cord at y 3 crosses both halves
    assert under["crown"] == []
    assert under["half_left"] == ["knob", "bean_left", "cord", "sheet"]
    assert under["half_right"] == ["knob", "cord", "sheet"]


def test_touching_a_border_is_not_under(tmp_path):
    # the knob moved to end exactly on the halves' border at x 5
    text = edit(FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", "[[5, 4], [7, 4], [7, 6], [5, 6]]")
    zs = load_zone_set(write(tmp_path, text))
    assert "knob" not in [s.id for s in zs.structures_under(zs.zone("half_left"))]
    assert "knob" in [s.id for s in zs.structures_under(zs.zone("half_right"))]


def test_structure_at_a_point(tmp_path):
    zs = load_zone_set(write(tmp_path, FILE))
    # the smallest shape holding the point wins: the knob over the sheet
    assert zs.structure_at(5, 5).id == "knob"
    assert zs.structure_at(8, 8).id == "sheet"
    # a line wins near it, within the hover tolerance
    assert zs.structure_at(5, 3.3).id == "cord"
    assert zs.structure_at(5, 1.0) is None
    assert zs.structure_at(float("nan"), 5) is None


def test_structure_at_only_in_the_given_layers(tmp_path):
    zs = load_zone_set(write(tmp_path, FILE))
    assert zs.structure_at(5, 5, layers=frozenset({"muscles"})).id == "sheet"
    assert zs.structure_at(5, 3.3, layers=frozenset({"bones", "muscles"})).id == "sheet"
    assert zs.structure_at(5, 5, layers=frozenset()) is None


# --- problems ------------------------------------------------------------------
def the_one(problems, *words):
    found = [p for p in problems if all(w in p.message for w in words)]
    assert len(found) == 1, f"{words} in {[str(p) for p in problems]}"
    return found[0]


def test_an_unknown_layer_of_a_structure(tmp_path):
    text = edit(FILE, "layer: organs", "layer: skin")
    p = the_one(problems_of(tmp_path, text), "'layer' must be one of", "skin")
    assert p.line == line_no(text, "layer: skin") and p.zone == "bean_left"
    assert str(p).startswith(f"{p.file}:{p.line}: bean_left: ")


def test_an_unknown_layer_declared(tmp_path):
    text = edit(FILE, "  muscles: Muscles\n", "  muscles: Muscles\n  skin: Skin\n")
    p = the_one(problems_of(tmp_path, text), "unknown layer", "skin")
    assert p.line == line_no(text, "  skin: Skin")


def test_a_structure_on_an_undeclared_layer(tmp_path):
    text = edit(FILE, "  organs: Organs\n", "")
    p = the_one(problems_of(tmp_path, text), "'layer' must be one of", "organs")
    assert p.zone == "bean_left"


def test_an_unknown_kind(tmp_path):
    text = edit(FILE, "kind: nerve", "kind: bone")
    p = the_one(problems_of(tmp_path, text), "'kind' must be one of", "artery")
    assert p.line == line_no(text, "kind: bone", after="id: cord") and p.zone == "cord"


def test_invalid_geometry(tmp_path):
    bow_tie = "[[4, 4], [6, 6], [6, 4], [4, 6]]"
    text = edit(FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", bow_tie)
    p = the_one(problems_of(tmp_path, text), "not a valid polygon")
    assert p.zone == "knob" and p.line == line_no(text, "polygon:", after="id: knob")


def test_a_line_of_one_point(tmp_path):
    text = edit(FILE, "line: [[1, 3], [9, 3]]", "line: [[1, 3]]")
    p = the_one(problems_of(tmp_path, text), "at least two points")
    assert p.zone == "cord"


def test_a_line_that_is_not_points(tmp_path):
    text = edit(FILE, "line: [[1, 3], [9, 3]]", "line: [[1, 3], oops]")
    p = the_one(problems_of(tmp_path, text), "must be a point")
    assert p.zone == "cord"


def test_two_geometry_keys(tmp_path):
    text = edit(FILE, "line: [[1, 3], [9, 3]]", "line: [[1, 3], [9, 3]]\n      lines: []")
    the_one(problems_of(tmp_path, text), "exactly one of")


def test_a_structure_outside_the_outline(tmp_path):
    text = edit(FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", "[[9, 4], [11, 4], [11, 6], [9, 6]]")
    p = the_one(problems_of(tmp_path, text), "outside the body outline")
    assert p.zone == "knob" and p.line == line_no(text, "geometry:", after="id: knob")


def test_how_much_of_a_structure_lies_outside(tmp_path):
    # the outline covers most structures, and then nothing is measured; the
    # rest are measured, and only more than a sliver is reported
    on_the_border = edit(
        FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", "[[8, 4], [10, 4], [10, 6], [8, 6]]"
    )
    load_zone_set(write(tmp_path, on_the_border))
    a_sliver = edit(
        FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", "[[8, 4], [10.01, 4], [10.01, 6], [8, 6]]"
    )
    load_zone_set(write(tmp_path, a_sliver))
    half_out = edit(FILE, "[[4, 4], [6, 4], [6, 6], [4, 6]]", "[[9, 4], [11, 4], [11, 6], [9, 6]]")
    p = the_one(problems_of(tmp_path, half_out), "outside the body outline")
    assert p.message == (
        "2.0 cm² of the structure lies outside the body outline; "
        "keep every structure inside the outline"
    )
    a_line_on_the_border = edit(FILE, "line: [[1, 3], [9, 3]]", "line: [[10, 1], [10, 9]]")
    load_zone_set(write(tmp_path, a_line_on_the_border))


def test_a_line_outside_the_outline(tmp_path):
    text = edit(FILE, "line: [[1, 3], [9, 3]]", "line: [[1, 3], [11, 3]]")
    p = the_one(problems_of(tmp_path, text), "of the line lies outside the body outline")
    assert p.zone == "cord"


@pytest.mark.parametrize("key", ["name", "note"])
def test_a_missing_name_or_note(tmp_path, key):
    old = "    name: Cord\n" if key == "name" else "    note: A cord across the square.\n"
    text = edit(FILE, old, "")
    p = the_one(problems_of(tmp_path, text), f"missing the key '{key}'")
    assert p.zone == "cord" and p.line == line_no(text, "- id: cord")


def test_an_empty_note(tmp_path):
    text = edit(FILE, "note: A cord across the square.", "note: ''")
    p = the_one(problems_of(tmp_path, text), "'note' must be non-empty text")
    assert p.zone == "cord"


def test_a_duplicate_structure_id(tmp_path):
    text = edit(FILE, "- id: cord", "- id: knob")
    p = the_one(problems_of(tmp_path, text), "duplicate id")
    assert p.zone == "knob" and p.line == line_no(text, "- id: knob", after="id: bean_left")


def test_an_unknown_key(tmp_path):
    text = edit(FILE, "    kind: nerve\n", "    kind: nerve\n    colour: yellow\n")
    p = the_one(problems_of(tmp_path, text), "unknown key 'colour'")
    assert p.zone == "cord"


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("side: left", "side: right", "needs 'side: left'"),
        ("- id: knob", "- id: knob_right", "needs 'side: right'"),
        ("side: left", "side: up", "'side' must be one of"),
    ],
)
def test_the_side_must_match_the_id(tmp_path, old, new, words):
    problems = problems_of(tmp_path, edit(FILE, old, new, after="structures:"))
    the_one(problems, words)


def test_every_problem_is_listed_together(tmp_path):
    text = edit(FILE, "kind: nerve", "kind: bone")
    text = edit(text, "layer: organs", "layer: skin")
    problems = problems_of(tmp_path, text)
    assert {p.zone for p in problems} >= {"cord", "bean_left"}


# --- surface cues ----------------------------------------------------------------
def test_surface_cues_load(tmp_path):
    text = FILE + "surface:\n  fold: [[1, 8], [5, 8.5], [9, 8]]\n"
    zs = load_zone_set(write(tmp_path, text))
    assert zs.surface == {"fold": ((1.0, 8.0), (5.0, 8.5), (9.0, 8.0))}
    assert load_zone_set(write(tmp_path, FILE)).surface == {}


def test_a_surface_cue_off_the_canvas(tmp_path):
    text = FILE + "surface:\n  fold: [[1, 8], [50, 8]]\n"
    p = the_one(problems_of(tmp_path, text), "outside the canvas", "fold")
    assert p.line == line_no(text, "  fold:")
