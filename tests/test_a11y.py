"""What a screen reader is told, checked in-process through Qt's accessibility API.

Qt's interfaces are asked with ``QAccessible.queryAccessibleInterface``; the
events the program sends are caught on their way to Qt: PySide6 has no
``installUpdateHandler``, so the ``events`` fixture wraps
``QAccessible.updateAccessibility`` (every event the program sends itself goes
through it) and records each event's kind and the name and description of the
object it is about, at the moment it is sent.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QTabBar, QToolButton

from massage_trainer.core.quiz import Mode, RoundSettings

SAFETY_WORDS = ("target", "caution", "avoid")


@pytest.fixture
def window(open_window, qtbot):
    win = open_window(1100, 800)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.quiz.save_if_dirty()


@pytest.fixture
def events(monkeypatch):
    """The accessibility events sent while the test runs: (kind, name, description)."""
    seen: list[tuple[str, str, str]] = []
    send = QAccessible.updateAccessibility

    def record(event):
        iface = event.accessibleInterface()
        if iface is not None and iface.isValid():
            seen.append(
                (
                    event.type().name,
                    iface.text(QAccessible.Text.Name),
                    iface.text(QAccessible.Text.Description),
                )
            )
        send(event)

    QAccessible.setActive(True)
    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    yield seen
    QAccessible.setActive(False)


def name_of(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def description_of(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def focus(window):
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# --- the map ---------------------------------------------------------------------------
def test_the_map_is_a_list_of_its_zones(window):
    view = window.view
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.role() == QAccessible.Role.List
    assert iface.text(QAccessible.Text.Name) == "Body map, back view"
    assert iface.childCount() == len(window.zone_set.zones)
    frame = view.rect().translated(view.mapToGlobal(view.rect().topLeft()))
    for index in range(iface.childCount()):
        child = iface.child(index)
        zone = view.zone_order[index]
        assert child.role() == QAccessible.Role.ListItem
        assert iface.indexOfChild(child) == index
        name = child.text(QAccessible.Text.Name)
        assert name.startswith(zone.name) and zone.safety_word in name
        if zone.side_word:
            assert zone.side_word in name
        box = child.rect()
        assert not box.isEmpty() and frame.contains(box)
    kidney = window.zone_set.zone("kidney_left")
    assert view.zone_accessible(kidney).text(QAccessible.Text.Name) == (
        "Kidney area, left side. Avoid."
    )


def test_a_cursor_move_tells_the_zone_and_its_safety(window, qtbot, events):
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    # the cursor shows, and is told, as soon as the map has the focus
    first = view.zone_order[0]
    assert view.cursor_zone is first
    qtbot.waitUntil(lambda: ("Focus", f"{first.name}. {first.safety_word}.", "") in events)
    for key, want in (
        (Qt.Key.Key_Down, view.zone_order[1]),
        (Qt.Key.Key_End, view.zone_order[-1]),
        (Qt.Key.Key_Home, view.zone_order[0]),
    ):
        events.clear()
        qtbot.keyClick(view, key)
        assert view.cursor_zone is want
        focused = [e for e in events if e[0] == "Focus"]
        assert len(focused) == 1
        _kind, name, _description = focused[0]
        assert want.name in name and want.safety_word in name
        # the item the reader asks about is the focused one
        iface = QAccessible.queryAccessibleInterface(view)
        child = iface.focusChild()
        assert child is not None and child.state().focused
        assert child.text(QAccessible.Text.Name) == name
    events.clear()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert next(e for e in events if e[0] == "Focus")[1].startswith(view.cursor_zone.name)


def test_enter_tells_the_selection_once(window, qtbot, events):
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    zone = view.cursor_zone
    events.clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.selected is zone
    told = [e for e in events if e[1].startswith(zone.name)]
    assert [(kind, description) for kind, _name, description in told] == [
        ("DescriptionChanged", "Selected.")
    ]
    # after a tab switch a selection is still told (and the map still has the focus)
    window.tabs.setCurrentWidget(window.rules)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    other = view.cursor_zone
    events.clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.hasFocus()
    assert next(e for e in events if e[1].startswith(other.name))[2] == "Selected."


def test_a_quiz_map_says_where_a_zone_is_never_its_name(window, qtbot, events):
    quiz, view = window.quiz, window.view
    quiz.start(RoundSettings(Mode.FIND, count=3, seed=2))
    assert focus(window) is view
    # the map carries the question: a screen reader hears it on the focus
    assert quiz.question.prompt in description_of(view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    said = [e for e in events if e[0] == "Focus"][-1][1]
    zone = view.cursor_zone
    assert zone.name.lower() not in said.lower()
    assert not any(word in said.lower() for word in SAFETY_WORDS)
    assert re.match(r"(On|In|At|Across|Along|Over|Between|Above|Below|Behind)\b", said), said


# --- focus: no trap -----------------------------------------------------------------------
def test_tab_enters_and_leaves_the_map(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    cursor = view.cursor_zone
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert view.cursor_zone is cursor  # Tab is not a cursor move any more
    qtbot.keyClick(focus(window), Qt.Key.Key_Backtab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert not view.hasFocus()


def test_f6_cycles_map_panel_and_tabs(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert window.side.isAncestorOf(focus(window))
    assert not isinstance(focus(window), QTabBar)
    qtbot.keyClick(focus(window), Qt.Key.Key_F6)
    assert focus(window) is window.tabs.tabBar()
    qtbot.keyClick(focus(window), Qt.Key.Key_F6)
    assert focus(window) is view
    qtbot.keyClick(view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focus(window) is window.tabs.tabBar()


@pytest.mark.parametrize("letter", ["I", "R", "T", "U", "G"])
def test_a_tab_shortcut_moves_the_focus_into_the_tab(window, qtbot, letter):
    view = window.view
    if letter == "I":
        window.tabs.setCurrentWidget(window.rules)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    page = window.tabs.currentWidget()
    assert f"&{letter.lower()}" in window.tabs.tabText(window.tabs.currentIndex()).lower()
    qtbot.waitUntil(lambda: page.isAncestorOf(focus(window)) or focus(window) is page)
    assert focus(window).isVisible()


# --- the quiz -------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", [Mode.NAME, Mode.SAFETY, Mode.TECHNIQUE])
def test_each_question_takes_the_focus_with_its_words(window, qtbot, mode):
    quiz = window.quiz
    quiz.start(RoundSettings(mode, count=3, seed=9))
    for _ in range(3):
        widget = focus(window)
        assert widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert name_of(widget).startswith(quiz.question.prompt)
        # the keys still answer where the focus is
        qtbot.keyClick(widget, Qt.Key.Key_1)
        assert quiz.feedback is not None and quiz.feedback.done
        # the feedback is where the focus goes: on Next
        next_button = quiz.panel.question.next_button
        assert focus(window) is next_button
        assert quiz.feedback.message in description_of(next_button)
        if not quiz.round.is_over():
            qtbot.keyClick(next_button, Qt.Key.Key_Return)
    qtbot.keyClick(focus(window), Qt.Key.Key_Return)
    # the results: the focused button carries the score
    results = quiz.panel.results
    assert results.score.text() in description_of(focus(window))
    assert results.score.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_wrong_try_in_find_it_is_said_on_the_map(window, qtbot, events):
    quiz, view = window.quiz, window.view
    quiz.start(RoundSettings(Mode.FIND, count=3, seed=2))
    kind = quiz.question.kind
    qtbot.keyClick(view, Qt.Key.Key_Down)
    while view.cursor_zone.kind == kind:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    events.clear()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert quiz.feedback is not None and not quiz.feedback.correct
    assert not quiz.feedback.done  # a find-it question gives more than one try
    # said on the zone item the reader is on, where Orca reads a changed description
    item = view.zone_accessible(view.cursor_zone).text(QAccessible.Text.Name)
    told = [e for e in events if e[0] == "DescriptionChanged" and e[1] == item]
    assert len(told) == 1 and quiz.feedback.message in told[0][2]


# --- names never hide text ---------------------------------------------------------------
def visible_text_labels(window):
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and label.pixmap().isNull():
            yield label


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&nbsp;", " ")
    return " ".join(text.replace("&", "").split())


def check_names_show_text(window) -> list[str]:
    hidden = []
    for label in visible_text_labels(window):
        name = label.accessibleName()
        if name and plain(label.text()) not in " ".join(name.split()):
            hidden.append(f"{label.objectName() or type(label).__name__}: {name!r}")
    return hidden


def test_no_accessible_name_hides_a_label_s_text(window, qtbot):
    quiz = window.quiz
    places = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        places.append((window.tabs.tabText(index), check_names_show_text(window)))
    window.routines.show_tab()
    window.routines.next_step()
    places.append(("a routine step", check_names_show_text(window)))
    quiz.start(RoundSettings(Mode.NAME, count=2, seed=3))
    places.append(("a question", check_names_show_text(window)))
    quiz.answer_choice(0)
    places.append(("its feedback", check_names_show_text(window)))
    quiz.end_quiz()
    places.append(("the results", check_names_show_text(window)))
    assert [p for p in places if p[1]] == []
    # the medical notice is read as its text
    assert name_of(window.notice) == plain(window.notice.text())


# --- print preview --------------------------------------------------------------------------
def test_the_print_preview_is_worked_by_keys(window, qtbot):
    from massage_trainer.ui.exporting import make_preview

    preview = make_preview(window, window.zone_set)
    qtbot.addWidget(preview)
    buttons = [b for b in preview.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(buttons) >= 10
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert name_of(button) == button.defaultAction().text().replace("&", "")
    actions = preview.preview_actions
    for text in ("Print", "Page setup", "Portrait", "Landscape", "Zoom in", "Zoom out"):
        assert not actions[text].shortcut().isEmpty(), text
        assert actions[text].shortcut().toString() in actions[text].toolTip().replace("&", "")
    preview.show()
    qtbot.waitExposed(preview)
    actions["Landscape"].trigger()
    assert preview.printer().pageLayout().orientation().name == "Landscape"
    preview.close()
