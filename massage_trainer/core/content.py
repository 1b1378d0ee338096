"""The technique catalogue and the rules: loading and validation (no Qt).

``techniques.yaml`` lists every technique with its family, pressure and steps;
``rules.yaml`` holds the disclaimer, the general rules, the contraindications
and the order of a full session.  Both are described in docs/zone-format.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, TranslatedTexts
from massage_trainer.core.overlay import apply_overlay
from massage_trainer.core.schema import ID_PATTERN, Checker, check_format, top_mapping
from massage_trainer.core.yamlsource import Problem, YMap, read_yaml, show

PRESSURES = ("light", "moderate", "firm", "variable")
# the words for a pressure and for a kind of contraindication, translated
# each time they are read (context ContentText)
PRESSURE_WORDS = TranslatedTexts(
    "ContentText",
    {
        "light": QT_TRANSLATE_NOOP("ContentText", "light pressure"),
        "moderate": QT_TRANSLATE_NOOP("ContentText", "moderate pressure"),
        "firm": QT_TRANSLATE_NOOP("ContentText", "firm pressure"),
        "variable": QT_TRANSLATE_NOOP("ContentText", "pressure varies"),
    },
)


# the kinds of contraindication, in the order they are listed, each with the
# heading that introduces its list on paper
@dataclass(frozen=True)
class ContraKindLabels:
    """How one kind of contraindication is named: ``word`` beside a
    condition (the Rules tab), ``title`` over a group of them (the sheet)."""

    kind: str
    word: str
    title: str


CONTRA_KIND_LABELS = {
    labels.kind: labels
    for labels in (
        ContraKindLabels(
            "no_massage",
            QT_TRANSLATE_NOOP("ContentText", "No massage"),
            QT_TRANSLATE_NOOP("ContentText", "Do not massage at all"),
        ),
        ContraKindLabels(
            "local",
            QT_TRANSLATE_NOOP("ContentText", "Avoid the area"),
            QT_TRANSLATE_NOOP("ContentText", "Keep away from the affected area"),
        ),
        ContraKindLabels(
            "wait",
            QT_TRANSLATE_NOOP("ContentText", "Wait"),
            QT_TRANSLATE_NOOP("ContentText", "Wait before massaging"),
        ),
    )
}
CONTRA_KIND_WORDS = TranslatedTexts(
    "ContentText", {kind: labels.word for kind, labels in CONTRA_KIND_LABELS.items()}
)
CONTRA_KIND_TITLES = TranslatedTexts(
    "ContentText", {kind: labels.title for kind, labels in CONTRA_KIND_LABELS.items()}
)
CONTRA_KINDS = tuple(CONTRA_KIND_LABELS)  # the kinds a rules file may use, in order

# --- strokes: the hand movements of a technique, per view (docs/technique-format.md)
STROKE_HANDS = ("left", "right", "both", "alternating")
STROKE_PRESSURES = ("none", "light", "moderate", "firm")  # none: the hands float, no pressure
STROKE_RHYTHMS = ("glide", "steps", "press_release")
STROKE_KEYS_REQUIRED = ("hand", "path", "pressure", "rhythm", "seconds")
STROKE_KEYS_OPTIONAL = ("repeats", "mirror", "floats_over")
LANDMARK_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")  # landmark names: 'C7', 'psis_left'


@dataclass(frozen=True)
class PathPoint:
    """One point of a stroke's path as written: a landmark of the view and an
    offset from it in cm (``dx`` to the viewer's right, ``dy`` downward)."""

    landmark: str
    dx: float = 0.0
    dy: float = 0.0
    line: int = 0


@dataclass(frozen=True)
class StrokeSpec:
    """One stroke of a technique on one view, as the technique file gives it
    (not yet placed on a body: ``core.strokes`` resolves it against a view)."""

    technique: str
    view: str
    index: int  # its place among the technique's strokes on this view, from 0
    hand: str  # one of STROKE_HANDS
    path: tuple[PathPoint, ...]
    pressure: tuple[str, ...]  # one per segment (len(path) - 1), each of STROKE_PRESSURES
    rhythm: str  # one of STROKE_RHYTHMS
    seconds: float  # one pass along the path takes this long
    repeats: int = 1
    mirror: bool = False  # a twin for the other hand, mirrored across the midline
    floats_over: tuple[str, ...] = ()  # Avoid zone kinds it may cross with pressure 'none'
    line: int = 0


@dataclass(frozen=True)
class Technique:
    id: str
    name: str
    family: str
    family_name: str
    pressure: str
    summary: str
    steps: tuple[str, ...]
    suits: tuple[str, ...]
    cautions: tuple[str, ...]
    # view name -> the strokes on that view, in the order they are done
    strokes: dict[str, tuple[StrokeSpec, ...]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    text: str
    kind: str = ""  # contraindications only: no_massage, local or wait


@dataclass(frozen=True)
class SessionStep:
    id: str
    title: str
    areas: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Rules:
    disclaimer: str
    rules: tuple[Rule, ...] = ()
    contraindications: tuple[Rule, ...] = ()
    session_order: tuple[SessionStep, ...] = ()


@dataclass
class Catalogue:
    techniques: dict[str, Technique] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)


def parse_catalogue(data: object, name: str) -> tuple[Catalogue, list[Problem]]:
    checker = Checker(name)
    catalogue = Catalogue()
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return catalogue, checker.problems
    checker.keys(top, ["techniques"], ["format", "families"], "the technique file")
    fam = (
        checker.mapping(top.get("families"), "'families'", top.line_of("families"))
        if "families" in top
        else None
    )
    for key, value in (fam or {}).items():
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            catalogue.families[key] = value.strip()
        elif fam is not None:
            checker.add(fam.line_of(key), f"family {show(key)} needs a display name as text")
    for m, tid in checker.entries(top, "techniques", "technique"):
        checker.keys(
            m,
            ["id", "name", "family", "pressure", "steps"],
            ["summary", "suits", "cautions", "strokes"],
            "a technique",
            tid,
        )
        family = checker.text(m, "family", tid)
        if family and catalogue.families and family not in catalogue.families:
            checker.add(
                m.line_of("family"),
                f"unknown family {family!r}; known families: {', '.join(catalogue.families)}",
                tid,
            )
        steps = checker.text_list(m, "steps", tid)
        if "steps" in m and not steps:
            checker.add(m.line_of("steps"), "a technique needs at least one step", tid)
        catalogue.techniques[tid] = Technique(
            id=tid,
            name=checker.text(m, "name", tid),
            family=family,
            family_name=catalogue.families.get(family, family.replace("_", " ").capitalize()),
            pressure=checker.choice(m, "pressure", PRESSURES, tid) or "",
            summary=checker.text(m, "summary", tid, required=False),
            steps=tuple(steps),
            suits=tuple(checker.text_list(m, "suits", tid)),
            cautions=tuple(checker.text_list(m, "cautions", tid)),
            strokes=_strokes(checker, m, tid),
        )
    return catalogue, checker.problems


def _strokes(checker: Checker, m: YMap, tid: str) -> dict[str, tuple[StrokeSpec, ...]]:
    """The 'strokes' of a technique: view name -> its strokes.  Only the form is
    checked here; ``core.strokes.check_strokes`` checks them against the view."""
    if "strokes" not in m:
        return {}
    views = checker.mapping(m["strokes"], "'strokes'", m.line_of("strokes"), tid)
    out: dict[str, tuple[StrokeSpec, ...]] = {}
    for view, value in (views or {}).items():
        line = views.line_of(view) if views is not None else 0
        if not (isinstance(view, str) and ID_PATTERN.match(view)):
            checker.add(line, f"{show(view)} under 'strokes' must be a view name", tid)
            continue
        seq = checker.sequence(value, f"the strokes of view {view!r}", line, tid)
        if seq is None:
            continue
        if not seq:
            checker.add(line, f"view {view!r} lists no strokes; give one or remove it", tid)
        found = []
        for index, entry in enumerate(seq):
            sm = checker.mapping(entry, "each stroke", seq.line_of(index), tid)
            if sm is not None:
                spec = _stroke(checker, sm, tid, view, index)
                if spec is not None:
                    found.append(spec)
        out[view] = tuple(found)
    return out


def _stroke(checker: Checker, m: YMap, tid: str, view: str, index: int) -> StrokeSpec | None:
    before = len(checker.problems)
    checker.keys(m, STROKE_KEYS_REQUIRED, STROKE_KEYS_OPTIONAL, "a stroke", tid)
    hand = checker.choice(m, "hand", STROKE_HANDS, tid) or ""
    rhythm = checker.choice(m, "rhythm", STROKE_RHYTHMS, tid) or ""
    seconds = 0.0
    if "seconds" in m:
        got = checker.number(m["seconds"], "'seconds'", m.line_of("seconds"), tid, positive=True)
        seconds = got or 0.0
    repeats = checker.integer(m, "repeats", tid, default=1, minimum=1, maximum=100)
    mirror = False
    if "mirror" in m:
        if isinstance(m["mirror"], bool):
            mirror = m["mirror"]
        else:
            checker.add(
                m.line_of("mirror"), f"'mirror' must be true or false, not {show(m['mirror'])}", tid
            )
    path = _path(checker, m, tid)
    pressure = _stroke_pressure(checker, m, tid, len(path))
    floats = tuple(checker.id_list(m, "floats_over", tid))
    if len(checker.problems) > before:
        return None
    return StrokeSpec(
        technique=tid,
        view=view,
        index=index,
        hand=hand,
        path=path,
        pressure=pressure,
        rhythm=rhythm,
        seconds=seconds,
        repeats=repeats,
        mirror=mirror,
        floats_over=floats,
        line=m.line,
    )


def _path(checker: Checker, m: YMap, tid: str) -> tuple[PathPoint, ...]:
    if "path" not in m:
        return ()
    seq = checker.sequence(m["path"], "'path'", m.line_of("path"), tid)
    if seq is None:
        return ()
    points = []
    for i, value in enumerate(seq):
        line = seq.line_of(i)
        if isinstance(value, str) and LANDMARK_PATTERN.match(value):
            points.append(PathPoint(value, 0.0, 0.0, line))
            continue
        if (
            isinstance(value, list)
            and len(value) == 3
            and isinstance(value[0], str)
            and LANDMARK_PATTERN.match(value[0])
        ):
            dx = checker.number(value[1], f"the dx of path point {i + 1}", line, tid)
            dy = checker.number(value[2], f"the dy of path point {i + 1}", line, tid)
            if dx is not None and dy is not None:
                points.append(PathPoint(value[0], dx, dy, line))
            continue
        checker.add(
            line,
            f"path point {i + 1} must be a landmark name or [landmark, dx, dy] "
            f"(offsets in cm), not {show(value)}",
            tid,
        )
    if len(seq) < 2:
        checker.add(m.line_of("path"), "a stroke's path needs at least two points", tid)
    return tuple(points)


def _stroke_pressure(checker: Checker, m: YMap, tid: str, points: int) -> tuple[str, ...]:
    """One word for the whole path, or a list with one word per segment."""
    if "pressure" not in m:
        return ()
    value = m["pressure"]
    line = m.line_of("pressure")
    segments = max(points - 1, 0)
    words = list(STROKE_PRESSURES)
    if isinstance(value, str):
        if value in words:
            return (value,) * segments
        checker.add(line, f"'pressure' must be one of {', '.join(words)}, not {show(value)}", tid)
        return ()
    seq = checker.sequence(value, "'pressure'", line, tid)
    if seq is None:
        return ()
    out = []
    for i, word in enumerate(seq):
        if isinstance(word, str) and word in words:
            out.append(word)
        else:
            checker.add(
                seq.line_of(i),
                f"each pressure must be one of {', '.join(words)}, not {show(word)}",
                tid,
            )
    if len(out) == len(seq) and segments and len(out) != segments:
        checker.add(
            line,
            f"'pressure' lists {len(out)} words but the path has {segments} segments; "
            "give one word per segment, or a single word for the whole path",
            tid,
        )
    return tuple(out)


def parse_rules(data: object, name: str) -> tuple[Rules, list[Problem]]:
    checker = Checker(name)
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return Rules(disclaimer=""), checker.problems
    checker.keys(
        top,
        ["disclaimer", "rules"],
        ["format", "contraindications", "session_order"],
        "the rules file",
    )
    rules = []
    for m, rid in checker.entries(top, "rules", "rule"):
        checker.keys(m, ["id", "title", "text"], [], "a rule", rid)
        rules.append(Rule(rid, checker.text(m, "title", rid), checker.text(m, "text", rid)))
    contra = []
    for m, rid in checker.entries(top, "contraindications", "contraindication"):
        checker.keys(m, ["id", "title", "text", "kind"], [], "a contraindication", rid)
        contra.append(
            Rule(
                rid,
                checker.text(m, "title", rid),
                checker.text(m, "text", rid),
                checker.choice(m, "kind", CONTRA_KINDS, rid) or "",
            )
        )
    order = []
    for m, sid in checker.entries(top, "session_order", "session step"):
        checker.keys(m, ["id", "title", "text"], ["areas"], "a session step", sid)
        order.append(
            SessionStep(
                sid,
                checker.text(m, "title", sid),
                tuple(checker.id_list(m, "areas", sid)),
                checker.text(m, "text", sid),
            )
        )
    rules_obj = Rules(
        disclaimer=checker.text(top, "disclaimer"),
        rules=tuple(rules),
        contraindications=tuple(contra),
        session_order=tuple(order),
    )
    return rules_obj, checker.problems


def load_catalogue(path: Path, name: str | None = None) -> tuple[Catalogue, list[Problem]]:
    data, problems = read_yaml(path, name)
    if problems and data is None:
        return Catalogue(), problems
    problems = problems + apply_overlay(data, path, "techniques")[0]
    catalogue, more = parse_catalogue(data, name or str(path))
    return catalogue, problems + more


def load_rules(path: Path, name: str | None = None) -> tuple[Rules, list[Problem]]:
    data, problems = read_yaml(path, name)
    if problems and data is None:
        return Rules(disclaimer=""), problems
    problems = problems + apply_overlay(data, path, "rules")[0]
    rules, more = parse_rules(data, name or str(path))
    return rules, problems + more
