"""The YAML reader's two ways to build a document, and its two parsers.

``parse_yaml`` builds most documents straight from the events its shape check
has already read (the quick builder), and leaves the rest (tags, merge keys,
several documents, ...) to the full loader; it parses with libyaml when
PyYAML has it, else with PyYAML's own parser.  Every way must give the same
values, the same lines and the same problems."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from massage_trainer.core import paths, yamlsource
from massage_trainer.core.yamlsource import YList, YMap, _parse_yaml
from massage_trainer.core.zones import ZoneFileError, load_zone_set

PARSERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])
BUILTIN = sorted(
    p.relative_to(paths.zones_dir()).as_posix() for p in paths.zones_dir().rglob("*.yaml")
)


def layout(value: Any) -> Any:
    """Everything a value read from a file carries: its type, and for mappings
    and lists their lines and the lines of their keys and items."""
    if isinstance(value, YMap):
        entries = [(layout(k), value.key_lines[k], layout(v)) for k, v in value.items()]
        return ("map", value.line, entries)
    if isinstance(value, YList):
        return ("list", value.line, list(value.item_lines), [layout(v) for v in value])
    assert not isinstance(value, (dict, list)), f"a plain {type(value).__name__} was built"
    return (type(value).__name__, repr(value))


def every_way(text: str, name: str = "t.yaml") -> dict[tuple[str, bool], Any]:
    """(parser, quick) -> (layout of the data, problems as text)."""
    out = {}
    for base in PARSERS:
        for quick in (True, False):
            data, problems = _parse_yaml(text, name, base, quick)
            out[(base.__name__, quick)] = (layout(data), [str(p) for p in problems])
    return out


def assert_same_every_way(text: str) -> Any:
    """The quick and the full way agree in everything; the two parsers in the
    data, the lines and the problems' lines (libyaml words a few syntax
    errors its own way: "found undefined alias" without the alias's name)."""
    results = every_way(text)
    first = next(iter(results.values()))
    for (parser, quick), result in results.items():
        assert result == results[(parser, not quick)], f"{parser} quick={quick} differs"
        assert result[0] == first[0], f"{parser} reads other data"
        lines = [problem.split(":")[1] for problem in result[1]]
        assert lines == [problem.split(":")[1] for problem in first[1]], parser
    return first


def quick_build(text: str, base: type = yamlsource._BaseLoader) -> Any:
    shape = yamlsource._Shape()
    assert shape.check(text, "t.yaml", base) == []
    return yamlsource._QuickBuild().build(shape.events)


@pytest.mark.slow
@pytest.mark.parametrize("relative", BUILTIN)
def test_every_builtin_file_reads_the_same_every_way(relative):
    text = (paths.zones_dir() / relative).read_text(encoding="utf-8")
    layout_, problems = assert_same_every_way(text)
    assert problems == []
    assert layout_[0] == "map"


@pytest.mark.parametrize("relative", BUILTIN)
def test_the_builtin_files_take_the_quick_way(relative):
    # the point of the quick builder: the shipped files never need the full loader
    text = (paths.zones_dir() / relative).read_text(encoding="utf-8")
    for base in PARSERS:
        assert isinstance(quick_build(text, base), YMap)


TRICKY = {
    "scalars": """
        a: 1
        b: 1.5
        c: -0.0
        d: .inf
        e: 0x1F
        f: 1_000
        g: 1:30
        h: yes
        i: Off
        j: ~
        k:
        l: '12'
        m: "true"
        n: 2024-06-01
        o: 2024-06-01 12:30:00
        p: =
        q: 1e3
        r: |
          block
          text
        s: >-
          folded
          text
    """,
    "numbers": """
        floats: [1.5, -0.25, +1.5, -0.0, 0.0, 1.5E+3, 2.5e-3, 6., .5, -.inf, .NaN, 1_000.5,
          1__0.5, 1:30.5, 12345678901234567890.123456789, 0.1, 1e3, 1.0e3]
        ints: [0, 7, 007, -5, +5, 0x1f, 0b101, 1_000, 1:30, 123456789012345678901234567890,
          0o7, 08, 09]
        nulls: [~, null, Null, NULL, '']
        bools: [yes, No, TRUE, off, y, n]
    """,
    "lists and flows": """
        top:
          - [1, 2, [3, 4]]
          - {x: 1, y: [a, b]}
          -
            - deep
          - - nested
            - twice
        empty_list: []
        empty_map: {}
    """,
    "anchors and aliases": """
        base: &point [1, 2]
        again: *point
        items:
          - &one {id: one, name: One}
          - *one
          - &word hello
          - *word
        *word : the alias as a key
    """,
    "duplicate keys": """
        a: 1
        b: 2
        a: 3
        1: one
        true: also one
        inner: {x: 1, x: 2}
    """,
    "an anchor on a key": """
        &k key: value
        other: *k
    """,
    "equals as a key": """
        =: value
    """,
    "a document marker": """
        ---
        a: 1
        ...
    """,
    "a plain scalar at the top": """
        just words
    """,
}

# each needs the full loader: the quick builder must say so, not guess
UNUSUAL = {
    "merge key": """
        base: &b {x: 1, y: 2}
        derived:
          <<: *b
          y: 3
    """,
    "a tag": """
        a: !!str 12
    """,
    "an unknown tag": """
        a: !custom 12
    """,
    "a binary": """
        a: !!binary aGVsbG8=
    """,
    "a set": """
        a: !!set {x, y}
    """,
    "two documents": """
        a: 1
        ---
        b: 2
    """,
    "a recursive alias": """
        a: &a [1, *a]
    """,
    "an undefined alias": """
        a: *nowhere
    """,
    "a repeated anchor": """
        a: &x 1
        b: &x 2
    """,
    "a list as a key": """
        ? [a, b]
        : value
    """,
    "a mapping alias as a key": """
        m: &m {a: 1}
        *m : value
    """,
    "a bad date": """
        a: 2024-13-45
    """,
    "a merge key as a value": """
        a: <<
    """,
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_documents_read_the_same_every_way(text):
    text = textwrap.dedent(text)
    assert_same_every_way(text)
    quick_build(text)  # and without leaving them to the full loader


@pytest.mark.parametrize("text", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_unusual_documents_go_to_the_full_loader(text):
    text = textwrap.dedent(text)
    with pytest.raises(yamlsource._Unusual):
        quick_build(text)
    assert_same_every_way(text)


def test_aliases_share_one_value_and_keep_the_anchors_line():
    text = textwrap.dedent(TRICKY["anchors and aliases"])
    data = quick_build(text)
    assert data["again"] is data["base"]
    items = data["items"]
    assert items[1] is items[0]
    # an alias stands for its anchor's node, so its line is the anchor's
    assert items.item_lines[1] == items.item_lines[0] == 5
    assert data.key_lines["hello"] == 7


def test_duplicate_keys_are_reported_on_their_own_lines():
    data, problems = yamlsource.parse_yaml(textwrap.dedent(TRICKY["duplicate keys"]), "t.yaml")
    assert [(p.line, p.message.split(" appears")[0]) for p in problems] == [
        (4, "the key 'a'"),
        (6, "the key True"),
        (7, "the key 'x'"),
    ]
    assert data["a"] == 3 and data.key_lines["a"] == 4 and list(data) == ["a", "b", 1, "inner"]


def test_empty_documents_hold_no_data():
    for text in ("", "# only a comment\n", "---\n", "--- # nothing else\n"):
        results = every_way(text)
        assert len({repr(r) for r in results.values()}) == 1
        assert "holds no data" in next(iter(results.values()))[1][0]


BROKEN_EDITS = [
    ("canvas: {width: 70, height: 172}", "canvas: {width: 70, height: 172, width: 80}"),
    ("midline: 35", "midline: [35]"),
    ("format: 1", "format: 1\nextra: &extra {a: 1}\nmore: *extra"),
]


@pytest.mark.slow
def test_a_broken_zone_file_gives_the_same_problems_every_way(tmp_path, monkeypatch):
    text = (paths.zones_dir() / "back.yaml").read_text(encoding="utf-8")
    for old, new in BROKEN_EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    broken = tmp_path / "back.yaml"
    broken.write_text(text, encoding="utf-8")

    def problems() -> list[str]:
        with pytest.raises(ZoneFileError) as caught:
            load_zone_set(broken)
        return [str(p) for p in caught.value.problems]

    found = {}
    for base in PARSERS:
        monkeypatch.setattr(yamlsource, "_BaseLoader", base)
        found[(base.__name__, True)] = problems()
        with monkeypatch.context() as full:
            full.setattr(yamlsource._QuickBuild, "build", _refuse)
            found[(base.__name__, False)] = problems()
    first = next(iter(found.values()))
    assert all(f == first for f in found.values()), found
    assert any("back.yaml:10: the key 'width' appears twice" in p for p in first), first
    assert any("unknown key 'extra'" in p for p in first)
    assert any("midline" in p for p in first)


def _refuse(self, events):
    raise yamlsource._Unusual


def test_the_pure_python_parser_is_there_to_fall_back_on():
    assert yamlsource._PURE_BASE is yaml.SafeLoader
    assert set(yamlsource._LOADERS) >= {yaml.SafeLoader, yamlsource._BaseLoader}
    if yaml.__with_libyaml__:
        assert yamlsource._BaseLoader is yaml.CSafeLoader


def test_builtin_files_exist():
    assert "back.yaml" in BUILTIN and any(Path(b).parent.name == "de" for b in BUILTIN)
