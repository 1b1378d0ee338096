"""The teaching content in another language: overlay files of texts only (no Qt).

A data file ``zones/back.yaml`` is shown in German from
``zones/locale/de/back.yaml`` (beside any data file: ``locale/<code>/<its
name>``).  The overlay holds only texts, keyed by the ids of the English file;
everything else (geometry, safety levels, techniques per zone, timings) stays
in the one English file, so a translation can never change what is safe::

    format: 1
    title: Rückansicht
    regions: {back: Rücken}
    zones:
      kidney_left:
        name: Nierenbereich
        aliases: [Nieren, Nierenlager]
        why: >-
          ...
        warnings: [..., ...]      # as many as the English file has

Which texts each kind of file has is ``TEXTS`` below.  An unknown id, a key
that is not a text of that item, a wrong type or a list of the wrong length is
a problem naming the overlay's file and line; a text the overlay leaves out
is shown in English and listed by ``missing_texts`` (``validate --lang``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from massage_trainer.core import i18n, paths
from massage_trainer.core.schema import Checker, check_format, text_limit, top_mapping
from massage_trainer.core.yamlsource import Problem, YList, YMap, read_yaml, show

LOCALE_DIR = "locale"
SOURCE_LANGUAGE = "en"

# how a text may be given
TEXT = "text"  # one text
SAME_LIST = "same"  # a list of texts, as many as the English one (steps, warnings)
LIST = "list"  # a list of texts of any length (aliases, what a technique suits);
# may be given where the English has none


@dataclass(frozen=True)
class Items:
    """A list of items with ids (or a mapping id -> item) and the texts of each."""

    texts: dict[str, Any]
    what: str  # "zone", "structure"...


@dataclass(frozen=True)
class Names:
    """A mapping id -> one text (regions, layers, technique families)."""

    what: str


TEXTS: dict[str, dict[str, Any]] = {
    "zones": {
        "title": TEXT,
        "regions": Names("region"),
        "layers": Names("layer"),
        "zones": Items({"name": TEXT, "aliases": LIST, "why": TEXT, "warnings": SAME_LIST}, "zone"),
        "structures": Items({"name": TEXT, "note": TEXT}, "structure"),
    },
    "techniques": {
        "families": Names("family"),
        "techniques": Items(
            {
                "name": TEXT,
                "summary": TEXT,
                "steps": SAME_LIST,
                "suits": LIST,
                "cautions": SAME_LIST,
            },
            "technique",
        ),
    },
    "rules": {
        "disclaimer": TEXT,
        "rules": Items({"title": TEXT, "text": TEXT}, "rule"),
        "contraindications": Items({"title": TEXT, "text": TEXT}, "contraindication"),
        "session_order": Items({"title": TEXT, "text": TEXT}, "session step"),
    },
    "routines": {
        "routines": Items(
            {
                "title": TEXT,
                "summary": TEXT,
                "steps": Items({"title": TEXT, "note": TEXT}, "step"),
            },
            "routine",
        ),
    },
}


def overlay_path(source: Path, language: str) -> Path:
    """Where the ``language`` texts of the data file ``source`` live."""
    return Path(source).parent / LOCALE_DIR / language / Path(source).name


def content_languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages with an overlay folder beside the data files in ``folder``
    (None: the built-in zones folder)."""
    base = (folder or paths.zones_dir()) / LOCALE_DIR
    try:
        return tuple(sorted(p.name for p in base.iterdir() if p.is_dir()))
    except OSError:
        return ()


@dataclass(frozen=True)
class Missing:
    """A text the overlay does not translate: shown in English."""

    file: str  # the overlay's display name
    item: str  # "zone kidney_left", or "" for a text of the whole file
    key: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item + ': ' if self.item else ''}{self.key}"


def apply_overlay(
    data: Any, source: Path, kind: str, language: str | None = None
) -> tuple[list[Problem], list[Missing]]:
    """Put the ``language`` (None: ``i18n.language()``) texts of ``source``'s
    overlay into ``data``, the English file's content as read, in place.

    Returns the overlay's problems and the texts it leaves in English.  No
    overlay file: nothing changes, and every text is missing (for a language
    other than English)."""
    language = language or i18n.language()
    if language == SOURCE_LANGUAGE or not isinstance(data, YMap):
        return [], []
    path = overlay_path(source, language)
    name = paths.display_name(path)
    if not path.exists():
        return [], _all_missing(data, TEXTS[kind], name, "")
    overlay, problems = read_yaml(path, name)
    if overlay is None:
        return problems, []
    checker = Checker(name)
    top = top_mapping(checker, overlay)
    if top is None or not check_format(checker, top):
        return problems + checker.problems, []
    missing: list[Missing] = []
    _merge(checker, data, top, TEXTS[kind], "", missing, Path(source).name, allow={"format"})
    return problems + checker.problems, missing


def _all_missing(source: YMap, spec: dict[str, Any], name: str, item: str) -> list[Missing]:
    out: list[Missing] = []
    for key, how in spec.items():
        if key not in source:
            continue
        if isinstance(how, Items):
            for iid, entry in _entries(source[key]).items():
                out += _all_missing(entry, how.texts, name, _join(item, f"{how.what} {iid}"))
        elif isinstance(how, Names):
            if isinstance(source[key], dict):
                out += [Missing(name, _join(item, f"{how.what} {k}"), "name") for k in source[key]]
        else:
            out.append(Missing(name, item, key))
    return out


def _join(outer: str, inner: str) -> str:
    return f"{outer} > {inner}" if outer else inner


def _entries(value: Any) -> dict[str, YMap]:
    """The items of an English list of items (each with an 'id'), by id."""
    if isinstance(value, list):
        return {e["id"]: e for e in value if isinstance(e, YMap) and isinstance(e.get("id"), str)}
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if isinstance(v, YMap)}
    return {}


def _merge(
    checker: Checker,
    source: YMap,
    given: YMap,
    spec: dict[str, Any],
    item: str,
    missing: list[Missing],
    source_name: str,
    allow: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Put the texts of ``given`` (the overlay) into ``source`` (the English),
    checking each against ``spec``."""
    for key in given:
        if key in allow:
            continue
        if key not in spec:
            known = ", ".join(spec)
            checker.add(
                given.line_of(key),
                f"{show(key)} is not a text that can be translated here; the texts are: {known}",
                item or None,
            )
        elif key not in source and spec[key] != LIST:
            checker.add(
                given.line_of(key),
                f"{source_name} has no {show(key)} here to translate; remove it",
                item or None,
            )
    for key, how in spec.items():
        if key not in source and how == LIST and key in given:
            # names a learner may type: a language may have them where English has none
            checked = _text_value(checker, given[key], how, None, key, given.line_of(key), item)
            if checked is not None:
                source[key] = checked
            continue
        if key not in source:
            continue
        if key not in given:
            missing += _all_missing(source, {key: how}, checker.name, item)
            continue
        line = given.line_of(key)
        value = given[key]
        if isinstance(how, Items):
            _merge_items(checker, source, key, value, how, line, item, missing, source_name)
        elif isinstance(how, Names):
            _merge_names(checker, source, key, value, how, line, item, missing, source_name)
        else:
            checked = _text_value(checker, value, how, source[key], key, line, item)
            if checked is not None:
                source[key] = checked


def _unknown_ids(
    checker: Checker, given: YMap, known: Any, what: str, source_name: str, item: str
) -> None:
    """A problem for each id of the overlay's ``given`` that the English has not."""
    for iid in given:
        if iid not in known:
            checker.add(
                given.line_of(iid),
                f"there is no {what} {show(iid)} in {source_name}; use the ids of the English file",
                item or None,
            )


def _merge_items(
    checker: Checker,
    source: YMap,
    key: str,
    value: Any,
    how: Items,
    line: int,
    item: str,
    missing: list[Missing],
    source_name: str,
) -> None:
    m = checker.mapping(value, f"'{key}' (texts by {how.what} id)", line, item or None)
    entries = _entries(source[key])
    if m is None:
        for iid, entry in entries.items():
            missing += _all_missing(
                entry, how.texts, checker.name, _join(item, f"{how.what} {iid}")
            )
        return
    _unknown_ids(checker, m, entries, how.what, source_name, item)
    for iid, entry in entries.items():
        where = _join(item, f"{how.what} {iid}")
        if iid not in m:
            missing += _all_missing(entry, how.texts, checker.name, where)
            continue
        texts = checker.mapping(
            m[iid], f"the texts of {how.what} {show(iid)}", m.line_of(iid), where
        )
        if texts is not None:
            _merge(checker, entry, texts, how.texts, where, missing, source_name)


def _merge_names(
    checker: Checker,
    source: YMap,
    key: str,
    value: Any,
    how: Names,
    line: int,
    item: str,
    missing: list[Missing],
    source_name: str,
) -> None:
    names = source[key]
    m = checker.mapping(value, f"'{key}' ({how.what} id -> name)", line, item or None)
    if m is None or not isinstance(names, dict):
        return
    _unknown_ids(checker, m, names, how.what, source_name, item)
    for nid in names:
        if nid not in m:
            missing.append(Missing(checker.name, _join(item, f"{how.what} {nid}"), "name"))
            continue
        checked = _text_value(checker, m[nid], TEXT, names[nid], key, m.line_of(nid), item)
        if checked is not None:
            names[nid] = checked


def _text_value(
    checker: Checker, value: Any, how: str, english: Any, key: str, line: int, item: str
) -> Any:
    """The overlay's text (or list of texts) for ``key`` if it is of the right
    shape, else None with a problem."""
    where = item or None
    limit = text_limit(key)
    if how == TEXT:
        if not isinstance(value, str) or not value.strip():
            checker.add(line, f"{show(key)} must be non-empty text, not {show(value)}", where)
            return None
        if len(value) > limit:
            checker.add(line, f"{show(key)} is {len(value)} characters; at most {limit}", where)
            return None
        return value
    if not isinstance(value, YList) or not all(isinstance(v, str) and v.strip() for v in value):
        checker.add(line, f"{show(key)} must be a list of non-empty texts", where)
        return None
    if any(len(v) > limit for v in value):
        checker.add(line, f"each entry of {show(key)} is at most {limit} characters", where)
        return None
    if how == SAME_LIST and isinstance(english, list) and len(value) != len(english):
        checker.add(
            line,
            f"{show(key)} has {len(value)} entries; the English file has {len(english)}: "
            "translate each one, in the same order",
            where,
        )
        return None
    return value


KIND_OF_FILE = {"techniques.yaml": "techniques", "rules.yaml": "rules", "routines.yaml": "routines"}


def kind_of(source: Path, data: Any) -> str | None:
    """Which kind of data file ``source`` is ("zones", "techniques", ...), or
    None for one without texts (the list of views)."""
    if Path(source).name in KIND_OF_FILE:
        return KIND_OF_FILE[Path(source).name]
    if isinstance(data, dict):
        for kind in ("zones", "techniques", "rules", "routines"):
            if kind in data:
                return kind
    return None


def check_language(sources: list[Path], language: str) -> tuple[list[Problem], list[Missing]]:
    """The problems of the ``language`` overlays of ``sources`` (English data
    files), and the texts they leave in English."""
    problems: list[Problem] = []
    missing: list[Missing] = []
    for source in sources:
        data, read_problems = read_yaml(source, paths.display_name(source))
        if data is None:
            problems += read_problems
            continue
        kind = kind_of(source, data)
        if kind is None:
            continue
        more, left = apply_overlay(data, source, kind, language)
        problems += more
        missing += left
    return problems, missing


def unfinished_interface_texts(ts_file: Path) -> list[str]:
    """The source texts a Qt Linguist file (.ts) has not translated yet."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(ts_file).getroot()
    except (OSError, ET.ParseError) as exc:
        return [f"cannot read {ts_file.name}: {exc}"]
    out = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            empty = not (translation.text or "").strip() and not any(
                (f.text or "").strip() for f in translation.iter("numerusform")
            )
            if kind == "unfinished" or empty:
                out.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return out


__all__ = [
    "LOCALE_DIR",
    "TEXTS",
    "Missing",
    "apply_overlay",
    "check_language",
    "content_languages",
    "kind_of",
    "overlay_path",
    "unfinished_interface_texts",
]
