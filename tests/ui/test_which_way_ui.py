"""The "Which way?" quiz in the window: the stroke on the map with its arrows
hidden until the answer, the question in words, answers by click and key, the
answer log and the progress list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from massage_trainer.core.quiz import Mode
from massage_trainer.core.quiz.modes import TECHNIQUE_SUFFIX, WAY_SUFFIX, which_way_names
from massage_trainer.ui.maplook import MapState


@pytest.fixture
def window(open_window):
    win = open_window(1100, 800)
    yield win
    win.quiz.save_if_dirty()


def start(qtbot, window, seed: int) -> None:
    quiz = window.quiz
    quiz.start_action.trigger()
    button = quiz.panel.setup.mode_buttons[Mode.WHICH_WAY]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert quiz.panel.setup.mode is Mode.WHICH_WAY
    quiz.seed = seed
    qtbot.mouseClick(quiz.panel.setup.start_button, Qt.MouseButton.LeftButton)
    assert quiz.running and quiz.round.settings.mode is Mode.WHICH_WAY


def test_a_round_by_clicks_and_keys(window, qtbot):
    quiz = window.quiz
    view = window.view
    start(qtbot, window, seed=5)
    kinds_seen = set()
    asked: dict[str, set[str]] = {}  # the quiz asks on every view
    n = 0
    while quiz.running:
        n += 1
        question = quiz.question
        kinds_seen.add(question.kind.rpartition(":")[2])
        asked.setdefault(question.view, set()).add(question.kind)
        page = quiz.panel.question
        look = view.look
        assert look.state is MapState.QUIZ and not look.reveal_names
        assert look.strokes == question.strokes and look.strokes
        assert look.stroke_arrows == question.kind.endswith(TECHNIQUE_SUFFIX)
        assert look.stroke_position is None  # no hand disc: it would point the way
        assert look.marks.dim and look.marks.keep == {z.id for z in question.zones}
        # what the map shows, in words, on the page and for a screen reader
        assert page.shown.isVisible() and page.shown.text() == question.shown
        assert question.shown in page.prompt.accessibleDescription()
        assert view.accessibleDescription().endswith(question.shown)
        visible = [b for b in page.answer_buttons if b.isVisible()]
        assert len(visible) == len(question.choices) >= 2
        right = n % 4 != 0
        index = question.answer if right else (question.answer + 1) % len(question.choices)
        if n % 2:
            qtbot.mouseClick(page.answer_buttons[index], Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(page, str(index + 1))
        assert quiz.feedback.done and quiz.feedback.correct == right
        # the answer shows the way: the arrows come back, the stroke is said in full
        assert view.look.stroke_arrows and view.look.strokes == question.strokes
        assert page.why.text() == question.why
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert kinds_seen == {WAY_SUFFIX[1:], TECHNIQUE_SUFFIX[1:]}
    results = quiz.results
    assert results.answered == results.planned == n
    assert results.score == len([i for i in range(1, n + 1) if i % 4 != 0])
    # leaving the quiz takes its strokes off the map
    window.tabs.setCurrentWidget(window.info)
    assert view.look.strokes == ()
    # every answer logged, and progress kept per item, named in the progress list
    rows = quiz.store.answer_log.answers()
    assert [r.mode for r in rows[-n:]] == ["which_way"] * n
    quiz.show_progress()
    view = quiz.progress_view
    names = set(which_way_names(window.zone_set).values())
    shown = {view.cell_text(r, 0) for r in range(view.model.rowCount())}
    # the Progress tab shows the view on the map: the items asked there
    assert len(shown & names) == len(asked.get(window.zone_set.view, ()))
    assert sum(map(len, asked.values())) == n


def test_the_arrows_are_hidden_on_the_map_while_the_way_is_asked(window, qtbot):
    start(qtbot, window, seed=1)
    quiz = window.quiz
    view = window.view
    while not quiz.question.kind.endswith(WAY_SUFFIX):
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    look = view.look
    assert not look.stroke_arrows
    hidden = view.grab().toImage()
    view.apply_look(look.with_(stroke_arrows=True))
    QApplication.processEvents()
    assert view.grab().toImage() != hidden  # the arrowheads would be drawn
    view.apply_look(look)
    # the set-up, results and map keys do not move the stroke's way into view
    for word in ("Up", "Down"):
        assert word not in quiz.panel.question.prompt.text()
