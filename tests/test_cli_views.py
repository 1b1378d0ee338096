"""``massage-trainer export`` with --view (one view, or every view in one PDF
sheet), and the Anki deck by file name."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest
from pypdf import PdfReader

from massage_trainer.cli import main


def test_a_sheet_of_the_front_view(qapp, tmp_path, capsys):
    out = tmp_path / "front.pdf"
    assert main(["export", "--out", str(out), "--view", "front", "--pages", "1"]) == 0
    assert "wrote" in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert "Front" in text and "Back view" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--view", "sideways"], "there is no view 'sideways'; the views are: back, front"),
        (["--view", "back", "--zones", "x.yaml"], "give --zones or --view, not both"),
    ],
)
def test_bad_view_choices_are_usage_errors(tmp_path, capsys, argv, message):
    out = tmp_path / "sheet.pdf"
    assert main(["export", "--out", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_sheet_of_every_view(qapp, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["export", "--view", "all", "--out", str(out)]) == 0
    pages = len(PdfReader(out).pages)
    said = capsys.readouterr().out
    assert said == f"wrote {out} ({pages} pages, A4; back, front)\n"
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert 6 < pages <= 10
    assert texts[0].startswith("Back view: where") and texts[1].startswith("Front view: where")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_every_view_is_refused_for_an_image(tmp_path, capsys, suffix):
    out = tmp_path / f"diagram{suffix}"
    assert main(["export", "--view", "all", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"massage-trainer: a diagram image ({suffix}) shows one view: choose one with "
        "--view, or write every view into a PDF sheet (.pdf) or an Anki deck (.apkg)\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_an_anki_deck_by_its_file_name(qapp, tmp_path, capsys):
    out = tmp_path / "back.apkg"
    assert main(["export", "--out", str(out), "--view", "back"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"wrote {out} (") and "; back)" in said
    with zipfile.ZipFile(out) as deck:
        names = deck.namelist()
    assert "media" in names and any(n.startswith("collection.anki2") for n in names)
    assert len(names) > 20  # the card images


def test_a_deck_that_cannot_be_written_says_why(qapp, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "zones.apkg"
    assert main(["export", "--out", str(out), "--view", "back"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"massage-trainer: cannot write {out}: ") and "does not exist" in err


@pytest.mark.slow
def test_the_deck_command_needs_no_application_of_its_own(tmp_path):
    # the card images carry text (the person's left and right): the command
    # makes its own QGuiApplication, as the sheet's does
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = tmp_path / "back.apkg"
    done = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "export", "--out", str(out), "--view", "back"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert zipfile.is_zipfile(out)
