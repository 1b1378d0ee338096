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
    assert quiz.progress_view.table.model().rowCount() == 3
    window.view_actions["back"].trigger()
    assert quiz.progress_view.table.model().rowCount() == 0  # nothing asked on the back yet


def test_a_third_view_from_a_folder_is_quizzed_with_no_code(window, tmp_path, qtbot):
    """A view is a file and a line in the list of views: the quiz offers it,
    asks on it and turns the map to it."""
    source = window.zone_set.path
    (tmp_path / "back.yaml").write_text(source.read_text())
    for name in ("techniques.yaml", "rules.yaml"):
        (tmp_path / name).write_text((source.parent / name).read_text())
    third = source.read_text().replace("view: back\n", "view: third\ntitle: Third\n", 1)
    (tmp_path / "third.yaml").write_text(third.replace("title: Back view\n", "", 1))
    views = tmp_path / "views.yaml"
    views.write_text("format: 1\nviews:\n  back: back.yaml\n  third: third.yaml\n")
    assert window.load_zone_file(views) is True
    quiz = window.quiz
    quiz.show_setup()
    combo = quiz.panel.setup.region_combo
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert "third:" in keys and "front:" not in keys
    rnd = quiz.start(RoundSettings(Mode.FIND, count=12, seed=2))
    assert set(rnd.views) == {"back", "third"}
    while quiz.running:
        q = quiz.question
        # the prompt names the view by its title (the third file's is "Third")
        title = {"back": "Back view", "third": "Third"}[q.view]
        assert quiz.panel.question.prompt.text().startswith(f"{title}: ")
        assert window.zone_set.view == q.view
        view = window.view
        target = q.zones[-1]
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.model_to_view(*target.label_point)
        )
        assert quiz.feedback.correct
        quiz.next_question()
    assert any(k.startswith("third/find/") for k in quiz.progress.items)
