"""The main window, its panels, the routine and exam windows in another
language: every text they show goes through a translation context (a
marking translator shows which do), and the Language menu remembers the
choice and starts the program again in it."""

from __future__ import annotations

import dataclasses
import html
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QProcess, QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from massage_trainer import language
from massage_trainer.core import i18n, safety
from massage_trainer.core.exam import Answer, ExamResults
from massage_trainer.core.quiz import MODE_LABELS
from massage_trainer.core.strokes import describe_technique, strokes_for, technique_cautions
from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint.body import legend_entries
from massage_trainer.paint.layers import layer_key_entries
from tests.i18n.marking import CLOSE, INNERMOST, OPEN

# the standard buttons' words are Qt's own, translated by Qt's qtbase_*.qm
QT_WORDS = {"Close", "OK", "&OK", "Cancel", "&Close"}
EXAM = """\
format: 1
title: Week 3 check
views: [back]
modes: [find, safety]
zones: [spine, kidney, knee_back, calf]
questions: 5
seed: 7
"""


def strip_marked(text: str) -> str:
    """``text`` without its marked parts (innermost first: a template's
    placeholders may hold marked texts)."""
    before = None
    while before != text:
        before = text
        text = INNERMOST.sub(" ", text)
    return text


def content_texts(*objects) -> set[str]:
    """Every text in a zone set (names, notes, rules, techniques...): the
    content, which its own overlay files translate."""
    found: set[str] = set()
    seen: set[int] = set()

    def walk(obj) -> None:
        if isinstance(obj, str):
            found.add(obj)
            return
        if id(obj) in seen or obj is None or isinstance(obj, (int, float, bool)):
            return
        seen.add(id(obj))
        if isinstance(obj, dict):
            for key, value in obj.items():
                walk(key)
                walk(value)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for item in obj:
                walk(item)
        elif dataclasses.is_dataclass(obj):
            for field in dataclasses.fields(obj):
                walk(getattr(obj, field.name))
        elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("massage_trainer"):
            for value in vars(obj).values():
                walk(value)

    for obj in objects:
        walk(obj)
    return {t for t in found if t.strip()}


def left_over(text: str, allowed: set[str] = frozenset()) -> list[str]:
    """The words of ``text`` neither marked nor part of an ``allowed`` text
    (rich text is read as its words)."""
    rest = strip_marked(html.unescape(re.sub(r"<[^>]*>", " ", text)))
    for known in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(known, " ")
    return re.findall(r"[^\W\d_]{2,}", rest)


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a widget tree shows or says."""
    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            out.append((f"{name}.text", widget.text()))
        if isinstance(widget, QLineEdit):
            out.append((f"{name}.placeholder", widget.placeholderText()))
        for what in ("toolTip", "accessibleName", "accessibleDescription", "windowTitle"):
            out.append((f"{name}.{what}", getattr(widget, what)()))
    return [(where, text) for where, text in out if text]


def action_texts(actions) -> list[tuple[str, str]]:
    out = []
    for action in actions:
        for what in ("text", "toolTip", "statusTip"):
            text = getattr(action, what)()
            if text:
                out.append((f"{action.text()}.{what}", text))
    return out


def unmarked(pairs, allowed: set[str] = frozenset()) -> list[tuple[str, str]]:
    return [(where, text) for where, text in pairs if left_over(text, allowed)]


def others_texts(zone_set) -> set[str]:
    """Texts this part shows that other parts of the program word (and translate)."""
    texts = content_texts(zone_set)
    texts |= set(MODE_LABELS.values())
    for table in (safety.SAFETY_WORDS, safety.SAFETY_DESCRIPTIONS):
        texts |= {table[level] for level in ("target", "caution", "avoid")}
    texts |= {text for entry in legend_entries() for text in entry[1:]}
    texts |= {t for e in layer_key_entries(zone_set) for t in (e.label, e.description)}
    for technique in zone_set.techniques.values():
        strokes = strokes_for(technique, zone_set)
        if strokes:
            texts |= set(describe_technique(technique, zone_set))
            for line in describe_technique(technique, zone_set):
                texts.add(line.partition(". ")[2])
            for caution in technique_cautions(strokes, zone_set):
                texts.add(caution.text[:1].upper() + caution.text[1:])
    return texts


# --- the checker itself -------------------------------------------------------------------
def test_the_check_finds_a_text_that_is_not_translated(qapp, pseudo):
    from massage_trainer.ui.infopanel import InfoPanelText

    widget = QWidget()
    QLabel(InfoPanelText.tr("Pick a zone"), widget)
    assert unmarked(widget_texts(widget)) == []
    QLabel("Pick a zone", widget)  # an English text that skipped the translator
    assert [text for _where, text in unmarked(widget_texts(widget))] == ["Pick a zone"]
    nested = i18n.fill(InfoPanelText.tr("{zone}, {safety}"), zone="Spine", safety="Target")
    assert left_over(nested) == []
    assert left_over("Selected: " + nested) == ["Selected"]


# --- the pseudo translation -----------------------------------------------------------------
@pytest.fixture
def marked_window(qtbot, fresh_settings, pseudo):
    """A main window made while the marking translator is in place."""
    from massage_trainer.ui.mainwindow import MainWindow

    window = MainWindow(load_zone_set(), QSettings())
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_menu_tab_and_tip_of_the_window_is_translated(marked_window):
    window = marked_window
    zone_set = window.zone_set
    menus = [
        window.file_menu,
        window.view_menu,
        window.zone_menu,
        window.help_menu,
        window.layers_menu,
        window.language_menu,
        window.routines.menu,
        window.routines.choose_menu,
    ]
    assert unmarked([(m.objectName(), m.title()) for m in menus]) == []
    mine = [
        window.open_action,
        window.builtin_action,
        window.quit_action,
        window.next_view_action,
        *window.toggle_actions.values(),
        window.zoom_in_action,
        window.zoom_out_action,
        window.fit_action,
        window.fullscreen_action,
        window.next_action,
        window.prev_action,
        window.clear_action,
        window.rules_action,
        window.next_pane_action,
        window.prev_pane_action,
        window.welcome_action,
        window.about_action,
        window.about_qt_action,
        window.open_exam_action,
        window.class_results_action,
        window.anki_action,
        *window.view_actions.values(),
        window.language_actions[""],
        window.strokes.play_action,
        window.strokes.step_action,
        window.strokes.clear_strokes_action,
        *window.routines.menu.actions(),
    ]
    pairs = action_texts(a for a in mine if not a.isSeparator() and a.menu() is None)
    assert len(pairs) > 60
    assert unmarked(pairs) == []
    # the layer toggles are named by the content; their tips are ours
    layers = list(window.layer_actions.values())
    assert layers and unmarked(action_texts(layers), set(zone_set.layer_names.values())) == []
    assert all(a.toolTip().startswith(OPEN) for a in layers)
    tabs = window.tabs
    for page in (window.info, window.rules, window.routines.panel):
        index = tabs.indexOf(page)
        assert tabs.tabText(index).startswith(OPEN)
    assert window.tabs.tabToolTip(tabs.indexOf(window.routines.panel)).startswith(OPEN)
    assert window.windowTitle().startswith(OPEN)
    assert window.statusBar().currentMessage().startswith(OPEN)
    assert window.toolbar.windowTitle().startswith(OPEN)


def test_the_panels_and_the_key_are_translated(marked_window, qtbot):
    window = marked_window
    zone_set = window.zone_set
    allowed = others_texts(zone_set)
    info = window.info
    assert left_over(info.toPlainText(), allowed) == []
    assert unmarked(widget_texts(info), allowed) == []
    # a zone with a technique that has strokes, opened: its steps, strokes, the bar
    zone, technique = next(
        (z, zone_set.techniques[t])
        for z in zone_set.zones
        if z.side != "none" and zone_set.structures_under(z)
        for t in z.techniques
        if strokes_for(zone_set.techniques[t], zone_set)
    )
    window.view.select(zone)
    assert info.zone is zone
    info.toggle_technique(technique.id)
    text = info.toPlainText()
    assert OPEN in text and left_over(text, allowed) == []
    assert unmarked(widget_texts(info), allowed) == []
    bar = window.strokes.bar
    assert bar.isVisible()
    window.strokes.play()
    window.strokes.pause()
    assert unmarked(widget_texts(bar), allowed | {technique.name}) == []
    status = window.statusBar().currentMessage()
    assert status and left_over(status, allowed) == []
    # a zone with no technique worked on it
    bare = next(z for z in zone_set.zones if not z.techniques and z.safety != "target")
    info.show_zone(bare, zone_set)
    assert left_over(info.toPlainText(), allowed) == []
    # a click beside the body
    window._on_outside()
    assert left_over(info.toPlainText(), allowed) == []
    assert window.statusBar().currentMessage().startswith(OPEN)
    # the rules and the key, with every symbol of the map shown
    assert left_over(window.rules.toPlainText(), allowed) == []
    for action in window.toggle_actions.values():
        action.setChecked(True)
    for layer in zone_set.layers:
        window.set_layer(layer, True)
    legend = window.legend
    assert len(legend.rows) > 3
    for row in legend.rows:
        assert left_over(row.word, allowed) == [] and left_over(row.description, allowed) == []
    assert unmarked(widget_texts(legend), allowed) == []
    assert unmarked(widget_texts(window.notice), allowed) == []


def test_the_other_views_are_translated(marked_window):
    window = marked_window
    assert window.show_view("front")
    assert window.statusBar().currentMessage().startswith(OPEN)
    assert window.windowTitle().startswith(OPEN)
    assert (
        unmarked(action_texts(window.layer_actions.values()), content_texts(window.zone_set)) == []
    )
    from massage_trainer.ui import mainwindow

    assert left_over(mainwindow.view_menu_text("side")) == []
    assert left_over(mainwindow.view_tip("side"), {"side"}) == []
    assert left_over(mainwindow.view_label("side"), {"Side"}) == []


def test_the_routine_tab_is_translated(marked_window):
    window = marked_window
    routines = window.routines
    routines.show_tab()
    routines.set_routine(0)
    session = routines.session
    allowed = others_texts(window.zone_set)
    # the session's own words (its clock, hints, step details) are its owner's
    now = routines.clock()
    details = session.details(session.step)
    allowed |= {
        session.title(),
        session.progress_text(now),
        session.hint(now),
        session.start_label(now),
        session.clock_text(now),
        session.step_announcement(),
        details.title,
        details.areas,
        details.time,
        details.note,
        details.family,
        details.pressure,
        details.technique,
        *details.technique_steps,
    }
    for warning in details.nearby:
        allowed |= {warning.word, warning.text, warning.icon}
    allowed |= content_texts(routines.routines)
    panel = routines.panel
    pairs = unmarked(widget_texts(panel), allowed)
    # the chooser's entries: "{routine} ({minutes} min)"
    pairs += [
        ("chooser", text)
        for text in (panel.chooser.itemText(i) for i in range(panel.chooser.count()))
        if left_over(text, allowed)
    ]
    assert pairs == []
    assert left_over(panel.step_view.toPlainText(), allowed) == []
    assert left_over(routines._problems_html(), allowed) == []


def test_the_exam_window_is_translated(marked_window, tmp_path, monkeypatch):
    from massage_trainer.ui import exam as exam_ui
    from massage_trainer.ui.exam import ExamWindow, ResultsPath

    window = marked_window
    path = tmp_path / "week3.yaml"
    path.write_text(EXAM, encoding="utf-8")
    results = tmp_path / "out.json"
    monkeypatch.setattr(ResultsPath, "ask", classmethod(lambda cls, parent, s: str(results)))
    exam_window = exam_ui.open_exam_file(window, path)
    try:
        allowed = others_texts(window.zone_set) | {"Week 3 check", "Ada"}
        assert unmarked(widget_texts(exam_window.start_page), allowed) == []
        assert exam_window.windowTitle().startswith(OPEN)
        assert exam_window.view_label.text() in allowed  # the view as its file names it
        exam_window.name_edit.setText("Ada")
        assert exam_window.start()
        assert exam_window.question_page.status.text().startswith(OPEN)
        assert exam_window.question_page.clock.text().startswith(OPEN)
        # one answer (its feedback at once), then the rest left unanswered
        question = exam_window.question
        if question.mode.value == "find":
            exam_window.answer_click(*question.zone.label_point)
        else:
            exam_window.answer_choice(0)
        page = exam_window.question_page
        assert left_over(page.status.text()) == []
        monkeypatch.setattr(exam_ui.ConfirmEnd, "ask", classmethod(lambda cls, p, left: True))
        exam_window.end_exam()
        assert exam_window.saved_path == results
        end = widget_texts(exam_window.end_page)
        answers = [
            exam_window.answers_list.item(i).text() for i in range(exam_window.answers_list.count())
        ]
        assert answers and all(a.startswith(OPEN) for a in answers)
        assert exam_window.score_label.text().startswith(OPEN)
        assert unmarked(end, allowed) == []
    finally:
        exam_window._closing = True
        exam_window.close()
        exam_window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert isinstance(exam_window, ExamWindow)


def test_the_words_of_the_exam_and_the_strokes_are_translated(pseudo):
    from massage_trainer.core.strokes import PlayerFrame
    from massage_trainer.ui.dialogs import problems_summary
    from massage_trainer.ui.exam import answer_line, list_words, results_words
    from massage_trainer.ui.strokes import player_status

    answer = Answer(
        number=3,
        view="back",
        mode="find",
        kind="spine",
        zone="spine",
        name="Spine",
        safety="avoid",
        given=("Kidney area", "Hip"),
        right_answer="Spine",
        correct=False,
        safety_mistake=True,
        seconds=4.0,
    )
    allowed = {"Spine", "Kidney area", "Hip", *MODE_LABELS.values()}
    assert left_over(answer_line(answer), allowed) == []
    right = dataclasses.replace(answer, correct=True, mode="")
    assert left_over(answer_line(right), allowed) == []
    assert left_over(list_words(["Back view", "Front view", "Side view"]), {"view"}) == []
    for count in (1, 3):
        summary = problems_summary("back.yaml", count, "Kept.", "open it")
        assert left_over(summary, {"Kept.", "open it", "back.yaml"}) == []
    assert left_over(player_status(None, 1, 1)) == []

    def frame(running: bool, finished: bool = False) -> PlayerFrame:
        return PlayerFrame(2.0, 9.0, 1, 1, 0.5, (), running, finished)

    for running in (True, False):
        for count, repeats in ((1, 1), (2, 1), (1, 3), (2, 3)):
            status = player_status(frame(running), count, repeats)
            assert left_over(status) == [], (running, count, repeats)
    assert left_over(player_status(frame(False, True), 1, 1)) == []
    results = ExamResults(
        learner="Ada",
        exam_title="Week 3 check",
        exam_digest="",
        seed=1,
        started="2026-12-02T05:00:00Z",
        duration=65.0,
        timed_out=True,
        planned=5,
        answers=(answer, right),
    )
    assert left_over(results_words(results)) == []
    full = dataclasses.replace(results, planned=2, timed_out=False)
    assert left_over(results_words(full)) == []


def test_the_dialogs_are_translated(marked_window, qtbot):
    from massage_trainer.ui.about import AboutDialog, WelcomeDialog
    from massage_trainer.ui.dialogs import ProblemsDialog

    window = marked_window
    disclaimer = window.zone_set.rules.disclaimer
    about = AboutDialog(window, disclaimer)
    qtbot.addWidget(about)
    allowed = {disclaimer, "Massage Trainer", "PySide6 (Qt for Python)", "Qt 6", "LGPL", *QT_WORDS}
    allowed |= {"shapely", "NumPy", "PyYAML", "fsrs", "py", "RapidFuzz", "genanki", "BSD", "MIT"}
    allowed |= {"Clause", "The Qt Company", "Open Spaced Repetition", "Max Bachmann"}
    allowed |= {"Kerrick Staley"}
    body = about.findChild(QWidget, "aboutText")
    assert left_over(body.toPlainText(), allowed) == []
    assert unmarked([p for p in widget_texts(about) if "aboutText" not in p[0]], allowed) == []
    welcome = WelcomeDialog(window)
    qtbot.addWidget(welcome)
    assert unmarked(widget_texts(welcome), {"Massage Trainer", *QT_WORDS}) == []
    problems = ProblemsDialog(window, "Title", "Summary", ["back.yaml:3: a problem"])
    qtbot.addWidget(problems)
    pairs = unmarked(
        widget_texts(problems), {"Title", "Summary", "back.yaml:3: a problem", *QT_WORDS}
    )
    assert pairs == []


# --- the Language menu ------------------------------------------------------------------------
@pytest.fixture
def chosen_language(fresh_settings):
    yield
    QSettings().remove(language.SETTINGS_KEY)
    language.apply_language("en")


def test_the_language_menu_offers_each_language_and_the_systems(open_window, chosen_language):
    window = open_window(show=False)
    actions = window.language_actions
    assert list(actions) == ["", *language.available_languages()]
    assert {"de", "es", "fr"} <= set(actions)
    for code, action in actions.items():
        assert action.isCheckable() and action.menu() is None
        if code:
            assert action.text() == language.native_name(code)
    system = language.native_name(language.system_language())
    assert actions[""].text().replace("&", "") == f"System default ({system})"
    assert actions[""].isChecked() and not actions["de"].isChecked()
    assert language.native_name("en") == "English" and language.native_name("es") == "Español"
    assert window.language_menu.menuAction() in window.view_menu.actions()


def test_choosing_a_language_remembers_it_and_restarts_in_it(
    open_window, chosen_language, monkeypatch
):
    from massage_trainer.app import create_main_window
    from massage_trainer.ui import mainwindow

    window = open_window()
    asked, started, quit_ = [], [], []
    monkeypatch.setattr(
        mainwindow.RestartDialog, "ask", classmethod(lambda cls, p, code: asked.append(code) or 1)
    )
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or True
    )
    monkeypatch.setattr(mainwindow, "quit_application", lambda: quit_.append(True))
    monkeypatch.setattr(sys, "argv", ["massage-trainer", "--view", "front", "--lang", "fr"])
    window.settings.remove("window/geometry")
    window.language_actions["de"].trigger()
    assert QSettings().value(language.SETTINGS_KEY) == "de"
    assert window.language_actions["de"].isChecked()
    assert asked == ["de"]
    # saved as on closing, started again with the same arguments (but the choice
    # of language), and quit
    assert not window.isVisible()
    assert window.settings.value("window/geometry") is not None
    assert started == [(sys.executable, ["-m", "massage_trainer", "--view", "front"])]
    assert quit_ == [True]
    # the next window is in the language chosen
    again = create_main_window()
    try:
        assert i18n.language() == "de" and language.current_language() == "de"
        assert again.language_actions["de"].isChecked()
    finally:
        again.close()
        again.deleteLater()


def test_later_keeps_the_window_and_the_same_language_asks_nothing(
    open_window, chosen_language, monkeypatch
):
    from massage_trainer.ui import mainwindow

    window = open_window()
    asked, started = [], []
    monkeypatch.setattr(
        mainwindow.RestartDialog, "ask", classmethod(lambda cls, p, code: asked.append(code) and 0)
    )
    monkeypatch.setattr(QProcess, "startDetached", lambda *a: started.append(a) or True)
    window.language_actions["fr"].trigger()
    assert asked == ["fr"] and started == [] and window.isVisible()
    assert QSettings().value(language.SETTINGS_KEY) == "fr"
    assert window.statusBar().currentMessage()
    # a language given for this run only (--lang) does not hide the choice:
    # the program starts again without it
    with monkeypatch.context() as patch:
        patch.setattr(language, "chosen_language", lambda settings=None: "es")
        window.language_actions["de"].trigger()
    assert asked == ["fr", "de"] and QSettings().value(language.SETTINGS_KEY) == "de"
    # back to the system's language, which is the one shown: nothing to restart
    window.language_actions[""].trigger()
    assert QSettings().value(language.SETTINGS_KEY) == ""
    assert asked == ["fr", "de"] and started == []


def test_the_restart_drops_only_the_language_option():
    from massage_trainer.ui.mainwindow import restart_arguments

    assert restart_arguments(["--lang", "de", "--view", "front"]) == ["--view", "front"]
    assert restart_arguments(["--lang=de", "--zones", "x.yaml"]) == ["--zones", "x.yaml"]
    assert restart_arguments(["--zones", "lang.yaml"]) == ["--zones", "lang.yaml"]


def test_the_restart_dialog_speaks_the_new_language_where_it_can(
    qapp, pseudo, tmp_path, monkeypatch
):
    import shutil
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    from massage_trainer.ui import mainwindow

    title, message = mainwindow.RESTART_TITLE, mainwindow.RESTART_MESSAGE
    # English is the source; a language without these texts falls back to the one shown
    assert mainwindow.in_language("en", "WindowText", title) == title
    assert mainwindow.in_language("xx", "WindowText", title) == OPEN + title + CLOSE
    # a German translation of the dialog's words, compiled for the test
    (tmp_path / "de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>WindowText</name>"
        f"<message><source>{title}</source><translation>Neu starten?</translation></message>"
        f"<message><source>{message}</source><translation>Jetzt neu?</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    qm = tmp_path / "massage_trainer_de.qm"
    subprocess.run([str(lrelease), str(tmp_path / "de.ts"), "-qm", str(qm)], check=True)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    assert mainwindow.in_language("de", "WindowText", title) == "Neu starten?"
    shown = []

    def fake_exec(box):
        buttons = sorted(b.text() for b in box.buttons())
        shown.append((box.windowTitle(), box.text(), box.informativeText(), buttons))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert mainwindow.RestartDialog.ask(None, "de") is False  # no button was clicked
    # the new language's words, the ones shown now below them, the buttons in the latter
    assert shown == [
        (
            "Neu starten?",
            "Jetzt neu?",
            OPEN + message + CLOSE,
            sorted([OPEN + "&Restart Now" + CLOSE, OPEN + "&Later" + CLOSE]),
        )
    ]
