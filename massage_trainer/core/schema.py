"""Small typed readers for YAML data that collect problems instead of raising.

Every data file of the program (zones, techniques, rules, routines) is read
through a ``Checker``: each getter returns a usable value or None and records
a ``Problem`` naming the file, the line and the zone or item concerned.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from typing import Any

from massage_trainer.core.yamlsource import Problem, YList, YMap, line_of, show

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_ID = 64  # characters of an id; the built-in ones have at most 30
MAX_NAME = 80  # characters of a name or title: it is shown on the map and in headings
MAX_TEXT = 5000  # characters of any other text: the longest built-in one has about 550
NAME_KEYS = ("name", "title", "aliases")


def text_limit(key: str) -> int:
    """How many characters a text under ``key`` may hold."""
    return MAX_NAME if key in NAME_KEYS else MAX_TEXT


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Checker:
    """Collects problems for one file."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def add(self, line: int, message: str, item: str | None = None) -> None:
        self.problems.append(Problem(self.name, line, item, message))

    # --- structure -----------------------------------------------------
    def mapping(self, value: Any, what: str, line: int, item: str | None = None) -> YMap | None:
        if isinstance(value, YMap):
            return value
        self.add(line, f"{what} must be a mapping of keys to values, not {_type_name(value)}", item)
        return None

    def sequence(self, value: Any, what: str, line: int, item: str | None = None) -> YList | None:
        if isinstance(value, YList):
            return value
        self.add(line, f"{what} must be a list, not {_type_name(value)}", item)
        return None

    def keys(
        self,
        m: YMap,
        required: Iterable[str],
        optional: Iterable[str],
        what: str,
        item: str | None = None,
    ) -> None:
        required, optional = list(required), list(optional)
        allowed = set(required) | set(optional)
        for key in m:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                self.add(
                    m.line_of(key), f"unknown key {show(key)} in {what}; allowed keys: {hint}", item
                )
        for key in required:
            # a missing 'format' is check_format's to report, once, in its words
            if key not in m and key != "format":
                self.add(m.line, f"{what} is missing the key {key!r}", item)

    def entries(
        self, parent: YMap, key: str, what: str, owner: str | None = None
    ) -> Iterator[tuple[YMap, str]]:
        """Yield (mapping, id) for each well-formed entry of the list ``key``;
        report entries that are not mappings, lack an id or repeat one.
        ``owner`` names the enclosing item (a routine for its steps)."""
        if key not in parent:
            return
        seq = self.sequence(parent[key], repr(key), parent.line_of(key), owner)
        if seq is None:
            return
        seen: dict[str, int] = {}
        for index, entry in enumerate(seq):
            m = self.mapping(entry, f"each {what}", seq.line_of(index), owner)
            if m is None:
                continue
            ident = self.ident(m, "id", owner)
            if ident is None:
                if "id" not in m:
                    self.add(m.line, f"this {what} has no 'id'", owner)
                continue
            item = f"{owner}/{ident}" if owner else ident
            if ident in seen:
                self.add(
                    m.line_of("id"),
                    f"duplicate id; the first {what} with this id is on line {seen[ident]}",
                    item,
                )
                continue
            seen[ident] = m.line_of("id")
            yield m, ident

    # --- scalars ---------------------------------------------------------
    def text(
        self,
        m: YMap,
        key: str,
        item: str | None = None,
        *,
        required: bool = True,
        default: str = "",
    ) -> str:
        if key not in m:
            return default
        value = m[key]
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split()) if "\n" in value else value.strip()
            return self.within(text, key, m.line_of(key), item)
        if value is None and not required:
            return default
        self.add(m.line_of(key), f"{key!r} must be non-empty text, not {_type_name(value)}", item)
        return default

    def within(self, text: str, key: str, line: int, item: str | None) -> str:
        """``text``, reported and cut short when it is longer than ``key`` allows."""
        limit = text_limit(key)
        if len(text) <= limit:
            return text
        what = "a name" if limit == MAX_NAME else "a text"
        self.add(
            line,
            f"{key!r} is {len(text):,} characters long; {what} here is at most {limit:,}: "
            "shorten it",
            item,
        )
        return text[:limit]

    def ident(self, m: YMap, key: str, item: str | None = None) -> str | None:
        value = m.get(key)
        if key not in m:
            return None
        if isinstance(value, str) and len(value) > MAX_ID:
            self.add(
                m.line_of(key),
                f"{key!r} is {len(value):,} characters long; an id is at most {MAX_ID}: shorten it",
                item,
            )
            return None
        if isinstance(value, str) and ID_PATTERN.match(value):
            return value
        self.add(
            m.line_of(key),
            f"{key!r} must be an id of lowercase letters, digits and "
            f"underscores starting with a letter, not {show(value)}",
            item,
        )
        return None

    def choice(
        self,
        m: YMap,
        key: str,
        choices: Iterable[str],
        item: str | None = None,
        default: str | None = None,
    ) -> str | None:
        choices = list(choices)
        if key not in m:
            return default
        value = m[key]
        if isinstance(value, str) and value in choices:
            return value
        self.add(
            m.line_of(key), f"{key!r} must be one of {', '.join(choices)}, not {show(value)}", item
        )
        return None

    def number(
        self, value: Any, what: str, line: int, item: str | None = None, *, positive: bool = False
    ) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(line, f"{what} must be a number, not {_type_name(value)}", item)
            return None
        try:
            number = float(value)
        except OverflowError:  # an integer of hundreds of digits
            number = math.inf
        if not math.isfinite(number):
            self.add(line, f"{what} must be a finite number, not {show(value)}", item)
            return None
        if positive and number <= 0:
            self.add(line, f"{what} must be greater than zero, not {value}", item)
            return None
        return number

    def integer(
        self,
        m: YMap,
        key: str,
        item: str | None = None,
        *,
        default: int = 0,
        minimum: int = 0,
        maximum: int = 1000,
    ) -> int:
        if key not in m:
            return default
        value = m[key]
        if isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= maximum:
            return value
        self.add(
            m.line_of(key),
            f"{key!r} must be a whole number from {minimum} to {maximum}, not {show(value)}",
            item,
        )
        return default

    def point(
        self, value: Any, what: str, line: int, item: str | None = None
    ) -> tuple[float, float] | None:
        if not (isinstance(value, list) and len(value) == 2):
            self.add(
                line,
                f"{what} must be a point [x, y], not {_type_name(value)}"
                + (f" of {len(value)} values" if isinstance(value, list) else ""),
                item,
            )
            return None
        x = self.number(value[0], f"the x of {what}", line, item)
        y = self.number(value[1], f"the y of {what}", line, item)
        if x is None or y is None:
            return None
        return (x, y)

    def text_list(self, m: YMap, key: str, item: str | None = None) -> list[str]:
        if key not in m or m[key] is None:
            return []
        seq = self.sequence(m[key], repr(key), m.line_of(key), item)
        if seq is None:
            return []
        out = []
        for i, value in enumerate(seq):
            if isinstance(value, str) and value.strip():
                out.append(self.within(" ".join(value.split()), key, seq.line_of(i), item))
            else:
                self.add(
                    seq.line_of(i),
                    f"each entry of {key!r} must be non-empty text, not {_type_name(value)}",
                    item,
                )
        return out

    def id_list(self, m: YMap, key: str, item: str | None = None) -> list[str]:
        out = []
        for value in self.text_list(m, key, item):
            if ID_PATTERN.match(value):
                out.append(value)
            else:
                self.add(m.line_of(key), f"{value!r} in {key!r} is not an id", item)
        return out


def check_format(checker: Checker, data: YMap, supported: int = 1) -> bool:
    """Check the ``format`` key; return False if the file cannot be read further."""
    value = data.get("format")
    if "format" not in data:
        checker.add(data.line, "missing 'format: 1' at the top of the file")
        return True
    # the integer itself: 1.0 and true are equal to 1 in Python, but not a format
    if type(value) is not int or value != supported:
        checker.add(
            data.line_of("format"),
            f"format {show(value)} is not supported; this program reads format {supported}",
        )
        return False
    return True


def top_mapping(checker: Checker, data: Any) -> YMap | None:
    if isinstance(data, YMap):
        return data
    checker.add(
        line_of(data, 1),
        f"the file must hold a mapping of keys to values at the top, not {_type_name(data)}",
    )
    return None
