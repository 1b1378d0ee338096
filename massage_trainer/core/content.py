"""The technique catalogue and the rules: loading and validation (no Qt).

``techniques.yaml`` lists every technique with its family, pressure and steps;
``rules.yaml`` holds the disclaimer, the general rules, the contraindications
and the order of a full session.  Both are described in docs/zone-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from massage_trainer.core.schema import Checker, check_format, top_mapping
from massage_trainer.core.yamlsource import Problem, read_yaml, show

PRESSURES = ("light", "moderate", "firm", "variable")
PRESSURE_WORDS = {
    "light": "light pressure",
    "moderate": "moderate pressure",
    "firm": "firm pressure",
    "variable": "pressure varies",
}


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
        ContraKindLabels("no_massage", "No massage", "Do not massage at all"),
        ContraKindLabels("local", "Avoid the area", "Keep away from the affected area"),
        ContraKindLabels("wait", "Wait", "Wait before massaging"),
    )
}
CONTRA_KIND_WORDS = {kind: labels.word for kind, labels in CONTRA_KIND_LABELS.items()}
CONTRA_KIND_TITLES = {kind: labels.title for kind, labels in CONTRA_KIND_LABELS.items()}
CONTRA_KINDS = tuple(CONTRA_KIND_LABELS)  # the kinds a rules file may use, in order


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
            ["summary", "suits", "cautions"],
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
        )
    return catalogue, checker.problems


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
    catalogue, more = parse_catalogue(data, name or str(path))
    return catalogue, problems + more


def load_rules(path: Path, name: str | None = None) -> tuple[Rules, list[Problem]]:
    data, problems = read_yaml(path, name)
    if problems and data is None:
        return Rules(disclaimer=""), problems
    rules, more = parse_rules(data, name or str(path))
    return rules, problems + more
