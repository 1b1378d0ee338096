"""Starting the program: the application object, the main window, screenshots.

``create_main_window(zones_path=None)`` is the entry point tests and outside
checks use (a QApplication must exist already): the window is whole when it
returns.  ``run_app`` is what the ``massage-trainer`` command runs; it opens
the window with ``start_main_window``, which shows the first frame from the
start-up cache and loads the zone set right after it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from massage_trainer import __version__
from massage_trainer.core.savefile import SaveError, atomic_output

ORGANIZATION = "Massage Trainer"
APPLICATION = "Massage Trainer"
WELCOME_DELAY_MS = 300  # the welcome comes once the window has been drawn
FINISH_FALLBACK_MS = 1000


def _configure_application(app) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("massage-trainer")


def create_main_window(zones_path: str | Path | None = None, welcome: bool = False):
    """Build the main window for a zone file (None: the built-in back view).

    A broken zone file falls back to the built-in set; its problems are shown in
    one dialog once the window is up.  With ``welcome`` the welcome dialog
    follows (unless switched off), after the problems dialog has closed.
    """
    from massage_trainer.ui.mainwindow import MainWindow

    zone_set, problems = _load(zones_path)
    window = MainWindow(zone_set)
    _after_start(window, zones_path, problems, welcome)
    return window


def start_main_window(
    zones_path: str | Path | None = None, welcome: bool = False, cache_folder: Path | None = None
):
    """The window as the ``massage-trainer`` command opens it.

    When the start-up cache (see ``scenecache``) is current for the zone file,
    the window shows its first frame from it and loads the zone set right
    after that frame; it emits ``ready`` once whole.  Otherwise this is
    ``create_main_window``.  Either way the cache is brought up to date with
    what was loaded, for the next start.
    """
    from massage_trainer.core import paths
    from massage_trainer.scenecache import load_preview

    zone_file = Path(zones_path) if zones_path is not None else paths.builtin_zone_file()
    preview = load_preview(zone_file, cache_folder)
    if preview is None:
        started = time.time_ns()
        window = create_main_window(zones_path, welcome)
        after_first_frame(window, lambda: _store_preview(window.zone_set, started, cache_folder))
        return window

    from massage_trainer.ui.mainwindow import MainWindow

    window = MainWindow(preview=preview)

    def finish() -> None:
        if window.is_ready:
            return
        if window.zone_set is not None:  # the learner opened another set meanwhile
            window.finish(window.zone_set)
            return
        started = time.time_ns()
        try:
            zone_set, problems = _load(zones_path)
        except Exception:
            # nothing to show but a picture: close, and let the error be reported
            window.close()
            raise
        window.finish(zone_set)
        _after_start(window, zones_path, problems, welcome)
        # the cached picture may not match what loaded (program code changed,
        # a file replaced with its old date): then it is rewritten now
        _store_preview(zone_set, started, cache_folder)

    after_first_frame(window, finish)
    return window


def after_first_frame(window, work) -> None:
    """Run ``work`` once, as soon as the window's map has been painted the first
    time; a window that is never painted (started minimised, say) runs it
    after FINISH_FALLBACK_MS."""
    from PySide6.QtCore import QTimer

    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            work()

    # timers tied to the window: none fires once it is gone
    window.view.firstPainted.connect(lambda: QTimer.singleShot(0, window, run))
    QTimer.singleShot(FINISH_FALLBACK_MS, window, run)


def _load(zones_path: str | Path | None):
    """The zone set to start with and the problems of ``zones_path``: a broken
    file falls back to the built-in set."""
    from massage_trainer.core.zones import ZoneFileError, load_zone_set

    if zones_path is None:
        return load_zone_set(), []
    try:
        return load_zone_set(zones_path), []
    except ZoneFileError as exc:
        return load_zone_set(), [str(p) for p in exc.problems]


def _after_start(window, zones_path, problems: list[str], welcome: bool) -> None:
    from PySide6.QtCore import QTimer

    if problems or welcome:
        QTimer.singleShot(
            0 if problems else WELCOME_DELAY_MS,
            lambda: _startup_dialogs(window, zones_path, problems, welcome),
        )


def _store_preview(zone_set, started_ns: int, folder: Path | None) -> None:
    from massage_trainer.paint.body import scene_for
    from massage_trainer.scenecache import store_preview

    store_preview(zone_set, scene_for(zone_set), started_ns, folder)


def _startup_dialogs(window, zones_path, problems: list[str], welcome: bool) -> None:
    """The problems of the zone file, then the welcome: one dialog at a time."""
    from massage_trainer.ui.about import WelcomeDialog
    from massage_trainer.ui.dialogs import ProblemsDialog

    if problems:
        ProblemsDialog.show_problems(  # modal: returns once closed
            window,
            "Cannot open the zone set",
            f"{zones_path} has problems, so the built-in back view is open instead:",
            problems,
        )
    if welcome and WelcomeDialog.wanted(window.settings):
        window.show_welcome()


def run_app(
    zones_path: Path | None = None, screenshot: Path | None = None, select: str | None = None
) -> int:
    if screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot is None:
        from massage_trainer.qtcheck import display_problem

        # Qt would abort with a platform-plugin message: say what is wrong
        problem = display_problem()
        if problem:
            print(f"massage-trainer: {problem}", file=sys.stderr)
            return 1
    if screenshot is not None and zones_path is not None:
        # no one is there to close a dialog: a broken file is an error here
        from massage_trainer.core.zones import ZoneFileError, load_zone_set

        try:
            load_zone_set(zones_path)
        except ZoneFileError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _configure_application(app)
    from massage_trainer.ui.errors import install_excepthook, setup_logging

    window = None
    install_excepthook(lambda: window)
    if screenshot is None and select is None:
        window = start_main_window(zones_path, welcome=True)
        after_first_frame(window, setup_logging)  # not needed for the first frame
    else:  # a picture or a selection needs the zone set at once
        setup_logging()
        window = create_main_window(zones_path, welcome=False)
    if select:
        zone = window.zone_set.get(select)
        if zone is None:
            print(f"massage-trainer: no zone {select!r} in this zone set", file=sys.stderr)
            return 2
        window.view.select(zone)
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


def _screenshot(app, window, path: Path) -> int:
    from PySide6.QtCore import QSize

    window.resize(QSize(1280, 880))
    window.show()
    for _ in range(3):
        app.processEvents()
    image = window.grab().toImage()
    path = Path(path)
    try:
        with atomic_output(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise SaveError("the image could not be written")
    except SaveError as exc:
        print(f"massage-trainer: cannot write {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
    print(f"wrote {path} ({image.width()}x{image.height()})")
    return 0
