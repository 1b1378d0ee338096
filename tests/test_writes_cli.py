"""Exit statuses that never lie: a reader that stops early (``| head -1``)
does not turn a failure into a success, for any command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BROKEN = "zones:\n  - id: a\n    safety: nonsense\n  - id: b\n"
COMMAND = [sys.executable, "-m", "massage_trainer"]


def _closed_pipe(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run with stdout a pipe whose reader has already gone."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [*COMMAND, *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        os.close(write)


@pytest.fixture
def broken(tmp_path) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early are POSIX")
def test_validate_of_a_broken_file_into_a_closed_pipe_exits_1(broken):
    run = _closed_pipe(["validate", str(broken)])
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early are POSIX")
def test_validate_of_good_files_into_a_closed_pipe_exits_0():
    run = _closed_pipe(["validate"])
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("head") is None, reason="bash")
def test_validate_broken_yaml_head_1_in_a_shell(broken):
    """The issue's own case: the exit status of the first command of the pipe."""
    line = " ".join(f"'{part}'" for part in [*COMMAND, "validate", str(broken), str(broken)])
    run = subprocess.run(
        ["bash", "-c", f"{line} | head -n 1; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stdout.count("\n") == 1 and "broken.yaml" in run.stdout
    assert "Traceback" not in run.stderr


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early are POSIX")
def test_a_failed_export_into_a_closed_pipe_exits_1(tmp_path):
    out = tmp_path / "sheet.svg"
    out.write_text("<svg/>")
    out.chmod(0o444)
    run = _closed_pipe(["export", "--out", str(out)])
    assert run.returncode == 1 and "read-only" in run.stderr


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early are POSIX")
def test_a_usage_error_into_closed_pipes_keeps_its_status(broken):
    run = _closed_pipe(["export", "--out", "x.txt"])
    assert run.returncode == 2


@pytest.mark.skipif(os.name != "posix", reason="pipes closed early are POSIX")
def test_help_into_a_closed_pipe_is_not_a_failure():
    run = _closed_pipe(["--help"])
    assert run.returncode == 0 and "Traceback" not in run.stderr


def test_say_stops_printing_once_the_reader_is_gone(monkeypatch):
    from massage_trainer import cli

    class Gone:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            raise ValueError("no file")

    monkeypatch.setattr(cli, "_closed", set())
    monkeypatch.setattr(sys, "stdout", Gone())
    cli.say("one")
    cli.say("two")  # no second attempt, no error
    assert cli._closed == {1}
