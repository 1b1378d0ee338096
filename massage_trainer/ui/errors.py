"""Unexpected errors in the window: logged to a file and shown in a dialog.

The program must not vanish: an exception that escapes a Qt slot reaches
``sys.excepthook``, which here writes it to the log in the user's data folder
and shows it in a dialog whose details can be copied for a bug report.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.ui.dialogs import ProblemsDialog


class ErrorsText(Tr):
    """Texts of the dialog about an unexpected error."""


log = logging.getLogger("massage_trainer")


def log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / "massage-trainer.log"


def setup_logging() -> Path | None:
    """Log warnings and errors to a rotating file; returns its path (None if it
    cannot be written, in which case logging goes to stderr only)."""
    path = log_path()
    for existing in log.handlers:  # already set up (the command run twice in one process)
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            return Path(existing.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=512 * 1024, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions to the log and an error dialog.

    ``parent_getter`` returns the window to parent the dialog to (or None).
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        print(details, file=sys.stderr)
        where = log_path()
        try:
            ProblemsDialog.ask(
                parent_getter(),
                ErrorsText.tr("Something went wrong"),
                i18n.fill(
                    ErrorsText.tr(
                        "Massage Trainer ran into an unexpected error. Your work and progress "
                        "are kept and the program carries on. If this keeps happening, please "
                        "report it with the details below (Copy details puts them on the "
                        "clipboard). They are also saved in {file}."
                    ),
                    file=where,
                ),
                details.splitlines(),
            )
        except Exception:  # the dialog itself failed: the log and stderr have it
            log.exception("could not show the error dialog")

    sys.excepthook = hook
