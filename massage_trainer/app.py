"""Starting the program: the application object, the main window, screenshots.

``create_main_window(zones_path=None)`` is the entry point tests and outside
checks use (a QApplication must exist already); ``run_app`` is what the
``massage-trainer`` command runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import __version__

ORGANIZATION = "Massage Trainer"
APPLICATION = "Massage Trainer"
WELCOME_DELAY_MS = 300  # the welcome comes once the window has been drawn


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
    from PySide6.QtCore import QTimer

    from .ui.mainwindow import MainWindow
    from .zones import ZoneFileError, load_zone_set

    problems: list[str] = []
    if zones_path is None:
        zone_set = load_zone_set()
    else:
        try:
            zone_set = load_zone_set(zones_path)
        except ZoneFileError as exc:
            problems = [str(p) for p in exc.problems]
            zone_set = load_zone_set()
    window = MainWindow(zone_set)
    if problems or welcome:
        QTimer.singleShot(0 if problems else WELCOME_DELAY_MS,
                          lambda: _startup_dialogs(window, zones_path, problems, welcome))
    return window


def _startup_dialogs(window, zones_path, problems: list[str], welcome: bool) -> None:
    """The problems of the zone file, then the welcome: one dialog at a time."""
    from .ui.about import WelcomeDialog
    from .ui.dialogs import ProblemsDialog

    if problems:
        ProblemsDialog.show_problems(  # modal: returns once closed
            window, "Cannot open the zone set",
            f"{zones_path} has problems, so the built-in back view is open instead:",
            problems)
    if welcome and WelcomeDialog.wanted(window.settings):
        window.show_welcome()


def run_app(zones_path: Path | None = None, screenshot: Path | None = None,
            select: str | None = None) -> int:
    if screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot is None:
        from .qtcheck import display_problem

        # Qt would abort with a platform-plugin message: say what is wrong
        problem = display_problem()
        if problem:
            print(f"massage-trainer: {problem}", file=sys.stderr)
            return 1
    if screenshot is not None and zones_path is not None:
        # no one is there to close a dialog: a broken file is an error here
        from .zones import ZoneFileError, load_zone_set

        try:
            load_zone_set(zones_path)
        except ZoneFileError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _configure_application(app)
    from .ui.errors import install_excepthook, setup_logging

    setup_logging()
    window = create_main_window(zones_path, welcome=screenshot is None)
    install_excepthook(lambda: window)
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
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if not image.save(str(tmp), "PNG"):
            raise OSError("the image could not be written")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"massage-trainer: cannot write {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
    print(f"wrote {path} ({image.width()}x{image.height()})")
    return 0
