"""Starting the program: load, then build the window (qutebrowser's
``early_init`` / ``late_init`` split).

``create_main_window(zones_path=None)`` reads and validates the zone set first
and then builds the window around it, so the window is whole when it returns
(a QApplication must exist already).  A broken zone file falls back to the
built-in set; its problems are shown in the one problems dialog once the window
is up.  ``run_app`` is what the ``massage-trainer`` command runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication

from massage_trainer import __version__
from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import Tr
from massage_trainer.core.savefile import SaveError, atomic_output, png_complete
from massage_trainer.core.zones import ZoneFileError, ZoneSet, builtin_views, load_zone_set
from massage_trainer.language import apply_language, chosen_language
from massage_trainer.qtcheck import display_problem
from massage_trainer.ui.about import WelcomeDialog
from massage_trainer.ui.dialogs import ProblemsDialog, problems_summary
from massage_trainer.ui.errors import install_excepthook, setup_logging
from massage_trainer.ui.mainwindow import MainWindow


class AppText(Tr):
    """Texts of starting the program: the command's messages and the start-up dialogs."""


def _say(text: str) -> None:
    """A message for the terminal, after the command's name."""
    print(i18n.fill(AppText.tr("massage-trainer: {message}"), message=text), file=sys.stderr)


ORGANIZATION = paths.ORGANIZATION  # the data folder is named after these
APPLICATION = paths.APPLICATION
WELCOME_DELAY_MS = 300  # the welcome comes once the window has been drawn


def _configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("massage-trainer")


def load_zones(zones_path: str | Path | None, view: str | None = None) -> tuple[ZoneSet, list[str]]:
    """The zone set to start with and the problems of ``zones_path``: a broken
    file falls back to the built-in set (early start-up: no window yet).
    Without a file, ``view`` names the built-in view to start on (the one
    shown last); one that is gone or broken gives the back view."""
    if zones_path is None:
        if view and view in builtin_views():
            try:
                return load_zone_set(view=view), []
            except ZoneFileError:
                pass  # the back view, as if none was remembered
        return load_zone_set(), []
    try:
        return load_zone_set(zones_path), []
    except ZoneFileError as exc:
        return load_zone_set(), [str(p) for p in exc.problems]


def create_main_window(
    zones_path: str | Path | None = None, welcome: bool = False, view: str | None = None
) -> MainWindow:
    """Build the main window for a zone file (None: the built-in back view).

    With ``welcome`` the welcome dialog follows (unless switched off), after
    the problems dialog, if any, has closed.  ``view`` names the built-in view
    to open on (None: the one shown last).
    """
    settings = QSettings()
    # the words of the window and of the content it loads: chosen before either exists
    apply_language(chosen_language(settings))
    remembered = str(settings.value("view/current", "") or "") if zones_path is None else None
    zone_set, problems = load_zones(zones_path, view or remembered)
    views_path = None
    # a list of views opened from the command line offers all its views
    if (
        zones_path is not None
        and not problems
        and Path(zone_set.path).resolve() != Path(zones_path).resolve()
    ):
        views_path = Path(zones_path)
    window = MainWindow(zone_set, settings, views_path)
    if problems or welcome:
        QTimer.singleShot(
            0 if problems else WELCOME_DELAY_MS,
            window,
            lambda: _startup_dialogs(window, zones_path, problems, welcome),
        )
    return window


def _startup_dialogs(
    window: MainWindow, zones_path: str | Path | None, problems: list[str], welcome: bool
) -> None:
    """The problems of the zone file, then the welcome: one dialog at a time
    (late start-up: the window exists)."""
    if problems:
        retry = AppText.tr(
            "open it again with File > Open Zone Set\u2026", "what to do once the file is fixed"
        )
        ProblemsDialog.ask(  # modal: returns once closed
            window,
            AppText.tr("Cannot open the zone set"),
            problems_summary(
                paths.display_name(Path(zones_path)) if zones_path else AppText.tr("The zone file"),
                len(problems),
                AppText.tr("The built-in back view is open instead."),
                retry,
            ),
            problems,
        )
    if welcome and WelcomeDialog.wanted(window.settings):
        window.show_welcome()


def run_app(
    zones_path: Path | None = None,
    screenshot: Path | None = None,
    select: str | None = None,
    view: str | None = None,
) -> int:
    """The window (or, with ``screenshot``, a picture of it): on the zone file
    ``zones_path`` or the built-in ``view``, with zone ``select`` selected."""
    if view is not None:
        if zones_path is not None:
            _say(AppText.tr("give --zones or --view, not both"))
            return 2
        if view not in builtin_views():
            known = ", ".join(builtin_views())
            _say(
                i18n.fill(
                    AppText.tr("there is no view {view}; the views are: {views}"),
                    view=repr(view),
                    views=known,
                )
            )
            return 2
    if screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot is None:
        # Qt would abort with a platform-plugin message: say what is wrong
        problem = display_problem()
        if problem:
            _say(problem)
            return 1
    if screenshot is not None and zones_path is not None:
        # no one is there to close a dialog: a broken file is an error here
        try:
            load_zone_set(zones_path)
        except ZoneFileError as exc:
            for line in exc.problems:
                print(line, file=sys.stderr)
            return 1
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    _configure_application(app)
    window: MainWindow | None = None
    install_excepthook(lambda: window)
    setup_logging()
    window = create_main_window(
        zones_path, welcome=screenshot is None and select is None, view=view
    )
    if select:
        zone = window.zone_set.get(select)
        if zone is None:
            _say(i18n.fill(AppText.tr("no zone {zone} in this zone set"), zone=repr(select)))
            return 2
        window.view.select(zone)
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    # no dialog may wait for a click here: a warning goes to the terminal
    quiz = getattr(window, "quiz", None)
    warning = quiz.take_load_warning() if quiz is not None else None
    if warning:
        _say(warning)
    window.resize(QSize(1280, 880))
    window.show()
    for _ in range(3):
        app.processEvents()
    image = window.grab().toImage()
    path = Path(path)
    try:
        with atomic_output(path, verify=png_complete) as tmp:
            # the stubs want bytes for the format; PySide6 takes only a str here
            if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise SaveError(AppText.tr("the image could not be written"))
    except SaveError as exc:
        _say(i18n.fill(AppText.tr("cannot write {file}: {reason}"), file=path, reason=exc))
        return 1
    finally:
        window.close()
    print(
        i18n.fill(
            AppText.tr("wrote {file} ({width}x{height})", "a picture's size in pixels"),
            file=path,
            width=image.width(),
            height=image.height(),
        )
    )
    return 0
