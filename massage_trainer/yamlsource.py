"""Safe YAML reading that remembers where every value came from.

Owns the guard rails for data files: size and nesting limits, safe tags only,
duplicate keys reported, and line numbers for every mapping key and list item
so that problems can name the line to fix.  Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 4 * 1024 * 1024  # a zone file is a few hundred kB at most
MAX_DEPTH = 24  # zone files nest five or six levels deep
MAX_EVENTS = 500_000

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a data file, in a form a person can act on."""

    file: str
    line: int
    zone: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:" if self.line else f"{self.file}:"
        zone = f" {self.zone}:" if self.zone else ""
        return f"{where}{zone} {self.message}"


class DataFileError(Exception):
    """Every problem found in one or more data files, reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class YMap(dict):
    """A YAML mapping that knows its own line and the line of each key."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class YList(list):
    """A YAML sequence that knows its own line and the line of each item."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


def line_of(value: Any, default: int = 0) -> int:
    return getattr(value, "line", default) or default


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    duplicate_keys: list[tuple[int, Any]]


def _construct_map(loader: _Loader, node: yaml.MappingNode):
    mapping = YMap()
    mapping.line = node.start_mark.line + 1
    yield mapping
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        if key in mapping:
            loader.duplicate_keys.append((line, key))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line


def _construct_seq(loader: _Loader, node: yaml.SequenceNode):
    seq = YList()
    seq.line = node.start_mark.line + 1
    yield seq
    for item in node.value:
        seq.append(loader.construct_object(item, deep=True))
        seq.item_lines.append(item.start_mark.line + 1)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
# an "=" key is a YAML 1.1 curiosity; treat it as a plain string
_Loader.add_constructor("tag:yaml.org,2002:value", _Loader.construct_yaml_str)


def _mark_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 0


def _describe(exc: yaml.YAMLError) -> str:
    text = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "could not determine a constructor" in text:
        tag = text.split("tag", 1)[-1].strip(" '\"")
        return f"the tag {tag} is not allowed in a data file; remove it and write a plain value"
    return f"not valid YAML: {text}"


def _check_shape(text: str, name: str) -> list[Problem]:
    """Refuse documents too deep or too large before building them."""
    depth = 0
    try:
        for count, event in enumerate(yaml.parse(text, Loader=_BaseLoader)):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return [Problem(name, event.start_mark.line + 1, None,
                                    f"nested more than {MAX_DEPTH} levels deep; "
                                    "this does not look like a data file of this program")]
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if count > MAX_EVENTS:
                return [Problem(name, event.start_mark.line + 1, None,
                                "too many values for a data file of this program")]
    except yaml.YAMLError as exc:
        return [Problem(name, _mark_line(exc), None, _describe(exc))]
    return []


def read_yaml(path: Path, name: str | None = None) -> tuple[Any, list[Problem]]:
    """Read one YAML document; return (data, problems).  Never raises for bad input.

    ``name`` is how problems refer to the file (defaults to the path as given).
    On a problem that stops reading, data is None.
    """
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [Problem(name, 0, None,
                                  f"the file is {size // 1024} kB; a data file of this program "
                                  f"is at most {MAX_BYTES // 1024 // 1024} MB")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(name, 0, None, f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, None, "not UTF-8 text; save the file as UTF-8")]
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text; return (data, problems).  Never raises for bad input."""
    problems = _check_shape(text, name)
    if problems:
        return None, problems
    loader = _Loader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        return None, [Problem(name, _mark_line(exc), None, _describe(exc))]
    except (RecursionError, ValueError, OverflowError) as exc:
        return None, [Problem(name, 0, None, f"cannot read the YAML: {exc}")]
    finally:
        loader.dispose()
    problems = [Problem(name, line, None, f"the key {key!r} appears twice in one mapping; keep one")
                for line, key in loader.duplicate_keys]
    return data, problems
