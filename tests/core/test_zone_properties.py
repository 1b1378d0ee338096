"""Properties of loading and hit testing that must hold for any input.

Whatever a file holds, ``load_zone_set`` returns a ZoneSet or raises a
ZoneFileError with at least one well-formed problem: never another exception,
never a warning.  ``zone_at`` answers None or a Zone for any pair of floats,
and agrees with a brute-force search over every zone of the built-in set.
"""

from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

import pytest
import shapely
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from massage_trainer.core.zones import SAFETY_RANK, Zone, ZoneFileError, ZoneSet, load_zone_set
from tests.core.test_zone_loader import RULES, SQUARE, TECHNIQUES

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SQUARE_DATA = yaml.safe_load(SQUARE.replace("[effleurage]", "[press_here]"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder with a tiny technique and rules file, for the files under test."""
    path = tmp_path_factory.mktemp("zones")
    (path / "techniques.yaml").write_text(TECHNIQUES, encoding="utf-8")
    (path / "rules.yaml").write_text(RULES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def builtin() -> ZoneSet:
    return load_zone_set()


def load_text(folder: Path, text: str | bytes) -> ZoneSet | None:
    """Load ``text`` as a zone file; check that the outcome is one of the two allowed.

    Returns the ZoneSet, or None after checking the problems of a ZoneFileError.
    """
    path = folder / "under_test.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(text)
    # YAML also breaks lines at CR, NEL and the Unicode line and paragraph separators
    breaks = r"\r\n|[\n\r\x85\u2028\u2029]"
    lines = len(re.split(breaks, text if isinstance(text, str) else text.decode("latin-1")))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            zs = load_zone_set(path)
        except ZoneFileError as exc:
            zs = None
            assert exc.problems
            for p in exc.problems:
                assert isinstance(p.line, int) and isinstance(p.message, str) and p.message
                assert p.zone is None or isinstance(p.zone, str)
                if p.file.endswith("under_test.yaml"):
                    assert 0 <= p.line <= lines + 1, str(p)
                assert len(p.message) < 1000, str(p)[:300]
                assert "Traceback" not in str(p)
    assert not [str(w.message) for w in caught]
    if zs is not None:
        assert isinstance(zs, ZoneSet) and zs.zones
        for z in zs.zones:
            assert isinstance(z, Zone)
    return zs


# --- strategies -----------------------------------------------------------------------
KEYS = [
    "format",
    "view",
    "title",
    "canvas",
    "width",
    "height",
    "midline",
    "outline",
    "zones",
    "id",
    "name",
    "side",
    "safety",
    "why",
    "geometry",
    "wkt",
    "polygon",
    "polygons",
    "techniques",
    "warnings",
    "layer",
    "region",
    "regions",
    "label_at",
    "landmarks",
    "lines",
    "catalogue",
    "rules",
    "left",
    "right",
    "none",
    "target",
    "caution",
    "avoid",
]

any_float = st.floats(allow_nan=True, allow_infinity=True)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300),
    any_float,
    st.text(max_size=20),
    st.sampled_from(KEYS),
    st.just("POLYGON ((0 0, 1 0, 1 1, 0 0))"),
)
yamlish = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=8), st.integers()),
            children,
            max_size=5,
        ),
    ),
    max_leaves=30,
)
TOKENS = [
    "- ",
    ": ",
    "\n",
    "  ",
    "    ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a ",
    "<<: *a",
    "!!python/object:os.system ",
    "!!binary ",
    "!x ",
    "'",
    '"',
    "# c",
    "---\n",
    "? ",
    "|\n",
    ">-\n",
    "%YAML 1.1\n",
    "\t",
    "id",
    "zones",
    "wkt",
    "1",
    ".nan",
    "-.inf",
    "1e400",
    "0x1F",
    "2024-01-01",
    "~",
    "=",
    "\\",
    "\x00",
    "\ufeff",
    "\u2028",
]
token_soup = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def paths_in(data, prefix=()):
    """Every path of keys and indexes into ``data``."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths_in(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths_in(value, (*prefix, index))


SQUARE_PATHS = [p for p in paths_in(SQUARE_DATA) if p]


def replaced(data, path, value):
    """A copy of ``data`` with the value at ``path`` replaced (or deleted, for None)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(data) if isinstance(data, dict) else list(data)
    if not rest and value is _DELETE:
        del copy[head]
    else:
        copy[head] = replaced(data[head], rest, value)
    return copy


_DELETE = object()

coordinate = st.one_of(
    any_float,
    st.floats(-1e7, 1e7),
    st.floats(-1, 12),
    st.integers(-(10**400), 10**400),
    st.sampled_from([0, 5, 10, 1e308, -0.0]),
)
point = st.lists(coordinate, min_size=2, max_size=2)
ring = st.lists(st.one_of(point, st.lists(coordinate, max_size=3)), max_size=9)


# --- arbitrary files ------------------------------------------------------------------
@pytest.mark.slow
@FAST
@given(text=st.text())
def test_any_text(folder, text):
    load_text(folder, text)


@pytest.mark.slow
@FAST
@given(text=token_soup)
def test_any_yaml_token_soup(folder, text):
    load_text(folder, text)


@pytest.mark.slow
@QUICK
@given(data=st.binary(max_size=200))
def test_any_bytes(folder, data):
    load_text(folder, data)


@pytest.mark.slow
@FAST
@given(data=yamlish)
def test_any_yaml_structure(folder, data):
    load_text(folder, yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.slow
@FAST
@given(path=st.sampled_from(SQUARE_PATHS), value=st.one_of(yamlish, st.just(_DELETE)))
def test_a_valid_file_with_one_value_changed(folder, path, value):
    load_text(folder, yaml.safe_dump(replaced(SQUARE_DATA, path, value), allow_unicode=True))


@pytest.mark.slow
@FAST
@given(at=st.integers(0, len(SQUARE)), cut=st.integers(0, 5), insert=st.text(max_size=4))
def test_a_valid_text_with_a_few_characters_changed(folder, at, cut, insert):
    load_text(folder, SQUARE[:at] + insert + SQUARE[at + cut :])


# --- arbitrary coordinates -----------------------------------------------------------------
def with_geometry(geometry) -> str:
    data = replaced(SQUARE_DATA, ("zones", 2, "geometry"), geometry)
    return yaml.safe_dump(data)


@pytest.mark.slow
@FAST
@given(rings=st.lists(ring, max_size=3))
def test_any_ring_list(folder, rings):
    zs = load_text(folder, with_geometry({"polygon": rings}))
    if zs is not None:  # only a shape that tiles the square with the others can load
        assert zs.zone("half_right").geometry.is_valid


@pytest.mark.slow
@QUICK
@given(polygons=st.lists(st.lists(ring, min_size=1, max_size=2), max_size=3))
def test_any_polygons(folder, polygons):
    load_text(folder, with_geometry({"polygons": polygons}))


def wkt_number(value) -> str:
    return repr(float(value)) if not isinstance(value, int) or abs(value) < 10**20 else str(value)


@pytest.mark.slow
@FAST
@given(points=st.lists(st.tuples(coordinate, coordinate), max_size=9), close=st.booleans())
def test_any_wkt_ring(folder, points, close):
    if close and points:
        points = [*points, points[0]]
    body = ", ".join(f"{wkt_number(x)} {wkt_number(y)}" for x, y in points)
    load_text(folder, with_geometry({"wkt": f"POLYGON (({body}))"}))


def test_self_intersecting_and_degenerate_rings(folder):
    for rings in (
        [[[5, 2], [10, 10], [10, 2], [5, 10]]],  # bow tie
        [[[5, 2], [5, 2], [5, 2]]],  # a point
        [[[5, 2], [10, 2], [7, 2]]],  # a line
        [[[5, 2], [10, 2], [10, 10], [5, 10]], [[1, 1], [20, 1], [20, 20]]],  # hole outside
        [[[5, 2], [10, 2], [10, 10], [5, 10]], [[5, 2], [10, 2], [10, 10], [5, 10]]],
    ):
        assert load_text(folder, with_geometry({"polygon": rings})) is None


# --- hit testing ---------------------------------------------------------------------------
@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(x=any_float, y=any_float)
def test_zone_at_never_raises(builtin, x, y):
    zone = builtin.zone_at(x, y)
    assert zone is None or isinstance(zone, Zone)
    if not (math.isfinite(x) and math.isfinite(y)):
        assert zone is None


def brute_force(zs: ZoneSet, x: float, y: float) -> Zone | None:
    """Every zone under the point; the most cautious, then the highest layer, then
    the first in the file."""
    under = [(i, z) for i, z in enumerate(zs.zones) if shapely.intersects_xy(z.geometry, x, y)]
    if not under:
        return None
    return min(under, key=lambda iz: (-SAFETY_RANK[iz[1].safety], -iz[1].layer, iz[0]))[1]


def vertices(zs: ZoneSet) -> list[tuple[float, float]]:
    return [tuple(c) for z in zs.zones for c in shapely.get_coordinates(z.geometry)[::7]]


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_zone_at_agrees_with_brute_force(builtin, data):
    if data.draw(st.booleans(), label="near a border"):
        vx, vy = data.draw(st.sampled_from(vertices(builtin)), label="vertex")
        nudge = st.one_of(st.just(0.0), st.floats(-0.05, 0.05))
        x, y = vx + data.draw(nudge, label="dx"), vy + data.draw(nudge, label="dy")
    else:
        w, h = builtin.canvas
        x = data.draw(st.floats(-1.0, w + 1.0), label="x")
        y = data.draw(st.floats(-1.0, h + 1.0), label="y")
    assert builtin.zone_at(x, y) is brute_force(builtin, x, y)


@pytest.mark.slow
@QUICK
@given(data=st.data())
def test_zone_at_on_any_loaded_set(folder, data):
    spot_safety = data.draw(st.sampled_from(["target", "caution", "avoid"]))
    layer = data.draw(st.integers(1, 9))
    x0, y0 = data.draw(st.floats(0, 8)), data.draw(st.floats(0, 8))
    size = data.draw(st.floats(0.1, 2))
    spot = {
        "id": "spot",
        "name": "Spot",
        "side": "none",
        "safety": spot_safety,
        "layer": layer,
        "why": "A spot.",
        "geometry": {
            "polygon": [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]]]
        },
    }
    if spot_safety == "target":
        spot["techniques"] = ["press_here"]
    else:
        spot["warnings"] = ["Careful."]
    text = yaml.safe_dump({**SQUARE_DATA, "zones": [*SQUARE_DATA["zones"], spot]})
    zs = load_text(folder, text)
    assert zs is not None
    for _ in range(20):
        x, y = data.draw(st.floats(-1, 11)), data.draw(st.floats(-1, 11))
        assert zs.zone_at(x, y) is brute_force(zs, x, y)


def scaled_square(size: float) -> dict:
    """The test square with every coordinate multiplied by ``size``."""

    def box(x0, y0, x1, y1):
        return {
            "polygon": [
                [
                    [x0 * size, y0 * size],
                    [x1 * size, y0 * size],
                    [x1 * size, y1 * size],
                    [x0 * size, y1 * size],
                ]
            ]
        }

    zones = [dict(z) for z in SQUARE_DATA["zones"]]
    for zone, shape in zip(
        zones, [box(0, 0, 10, 2), box(0, 2, 5, 10), box(5, 2, 10, 10)], strict=True
    ):
        zone["geometry"] = shape
    return {
        **SQUARE_DATA,
        "canvas": {"width": 12 * size, "height": 12 * size},
        "outline": box(0, 0, 10, 10),
        "landmarks": {},
        "zones": zones,
    }


@pytest.mark.parametrize("size", [1e-3, 0.5, 5e4])
def test_zone_at_on_a_tiny_or_huge_body(folder, size):
    """The hit-test grid stays small however large the view, and edges count."""
    zs = load_text(folder, yaml.safe_dump(scaled_square(size)))
    assert zs is not None
    for x, y, expected in [
        (5, 1, "crown"),
        (2, 5, "half_left"),
        (8, 5, "half_right"),
        (10, 10, "half_right"),
        (0, 0, "crown"),
        (10.5, 5, None),
    ]:
        zone = zs.zone_at(x * size, y * size)
        assert (zone.id if zone else None) == expected, (x, y)
