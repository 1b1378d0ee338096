"""The texts written in the Qt-free modules are in the project's own words too."""

from __future__ import annotations

import ast

import pytest

from massage_trainer.core.where import describe_zone
from massage_trainer.core.zones import load_zone_set
from tests.core.test_own_words import DOMAIN, ROOT, domain_runs, shared_runs

MODULES = [
    "massage_trainer/core/where.py",
    "massage_trainer/core/quiz/wording.py",
    "massage_trainer/core/routine_session.py",
    "massage_trainer/core/safety.py",
]


def test_module_texts_and_descriptions_are_our_own():
    if not DOMAIN.is_file():
        pytest.skip("DOMAIN.md is not beside the repository")
    runs = domain_runs()
    offences = []
    for name in MODULES:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                offences += [f"{name}: {run!r}" for run in shared_runs(node.value, runs)]
    zone_set = load_zone_set()
    for zone in zone_set.zones:
        text = describe_zone(zone_set, zone)
        offences += [f"{zone.id}: {run!r}" for run in shared_runs(text, runs)]
    assert not offences, "runs copied from DOMAIN.md:\n" + "\n".join(offences)
