"""The program in German, Spanish and French: every interface text translated
(and found by pyside6-lupdate), placeholders and plural forms kept, the .qm
compiled from the .ts, every content text translated, and the window, the
sheet and a quiz round in those languages."""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator

from massage_trainer import language
from massage_trainer.core import i18n, overlay, paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "massage_trainer"
LANGUAGES = ("de", "es", "fr")
CONTENT_FILES = ("back.yaml", "front.yaml", "techniques.yaml", "rules.yaml", "routines.yaml")
PLACEHOLDER = re.compile(r"\{(\w*)(?::[^}]*)?\}")


def ts_file(code: str) -> Path:
    return language.TRANSLATIONS_DIR / f"massage_trainer_{code}.ts"


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file(code)).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


@functools.cache
def tr_calls() -> list[tuple[Path, int, str, str | None]]:
    """Every ``Name.tr(...)`` call of the package: (file, line, context, text or
    None when the text is not a literal).  Read once per test run."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.args
            ):
                first = node.args[0]
                text = first.value if isinstance(first, ast.Constant) else None
                found.append((path, node.lineno, node.func.value.id, text))
    return found


# --- the interface's texts ------------------------------------------------------
def test_the_interface_has_translatable_texts_and_each_is_a_literal():
    calls = tr_calls()
    assert len(calls) > 300
    not_literal = [f"{p.relative_to(ROOT)}:{line}" for p, line, _, text in calls if text is None]
    assert not_literal == [], "pyside6-lupdate cannot read these: " + ", ".join(not_literal)


def test_no_widget_translates_through_its_own_class_name():
    # self.tr() files a text under the Qt class's name, which differs per subclass
    offenders = [f"{p.relative_to(ROOT)}:{line}" for p, line, ctx, _ in tr_calls() if ctx == "self"]
    assert offenders == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_call_is_in_the_ts_file(code):
    known = {(ctx, m.findtext("source")) for ctx, m in messages(code)}
    absent = sorted(
        f"{p.relative_to(ROOT)}:{line}: {ctx}: {text!r}"
        for p, line, ctx, text in tr_calls()
        if text is not None and (ctx, text) not in known
    )
    assert absent == [], "run make translations: " + "\n".join(absent[:20])


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_interface_text_is_translated(code):
    unfinished = overlay.unfinished_interface_texts(ts_file(code))
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:10]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_every_placeholder_count_and_shortcut(code):
    wrong = []
    for ctx, message in messages(code):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append(f"{ctx}: {source!r} -> {form!r}: placeholders")
            # a form may leave the number out ("eine Minute"), but only the singular
            numerus = message.get("numerus") == "yes"
            if numerus and "%n" in source and "%n" not in form and form is not forms[0]:
                wrong.append(f"{ctx}: {source!r} -> {form!r}: %n")
            shortcut = source.replace("&&", "").count("&") == 1
            if shortcut and form.replace("&&", "").count("&") != 1:
                wrong.append(f"{ctx}: {source!r} -> {form!r}: the & of the shortcut")
    assert wrong == [], "\n".join(wrong[:20])


@pytest.mark.parametrize("code", (*LANGUAGES, "en"))
def test_the_compiled_files_are_made_from_the_ts_files(code, tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(__import__("sys").executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / f"{code}.qm"
    subprocess.run([lrelease, "-silent", str(ts_file(code)), "-qm", str(out)], check=True)
    committed = language.TRANSLATIONS_DIR / f"massage_trainer_{code}.qm"
    assert out.read_bytes() == committed.read_bytes(), "run make translations"


def numerus_messages(code: str) -> list[tuple[str, str, str | None, list[str]]]:
    return [
        (
            ctx,
            m.findtext("source") or "",
            m.findtext("comment"),
            [f.text or "" for f in m.iter("numerusform")],
        )
        for ctx, m in messages(code)
        if m.get("numerus") == "yes"
    ]


# which form each language uses for a count (Qt's rules for these languages)
FORM_FOR = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
}


@pytest.mark.parametrize("code", (*LANGUAGES, "en"))
def test_counts_take_the_plural_form_of_the_language(qapp, code):
    plurals = numerus_messages(code)
    assert plurals, "no text with a count"
    translator = QTranslator()
    assert translator.load(str(language.TRANSLATIONS_DIR / f"massage_trainer_{code}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for ctx, source, comment, forms in plurals:
            assert len(forms) == 2, (ctx, source, forms)
            for n in (0, 1, 2, 5):
                got = QCoreApplication.translate(ctx, source, comment, n)
                want = forms[FORM_FOR[code](n)].replace("%n", str(n))
                assert got == want, (code, ctx, source, n)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_counts_read_as_english(qapp):
    plurals = {(ctx, source): forms for ctx, source, _, forms in numerus_messages("en")}
    assert plurals
    for (_ctx, source), (one, many) in plurals.items():
        assert "(s)" not in one and "(s)" not in many, source


def test_every_language_is_offered():
    assert set(LANGUAGES) <= set(language.available_languages())
    assert language.available_languages()[0] == "en"


# --- the content ------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_content_text_is_translated(code):
    sources = [paths.zones_dir() / name for name in CONTENT_FILES]
    problems, missing = overlay.check_language(sources, code)
    assert problems == []
    assert [str(m) for m in missing] == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_content_loads_in_each_language(code):
    from massage_trainer.core.routines import load_routines
    from massage_trainer.core.zones import load_views

    english = load_views()
    i18n.install(None, None, code)
    try:
        views = load_views()
        routines = load_routines(views["back"], views=views)
    finally:
        i18n.install(None, None, "en")
    for view, zone_set in views.items():
        # the same zones, safety and geometry: only the words differ
        before = english[view]
        assert [z.id for z in zone_set.zones] == [z.id for z in before.zones]
        assert [z.safety for z in zone_set.zones] == [z.safety for z in before.zones]
        changed = sum(z.name != b.name for z, b in zip(zone_set.zones, before.zones, strict=True))
        assert changed > len(zone_set.zones) * 0.8, f"{view}: names mostly untranslated"
    assert routines


# --- the program in each language -------------------------------------------------
@pytest.fixture
def german(monkeypatch, fresh_settings):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    yield
    language.apply_language("en")


def test_the_window_started_with_a_german_locale_is_german(german, qtbot):
    from massage_trainer.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert i18n.language() == "de"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    english = {"File", "View", "Help", "Routine"}  # "Quiz" is German too
    assert not english & set(menus), menus
    assert "Datei" in menus and "Hilfe" in menus, menus
    # the panel: the zone's German name, its German safety word
    zone = window.zone_set.zone("kidney_left")
    window.view.select(zone)
    qtbot.waitUntil(lambda: zone.name in window.info.toPlainText())
    text = window.info.toPlainText()
    assert "Meiden" in text or "Vorsicht" in text
    assert "Avoid" not in text and "Caution" not in text


def test_the_spanish_sheet_names_every_zone_in_spanish(tmp_path, capsys):
    pypdf = pytest.importorskip("pypdf")
    from massage_trainer.cli import main

    out = tmp_path / "hoja.pdf"
    try:
        assert main(["export", "--lang", "es", "--out", str(out)]) == 0
        i18n.install(None, None, "es")
        from massage_trainer.core.zones import load_zone_set

        names = {z.name for z in load_zone_set().zones}
    finally:
        language.apply_language("en")
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(out).pages
    )
    absent = sorted(n for n in names if " ".join(n.split()) not in text)
    assert absent == []
    assert "Evitar" in text and "Precaución" in text


def test_a_french_quiz_round_end_to_end(monkeypatch, fresh_settings, qtbot):
    from massage_trainer.app import create_main_window
    from massage_trainer.core.quiz import Mode

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        window.resize(1100, 800)
        window.show()
        qtbot.waitExposed(window)
        quiz = window.quiz
        quiz.start_action.trigger()
        setup = quiz.panel.setup
        button = setup.mode_buttons[Mode.NAME]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        quiz.seed = 5
        assert setup.start_button.text().replace("&", "") != "Start"
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
        from massage_trainer.core.zones import load_views

        french_names = {z.name for zs in load_views().values() for z in zs.zones}
        asked = 0
        while quiz.running:
            asked += 1
            page = quiz.panel.question
            question = quiz.question
            # the choices are the zones' French names
            assert {b.text().split(None, 1)[1].strip() for b in page.answer_buttons} <= french_names
            qtbot.mouseClick(page.answer_buttons[question.answer], Qt.MouseButton.LeftButton)
            assert question.right_answer in page.feedback.text()
            qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert asked >= 5
        score = quiz.panel.results.score.text()
        assert str(asked) in score and " of " not in score
        quiz.save_if_dirty()
    finally:
        language.apply_language("en")


@pytest.mark.slow
@pytest.mark.parametrize("points", [None, 18.0])
@pytest.mark.parametrize(("width", "height"), [(800, 600), (1366, 768), (3840, 2160)])
def test_german_the_longest_clips_no_text(qapp, german, width, height, points):
    from PySide6.QtGui import QFont

    from tests.test_a11y_layout import ELSEWHERE, layout_check

    check = layout_check()
    default = QFont(qapp.font())
    if points:
        font = QFont(default)
        font.setPointSizeF(points)
        qapp.setFont(font)
    try:
        findings = check.check_window(qapp, width, height, points)
    finally:
        qapp.setFont(default)
    # the tabs the English check leaves to their own tests, by their German names
    elsewhere = (*ELSEWHERE, "[Fortschritt]")
    lines = [line for line in check.grouped(findings) if not line.endswith(elsewhere)]
    lines = [line for line in lines if "without scrolling" not in line]
    assert lines == []


# --- choosing the language ------------------------------------------------------
@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANGUAGE": "pt_BR:fr", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
    ],
)
def test_the_system_language_comes_from_the_environment(monkeypatch, env, expected):
    if language.sys.platform in ("win32", "darwin"):
        pytest.skip("the environment speaks for the system on Linux only")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert language.system_language() == expected


def test_a_chosen_language_wins_over_the_system_and_is_remembered(fresh_settings, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    settings = QSettings()
    assert language.chosen_language(settings) == "de"
    language.remember_language("es", settings)
    assert language.chosen_language(QSettings()) == "es"
    language.remember_language("", settings)  # back to the system's
    assert language.chosen_language(QSettings()) == "de"


def test_qt_s_own_dialogs_speak_the_language_too(qapp):
    try:
        language.apply_language("de")
        assert QCoreApplication.translate("QFileDialog", "Open") == "Öffnen"
        assert i18n.percent(0.85) == "85\u00a0%"
        from datetime import date

        assert i18n.long_date(date(2026, 12, 1)) == "1. Dezember 2026"
        language.apply_language("fr")
        assert i18n.long_date(date(2026, 12, 1)) == "1 décembre 2026"
        assert i18n.number(1234.5, 1) == "1\u202f234,5"
    finally:
        language.apply_language("en")
    assert QCoreApplication.translate("QFileDialog", "Open") == "Open"
    assert i18n.percent(0.85) == "85%"
    assert i18n.long_date(date(2026, 12, 1)) == "1 December 2026"


@pytest.mark.parametrize("code", LANGUAGES)
def test_shortcut_letters_do_not_clash_on_any_tab(monkeypatch, fresh_settings, qtbot, code):
    from collections import Counter

    from massage_trainer.app import create_main_window
    from tests.ui.test_quiz_ui import visible_mnemonics

    monkeypatch.setenv("LANG", f"{code}.UTF-8")
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        window.resize(1100, 800)
        window.show()
        qtbot.waitExposed(window)
        clashes = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            found = visible_mnemonics(window)
            counts = Counter(key for key, _text in found)
            twice = {k: [t for kk, t in found if kk == k] for k, n in counts.items() if n > 1}
            if twice:
                clashes[window.tabs.tabText(index)] = twice
        assert clashes == {}
    finally:
        language.apply_language("en")
