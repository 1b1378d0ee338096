"""``massage-trainer export``: each format, bad input, unwritable paths, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from massage_trainer.cli import main
from massage_trainer.paint import output


def unwritable(tmp_path: Path, case: str) -> Path:
    if case == "missing folder":
        return tmp_path / "no" / "such" / "out.pdf"
    if case == "a folder":
        folder = tmp_path / "taken.pdf"
        folder.mkdir()
        return folder
    if case == "name too long":  # the file system refuses it: no traceback either
        return tmp_path / ("a" * 300 + ".pdf")
    blocker = tmp_path / "afile"  # root ignores chmod, so a file stands in for a folder
    blocker.write_text("not a folder")
    return blocker / "out.pdf"


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
@pytest.mark.parametrize("case", ["missing folder", "a folder", "under a file", "name too long"])
def test_unwritable_path_fails_cleanly(qapp, tmp_path, capsys, case, suffix):
    target = unwritable(tmp_path, case)
    target = target.with_suffix(suffix) if case != "a folder" else target
    if case == "a folder" and suffix != ".pdf":
        target = tmp_path / f"taken{suffix}"
        target.mkdir()
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code = main(["export", "--out", str(target), "--dpi", "40"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"massage-trainer: cannot write {target}: ")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert out == ""


def test_unknown_extension_and_bad_resolution(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "sheet.docx")]) == 2
    assert "must end in .pdf, .png, .svg or .apkg" in capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "0"]) == 2
    assert "--dpi" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_export_command_writes_each_format(qapp, tmp_path, capsys):
    assert (
        main(["export", "--out", str(tmp_path / "ws.pdf"), "--page", "letter", "--worksheet"]) == 0
    )
    assert "wrote" in capsys.readouterr().out
    assert len(PdfReader(tmp_path / "ws.pdf").pages) == 2
    assert main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "36"]) == 0
    assert QImage(str(tmp_path / "d.png")).width() == round(output.IMAGE_SIZE_PT.width() / 2)
    assert main(["export", "--out", str(tmp_path / "d.svg")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.png", "d.svg", "ws.pdf"]


def test_export_command_reports_a_broken_zone_file(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nview: back\n")
    assert main(["export", "--out", str(tmp_path / "s.pdf"), "--zones", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "cannot read the zone set" in err and "bad.yaml" in err
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.slow
def test_command_runs_without_a_display(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "export", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and len(PdfReader(out).pages) >= 5


ON_ITS_OWN = """
import sys
from massage_trainer.cli import main
from PySide6.QtCore import QCoreApplication
code = main(["export", "--out", sys.argv[1]])
print(type(QCoreApplication.instance()).__name__, "PySide6.QtWidgets" in sys.modules, code)
"""


def test_a_command_on_its_own_does_not_load_the_widgets(tmp_path):
    """Painting and the translations need only Qt's GUI application: the
    widgets would only make the command start slower."""
    out = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [sys.executable, "-c", ON_ITS_OWN, str(out)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["QGuiApplication", "False", "0"]
    assert len(PdfReader(out).pages) >= 5


def test_export_pages_one(qapp, tmp_path, capsys):
    out = tmp_path / "front.pdf"
    assert main(["export", "--out", str(out), "--pages", "1", "--page", "letter"]) == 0
    assert "(1 page, US Letter)" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 1
