"""Where the built-in data lives, in a source checkout and in an installed wheel,
where the learner's own data is kept, and where a save dialog starts."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The names the window gives Qt (organisation and application); the data
#: folder is named after them.
ORGANIZATION = "Massage Trainer"
APPLICATION = "Massage Trainer"

_PACKAGE = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    # an installed wheel carries the folders inside the package; a source
    # checkout (or an editable install) has them beside it
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def zones_dir() -> Path:
    return _data_dir("zones")


def assets_dir() -> Path:
    return _data_dir("assets")


def builtin_zone_file() -> Path:
    """The default view's zone file (the back)."""
    return zones_dir() / "back.yaml"


def views_file() -> Path:
    """The list of built-in views, one zone file each."""
    return zones_dir() / "views.yaml"


def display_name(path: Path) -> str:
    """How messages name a file: relative to the working folder where possible,
    and built-in files by their folder and name alone."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        pass
    try:
        return str(path.resolve().relative_to(zones_dir().parent))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def default_save_folder(documents: Path | None, home: Path) -> Path:
    """The folder every save dialog suggests: the Documents folder if there is
    one on this computer, else the home folder.

    ``documents`` is what the desktop calls Documents (None when it names
    none); a Documents folder that is named but was never made, or was
    removed, is passed over, so a dialog never suggests a folder that is not
    there.
    """
    if documents is not None and Path(documents).is_dir():
        return Path(documents)
    return Path(home)


def user_data_dir(organization: str = ORGANIZATION, application: str = APPLICATION) -> Path:
    """The folder of the learner's own data (progress, the answer history, the
    log): the same folder the window uses, worked out without Qt.

    It is what Qt's ``QStandardPaths.AppDataLocation`` gives for these names:
    on Linux ``$XDG_DATA_HOME`` (or ``~/.local/share``), on Windows
    ``%APPDATA%``, on macOS ``~/Library/Application Support``, then the
    organisation and the application (an empty name is left out).  The window
    passes Qt's names, so the command line, the tests and the window agree.
    """
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    for part in (organization, application):
        if part:
            base = base / part
    return base
