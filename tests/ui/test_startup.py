"""Starting fast: the start-up cache (scenecache) and the window that shows its
first frame from it, then loads the zone set."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMenu

from massage_trainer import app as app_module
from massage_trainer import scenecache
from massage_trainer.app import create_main_window, start_main_window
from massage_trainer.core import paths
from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import body as render
from massage_trainer.ui.dialogs import ProblemsDialog

LONG_AGO_NS = 1_000_000_000 * 10**9  # 2001: a file time well before any load


@pytest.fixture
def zone_dir(tmp_path) -> Path:
    """A copy of the built-in zone, technique and rules files, dated in the past
    (a file changed within seconds of being loaded is never cached)."""
    folder = tmp_path / "zones"
    folder.mkdir()
    for name in ("back.yaml", "techniques.yaml", "rules.yaml"):
        shutil.copy(paths.zones_dir() / name, folder / name)
        os.utime(folder / name, ns=(LONG_AGO_NS, LONG_AGO_NS))
    return folder


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


def prime(zone_file: Path, cache: Path) -> None:
    zone_set = load_zone_set(zone_file)
    assert scenecache.store_preview(zone_set, render.scene_for(zone_set), time.time_ns(), cache)


def picture(source, **options) -> QImage:
    image = QImage(600, 900, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render.paint_body(painter, source, QRectF(0, 0, 600, 900), render.RenderOptions(**options))
    painter.end()
    return image


# --- the cache file ------------------------------------------------------------------
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"labels": True, "landmarks": True},
        {"colours": False, "lines": False},
        {"dimmed": True, "highlighted": frozenset({"spine", "kidney_left"})},
        {"selected": "massage_zone_left", "hovered": "spine"},
    ],
)
def test_a_cached_scene_paints_exactly_like_the_zone_set(qapp, zone_dir, cache, options):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    preview = scenecache.load_preview(zone_file, cache)
    assert preview is not None
    zone_set = load_zone_set(zone_file)
    assert preview.title == zone_set.title
    assert preview.disclaimer == zone_set.rules.disclaimer
    assert preview.zone_count == len(zone_set.zones)
    assert picture(preview.scene, **options) == picture(zone_set, **options)


@pytest.mark.parametrize("changed", ["back.yaml", "techniques.yaml", "rules.yaml"])
def test_any_changed_source_file_makes_the_cache_stale(qapp, zone_dir, cache, changed):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    assert scenecache.load_preview(zone_file, cache) is not None
    with (zone_dir / changed).open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    assert scenecache.load_preview(zone_file, cache) is None


def test_a_rules_file_put_beside_the_zone_file_makes_the_cache_stale(qapp, tmp_path, cache):
    """A zone file alone in its folder reads the built-in rules; a rules.yaml
    placed beside it later would be read instead."""
    folder = tmp_path / "mine"
    folder.mkdir()
    zone_file = folder / "back.yaml"
    shutil.copy(paths.zones_dir() / "back.yaml", zone_file)
    os.utime(zone_file, ns=(LONG_AGO_NS, LONG_AGO_NS))
    prime(zone_file, cache)
    assert scenecache.load_preview(zone_file, cache) is not None
    shutil.copy(paths.zones_dir() / "rules.yaml", folder / "rules.yaml")
    assert scenecache.load_preview(zone_file, cache) is None


def test_each_zone_file_has_its_own_cache(qapp, zone_dir, cache, tmp_path):
    other = tmp_path / "other.yaml"
    shutil.copy(zone_dir / "back.yaml", other)
    prime(zone_dir / "back.yaml", cache)
    assert scenecache.load_preview(other, cache) is None
    assert scenecache.load_preview(zone_dir / "back.yaml", cache) is not None


def test_another_program_version_ignores_the_cache(qapp, zone_dir, cache, monkeypatch):
    prime(zone_dir / "back.yaml", cache)
    monkeypatch.setattr(scenecache, "__version__", "0.0.0-other")
    assert scenecache.load_preview(zone_dir / "back.yaml", cache) is None


def test_damaged_cache_files_are_ignored(qapp, zone_dir, cache):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    target = scenecache.cache_file(zone_file, cache)
    whole = target.read_bytes()
    damaged = [
        b"",
        whole[:7],
        whole[: len(whole) // 2],
        whole[:-1],
        whole + b"\0",
        b"\xff" * 64 + whole[64:],
        whole[:200] + b"\x7f\xff\xff\xff" + whole[204:],
    ]
    for data in damaged:
        target.write_bytes(data)
        assert scenecache.load_preview(zone_file, cache) is None, len(data)
    target.write_bytes(whole)
    assert scenecache.load_preview(zone_file, cache) is not None


def forge(zone_file: Path, cache: Path, body_parts) -> scenecache.Preview | None:
    """Write a cache file whose body is ``body_parts(stream)`` under a correct
    header and digest, so that the body's own checks are what is tested."""
    body = QByteArray()
    body_parts(scenecache._writer(body))
    target = scenecache.cache_file(zone_file, cache)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(scenecache._with_header(bytes(body.data())))
    return scenecache.load_preview(zone_file, cache)


def test_a_sound_digest_does_not_make_a_bad_body_acceptable(qapp, zone_dir, cache):
    zone_file = zone_dir / "back.yaml"
    zone_set = load_zone_set(zone_file)
    scene = render.scene_for(zone_set)
    digests = [(str(p.resolve()), scenecache._file_digest(p)) for p in zone_set.sources]

    def body(stream, *, count=None, scene=scene, end=scenecache.END, extra=False):
        stream.writeInt32(len(digests) if count is None else count)
        for path, digest in digests:
            stream.writeQString(path)
            stream.writeQString(digest)
        stream.writeInt32(0)  # no absent files
        stream.writeQString(zone_set.title)
        stream.writeQString(zone_set.rules.disclaimer)
        scenecache._write_scene(stream, scene)
        stream.writeInt32(end)
        if extra:
            stream.writeInt32(0)

    assert forge(zone_file, cache, body) is not None  # the forger itself is sound

    def like(zones):  # what _write_scene reads of a scene, with other zones
        return SimpleNamespace(
            outline=scene.outline,
            zones=zones,
            paths=scene.paths,
            hatches=scene.hatches,
            labels=scene.labels,
            lines=scene.lines,
            landmarks=scene.landmarks,
        )

    unknown_level = like(
        [z._replace(safety="mostly safe") if z.id == "spine" else z for z in scene.zones]
    )
    twice = like([*scene.zones, scene.zones[0]])
    for bad in (
        lambda st: body(st, count=2_000_000_000),
        lambda st: body(st, end=0),
        lambda st: body(st, extra=True),
        lambda st: body(st, scene=unknown_level),
        lambda st: body(st, scene=twice),
    ):
        assert forge(zone_file, cache, bad) is None


def test_an_unchanged_cache_is_not_rewritten(qapp, zone_dir, cache):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    target = scenecache.cache_file(zone_file, cache)
    before = target.stat().st_ino, target.read_bytes()
    prime(zone_file, cache)
    assert (target.stat().st_ino, target.read_bytes()) == before  # the same file


def test_the_cache_keeps_the_files_used_most_recently(qapp, zone_dir, cache, tmp_path):
    cache.mkdir()
    old = []
    for n in range(scenecache.KEEP_FILES + 5):  # caches of zone files opened long ago
        f = cache / f"{n:024d}.scene"
        f.write_bytes(b"an old cache")
        os.utime(f, ns=(LONG_AGO_NS + n * 10**9, LONG_AGO_NS + n * 10**9))
        old.append(f)
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    kept = set(cache.glob("*.scene"))
    assert len(kept) == scenecache.KEEP_FILES
    assert scenecache.cache_file(zone_file, cache) in kept
    assert set(old[-(scenecache.KEEP_FILES - 1) :]) <= kept  # the newest of the old
    # a cache in use is marked as used even when it is not rewritten
    target = scenecache.cache_file(zone_file, cache)
    os.utime(target, ns=(LONG_AGO_NS, LONG_AGO_NS))
    prime(zone_file, cache)
    assert target.stat().st_mtime_ns > LONG_AGO_NS


def test_a_file_changed_just_before_loading_is_not_cached(qapp, zone_dir, cache):
    zone_file = zone_dir / "back.yaml"
    os.utime(zone_file)  # now: it may have changed while it was being read
    zone_set = load_zone_set(zone_file)
    assert not scenecache.store_preview(zone_set, render.scene_for(zone_set), time.time_ns(), cache)
    assert not scenecache.cache_file(zone_file, cache).exists()


def test_an_unwritable_cache_is_no_error(qapp, zone_dir, tmp_path, caplog):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    zone_set = load_zone_set(zone_dir / "back.yaml")
    scene = render.scene_for(zone_set)
    loaded_at = time.time_ns()
    assert not scenecache.store_preview(zone_set, scene, loaded_at, blocked / "cache")
    assert "could not write the start-up cache" in caplog.text
    # the same call with a folder that can be written
    assert scenecache.store_preview(zone_set, scene, loaded_at, tmp_path / "cache")


# --- the window --------------------------------------------------------------------
def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def menu_entries(window) -> dict[str, list[str]]:
    return {
        a.text(): [e.text() for e in a.menu().actions()]
        for a in window.menuBar().actions()
        if isinstance(a.menu(), QMenu)
    }


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_first_frame_comes_from_the_cache_then_the_window_is_whole(
    qtbot, fresh_settings, zone_dir, cache
):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    whole = create_main_window(zone_file)
    qtbot.addWidget(whole)

    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    assert window.zone_set is None and not window.is_ready
    # the first frame already looks like the finished window
    assert menu_titles(window) == menu_titles(whole)
    assert tab_titles(window) == tab_titles(whole)
    assert window.windowTitle() == whole.windowTitle()
    assert window.notice.text() == whole.notice.text()
    window.resize(900, 700)
    first = []  # the frame painted from the cache, as it was painted

    def grab_first() -> None:
        assert window.zone_set is None
        first.append(window.view.grab().toImage())

    window.view.firstPainted.connect(grab_first)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.is_ready and window.zone_set is not None
    assert window.zone_set.path == zone_file
    assert menu_entries(window) == menu_entries(whole)
    assert tab_titles(window) == tab_titles(whole)
    assert not window._later_tabs and not window._later_menus
    assert window.tabs.currentWidget() is window.info
    # the loaded zone set paints the very picture the cache did
    assert window.view.grab().toImage() == first[0]


def test_the_map_answers_only_once_the_zone_set_is_loaded(qtbot, fresh_settings, zone_dir, cache):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    window.resize(900, 700)
    view = window.view
    landmarks = load_zone_set(zone_file).landmarks
    # before: nothing is selected yet, nothing fails, the keyboard finds no zone
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*landmarks["T7"]))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected is None and view.cursor_zone is None
    assert "Pick a zone" in window.info.toPlainText()
    # the click made while loading counts once the zone set is there
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: view.selected is not None, timeout=5000)
    assert view.selected.name == "Spine"
    text = window.info.toPlainText()
    assert "Spine" in text and "Avoid" in text
    # and from then on every click answers at once
    x, y = landmarks["scapula_inferior_angle_right"]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(x + 1.0, y - 4.0))
    assert "Shoulder blade" in window.info.toPlainText()


def test_without_a_cache_the_window_is_whole_at_once_and_writes_it(
    qtbot, fresh_settings, zone_dir, cache
):
    zone_file = zone_dir / "back.yaml"
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    assert window.is_ready and window.zone_set is not None
    window.show()
    qtbot.waitUntil(lambda: scenecache.cache_file(zone_file, cache).exists(), timeout=5000)
    assert scenecache.load_preview(zone_file, cache) is not None


def test_a_zone_file_broken_after_the_first_frame_falls_back_and_says_so(
    qtbot, fresh_settings, zone_dir, cache, monkeypatch
):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "show_problems",
        classmethod(lambda cls, parent, title, summary, problems: shown.append(problems)),
    )
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    painted_from_cache = []

    def edit_meanwhile() -> None:  # between the first frame and the loading
        painted_from_cache.append(window.zone_set is None)
        zone_file.write_text("format: 1\nzones: [\n", encoding="utf-8")

    window.view.firstPainted.connect(edit_meanwhile)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert painted_from_cache == [True]
    assert window.zone_set.path == paths.builtin_zone_file()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert any("back.yaml" in line for line in shown[0])


def test_a_window_that_is_never_painted_still_loads(
    qtbot, fresh_settings, zone_dir, cache, monkeypatch
):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    monkeypatch.setattr(app_module, "FINISH_FALLBACK_MS", 50)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)  # never shown
    qtbot.waitSignal(window.ready, timeout=5000).wait()
    assert window.is_ready


FIRST_FRAME = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication
from massage_trainer.ui.bodyview import BodyView
from massage_trainer.app import start_main_window
original = BodyView.paintEvent
def painted(self, event):
    original(self, event)
    heavy = ("shapely", "numpy", "yaml", "massage_trainer.core.zones", "massage_trainer.core.quiz")
    print(json.dumps({name: name in sys.modules for name in heavy}), flush=True)
    os._exit(0)
BodyView.paintEvent = painted
app = QApplication([])
window = start_main_window(sys.argv[1], cache_folder=__import__("pathlib").Path(sys.argv[2]))
window.show()
app.exec()
"""


def test_the_first_frame_needs_no_geometry_library(qapp, zone_dir, cache):
    """What the design rests on: the cached first frame is painted before
    shapely, numpy, PyYAML or the zone loader are imported."""
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(zone_file), str(cache)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=paths.zones_dir().parent,
    )
    assert out.returncode == 0, out.stderr
    imported = json.loads(out.stdout.splitlines()[-1])
    assert not any(imported.values()), imported


def test_a_tab_chosen_during_the_first_frame_works_once_loaded(
    qtbot, fresh_settings, zone_dir, cache
):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    titles = tab_titles(window)
    window.tabs.setCurrentIndex(titles.index("Rou&tine"))  # still the placeholder
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.tabs.currentWidget() is window.routines.panel
    # the tab took the map as it does on any tab change
    assert window.routines.routine is not None
    assert window.view.options.dimmed
    assert window.view.options.highlighted == frozenset(window.routines.step.zone_ids)


def test_a_cache_that_does_not_match_what_loads_is_rewritten(
    qtbot, fresh_settings, zone_dir, cache
):
    """Program code that paints differently passes the file digests; the
    start that loads the truth writes it over the stale picture."""
    zone_file = zone_dir / "back.yaml"
    real = load_zone_set(zone_file)
    stale = dataclasses.replace(real, title="Yesterday's view")
    assert scenecache.store_preview(stale, render.scene_for(real), time.time_ns(), cache)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Yesterday's view")
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.windowTitle().startswith(real.title)
    assert scenecache.load_preview(zone_file, cache).title == real.title


def test_a_start_that_cannot_load_closes_the_picture(
    qtbot, fresh_settings, zone_dir, cache, monkeypatch
):
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)

    def fail(zones_path):
        raise RuntimeError("the zone loader broke")

    monkeypatch.setattr(app_module, "_load", fail)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    with qtbot.captureExceptions() as raised:
        window.show()
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert "the zone loader broke" in str(raised[0][1])
    assert not window.isVisible() and not window.is_ready


def test_what_the_learner_did_during_the_first_frame_stays(
    qtbot, fresh_settings, zone_dir, cache, tmp_path, monkeypatch
):
    """A zoom, or another zone set opened, before loading ends are kept."""
    zone_file = zone_dir / "back.yaml"
    prime(zone_file, cache)
    window = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(window)
    window.view.zoom_by(2.0)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    assert window.view.zoom == pytest.approx(2.0)

    shown = []
    monkeypatch.setattr(
        ProblemsDialog, "show_problems", classmethod(lambda cls, *args: shown.append(args))
    )
    other = zone_dir / "other.yaml"
    shutil.copy(zone_file, other)
    second = start_main_window(zone_file, cache_folder=cache)
    qtbot.addWidget(second)
    assert second.load_zone_file(other)  # File > Open Zone Set, before loading ends
    with qtbot.waitSignal(second.ready, timeout=5000):
        second.show()
    assert second.zone_set.path == other and not shown
