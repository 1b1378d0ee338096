"""``massage-trainer validate``: one ok line per good file, one line per problem
as ``file:line: zone: message``, exit 1 on any problem, and never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from massage_trainer.cli import main
from massage_trainer.core import paths
from massage_trainer.core.zones import builtin_views
from tests.core.test_zone_loader import SQUARE, TECHNIQUES, edit, line_no

PROBLEM_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<zone>[\w #]+): (?P<message>.+)$")
ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args: str | Path) -> tuple[int, list[str], str]:
    code = main(["validate", *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines(), err


def write(tmp_path: Path, text: str | bytes, name: str = "square.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- good files -------------------------------------------------------------------------
def test_the_built_in_set_is_valid(capsys):
    code, lines, err = run(capsys)
    assert code == 0 and err == ""
    assert all(": ok: " in line for line in lines), lines
    # every view first, the back view leading, then the list of views and the
    # other built-in files
    back = lines[0]
    views = [line for line in lines if "views.yaml" in line]
    assert views == [
        f"zones/views.yaml: ok: {len(builtin_views())} views ({', '.join(builtin_views())})"
    ]
    for view, line in zip(builtin_views(), lines, strict=False):
        assert line.startswith(f"zones/{view}.yaml: ok: "), lines
    techniques, rules = lines[len(builtin_views()) + 1 : len(builtin_views()) + 3]
    assert re.fullmatch(
        r".*back\.yaml: ok: \d+ zones, \d+ landmarks, "
        r"body coverage \d+\.\d\d%",
        back,
    ), back
    assert re.fullmatch(r".*techniques\.yaml: ok: \d+ techniques in \d+ families", techniques)
    assert re.fullmatch(
        r".*rules\.yaml: ok: \d+ rules, \d+ contraindications, "
        r"\d+ session steps",
        rules,
    )


def test_the_built_in_files_named_one_by_one(capsys):
    folder = paths.zones_dir()
    code, lines, _ = run(
        capsys, folder / "back.yaml", folder / "techniques.yaml", folder / "rules.yaml"
    )
    assert code == 0
    assert [line.split(": ok: ")[0] for line in lines] == [
        paths.display_name(folder / name) for name in ("back.yaml", "techniques.yaml", "rules.yaml")
    ]


def test_a_small_valid_file(capsys, tmp_path):
    path = write(tmp_path, SQUARE)
    code, lines, _ = run(capsys, path)
    assert code == 0
    assert lines == [f"{paths.display_name(path)}: ok: 3 zones, 1 landmark, body coverage 100.00%"]


def test_a_relative_path_is_shown_as_given(capsys, tmp_path, monkeypatch):
    write(tmp_path, SQUARE)
    monkeypatch.chdir(tmp_path)
    code, lines, _ = run(capsys, "square.yaml")
    assert code == 0
    assert lines[0].startswith("square.yaml: ok: 3 zones")


# --- broken files ----------------------------------------------------------------------
def test_problems_are_printed_one_per_line(capsys, tmp_path):
    text = edit(SQUARE, "    side: none", "    colour: red\n    side: none")
    text = edit(text, "[effleurage]", "[efleurage]", after="id: half_right")
    path = write(tmp_path, text)
    code, lines, _ = run(capsys, path)
    assert code == 1
    parsed = [PROBLEM_LINE.match(line) for line in lines]
    assert all(parsed), lines
    found = {(m["file"], int(m["line"]), m["zone"]) for m in parsed}
    name = paths.display_name(path)
    assert found == {
        (name, line_no(text, "colour: red"), "crown"),
        (name, line_no(text, "[efleurage]"), "half_right"),
    }
    assert any("unknown technique 'efleurage'" in m["message"] for m in parsed)


def test_a_yaml_error_names_line_and_zone(capsys, tmp_path):
    text = edit(SQUARE, "why: The lower left part", "why: The lower: left part")
    path = write(tmp_path, text)
    code, lines, _ = run(capsys, path)
    assert code == 1
    line = line_no(text, "The lower: left")
    assert lines == [
        f"{paths.display_name(path)}:{line}: half_left: not valid YAML: "
        "mapping values are not allowed in this context"
    ]


def test_good_and_bad_files_together(capsys, tmp_path):
    good = write(tmp_path, SQUARE, "good.yaml")
    bad = write(tmp_path, edit(SQUARE, "format: 1", "format: 7"), "bad.yaml")
    code, lines, _ = run(capsys, good, bad)
    assert code == 1
    assert lines[0].startswith(f"{paths.display_name(good)}: ok:")
    assert lines[1:] == [
        f"{paths.display_name(bad)}:1: format 7 is not supported; this program reads format 1"
    ]


def test_a_broken_technique_file(capsys, tmp_path):
    text = TECHNIQUES.replace("pressure: light", "pressure: crushing")
    path = write(tmp_path, text, "techniques.yaml")
    code, lines, _ = run(capsys, path)
    assert code == 1
    match = PROBLEM_LINE.match(lines[0])
    assert match and len(lines) == 1, lines
    assert (int(match["line"]), match["zone"]) == (line_no(text, "crushing"), "press_here")


def test_a_zone_file_reports_its_technique_file(capsys, tmp_path):
    tech = write(
        tmp_path, TECHNIQUES.replace("pressure: light", "pressure: crushing"), "techniques.yaml"
    )
    path = write(tmp_path, SQUARE.replace("[effleurage]", "[press_here]"))
    code, lines, _ = run(capsys, path)
    assert code == 1
    assert [line.split(":")[0] for line in lines] == [paths.display_name(tech)]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "the file holds no data"),
        (b"# only a comment\n", "the file holds no data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe", "not UTF-8 text"),
        (bytes(range(1, 32)) * 4, "not valid YAML"),
        (b"\xef\xbb\xbf[1, 2", "not valid YAML"),
        (b"- just\n- a list\n", "must hold a mapping"),
        (b"zones: !!python/object/apply:os.system [echo]\n", "!!python/object/apply:os.system"),
    ],
)
def test_junk_gives_one_clear_line(capsys, tmp_path, content, words):
    path = write(tmp_path, content, "junk.yaml")
    code, lines, err = run(capsys, path)
    assert code == 1 and err == ""
    assert len(lines) == 1, lines
    assert lines[0].startswith(paths.display_name(path) + ":")
    assert words in lines[0]


def test_a_missing_file(capsys, tmp_path):
    path = tmp_path / "nowhere.yaml"
    code, lines, _ = run(capsys, path)
    assert code == 1
    assert lines == [f"{paths.display_name(path)}: cannot read the file: No such file or directory"]


def test_a_directory(capsys, tmp_path):
    code, lines, _ = run(capsys, tmp_path)
    assert code == 1
    assert lines == [
        f"{paths.display_name(tmp_path)}: cannot read the file: it is a folder, not a regular file"
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device(capsys):
    code, lines, _ = run(capsys, "/dev/zero")
    assert code == 1
    assert len(lines) == 1 and "it is a device, not a regular file" in lines[0]


def test_a_missing_file_does_not_stop_the_others(capsys, tmp_path):
    good = write(tmp_path, SQUARE)
    code, lines, _ = run(capsys, tmp_path / "nowhere.yaml", good)
    assert code == 1
    assert "cannot read the file" in lines[0]
    assert lines[1].startswith(f"{paths.display_name(good)}: ok:")


# --- the real command ----------------------------------------------------------------------
@pytest.mark.slow
def test_the_command_runs_without_qt():
    script = (
        "import sys; from massage_trainer.cli import main; code = main(['validate']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; "
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) >= 3 and all(": ok: " in line for line in lines), lines


@pytest.mark.slow
def test_python_m_massage_trainer_validate(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("zones/back.yaml: ok: ") and result.stderr == ""
    bad = write(tmp_path, b"\x00\xff junk", "junk.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "validate", str(bad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.startswith(str(bad)) and result.stderr == ""
