"""The regression corpus: every hostile file of ``tests/hostile/make_corpus.py``
through ``massage-trainer validate``, each in a child process bounded in time
and memory.  Every one must exit 1 with problems as ``file:line: ...`` (a file
that cannot be read at all as ``file: ...``), for the right reason, and
without a traceback.  A crash, a hang or a memory blow-up fails the case."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.make_corpus import EXPECTED, make_corpus

ROOT = Path(__file__).resolve().parent.parent
SECONDS = 20  # per file: the slowest takes well under two seconds
MEGABYTES = 1024  # more address space than the program held before the file

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (hasattr(os, "fork") and Path("/proc/self/status").exists()),
        reason="the corpus runner forks and reads /proc",
    ),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    cases = make_corpus(folder)
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "hostile" / "run_corpus.py"),
            str(SECONDS),
            str(MEGABYTES),
            *(str(path) for _, path in cases),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SECONDS * len(cases) + 60,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    by_path = {r["path"]: r for r in map(json.loads, run.stdout.splitlines())}
    return {name: by_path[str(path)] for name, path in cases}


def _failure(name: str, r: dict) -> str | None:
    """Why a case fails, or None."""
    out = r["output"]
    if r["signal"] is not None:
        return f"killed by signal {r['signal']}: {out[-300:]}"
    if r["exit"] != 1:
        return f"exit status {r['exit']}: {out[-300:]}"
    if "Traceback" in out:
        return f"a traceback: {out[-300:]}"
    problems = [line for line in out.splitlines() if line.strip() and ": ok: " not in line]
    if not problems:
        return f"no problem printed: {out[:300]}"
    for line in problems:
        pattern = r"^[^:]+: " if "cannot read the file" in line else r"^[^:]+:\d+: "
        if not re.match(pattern, line) or len(line) > 1000:
            return f"not a 'file:line: message' line: {line[:300]}"
    if EXPECTED[name] not in out:
        return f"not refused for the reason expected ({EXPECTED[name]!r}): {out[:300]}"
    return None


def test_every_hostile_file_is_refused_cleanly(results):
    """One test over the whole corpus: the corpus is made and run once."""
    assert not sorted(set(results) - set(EXPECTED)), "every case needs an expected reason"
    assert len(results) >= 40
    failures = {name: _failure(name, r) for name, r in sorted(results.items())}
    failures = {name: why for name, why in failures.items() if why}
    assert not failures, "\n".join(f"{name}: {why}" for name, why in failures.items())
