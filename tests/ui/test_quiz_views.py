"""The quiz in the window across views: the setup page offers the views, a
round asks on both, each question names its view and turns the map to it, and
the Progress tab shows the view on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from massage_trainer.core.quiz import Mode, RoundSettings


@pytest.fixture
def window(open_window):
    win = open_window(1100, 800)
    yield win
    win.quiz.save_if_dirty()


def test_setup_offers_every_view_and_its_regions(window):
    quiz = window.quiz
    quiz.show_setup()
    combo = quiz.panel.setup.region_combo
    keys = [combo.itemData(i) for i in range(combo.count())]
    names = [combo.itemText(i) for i in range(combo.count())]
    assert keys[0] is None and "every view" in names[0]
    assert "back:" in keys and "front:" in keys and "front:limbs" in keys
    assert "Front view" in names
    combo.setCurrentIndex(keys.index("front:"))
    settings = quiz.panel.setup.settings()
    assert settings.region == "front:"
    rnd = quiz.start(settings)
    assert rnd is not None and set(rnd.views) == {"front"}
    assert window.zone_set.view == "front"


def test_a_round_across_views_turns_the_map_for_each_question(window, qtbot):
    quiz = window.quiz
    rnd = quiz.start(RoundSettings(Mode.FIND, count=10, seed=1))
    assert rnd is not None and set(rnd.views) == {"back", "front"}
    seen = set()
    view = window.view
    while quiz.running:
        q = quiz.question
        seen.add(q.view)
        # the question says its view, and the map shows it
        assert quiz.panel.question.prompt.text().startswith(f"{q.view.capitalize()} view: ")
        assert window.zone_set.view == q.view and view.zone_set is window.zone_set
        assert window.view_actions[q.view].isChecked()
        target = q.zones[-1]
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*target.label_point)
        )
        assert quiz.feedback.correct, quiz.panel.question.feedback.text()
        quiz.next_question()
    assert seen == {"back", "front"}
    assert quiz.results.score == 10
    keys = set(quiz.progress.items)
    assert any(k.startswith("front/find/") for k in keys)
    assert any(k.startswith("back/find/") for k in keys)


def test_a_look_at_the_other_view_is_no_answer(window, qtbot):
    """The learner may turn the map over mid-question; a click there is not
    judged against the question's view, and the map turns back."""
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.FIND, region="front:", count=2, seed=3))
    q = quiz.question
    assert window.zone_set.view == "front"
    window.view_actions["back"].trigger()
    assert window.zone_set.view == "back" and quiz.running and quiz.question is q
    view = window.view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.model_to_view(35, 60))
    assert quiz.feedback is None  # no try used
    assert window.zone_set.view == "front"
    assert "front view" in window.statusBar().currentMessage()


def test_progress_tab_shows_the_view_on_the_map(window):
    quiz = window.quiz
    quiz.start(RoundSettings(Mode.NAME, region="front:", count=3, seed=4))
    while quiz.running:
        quiz.answer_choice(quiz.question.answer)
        quiz.next_question()
    quiz.show_progress()
    assert window.zone_set.view == "front"
    assert quiz.progress_view.table.rowCount() == 3
    window.view_actions["back"].trigger()
    assert quiz.progress_view.table.rowCount() == 0  # nothing asked on the back yet
