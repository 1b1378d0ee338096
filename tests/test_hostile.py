"""Hostile and careless zone files: each is refused with a problem naming the
file, the line and what to fix, before the geometry engine, the drawing or
the reader can be hurt by it.  Cases that could crash or hang the process run
in a child process with a timeout, so that a segfault or a hang fails the test
instead of stopping pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from massage_trainer.cli import main
from massage_trainer.core import yamlsource
from massage_trainer.core.yamlsource import Problem
from massage_trainer.core.zones import MAX_MESSAGES, ZoneFileError, load_zone_set
from tests.hostile.make_corpus import BASE, CROWN, LEFT, OUTLINE, STRUCTURE, edit, identical_zones

ROOT = Path(__file__).resolve().parent.parent
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def write(folder: Path, text: str, name: str = "square.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(folder: Path, text: str) -> list[Problem]:
    path = write(folder, text)
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(path)
    return info.value.problems


def one(found: list[Problem], *words: str) -> Problem:
    hits = [p for p in found if all(w in p.message for w in words)]
    assert len(hits) == 1, f"{words} in {[str(p) for p in found]}"
    return hits[0]


def line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def validate_child(*paths: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """``massage-trainer validate`` in a child process: a crash is an exit
    status, a hang a timeout, never the end of the test run."""
    return subprocess.run(
        [sys.executable, "-m", "massage_trainer", "validate", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# --- row 1: nesting that crashed the geometry engine --------------------------
@pytest.mark.slow
@pytest.mark.parametrize("where", ["outline", "zone"])
def test_wkt_nested_40000_deep_is_refused_without_a_crash(tmp_path, where):
    deep = "GEOMETRYCOLLECTION (" * 40_000 + "POINT (1 1)" + ")" * 40_000
    text = edit(OUTLINE if where == "outline" else CROWN, f'"{deep}"')
    path = write(tmp_path, text)
    result = validate_child(path)
    assert result.returncode == 1, (result.returncode, result.stderr[-500:])
    assert "Traceback" not in result.stdout + result.stderr
    line = line_of(text, "GEOMETRYCOLLECTION")
    assert f"square.yaml:{line}:" in result.stdout
    assert "nested 40,001 levels deep" in result.stdout


def test_a_very_long_wkt_is_refused_before_it_is_parsed(tmp_path):
    ring = ", ".join(f"{i / 40000:.5f} 0" for i in range(1, 40_000))
    text = edit(OUTLINE, f"POLYGON ((0 0, {ring}, 10 0, 10 10, 0 10, 0 0))")
    p = one(problems(tmp_path, text), "characters long")
    assert p.line == line_of(text, "POLYGON ((0 0, 0.0")


# --- row 7: a third coordinate ------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "zone"),
    [
        (LEFT, "POLYGON Z ((0 2 1, 5 2 1, 5 10 1, 0 10 1, 0 2 1))", "half_left"),
        (LEFT, "POLYGON M ((0 2 1, 5 2 1, 5 10 1, 0 10 1, 0 2 1))", "half_left"),
        (OUTLINE, "POLYGON ZM ((0 0 1 1, 10 0 1 1, 10 10 1 1, 0 10 1 1, 0 0 1 1))", None),
        (OUTLINE, "POLYGON ((0 0 5, 10 0 5, 10 10 5, 0 10 5, 0 0 5))", None),
    ],
)
def test_z_and_m_coordinates_are_refused(tmp_path, old, new, zone):
    text = edit(old, new)
    p = one(problems(tmp_path, text), "third value (Z or M)")
    assert p.zone == zone and p.line == line_of(text, new)


def test_a_z_coordinate_in_a_structure_is_refused(tmp_path):
    wkt = "POLYGON Z ((1 3 1, 2 3 1, 2 4 1, 1 4 1, 1 3 1))"
    p = one(problems(tmp_path, BASE + STRUCTURE.format(wkt=wkt)), "third value")
    assert p.zone == "rib"


# --- row 10: absurd numbers ---------------------------------------------------
LABELLED = "    techniques: [effleurage]\n"


@pytest.mark.parametrize(
    ("point", "words"),
    [
        ("[1.0e+308, 1.0e+308]", "outside the canvas"),
        ("[-3, 5]", "outside the canvas"),
        ("[9.5, 1]", "cm from its zone"),
    ],
)
def test_label_at_must_lie_on_the_canvas_and_by_its_zone(tmp_path, point, words):
    text = edit(LABELLED, f"{LABELLED}    label_at: {point}\n")
    p = one(problems(tmp_path, text), "'label_at'", words)
    assert p.zone == "half_left" and p.line == line_of(text, "label_at")


def test_label_at_inside_its_zone_is_kept(tmp_path):
    zs = load_zone_set(write(tmp_path, edit(LABELLED, f"{LABELLED}    label_at: [2, 6]\n")))
    assert zs.zone("half_left").label_point == (2.0, 6.0)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("centre: [5, 5]", "centre: [1.0e+308, 5]", "lies outside the canvas"),
        ("width: 12", "width: 1.0e+308", "more than a million cm"),
        ("landmarks:", "midline: 1.0e+308\nlandmarks:", "the midline x = 1e+308"),
    ],
)
def test_absurd_numbers_are_refused(tmp_path, old, new, words):
    text = edit(old, new)
    p = one(problems(tmp_path, text), words)
    assert p.line == line_of(text, new.splitlines()[0])


def test_a_whole_number_too_long_to_convert_names_its_line(tmp_path):
    text = edit("width: 12", "width: " + "9" * 5000)
    p = one(problems(tmp_path, text), "5,000 digits")
    assert p.line == line_of(text, "width: 999")


# --- row 9: names too long ----------------------------------------------------
def test_a_huge_name_is_a_problem(tmp_path):
    text = edit("name: Crown", "name: " + "Very long name " * 7_000)
    p = one(problems(tmp_path, text), "'name' is 104,999 characters long")
    assert p.zone == "crown" and p.line == line_of(text, "Very long")
    assert len(str(p)) < 300


def test_a_huge_id_is_a_problem_that_stays_short(tmp_path):
    text = edit("id: crown", "id: " + "c" * 100_000)
    p = one(problems(tmp_path, text), "an id is at most")
    assert p.zone == "zone #1" and len(str(p)) < 300


# --- row 19: the format, booleans, catalogue paths -----------------------------
@pytest.mark.parametrize("value", ["1.0", "true", "'1'"])
def test_format_must_be_the_integer_1(tmp_path, value):
    p = one(problems(tmp_path, edit("format: 1", f"format: {value}")), "is not supported")
    assert p.line == 1


@pytest.mark.parametrize("named", ["/etc/passwd", "../../etc/passwd", "sub/../../x.yaml"])
def test_catalogue_paths_stay_in_the_zone_files_folder(tmp_path, named):
    text = edit("landmarks:", f"catalogue: {{techniques: '{named}'}}\nlandmarks:")
    p = one(problems(tmp_path, text), "relative to this file's folder")
    assert p.line == line_of(text, "catalogue:")
    assert not [q for q in problems(tmp_path, text) if "passwd" in q.file]


def test_a_catalogue_link_out_of_the_folder_is_refused(tmp_path):
    outside = write(tmp_path, "format: 1\ntechniques: []\n", "elsewhere.yaml")
    inner = tmp_path / "view"
    inner.mkdir()
    (inner / "strokes.yaml").symlink_to(outside)
    path = write(inner, edit("landmarks:", "catalogue: {techniques: strokes.yaml}\nlandmarks:"))
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(path)
    one(info.value.problems, "relative to this file's folder")


# --- rows 6 and 8: files that are not files -------------------------------------
def _make(kind: str, target: Path) -> None:
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev_zero":
        target.symlink_to("/dev/zero")
    elif kind == "loop":
        target.symlink_to(target.name + ".other")
        target.with_name(target.name + ".other").symlink_to(target.name)
    else:
        target.mkdir()


KIND_WORDS = {
    "fifo": "a pipe (FIFO)",
    "dev_zero": "a device",
    "loop": "symbolic link loop",
    "folder": "a folder",
}


@needs_fifo
@pytest.mark.slow
@pytest.mark.parametrize("kind", list(KIND_WORDS))
def test_a_zone_file_that_is_not_a_file(tmp_path, kind):
    path = tmp_path / "zones.yaml"
    _make(kind, path)
    result = validate_child(path, timeout=30)  # a FIFO used to hang for ever
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}: cannot read the file: ")
    assert KIND_WORDS[kind] in result.stdout


@needs_fifo
@pytest.mark.parametrize("neighbour", ["techniques.yaml", "rules.yaml"])
@pytest.mark.parametrize("kind", list(KIND_WORDS))
def test_a_neighbour_that_is_not_a_file_is_reported(tmp_path, neighbour, kind):
    _make(kind, tmp_path / neighbour)
    p = one(problems(tmp_path, BASE), f"{neighbour} beside this file is", KIND_WORDS[kind])
    assert p.line == 1


@needs_fifo
def test_a_named_catalogue_file_that_is_a_fifo_is_reported(tmp_path):
    os.mkfifo(tmp_path / "strokes.yaml")
    text = edit("landmarks:", "catalogue: {techniques: strokes.yaml}\nlandmarks:")
    p = one(problems(tmp_path, text), "is a pipe (FIFO), not a regular file")
    assert p.line == line_of(text, "catalogue:")


@needs_fifo
def test_a_fifo_named_by_a_list_of_views(tmp_path):
    write(tmp_path, "format: 1\nviews:\n  square: square.yaml\n", "views.yaml")
    os.mkfifo(tmp_path / "square.yaml")
    with pytest.raises(ZoneFileError) as info:
        load_zone_set(tmp_path / "views.yaml")
    p = one(info.value.problems, "is a pipe (FIFO)")
    assert p.line == 3 and p.zone == "square"


# --- row 19: validate checks the routines beside a zone file --------------------
def test_validate_checks_a_broken_routine_file_beside(tmp_path, capsys):
    path = write(tmp_path, BASE)
    write(tmp_path, "format: 1\nroutines: [unclosed\n", "routines.yaml")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "routines.yaml:3: not valid YAML" in out


@needs_fifo
def test_validate_reports_a_fifo_as_the_routine_file(tmp_path, capsys):
    path = write(tmp_path, BASE)
    os.mkfifo(tmp_path / "routines.yaml")
    assert main(["validate", str(path)]) == 1
    assert "routines.yaml: cannot read the file: it is a pipe" in capsys.readouterr().out


# --- rows 5 and 11: many zones --------------------------------------------------
def test_overlaps_are_listed_up_to_a_bound_then_counted(tmp_path):
    found = problems(tmp_path, identical_zones(60))
    listed = [p for p in found if p.message.startswith("overlaps ")]
    assert len(listed) == MAX_MESSAGES
    pairs = 60 * 59 // 2
    more = one(found, "more overlaps")
    assert f"\u2026 and {pairs - MAX_MESSAGES:,} more overlaps" in more.message
    # the count comes after the listed ones, on the first zone not listed
    assert more.line >= max(p.line for p in listed)


def test_touching_zones_of_a_tiling_are_not_overlaps(tmp_path):
    from tests.hostile.make_corpus import grid

    zs = load_zone_set(write(tmp_path, grid(12)))
    assert len(zs.zones) == 144 and zs.coverage == pytest.approx(1.0)


def test_a_file_with_too_many_zones_is_refused_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsource, "MAX_ENTRIES", 50)
    text = identical_zones(51)
    p = one(problems(tmp_path, text), "'zones' holds more than 50 entries")
    assert p.line == line_of(text, "zones:") + 1
