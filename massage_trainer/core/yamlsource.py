"""Safe YAML reading that remembers where every value came from.

Owns the guard rails for data files: size and nesting limits, safe tags only,
duplicate keys reported, and line numbers for every mapping key and list item
so that problems can name the line to fix.  Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import reprlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from massage_trainer.core.readfile import ReadError, is_regular, read_regular

MAX_BYTES = 4 * 1024 * 1024  # a zone file is a few hundred kB at most
MAX_DEPTH = 24  # zone files nest five or six levels deep
MAX_DIGITS = 4000  # of a whole number: Python refuses to convert more than 4,300
MAX_EVENTS = 500_000
MAX_ENTRIES = 2000  # in one top-level list (zones, structures, techniques, ...)

# libyaml's parser when PyYAML has it (several times faster), else PyYAML's own:
# both give the same events, values and line numbers
_PURE_BASE = yaml.SafeLoader
_BaseLoader = getattr(yaml, "CSafeLoader", _PURE_BASE)


@functools.total_ordering
@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, in a form a person can act on.
    Problems sort by file, line, zone (none first) and message."""

    file: str
    line: int
    zone: str | None
    message: str

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.file, self.line, self.zone or "", self.message) < (
            other.file,
            other.line,
            other.zone or "",
            other.message,
        )

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


class _ShortRepr(reprlib.Repr):
    """repr() cut short: a value shown in a message stays a few words long even
    when aliases make it huge or recursive."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxdict, self.maxlist = 2, 3, 3
        self.maxstring = self.maxother = self.maxlong = 60

    def repr_YMap(self, x: YMap, level: int) -> str:
        return self.repr_dict(x, level)

    def repr_YList(self, x: YList, level: int) -> str:
        return self.repr_list(x, level)


def show(value: Any) -> str:
    """A short repr of a value read from a file, for messages."""
    return _ShortRepr().repr(value)


class _LoaderMixin:
    duplicate_keys: list[tuple[int, Any]]


def _construct_map(loader: Any, node: yaml.MappingNode):
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


def _construct_seq(loader: Any, node: yaml.SequenceNode):
    seq = YList()
    seq.line = node.start_mark.line + 1
    yield seq
    for item in node.value:
        seq.append(loader.construct_object(item, deep=True))
        seq.item_lines.append(item.start_mark.line + 1)


def _full_loader(base: type) -> Any:
    """A loader on ``base`` (libyaml's or PyYAML's parser) that builds YMap and
    YList.  It reads whatever the quick builder (``_QuickBuild``) leaves to it."""
    loader: Any = type("_Loader", (_LoaderMixin, base), {})
    loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
    # an "=" key is a YAML 1.1 curiosity; treat it as a plain string
    loader.add_constructor("tag:yaml.org,2002:value", loader.construct_yaml_str)
    return loader


_LOADERS: dict[type, Any] = {base: _full_loader(base) for base in {_BaseLoader, _PURE_BASE}}


def _mark_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 0


def _describe(exc: yaml.YAMLError) -> str:
    text = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "could not determine a constructor" in text:
        tag = text.split("tag", 1)[-1].strip(" '\"").replace("tag:yaml.org,2002:", "!!")
        return f"the tag {tag} is not allowed in a data file; remove it and write a plain value"
    return f"not valid YAML: {text}"


def _too_many_digits(event: yaml.ScalarEvent) -> bool:
    """A plain scalar that YAML would read as an integer too long for Python to
    convert (it refuses beyond 4,300 digits) or for any sensible use."""
    value = event.value
    if event.style not in (None, "") or len(value) <= MAX_DIGITS:
        return False
    return value.lstrip("+-").replace("_", "").isdigit()


class _Frame:
    """An open mapping or list while walking the parser's events."""

    __slots__ = (
        "anchor",
        "count",
        "entries",
        "expect_key",
        "is_map",
        "item",
        "key",
        "line",
        "start",
    )

    def __init__(self, is_map: bool, line: int, anchor: str | None, start: int) -> None:
        self.is_map, self.line, self.anchor, self.start = is_map, line, anchor, start
        self.expect_key = True
        self.key: Any = None
        self.item: str | None = None
        self.entries: str | None = None  # a top-level list: the key it is under
        self.count = 0  # and how many entries it has so far


class _Shape:
    """Walks the parser's events once, before anything is built: refuses documents
    too deep or too large (counting what aliases expand to), and remembers which
    lines belong to which item (a mapping with an ``id``), so that problems found
    by the YAML reader itself can still name the zone they concern."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, str]] = []  # (first line, last line, id)
        self.open: list[_Frame] = []
        self.events: list[yaml.Event] = []  # every event, for the quick builder

    def check(self, text: str, name: str, base: type = _BaseLoader) -> list[Problem]:
        total = 0  # values, with every alias counted as the values it stands for
        sizes: dict[str, int] = {}
        stack = self.open
        keep = self.events.append
        # the parser's own classes, compared by identity: this loop sees every event
        scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
        map_start, seq_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        nodes = (scalar, alias, map_start, seq_start)
        max_digits, max_entries, max_depth, max_events = (
            MAX_DIGITS,
            MAX_ENTRIES,
            MAX_DEPTH,
            MAX_EVENTS,
        )
        parser = None
        try:
            parser = base(text)  # PyYAML's reader refuses some characters here already
            while parser.check_event():
                event = parser.get_event()
                keep(event)
                kind = type(event)
                if kind in ends:
                    frame = stack.pop()
                    if frame.anchor is not None:
                        sizes[frame.anchor] = total - frame.start + 1
                    if frame.item is not None:
                        self.spans.append((frame.line, event.end_mark.line + 1, frame.item))
                    continue
                if kind not in nodes:
                    continue  # the stream's and documents' own events
                line = event.start_mark.line + 1
                if stack:
                    top = stack[-1]
                    if top.is_map:
                        if top.expect_key:
                            top.key = event.value if kind is scalar else None
                        elif top.key == "id" and kind is scalar and event.value.strip():
                            top.item = event.value.strip()[:80]
                        top.expect_key = not top.expect_key
                    elif top.entries is not None:
                        top.count += 1
                        if top.count > max_entries:
                            return [self._too_many(name, top)]
                if kind is alias:
                    total += sizes.get(event.anchor, 1)
                else:
                    total += 1
                    if kind is scalar:
                        if event.anchor is not None:
                            sizes[event.anchor] = 1
                        if len(event.value) > max_digits and _too_many_digits(event):
                            return [
                                Problem(
                                    name,
                                    line,
                                    self.item_at(line),
                                    f"a whole number of {len(event.value):,} digits; "
                                    f"no value here needs more than {max_digits:,}",
                                )
                            ]
                    else:
                        frame = _Frame(kind is map_start, line, event.anchor, total)
                        if (
                            len(stack) == 1
                            and stack[0].is_map
                            and kind is seq_start
                            and isinstance(stack[0].key, str)
                        ):
                            frame.entries = stack[0].key
                        stack.append(frame)
                        if len(stack) > max_depth:
                            return [
                                Problem(
                                    name,
                                    line,
                                    self.item_at(line),
                                    f"nested more than {max_depth} levels deep; "
                                    "this does not look like a data file of this program",
                                )
                            ]
                if total > max_events:
                    return [
                        Problem(
                            name,
                            line,
                            self.item_at(line),
                            "too many values for a data file of this program"
                            + (" (aliases count as what they repeat)" if sizes else ""),
                        )
                    ]
        except yaml.YAMLError as exc:
            line = _mark_line(exc)
            return [Problem(name, line, self.item_at(line), _describe(exc))]
        finally:
            if parser is not None:
                parser.dispose()
        return []

    def _too_many(self, name: str, frame: _Frame) -> Problem:
        return Problem(
            name,
            frame.line,
            None,
            f"{frame.entries!r} holds more than {MAX_ENTRIES:,} entries; a file of this "
            f"program holds at most {MAX_ENTRIES:,} in one list (the built-in views have "
            "fewer than 100 zones each): split it into several files",
        )

    def item_at(self, line: int) -> str | None:
        """The id of the innermost item (a mapping with an ``id``) holding ``line``."""
        best: tuple[int, int] | None = None
        item = None
        for first, last, ident in self.spans:
            if first <= line <= last and (best is None or (first, first - last) > best):
                best, item = (first, first - last), ident
        for frame in self.open:  # still open after a syntax error: innermost last
            if frame.item is not None and frame.line <= line:
                item = frame.item
        return item


_STR_TAG = "tag:yaml.org,2002:str"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_INT_TAG = "tag:yaml.org,2002:int"
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_RESOLVER = yaml.resolver.Resolver()  # the resolver of both loaders
_CONSTRUCTOR = yaml.constructor.SafeConstructor()  # for scalars only: they keep no state


class _Unusual(Exception):
    """The document uses something the quick builder leaves to the full loader:
    a tag, a merge key, a collection as a key, an alias it cannot resolve, more
    than one document, or a value its constructor refuses."""


class _QuickBuild:
    """Builds the data of a document from the events the shape check kept,
    without parsing the text a second time: the same YMap, YList and values,
    lines and duplicate keys as the full loader gives, for the documents data
    files are made of (plain scalars, mappings, lists, anchors and aliases).
    Anything else raises ``_Unusual``, and the full loader reads the document."""

    def __init__(self) -> None:
        self.duplicate_keys: list[tuple[int, Any]] = []
        # an anchor's value and the line it starts on, which an alias to it
        # stands for (an alias is the same node to the full loader)
        self.anchors: dict[str, tuple[Any, int]] = {}

    def build(self, events: list[yaml.Event]) -> Any:
        resolve = _RESOLVER.resolve
        constructors = _LOADERS[_PURE_BASE].yaml_constructors  # str for "=", too
        tags: dict[str, str] = {}  # plain scalar -> its resolved tag
        anchors = self.anchors
        opened: set[str] = set()
        # open collections: [container, key line or -1 (a list), key, anchor, line];
        # a mapping's entry [2] is the key awaiting its value, _NO_KEY between entries
        stack: list[list[Any]] = []
        root: Any = None
        documents = 0
        for event in events:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.tag is not None:
                    raise _Unusual
                value: Any = event.value
                if event.implicit[0]:
                    tag = tags.get(value)
                    if tag is None:
                        tag = tags[value] = resolve(yaml.ScalarNode, value, event.implicit)
                else:
                    tag = _STR_TAG  # quoted or block: the resolver gives str
                if (
                    tag == _FLOAT_TAG
                    and value[-1].isdigit()
                    and "_" not in value
                    and ":" not in value
                ):
                    # what the constructor gives for 1.5, -0.25 or 2.5e+3 (not for
                    # 1_000.5, 1:30.5, .inf or .nan: the constructor reads those)
                    value = float(value)
                elif tag == _INT_TAG and value.isdigit() and (value[0] != "0" or value == "0"):
                    value = int(value)  # plain decimal: no sign, no octal, hex or 1:30
                elif tag == _NULL_TAG:
                    value = None
                elif tag != _STR_TAG:
                    if tag == _MERGE_TAG:
                        raise _Unusual
                    constructor = constructors.get(tag)
                    if constructor is None:
                        raise _Unusual
                    node = yaml.ScalarNode(
                        tag, value, event.start_mark, event.end_mark, event.style
                    )
                    try:
                        value = constructor(_CONSTRUCTOR, node)
                    except Exception:  # the full loader reports it in its words
                        raise _Unusual from None
                line = event.start_mark.line + 1
                anchor = event.anchor
                if anchor is not None:
                    if anchor in anchors or anchor in opened:
                        raise _Unusual
                    anchors[anchor] = (value, line)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.tag is not None:
                    raise _Unusual
                anchor = event.anchor
                if anchor is not None:
                    if anchor in anchors or anchor in opened:
                        raise _Unusual
                    opened.add(anchor)
                line = event.start_mark.line + 1
                container: YMap | YList
                if kind is yaml.MappingStartEvent:
                    container = YMap()
                    container.line = line
                    stack.append([container, 0, _NO_KEY, anchor, line])
                else:
                    container = YList()
                    container.line = line
                    stack.append([container, -1, None, anchor, line])
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value, _, _, anchor, line = stack.pop()
                if anchor is not None:
                    opened.discard(anchor)
                    anchors[anchor] = (value, line)
            elif kind is yaml.AliasEvent:
                found = anchors.get(event.anchor)
                if found is None:  # undefined, or inside its own anchor
                    raise _Unusual
                value, line = found
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual
                continue
            else:
                continue
            # a complete value: the document, a list item, a key or a mapping's value
            if not stack:
                root = value
                continue
            top = stack[-1]
            if top[1] < 0:
                top[0].append(value)
                top[0].item_lines.append(line)
            elif top[2] is _NO_KEY:
                if type(value) is YMap or type(value) is YList:
                    raise _Unusual
                if value in top[0]:
                    self.duplicate_keys.append((line, value))
                top[1], top[2] = line, value
            else:
                mapping, key_line, key = top[0], top[1], top[2]
                mapping[key] = value
                mapping.key_lines[key] = key_line
                top[2] = _NO_KEY
        return root


_NO_KEY = object()


def _quick_build(events: list[yaml.Event]) -> tuple[Any, list[tuple[int, Any]]] | None:
    """The data and duplicate keys the quick builder makes of ``events``;
    None for a document it leaves to the full loader."""
    builder = _QuickBuild()
    try:
        return builder.build(events), builder.duplicate_keys
    except _Unusual:
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except (OSError, ValueError):
        return 0


def read_yaml(path: Path, name: str | None = None) -> tuple[Any, list[Problem]]:
    """Read one YAML document; return (data, problems).  Never raises for bad input.

    ``name`` is how problems refer to the file (defaults to the path as given).
    On a problem that stops reading, data is None.
    """
    name = name or str(path)
    try:
        raw = read_regular(path, MAX_BYTES)
    except ReadError as exc:
        message = f"cannot read the file: {exc}"
        if is_regular(path) and _size(path) > MAX_BYTES:
            message = (
                f"the file is {_size(path) // 1024} kB; a data file of this "
                f"program is at most {MAX_BYTES // 1024 // 1024} MB"
            )
        return None, [Problem(name, 0, None, message)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, None, "not UTF-8 text; save the file as UTF-8")]
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text; return (data, problems).  Never raises for bad input."""
    return _parse_yaml(text, name, _BaseLoader)


def _parse_yaml(text: str, name: str, base: type, quick: bool = True) -> tuple[Any, list[Problem]]:
    """``parse_yaml`` with the parser of ``base``; without ``quick``, always
    through the full loader (the tests compare the two)."""
    shape = _Shape()
    problems = shape.check(text, name, base)
    if problems:
        return None, problems
    built = _quick_build(shape.events) if quick else None
    shape.events = []
    if built is not None:
        data, duplicate_keys = built
    else:
        loader = _LOADERS[base](text)
        loader.duplicate_keys = duplicate_keys = []
        try:
            data = loader.get_single_data()
        except yaml.YAMLError as exc:
            line = _mark_line(exc)
            return None, [Problem(name, line, shape.item_at(line), _describe(exc))]
        except (RecursionError, ValueError, OverflowError) as exc:
            return None, [Problem(name, 0, None, f"cannot read the YAML: {exc}")]
        finally:
            loader.dispose()
    if data is None:
        return None, [
            Problem(
                name,
                0,
                None,
                "the file holds no data; a data file of this "
                "program is a mapping of keys to values that starts with "
                "'format: 1'",
            )
        ]
    problems = [
        Problem(
            name,
            line,
            shape.item_at(line),
            f"the key {show(key)} appears twice in one mapping; keep one",
        )
        for line, key in duplicate_keys
    ]
    return data, problems
