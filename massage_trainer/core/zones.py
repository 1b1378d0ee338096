"""Zone sets: loading, validation and hit testing (no Qt).

A zone file (docs/zone-format.md) describes one view of the body: its outline,
landmarks, lines and the zones that tile it.  ``load_zone_set`` reads and
checks a file and everything it refers to, and returns a ``ZoneSet`` or raises
``ZoneFileError`` listing every problem found, each with file, line and zone.

Safety is the product: where zones overlap, ``zone_at`` answers with the most
cautious one (avoid over caution over target), then the higher layer.
"""

from __future__ import annotations

import errno
import functools
import math
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from massage_trainer.core import paths
from massage_trainer.core.content import Catalogue, Rules, Technique, load_catalogue, load_rules
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, TranslatedTexts
from massage_trainer.core.overlay import apply_overlay
from massage_trainer.core.readfile import describe_mode, safe_resolve
from massage_trainer.core.safety import SAFETY_LEVELS, SAFETY_RANK, SAFETY_WORDS
from massage_trainer.core.schema import MAX_NAME, Checker, check_format, top_mapping
from massage_trainer.core.yamlsource import DataFileError, Problem, YMap, read_yaml, show

SIDES = ("left", "right", "none")
# a pair's side in words, always the person's own side
# which side, mid-sentence; translated each time it is read
SIDE_WORDS = TranslatedTexts(
    "ContentText",
    {
        "left": QT_TRANSLATE_NOOP("ContentText", "left side"),
        "right": QT_TRANSLATE_NOOP("ContentText", "right side"),
    },
)
# which side of the canvas holds the person's left: seen from behind it is the
# viewer's left, seen from the front the viewer's right
PERSON_LEFT = ("viewer_left", "viewer_right")
DEFAULT_VIEW = "back"

COVERAGE_MIN = 0.99  # at most 1 % of the body may lie in no zone
OVERLAP_TOLERANCE = 0.05  # cm²: shared borders drawn at 0.01 cm precision touch, not overlap
OUTSIDE_TOLERANCE = 0.05  # cm² of a zone allowed beyond the outline, same reason
MAX_MESSAGES = 20  # of one kind (overlaps, zones outside); then "... and 1,984 more"
MAX_PAIR_CHECKS = 20_000  # pairs measured once overlaps abound (see _check_overlaps)
MAX_WKT_DEPTH = 3  # brackets: POLYGON ((...)) takes two levels, MULTIPOLYGON three
MAX_WKT_CHARS = 250_000  # one geometry; the built-in outline is about 35,000
CELL = 1.0  # cm, the hit-test grid (coarser for a view larger than GRID_MAX cells a side)
GRID_MAX = 256
MAX_CANVAS = 1e6  # cm a side, the same bound as every coordinate
LABEL_NEAR = 2.0  # cm: how far outside its zone a 'label_at' may lie

ZONE_KEYS_REQUIRED = ("id", "name", "side", "safety", "why", "geometry")
ZONE_KEYS_OPTIONAL = ("techniques", "warnings", "layer", "region", "label_at", "aliases")
TOP_KEYS_REQUIRED = ("format", "view", "canvas", "outline", "zones")
TOP_KEYS_OPTIONAL = (
    "title",
    "midline",
    "regions",
    "landmarks",
    "lines",
    "catalogue",
    "person_left",
    "layers",
    "structures",
    "surface",
)

# Anatomy layers (docs/zone-format.md, "What lies beneath"): the layers a file
# may declare, their default display names, and the kinds of structure each holds.
LAYER_KINDS: dict[str, tuple[str, ...]] = {
    "bones": ("bone",),
    "organs": ("organ",),
    "nerves": ("nerve", "artery", "vein", "bundle"),
    "muscles": ("muscle", "tendon"),
}
DEFAULT_LAYER_NAMES: dict[str, str] = {
    "bones": "Bones",
    "organs": "Organs",
    "nerves": "Nerves and vessels",
    "muscles": "Muscles",
}
STRUCTURE_KEYS_REQUIRED = ("id", "name", "layer", "kind", "note", "geometry")
STRUCTURE_KEYS_OPTIONAL = ("side",)
LINE_OUTSIDE_TOLERANCE = 0.1  # cm of a line structure allowed beyond the outline
HOVER_TOLERANCE = 0.6  # cm: how near a line structure the pointer must come


class ZoneFileError(DataFileError):
    """A zone file (or a file it refers to) has problems; ``.problems`` lists them all."""


@dataclass(frozen=True, eq=False)
class Zone:
    """One zone of a view.  Left/right twins share ``kind`` and ``name``."""

    id: str
    name: str
    side: str
    safety: str
    why: str
    techniques: tuple[str, ...]
    warnings: tuple[str, ...]
    geometry: BaseGeometry
    layer: int = 0
    region: str = ""
    label_at: tuple[float, float] | None = None
    line: int = 0
    aliases: tuple[str, ...] = ()  # other names a learner may type for it ("scapula")

    @functools.cached_property  # asked for every sample of every stroke checked
    def kind(self) -> str:
        """The id without its side suffix: the same for both zones of a pair."""
        if self.side != "none":
            return self.id.removesuffix("_" + self.side)
        return self.id

    @property
    def safety_word(self) -> str:
        return SAFETY_WORDS[self.safety]

    @property
    def side_word(self) -> str:
        return SIDE_WORDS.get(self.side, "")

    @property
    def label_point(self) -> tuple[float, float]:
        if self.label_at is not None:
            return self.label_at
        largest = max(shapely.get_parts(self.geometry), key=lambda p: p.area)
        p = largest.representative_point()
        return (p.x, p.y)

    def __repr__(self) -> str:
        return f"Zone({self.id!r}, {self.safety})"


def anatomical_key(zone: Zone) -> tuple:
    """Sort key from head to feet, the person's left before the right at each
    level, small spots after the zone they sit on.  The map's Tab order and the
    numbers of the printed sheet both follow it."""
    x, y = zone.label_point
    side = 0 if zone.side == "left" else 1 if zone.side == "none" else 2
    return (round(y / 4.0), side, zone.layer, y, x)


@dataclass(frozen=True, eq=False)
class Structure:
    """One named structure of an anatomy layer: a bone, organ, nerve, vessel or
    muscle drawn under the zones.  Lines (nerves, vessels) have no area."""

    id: str
    name: str
    layer: str
    kind: str
    side: str
    geometry: BaseGeometry
    note: str
    line: int = 0

    @property
    def is_line(self) -> bool:
        return self.geometry.geom_type in ("LineString", "MultiLineString")

    def __repr__(self) -> str:
        return f"Structure({self.id!r}, {self.layer})"


@dataclass(eq=False)
class ZoneSet:
    """A validated view of the body with its zones, landmarks and teaching content."""

    path: Path
    view: str
    title: str
    canvas: tuple[float, float]
    midline: float
    outline: BaseGeometry
    zones: tuple[Zone, ...]
    landmarks: dict[str, tuple[float, float]] = field(default_factory=dict)
    lines: dict[str, tuple[tuple[float, float], ...]] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    techniques: dict[str, Technique] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    rules: Rules = field(default_factory=lambda: Rules(disclaimer=""))
    coverage: float = 1.0
    sources: tuple[Path, ...] = ()  # every file read: the zone, technique and rules files
    absent: tuple[Path, ...] = ()  # files that, once there, would be read instead
    person_left: str = "viewer_left"  # the side of the canvas with the person's left

    def canvas_side(self, side: str) -> str:
        """Where the person's ``side`` ('left' or 'right') is drawn: 'left' or
        'right' of the canvas as the viewer sees it ('' for 'none')."""
        if side not in ("left", "right"):
            return ""
        same = self.person_left == "viewer_left"
        return side if same else {"left": "right", "right": "left"}[side]

    structures: tuple[Structure, ...] = ()  # the anatomy layers' structures, in file order
    layers: tuple[str, ...] = ()  # layer ids in drawing order (first drawn first)
    layer_names: dict[str, str] = field(default_factory=dict)
    # surface cues drawn on the skin: folds, creases, dimples, the hairline
    surface: dict[str, tuple[tuple[float, float], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {z.id: z for z in self.zones}
        self._index: _HitIndex | None = None
        self._under: dict[str, tuple[Zone, tuple[Structure, ...]]] = {}
        for s in self.structures:
            shapely.prepare(s.geometry)
        self._structure_tree: shapely.STRtree | None = None

    # --- what lies beneath ---------------------------------------------------
    def structure(self, structure_id: str) -> Structure:
        """The structure with this id (KeyError if there is none)."""
        for s in self.structures:
            if s.id == structure_id:
                return s
        raise KeyError(structure_id)

    def structures_under(self, zone: Zone) -> tuple[Structure, ...]:
        """The structures that meet ``zone`` (more than touching its border),
        in drawing order: layer by layer, then file order."""
        known = self._under.get(zone.id)
        if known is not None and known[0] is zone:
            return known[1]
        found = []
        for s in self.structures:
            if not shapely.intersects(zone.geometry, s.geometry):
                continue
            common = shapely.intersection(zone.geometry, s.geometry)
            if (common.length if s.is_line else common.area) > 0.01:
                found.append(s)
        order = {layer: i for i, layer in enumerate(self.layers)}
        under = tuple(sorted(found, key=lambda s: order.get(s.layer, len(order))))
        self._under[zone.id] = (zone, under)  # a click asks again and again
        return under

    def structure_at(
        self, x: float, y: float, layers: frozenset[str] | set[str] | None = None
    ) -> Structure | None:
        """The structure under (x, y) in the given layers (None: all): the
        nearest line within ``HOVER_TOLERANCE``, else the smallest shape that
        holds the point; None where there is none."""
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        best_line: tuple[float, int] | None = None
        best_shape: tuple[float, int] | None = None
        point = shapely.Point(x, y)
        if self._structure_tree is None:
            self._structure_tree = shapely.STRtree([s.geometry for s in self.structures])
        near = self._structure_tree.query(point, predicate="dwithin", distance=HOVER_TOLERANCE)
        for i in sorted(near.tolist()):
            s = self.structures[i]
            if layers is not None and s.layer not in layers:
                continue
            if s.is_line:
                d = shapely.distance(s.geometry, point)
                if d <= HOVER_TOLERANCE and (best_line is None or d < best_line[0]):
                    best_line = (d, i)
            elif shapely.intersects_xy(s.geometry, x, y):
                area = s.geometry.area
                if best_shape is None or area < best_shape[0]:
                    best_shape = (area, i)
        chosen = best_line or best_shape
        return self.structures[chosen[1]] if chosen is not None else None

    # --- lookup --------------------------------------------------------------
    def zone(self, zone_id: str) -> Zone:
        return self._by_id[zone_id]

    def get(self, zone_id: str) -> Zone | None:
        return self._by_id.get(zone_id)

    def twin(self, zone: Zone) -> Zone | None:
        other = {"left": "right", "right": "left"}.get(zone.side)
        return self._by_id.get(f"{zone.kind}_{other}") if other else None

    def kinds(self) -> dict[str, list[Zone]]:
        """Zones grouped by kind, in file order: a pair counts as one answer."""
        out: dict[str, list[Zone]] = {}
        for z in self.zones:
            out.setdefault(z.kind, []).append(z)
        return out

    def zone_at(self, x: float, y: float) -> Zone | None:
        """The zone under (x, y) in cm, the most cautious where zones overlap;
        None outside the body."""
        if self._index is None:
            self._index = _HitIndex(self.zones)
        return self._index.zone_at(x, y)

    def zones_at(self, xs: Any, ys: Any) -> list[Zone | None]:
        """``zone_at`` of many points at once (sequences of x and of y in cm):
        the same answer for each point, found with one test per zone."""
        if self._index is None:
            self._index = _HitIndex(self.zones)
        return self._index.zones_at(
            np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
        )

    def __iter__(self) -> Iterator[Zone]:
        return iter(self.zones)

    def __len__(self) -> int:
        return len(self.zones)


_UNFILLED = object()  # a grid cell not yet worked out


class _HitIndex:
    """A grid over the zones: most cells answer at once; border cells test the
    few zones they touch, most cautious first.  Built once per zone set: the
    cells a batch of points asks for (``zones_at``, the stroke check while
    loading) first, the whole grid on the first single ``zone_at``."""

    def __init__(self, zones: tuple[Zone, ...]) -> None:
        self.zones = zones
        geoms = [z.geometry for z in zones]
        for g in geoms:
            shapely.prepare(g)
        self.geoms = geoms
        self._geom_array = np.array(geoms, dtype=object)
        priority = sorted(
            range(len(zones)), key=lambda i: (-SAFETY_RANK[zones[i].safety], -zones[i].layer, i)
        )
        self._rank = np.empty(len(zones), dtype=np.int64)
        self._rank[priority] = np.arange(len(zones))
        xmin, ymin, xmax, ymax = shapely.total_bounds(geoms) if geoms else (0, 0, 0, 0)
        self.x0, self.y0 = math.floor(xmin), math.floor(ymin)
        size = self.cell = max(CELL, (xmax - self.x0) / GRID_MAX, (ymax - self.y0) / GRID_MAX)
        # floor + 1, not ceil: a point on the right or bottom edge is inside too
        self.nx = math.floor((xmax - self.x0) / size) + 1
        self.ny = math.floor((ymax - self.y0) / size) + 1
        self.cells: list[Any] = [_UNFILLED if geoms else None] * (self.nx * self.ny)
        self.complete = not geoms

    def fill(self, wanted: np.ndarray | None = None) -> None:
        """Work out the cells ``wanted`` (indices; None: all the rest).  Each
        cell's entry depends on that cell alone, so filling some cells now and
        others later gives the grid one complete filling would."""
        if self.complete:
            return
        cells = self.cells
        if wanted is None:
            wanted = np.flatnonzero(np.array([c is _UNFILLED for c in cells], dtype=bool))
            self.complete = True
        if not len(wanted):
            return
        size = self.cell
        jj, ii = np.divmod(wanted, self.nx)
        boxes = shapely.box(
            self.x0 + ii * size,
            self.y0 + jj * size,
            self.x0 + (ii + 1) * size,
            self.y0 + (jj + 1) * size,
        )
        for cell in wanted.tolist():
            cells[cell] = None  # meets no zone, unless found below
        # each zone asks a tree of the cells (its prepared outline against
        # simple boxes is many times faster than each box against the zones)
        zone_of, box_of = shapely.STRtree(boxes).query(self.geoms, predicate="intersects")
        if not len(box_of):
            return
        # the zones of each cell, most cautious first
        order = np.lexsort((self._rank[zone_of], box_of))
        by_cell, by_zone = wanted[box_of[order]].tolist(), zone_of[order].tolist()
        start = 0
        for end in [*(np.flatnonzero(np.diff(box_of[order])) + 1).tolist(), len(by_cell)]:
            cells[by_cell[start]] = tuple(by_zone[start:end])
            start = end
        # a cell that meets one zone only, and lies within it, answers at once
        alone = np.bincount(box_of, minlength=len(wanted))[box_of] == 1
        zone_of, box_of = zone_of[alone], box_of[alone]
        within = shapely.contains(self._geom_array[zone_of], boxes[box_of])
        for zi, cell in zip(zone_of[within].tolist(), wanted[box_of[within]].tolist(), strict=True):
            cells[cell] = self.zones[zi]

    def zone_at(self, x: float, y: float) -> Zone | None:
        try:
            i = math.floor((x - self.x0) / self.cell)
            j = math.floor((y - self.y0) / self.cell)
        except (ValueError, OverflowError, TypeError):  # NaN, infinity
            return None
        if not (0 <= i < self.nx and 0 <= j < self.ny):
            return None
        entry = self.cells[j * self.nx + i]
        if entry is _UNFILLED:
            self.fill()
            entry = self.cells[j * self.nx + i]
        if entry is None or isinstance(entry, Zone):
            return entry
        geoms = self.geoms
        for zi in entry:
            if shapely.intersects_xy(geoms[zi], x, y):
                return self.zones[zi]
        return None

    def zones_at(self, xs: np.ndarray, ys: np.ndarray) -> list[Zone | None]:
        """``zone_at`` for each point: the same cell arithmetic, then each
        zone tests at once every point whose border cell it touches."""
        out: list[Zone | None] = [None] * len(xs)
        with np.errstate(invalid="ignore", over="ignore"):  # NaN, infinity: no cell
            fi = np.floor((xs - self.x0) / self.cell)
            fj = np.floor((ys - self.y0) / self.cell)
            on_grid = (fi >= 0) & (fi < self.nx) & (fj >= 0) & (fj < self.ny)
        points = np.flatnonzero(on_grid)
        cells = (fj[points] * self.nx + fi[points]).astype(np.int64)
        if not self.complete:
            wanted = np.unique(cells)
            unfilled = np.array([self.cells[c] is _UNFILLED for c in wanted.tolist()], dtype=bool)
            self.fill(wanted[unfilled])
        border: list[tuple[int, tuple[int, ...]]] = []
        asked: dict[int, list[int]] = {}  # zone -> the border points it must test
        for k, cell in zip(points.tolist(), cells.tolist(), strict=True):
            entry = self.cells[cell]
            if entry is None or isinstance(entry, Zone):
                out[k] = entry
            else:
                border.append((k, entry))
                for zi in entry:
                    asked.setdefault(zi, []).append(k)
        hits: set[tuple[int, int]] = set()
        for zi, ks in asked.items():
            idx = np.array(ks, dtype=np.int64)
            inside = shapely.intersects_xy(self.geoms[zi], xs[idx], ys[idx])
            hits.update((k, zi) for k in idx[inside].tolist())
        for k, entry in border:  # the first in the cell's order of caution
            out[k] = next((self.zones[zi] for zi in entry if (k, zi) in hits), None)
        return out


# --- reading -------------------------------------------------------------------
VIEWS_KEYS_REQUIRED = ("format", "views")


def read_views(path: str | Path | None = None) -> dict[str, Path]:
    """The views a list of views names, in order: view name -> zone file
    (None: the built-in list).  Raises ``ZoneFileError`` listing every problem."""
    path = Path(path) if path is not None else paths.views_file()
    name = paths.display_name(path)
    data, problems = read_yaml(path, name)
    if data is None:
        raise ZoneFileError(problems)
    views, more = _parse_views(data, path, name)
    problems += more
    if problems:
        raise ZoneFileError(problems)
    return views


def _parse_views(data: Any, path: Path, name: str) -> tuple[dict[str, Path], list[Problem]]:
    checker = Checker(name)
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return {}, checker.problems
    checker.keys(top, VIEWS_KEYS_REQUIRED, (), "the list of views")
    if "views" not in top:
        return {}, checker.problems
    m = checker.mapping(top["views"], "'views'", top.line_of("views"))
    views: dict[str, Path] = {}
    if m is None:
        return {}, checker.problems
    if not m:
        checker.add(m.line or top.line_of("views"), "'views' is empty; name at least one view")
    for view, file in m.items():
        line = m.line_of(view)
        if not isinstance(view, str) or not view.isidentifier():
            checker.add(line, f"a view name must be a word such as 'front', not {show(view)}")
            continue
        if not isinstance(file, str) or not file.strip():
            checker.add(line, "give the view's zone file name, such as front.yaml", view)
            continue
        target = path.parent / file.strip()
        why = _not_a_file(target)
        if why:
            checker.add(
                line,
                f"the zone file {show(file.strip())} is {why}, not a regular file; "
                "name a zone file instead",
                view,
            )
            continue
        if why is not None:
            checker.add(
                line,
                f"the zone file {file.strip()!r} does not exist next to the list of "
                "views; fix the name or add the file",
                view,
            )
            continue
        views[view] = target
    return views, checker.problems


def builtin_views() -> tuple[str, ...]:
    """The names of the built-in views in order, the back view first."""
    try:
        return tuple(read_views())
    except ZoneFileError:
        return (DEFAULT_VIEW,)


def load_views(path: str | Path | None = None) -> dict[str, ZoneSet]:
    """Every view of a list of views (None: the built-in list), loaded and
    checked: view name -> zone set.  Raises ``ZoneFileError`` listing every
    problem of every file."""
    views = read_views(path)
    out: dict[str, ZoneSet] = {}
    problems: list[Problem] = []
    for view, file in views.items():
        try:
            out[view] = _load_view_file(file, view)
        except ZoneFileError as exc:
            problems += exc.problems
    if problems:
        raise ZoneFileError(problems)
    return out


def load_zone_set(path: str | Path | None = None, *, view: str | None = None) -> ZoneSet:
    """Read and validate a zone file.

    ``path`` is a zone file, or a list of views (then ``view`` picks one, the
    first by default).  Without ``path``, ``view`` names a built-in view
    (``builtin_views()``); with neither, the built-in back view.

    Raises ``ZoneFileError`` listing every problem found.
    """
    if path is None and view is None:
        return _load_view_file(paths.builtin_zone_file(), None)
    if path is None:
        views_path = paths.views_file()
    else:
        path = Path(path)
        data, problems = read_yaml(path, paths.display_name(path))
        if data is None:
            raise ZoneFileError(problems)
        if not (isinstance(data, dict) and "views" in data and "zones" not in data):
            if view is not None:
                message = (
                    f"view {view!r} was asked for, but this is a zone file, "
                    "not a list of views; open it without a view"
                )
                raise ZoneFileError([Problem(paths.display_name(path), 1, None, message)])
            return _load_view_file(path, None, (data, problems))
        views_path = path
    views = read_views(views_path)
    if view is None:
        view = next(iter(views))
    if view not in views:
        message = f"there is no view {view!r}; the views are {', '.join(views)}"
        raise ZoneFileError([Problem(paths.display_name(views_path), 1, None, message)])
    return _load_view_file(views[view], view)


def _load_view_file(
    path: Path, view: str | None, read: tuple[Any, list[Problem]] | None = None
) -> ZoneSet:
    """Read (unless ``read`` holds what reading gave) and check one zone file;
    with ``view``, its 'view' key must say that name."""
    name = paths.display_name(path)
    data, problems = read if read is not None else read_yaml(path, name)
    if data is None:
        raise ZoneFileError(problems)
    problems = list(problems)
    problems += apply_overlay(data, path, "zones")[0]
    zone_set, more = _parse(data, path, name)
    problems += more
    if zone_set is not None and view is not None and zone_set.view != view:
        line = data.line_of("view") if isinstance(data, YMap) else 1
        problems.append(
            Problem(
                name,
                line,
                None,
                f"the list of views calls this file {view!r}, but it says "
                f"view: {zone_set.view}; make the two names agree",
            )
        )
    if problems or zone_set is None:
        raise ZoneFileError(problems)
    return zone_set


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot serve as a data file, or None when it is a regular
    file; "" when there is nothing at all by that name."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return ""  # not there (or a name no file can have)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop"
        if exc.errno == errno.ENOENT:
            return "a symbolic link to nothing"
        return exc.strerror or str(exc)
    return None if stat.S_ISREG(mode) else describe_mode(mode)


def _inside_folder(named: str, folder: Path) -> bool:
    """Whether ``named`` is a relative path that stays inside ``folder``."""
    given = Path(named)
    if given.is_absolute() or given.drive or ".." in given.parts:
        return False
    try:
        safe_resolve(folder / given).relative_to(safe_resolve(folder))
    except ValueError:
        return False  # a symbolic link out of the folder
    return True


def _catalogue_paths(
    top: YMap, path: Path, checker: Checker
) -> tuple[Path | None, Path | None, tuple[Path, ...]]:
    """The technique and rules files for a zone file: named in 'catalogue',
    else beside it, else the built-in ones.  None for a named file that does
    not exist, or anything by that name that is not a regular file (reported
    here).  Last, the files beside it whose coming into being would change
    the choice."""
    found: dict[str, Path | None] = {}
    absent: list[Path] = []
    spec = top.get("catalogue")
    m = checker.mapping(spec, "'catalogue'", top.line_of("catalogue")) if spec is not None else None
    if m is not None:
        checker.keys(m, [], ["techniques", "rules"], "'catalogue'")
    for key in ("techniques", "rules"):
        named = m.get(key) if m is not None else None
        line = m.line_of(key) if m is not None else top.line_of("catalogue")
        if isinstance(named, str) and named.strip():
            found[key] = None
            if not _inside_folder(named.strip(), path.parent):
                checker.add(
                    line,
                    f"the {key} file {show(named)} must be a file name relative to this "
                    "file's folder and inside it (no absolute path, no '..'); move the "
                    "file beside this one",
                )
                continue
            candidate = path.parent / named.strip()
            why = _not_a_file(candidate)
            if why is None:
                found[key] = candidate
            elif why:
                checker.add(
                    line,
                    f"the {key} file {show(named)} is {why}, not a regular file; "
                    "name a YAML file instead",
                )
            else:
                checker.add(
                    line,
                    f"the {key} file {show(named)} does not exist next to "
                    "this file; fix the name or remove it to use the built-in one",
                )
            continue
        if named is not None:
            checker.add(line, f"'{key}' must be a file name")
        beside = path.parent / f"{key}.yaml"
        builtin = paths.zones_dir() / f"{key}.yaml"
        why = _not_a_file(beside)
        if why:  # something is there, but no file to read: never pass over it silently
            checker.add(
                1,
                f"{key}.yaml beside this file is {why}, not a regular file; this file "
                f"would use it as its {key} file: remove or replace it",
            )
            found[key] = None
            continue
        found[key] = beside if why is None else builtin
        if found[key] == builtin and safe_resolve(beside) != safe_resolve(builtin):
            absent.append(beside)
    return found["techniques"], found["rules"], tuple(absent)


def _parse(data: Any, path: Path, name: str) -> tuple[ZoneSet | None, list[Problem]]:
    checker = Checker(name)
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return None, checker.problems
    checker.keys(top, TOP_KEYS_REQUIRED, TOP_KEYS_OPTIONAL, "the zone file")

    technique_file, rules_file, absent = _catalogue_paths(top, path, checker)
    catalogue: Catalogue | None = None  # None: unknown, so technique ids go unchecked
    if technique_file is not None:
        catalogue, more = load_catalogue(technique_file, paths.display_name(technique_file))
        checker.problems += more
        if more and not catalogue.techniques:
            catalogue = None  # unreadable: its own problems say why
    rules = Rules(disclaimer="")
    if rules_file is not None:
        rules, more = load_rules(rules_file, paths.display_name(rules_file))
        checker.problems += more

    view = checker.ident(top, "view") or ""
    title = checker.text(top, "title", required=False, default=view.replace("_", " ").title())
    canvas = _canvas(checker, top)
    midline = canvas[0] / 2
    if "midline" in top:
        given = checker.number(top["midline"], "'midline'", top.line_of("midline"))
        if given is not None and not 0 <= given <= canvas[0]:
            checker.add(
                top.line_of("midline"),
                f"the midline x = {given:.6g} lies outside the canvas (0..{canvas[0]:g} cm)",
            )
        elif given is not None:  # 0 is a valid midline
            midline = given
    person_left = checker.choice(top, "person_left", PERSON_LEFT, default="viewer_left")
    regions = _regions(checker, top)
    landmarks = _points_map(checker, top, "landmarks", canvas)
    lines = _lines(checker, top, canvas)
    surface = _lines(checker, top, canvas, "surface")
    outline = None
    if "outline" in top:
        outline = _geometry(checker, top["outline"], top.line_of("outline"), None, "the outline")
        if outline is not None:
            _inside_canvas(checker, outline, canvas, top.line_of("outline"), None, "the outline")
    zones, complete = _zones(checker, top, catalogue, regions, canvas)
    layer_names = _layers(checker, top)
    structures = _structures(checker, top, layer_names, canvas, outline)
    if person_left is not None:
        _check_sides(checker, top, person_left, midline, landmarks, [*zones, *structures])
    if outline is not None and zones:
        coverage = _check_geometry(checker, outline, zones, top.line_of("outline"), complete)
    else:
        coverage = 0.0
    if checker.problems or outline is None or catalogue is None:
        return None, checker.problems
    zone_set = ZoneSet(
        path=path,
        view=view,
        title=title,
        canvas=canvas,
        midline=midline,
        outline=outline,
        zones=tuple(zones),
        landmarks=landmarks,
        lines=lines,
        regions=regions,
        techniques=catalogue.techniques,
        families=catalogue.families,
        rules=rules,
        coverage=coverage,
        sources=tuple(p for p in (path, technique_file, rules_file) if p is not None),
        absent=absent,
        person_left=person_left or "viewer_left",
        structures=tuple(structures),
        surface=surface,
        layers=tuple(layer_names) if ("layers" in top or structures) else (),
        layer_names=dict(layer_names) if ("layers" in top or structures) else {},
    )
    # the techniques' strokes on this view need its landmarks and zones
    from massage_trainer.core.strokes import check_strokes

    stroke_problems = check_strokes(zone_set)
    if stroke_problems and _borrowed_catalogue(path, technique_file):
        # a zone file of one's own that borrows the built-in techniques: their
        # strokes are drawn for the built-in body, so on this one a stroke that
        # does not fit is left out (the file's author did not write it)
        zone_set = _without_strokes_of(zone_set, {p.zone for p in stroke_problems})
        stroke_problems = []
    if stroke_problems:
        return None, stroke_problems
    return zone_set, []


def _borrowed_catalogue(path: Path, technique_file: Path | None) -> bool:
    """Whether a zone file outside the built-in folder uses the built-in techniques."""
    if technique_file is None:
        return False
    builtin = safe_resolve(paths.zones_dir())
    return safe_resolve(technique_file).parent == builtin and safe_resolve(path).parent != builtin


def _without_strokes_of(zone_set: ZoneSet, failing: set[str | None]) -> ZoneSet:
    """``zone_set`` with the strokes on its view of the techniques in ``failing`` left out."""
    from dataclasses import replace

    techniques = {
        tid: replace(t, strokes={v: s for v, s in t.strokes.items() if v != zone_set.view})
        if tid in failing
        else t
        for tid, t in zone_set.techniques.items()
    }
    return replace(zone_set, techniques=techniques)


def _canvas(checker: Checker, top: YMap) -> tuple[float, float]:
    default = (100.0, 200.0)
    if "canvas" not in top:
        return default
    m = checker.mapping(top["canvas"], "'canvas'", top.line_of("canvas"))
    if m is None:
        return default
    checker.keys(m, ["width", "height"], [], "'canvas'")
    w = (
        checker.number(m.get("width"), "the canvas width", m.line_of("width"), positive=True)
        if "width" in m
        else None
    )
    h = (
        checker.number(m.get("height"), "the canvas height", m.line_of("height"), positive=True)
        if "height" in m
        else None
    )
    for value, what, key in ((w, "width", "width"), (h, "height", "height")):
        if value is not None and value > MAX_CANVAS:
            checker.add(
                m.line_of(key),
                f"the canvas {what} {value:.6g} cm is more than a million cm; the units are cm",
            )
    w = w if w is not None and w <= MAX_CANVAS else None
    h = h if h is not None and h <= MAX_CANVAS else None
    return (w or default[0], h or default[1])


def _regions(checker: Checker, top: YMap) -> dict[str, str]:
    if "regions" not in top:
        return {}
    m = checker.mapping(top["regions"], "'regions'", top.line_of("regions"))
    out: dict[str, str] = {}
    if m is None:
        return out
    for key, value in m.items():
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            out[key] = checker.within(value.strip(), "name", m.line_of(key), None)
        else:
            checker.add(m.line_of(key), f"region {show(key)} needs a display name as text")
    return out


def _on_canvas(p: tuple[float, float], canvas: tuple[float, float]) -> bool:
    return 0 <= p[0] <= canvas[0] and 0 <= p[1] <= canvas[1]


def _points_map(checker: Checker, top: YMap, key: str, canvas) -> dict[str, tuple[float, float]]:
    if key not in top:
        return {}
    m = checker.mapping(top[key], repr(key), top.line_of(key))
    out: dict[str, tuple[float, float]] = {}
    if m is None:
        return out
    for name, value in m.items():
        if not isinstance(name, str):
            checker.add(m.line_of(name), f"a landmark name must be text, not {show(name)}")
            continue
        point = checker.point(value, f"landmark {name!r}", m.line_of(name))
        if point is None:
            continue
        if len(name) > MAX_NAME:
            checker.add(
                m.line_of(name),
                f"a landmark name is at most {MAX_NAME} characters, not {len(name):,}",
            )
            continue
        if not _on_canvas(point, canvas):
            checker.add(
                m.line_of(name),
                f"landmark {name!r} at {_show_point(point)} lies outside the canvas",
            )
        out[name] = point
    return out


def _lines(
    checker: Checker, top: YMap, canvas, key: str = "lines"
) -> dict[str, tuple[tuple[float, float], ...]]:
    """Named polylines under ``key``: 'lines' (drawn as guide lines) or
    'surface' (the skin's folds, creases and dimples)."""
    if key not in top:
        return {}
    m = checker.mapping(top[key], repr(key), top.line_of(key))
    out: dict[str, tuple[tuple[float, float], ...]] = {}
    if m is None:
        return out
    for name, value in m.items():
        line = m.line_of(name)
        seq = checker.sequence(value, f"line {show(name)}", line)
        if seq is None:
            continue
        read = [
            checker.point(v, f"a point of line {show(name)}", seq.line_of(i))
            for i, v in enumerate(seq)
        ]
        pts = [p for p in read if p is not None]
        if len(pts) != len(read):
            continue
        if len(pts) < 2:
            checker.add(line, f"line {show(name)} needs at least two points")
            continue
        off = next((i for i, p in enumerate(pts) if not _on_canvas(p, canvas)), None)
        if off is not None:
            checker.add(
                seq.line_of(off),
                f"a point of line {show(name)} at {pts[off]} lies outside the canvas",
            )
            continue
        out[str(name)] = tuple(pts)
    return out


def _zones(
    checker: Checker, top: YMap, catalogue: Catalogue | None, regions: dict[str, str], canvas
) -> tuple[list[Zone], bool]:
    """The zones that read cleanly, and whether every entry did."""
    if "zones" not in top:
        return [], False
    seq = checker.sequence(top["zones"], "'zones'", top.line_of("zones"))
    if seq is None:
        return [], False
    if not seq:
        checker.add(seq.line, "'zones' is empty; a zone file needs at least one zone")
    zones: list[Zone] = []
    first_line: dict[str, int] = {}
    for index, entry in enumerate(seq):
        m = checker.mapping(entry, "each zone", seq.line_of(index))
        if m is None:
            continue
        zid = checker.ident(m, "id", f"zone #{index + 1}")
        item = zid or f"zone #{index + 1}"
        checker.keys(m, ZONE_KEYS_REQUIRED, ZONE_KEYS_OPTIONAL, "a zone", item)
        if zid is not None and zid in first_line:
            checker.add(
                m.line_of("id"),
                f"duplicate zone id; the first zone with this id is on line {first_line[zid]}",
                zid,
            )
            continue
        zone = _zone(checker, m, zid, item, catalogue, regions, canvas)
        if zid is not None:
            first_line[zid] = m.line_of("id")
        if zone is not None:
            zones.append(zone)
    _check_twins(checker, zones)
    _check_aliases(checker, zones)
    return zones, len(zones) == len(seq)


def _zone(
    checker: Checker,
    m: YMap,
    zid: str | None,
    item: str,
    catalogue: Catalogue | None,
    regions: dict[str, str],
    canvas,
) -> Zone | None:
    name = checker.text(m, "name", item)
    side = checker.choice(m, "side", SIDES, item)
    safety = checker.choice(m, "safety", SAFETY_LEVELS, item)
    why = checker.text(m, "why", item)
    techniques = checker.id_list(m, "techniques", item)
    warnings = checker.text_list(m, "warnings", item)
    layer = checker.integer(m, "layer", item, maximum=9)
    region = ""
    if "region" in m:
        region = checker.text(m, "region", item)
        if region and regions and region not in regions:
            checker.add(
                m.line_of("region"),
                f"unknown region {region!r}; the file declares {', '.join(regions)}",
                item,
            )
    label_at = None
    if "label_at" in m:
        label_at = checker.point(m["label_at"], "'label_at'", m.line_of("label_at"), item)
    aliases = checker.text_list(m, "aliases", item)
    if len({fold_text(a) for a in aliases}) < len(aliases):
        checker.add(m.line_of("aliases"), "'aliases' lists the same name twice", item)
    known = catalogue.techniques if catalogue is not None else None  # None: unreadable
    for tid in techniques:
        if known is not None and tid not in known:
            checker.add(
                m.line_of("techniques"),
                f"unknown technique {tid!r}; add it to the technique file or fix the spelling",
                item,
            )
    if safety == "target" and not techniques:
        checker.add(
            m.line_of("techniques") if "techniques" in m else m.line,
            "a target zone needs at least one technique under 'techniques'",
            item,
        )
    if safety == "avoid" and techniques:
        checker.add(
            m.line_of("techniques"),
            "an avoid zone takes no technique; remove 'techniques' or change its safety",
            item,
        )
    if safety in ("caution", "avoid") and not warnings:
        checker.add(
            m.line_of("warnings") if "warnings" in m else m.line,
            f"a {safety} zone needs at least one warning under 'warnings'",
            item,
        )
    if zid is not None and side in ("left", "right") and not zid.endswith("_" + side):
        checker.add(
            m.line_of("id"),
            f"a zone on the {side} side needs an id ending in "
            f"'_{side}' so that its twin can be found",
            item,
        )
    geometry = None
    if "geometry" in m:
        geometry = _geometry(checker, m["geometry"], m.line_of("geometry"), item, "the geometry")
        if geometry is not None:
            _inside_canvas(checker, geometry, canvas, m.line_of("geometry"), item, "the zone")
    if label_at is not None:
        label_at = _check_label_at(checker, label_at, geometry, canvas, m.line_of("label_at"), item)
    if zid is None or side is None or safety is None or geometry is None or not name or not why:
        return None
    return Zone(
        id=zid,
        name=name,
        side=side,
        safety=safety,
        why=why,
        techniques=tuple(techniques),
        warnings=tuple(warnings),
        geometry=geometry,
        layer=layer,
        region=region,
        label_at=label_at,
        line=m.line,
        aliases=tuple(aliases),
    )


def _check_label_at(
    checker: Checker,
    point: tuple[float, float],
    geometry: BaseGeometry | None,
    canvas: tuple[float, float],
    line: int,
    item: str,
) -> tuple[float, float] | None:
    """``label_at`` on the canvas and inside its zone, or at most
    ``LABEL_NEAR`` cm from it: a label is drawn there, and a leader line to it."""
    if not _on_canvas(point, canvas):
        checker.add(
            line,
            f"'label_at' {_show_point(point)} lies outside the canvas (0..{canvas[0]:g} x "
            f"0..{canvas[1]:g} cm); put it inside the zone",
            item,
        )
        return None
    if geometry is not None:
        away = shapely.distance(geometry, shapely.Point(point))
        if away > LABEL_NEAR:
            checker.add(
                line,
                f"'label_at' {_show_point(point)} lies {away:.1f} cm from its zone; "
                f"put it inside the zone (at most {LABEL_NEAR:g} cm outside)",
                item,
            )
            return None
    return point


def _show_point(point: tuple[float, float]) -> str:
    return f"[{point[0]:.6g}, {point[1]:.6g}]"


def _check_sides(
    checker: Checker,
    top: YMap,
    person_left: str,
    midline: float,
    landmarks: dict[str, tuple[float, float]],
    items: list[Zone | Structure],
) -> None:
    """Every '_left' / '_right' landmark, zone and structure lies on its side
    of the midline, as 'person_left' says: mixing up the sides is the classic
    error of body maps, and a mirrored view makes it easy."""
    left_is_low = person_left == "viewer_left"  # the person's left at x < midline

    def wrong(side: str, x: float) -> bool:
        low = x < midline
        high = x > midline
        return not (low if (side == "left") == left_is_low else high)

    def expected(side: str) -> str:
        canvas_left = (side == "left") == left_is_low
        return "left" if canvas_left else "right"

    marks = top.get("landmarks")
    for mark, (x, _y) in landmarks.items():
        side = next((s for s in ("left", "right") if mark.endswith("_" + s)), None)
        if side is None or not wrong(side, x):
            continue
        line = marks.line_of(mark) if isinstance(marks, YMap) else top.line_of("landmarks")
        checker.add(
            line,
            f"a landmark of the person's {side} side must lie on the viewer's "
            f"{expected(side)} of the midline (x {'<' if expected(side) == 'left' else '>'} "
            f"{midline:g}, as person_left: {person_left} says), not at x = {x:g}; "
            "fix the point or its name",
            mark,
        )
    for item in items:
        if item.side not in ("left", "right"):
            continue
        largest = max(shapely.get_parts(item.geometry), key=lambda p: (p.area, p.length))
        x = largest.representative_point().x
        if not wrong(item.side, x):
            continue
        what = "zone" if isinstance(item, Zone) else "structure"
        checker.add(
            item.line,
            f"a {what} of the person's {item.side} side must lie on the viewer's "
            f"{expected(item.side)} of the midline (person_left: {person_left}), "
            f"but it lies around x = {x:.1f}; swap the sides of the pair or fix "
            "'person_left'",
            item.id,
        )


# --- anatomy layers ----------------------------------------------------------
def _layers(checker: Checker, top: YMap) -> dict[str, str]:
    """The declared layers (id -> display name) in drawing order; the default
    four when the file declares none."""
    if "layers" not in top:
        return dict(DEFAULT_LAYER_NAMES)
    m = checker.mapping(top["layers"], "'layers'", top.line_of("layers"))
    if m is None:
        return dict(DEFAULT_LAYER_NAMES)
    out: dict[str, str] = {}
    for key, value in m.items():
        line = m.line_of(key)
        if key not in LAYER_KINDS:
            checker.add(
                line,
                f"unknown layer {show(key)}; a layer is one of {', '.join(LAYER_KINDS)}",
            )
            continue
        if isinstance(value, str) and value.strip():
            out[key] = checker.within(value.strip(), "name", line, None)
        else:
            checker.add(line, f"layer {key!r} needs a display name as text")
    if not m:
        checker.add(top.line_of("layers"), "'layers' is empty; name at least one layer or drop it")
    return out


def _structures(
    checker: Checker,
    top: YMap,
    layer_names: dict[str, str],
    canvas: tuple[float, float],
    outline: BaseGeometry | None,
) -> list[Structure]:
    out: list[Structure] = []
    for m, sid in checker.entries(top, "structures", "structure"):
        checker.keys(m, STRUCTURE_KEYS_REQUIRED, STRUCTURE_KEYS_OPTIONAL, "a structure", sid)
        name = checker.text(m, "name", sid)
        note = checker.text(m, "note", sid)
        layer = checker.choice(m, "layer", list(layer_names) or list(LAYER_KINDS), sid)
        kind = None
        if layer is not None and "kind" in m:
            kind = checker.choice(m, "kind", LAYER_KINDS[layer], sid)
        elif "kind" in m and not isinstance(m["kind"], str):
            checker.add(m.line_of("kind"), "'kind' must be text", sid)
        side = checker.choice(m, "side", SIDES, sid, default="none")
        for suffix in ("left", "right"):
            if sid.endswith("_" + suffix) and side != suffix and side is not None:
                checker.add(
                    m.line_of("side") if "side" in m else m.line_of("id"),
                    f"an id ending in '_{suffix}' needs 'side: {suffix}'",
                    sid,
                )
        if side in ("left", "right") and not sid.endswith("_" + side):
            checker.add(
                m.line_of("side"),
                f"a structure on the {side} side needs an id ending in '_{side}'",
                sid,
            )
        geometry = None
        if "geometry" in m:
            geometry = _structure_geometry(checker, m["geometry"], m.line_of("geometry"), sid)
        if geometry is not None:
            _inside_canvas(checker, geometry, canvas, m.line_of("geometry"), sid, "the structure")
            if outline is not None:
                _structure_inside(checker, geometry, outline, m.line_of("geometry"), sid)
        if geometry is None or not name or not note or layer is None or kind is None:
            continue
        out.append(
            Structure(
                id=sid,
                name=name,
                layer=layer,
                kind=kind,
                side=side or "none",
                geometry=geometry,
                note=note,
                line=m.line,
            )
        )
    return out


def _structure_geometry(checker: Checker, value: Any, line: int, item: str) -> BaseGeometry | None:
    """A zone geometry (wkt, polygon, polygons) or a line: ``line`` is a list of
    points, ``lines`` a list of such lists."""
    m = checker.mapping(value, "the geometry", line, item)
    if m is None:
        return None
    if not any(k in m for k in ("line", "lines")):
        return _geometry(checker, m, line, item, "the geometry")
    allowed = ["wkt", "polygon", "polygons", "line", "lines"]
    checker.keys(m, [], allowed, "the geometry", item)
    given = [k for k in allowed if k in m]
    if len(given) != 1:
        checker.add(
            m.line,
            "the geometry needs exactly one of 'wkt', 'polygon', 'polygons', 'line' or 'lines'",
            item,
        )
        return None
    key = given[0]
    seq = checker.sequence(m[key], f"{key!r} of the geometry", m.line_of(key), item)
    if seq is None:
        return None
    runs = [seq] if key == "line" else []
    if key == "lines":
        for i, run in enumerate(seq):
            inner = checker.sequence(run, "each line of 'lines'", seq.line_of(i), item)
            if inner is None:
                return None
            runs.append(inner)
        if not runs:
            checker.add(m.line_of(key), "'lines' of the geometry is empty", item)
            return None
    parts = []
    for run in runs:
        pts = []
        for i, v in enumerate(run):
            p = checker.point(v, "a point of the line", run.line_of(i), item)
            if p is None:
                return None
            pts.append(p)
        if len(pts) < 2:
            checker.add(run.line or m.line_of(key), "a line needs at least two points", item)
            return None
        if len({tuple(p) for p in pts}) < 2:
            checker.add(run.line or m.line_of(key), "a line needs two different points", item)
            return None
        parts.append(shapely.LineString(pts))
    return parts[0] if len(parts) == 1 else shapely.MultiLineString(parts)


def _structure_inside(
    checker: Checker, geom: BaseGeometry, outline: BaseGeometry, line: int, item: str
) -> None:
    try:
        # most structures lie well inside: nothing of them is outside to measure
        shapely.prepare(outline)
        if shapely.covers(outline, geom):
            return
    except (ShapelyError, ValueError):
        pass  # measured below, which says so if it cannot be done either
    try:
        outside = shapely.difference(geom, outline)
    except (ShapelyError, ValueError):
        checker.add(line, "the structure could not be checked against the outline", item)
        return
    if geom.geom_type in ("LineString", "MultiLineString"):
        if outside.length > LINE_OUTSIDE_TOLERANCE:
            checker.add(
                line,
                f"{outside.length:.1f} cm of the line lies outside the body outline; "
                "keep every structure inside the outline",
                item,
            )
    elif outside.area > max(OUTSIDE_TOLERANCE, 0.002 * geom.area):
        checker.add(
            line,
            f"{outside.area:.1f} cm² of the structure lies outside the body outline; "
            "keep every structure inside the outline",
            item,
        )


def _check_twins(checker: Checker, zones: list[Zone]) -> None:
    by_id = {z.id: z for z in zones}
    for z in zones:
        if z.side == "none":
            continue
        other_side = "right" if z.side == "left" else "left"
        twin = by_id.get(f"{z.kind}_{other_side}")
        if twin is None:
            checker.add(
                z.line,
                f"a {z.side}-side zone needs its twin "
                f"'{z.kind}_{other_side}' on the {other_side} side",
                z.id,
            )
        elif z.side == "left" and (twin.name != z.name or twin.safety != z.safety):
            checker.add(
                twin.line,
                f"the twins {z.id} and {twin.id} must share one name and one safety level",
                twin.id,
            )


def fold_text(text: str) -> str:
    """A name as typed answers are compared: lower case, no accents, one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _check_aliases(checker: Checker, zones: list[Zone]) -> None:
    """An alias may not be the name or an alias of a zone of another kind."""
    owners: dict[str, list[Zone]] = {}
    for z in zones:
        for name in (z.name, *z.aliases):
            owners.setdefault(fold_text(name), []).append(z)
    for z in zones:
        for alias in z.aliases:
            other = next((o for o in owners[fold_text(alias)] if o.kind != z.kind), None)
            if other is not None:
                checker.add(
                    z.line,
                    f"alias {alias!r} is already a name of zone {other.id} "
                    f"({other.name}); an alias must belong to one kind of zone",
                    z.id,
                )


def _inside_canvas(
    checker: Checker, geom: BaseGeometry, canvas, line: int, item: str | None, what: str
) -> None:
    xmin, ymin, xmax, ymax = geom.bounds
    if xmin < 0 or ymin < 0 or xmax > canvas[0] or ymax > canvas[1]:
        checker.add(
            line,
            f"{what} reaches outside the canvas (0..{canvas[0]:g} x "
            f"0..{canvas[1]:g} cm); move it or enlarge 'canvas'",
            item,
        )


def _ring(checker: Checker, value: Any, line: int, item: str | None, what: str):
    seq = checker.sequence(value, f"a ring of {what}", line, item)
    if seq is None:
        return None
    if len(seq) < 3:
        checker.add(seq.line or line, f"a ring of {what} needs at least three points", item)
        return None
    pts = []
    for i, v in enumerate(seq):
        p = checker.point(v, f"a point of {what}", seq.line_of(i), item)
        if p is None:
            return None  # one report per ring is enough
        pts.append(p)
    return pts


def _rings_polygon(checker: Checker, value: Any, line: int, item: str | None, what: str):
    seq = checker.sequence(value, f"a polygon of {what}", line, item)
    if seq is None or not seq:
        if seq is not None:
            checker.add(line, f"a polygon of {what} needs at least its outer ring", item)
        return None
    rings = [_ring(checker, r, seq.line_of(i), item, what) for i, r in enumerate(seq)]
    if any(r is None for r in rings):
        return None
    return Polygon(rings[0], rings[1:])


def _wkt_refused(text: str) -> str:
    """Why a WKT text is refused before the geometry engine sees it ("" when it
    is not): brackets nested deeper than a multipolygon's (the engine reads
    them by recursion and crashes on tens of thousands), or a text far longer
    than any body outline."""
    raw = np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8)
    depth = np.cumsum((raw == ord("(")).astype(np.int32) - (raw == ord(")")))
    deepest = int(depth.max()) if depth.size else 0
    if deepest > MAX_WKT_DEPTH:
        return (
            f"has brackets nested {deepest:,} levels deep; a polygon takes two levels "
            f"and a multipolygon three, so at most {MAX_WKT_DEPTH} are read"
        )
    if len(text) > MAX_WKT_CHARS:
        return (
            f"is {len(text):,} characters long; at most {MAX_WKT_CHARS:,} are read: "
            "simplify the shape (the built-in body outline takes about 35,000)"
        )
    return ""


def _geometry(
    checker: Checker, value: Any, line: int, item: str | None, what: str
) -> BaseGeometry | None:
    m = checker.mapping(value, what, line, item)
    if m is None:
        return None
    given = [k for k in ("wkt", "polygon", "polygons") if k in m]
    checker.keys(m, [], ["wkt", "polygon", "polygons"], what, item)
    if len(given) != 1:
        checker.add(m.line, f"{what} needs exactly one of 'wkt', 'polygon' or 'polygons'", item)
        return None
    key = given[0]
    line = m.line_of(key)
    try:
        if key == "wkt":
            text = m[key]
            if not isinstance(text, str):
                checker.add(line, f"'wkt' of {what} must be text", item)
                return None
            refused = _wkt_refused(text)
            if refused:
                checker.add(line, f"'wkt' of {what} {refused}", item)
                return None
            with np.errstate(invalid="ignore", over="ignore"):  # reported below, not warned
                geom = shapely.from_wkt(text, on_invalid="raise")
        elif key == "polygon":
            geom = _rings_polygon(checker, m[key], line, item, what)
        else:
            seq = checker.sequence(m[key], f"'polygons' of {what}", line, item)
            if seq is None:
                return None
            polys = [
                _rings_polygon(checker, p, seq.line_of(i), item, what) for i, p in enumerate(seq)
            ]
            if any(p is None for p in polys) or not polys:
                if not polys:
                    checker.add(line, f"'polygons' of {what} is empty", item)
                return None
            geom = MultiPolygon(polys)
    except (ShapelyError, ValueError, TypeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        checker.add(line, f"cannot read {what}: {first}", item)
        return None
    if geom is None:
        return None
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        checker.add(line, f"{what} must be a polygon or multipolygon, not {geom.geom_type}", item)
        return None
    if geom.is_empty:
        checker.add(line, f"{what} is empty", item)
        return None
    if shapely.has_z(geom) or (hasattr(shapely, "has_m") and shapely.has_m(geom)):
        checker.add(
            line,
            f"{what} has a third value (Z or M) in its points; the map is flat: "
            "give every point as x and y only",
            item,
        )
        return None
    coords = shapely.get_coordinates(geom)
    if not np.isfinite(coords).all():
        checker.add(line, f"{what} has a coordinate that is not a finite number", item)
        return None
    if np.abs(coords).max() > 1e6:
        checker.add(line, f"{what} has coordinates beyond a million cm; the units are cm", item)
        return None
    reason = shapely.is_valid_reason(geom)
    if reason != "Valid Geometry":
        checker.add(line, f"{what} is not a valid polygon: {reason}", item)
        return None
    if geom.area <= 0:
        checker.add(line, f"{what} has no area", item)
        return None
    return geom


def _more(checker: Checker, first: Zone | None, found: int, what: str) -> None:
    """One line for the problems of a kind beyond the first ``MAX_MESSAGES``,
    on the line of ``first``, the first zone not listed."""
    if found > MAX_MESSAGES and first is not None:
        checker.add(
            first.line,
            f"\u2026 and {found - MAX_MESSAGES:,} more {what}, from this zone on",
            first.id,
        )


def _check_overlaps(checker: Checker, zones: list[Zone], tree: shapely.STRtree) -> None:
    """Zones of one layer may touch but not overlap.  The tree gives the pairs
    whose boxes meet, in O(n log n).  Once more than ``MAX_MESSAGES`` overlaps
    are found and ``MAX_PAIR_CHECKS`` pairs measured, the rest is counted, not
    measured: a file of copies of one zone cannot keep the check busy for
    minutes.  A file without overlaps is always checked in full."""
    geoms = np.array([z.geometry for z in zones], dtype=object)
    layers = np.array([z.layer for z in zones])
    # boxes only, fast even for n x n pairs; sorted by the first index, here
    # the later zone of each pair, so that problems come in file order
    later, earlier = tree.query(geoms)
    keep = (earlier < later) & (layers[earlier] == layers[later])
    later, earlier = later[keep], earlier[keep]
    found = checked = 0
    unlisted: Zone | None = None
    step = 5000
    while checked < len(later):
        if found > MAX_MESSAGES and checked >= MAX_PAIR_CHECKS:
            break
        b_idx, a_idx = later[checked : checked + step], earlier[checked : checked + step]
        checked += len(b_idx)
        # interiors that meet (touching borders do not) before measuring the area
        meet = shapely.relate_pattern(geoms[a_idx], geoms[b_idx], "2********")
        a_idx, b_idx = a_idx[meet], b_idx[meet]
        common = shapely.intersection(geoms[a_idx], geoms[b_idx])
        areas = shapely.area(common)
        for i, j, area, shared in zip(
            a_idx.tolist(), b_idx.tolist(), areas.tolist(), common.tolist(), strict=True
        ):
            if area <= OVERLAP_TOLERANCE:
                continue
            found += 1
            if found == MAX_MESSAGES + 1:
                unlisted = zones[j]
            if found > MAX_MESSAGES:
                continue
            a, b = zones[i], zones[j]
            where = shared.representative_point()
            checker.add(
                b.line,
                f"overlaps {a.id} by {area:.1f} cm² near "
                f"({where.x:.1f}, {where.y:.1f}) on the same layer {a.layer}; "
                "trim one of them, or give the smaller spot a higher 'layer'",
                b.id,
            )
    _more(checker, unlisted, found, "overlaps")
    if checked < len(later):
        stop = zones[int(later[checked])]
        checker.add(
            stop.line,
            f"the overlap check stopped here, after {checked:,} pairs of zones: "
            f"{len(later) - checked:,} more pairs on one layer lie close enough to overlap; "
            "fix the overlaps listed first",
            stop.id,
        )


def _check_geometry(
    checker: Checker,
    outline: BaseGeometry,
    zones: list[Zone],
    outline_line: int,
    complete: bool = True,
) -> float:
    """Zones inside the outline, overlaps only across layers, coverage.  Returns
    the share of the outline covered by zones.  Without ``complete`` (a zone
    entry was dropped for its own problems) the gap it leaves is not reported:
    that problem already says what to fix."""
    geoms = [z.geometry for z in zones]
    try:
        shapely.prepare(outline)
        inside = shapely.covers(outline, geoms)  # most zones: no need to measure
        outside_found = 0
        unlisted: Zone | None = None
        for z, covered in zip(zones, inside.tolist(), strict=True):
            if covered:
                continue
            outside = shapely.difference(z.geometry, outline).area
            if outside > max(OUTSIDE_TOLERANCE, 0.002 * z.geometry.area):
                outside_found += 1
                if outside_found == MAX_MESSAGES + 1:
                    unlisted = z
                if outside_found <= MAX_MESSAGES:
                    checker.add(
                        z.line,
                        f"{outside:.1f} cm² of the zone lies outside the body "
                        "outline; keep every zone inside the outline",
                        z.id,
                    )
        _more(checker, unlisted, outside_found, "zones outside the outline")
        tree = shapely.STRtree(geoms)
        _check_overlaps(checker, zones, tree)
        covered = shapely.union_all(geoms)
        gap = shapely.difference(outline, covered)
        share = 1.0 - gap.area / outline.area
        if share < COVERAGE_MIN and complete:
            biggest = max(shapely.get_parts(gap), key=lambda p: p.area)
            where = biggest.representative_point()
            beside = [
                zones[i].id
                for i in sorted(tree.query(biggest, predicate="dwithin", distance=0.05).tolist())
            ]
            hint = f", beside {', '.join(beside[:4])}" if beside else ""
            checker.add(
                outline_line,
                f"{100 * (1 - share):.1f}% of the body lies in no zone "
                f"(the largest gap, {biggest.area:.1f} cm², is near ({where.x:.1f}, "
                f"{where.y:.1f}){hint}); every part of the outline must belong to a "
                "zone: enlarge a zone or add one",
            )
        return share
    except (ShapelyError, ValueError, FloatingPointError) as exc:
        checker.add(outline_line, f"the geometry could not be checked: {exc}")
        return 0.0


__all__ = [
    "SAFETY_LEVELS",
    "SAFETY_RANK",
    "SAFETY_WORDS",
    "SIDE_WORDS",
    "Structure",
    "Zone",
    "ZoneFileError",
    "ZoneSet",
    "builtin_views",
    "load_views",
    "load_zone_set",
    "read_views",
]
