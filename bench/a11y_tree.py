"""What a screen reader is told: the program's accessible tree and its AT-SPI events.

Starts Massage Trainer on a virtual X display (Xvfb) with its own D-Bus session
and AT-SPI bus, waits for the window, prints the accessible tree (role, name,
description, the text behind it, states), then presses keys with xdotool and
prints each event Orca would hear (focus, name and description changes,
announcements, text and selection changes), key by key.  Everything it starts
it stops again; every wait has a time limit.

Needs Debian's packages xvfb, dbus-x11 (or dbus), at-spi2-core, python3-pyatspi
and xdotool; orca for ``--orca``.  Run it from the repository:

    python3 bench/a11y_tree.py                       # the default key walk
    python3 bench/a11y_tree.py --keys "Tab Tab Right Return"
    python3 bench/a11y_tree.py --orca                # also Orca's speech, from its debug log

The program runs under ``.venv/bin/python`` when there is one (``--python`` to
choose); this script runs under the system Python, which has pyatspi.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")

# what each key of the default walk tries: close the welcome, along the map
# (Down: the next zone head to feet, Right: sideways), a selection, Tab out of
# the map and Shift+Tab back, F6 round map, panel and tabs, then a Name-it
# round (F5, Down to the mode, Enter), an answer (1) and the next question
DEFAULT_KEYS = "Escape :focus Down Down Right Return Tab shift+Tab F6 F6 F6 F5 Down Return 1 Return"
EVENTS = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:selected",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
    "object:active-descendant-changed",
    "object:text-changed:inserted",
    "object:selection-changed",
    "window:activate",
)
STATES_SHOWN = (
    "focusable",
    "focused",
    "selectable",
    "selected",
    "checked",
    "editable",
    "multi-line",
    "read-only",
)


def missing_tools(want_orca: bool) -> list[str]:
    """What is not installed, each with the Debian package that brings it."""
    problems = []
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            problems.append(f"{tool} (apt-get install {package})")
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        problems.append("at-spi-bus-launcher (apt-get install at-spi2-core)")
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        problems.append(f"pyatspi for {sys.executable} (apt-get install python3-pyatspi)")
    if want_orca and shutil.which("orca") is None:
        problems.append("orca (apt-get install orca), or leave out --orca")
    return problems


def reexec_under_system_python() -> None:
    """pyatspi comes with Debian's Python; a virtualenv's Python lacks it."""
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        if os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(
            SYSTEM_PYTHON
        ):
            check = subprocess.run(
                [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30
            )
            if check.returncode == 0:
                os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, __file__, *sys.argv[1:]])


class Processes:
    """The programs this run started, each in its own process group, stopped in reverse."""

    def __init__(self) -> None:
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, argv: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(argv, start_new_session=True, **kwargs)
        self.started.append((name, process))
        return process

    def stop_all(self) -> None:
        for _name, process in reversed(self.started):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=5)


def read_line(stream, timeout: float, what: str) -> str:
    """One line from a child's pipe, or a clear error after ``timeout`` seconds."""
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not result or not result[0].strip():
        raise SystemExit(f"{what} did not start within {timeout:.0f} s")
    return result[0].strip()


def start_session(processes: Processes, scratch: Path, size: str) -> dict[str, str]:
    """A virtual display, a session bus and an accessibility bus; the environment for them."""
    xvfb = processes.start(
        "Xvfb",
        ["Xvfb", "-displayfd", "1", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    display = ":" + read_line(xvfb.stdout, 20, "Xvfb")
    dbus = processes.start(
        "dbus-daemon",
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = read_line(dbus.stdout, 20, "dbus-daemon")
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        DBUS_SESSION_BUS_ADDRESS=address,
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        XDG_RUNTIME_DIR=str(scratch / "runtime"),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        NO_AT_BRIDGE="0",
        GTK_A11Y="atspi",
    )
    env.pop("WAYLAND_DISPLAY", None)
    (scratch / "runtime").mkdir(mode=0o700)
    launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
    processes.start(
        "at-spi-bus-launcher",
        [launcher, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # the launcher registers org.a11y.Bus; pyatspi in this process must see the same buses
    os.environ.update(env)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        probe = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=env,
            capture_output=True,
            timeout=10,
        )
        if probe.returncode == 0:
            return env
        time.sleep(0.3)
    raise SystemExit("the AT-SPI bus (at-spi-bus-launcher) did not start within 20 s")


def states_of(accessible) -> list[str]:
    import pyatspi

    state_set = accessible.getState()
    names = []
    for state in state_set.getStates():
        name = pyatspi.stateToString(state)
        if name in STATES_SHOWN:
            names.append(name)
    return names


def text_of(accessible, limit: int = 90) -> str:
    """The text behind an object (labels, text views), when it has the Text interface."""
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    except Exception:  # a dying object answers nothing
        return ""
    content = text.getText(0, min(text.characterCount, 2000)).replace("\n", " \u23ce ")
    return content if len(content) <= limit else content[: limit - 1] + "\u2026"


def describe(accessible) -> str:
    try:
        role = accessible.getRoleName()
        name = accessible.name or ""
        description = accessible.description or ""
    except Exception as error:
        return f"<gone: {error}>"
    parts = [f"[{role}]", repr(name)]
    if description:
        parts.append(f"desc={description!r}")
    text = text_of(accessible)
    if text and text != name:
        parts.append(f"text={text!r}")
    states = states_of(accessible)
    if states:
        parts.append("{" + ",".join(states) + "}")
    return " ".join(parts)


def walk(accessible, depth: int = 0, budget: list[int] | None = None) -> Iterator[str]:
    """The showing part of the tree, depth first, at most ``budget`` lines."""
    import pyatspi

    budget = budget if budget is not None else [600]
    if budget[0] <= 0:
        return
    budget[0] -= 1
    yield "  " * depth + describe(accessible)
    try:
        count = accessible.childCount
    except Exception:
        return
    if count > 60:
        yield "  " * (depth + 1) + f"... {count} children, the first 60 shown"
        count = 60
    for index in range(count):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        if child is None:
            continue
        try:
            showing = child.getState().contains(pyatspi.STATE_SHOWING)
        except Exception:
            continue
        if showing:
            yield from walk(child, depth + 1, budget)


def find_application(pid: int, timeout: float):
    import pyatspi

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    for frame_index in range(app.childCount):
                        frame = app.getChildAtIndex(frame_index)
                        if frame.getState().contains(pyatspi.STATE_SHOWING):
                            return app
            except Exception:  # an application that is still starting
                continue
        time.sleep(0.5)
    return None


class EventLog:
    """AT-SPI events from the program, printed as they come, tagged with the last key."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.key = "(start)"
        self.lock = threading.Lock()

    def __call__(self, event) -> None:
        try:
            source = event.source
            if source.get_process_id() != self.pid:
                return
            detail = ""
            if event.type.startswith("object:state-changed"):
                if not event.detail1:
                    return  # "lost focus": Orca speaks the gain
                detail = " gained"
            elif event.type in ("object:announcement", "object:text-changed:inserted"):
                detail = f" {event.any_data!r}"
            elif event.type.startswith("object:property-change"):
                detail = f" -> {event.any_data!r}"
            elif event.type == "object:active-descendant-changed" and event.any_data is not None:
                detail = " -> " + describe(event.any_data)
            line = f"  {self.key:>10}  {event.type}{detail}: {describe(source)}"
        except Exception as error:
            line = f"  {self.key:>10}  {event.type}: <unreadable: {error}>"
        with self.lock:
            print(line, flush=True)


def run_keys(env: dict[str, str], keys: list[str], log: EventLog, pause: float, pid: int) -> None:
    """Press each key; ``:focus`` gives the keyboard focus to the program's windows
    again (there is no window manager to do it when a dialog closes)."""
    for key in keys:
        log.key = key
        if key == ":focus":
            focus_window(env, pid)
        else:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, timeout=10)
        time.sleep(pause)
    log.key = "(end)"


def focus_window(env: dict[str, str], pid: int) -> None:
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    for window in found.stdout.split():
        subprocess.run(["xdotool", "windowfocus", window], env=env, timeout=10)


# Orca's speech goes to a speech service that says nothing and never blocks, so
# every message is logged, also those Orca presents without a focus change (a
# changed description of what has the focus)
SILENT_SPEECHD = '''"""A speech service that says nothing (written by a11y_tree.py)."""


class PunctuationMode:
    ALL, MOST, SOME, NONE = "all", "most", "some", "none"


class CallbackType:
    BEGIN, CANCEL, END, INDEX_MARK, PAUSE, RESUME = "b", "c", "e", "i", "p", "r"


class Priority:
    IMPORTANT, MESSAGE, TEXT, NOTIFICATION, PROGRESS = "i", "m", "t", "n", "p"


class DataMode:
    TEXT, SSML = "text", "ssml"


class SSIPCommunicationError(Exception):
    pass


class SSIPCommandError(Exception):
    pass


class SSIPClient:
    def __init__(self, *args, **kwargs):
        pass

    def list_output_modules(self):
        return ["silent"]

    def list_synthesis_voices(self):
        return []

    def get_language(self):
        return "en"

    def get_rate(self):
        return 0

    def get_pitch(self):
        return 0

    def get_volume(self):
        return 0

    def __getattr__(self, name):
        return lambda *args, **kwargs: None
'''


def start_orca(processes: Processes, env: dict[str, str], scratch: Path) -> Path:
    """Orca speaking to a silent speech service: what it says goes to its debug log."""
    log = scratch / "orca-debug.txt"
    stub = scratch / "silent-speech" / "speechd"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text(SILENT_SPEECHD)
    orca_env = dict(env, PYTHONPATH=str(stub.parent))
    processes.start(
        "orca",
        [
            "orca",
            "--replace",
            "--disable",
            "braille",
            "--user-prefs",
            str(scratch / "orca"),
            "--debug-file",
            str(log),
        ],
        env=orca_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return log


def wait_until_quiet(log: Path, limit: float = 30.0) -> None:
    """Orca may be some events behind the keys: wait until its log stops growing."""
    deadline = time.monotonic() + limit
    size = -1
    while time.monotonic() < deadline:
        now = log.stat().st_size if log.exists() else 0
        if now == size:
            return
        size = now
        time.sleep(3.0)


def orca_speech(log: Path) -> list[str]:
    """Orca's "SPEECH OUTPUT" entries, each on one line (an entry may span lines)."""
    if not log.exists():
        return ["(Orca wrote no debug log)"]
    spoken: list[str] = []
    entry: list[str] | None = None
    for line in log.read_text(errors="replace").splitlines():
        starts_entry = " - " in line[:20] and line[:2].isdigit()
        if starts_entry:
            if entry is not None:
                spoken.append("  " + " / ".join(entry))
            entry = [line.split(" - ", 1)[1].strip()] if "SPEECH OUTPUT" in line else None
        elif entry is not None and line.strip():
            entry.append(line.strip())
    if entry is not None:
        spoken.append("  " + " / ".join(entry))
    return spoken or ["(nothing spoken in Orca's log)"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", default=DEFAULT_KEYS, help="xdotool key names, space separated")
    parser.add_argument("--python", help="the Python that runs the program (default: .venv's)")
    parser.add_argument("--size", default="1280x1024", help="the virtual screen, WxH")
    parser.add_argument("--pause", type=float, default=0.8, help="seconds after each key")
    parser.add_argument("--timeout", type=float, default=120, help="seconds for the whole run")
    parser.add_argument("--orca", action="store_true", help="run Orca too and print its speech")
    parser.add_argument("--no-tree", action="store_true", help="print the events only")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and logs")
    parser.add_argument(
        "--tree-after", action="store_true", help="print the tree again after the keys"
    )
    args = parser.parse_args()

    reexec_under_system_python()
    problems = missing_tools(args.orca)
    if problems:
        print("Cannot check the accessible tree; missing:", file=sys.stderr)
        for problem in problems:
            print("  - " + problem, file=sys.stderr)
        return 2
    import pyatspi
    from gi.repository import GLib

    venv_python = REPO / ".venv" / "bin" / "python"
    python = args.python or (str(venv_python) if venv_python.exists() else sys.executable)

    # the whole run is bounded, whatever hangs
    def give_up(_signum, _frame):
        raise TimeoutError(f"gave up after {args.timeout:.0f} s")

    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(int(args.timeout))

    processes = Processes()
    scratch = Path(tempfile.mkdtemp(prefix="massage-trainer-a11y-"))
    loop = GLib.MainLoop()
    try:
        env = start_session(processes, scratch, args.size)
        orca_log = start_orca(processes, env, scratch) if args.orca else None
        app_process = processes.start(
            "Massage Trainer",
            [python, "-m", "massage_trainer"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=open(scratch / "program-stderr.txt", "w"),  # noqa: SIM115 - closed at exit
        )
        app = find_application(app_process.pid, timeout=min(60.0, args.timeout / 2))
        if app is None:
            errors = (scratch / "program-stderr.txt").read_text()[-2000:]
            raise SystemExit(
                "the program's window did not appear on the accessibility bus within 60 s"
                + (f"; it said:\n{errors}" if errors else "")
            )
        time.sleep(1.5)  # let the first frame settle: the tree is built on demand
        if not args.no_tree:
            print(f"== The accessible tree of {app.name!r} (showing objects) ==")
            for frame_index in range(app.childCount):
                for line in walk(app.getChildAtIndex(frame_index)):
                    print(line)
        print()
        print("== Events, key by key (the key pressed, the event, its source) ==")
        log = EventLog(app_process.pid)
        pyatspi.Registry.registerEventListener(log, *EVENTS)
        focus_window(env, app_process.pid)
        keys = args.keys.split()
        walker = threading.Thread(
            target=lambda: (
                run_keys(env, keys, log, args.pause, app_process.pid),
                GLib.idle_add(loop.quit),
            ),
            daemon=True,
        )
        GLib.timeout_add(300, lambda: walker.start() and False)
        # the main loop runs C code, where the alarm cannot interrupt it
        GLib.timeout_add_seconds(max(5, int(args.timeout / 2)), lambda: loop.quit() and False)
        loop.run()
        pyatspi.Registry.deregisterEventListener(log, *EVENTS)
        if args.tree_after:
            print()
            print("== The accessible tree after the keys ==")
            for frame_index in range(app.childCount):
                for line in walk(app.getChildAtIndex(frame_index)):
                    print(line)
        if orca_log is not None:
            wait_until_quiet(orca_log)
            print()
            print("== What Orca spoke (from its debug log) ==")
            for line in orca_speech(orca_log):
                print(line)
        return 0
    except TimeoutError as error:
        print(f"a11y_tree: {error}", file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        processes.stop_all()
        if args.keep:
            print(f"logs kept in {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
