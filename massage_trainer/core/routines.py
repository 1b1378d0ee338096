"""Guided routines: loading and validation (no Qt).

A routine file (``zones/routines.yaml``) lists sessions taught step by step:
each step names the zones it works, a technique, a suggested time and a short
note.  ``load_routines(zone_set)`` reads and checks the file against a zone
set and returns the routines, or raises ``RoutineFileError`` listing every
problem, each with file, line and the routine (or ``routine/step``) concerned,
exactly like the zone files.

Safety is the product here too: a step may never name an avoid zone, its
technique must suit every zone it names (one the target lists, only a gliding
stroke on a caution zone), and a routine opens and closes with a gliding stroke
(DOMAIN rule: broad strokes first and last).

Routines may use several views of the body: a routine starts on one view
(``view``, by default the zone set's own), and a ``turn_over`` step turns the
person over onto another view, after which the steps name that view's zones.
Every step knows the view its map shows (``RoutineStep.view``), so the program
can switch the map as the routine goes on.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely

from massage_trainer.core import paths
from massage_trainer.core.overlay import apply_overlay
from massage_trainer.core.schema import Checker, check_format, top_mapping
from massage_trainer.core.yamlsource import DataFileError, Problem, YList, YMap, read_yaml, show
from massage_trainer.core.zones import (
    SAFETY_RANK,
    Zone,
    ZoneFileError,
    ZoneSet,
    builtin_views,
    load_zone_set,
)

ROUTINE_FILE = "routines.yaml"
SECONDS_MIN, SECONDS_MAX = 10, 1800  # a step lasts from ten seconds to half an hour
DURATION_MAX = 240  # minutes
DURATION_TOLERANCE = 0.2  # 'duration' may differ from the sum of the steps by 20 %
OPEN_CLOSE_FAMILY = "gliding"
NEAR_CM = 3.0  # warnings of avoid and caution zones this close to a step's zones
# while a routine's zones stand out on the map (the tab, the card), zones of
# these levels keep their full colour and pattern: where not to press stays plain
UNFADED_LEVELS = frozenset({"avoid"})

TOP_KEYS_REQUIRED = ("routines",)
TOP_KEYS_OPTIONAL = ("format",)
ROUTINE_KEYS_REQUIRED = ("id", "title", "steps")
ROUTINE_KEYS_OPTIONAL = ("summary", "duration", "view")
STEP_KEYS_REQUIRED = ("id", "title", "zones", "technique", "seconds", "note")
STEP_KEYS_OPTIONAL = ("view",)
# a step that turns the person over names the view it turns them onto, and
# no zones or technique: the hands are busy with the drape and the pillows
TURN_KEYS_REQUIRED = ("id", "title", "turn_over", "seconds", "note")
TURN_KEYS_OPTIONAL = ()


class RoutineFileError(DataFileError):
    """A routine file has problems; ``.problems`` lists them all."""


@dataclass(frozen=True)
class RoutineStep:
    """One step of a routine.  ``zones`` is as written (kinds or ids);
    ``zone_ids`` is every zone it covers, both sides of a kind."""

    id: str
    title: str
    zones: tuple[str, ...]
    zone_ids: tuple[str, ...]
    technique: str
    seconds: int
    note: str
    line: int = 0
    view: str = ""  # the view whose map shows this step ("" in older code: the only one)
    turns_over: bool = False  # a step that turns the person over onto ``view``


@dataclass(frozen=True)
class Routine:
    """A validated routine: its steps in order, with times in seconds."""

    id: str
    title: str
    summary: str
    duration: int  # minutes, as the file says (informative)
    steps: tuple[RoutineStep, ...]
    line: int = 0
    view: str = ""  # the view the routine starts on

    @property
    def views(self) -> tuple[str, ...]:
        """The views the routine's steps show, in the order they come."""
        return tuple(dict.fromkeys(step.view for step in self.steps if step.view))

    @property
    def seconds(self) -> int:
        """The sum of the suggested step times."""
        return sum(step.seconds for step in self.steps)

    @property
    def zone_ids(self) -> tuple[str, ...]:
        """Every zone some step works, in the order they first appear (ids
        of every view; see ``zone_ids_on``)."""
        return tuple(dict.fromkeys(zid for step in self.steps for zid in step.zone_ids))

    def zone_ids_on(self, view: str) -> tuple[str, ...]:
        """The zones the steps on ``view`` work, in the order they first appear."""
        return tuple(
            dict.fromkeys(zid for step in self.steps if step.view == view for zid in step.zone_ids)
        )


# --- reading -------------------------------------------------------------------
def routine_file_for(zone_set: ZoneSet) -> Path:
    """The routine file that goes with a zone set: ``routines.yaml`` beside its
    zone file, else the built-in one.  Anything by that name beside it counts,
    a folder or a pipe too, so that reading it says what is wrong with it
    instead of passing over it in silence."""
    beside = Path(zone_set.path).parent / ROUTINE_FILE
    try:
        if os.path.lexists(beside):
            return beside
    except (OSError, ValueError):
        pass
    return paths.zones_dir() / ROUTINE_FILE


def load_routines(
    zone_set: ZoneSet,
    path: str | Path | None = None,
    views: Mapping[str, ZoneSet] | None = None,
) -> list[Routine]:
    """Read and check a routine file against ``zone_set`` (None: the file beside
    the zone set's file, else the built-in one).  Steps on other views are
    checked against ``views`` (view name -> zone set), else the built-in views.

    Raises ``RoutineFileError`` listing every problem found.
    """
    path = Path(path) if path is not None else routine_file_for(zone_set)
    routines, problems = check_routine_file(path, zone_set, views=views)
    if problems:
        raise RoutineFileError(problems)
    return routines


def check_routine_file(
    path: str | Path,
    zone_set: ZoneSet | None = None,
    name: str | None = None,
    views: Mapping[str, ZoneSet] | None = None,
) -> tuple[list[Routine], list[Problem]]:
    """Read and check a routine file; return (routines, problems).  Never raises
    for bad input.  Without ``zone_set`` the built-in zone set is used (its own
    problems, if any, are returned instead); steps on other views are checked
    against ``views``, else the built-in views."""
    path = Path(path)
    name = name or paths.display_name(path)
    if zone_set is None:
        try:
            zone_set = load_zone_set()
        except ZoneFileError as exc:
            return [], list(exc.problems)
    data, problems = read_yaml(path, name)
    if data is None:
        return [], problems
    problems = problems + apply_overlay(data, path, "routines")[0]
    routines, more = parse_routines(data, zone_set, name, views)
    problems = sorted(set(problems + more))  # in file order, as DataFileError lists them
    return ([] if problems else routines), problems


def parse_routines(
    data: Any, zone_set: ZoneSet, name: str, views: Mapping[str, ZoneSet] | None = None
) -> tuple[list[Routine], list[Problem]]:
    """Check parsed YAML against ``zone_set`` (and, for steps on other views,
    ``views`` or the built-in views); return (routines, problems)."""
    checker = Checker(name)
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return [], checker.problems
    checker.keys(top, TOP_KEYS_REQUIRED, TOP_KEYS_OPTIONAL, "the routine file")
    known = _Views(zone_set, views)
    routines = []
    for m, rid in checker.entries(top, "routines", "routine"):
        routine = _routine(checker, m, rid, known)
        if routine is not None:
            routines.append(routine)
    if "routines" in top and isinstance(top["routines"], YList) and not top["routines"]:
        checker.add(top.line_of("routines"), "'routines' is empty; write at least one routine")
    return routines, checker.problems


def _routine(checker: Checker, m: YMap, rid: str, known: _Views) -> Routine | None:
    checker.keys(m, ROUTINE_KEYS_REQUIRED, ROUTINE_KEYS_OPTIONAL, "a routine", rid)
    title = checker.text(m, "title", rid)
    summary = checker.text(m, "summary", rid, required=False)
    duration = checker.integer(m, "duration", rid, minimum=1, maximum=DURATION_MAX)
    start = known.home.view
    if "view" in m:
        given = checker.ident(m, "view", rid)
        if given is not None and known.get(checker, given, m.line_of("view"), rid) is not None:
            start = given
    entries = m["steps"] if isinstance(m.get("steps"), YList) else YList()
    count = len(entries)
    steps: list[RoutineStep] = []
    lying = start  # the view the person lies in: turning over changes it
    for sm, sid in checker.entries(m, "steps", "step", rid):
        if "turn_over" in sm:
            step = _turn_over(checker, sm, rid, sid, lying, known)
            if step is not None:
                lying = step.view
        else:
            step = _step(checker, sm, rid, sid, lying, known)
        if step is not None:
            steps.append(step)
    if "steps" in m and isinstance(m["steps"], YList) and not entries:
        checker.add(m.line_of("steps"), "a routine needs at least one step", rid)
    if not steps:
        return None
    # warm up and cool down with broad strokes: checked on the first and last
    # entries of the list that work the body, when they read cleanly
    techniques = known.home.techniques
    gliding = ", ".join(t.id for t in techniques.values() if t.family == OPEN_CLOSE_FAMILY)
    work = [i for i, e in enumerate(entries) if not (isinstance(e, YMap) and "turn_over" in e)]
    by_line = {step.line: step for step in steps}
    ends = []
    if work:
        ends = [("opens", entries.line_of(work[0])), ("closes", entries.line_of(work[-1]))]
    for where, entry_line in ends[: 1 if len(work) == 1 else 2]:
        step = by_line.get(entry_line)
        if step is None:
            continue  # that entry has problems of its own
        technique = techniques[step.technique]
        if technique.family != OPEN_CLOSE_FAMILY:
            checker.add(
                step.line,
                f"a routine {where} with a broad gliding stroke, not "
                f"{technique.id} (family {technique.family}); use one of: {gliding}",
                f"{rid}/{step.id}",
            )
    total = sum(step.seconds for step in steps)
    if "duration" in m and duration and len(steps) == count:
        minutes = total / 60
        if abs(minutes - duration) > max(1.0, DURATION_TOLERANCE * duration):
            checker.add(
                m.line_of("duration"),
                f"'duration' says {duration} minutes but the "
                f"steps add up to {minutes:.1f} minutes; make them agree",
                rid,
            )
    elif not duration:
        duration = max(1, round(total / 60))
    return Routine(
        id=rid,
        title=title,
        summary=summary,
        duration=duration,
        steps=tuple(steps),
        line=m.line,
        view=start,
    )


class _Views:
    """The zone sets a routine file's steps may use: the given one under its
    own view name, then the given views, then the built-in views (read when
    a step first names them)."""

    def __init__(self, home: ZoneSet, views: Mapping[str, ZoneSet] | None) -> None:
        self.home = home
        self.sets: dict[str, ZoneSet | None] = dict(views or {})
        self.sets[home.view] = home
        self.builtin = views is None
        self.refs: dict[str, _ZoneRefs] = {}

    def names(self) -> list[str]:
        names = list(self.sets)
        if self.builtin:
            names += [v for v in builtin_views() if v not in names]
        return names

    def get(self, checker: Checker, view: str, line: int, item: str) -> ZoneSet | None:
        """The zone set of ``view``, or None after reporting why there is none."""
        self.peek(view)
        if view not in self.sets:
            checker.add(
                line, f"unknown view {view!r}; the views are {', '.join(self.names())}", item
            )
            return None
        zone_set = self.sets[view]
        if zone_set is None:
            checker.add(
                line,
                f"the {view} view does not load; run 'massage-trainer validate' to see why",
                item,
            )
        return zone_set

    def peek(self, view: str) -> ZoneSet | None:
        """The zone set of ``view`` if it loads, reporting nothing."""
        if view not in self.sets and self.builtin and view in builtin_views():
            try:
                self.sets[view] = load_zone_set(view=view)
            except ZoneFileError:
                self.sets[view] = None
        return self.sets.get(view)

    def refs_for(self, zone_set: ZoneSet) -> _ZoneRefs:
        if zone_set.view not in self.refs:
            self.refs[zone_set.view] = _ZoneRefs(zone_set, self)
        return self.refs[zone_set.view]


def _step(
    checker: Checker, m: YMap, rid: str, sid: str, lying: str, known: _Views
) -> RoutineStep | None:
    item = f"{rid}/{sid}"
    checker.keys(m, STEP_KEYS_REQUIRED, STEP_KEYS_OPTIONAL, "a step", item)
    title = checker.text(m, "title", item)
    note = checker.text(m, "note", item)
    seconds = checker.integer(m, "seconds", item, minimum=SECONDS_MIN, maximum=SECONDS_MAX)
    view = lying
    if "view" in m:  # the map of another view, say the neck cradled from beneath
        view = checker.ident(m, "view", item) or ""
    zone_set = known.get(checker, view, m.line_of("view") if "view" in m else m.line, item)
    if zone_set is None:
        return None
    refs = known.refs_for(zone_set)
    written, zone_ids = refs.check(checker, m, item)
    technique = refs.technique(checker, m, item)
    if technique is not None:
        refs.check_suits(checker, m, item, written, technique)
    if not zone_ids or technique is None or not title or not note or seconds < SECONDS_MIN:
        return None
    return RoutineStep(
        id=sid,
        title=title,
        zones=written,
        zone_ids=zone_ids,
        technique=technique,
        seconds=seconds,
        note=note,
        line=m.line,
        view=view,
    )


def _turn_over(
    checker: Checker, m: YMap, rid: str, sid: str, lying: str, known: _Views
) -> RoutineStep | None:
    """A step that turns the person over onto another view: no zones, no
    technique, only the time and the note on how to do it safely."""
    item = f"{rid}/{sid}"
    checker.keys(
        m, TURN_KEYS_REQUIRED, TURN_KEYS_OPTIONAL, "a step that turns the person over", item
    )
    title = checker.text(m, "title", item)
    note = checker.text(m, "note", item)
    seconds = checker.integer(m, "seconds", item, minimum=SECONDS_MIN, maximum=SECONDS_MAX)
    view = checker.ident(m, "turn_over", item)
    if view is None:
        return None
    if known.get(checker, view, m.line_of("turn_over"), item) is None:
        return None
    if view == lying:
        checker.add(
            m.line_of("turn_over"),
            f"the person already lies for the {view} view here; turn them over onto "
            "another view, or remove this step",
            item,
        )
        return None
    if not title or not note or seconds < SECONDS_MIN:
        return None
    return RoutineStep(
        id=sid,
        title=title,
        zones=(),
        zone_ids=(),
        technique="",
        seconds=seconds,
        note=note,
        line=m.line,
        view=view,
        turns_over=True,
    )


class _ZoneRefs:
    """Resolves the zone and technique names a step uses, with suggestions."""

    def __init__(self, zone_set: ZoneSet, known: _Views | None = None) -> None:
        self.zone_set = zone_set
        self.kinds = zone_set.kinds()
        self.ids = {z.id for z in zone_set.zones}
        self.known = known

    def elsewhere(self, ref: str) -> str | None:
        """Another view that has a zone (or kind) ``ref``, if any: only asked
        once a name is unknown here, so other views are read only then."""
        if self.known is None:
            return None
        for view in self.known.names():
            other = self.known.peek(view)
            if other is None or other is self.zone_set:
                continue
            if other.get(ref) is not None or ref in other.kinds():
                return view
        return None

    def resolve(self, ref: str) -> list[Zone]:
        zone = self.zone_set.get(ref)
        if zone is not None:
            return [zone]
        return list(self.kinds.get(ref, ()))

    def check(
        self, checker: Checker, m: YMap, item: str
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if "zones" not in m:
            return (), ()
        seq = checker.sequence(m["zones"], "'zones'", m.line_of("zones"), item)
        if seq is None:
            return (), ()
        if not seq:
            checker.add(seq.line or m.line_of("zones"), "a step needs at least one zone", item)
            return (), ()
        written: list[str] = []
        zone_ids: dict[str, str] = {}  # zone id -> the name that brought it in
        ok = True
        for index, ref in enumerate(seq):
            line = seq.line_of(index)
            if not isinstance(ref, str) or not ref.strip():
                checker.add(
                    line,
                    f"each entry of 'zones' must be a zone kind or zone id, not {show(ref)}",
                    item,
                )
                ok = False
                continue
            ref = ref.strip()
            zones = self.resolve(ref)
            other = self.elsewhere(ref) if not zones else None
            if other is not None:
                checker.add(
                    line,
                    f"{ref!r} is a zone of the {other} view, but this step is on the "
                    f"{self.zone_set.view} view; turn the person over first "
                    f"(a 'turn_over: {other}' step) or give this step 'view: {other}'",
                    item,
                )
                ok = False
                continue
            if not zones:
                checker.add(
                    line,
                    f"unknown zone {ref!r}{self._hint(ref)}; name a zone kind "
                    "(both sides, such as upper_trapezius) or an exact zone id "
                    "(such as upper_trapezius_left)",
                    item,
                )
                ok = False
                continue
            avoid = [z for z in zones if z.safety == "avoid"]
            if avoid:
                checker.add(
                    line,
                    f"{ref!r} is an avoid zone ({avoid[0].name}); a routine must "
                    "never send hands onto an avoid zone, so work the zones around it "
                    "instead",
                    item,
                )
                ok = False
                continue
            repeated = [z.id for z in zones if z.id in zone_ids]
            if repeated:
                checker.add(
                    line,
                    f"{ref!r} repeats {repeated[0]}, already named by "
                    f"{zone_ids[repeated[0]]!r}; name each zone once",
                    item,
                )
                ok = False
                continue
            written.append(ref)
            for z in zones:
                zone_ids[z.id] = ref
        if not ok:
            return (), ()
        return tuple(written), tuple(zone_ids)

    def technique(self, checker: Checker, m: YMap, item: str) -> str | None:
        if "technique" not in m:
            return None
        tid = checker.ident(m, "technique", item)
        if tid is None:
            return None
        if tid not in self.zone_set.techniques:
            close = difflib.get_close_matches(tid, list(self.zone_set.techniques), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            checker.add(
                m.line_of("technique"),
                f"unknown technique {tid!r}{hint} (techniques are listed in techniques.yaml)",
                item,
            )
            return None
        return tid

    def suited(self, zone: Zone) -> tuple[str, ...]:
        """The techniques a step may use on ``zone``: a target's own list, only
        light broad gliding strokes on a caution zone."""
        if zone.safety == "caution":
            return tuple(
                t.id for t in self.zone_set.techniques.values() if t.family == OPEN_CLOSE_FAMILY
            )
        return zone.techniques

    def check_suits(
        self, checker: Checker, m: YMap, item: str, written: tuple[str, ...], tid: str
    ) -> None:
        """Report each zone named in a step that its technique does not suit
        (a pair once, unless its sides differ)."""
        reported: set[tuple[str, tuple[str, ...]]] = set()
        for ref in written:
            for zone in self.resolve(ref):
                allowed = self.suited(zone)
                if tid in allowed or (ref, allowed) in reported:
                    continue
                reported.add((ref, allowed))
                why = (
                    ": a caution zone takes only light, broad gliding strokes"
                    if zone.safety == "caution"
                    else ""
                )
                checker.add(
                    m.line_of("technique"),
                    f"technique {tid} does not suit "
                    f"{ref} ({zone.name}){why}; use one of: {', '.join(allowed)}",
                    item,
                )

    def _hint(self, ref: str) -> str:
        names = list(self.kinds) + sorted(self.ids - set(self.kinds))
        close = difflib.get_close_matches(ref, names, n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""


# --- teaching helpers ------------------------------------------------------------
def nearby_cautions(
    zone_set: ZoneSet, zone_ids: tuple[str, ...] | list[str], distance: float = NEAR_CM
) -> list[Zone]:
    """Avoid and caution zones within ``distance`` cm of the given zones, one
    per kind (a pair counts once), avoid zones first, then in file order."""
    geoms = [z.geometry for zid in zone_ids if (z := zone_set.get(zid)) is not None]
    if not geoms:
        return []
    area = shapely.union_all(geoms)
    order = {z.id: i for i, z in enumerate(zone_set.zones)}
    found: list[Zone] = []
    kinds: set[str] = set()
    for zone in sorted(zone_set.zones, key=lambda z: (-SAFETY_RANK[z.safety], order[z.id])):
        if zone.safety == "target" or zone.kind in kinds:
            continue
        if shapely.dwithin(zone.geometry, area, distance):
            kinds.add(zone.kind)
            found.append(zone)
    return found


__all__ = [
    "UNFADED_LEVELS",
    "Routine",
    "RoutineFileError",
    "RoutineStep",
    "check_routine_file",
    "load_routines",
    "nearby_cautions",
    "parse_routines",
    "routine_file_for",
]
