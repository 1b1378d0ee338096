"""Desktop integration: icon, About, welcome, unexpected errors."""

from __future__ import annotations

import configparser
import logging
import sys

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser

from massage_trainer import __version__
from massage_trainer.core import paths
from massage_trainer.ui import errors
from massage_trainer.ui.about import AboutDialog, WelcomeDialog
from massage_trainer.ui.dialogs import ProblemsDialog


@pytest.fixture
def window(open_window):
    return open_window(show=False)


def test_window_has_the_application_icon(window):
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_desktop_file_names_the_command_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(paths.assets_dir() / "massage-trainer.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "massage-trainer"
    assert section["Icon"] == "massage-trainer"
    assert "Education" in section["Categories"].split(";")


def test_about_dialog_content(qtbot, window):
    dialog = AboutDialog(window, window.zone_set.rules.disclaimer)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser, "aboutText").toPlainText()
    for name in ("Qt", "PySide6", "shapely", "PyYAML", "LGPL", "General Public License"):
        assert name in text
    assert window.zone_set.rules.disclaimer in text
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert __version__ in labels


def test_about_action_opens_the_dialog(window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        AboutDialog,
        "ask",
        classmethod(lambda cls, parent, disclaimer: shown.append(disclaimer)),
    )
    window.about_action.trigger()
    assert shown == [window.zone_set.rules.disclaimer]


def test_welcome_can_be_switched_off(qtbot, window, monkeypatch):
    settings = window.settings
    assert WelcomeDialog.wanted(settings)

    def run(self):
        self.show_again.setChecked(False)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", run)
    window.welcome_action.trigger()
    assert not WelcomeDialog.wanted(settings)


def test_a_broken_zone_file_at_start_shows_the_welcome_after_its_problems(
    qtbot, fresh_settings, monkeypatch, tmp_path
):
    from massage_trainer import app

    events = []

    def ask(cls, parent, title, summary, problems):
        events.append("problems open")
        qtbot.wait(2 * app.WELCOME_DELAY_MS)  # a modal dialog runs the event loop
        events.append("problems closed")

    monkeypatch.setattr(ProblemsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(
        WelcomeDialog,
        "ask",
        classmethod(lambda cls, parent, settings: events.append("welcome")),
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nzones: 5\n", encoding="utf-8")
    window = app.create_main_window(bad, welcome=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "welcome" in events)
    assert events == ["problems open", "problems closed", "welcome"]


def test_the_welcome_alone_and_not_when_switched_off(qtbot, fresh_settings, monkeypatch):
    from massage_trainer import app

    shown = []
    monkeypatch.setattr(
        WelcomeDialog,
        "ask",
        classmethod(lambda cls, parent, settings: shown.append(parent)),
    )
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(lambda cls, *args: pytest.fail("no problems to show")),
    )
    window = app.create_main_window(welcome=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: shown == [window])
    window.settings.setValue(WelcomeDialog.SETTING, False)
    again = app.create_main_window(welcome=True)
    qtbot.addWidget(again)
    qtbot.wait(2 * app.WELCOME_DELAY_MS)
    assert shown == [window]


def test_problem_lines_wrap_instead_of_scrolling(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    line = "/home/someone/zones/back.yaml:120: massage_zone_left: " + "a long message " * 30
    dialog = ProblemsDialog(None, "Problems", "The file has problems:", [line, line])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.details.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert dialog.details.horizontalScrollBar().maximum() == 0
    assert dialog.details.toPlainText() == f"{line}\n{line}"  # copied as written


def test_unexpected_error_is_shown_and_logged(window, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, summary, lines: shown.append((parent, title, lines))
        ),
    )
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "massage-trainer.log")
    assert errors.setup_logging() == tmp_path / "massage-trainer.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(lambda: window)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and shown[0][0] is window
    assert any("boom in a slot" in line for line in shown[0][2])
    logger = logging.getLogger("massage_trainer")
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    assert "boom in a slot" in (tmp_path / "massage-trainer.log").read_text()
