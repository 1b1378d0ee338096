"""The hit-test grid and the checks that ask it for many points at once.

The grid is built with each zone querying a tree of cells; ``zones_at`` and
the stroke check look up whole arrays of points.  Each must answer exactly as
the one-box-at-a-time grid and the one-point-at-a-time ``zone_at`` did."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import shapely

from massage_trainer.core import strokes
from massage_trainer.core import zones as zones_module
from massage_trainer.core.content import PathPoint, StrokeSpec, Technique
from massage_trainer.core.safety import SAFETY_RANK
from massage_trainer.core.strokes import check_strokes
from massage_trainer.core.zones import Zone, _HitIndex, load_views


@pytest.fixture(scope="module")
def views():
    return load_views()


def cells_box_by_box(zones: tuple[Zone, ...], index: _HitIndex) -> list:
    """The grid's cells as they were first built: every cell's box asks a
    tree of the zones which of them it meets and which it lies within."""
    geoms = [z.geometry for z in zones]
    priority = sorted(
        range(len(zones)), key=lambda i: (-SAFETY_RANK[zones[i].safety], -zones[i].layer, i)
    )
    rank_of = {zi: r for r, zi in enumerate(priority)}
    size = index.cell
    jj, ii = np.divmod(np.arange(index.nx * index.ny), index.nx)
    boxes = shapely.box(
        index.x0 + ii * size,
        index.y0 + jj * size,
        index.x0 + (ii + 1) * size,
        index.y0 + (jj + 1) * size,
    )
    tree = shapely.STRtree(geoms)
    touching: dict[int, list[int]] = {}
    for cell, zi in zip(*tree.query(boxes, predicate="intersects"), strict=True):
        touching.setdefault(int(cell), []).append(int(zi))
    inside = set(zip(*(a.tolist() for a in tree.query(boxes, predicate="within")), strict=True))
    cells: list = [None] * (index.nx * index.ny)
    for cell, zis in touching.items():
        if len(zis) == 1 and (cell, zis[0]) in inside:
            cells[cell] = zones[zis[0]]
        else:
            cells[cell] = tuple(sorted(zis, key=rank_of.__getitem__))
    return cells


def square(x0: float, y0: float, x1: float, y1: float) -> shapely.Polygon:
    return shapely.box(x0, y0, x1, y1)


def zone(zid: str, safety: str, geometry, layer: int = 0) -> Zone:
    return Zone(zid, zid, "none", safety, "why", (), (), geometry, layer=layer)


# overlaps on two layers, a ring with a hole, a spot larger than one cell, a
# zone much smaller than a cell, borders on and off the grid's lines
SYNTHETIC = (
    zone("base", "target", square(0.5, 0.5, 20.25, 30)),
    zone("strip", "avoid", square(9.5, 0, 10.5, 30)),
    zone("spot", "caution", shapely.Point(5, 5).buffer(2.2), layer=1),
    zone("tiny", "avoid", square(15.1, 15.1, 15.3, 15.3), layer=2),
    zone(
        "ring",
        "caution",
        shapely.Polygon(
            [(12, 20), (19, 20), (19, 27), (12, 27)], [[(14, 22), (17, 22), (17, 25), (14, 25)]]
        ),
        layer=1,
    ),
)


@pytest.mark.parametrize("view", ["back", "front"])
def test_the_grid_of_each_view_is_the_one_built_box_by_box(views, view):
    zones = views[view].zones
    index = _HitIndex(zones)
    index.fill()
    assert index.cells == cells_box_by_box(zones, index)
    assert any(isinstance(c, Zone) for c in index.cells)
    assert any(isinstance(c, tuple) and len(c) > 1 for c in index.cells)


def test_the_grid_of_overlapping_layers_is_the_one_built_box_by_box():
    index = _HitIndex(SYNTHETIC)
    index.fill()
    assert index.cells == cells_box_by_box(SYNTHETIC, index)


@pytest.mark.parametrize("view", ["back", "front"])
def test_a_grid_filled_bit_by_bit_is_the_grid_filled_at_once(views, view):
    zones = views[view].zones
    whole = _HitIndex(zones)
    whole.fill()
    index = _HitIndex(zones)
    rng = np.random.default_rng(15)
    for _ in range(3):  # a few batches of cells, as checks ask for them
        batch = np.unique(rng.integers(0, len(index.cells), 2000))
        index.fill(batch[[index.cells[c] is zones_module._UNFILLED for c in batch.tolist()]])
        filled = [
            c for c in range(len(index.cells)) if index.cells[c] is not zones_module._UNFILLED
        ]
        assert 0 < len(filled) < len(index.cells)
        assert [index.cells[c] for c in filled] == [whole.cells[c] for c in filled]
    assert not index.complete
    # one point in a cell not yet filled: the rest of the grid at once
    cell = next(c for c in range(len(index.cells)) if index.cells[c] is zones_module._UNFILLED)
    j, i = divmod(cell, index.nx)
    index.zone_at(index.x0 + (i + 0.5) * index.cell, index.y0 + (j + 0.5) * index.cell)
    assert index.complete and index.cells == whole.cells


def points_to_try(canvas: tuple[float, float], seed: int) -> tuple[list[float], list[float]]:
    """Random points, points on the grid's lines and corners, points beside
    the canvas, and a few that are no numbers at all."""
    rng = random.Random(seed)
    width, height = canvas
    xs = [rng.uniform(-2, width + 2) for _ in range(4000)]
    ys = [rng.uniform(-2, height + 2) for _ in range(4000)]
    for _ in range(1500):
        xs.append(float(rng.randint(-1, int(width) + 1)) + rng.choice([0.0, 0.5, 1e-12, -1e-12]))
        ys.append(float(rng.randint(-1, int(height) + 1)) + rng.choice([0.0, 0.5, 1e-12]))
    odd = [math.nan, math.inf, -math.inf, 1e300, -1e300]
    xs += odd + [10.0] * len(odd)
    ys += [10.0] * len(odd) + odd
    return xs, ys


@pytest.mark.parametrize("view", ["back", "front"])
def test_zones_at_answers_as_zone_at_does(views, view):
    zs = views[view]
    xs, ys = points_to_try(zs.canvas, 20261202)
    found = zs.zones_at(xs, ys)  # first, while the grid is still filled in part
    expected = [zs.zone_at(x, y) for x, y in zip(xs, ys, strict=True)]
    assert found == expected
    assert sum(z is None for z in expected) > 100  # off the body, too
    assert len({z.safety for z in expected if z is not None}) == 3


def test_zones_at_answers_as_zone_at_does_where_zones_overlap(views):
    zs = views["back"]
    zs_synthetic = type(zs)(
        path=zs.path,
        view="test",
        title="test",
        canvas=(21.0, 31.0),
        midline=10.0,
        outline=square(0, 0, 21, 31),
        zones=SYNTHETIC,
    )
    xs, ys = points_to_try(zs_synthetic.canvas, 7)
    found = zs_synthetic.zones_at(xs, ys)
    expected = [zs_synthetic.zone_at(x, y) for x, y in zip(xs, ys, strict=True)]
    assert found == expected
    assert {z.id for z in expected if z is not None} == {z.id for z in SYNTHETIC}


def test_zones_at_of_no_points(views):
    assert views["back"].zones_at([], []) == []


# --- the stroke check, one sample at a time as it was --------------------------
def check_path_point_by_point(zone_set, t, spec, stroke, twin, add) -> None:
    reported: set[tuple[int, str]] = set()
    for p, (x, y) in zip(spec.path, stroke.points, strict=True):
        if zone_set.zone_at(x, y) is None:
            add(
                p.line,
                f"the point {p.landmark} {p.dx:+g} {p.dy:+g} lies at ({x:.1f}, {y:.1f}), "
                f"off the body{twin}; move it onto the body",
            )
            reported.add((-1, p.landmark))
    for (x, y), seg in stroke.samples():
        line = spec.path[seg].line
        zone = zone_set.zone_at(x, y)
        pressure = stroke.pressure[seg] if seg < len(stroke.pressure) else "none"
        where = f"segment {seg + 1} ({spec.path[seg].landmark} to {spec.path[seg + 1].landmark})"
        if zone is None:
            if (seg, "") not in reported and (-1, spec.path[seg].landmark) not in reported:
                reported.add((seg, ""))
                add(line, f"{where} leaves the body near ({x:.1f}, {y:.1f}){twin}")
            continue
        key = (seg, zone.kind)
        if key in reported:
            continue
        message = strokes._zone_problem(zone, pressure, spec, t)
        if message:
            reported.add(key)
            add(line, f"{where}{twin} {message}")


def random_techniques(zone_set, seed: int, count: int) -> list[Technique]:
    """Strokes wandering over the view between its landmarks: across the
    midline, off the body, over Avoid and Caution zones, with any pressure."""
    rng = random.Random(seed)
    marks = sorted(zone_set.landmarks)
    kinds = sorted({z.kind for z in zone_set.zones if z.safety == "avoid"})
    out = []
    for n in range(count):
        points = rng.randint(2, 5)
        path = tuple(
            PathPoint(rng.choice(marks), rng.uniform(-6, 6), rng.uniform(-6, 6), 10 * n + i + 1)
            for i in range(points)
        )
        spec = StrokeSpec(
            technique=f"t{n}",
            view=zone_set.view,
            index=0,
            hand=rng.choice(["left", "right", "both", "alternating"]),
            path=path,
            pressure=tuple(
                rng.choice(["none", "light", "moderate", "firm"]) for _ in range(points - 1)
            ),
            rhythm="glide",
            seconds=4.0,
            mirror=rng.random() < 0.5,
            floats_over=tuple(rng.sample(kinds, 2)) if rng.random() < 0.5 else (),
            line=10 * n,
        )
        suits = rng.choice([z.id for z in zone_set.zones])
        out.append(
            Technique(
                f"t{n}",
                f"T {n}",
                "gliding",
                "Gliding",
                "light",
                "",
                (),
                (suits,),
                (),
                strokes={zone_set.view: (spec,)},
            )
        )
    return out


@pytest.mark.parametrize("view", ["back", "front"])
def test_the_stroke_check_finds_what_it_found_point_by_point(views, view, monkeypatch):
    zone_set = views[view]
    techniques = random_techniques(zone_set, 1202 + len(view), 150)
    found = check_strokes(zone_set, techniques, "t.yaml")
    with monkeypatch.context() as old:
        old.setattr(strokes, "_check_path", check_path_point_by_point)
        expected = check_strokes(zone_set, techniques, "t.yaml")
    assert [str(p) for p in found] == [str(p) for p in expected]
    # every kind of problem the check reports is among them
    text = "\n".join(p.message for p in expected)
    for words in (
        "off the body",
        "leaves the body near",
        "crosses the Avoid zone",
        "on the Caution zone",
        "a zone T ",
    ):
        assert words in text, words
