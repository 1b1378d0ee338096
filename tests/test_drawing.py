"""The drawing scripts in docs/drawing redraw the shipped views byte for byte.

Each script is run as its docstring says (``python docs/drawing/draw_back.py``)
on a copy of the repository's ``docs/drawing`` and ``zones`` folders, so the
test checks the mechanism (what the script writes is what ships), not any
particular number in the drawing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# script -> the zone file it draws
DRAWN = {"draw_back.py": "back.yaml", "draw_front.py": "front.yaml"}


def _first_difference(a: bytes, b: bytes) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), start=1):
        if x != y:
            return f"line {number}: drawn {x[:80]!r}, shipped {y[:80]!r}"
    return f"the drawn file has {len(a.splitlines())} lines, the shipped one {len(b.splitlines())}"


@pytest.mark.parametrize(("script", "drawn"), sorted(DRAWN.items()))
def test_drawing_script_regenerates_the_shipped_zone_file(tmp_path, script, drawn):
    shutil.copytree(ROOT / "docs" / "drawing", tmp_path / "docs" / "drawing")
    shutil.copytree(ROOT / "zones", tmp_path / "zones")
    (tmp_path / "zones" / drawn).unlink()  # the script must write it anew
    result = subprocess.run(
        [sys.executable, str(tmp_path / "docs" / "drawing" / script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "zones" / drawn).is_file(), f"{script} wrote no zones/{drawn}"
    # every file the script writes into zones/ must be the shipped one, byte for byte
    for written in sorted((tmp_path / "zones").iterdir()):
        shipped = ROOT / "zones" / written.name
        if written.is_file() and shipped.is_file():
            a, b = written.read_bytes(), shipped.read_bytes()
            assert a == b, f"zones/{written.name} differs at {_first_difference(a, b)}"
