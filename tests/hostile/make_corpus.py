"""Make the corpus of hostile and careless input files in a folder.

Every case is a file (or a folder of files) that ``massage-trainer validate``
must refuse with exit status 1 and ``file:line`` messages, quickly, without a
traceback and without filling the memory.  The files are generated, never
committed: some are megabytes, some are FIFOs, devices or symlink loops.

    python tests/hostile/make_corpus.py FOLDER      # writes FOLDER/<case>/...

``make_corpus(folder)`` returns the cases: (name, the path to validate).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

# a small valid zone file: a 10 x 10 cm square, a caution strip on top and a
# target pair below (the built-in technique and rules files serve it)
BASE = """\
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
      wkt: POLYGON ((5 2, 10 2, 10 10, 5 10, 5 2))
"""

OUTLINE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"
CROWN = "POLYGON ((0 0, 10 0, 10 2, 0 2, 0 0))"
LEFT = "POLYGON ((0 2, 5 2, 5 10, 0 10, 0 2))"


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def nested_wkt(depth: int) -> str:
    return "GEOMETRYCOLLECTION (" * depth + "POINT (1 1)" + ")" * depth


def identical_zones(count: int) -> str:
    """``count`` copies of one square caution zone on one layer."""
    head = BASE.split("zones:\n", 1)[0] + "zones:\n"
    zone = (
        "  - id: copy_{i}\n    name: Copy {i}\n    side: none\n    safety: caution\n"
        "    why: One of many copies.\n    warnings: [Careful.]\n"
        "    geometry: {{wkt: '" + OUTLINE + "'}}\n"
    )
    return head + "".join(zone.format(i=i) for i in range(count))


def grid(side: int, size: float = 1.0) -> str:
    """A valid file of ``side`` x ``side`` square caution zones tiling the outline."""
    extent = side * size
    lines = [
        "format: 1",
        "view: grid",
        f"canvas: {{width: {extent + 2:g}, height: {extent + 2:g}}}",
        f"outline: {{wkt: 'POLYGON ((0 0, {extent:g} 0, {extent:g} {extent:g}, "
        f"0 {extent:g}, 0 0))'}}",
        "zones:",
    ]
    for j in range(side):
        for i in range(side):
            x0, y0, x1, y1 = i * size, j * size, (i + 1) * size, (j + 1) * size
            lines.append(
                f"  - {{id: cell_{i}_{j}, name: Cell {i} {j}, side: none, safety: caution, "
                f"why: One cell., warnings: [Careful.], geometry: {{wkt: 'POLYGON (({x0:g} "
                f"{y0:g}, {x1:g} {y0:g}, {x1:g} {y1:g}, {x0:g} {y1:g}, {x0:g} {y0:g}))'}}}}"
            )
    return "\n".join(lines) + "\n"


STRUCTURE = """\
layers:
  bones: Bones
structures:
  - id: rib
    name: A rib
    layer: bones
    kind: bone
    note: A test bone.
    geometry:
      wkt: {wkt}
"""

# name -> zone file text
TEXT_CASES: dict[str, Callable[[], str]] = {
    "wkt_nested_40000": lambda: edit(OUTLINE, f'"{nested_wkt(40_000)}"'),
    "wkt_nested_in_zone": lambda: edit(CROWN, f'"{nested_wkt(40_000)}"'),
    "wkt_nested_20000": lambda: edit(OUTLINE, f'"{nested_wkt(20_000)}"'),
    "wkt_very_long": lambda: edit(
        OUTLINE,
        "POLYGON ((0 0, "
        + ", ".join(f"{10 * i / 60000:.5f} 0" for i in range(1, 60_000))
        + ", 10 0, 10 10, 0 10, 0 0))",
    ),
    "wkt_polygon_z_zone": lambda: edit(LEFT, "POLYGON Z ((0 2 1, 5 2 1, 5 10 1, 0 10 1, 0 2 1))"),
    "wkt_polygon_m_zone": lambda: edit(LEFT, "POLYGON M ((0 2 1, 5 2 1, 5 10 1, 0 10 1, 0 2 1))"),
    "wkt_polygon_zm_outline": lambda: edit(
        OUTLINE, "POLYGON ZM ((0 0 1 1, 10 0 1 1, 10 10 1 1, 0 10 1 1, 0 0 1 1))"
    ),
    "wkt_three_values_outline": lambda: edit(
        OUTLINE, "POLYGON ((0 0 5, 10 0 5, 10 10 5, 0 10 5, 0 0 5))"
    ),
    "wkt_z_structure": lambda: (
        BASE + STRUCTURE.format(wkt="POLYGON Z ((1 3 1, 2 3 1, 2 4 1, 1 4 1, 1 3 1))")
    ),
    "wkt_nan": lambda: edit(LEFT, "POLYGON ((0 2, 5 2, 5 NaN, 0 10, 0 2))"),
    "wkt_huge_number": lambda: edit(LEFT, "POLYGON ((0 2, 5 2, 5 1e308, 0 10, 0 2))"),
    "label_at_huge": lambda: edit(
        "    techniques: [effleurage]\n",
        "    techniques: [effleurage]\n    label_at: [1.0e+308, 1.0e+308]\n",
    ),
    "label_at_far_from_zone": lambda: edit(
        "    techniques: [effleurage]\n", "    techniques: [effleurage]\n    label_at: [9.5, 1]\n"
    ),
    "label_at_infinite": lambda: edit(
        "    techniques: [effleurage]\n", "    techniques: [effleurage]\n    label_at: [.inf, 3]\n"
    ),
    "landmark_huge": lambda: edit("centre: [5, 5]", "centre: [1.0e+308, 5]"),
    "canvas_huge": lambda: edit("{width: 12, height: 12}", "{width: 1.0e+308, height: 1.0e+308}"),
    "midline_huge": lambda: edit("landmarks:", "midline: 1.0e+308\nlandmarks:"),
    "name_100k": lambda: edit("name: Crown", "name: " + "Very long name " * 7_000),
    "name_3mb": lambda: edit("name: Crown", "name: " + "x" * 3_600_000),
    "id_100k": lambda: edit("id: crown", "id: " + "c" * 100_000),
    "format_float": lambda: edit("format: 1", "format: 1.0"),
    "format_true": lambda: edit("format: 1", "format: true"),
    "layer_true": lambda: edit("    side: none\n", "    side: none\n    layer: true\n"),
    "canvas_true": lambda: edit("width: 12", "width: true"),
    "catalogue_absolute": lambda: edit(
        "landmarks:", "catalogue: {techniques: /etc/passwd}\nlandmarks:"
    ),
    "catalogue_parent": lambda: edit(
        "landmarks:", "catalogue: {techniques: ../../../etc/passwd}\nlandmarks:"
    ),
    "identical_zones_60": lambda: identical_zones(60),
    "yaml_nested": lambda: "format: 1\nzones: " + "[" * 5000 + "]" * 5000 + "\n",
    "yaml_laughs": lambda: (
        "format: 1\na: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "zones: *i\n"
    ),
    "integer_5000_digits": lambda: edit("width: 12", "width: " + "9" * 5000),
}


# what the first problem of each case must say: refused for the right reason
EXPECTED: dict[str, str] = {
    "wkt_nested_40000": "nested 40,001 levels deep",
    "wkt_nested_in_zone": "nested 40,001 levels deep",
    "wkt_nested_20000": "nested 20,001 levels deep",
    "wkt_very_long": "characters long",
    "wkt_polygon_z_zone": "third value (Z or M)",
    "wkt_polygon_m_zone": "third value (Z or M)",
    "wkt_polygon_zm_outline": "third value (Z or M)",
    "wkt_three_values_outline": "third value (Z or M)",
    "wkt_z_structure": "third value (Z or M)",
    "wkt_nan": "not a finite number",
    "wkt_huge_number": "beyond a million cm",
    "label_at_huge": "'label_at' [1e+308, 1e+308] lies outside the canvas",
    "label_at_far_from_zone": "cm from its zone",
    "label_at_infinite": "finite number",
    "landmark_huge": "lies outside the canvas",
    "canvas_huge": "more than a million cm",
    "midline_huge": "the midline x = 1e+308 lies outside the canvas",
    "name_100k": "characters long; a name here is at most 80",
    "name_3mb": "characters long; a name here is at most 80",
    "id_100k": "an id is at most 64",
    "format_float": "format 1.0 is not supported",
    "format_true": "is not supported",
    "layer_true": "whole number",
    "canvas_true": "must be a number",
    "catalogue_absolute": "relative to this file's folder",
    "catalogue_parent": "relative to this file's folder",
    "identical_zones_60": "overlaps copy_0",
    "yaml_nested": "nest",
    "yaml_laughs": "too many values",
    "integer_5000_digits": "5,000 digits",
    "fifo_zone_file": "a pipe (FIFO)",
    "dev_zero_zone_file": "a device",
    "loop_zone_file": "symbolic link loop",
    "folder_zone_file": "a folder",
    "fifo_named_catalogue": "a pipe (FIFO)",
    "broken_routines_beside": "not valid YAML",
    "fifo_routines_beside": "a pipe (FIFO)",
    "fifo_in_views": "a pipe (FIFO)",
}
for _name in ("techniques", "rules"):
    EXPECTED[f"fifo_{_name}_beside"] = "a pipe (FIFO)"
    EXPECTED[f"dev_zero_{_name}_beside"] = "a device"
    EXPECTED[f"loop_{_name}_beside"] = "symbolic link loop"
    EXPECTED[f"folder_{_name}_beside"] = "a folder"


def _special(folder: Path) -> list[tuple[str, Path]]:
    """FIFOs, devices, symlink loops and folders, as the zone file or beside it."""
    out: list[tuple[str, Path]] = []

    def case(name: str) -> Path:
        d = folder / name
        d.mkdir()
        return d

    d = case("fifo_zone_file")
    os.mkfifo(d / "zones.yaml")
    out.append((d.name, d / "zones.yaml"))

    d = case("dev_zero_zone_file")
    (d / "zones.yaml").symlink_to("/dev/zero")
    out.append((d.name, d / "zones.yaml"))

    d = case("loop_zone_file")
    (d / "a.yaml").symlink_to("b")
    (d / "b").symlink_to("a.yaml")
    out.append((d.name, d / "a.yaml"))

    d = case("folder_zone_file")
    (d / "zones.yaml").mkdir()
    out.append((d.name, d / "zones.yaml"))

    for neighbour in ("techniques.yaml", "rules.yaml"):
        stem = neighbour.removesuffix(".yaml")
        for kind in ("fifo", "dev_zero", "loop", "folder"):
            d = case(f"{kind}_{stem}_beside")
            (d / "square.yaml").write_text(BASE, encoding="utf-8")
            target = d / neighbour
            if kind == "fifo":
                os.mkfifo(target)
            elif kind == "dev_zero":
                target.symlink_to("/dev/zero")
            elif kind == "loop":
                target.symlink_to("other")
                (d / "other").symlink_to(neighbour)
            else:
                target.mkdir()
            out.append((d.name, d / "square.yaml"))

    d = case("fifo_named_catalogue")
    (d / "square.yaml").write_text(
        edit("landmarks:", "catalogue: {techniques: strokes.yaml}\nlandmarks:"), encoding="utf-8"
    )
    os.mkfifo(d / "strokes.yaml")
    out.append((d.name, d / "square.yaml"))

    d = case("broken_routines_beside")
    (d / "square.yaml").write_text(BASE, encoding="utf-8")
    (d / "routines.yaml").write_text("format: 1\nroutines: [unclosed\n", encoding="utf-8")
    out.append((d.name, d / "square.yaml"))

    d = case("fifo_routines_beside")
    (d / "square.yaml").write_text(BASE, encoding="utf-8")
    os.mkfifo(d / "routines.yaml")
    out.append((d.name, d / "square.yaml"))

    d = case("fifo_in_views")
    (d / "views.yaml").write_text("format: 1\nviews:\n  square: square.yaml\n", encoding="utf-8")
    os.mkfifo(d / "square.yaml")
    out.append((d.name, d / "views.yaml"))
    return out


def make_corpus(folder: Path) -> list[tuple[str, Path]]:
    """Write every case under ``folder``; return (case name, path to validate)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, Path]] = []
    for name, make in TEXT_CASES.items():
        d = folder / name
        d.mkdir()
        path = d / "zones.yaml"
        path.write_text(make(), encoding="utf-8")
        cases.append((name, path))
    if hasattr(os, "mkfifo"):
        cases += _special(folder)
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_corpus.py FOLDER")
    for name, path in make_corpus(Path(sys.argv[1])):
        print(f"{name}\t{path}")
