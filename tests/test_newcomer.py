"""What a newcomer meets first: --version, --help, the Qt library check."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from massage_trainer import __version__, cli, qtcheck


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", [[], ["validate"], ["export"]])
def test_help_for_every_command(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: massage-trainer")
    assert len(out.splitlines()) > 5


def test_help_points_to_the_commands_without_the_notice(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the epilog
    assert "See 'massage-trainer COMMAND --help' for each command." in out
    assert "medical advice" not in out  # the window says it, once


def test_missing_libraries_are_named_with_the_install_command(monkeypatch, tmp_path):
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"")
    ldd_output = (
        "\tlibQt6Gui.so.6 => /x/libQt6Gui.so.6 (0x1)\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
    )

    def fake_run(args, **kwargs):
        return subprocess.CompletedProcess(args, 0, stdout=ldd_output, stderr="")

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/ldd")
    monkeypatch.setattr(qtcheck, "_loadable", lambda lib: False)
    missing = qtcheck.missing_libraries(tmp_path)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    text = qtcheck.report(missing)
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in text


def test_package_names_for_unknown_libraries():
    assert qtcheck.package_for("libfoo.so.3") == "libfoo3"
    assert qtcheck.package_for("libbar2.so.1") == "libbar2-1"


def test_no_display_is_explained(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert qtcheck.main([]) == 1
    assert "DISPLAY" in capsys.readouterr().err


def test_check_passes_on_this_machine(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qtcheck.main([]) == 0
    assert qtcheck.main(["--offscreen"]) == 0


def test_tests_name_their_missing_libraries(monkeypatch, tmp_path, capsys):
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqoffscreen.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"")
    monkeypatch.setattr(qtcheck, "_qt_dir", lambda: tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/ldd")
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda args, **kw: subprocess.CompletedProcess(
            args, 0, stdout="\tlibEGL.so.1 => not found\n", stderr=""
        ),
    )
    assert qtcheck.main(["--offscreen"]) == 1
    err = capsys.readouterr().err
    assert "run its tests" in err and "sudo apt-get install libegl1" in err


def test_the_window_without_a_display_says_why(monkeypatch, capsys):
    from massage_trainer.app import run_app

    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert run_app() == 1
    err = capsys.readouterr().err
    assert "graphical desktop" in err and "--screenshot" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None, None, None)),
        (["--zones", "mine.yaml", "--select", "spine"], (Path("mine.yaml"), None, "spine", None)),
        (["--screenshot", "f.png", "--view", "front"], (None, Path("f.png"), None, "front")),
    ],
)
def test_the_window_command_passes_its_options(monkeypatch, argv, expected):
    from massage_trainer import app

    calls = []
    monkeypatch.setattr(
        app,
        "run_app",
        lambda zones_path, screenshot, select, view: (
            calls.append((zones_path, screenshot, select, view)) or 7
        ),
    )
    assert cli.main(argv) == 7
    assert calls == [expected]
