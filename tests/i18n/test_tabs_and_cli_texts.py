"""The quiz, progress, statistics, class results, export and Anki widgets, the
body map and the command line in the learner's language: every text they show
goes through a translation (a marking translator finds the ones that do not),
and ``--lang`` for the window, ``validate`` and ``export``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from massage_trainer import cli, language, qtcheck
from massage_trainer.core import i18n, paths
from massage_trainer.core.quiz import Mode, RoundSettings, wording
from tests.i18n.marking import CLOSE, OPEN


@pytest.fixture
def no_language_change(monkeypatch):
    """The window and the commands keep the marking translator instead of
    applying the chosen language."""
    import massage_trainer.app as app

    def keep(code: str | None = None) -> str:
        return i18n.language()

    monkeypatch.setattr(language, "apply_language", keep)
    monkeypatch.setattr(app, "apply_language", keep, raising=False)


def is_marked(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def widget_texts(root: QWidget, skip: set[tuple[int, str]] = frozenset()) -> list[tuple[str, str]]:
    """(where, text) for every text ``root`` and its children show, but the
    ones in ``skip`` ((id of widget, what)): those of other parts of the program."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and (id(widget), what) not in skip:
            found.append((f"{type(widget).__name__} {widget.objectName()} {what}", text))

    for widget in (root, *root.findChildren(QWidget)):
        if isinstance(
            widget.parent(), (QDialogButtonBox, QTabBar)
        ) or widget.objectName().startswith("qt_"):
            continue  # Qt's own buttons and parts: Qt's translation
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        add(widget, "toolTip", widget.toolTip())
        add(widget, "statusTip", widget.statusTip())
        add(widget, "accessibleName", widget.accessibleName())
        add(widget, "accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit):
            add(widget, "placeholderText", widget.placeholderText())
        if isinstance(widget, QSpinBox):
            add(widget, "specialValueText", widget.specialValueText())
            add(widget, "suffix", widget.suffix())
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        for action in widget.actions():
            add(widget, f"action {action.text()!r}", action.text())
            add(widget, f"action tip {action.text()!r}", action.toolTip())
    return found


def unmarked(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in found if not is_marked(text)]


# --- the Quiz and Progress tabs ----------------------------------------------------
@pytest.fixture
def window(open_window, marked, no_language_change):
    win = open_window(1000, 760)
    yield win
    win.quiz.save_if_dirty()


def test_the_quiz_tab_menu_and_pages_are_translated(window, monkeypatch):
    quiz = window.quiz
    menu = quiz.menu
    assert is_marked(menu.title())
    texts = [(f"menu {a.text()}", t) for a in menu.actions() for t in (a.text(), a.toolTip())]
    assert not unmarked([(w, t) for w, t in texts if t])
    for page in (quiz.panel, quiz.progress_view):
        assert is_marked(window.tabs.tabText(window.tabs.indexOf(page)))

    quiz.show_setup()
    setup = quiz.panel.setup
    # the texts the quiz's core words (wording, the modes' names) and the content
    # (regions) give: theirs to translate
    skip = {(id(setup.summary), "text"), (id(setup.due), "text")}
    skip |= {(id(setup.region_combo), f"item {i}") for i in range(setup.region_combo.count())}
    skip |= {
        (id(label), "text")
        for label in setup.findChildren(QLabel)
        if label.text() == wording.SETUP_INTRO
    }
    for button in setup.mode_buttons.values():
        skip |= {(id(button), w) for w in ("text", "accessibleName", "accessibleDescription")}
    found = widget_texts(setup, skip)
    # the labels of the form: the form's rows
    labels = [label.text() for label in setup.findChildren(QLabel) if label.buddy() is not None]
    assert labels and all(is_marked(t) for t in labels), labels
    assert not unmarked(found), unmarked(found)
    assert is_marked(setup.retention_note.text())

    quiz.start(RoundSettings(Mode.NAME, count=2, seed=4))
    question = quiz.panel.question
    words = ("status", "clock", "prompt", "hint", "shown", "feedback", "why")
    told = ("text", "accessibleName", "accessibleDescription")
    skip = {(id(getattr(question, name)), w) for name in words for w in told}
    for button in (*question.answer_buttons, question.next_button):
        skip |= {(id(button), w) for w in ("text", "accessibleName", "accessibleDescription")}
    found = widget_texts(question, skip)
    assert not unmarked(found), unmarked(found)
    quiz.take_hint()
    assert is_marked(question.hint_words.text())

    quiz.end_quiz()
    results = quiz.panel.results
    skip = {
        (id(w), what)
        for w in (results.title, results.score, results.details, results.safety)
        for what in ("text", "accessibleName", "accessibleDescription")
    }
    skip |= {(id(results.misses_label), "text")}
    for button in (results.practise_button, results.new_button):
        skip.add((id(button), "accessibleDescription"))  # the round's summary, in the core's words
    found = widget_texts(results, skip)
    assert not unmarked(found), unmarked(found)

    # what the controller says: a status message and a dialog
    from massage_trainer.ui.quiz.dialogs import ProgressCsvPath, QuizWarning, ResetProgress

    monkeypatch.setattr(ResetProgress, "ask", classmethod(lambda cls, parent: True))
    quiz.reset_progress()
    assert is_marked(window.statusBar().currentMessage())
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QuizWarning, "ask", classmethod(lambda cls, parent, title, text: said.append((title, text)))
    )
    nowhere = Path(paths.user_data_dir()) / "no" / "such" / "folder" / "p.csv"
    monkeypatch.setattr(ProgressCsvPath, "ask", classmethod(lambda cls, parent, s: str(nowhere)))
    quiz.export_progress()
    assert said and all(is_marked(t) for pair in said for t in pair), said


def test_the_progress_and_statistics_pages_are_translated(window):
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=5))
    while quiz.running:
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    quiz.show_progress()
    view = quiz.progress_view
    mode_items = {(id(view.mode_combo), f"item {i}") for i in range(1, view.mode_combo.count())}
    found = widget_texts(view, mode_items | {(id(view.table), "")})
    found = [(w, t) for w, t in found if "StatisticsView" not in w and "ChartWidget" not in w]
    assert not unmarked(found), unmarked(found)
    assert is_marked(view.summary.text())
    model = view.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, role)
        for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert all(is_marked(h) for h in headers), headers
    assert view.row_count() > 0
    assert all(is_marked(view.cell_text(r, 5)) for r in range(view.row_count()))  # when due

    view.pages.setCurrentWidget(view.statistics_page)
    stats = view.statistics
    # the figures in words and the table's columns are the charts' (the report's too)
    theirs = ("summary", "daily_words", "heatmap_words", "safety_words", "confusions")
    skip = {(id(getattr(stats, name)), "text") for name in theirs}
    for chart in (stats.daily, stats.heatmap, stats.safety):
        skip |= {(id(chart), "toolTip"), (id(chart), "accessibleDescription")}
    found = widget_texts(stats, skip)
    found = [(w, t) for w, t in found if not w.startswith(("QTableWidget", "QHeaderView"))]
    assert len(found) > 10
    assert not unmarked(found), unmarked(found)


def test_the_body_map_is_translated(window):
    view = window.view
    assert is_marked(view.accessibleName())
    view.select(None)
    assert is_marked(view.accessibleDescription())
    zone = next(z for z in window.zone_set.zones if z.side in ("left", "right"))
    view.select(zone)
    assert is_marked(view.accessibleDescription())
    from massage_trainer.ui.bodyview import zone_spoken_name

    assert is_marked(zone_spoken_name(zone))
    assert all(is_marked(t) for t in view.hover_texts(zone))


def test_the_file_dialogs_are_translated(window, monkeypatch, tmp_path):
    asked: list[tuple[str, ...]] = []

    def save(parent, title, folder="", filters="", *args, **kwargs):
        asked.append((title, filters))
        return "", ""

    def folder(parent, title, where="", *args, **kwargs):
        asked.append((title,))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    from massage_trainer.ui import ankideck, classresults
    from massage_trainer.ui.exporting import ExportChoice, ExportDialog
    from massage_trainer.ui.quiz import dialogs

    dialogs.ProgressCsvPath.ask(window, "p.csv")
    dialogs.ProgressReportPath.ask(window, "r.pdf")
    dialogs.ProgressFolder.ask(window, "")
    ankideck.DeckPath.ask(window, "d.apkg")
    classresults.ResultsFiles.ask(window, "")
    classresults.ResultsFolder.ask(window, "")
    classresults.CsvPath.ask(window, "title", "c.csv")
    dialog = ExportDialog(window, ExportChoice(tmp_path / "sheet.pdf"))
    dialog.browse()
    assert len(asked) == 8
    shown = [t for entry in asked for t in entry if t != "title"]
    assert all(is_marked(t) for t in shown), shown


def test_the_export_dialog_and_actions_are_translated(window, tmp_path):
    from massage_trainer.ui.exporting import ExportActions, ExportChoice, ExportDialog, make_preview

    dialog = ExportDialog(window, ExportChoice(tmp_path / "sheet.pdf"))
    papers = {(id(dialog.page), f"item {i}") for i in range(dialog.page.count())}
    found = widget_texts(dialog, papers | {(id(dialog.path), "text")})
    assert not unmarked(found), unmarked(found)
    actions = ExportActions(window)
    for action in (actions.export_action, actions.print_action, actions.print_worksheet_action):
        assert is_marked(action.text()) and is_marked(action.toolTip())
    preview = make_preview(window, window.zone_set)
    assert is_marked(preview.windowTitle())
    preview.deleteLater()


def test_the_class_results_window_is_translated(window, tmp_path):
    from massage_trainer.ui.classresults import ClassResultsWindow

    results = ClassResultsWindow(window, [tmp_path], QSettings())
    # the last column is this window's; the others the printed summary's
    last_zone = results.zone_table.horizontalHeaderItem(results.zone_table.columnCount() - 1)
    last_learner = results.learner_table.horizontalHeaderItem(
        results.learner_table.columnCount() - 1
    )
    assert is_marked(last_zone.text()) and is_marked(last_learner.text())
    found = widget_texts(results, {(id(results.totals), "text")})
    found = [(w, t) for w, t in found if not w.startswith(("QTableWidget", "QHeaderView"))]
    assert not unmarked(found), unmarked(found)
    assert results.totals.text().endswith(CLOSE)  # the files' part of the totals
    results.close()


def test_the_anki_progress_dialog_is_translated(window):
    from massage_trainer.ui.ankideck import DeckProgress

    progress = DeckProgress(window)
    progress.update(1, 1)
    dialog = progress.dialog
    assert is_marked(dialog.windowTitle()) and is_marked(dialog.labelText())
    cancel = [b.text() for b in dialog.findChildren(QAbstractButton)]
    assert cancel and all(is_marked(t) for t in cancel)
    progress.close()


# --- the command line ----------------------------------------------------------------
def test_the_commands_messages_are_translated(qapp, marked, no_language_change, tmp_path, capsys):
    assert cli.main(["validate"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 5 and all(is_marked(line) for line in lines), lines
    assert cli.main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "40"]) == 0
    assert is_marked(capsys.readouterr().out.strip())
    assert cli.main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("massage-trainer: ") and is_marked(err.removeprefix("massage-trainer: "))
    assert cli.main(["export", "--out", str(tmp_path / "d.png"), "--view", "nowhere"]) == 2
    assert is_marked(capsys.readouterr().err.strip().removeprefix("massage-trainer: "))


def test_the_library_check_is_translated(marked, monkeypatch):
    text = qtcheck.report(["libxcb-cursor.so.0"]).splitlines()
    assert [is_marked(line) for line in text] == [True, False, True, False, True]
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(qtcheck.sys, "platform", "linux")
    assert is_marked(qtcheck.display_problem() or "")


# --- validate --lang, export --lang, --lang --------------------------------------------
@pytest.fixture
def test_language(qapp, monkeypatch):
    """A language "xx" the program offers; English again afterwards."""
    offered = language.available_languages()
    monkeypatch.setattr(language, "available_languages", lambda: (*offered, "xx"))
    yield "xx"
    language.apply_language("en")


@pytest.fixture
def zones(tmp_path) -> Path:
    """A copy of the built-in data files, with a small "xx" overlay of the back view."""
    folder = tmp_path / "zones"
    shutil.copytree(paths.zones_dir(), folder, ignore=shutil.ignore_patterns("locale"))
    overlay = folder / "locale" / "xx" / "back.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(
        "format: 1\ntitle: Rückseite\nzones:\n  kidney_left:\n    name: Nierenlager\n"
        "  kidney_right:\n    name: Nierenlager\n",
        encoding="utf-8",
    )
    return folder


def test_validate_lists_what_a_language_leaves_in_english(test_language, zones, capsys):
    code = cli.main(["validate", "--lang", "xx", str(zones / "back.yaml")])
    out = capsys.readouterr().out.splitlines()
    assert code == 0, out
    assert out[0].startswith(paths.display_name(zones / "back.yaml"))
    missing = [line for line in out if "not translated yet (shown in English)" in line]
    assert any("zone kidney_left: why" in line for line in missing), out
    assert not any("zone kidney_left: name" in line for line in out)  # translated
    assert not any(": title:" in line for line in missing)
    assert "massage_trainer_xx.ts" in out[-2]  # the interface has no translation yet
    assert out[-1].startswith("Xx (xx): ") and f"{len(missing)} texts" in out[-1]


def test_validate_reports_a_wrong_translation_with_its_line(test_language, zones, capsys):
    overlay = zones / "locale" / "xx" / "back.yaml"
    overlay.write_text(overlay.read_text() + "  no_such_zone:\n    name: Nichts\n")
    code = cli.main(["validate", "--lang", "xx", str(zones / "back.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "no_such_zone" in out and ":8:" in out, out
    assert "there are problems" in out.splitlines()[-1]


def test_validate_of_the_builtin_files_in_german(qapp, capsys):
    try:
        code = cli.main(["validate", "--lang", "de"])
    finally:
        language.apply_language("en")
    out = capsys.readouterr().out.splitlines()
    assert code == 0, out
    assert out[-1].startswith("German (de): ") or out[-1].startswith("Deutsch (de): "), out


def test_an_unknown_language_is_a_usage_error(qapp, capsys):
    for argv in (["validate", "--lang", "qq"], ["export", "--out", "x.pdf", "--lang", "qq"]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert "'qq'" in err and "de (German)" in err and "fr (French)" in err, err
    assert cli.main(["--lang", "qq", "--screenshot", "x.png"]) == 2
    assert "en (English)" in capsys.readouterr().err


def test_export_writes_the_sheet_in_the_language(test_language, zones, tmp_path, capsys):
    sheet = tmp_path / "sheet.pdf"
    args = ["export", "--zones", str(zones / "back.yaml"), "--out", str(sheet), "--pages", "table"]
    assert cli.main([*args, "--lang", "xx"]) == 0, capsys.readouterr()
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Nierenlager" in text
    assert i18n.language() == "xx"
    language.apply_language("en")
    assert cli.main(args) == 0  # the chosen language: English here
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Nierenlager" not in text


def test_export_follows_the_chosen_language(test_language, fresh_settings, zones, tmp_path):
    sheet = tmp_path / "sheet.pdf"
    language.remember_language("xx")
    try:
        args = ["export", "--zones", str(zones / "back.yaml"), "--out", str(sheet)]
        assert cli.main([*args, "--pages", "table"]) == 0
    finally:
        QSettings().remove(language.SETTINGS_KEY)
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Nierenlager" in text


def test_the_window_is_shown_in_the_language_given(test_language, monkeypatch):
    import massage_trainer.app as app

    seen: list[str] = []
    monkeypatch.setattr(app, "run_app", lambda **kwargs: seen.append(language.chosen_language()))
    try:
        cli.main(["--lang", "xx", "--screenshot", "shot.png"])
    finally:
        language.choose_for_this_run(None)
    assert seen == ["xx"]
    assert language.chosen_language() != "xx"  # for that run only
