"""Every text the program shows is written in the project's own words.

DOMAIN.md (in the shared folder beside the repository) holds the facts the texts
are built on.  The texts may use those facts, but never copy its sentences: no run
of ``RUN`` or more consecutive words may be shared with it.  Six rather than five,
so that fixed anatomical names such as "the base of the skull" do not count as
copying.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"
RUN = 6

TEXT_FILES = [
    "zones/techniques.yaml",
    "zones/rules.yaml",
    "zones/routines.yaml",
    "zones/back.yaml",
    "zones/front.yaml",
    "docs/drawing/back_texts.yaml",
    "docs/drawing/front_texts.yaml",
]
# values that are never shown as prose: geometry and identifiers
SKIP_KEYS = {"wkt", "id"}
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
TOKEN = re.compile(r"[a-z0-9]+(?:[-'.][a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Words and numbers, lower-cased; hyphens, apostrophes and decimal points
    stay inside a token ("heel-of-hand", "1-1.5")."""
    return TOKEN.findall(text.lower())


def shown_strings(node, key: str | None = None):
    """Every prose string in a parsed YAML document."""
    if key in SKIP_KEYS:
        return
    if isinstance(node, dict):
        for k, v in node.items():
            yield from shown_strings(v, str(k))
    elif isinstance(node, list):
        for item in node:
            yield from shown_strings(item, key)
    elif isinstance(node, str) and not IDENTIFIER.match(node.strip()):
        yield node


def shared_runs(text: str, domain_runs: set[tuple[str, ...]], n: int = RUN) -> list[str]:
    """The maximal runs of ``n`` or more words of ``text`` also found in DOMAIN.md."""
    words = tokens(text)
    hits = [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) in domain_runs]
    runs: list[str] = []
    start = end = None
    for i in hits:
        if start is not None and i <= end:
            end = i + n
            continue
        if start is not None:
            runs.append(" ".join(words[start:end]))
        start, end = i, i + n
    if start is not None:
        runs.append(" ".join(words[start:end]))
    return runs


def domain_runs(n: int = RUN) -> set[tuple[str, ...]]:
    words = tokens(DOMAIN.read_text(encoding="utf-8"))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_texts_are_in_our_own_words():
    if not DOMAIN.is_file():
        pytest.skip("DOMAIN.md is not beside the repository")
    runs = domain_runs()
    offences = []
    for name in TEXT_FILES:
        data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
        for text in shown_strings(data):
            offences += [f"{name}: {run!r}" for run in shared_runs(text, runs)]
    assert not offences, (
        f"runs of {RUN}+ words copied from DOMAIN.md; rewrite them in our own words:\n"
        + "\n".join(offences)
    )


def test_the_run_finder():
    runs = {tuple(tokens("one two three four five six seven"))[i : i + 3] for i in range(5)}
    assert shared_runs("x one two three four y", runs, 3) == ["one two three four"]
    assert shared_runs("One, TWO three; z", runs, 3) == ["one two three"]
    assert shared_runs("two one three four", runs, 3) == []
    assert list(
        shown_strings(
            {
                "id": "a b c d e f",
                "geometry": {"wkt": "POLYGON ((1 2))"},
                "zones": ["massage_zone"],
                "why": "Some words.",
            }
        )
    ) == ["Some words."]
