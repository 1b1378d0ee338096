"""Text from a file on screen: shown as plain text (never rich text that
could load a local image), and shortened where a huge name would freeze the
window or push everything else off it.  And no start-up cache: nothing is
read from or written to the cache folder when the window starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import body, labels
from massage_trainer.paint.labels import LABEL_CHARS, SHOWN_CHARS, short_text
from massage_trainer.ui.dialogs import ProblemsDialog, problems_summary
from tests.hostile.make_corpus import edit

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = '<h1>BIG</h1><img src="x.png">'
LONG = "Right side of the very long and winding middle part of the back, " + "seen " * 3


def zone_file(folder: Path, name: str) -> Path:
    path = folder / "square.yaml"
    path.write_text(edit("name: Crown", f"name: '{name}'"), encoding="utf-8")
    return path


def test_short_text_keeps_short_names_and_cuts_long_ones():
    assert short_text("Crown") == "Crown"
    cut = short_text("word " * 40, 20)
    assert len(cut) == 20 and cut.endswith("\u2026")
    assert short_text("a\n  b") == "a b"


def test_a_name_with_markup_is_shown_literally_in_the_status_bar(open_window, tmp_path, qtbot):
    win = open_window()
    assert win.load_zone_file(zone_file(tmp_path, HOSTILE))
    zone = win.zone_set.zone("crown")
    win._on_hover(zone)
    assert win.zone_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in win.zone_label.text()
    hover = win.view.hover_texts(zone)
    assert hover and hover[-1].startswith(HOSTILE)


def test_a_long_name_is_shortened_in_the_status_bar_and_on_the_map(open_window, tmp_path):
    name = LONG[:80]
    win = open_window()
    assert win.load_zone_file(zone_file(tmp_path, name))
    zone = win.zone_set.zone("crown")
    assert all(len(t) <= SHOWN_CHARS for t in win.view.hover_texts(zone))
    area = QRectF(0, 0, 800, 600)
    transform = body.fit_transform(body.scene_for(win.zone_set).bounds, area, 2.0)
    placed = labels.place_labels(win.zone_set, transform, QFontMetricsF(labels.label_font()), area)
    crown = next(label for label in placed if label.zone_id == "crown")
    assert len(crown.text) == LABEL_CHARS and crown.text.endswith("\u2026")
    assert len(name) > LABEL_CHARS


def test_the_problems_dialog_heading_is_plain_text(qtbot):
    summary = problems_summary(f"{HOSTILE}.yaml", 1, "Nothing changed.", "open it again")
    dialog = ProblemsDialog(None, "Cannot open", summary, [f"{HOSTILE}.yaml:1: a problem"])
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel)
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text().startswith(HOSTILE)
    assert HOSTILE in dialog.details.toPlainText()


def test_a_very_long_file_name_is_shortened_in_the_heading():
    summary = problems_summary("x" * 5000 + ".yaml", 2, "Nothing changed.", "open it again")
    assert len(summary) < 300 and "\u2026" in summary and summary.split(" has ")[0].endswith("yaml")


def test_a_name_with_markup_loads_as_written(tmp_path):
    # markup in a name is no error: it is text, and shown as text
    assert load_zone_set(zone_file(tmp_path, HOSTILE)).zone("crown").name == HOSTILE


# --- row 20: no start-up cache --------------------------------------------------
def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_start_up_reads_and_writes_no_cache(tmp_path):
    """A forged cache of the old kind (a FIFO that would hang any reader, a
    stale scene) sits where the cache was: the window starts, and nothing
    under the cache folder is read, changed or added."""
    cache = tmp_path / "cache"
    old = cache / "Massage Trainer" / "Massage Trainer" / "scenes"
    old.mkdir(parents=True)
    os.mkfifo(old / "back.scene")
    (old / "stale.scene").write_bytes(b"\0" * 1024)
    before = _snapshot(cache)
    env = dict(os.environ)
    env.update(
        XDG_CACHE_HOME=str(cache),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "--screenshot", str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a reader of the FIFO would hang here
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert shot.stat().st_size > 0
    after = _snapshot(cache)
    ours = {k: v for k, v in after.items() if "assage" in k or k not in before}
    ours = {k: v for k, v in ours.items() if not k.startswith(("fontconfig", "mesa"))}
    assert ours == {k: v for k, v in before.items() if k in ours}
    assert set(after) >= set(before)


def test_a_map_of_more_zones_than_can_be_named_is_drawn_without_names(qapp, monkeypatch):
    zs = load_zone_set()
    area = QRectF(0, 0, 800, 600)
    transform = body.fit_transform(body.scene_for(zs).bounds, area, 2.0)
    metrics = QFontMetricsF(labels.label_font())
    assert labels.place_labels(zs, transform, metrics, area)
    monkeypatch.setattr(labels, "MAX_LABELLED", len(zs.zones) - 1)
    assert labels.place_labels(zs, transform, metrics, area) == []
