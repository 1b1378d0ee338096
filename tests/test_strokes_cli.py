"""``massage-trainer validate`` reports the problems of the techniques' strokes,
each as ``file:line: technique: message``."""

from __future__ import annotations

from pathlib import Path

from massage_trainer.cli import main
from massage_trainer.core import paths

TECHNIQUES = paths.zones_dir() / "techniques.yaml"


def run(capsys, *args: str | Path) -> tuple[int, list[str]]:
    code = main(["validate", *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines()


def broken_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    text = TECHNIQUES.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path = tmp_path / "techniques.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, line


def test_the_real_strokes_pass(capsys):
    code, lines = run(capsys, TECHNIQUES)
    assert code == 0 and lines == [lines[0]] and ": ok: " in lines[0]


def test_an_unknown_landmark_in_a_technique_file(capsys, tmp_path):
    path, line = broken_copy(tmp_path, "[T12, -3.5, 0]", "[T21, -3.5, 0]")
    code, lines = run(capsys, path)
    assert code == 1
    assert any(
        f"techniques.yaml:{line}: fan_stroke: stroke 1: no landmark 'T21' on the back view" in x
        for x in lines
    ), lines


def test_strokes_for_a_view_that_does_not_exist(capsys, tmp_path):
    path, _line = broken_copy(
        tmp_path, "    strokes:\n      back:\n", "    strokes:\n      side:\n"
    )
    code, lines = run(capsys, path)
    assert code == 1
    assert any(
        ": strokes for an unknown view 'side'; the views are back, front" in x for x in lines
    ), lines


def test_a_zone_file_with_a_techniques_file_beside_it(capsys, tmp_path):
    """A zone file's own technique file is checked against that zone file's view."""
    broken_copy(tmp_path, "floats_over: [kidney]", "floats_over: []")
    view = tmp_path / "back.yaml"
    view.write_text((paths.zones_dir() / "back.yaml").read_text(encoding="utf-8"), "utf-8")
    code, lines = run(capsys, view)
    assert code == 1
    assert any(
        "techniques.yaml:" in x and "crosses the Avoid zone Kidney area (kidney)" in x
        for x in lines
    ), lines
