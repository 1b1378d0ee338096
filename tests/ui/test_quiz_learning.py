"""The learning controls of the quiz in the window: the hint, typed names, the
left/right option and the recall goal (desired retention)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from massage_trainer.core.quiz import ItemProgress, Mode, RoundSettings, Schedule
from massage_trainer.core.quiz.progress import item_key
from massage_trainer.core.quiz.schedule import Grade
from massage_trainer.ui.quiz import QuizController
from massage_trainer.ui.quiz.controller import RETENTION_KEY

DAY = 86400.0


def setup_page(window):
    quiz: QuizController = window.quiz
    quiz.start_action.trigger()
    return quiz, quiz.panel.setup


def test_hint_halves_the_score_and_is_logged(open_window, qtbot):
    window = open_window(1100, 800)
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=3))
    page = quiz.panel.question
    question = quiz.question
    assert page.hint_button.isEnabled() and not page.hint_words.isVisibleTo(page)
    qtbot.mouseClick(page.hint_button, Qt.MouseButton.LeftButton)
    assert page.hint_words.isVisibleTo(page)
    assert f"\u201c{question.right_answer[:2]}\u201d" in page.hint_words.text()
    assert not page.hint_button.isEnabled()  # one hint per question
    quiz.take_hint()  # asking again changes nothing
    quiz.answer_choice(question.answer)
    assert quiz.feedback.correct and quiz.feedback.hinted
    assert quiz.panel.question.status.text().endswith("Score 0.5")
    logged = quiz.engine.log.answers()[-1]
    assert logged.hint and logged.item == question.kind
    quiz.next_question()
    assert page.hint_button.isEnabled() and not page.hint_words.isVisibleTo(page)
    quiz.answer_choice(quiz.question.answer)  # no hint: a whole point
    quiz.next_question()
    results = quiz.results
    assert results.score == 1 and results.hinted == 1 and results.points == 1.5
    assert "1.5 points" in quiz.panel.results.score.text()
    assert not quiz.engine.log.answers()[-1].hint


def test_find_it_hint_lights_up_the_region(open_window, qtbot):
    window = open_window(1100, 800)
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.FIND, count=3, seed=5))
    while quiz.question.zone.region is None:  # a question whose area has a region
        quiz._on_point_clicked(*quiz.question.zones[-1].label_point)
        quiz.next_question()
    assert window.view.look.marks.keep == frozenset()
    quiz.take_hint()
    region = quiz.question.zone.region
    lit = {z.id for z in window.zone_set.zones if z.region == region}
    assert window.view.look.marks.keep == lit and window.view.look.marks.dim
    assert window.zone_set.regions[region].lower() in quiz.panel.question.hint_words.text().lower()


def test_typed_answer_with_a_typo_and_an_alias(open_window, qtbot):
    window = open_window(1100, 800)
    quiz, setup = setup_page(window)
    assert not setup.typed_check.isEnabled()  # Find it is chosen
    setup.mode_buttons[Mode.NAME].setChecked(True)
    assert setup.typed_check.isEnabled()
    setup.typed_check.setChecked(True)
    quiz.seed = 8
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    page = quiz.panel.question
    assert quiz.question.form == "typed"
    assert page.typed_row.isVisibleTo(page)
    assert not any(b.isVisibleTo(page) for b in page.answer_buttons)
    assert window.focusWidget() is page.answer_edit
    while len(quiz.question.name) < 8:  # a name long enough for a slip
        quiz.answer_text("nothing like it")
        quiz.next_question()
    name = quiz.question.name
    asked = quiz.question
    typo = name[:3] + name[4:]  # one letter left out
    qtbot.keyClicks(page.answer_edit, typo.upper())
    qtbot.keyClick(page.answer_edit, Qt.Key.Key_Return)
    assert quiz.feedback is not None and quiz.feedback.correct
    assert f"\u201c{name}\u201d" in page.feedback.text()  # the accepted spelling
    assert quiz.question is asked  # the same Enter did not move on
    quiz.next_question()

    def kind_zones():
        return quiz.engine.zone_set_of(quiz.question).kinds()[quiz.question.kind]

    while not kind_zones()[0].aliases:
        quiz.answer_text("nothing like it")
        quiz.next_question()
        assert quiz.running, "no question about an area with another name"
    alias = kind_zones()[0].aliases[0]
    page.answer_edit.setText(alias)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert quiz.feedback.correct
    logged = quiz.engine.log.answers()[-1]
    assert logged.kind == "typed" and logged.answer == alias and logged.correct


def test_sides_option(open_window, qtbot):
    window = open_window(1100, 800)
    quiz, setup = setup_page(window)
    assert setup.sides_check.isEnabled() and not setup.sides_check.isChecked()
    quiz.seed = 4
    quiz.start_from_setup()
    forms = set()
    while quiz.running:
        forms.add(quiz.question.form)
        quiz._on_point_clicked(*quiz.question.zones[-1].label_point)
        quiz.next_question()
    assert forms == {""}  # sides off: no side questions
    quiz.show_setup()
    setup.sides_check.setChecked(True)
    assert setup.settings().sides
    quiz.start_from_setup()
    assert quiz.question.form == "side" and quiz.question.side in ("left", "right")
    quiz.end_quiz()
    quiz.show_setup()
    setup.mode_buttons[Mode.SAFETY].setChecked(True)
    assert not setup.sides_check.isEnabled() and not setup.settings().sides


def test_recall_goal_is_remembered_and_given_to_the_engine(open_window, qtbot):
    window = open_window(1100, 800)
    quiz, setup = setup_page(window)
    spin = setup.retention_spin
    assert spin.value() == 90 and (spin.minimum(), spin.maximum()) == (70, 97)
    assert quiz.engine.schedule.desired_retention == 0.9
    assert "90 %" in setup.retention_note.text()
    spin.setValue(80)
    assert float(window.settings.value(RETENTION_KEY)) == 0.8
    assert quiz.engine.schedule.desired_retention == 0.8
    # an answer is scheduled with it: a card under review comes back sooner
    # at 90 % than at 80 %
    quiz.start(RoundSettings(Mode.NAME, count=1, seed=2))
    view, kind = window.zone_set.view, quiz.question.kind
    now = quiz.clock()
    before = ItemProgress(3, 3, 3, now - 8 * DAY, now - DAY, 6.0, 5.0, 2, None)
    quiz.progress.items[item_key(view, "name", kind)] = before
    quiz.answer_choice(quiz.question.answer)
    item = quiz.progress.get(view, "name", kind)
    expected = Schedule(0.8).update(before, Grade.GOOD, item.last_seen)
    assert item.next_due == expected.next_due
    assert item.next_due != Schedule(0.9).update(before, Grade.GOOD, item.last_seen).next_due
    # a new window (a new start) reads it back
    window.close()
    again = open_window(1100, 800)
    assert again.quiz.schedule.desired_retention == 0.8
    again.quiz.start_action.trigger()
    assert again.quiz.panel.setup.retention_spin.value() == 80


def test_a_bad_saved_recall_goal_falls_back(open_window, qtbot):
    window = open_window(1100, 800)
    window.settings.setValue(RETENTION_KEY, "loads")
    again = open_window(1100, 800)
    assert again.quiz.schedule.desired_retention == 0.9
    window.settings.setValue(RETENTION_KEY, 0.2)
    assert open_window(1100, 800).quiz.schedule.desired_retention == 0.9


def test_setup_page_does_not_scroll_sideways_at_800(open_window, qtbot):
    window = open_window(800, 600)
    _quiz, setup = setup_page(window)
    scroll = setup.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 100)
    qtbot.wait(50)
    assert scroll.horizontalScrollBar().maximum() == 0
    # every option is whole: as wide as the page at most, as tall as its wrapped text
    for check in (*setup.mode_buttons.values(), setup.sides_check, setup.typed_check):
        assert check.width() <= scroll.viewport().width()
        assert check.height() >= check.heightForWidth(check.width())
    # a click on the text of a wrapped option picks it
    button = setup.mode_buttons[Mode.TECHNIQUE]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, 4))
    assert setup.mode is Mode.TECHNIQUE
