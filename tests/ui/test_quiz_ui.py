"""The quiz in the window: every mode by mouse and by keyboard, results, practice of
mistakes, the timer, a map that gives nothing away, and lasting progress."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QToolTip

from massage_trainer.core.quiz import Mode, RoundSettings
from massage_trainer.core.quiz.statistics import due_counts
from massage_trainer.core.quiz.wording import click_text, due_summary, where_text
from massage_trainer.ui.maplook import MapState
from massage_trainer.ui.progressview import MASTERY_COLOURS, UNSEEN_COLOUR
from massage_trainer.ui.quiz import QuizController
from massage_trainer.ui.quiz.dialogs import ProgressCsvPath, QuizWarning, ResetProgress

WRONG_AT = {2, 5}  # question numbers (1-based) the tests answer wrongly
BACK = "back:"  # the back view only: the region of tests about something else than views


def data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


@pytest.fixture
def window(open_window):
    win = open_window(1100, 800)
    yield win
    win.quiz.save_if_dirty()


@pytest.fixture
def quiz(window) -> QuizController:
    return window.quiz


def focused(window):
    widget = window.focusWidget()
    assert widget is not None
    return widget


def on_results(quiz: QuizController) -> bool:
    return quiz.panel.page is quiz.panel.results


def find_target(quiz: QuizController):
    """A zone of the kind a find-it question asks for."""
    assert quiz.question is not None
    return quiz.question.zones[-1]


def wrong_zone(quiz: QuizController):
    assert quiz.question is not None
    return next(
        z
        for z in quiz.engine.zone_set_of(quiz.question).zones
        if z.kind != quiz.question.kind and z.name != quiz.question.name and z.geometry.area > 20
    )


def expected_score(planned: int) -> int:
    return planned - len([n for n in WRONG_AT if n <= planned])


def start_by_clicks(qtbot, window, mode: Mode, seed: int) -> None:
    quiz = window.quiz
    window.quiz.start_action.trigger()
    assert window.tabs.currentWidget() is quiz.panel
    assert quiz.panel.page is quiz.panel.setup
    button = quiz.panel.setup.mode_buttons[mode]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert quiz.panel.setup.mode is mode
    quiz.seed = seed
    qtbot.mouseClick(quiz.panel.setup.start_button, Qt.MouseButton.LeftButton)
    assert quiz.running and quiz.round.settings.mode is mode
    assert quiz.round.settings.seed == seed


def check_results(quiz: QuizController, mode: Mode) -> None:
    assert on_results(quiz)
    results = quiz.results
    assert results is not None and results.mode is mode
    assert results.answered == results.planned == quiz.round.planned
    assert results.score == expected_score(results.planned)
    assert quiz.panel.results.score.text().startswith(f"{results.score} of {results.answered}")
    assert quiz.panel.results.misses.count() == len(results.misses)
    for i, miss in enumerate(results.misses):
        assert miss.right_answer in quiz.panel.results.misses.item(i).text()


# --- a full round of each mode, by mouse -----------------------------------------
def test_find_it_by_clicks(window, quiz, qtbot):
    start_by_clicks(qtbot, window, Mode.FIND, seed=1)
    view = window.view
    n = 0
    while quiz.running:
        n += 1
        page = quiz.panel.question
        # every view is asked: each question names its view, and the map shows it
        view_name = quiz.question.view
        assert page.prompt.text().startswith(f"{view_name.capitalize()} view: click the ")
        assert window.zone_set.view == view_name
        assert not any(b.isVisible() for b in page.answer_buttons)
        if n in WRONG_AT:
            for tries_left in (2, 1, 0):
                other = wrong_zone(quiz)
                qtbot.mouseClick(
                    view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*other.label_point)
                )
                verb = "Those are" if other.kind == "neck_muscles" else "That is"
                assert f"{verb} the {other.name.lower()}." in page.feedback.text()
                assert quiz.feedback.tries_left == tries_left
                assert page.next_button.isEnabled() == (tries_left == 0)
            assert "shown now" in page.feedback.text()
            assert view.select_on_click is False and view.selected is None
        else:
            target = find_target(quiz)
            qtbot.mouseClick(
                view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*target.label_point)
            )
            assert quiz.feedback.correct, page.feedback.text()
            assert page.feedback.text().startswith("\u2713 Right")
        # the answer is shown on the map, and why
        assert window.view.look.marks.keep == {z.id for z in quiz.feedback.reveal}
        assert quiz.feedback.question.zone.why in page.why.text()
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    check_results(quiz, Mode.FIND)
    assert n == 10


@pytest.mark.parametrize(("mode", "seed"), [(Mode.NAME, 2), (Mode.TECHNIQUE, 3)])
def test_choice_modes_by_clicks(window, quiz, qtbot, mode, seed):
    start_by_clicks(qtbot, window, mode, seed)
    n = 0
    while quiz.running:
        n += 1
        page = quiz.panel.question
        question = quiz.question
        assert [b.isVisible() for b in page.answer_buttons] == [True] * 4
        # the zone asked about is highlighted, the rest dimmed
        assert window.view.look.marks.keep == {question.zone.id} and window.view.look.marks.dim
        index = question.answer if n not in WRONG_AT else (question.answer + 1) % 4
        assert page.answer_buttons[index].text().startswith(f"{index + 1} ")
        qtbot.mouseClick(page.answer_buttons[index], Qt.MouseButton.LeftButton)
        assert quiz.feedback.done and quiz.feedback.correct == (n not in WRONG_AT)
        assert question.right_answer in page.feedback.text()
        assert not any(b.isEnabled() for b in page.answer_buttons)
        if mode is Mode.TECHNIQUE:
            assert "Techniques that suit" in page.why.text()
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    check_results(quiz, mode)


def test_safe_or_not_by_clicks_calls_out_safety_mistakes(window, quiz, qtbot):
    start_by_clicks(qtbot, window, Mode.SAFETY, seed=6)  # asks a target and a non-target spot
    # as questions 2 and 5
    view = window.view
    n, safety_mistakes = 0, 0
    while quiz.running:
        n += 1
        page = quiz.panel.question
        question = quiz.question
        # a neutral map with the spot marked inside the zone
        assert not view.options.colours and not view.options.patterns
        assert window.view.look.marks.marker == question.spot
        assert view.zone_set.zone_at(*question.spot) is question.zone
        assert [b.isVisible() for b in page.answer_buttons] == [True, True, True, False]
        index = question.answer
        if n in WRONG_AT:  # "Target" where it is not, and the other way round
            index = 0 if question.zone.safety != "target" else 2
        qtbot.mouseClick(page.answer_buttons[index], Qt.MouseButton.LeftButton)
        if quiz.feedback.safety_mistake:
            safety_mistakes += 1
            assert page.feedback.text().startswith("\u26a0 Safety mistake")
            assert page.feedback.property("verdict") == "safety"
        assert question.zone.why in page.why.text()
        assert window.view.look.marks.fill == {question.zone.id}  # the zone is shown afterwards
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    check_results(quiz, Mode.SAFETY)
    assert safety_mistakes == 1
    assert len(quiz.results.safety_mistakes) == 1
    label = quiz.panel.results.safety
    assert label.isVisible() and label.text().startswith("\u26a0")
    assert f"{safety_mistakes} safety mistake" in label.text()
    texts = [quiz.panel.results.misses.item(i).text() for i in range(2)]
    assert ["(safety mistake)" in t for t in texts] == [False, True]


def test_caution_for_an_avoid_spot_is_called_out_too(window, quiz, qtbot):
    start_by_clicks(qtbot, window, Mode.SAFETY, seed=2)
    avoid = 0
    while quiz.running:
        page = quiz.panel.question
        question = quiz.question
        index = 1 if question.zone.safety == "avoid" else question.answer  # "Caution"
        qtbot.mouseClick(page.answer_buttons[index], Qt.MouseButton.LeftButton)
        if question.zone.safety == "avoid":
            avoid += 1
            assert quiz.feedback.safety_mistake
            assert page.feedback.text().startswith("\u26a0 Safety mistake")
            assert page.feedback.text().endswith("is a zone to avoid, not a caution zone.")
            assert page.feedback.property("verdict") == "safety"
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert avoid and len(quiz.results.safety_mistakes) == avoid
    label = quiz.panel.results.safety
    assert label.isVisible()
    assert label.text() == (
        f"\u26a0 {avoid} safety mistake{'s' if avoid > 1 else ''}: a spot "
        "was called less risky than it is. Pressing there can hurt; "
        "learn these first."
    )
    assert "target" not in label.text()


# --- a full round of each mode, by keyboard alone ------------------------------------
def start_by_keys(qtbot, window, mode: Mode, seed: int) -> None:
    quiz = window.quiz
    quiz.show_setup()
    quiz.seed = seed
    for _ in range(list(Mode).index(mode)):
        qtbot.keyClick(focused(window), Qt.Key.Key_Down)
    assert quiz.panel.setup.mode is mode
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert quiz.running and quiz.round.settings.mode is mode


def test_find_it_by_keys(window, quiz, qtbot):
    start_by_keys(qtbot, window, Mode.FIND, seed=5)
    view = window.view
    n = 0
    while quiz.running:
        n += 1
        assert focused(window) is view  # the map takes the keys in find-it
        kind = quiz.question.kind
        while not quiz.feedback or not quiz.feedback.done:
            for _ in range(2 * len(view.zone_set.zones)):
                qtbot.keyClick(view, Qt.Key.Key_Down)
                if (view.cursor_zone.kind == kind) != (n in WRONG_AT):
                    break
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert quiz.feedback.correct == (n not in WRONG_AT)
        assert focused(window) is quiz.panel.question.next_button
        qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    check_results(quiz, Mode.FIND)


@pytest.mark.parametrize(("mode", "seed"), [(Mode.NAME, 6), (Mode.SAFETY, 7), (Mode.TECHNIQUE, 8)])
def test_choice_modes_by_keys(window, quiz, qtbot, mode, seed):
    start_by_keys(qtbot, window, mode, seed)
    n = 0
    while quiz.running:
        n += 1
        question = quiz.question
        index = (
            question.answer if n not in WRONG_AT else (question.answer + 1) % len(question.choices)
        )
        key = str(index + 1)
        if mode is Mode.SAFETY and n % 2:
            key = question.choices[index].label[0].lower()  # T, C or A
        qtbot.keyClick(focused(window), key)
        assert quiz.feedback is not None and quiz.feedback.correct == (n not in WRONG_AT)
        next_key = Qt.Key.Key_Space if n % 3 == 0 else Qt.Key.Key_Return
        qtbot.keyClick(focused(window), next_key)
    check_results(quiz, mode)
    # and on from the results by keys: Enter on the focused "Practise my mistakes"
    assert focused(window) is quiz.panel.results.practise_button
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert quiz.running and quiz.round.planned == 2


def test_keys_work_after_a_click_on_the_map(window, quiz, qtbot):
    view = window.view
    quiz.start(RoundSettings(Mode.NAME, count=3, seed=23))
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*quiz.question.zone.label_point)
    )
    view.setFocus()  # what the click does in a real window
    assert quiz.feedback is None and view.selected is None
    qtbot.keyClick(view, str(quiz.question.answer + 1))
    assert quiz.feedback is not None and quiz.feedback.correct
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quiz.round.position == 2 and quiz.feedback is None


def test_keys_do_not_answer_from_other_widgets(window, quiz, qtbot):
    quiz.show_setup()
    spin = quiz.panel.setup.time_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, "5")
    assert spin.value() == 5 and not quiz.running
    quiz.start(RoundSettings(Mode.NAME, count=3, seed=9))
    window.tabs.setCurrentWidget(window.info)
    qtbot.keyClick(window.info, "1")
    assert quiz.feedback is None


# --- results, mistakes, time ---------------------------------------------------------
def test_practise_my_mistakes_asks_only_the_misses(window, quiz, qtbot):
    quiz.start(RoundSettings(Mode.NAME, count=10, seed=10))
    missed = []
    n = 0
    while quiz.running:
        n += 1
        q = quiz.question
        if n in WRONG_AT:
            missed.append(q.kind)
        quiz.answer_choice(q.answer if n not in WRONG_AT else (q.answer + 1) % 4)
        quiz.next_question()
    assert quiz.panel.results.practise_button.isEnabled()
    qtbot.mouseClick(quiz.panel.results.practise_button, Qt.MouseButton.LeftButton)
    assert quiz.running and quiz.round.planned == len(missed)
    asked = []
    while quiz.running:
        asked.append(quiz.question.kind)
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    assert asked == missed
    assert quiz.results.score == len(missed) and not quiz.results.misses
    assert not quiz.panel.results.practise_button.isEnabled()
    assert "No misses" in quiz.panel.results.misses_label.text()
    qtbot.mouseClick(quiz.panel.results.new_button, Qt.MouseButton.LeftButton)
    assert quiz.panel.page is quiz.panel.setup


def test_timer_ends_the_round(window, quiz, qtbot):
    quiz.start(RoundSettings(Mode.NAME, count=10, time_limit=1, seed=11))
    assert quiz.panel.question.clock.text() == "Time left 0:01"
    quiz.answer_choice(quiz.question.answer)
    qtbot.waitUntil(lambda: on_results(quiz), timeout=3000)
    assert quiz.results.timed_out and quiz.results.answered == 1
    assert "time ran out" in quiz.panel.results.details.text()
    assert not quiz.running and not quiz.end_action.isEnabled()


def test_end_quiz_shows_what_was_answered(window, quiz, qtbot):
    quiz.start(RoundSettings(Mode.TECHNIQUE, count=10, seed=12))
    assert quiz.end_action.isEnabled()
    quiz.answer_choice(quiz.question.answer)
    quiz.next_question()
    quiz.end_action.trigger()
    assert on_results(quiz) and quiz.results.answered == 1
    assert "Ended after 1 of 10" in quiz.panel.results.details.text()


# --- the map during a quiz -------------------------------------------------------------
def test_map_gives_nothing_away_and_is_restored(window, quiz, qtbot):
    view = window.view
    window.toggle_actions["labels"].trigger()
    view.select(window.zone_set.zone("spine"))
    before = view.options
    assert before.labels and before.selected == "spine"

    quiz.start(RoundSettings(Mode.FIND, count=10, seed=13, region=BACK))
    assert not view.options.labels and view.options.selected is None
    assert not view.select_on_click and not view.reveal_names
    # no safety colours or patterns to narrow down where the zone can be
    assert not view.options.colours and not view.options.patterns
    kidney = window.zone_set.zone("kidney_left")
    point = view.model_to_view(*kidney.label_point)
    qtbot.mouseMove(view, point)
    qtbot.waitUntil(lambda: view.hovered is not None)
    assert window.zone_label.text() == ""
    QApplication.sendEvent(
        view, QHelpEvent(QHelpEvent.Type.ToolTip, point, view.mapToGlobal(point))
    )
    assert not QToolTip.isVisible() or "Kidney" not in QToolTip.text()
    assert "Kidney" not in view.accessibleDescription()
    # a View toggle during the quiz does not bring the labels back
    window.toggle_actions["labels"].trigger()
    window.toggle_actions["labels"].trigger()
    assert not view.options.labels

    # leaving the tab gives the explorer its map back; coming back resumes the quiz
    window.tabs.setCurrentWidget(window.info)
    assert replace(view.options, hovered=None) == replace(before, hovered=None)
    assert view.select_on_click and view.reveal_names
    window.tabs.setCurrentWidget(quiz.panel)
    assert quiz.running and not view.options.labels and not view.reveal_names

    quiz.end_quiz()
    assert on_results(quiz)
    assert replace(view.options, hovered=None) == replace(before, hovered=None)
    assert view.options.colours and view.options.patterns
    assert view.select_on_click and view.reveal_names
    assert not window.view.look.marks


def test_results_show_a_miss_on_the_map(window, quiz, qtbot):
    quiz.start(RoundSettings(Mode.NAME, count=3, seed=14))
    while quiz.running:
        quiz.answer_choice((quiz.question.answer + 1) % 4)
        quiz.next_question()
    misses = quiz.panel.results.misses
    misses.setCurrentRow(1)
    kind = quiz.results.misses[1].question.kind
    assert window.view.look.state is MapState.REVIEW
    assert window.view.look.marks.keep == {z.id for z in window.zone_set.zones if z.kind == kind}
    assert window.view.reveal_names  # the quiz is over: names may show
    quiz.show_setup()
    assert window.view.look.state is MapState.EXPLORER and not window.view.look.marks


def test_new_zone_set_ends_the_quiz(window, quiz, qtbot, tmp_path):
    before = window.view.options
    quiz.start(RoundSettings(Mode.SAFETY, count=10, seed=15))
    copy = tmp_path / "back.yaml"
    copy.write_text(Path(window.zone_set.path).read_text())
    assert window.load_zone_file(copy)
    assert not quiz.running  # MainWindow.zoneSetChanged

    assert quiz.engine.zone_set is window.zone_set
    assert quiz.panel.page is quiz.panel.setup
    assert window.view.options.colours == before.colours and window.view.reveal_names
    quiz.start(RoundSettings(Mode.SAFETY, count=2, seed=15))
    assert quiz.question.zone in window.zone_set.zones


def test_quiz_and_routine_share_the_map(window, quiz, qtbot):
    routines = getattr(window, "routines", None)
    if routines is None:
        pytest.skip("no Routine tab in this window")
    view = window.view
    before = view.options
    quiz.start(RoundSettings(Mode.SAFETY, count=5, seed=22))
    window.tabs.setCurrentWidget(routines.panel)
    assert view.options.colours == before.colours and view.reveal_names
    assert not window.view.look.marks
    window.tabs.setCurrentWidget(quiz.panel)
    assert not view.options.colours and not view.reveal_names and view.look.marks
    quiz.end_quiz()
    window.tabs.setCurrentWidget(window.info)
    assert replace(view.options, hovered=None) == replace(before, hovered=None)


def test_quiz_menu_and_tabs(window, quiz):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Zone") < titles.index("&Quiz") < titles.index("&Help")
    texts = [a.text() for a in quiz.menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Start Quiz\u2026",
        "&Practice",
        "&End Quiz",
        "Show &Progress",
        "&Export Progress as CSV\u2026",
        "E&xport Progress Report\u2026",
        "&Reset Progress\u2026",
    ]
    assert quiz.start_action.shortcut().toString() == "Ctrl+R"
    assert quiz.end_action.shortcut().toString() == "Ctrl+."
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[-2:] == ["Q&uiz", "Pro&gress"]


def mnemonic(text: str) -> str | None:
    """The letter after a single '&', lower case; None without one."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def visible_mnemonics(window) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic Alt answers to now: menus, tabs, and the
    visible buttons, group boxes and labels with a buddy."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [g.title() for g in window.findChildren(QGroupBox) if g.isVisible()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    return [(key, text) for text in texts if (key := mnemonic(text))]


def test_mnemonics_do_not_clash(window, quiz, qtbot):
    def check(where: str) -> list[str]:
        QApplication.processEvents()
        found = visible_mnemonics(window)
        keys = [key for key, _text in found]
        assert len(keys) == len(set(keys)), (where, sorted(found))
        return keys

    keys = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        keys[window.tabs.tabText(index)] = check(window.tabs.tabText(index))
    assert {"u", "g", "i", "r", "t"} <= set(keys["Q&uiz"])  # every tab has one
    setup = quiz.panel.setup
    buddies = {
        label.buddy(): label.text()
        for label in setup.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert mnemonic(buddies[setup.count_combo]) and mnemonic(buddies[setup.region_combo])
    assert mnemonic(buddies[setup.time_spin]) and mnemonic(setup.practice_check.text())
    assert all(mnemonic(b.text()) for b in setup.mode_buttons.values())
    assert all("&" not in b.accessibleDescription() for b in setup.mode_buttons.values())
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=22))
    check("a question")
    while quiz.running:
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    assert on_results(quiz)
    check("the results")


def test_alt_letters_reach_the_quiz_set_up(window, quiz, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is quiz.panel
    setup = quiz.panel.setup
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: setup.mode is Mode.NAME)  # a mnemonic clicks with a short delay
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert setup.time_spin.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is quiz.progress_view


def test_accessible_names(window, quiz):
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=16))
    page = quiz.panel.question
    # the question and, in words, where the highlighted area is
    where = where_text(quiz.question, quiz.engine.zone_set)
    assert where.startswith("The highlighted area is ")
    assert page.prompt.accessibleDescription() == f"{quiz.question.prompt} {where}"
    assert page.prompt.accessibleName() == f"{quiz.question.prompt} {where}"
    for i, button in enumerate(page.answer_buttons):
        assert button.accessibleName() == f"Answer {i + 1}: {quiz.question.choices[i].label}"
    quiz.answer_key("1")
    assert page.feedback.accessibleName() == ""
    assert page.feedback.textFormat() == Qt.TextFormat.PlainText
    assert page.feedback.accessibleDescription() == page.feedback.text()
    assert quiz.feedback.message in page.feedback.text()


def test_a_screen_reader_hears_where_the_spot_is(window, quiz):
    """Safe or not: the marked spot in words, never its level; Find it: the
    question names the area, and a click says where it landed."""
    zone_set = quiz.engine.zone_set
    quiz.start(RoundSettings(Mode.SAFETY, count=2, seed=4, region=BACK))
    prompt = quiz.panel.question.prompt
    where = where_text(quiz.question, zone_set)
    assert where.startswith("The marked spot is ")
    assert prompt.accessibleDescription().endswith(where)
    for word in ("target", "caution", "avoid"):
        assert word not in where.lower()
    quiz.start(RoundSettings(Mode.FIND, count=2, seed=4, region=BACK))
    assert prompt.accessibleDescription() == quiz.question.prompt
    other = wrong_zone(quiz)
    quiz._on_point_clicked(*other.label_point)
    feedback = quiz.panel.question.feedback
    said = click_text(zone_set, *other.label_point)
    assert said.startswith("You clicked ")
    assert feedback.accessibleDescription() == f"{feedback.text()} {said}"


def test_setup_page_says_what_is_due(window, quiz):
    quiz.show_setup()
    setup = quiz.panel.setup
    assert setup.due.text() == due_summary(0, 0)
    # one area missed in Name it: it comes back today
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=18, region=BACK))
    while quiz.running:
        wrong = next(i for i in range(len(quiz.question.choices)) if i != quiz.question.answer)
        quiz.answer_choice(wrong if quiz.round.position == 1 else quiz.question.answer)
        quiz.next_question()
    quiz.show_setup()
    setup.mode_buttons[Mode.NAME].setChecked(True)
    view = quiz.engine.zone_set.view
    today, by_tomorrow = due_counts(quiz.progress, quiz.clock(), view=view, mode="name")
    assert today >= 1
    assert setup.due.text() == due_summary(today, by_tomorrow)
    assert f"{today} today" in setup.due.text()
    setup.mode_buttons[Mode.SAFETY].setChecked(True)  # nothing asked in this mode
    assert setup.due.text() == due_summary(0, 0)


def test_mastery_colours_cannot_be_taken_for_safety_levels():
    """One hue, darker for better known, far in hue from every safety colour."""
    from PySide6.QtGui import QColor

    from massage_trainer.core import colours, safety

    def hue(colour):
        return QColor(colour).hslHueF() * 360

    level_hues = [hue(c) for c in (*safety.SAFETY_FILLS.values(), *safety.SAFETY_BADGES.values())]
    hues = [hue(c) for c in colours.MASTERY_COLOURS]
    assert max(hues) - min(hues) < 25  # one hue
    for h in hues:
        assert all(min(abs(h - lh), 360 - abs(h - lh)) > 40 for lh in level_hues), h
    lightness = [QColor(c).lightnessF() for c in colours.MASTERY_COLOURS]
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == 5
    unseen = QColor(colours.UNSEEN_COLOUR)
    assert unseen.hslSaturationF() == 0 and unseen.lightnessF() > lightness[0]


# --- progress ---------------------------------------------------------------------------
def play_name_round(quiz, count=3, seed=17):
    quiz.start(RoundSettings(Mode.NAME, count=count, seed=seed, region=BACK))
    while quiz.running:
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()


def test_progress_is_saved_in_the_data_directory(window, quiz, qtbot):
    assert quiz.store.directory == data_dir()
    assert "test_quiz_ui" in str(data_dir())
    play_name_round(quiz)
    assert quiz.save_if_dirty()
    saved = quiz.store.load()
    assert saved.warning is None and len(saved.progress) == 3
    assert saved.progress == quiz.progress


def test_practice_schedules_from_progress(window, quiz, qtbot):
    play_name_round(quiz, count=3, seed=18)
    quiz.panel.setup.mode_buttons[Mode.NAME].setChecked(True)
    quiz.practice_action.trigger()
    assert quiz.running and quiz.round.settings.practice
    assert "(practice)" in quiz.panel.question.status.text()


def test_corrupt_progress_file_warns_and_the_quiz_works(open_window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        QuizWarning, "ask", classmethod(lambda cls, parent, title, text: warnings.append(text))
    )
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "progress.json").write_text("{not json")
    window = open_window(1100, 800)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "could not be read" in warnings[0]
    assert list(data_dir().glob("progress.corrupt-*.json"))
    play_name_round(window.quiz, count=2)
    assert window.quiz.results.score == 2
    assert window.quiz.save_if_dirty() and (data_dir() / "progress.json").is_file()
    QApplication.processEvents()
    assert len(warnings) == 1


def test_failed_save_keeps_progress_and_says_so(window, quiz, monkeypatch):
    def fail(progress):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(quiz.store, "save", fail)
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=19))
    quiz.answer_choice(quiz.question.answer)
    quiz.next_question()
    assert quiz.save_if_dirty() is False
    assert "could not be saved" in window.statusBar().currentMessage()
    assert len(quiz.progress) == 1


def test_export_csv(window, quiz, tmp_path, monkeypatch):
    out = tmp_path / "progress.csv"
    monkeypatch.setattr(
        ProgressCsvPath, "ask", classmethod(lambda cls, parent, suggested: str(out))
    )
    play_name_round(quiz)
    quiz.export_action.trigger()
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:3] == ["view", "kind", "name"]
    assert len(rows) == 4


@pytest.mark.parametrize("confirmed", [False, True])
def test_reset_after_confirmation(window, quiz, monkeypatch, confirmed):
    asked = []
    monkeypatch.setattr(
        ResetProgress, "ask", classmethod(lambda cls, parent: asked.append(1) or confirmed)
    )
    play_name_round(quiz)
    quiz.reset_action.trigger()
    assert asked == [1]
    assert len(quiz.progress) == (0 if confirmed else 3)
    quiz.save_if_dirty()
    assert len(quiz.store.load().progress) == (0 if confirmed else 3)


def test_progress_tab_table_and_map_overlay(window, quiz, qtbot):
    play_name_round(quiz, count=3, seed=20)
    before = window.view.options
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    assert window.tabs.currentWidget() is view
    assert view.row_count() == 3
    assert view.cell_text(0, 4) == "2"  # right at the first try: box 2
    assert window.view.options.tints == {}
    view.show_on_map.setChecked(True)
    tints = window.view.options.tints
    asked = {
        z.id
        for z in window.zone_set.zones
        if quiz.progress.get(window.zone_set.view, "name", z.kind)
    }
    assert {tints[z].name() for z in asked} == {MASTERY_COLOURS[1]}
    others = set(tints) - asked
    assert {tints[z].name() for z in others} == {UNSEEN_COLOUR}
    # a click on the map picks the area's row
    zone = window.zone_set.zone(next(iter(asked)))
    qtbot.mouseClick(
        window.view, Qt.MouseButton.LeftButton, pos=window.view.model_to_view(*zone.label_point)
    )
    assert view.selected_kinds() == [zone.kind]
    assert window.view.selected is None and window.tabs.currentWidget() is view
    view.show_on_map.setChecked(False)
    assert replace(window.view.options, hovered=None) == replace(before, hovered=None)
    view.mode_combo.setCurrentIndex(view.mode_combo.findData("find"))
    assert view.row_count() == 0 and view.empty.isVisibleTo(view)


def test_no_progress_yet_sits_under_the_legend(window, quiz, qtbot):
    """With nothing to list, the note takes the table's place at the top of the
    tab instead of the tab's rows spreading out over its height."""
    window.resize(1200, 860)
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    qtbot.waitUntil(lambda: view.height() > 400)
    assert view.empty.isVisibleTo(view) and not view.table.isVisibleTo(view)
    line = view.fontMetrics().lineSpacing()

    def gap() -> int:
        return view.empty.geometry().top() - view.legend.geometry().bottom()

    # the tab was built just now: its layout settles in the event loop
    qtbot.waitUntil(lambda: 0 <= gap() < 2 * line)
    assert view.summary.height() < 4 * line  # its two lines, not a share of the tab
    assert view.legend.geometry().top() < 12 * line


def test_progress_table_shows_whole_area_names(window, quiz, qtbot):
    window.resize(1200, 860)  # the first start
    window.splitter.setSizes([700, 480])
    zone_set = window.zone_set
    for kind in zone_set.kinds():  # every area in every mode: the widest table
        for mode in Mode:
            quiz.progress.record(zone_set.view, mode.value, kind, right=True, now=quiz.clock())
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    table = view.table
    qtbot.waitUntil(lambda: table.viewport().width() > 400)
    metrics = table.fontMetrics()

    def shown_whole(row: int) -> bool:
        index = view.model.index(row, 0)
        room = table.visualRect(index).adjusted(4, 0, -4, 0)  # the cell's text margins
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, index.data())
        return needed.width() <= room.width() and needed.height() <= room.height()

    # the scroll range follows the layout in the event loop
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert all(shown_whole(r) for r in range(view.row_count()))
    # one mode at a time, every name fits on one line and the name column has the rest
    view.mode_combo.setCurrentIndex(view.mode_combo.findData("find"))
    widest = max(metrics.horizontalAdvance(zones[0].name) for zones in zone_set.kinds().values())
    qtbot.waitUntil(
        lambda: (
            sum(table.columnWidth(c) for c in range(view.model.columnCount()))
            == table.viewport().width()
        )
    )
    # the columns are fitted to the new rows once the layout has settled
    qtbot.waitUntil(lambda: table.columnWidth(0) >= widest + 8)
    assert all(shown_whole(r) for r in range(view.row_count()))
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()
    # the short headers say what they mean in full
    tips = [
        view.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(view.model.columnCount())
    ]
    assert all(tips) and "first try" in tips[3]


def test_overlay_dims_all_but_the_question_zone(window, quiz):
    view = window.view
    spine = window.zone_set.zone("spine")
    before = view.grab().toImage()
    quiz.start(RoundSettings(Mode.NAME, count=3, seed=21, region=BACK))
    if quiz.question.kind == "spine":
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    zone = quiz.question.zone
    assert view.look.marks.dim and view.look.marks.keep == {zone.id}
    during = view.grab().toImage()
    spine_at = view.model_to_view(*spine.label_point)
    zone_at = view.model_to_view(*zone.label_point)
    # the other zones fade towards white; the asked one keeps its colour
    assert during.pixelColor(spine_at).lightness() > before.pixelColor(spine_at).lightness() + 20
    assert abs(during.pixelColor(zone_at).lightness() - before.pixelColor(zone_at).lightness()) < 8


def test_setup_disables_regions_without_questions(window, quiz):
    class FewQuestions:
        def regions(self):
            return [(None, "Whole body"), ("back", "Back"), ("limbs", "Arms and legs")]

        def eligible_kinds(self, mode, region=None):
            return [] if mode is Mode.TECHNIQUE and region == "limbs" else ["a", "b"]

    quiz.panel.ensure_built()
    setup = quiz.panel.setup
    setup.refresh(FewQuestions())
    setup.region_combo.setCurrentIndex(2)
    assert setup.region == "limbs" and setup.start_button.isEnabled()
    setup.mode_buttons[Mode.TECHNIQUE].setChecked(True)
    model = setup.region_combo.model()
    assert [model.item(i).isEnabled() for i in range(3)] == [True, True, False]
    assert setup.region is None  # moved off the region that has nothing to ask
    assert setup.summary.text().startswith("2 questions from 2 areas")
    assert setup.settings(seed=3) == RoundSettings(Mode.TECHNIQUE, 10, None, None, False, 3)
    setup.time_spin.setValue(2)
    setup.count_combo.setCurrentIndex(2)
    assert setup.settings().time_limit == 120 and setup.settings().count is None


def test_zone_set_swapped_without_the_signal_ends_the_quiz(window, quiz, tmp_path):
    from massage_trainer.core.zones import load_zone_set

    quiz.start(RoundSettings(Mode.NAME, count=5, seed=24))
    other = load_zone_set()
    window.zone_set = other  # as if MainWindow did not say so
    window.view.set_zone_set(other)
    quiz.answer_choice(quiz.question.answer)
    assert not quiz.running and quiz.engine.zone_set is other
    assert window.view.reveal_names and window.view.select_on_click


def test_due_words_count_calendar_days():
    """The table's "Due" column counts local days as the set-up page does: an
    area due in an hour is due today, not tomorrow."""
    from datetime import datetime, timedelta

    from massage_trainer.ui.progressview import due_text

    noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    now = noon.timestamp()
    assert due_text(now - 60, now) == "now"
    assert due_text(now + 3600, now) == "today"
    assert due_text((noon + timedelta(days=1)).timestamp(), now) == "tomorrow"
    assert due_text((noon + timedelta(days=4)).timestamp(), now) == "in 4 days"
