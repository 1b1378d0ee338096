"""Can Qt open a window here?  Names the missing system libraries if not.

Qt's own message for a missing library is a platform-plugin error that does
not say what to install.  ``python -m massage_trainer.qtcheck`` (run by
``make run``) checks the X11 platform plugin with ``ldd`` first and, on
failure, prints the missing libraries and the command that installs them.
It imports no Qt module, so it works when Qt itself cannot start.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from massage_trainer.core.i18n import Tr


class QtCheckText(Tr):
    """Texts of the check for the system libraries Qt needs."""


# shared library -> Debian/Ubuntu package
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


def package_for(library: str) -> str:
    """The Debian package that usually ships ``library``."""
    if library in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[library]
    stem, _, version = library.partition(".so.")
    name = stem.lower()
    return f"{name}{'-' if name[-1:].isdigit() else ''}{version.split('.')[0]}"


def _qt_dir() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing_libraries(qt_dir: Path | None = None, platform: str = "xcb") -> list[str]:
    """Shared libraries that Qt's ``platform`` plugin (xcb: a real window;
    offscreen: the tests) and the Qt modules of the program cannot find."""
    import shutil  # here, not at the top: the window's start needs only display_problem
    import subprocess

    qt_dir = qt_dir or _qt_dir()
    if qt_dir is None or not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    candidates = [
        *qt_dir.glob(f"Qt/plugins/platforms/libq{platform}.so"),
        *qt_dir.glob("Qt/lib/libQt6Gui.so*"),
        *qt_dir.glob("Qt/lib/libQt6Widgets.so*"),
        *qt_dir.glob("Qt/lib/libQt6PrintSupport.so*"),
        *qt_dir.glob("Qt/lib/libQt6Svg.so*"),
    ]
    if platform == "xcb":
        candidates += qt_dir.glob("Qt/lib/libQt6XcbQpa.so*")
    missing: set[str] = set()
    for library in candidates:
        try:
            out = subprocess.run(
                ["ldd", str(library)], capture_output=True, text=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing.update(re.findall(r"^\s*(\S+) => not found", out, flags=re.MULTILINE))
    # Qt loads libxcb-cursor at run time, so ldd cannot see that it is missing
    if platform == "xcb" and candidates and not _loadable("libxcb-cursor.so.0"):
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def _loadable(library: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def report(missing: list[str], what: str = "window") -> str:
    """What is missing and how to install it; ``what`` is what cannot be done:
    "window" (open one) or "tests" (run them)."""
    packages = sorted({package_for(lib) for lib in missing})
    if what == "tests":
        head = QtCheckText.tr(
            "Massage Trainer cannot run its tests: Qt needs these system libraries, "
            "which are not installed:"
        )
    else:
        head = QtCheckText.tr(
            "Massage Trainer cannot open a window: Qt needs these system libraries, "
            "which are not installed:"
        )
    return "\n".join(
        [
            head,
            *(f"  {lib}" for lib in missing),
            QtCheckText.tr("On Debian or Ubuntu, install them with:"),
            f"  sudo apt-get install {' '.join(packages)}",
            QtCheckText.tr(
                "(Other systems name the packages differently; look for the libraries above.)"
            ),
        ]
    )


def display_problem() -> str | None:
    """Why a window cannot open here (no desktop session on Linux), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return QtCheckText.tr(
        "Massage Trainer needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is "
        "set. Start it from a desktop session, or use "
        "'massage-trainer --screenshot FILE.png' or 'massage-trainer export' without one."
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--offscreen" in args:  # what the tests need: Qt without a display
        missing = missing_libraries(platform="offscreen")
        if missing:
            print(report(missing, "tests"), file=sys.stderr)
            return 1
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if platform in ("", "xcb"):
        missing = missing_libraries()
        if missing:
            print(report(missing), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
