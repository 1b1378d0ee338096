"""The Routine tab: stepping by buttons and keys, the countdown, the map, the card."""

from __future__ import annotations

import re
import shutil
import time

import pytest
import shapely
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget

from massage_trainer.core import paths
from massage_trainer.core.colours import TIME_UP
from massage_trainer.core.routine_session import HINT_TIME_UP
from massage_trainer.core.routines import UNFADED_LEVELS, load_routines
from massage_trainer.core.timefmt import format_time
from massage_trainer.paint.body import RenderOptions, paint_body
from massage_trainer.paint.output import PDF_DPI, set_page
from massage_trainer.paint.routinecard import RoutineCard, step_numbers, write_routine_card
from massage_trainer.ui.dialogs import ProblemsDialog
from massage_trainer.ui.routinepanel import RoutineCardDialog


class FakeClock:
    """A monotonic clock the test moves by hand (the routine sessions read it)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def window(open_window):
    return open_window(1200, 860)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def routines(window, clock):
    controller = window.routines
    controller.clock = clock
    controller.show_tab()
    return controller


def technique_name(controller, step) -> str:
    return controller.zone_set.techniques[step.technique].name


def assert_shows(window, controller, index: int) -> None:
    routine = controller.routine
    step = routine.steps[index]
    assert controller.index == index
    assert set(step.zone_ids) <= window.view.options.highlighted
    assert window.view.options.dimmed
    assert window.view.options.unfaded_levels == UNFADED_LEVELS
    text = controller.panel.plain_text()
    assert f"Step {index + 1} of {len(routine.steps)}" in text
    assert step.title in text
    assert technique_name(controller, step) in text
    assert format_time(step.seconds) in text


def press(qtbot, key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_tab_and_menu_are_installed(window):
    controller = window.routines
    assert window.tabs.indexOf(controller.panel) >= 0
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(controller.menu.title()) < titles.index(window.help_menu.title())
    # the tab is built, and the routines read, when first needed, not at start-up
    assert not controller.panel.is_built and controller.routine is None
    controller.show_tab()
    assert [
        controller.panel.chooser.itemData(i) for i in range(controller.panel.chooser.count())
    ] == ["full_body", "back_and_shoulders", "neck_and_shoulders_10", "full_session"]


def test_opening_the_menu_reads_the_routines(window):
    controller = window.routines
    controller.menu.aboutToShow.emit()
    assert [a.data() for a in controller.choose_group.actions()] == [
        "full_body",
        "back_and_shoulders",
        "neck_and_shoulders_10",
        "full_session",
    ]


def test_shortcuts_do_not_clash(window):
    controller = window.routines
    mine = {controller.start_action, controller.next_action, controller.prev_action}
    ours = {s.toString() for a in mine for s in a.shortcuts()}
    assert ours == {"Space", "N", "Right", "PgDown", "P", "Left", "PgUp"}
    for action in mine:
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    others = {
        s.toString()
        for a in window.findChildren(type(controller.start_action))
        if a not in mine
        for s in a.shortcuts()
    }
    assert not ours & others


def test_step_through_by_buttons(window, routines, qtbot):
    routines.set_routine("full_body")
    n = len(routines.routine.steps)
    assert_shows(window, routines, 0)
    assert not routines.panel.prev_button.isEnabled()
    for i in range(1, n):
        qtbot.mouseClick(routines.panel.next_button, Qt.MouseButton.LeftButton)
        assert_shows(window, routines, i)
    assert not routines.panel.next_button.isEnabled()
    for i in reversed(range(n - 1)):
        qtbot.mouseClick(routines.panel.prev_button, Qt.MouseButton.LeftButton)
        assert_shows(window, routines, i)


def test_step_through_by_keys(window, routines, qtbot):
    routines.set_routine("neck_and_shoulders_10")
    routines.panel.setFocus()
    qtbot.waitUntil(lambda: routines.panel.isAncestorOf(QApplication.focusWidget()))
    n = len(routines.routine.steps)
    keys = [Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_PageDown]
    for i in range(1, n):
        press(qtbot, keys[i % 3])
        assert_shows(window, routines, i)
    press(qtbot, Qt.Key.Key_N)  # past the end: stays on the last step
    assert routines.index == n - 1
    assert "last step" in routines.panel.plain_text()
    for i, key in zip(
        range(n - 2, n - 5, -1), [Qt.Key.Key_P, Qt.Key.Key_Left, Qt.Key.Key_PageUp], strict=True
    ):
        press(qtbot, key)
        assert_shows(window, routines, i)
    # the keys work wherever the focus is inside the tab
    routines.panel.step_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is routines.panel.step_view)
    before = routines.index
    press(qtbot, Qt.Key.Key_N)
    assert routines.index == before + 1
    press(qtbot, Qt.Key.Key_Space)
    assert routines.running
    press(qtbot, Qt.Key.Key_Space)
    assert not routines.running


def test_keys_do_nothing_outside_the_tab(window, routines, qtbot):
    window.tabs.setCurrentIndex(0)
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    before = routines.index
    for key in (Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(window.view, key)
    assert routines.index == before
    assert not routines.running


def test_step_shows_nearby_warnings(window, routines):
    routines.set_routine("full_body")
    calves = [s.id for s in routines.routine.steps].index("calves")
    routines.go_to(calves)
    text = routines.panel.step_view.toPlainText()
    knee = window.zone_set.get("knee_back_left")
    assert knee.name in text
    assert knee.warnings[0] in text
    assert text.count(f"{knee.name}:") == 1  # a pair is listed once
    assert "Avoid" in text and "Caution" in text


def test_countdown_pause_and_resume(window, routines, clock, qtbot):
    routines.set_routine("back_and_shoulders")
    seconds = routines.step.seconds
    panel = routines.panel
    assert panel.countdown.text() == format_time(seconds)
    clock.advance(5)
    routines.tick()  # not running: nothing happens
    assert panel.countdown.text() == format_time(seconds)
    assert not routines.timer.isActive()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert routines.running and routines.timer.isActive()
    clock.advance(3)
    routines.tick()
    assert panel.countdown.text() == format_time(seconds - 3)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # pause
    assert not routines.running and not routines.timer.isActive()
    clock.advance(60)
    routines.tick()
    assert panel.countdown.text() == format_time(seconds - 3)  # a paused clock stays put
    assert "Paused" in panel.clock_hint.text()
    assert "Resume" in panel.start_button.text().replace("&", "")
    routines.start()
    clock.advance(2)
    routines.tick()
    assert panel.countdown.text() == format_time(seconds - 5)


def test_the_real_timer_moves_the_countdown(window, routines, qtbot):
    """With the real clock, the timer the session arms shows the next second."""
    routines.clock = time.monotonic
    routines.set_routine("back_and_shoulders")
    seconds = routines.step.seconds
    routines.start()
    qtbot.waitUntil(
        lambda: routines.panel.countdown.text() == format_time(seconds - 1), timeout=3000
    )
    routines.pause()
    assert not routines.timer.isActive()  # nothing is left to count the time


def test_the_countdown_keeps_time_when_the_window_is_busy(window, routines, clock):
    """The time left comes from a monotonic clock: a timer event that comes
    late (the window was busy) shows the time as it is by then, and the timer
    is armed for the moment the shown second changes."""
    routines.set_routine("back_and_shoulders")
    seconds = routines.step.seconds
    countdown = routines.panel.countdown
    routines.start()
    assert routines.timer.interval() == 1000
    clock.advance(0.5)
    routines.tick()  # early: nothing is up yet
    assert countdown.text() == format_time(seconds)
    assert routines.timer.interval() == 500
    clock.advance(3.25)  # 3.75 s after the start, in one late timer event
    routines.tick()
    assert countdown.text() == format_time(seconds - 3)
    assert routines.timer.isActive()
    assert routines.timer.interval() == 250  # the 4th second is up at 4.0 s
    clock.advance(0.25)
    routines.tick()
    assert countdown.text() == format_time(seconds - 4)
    routines.pause()
    clock.advance(10.0)
    routines.tick()
    assert countdown.text() == format_time(seconds - 4)  # a paused clock stays put


def test_time_up_waits_for_the_learner(window, routines, clock, qtbot):
    routines.set_routine("neck_and_shoulders_10")
    routines.start()
    clock.advance(routines.step.seconds)
    with qtbot.waitSignal(routines.timeUp, check_params_cb=lambda i: i == 0):
        routines.tick()
    assert routines.index == 0  # no moving on without the learner
    assert not routines.running and not routines.timer.isActive()
    assert routines.panel.countdown.text() == "0:00"
    assert routines.panel.clock_hint.text() == HINT_TIME_UP
    assert routines.panel.countdown.accessibleDescription() == HINT_TIME_UP
    assert f"color: {TIME_UP['light']}" in routines.panel.countdown.styleSheet()
    routines.next_step()
    assert routines.panel.countdown.styleSheet() == ""


def test_time_up_colour_follows_the_palette(window, routines, clock):
    """A dark window gets the light green: one shade cannot read on both."""
    dark = QPalette(routines.panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#323232"))
    routines.panel.countdown.setPalette(dark)
    routines.set_routine("neck_and_shoulders_10")
    routines.start()
    clock.advance(routines.step.seconds)
    routines.tick()
    assert f"color: {TIME_UP['dark']}" in routines.panel.countdown.styleSheet()


def test_auto_advance_when_chosen(window, routines, clock, qtbot):
    routines.set_routine("neck_and_shoulders_10")
    assert not routines.panel.auto_advance.isChecked()  # off by default
    qtbot.mouseClick(routines.panel.auto_advance, Qt.MouseButton.LeftButton)
    assert routines.auto_action.isChecked()
    assert QSettings().value("routine/auto_advance", type=bool)
    routines.start()
    steps = routines.routine.steps
    clock.advance(steps[0].seconds + 2)  # a late tick: the next step began on time
    with qtbot.waitSignal(routines.timeUp, check_params_cb=lambda i: i == 0):
        routines.tick()
    assert routines.index == 1 and routines.running
    assert routines.panel.countdown.text() == format_time(steps[1].seconds - 2)
    routines.go_to(len(steps) - 1)
    clock.advance(steps[-1].seconds)
    routines.tick()  # the last step: stops there
    assert not routines.running
    assert "last step" in routines.panel.clock_hint.text()


def test_announcements_for_a_screen_reader(window, routines, clock):
    routines.set_routine("neck_and_shoulders_10")
    session = routines.session
    step_view, countdown = routines.panel.step_view, routines.panel.countdown
    assert step_view.accessibleDescription() == session.step_announcement()
    assert step_view.accessibleDescription().startswith("Step 1 of ")
    routines.next_step()
    assert step_view.accessibleDescription().startswith("Step 2 of ")
    routines.start()
    clock.advance(15)
    routines.say_time_left()
    assert countdown.accessibleDescription() == session.time_left_announcement()
    assert countdown.accessibleDescription().endswith("left in this step.")


def test_a_turn_over_step_shows_no_zones(window, routines):
    routines.set_routine("full_session")
    steps = routines.routine.steps
    turn = next(i for i, s in enumerate(steps) if s.turns_over)
    routines.go_to(turn)
    step = steps[turn]
    text = routines.panel.step_view.toPlainText()
    assert step.title in text and " ".join(step.note.split()) in " ".join(text.split())
    assert "turns over" in text
    assert "Take care nearby" not in text
    assert window.view.options.highlighted == frozenset()
    assert not window.view.options.dimmed  # a plain map: nothing to work here
    routines.previous_step()
    assert window.view.options.dimmed  # the step before works zones again


def test_restart_and_choose(window, routines, qtbot):
    routines.set_routine("full_body")
    routines.go_to(5)
    routines.start()
    routines.restart_action.trigger()
    assert routines.index == 0 and not routines.running
    routines.panel.chooser.setCurrentIndex(2)
    assert routines.routine.id == "neck_and_shoulders_10"
    assert routines.index == 0
    assert routines.routine.title in routines.panel.plain_text()
    assert QSettings().value("routine/current") == "neck_and_shoulders_10"
    checked = [a.data() for a in routines.choose_group.actions() if a.isChecked()]
    assert checked == ["neck_and_shoulders_10"]


def test_leaving_the_tab_restores_the_map(window, qtbot):
    controller = window.routines
    view = window.view
    window.tabs.setCurrentIndex(0)
    view.select(window.zone_set.get("calf_left"))
    window.tabs.setCurrentIndex(0)
    before = (view.options.highlighted, view.options.dimmed, view.options.selected)
    assert before == (frozenset(), False, "calf_left")
    colours = view.options.colours
    controller.show_tab()
    assert view.options.dimmed and view.options.highlighted == frozenset(controller.step.zone_ids)
    assert view.options.selected is None
    assert view.options.colours == colours  # the safety colours stay
    controller.next_step()
    assert view.options.highlighted == frozenset(controller.step.zone_ids)
    window.tabs.setCurrentIndex(1)
    assert (view.options.highlighted, view.options.dimmed, view.options.selected) == before
    assert view.options.unfaded_levels == frozenset()
    # a click on the map while the routine shows: the new selection stays
    controller.show_tab()
    target = window.zone_set.get("hand_right")
    view.select(target)
    assert window.tabs.currentWidget() is window.info
    assert view.options.selected == "hand_right"
    assert not view.options.dimmed


def test_avoid_zones_never_fade_while_a_step_stands_out(window):
    """The faded map of a routine step keeps every avoid zone exactly as it is
    on the plain map (fill and pattern); other zones outside the step fade."""
    zone_set = window.zone_set
    rect = QRectF(0, 0, 500, 900)

    def render(**options):
        image = QImage(500, 900, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        transform = paint_body(painter, zone_set, rect, RenderOptions(**options))
        painter.end()
        return image, transform

    step = frozenset({"massage_zone_left", "massage_zone_right"})
    plain, transform = render()
    routine, _ = render(dimmed=True, highlighted=step, unfaded_levels=UNFADED_LEVELS)
    faded, _ = render(dimmed=True, highlighted=step)

    def samples(zone_id):
        """Pixels well inside the zone (1 cm from its border) on a 0.4 cm grid."""
        inner = zone_set.zone(zone_id).geometry.buffer(-1.0)
        xmin, ymin, xmax, ymax = inner.bounds
        points = [
            (xmin + 0.4 * i, ymin + 0.4 * j)
            for i in range(int((xmax - xmin) / 0.4))
            for j in range(int((ymax - ymin) / 0.4))
        ]
        points = [p for p in points if inner.contains(shapely.Point(p))]
        assert len(points) > 5, zone_id
        return [transform.map(QPointF(*p)).toPoint() for p in points]

    for zone_id in ("spine", "kidney_left", "knee_back_right"):
        assert zone_set.zone(zone_id).safety == "avoid"
        points = samples(zone_id)
        assert all(routine.pixel(p) == plain.pixel(p) for p in points), zone_id
        assert any(faded.pixel(p) != plain.pixel(p) for p in points), zone_id
    points = samples("calf_left")  # a target zone outside the step fades
    assert all(routine.pixel(p) != plain.pixel(p) for p in points)


def test_sharing_the_map_with_another_tab(window):
    """Each tab says how the map looks; switching tabs shows each tab's look,
    and nothing of one stays on another."""
    controller, view, tabs = window.routines, window.view, window.tabs
    page = QWidget()
    spine = frozenset({"spine"})
    window.add_side_tab(page, "Borrower", lambda explorer: explorer.with_(highlighted=spine))
    tabs.setCurrentWidget(window.info)
    view.select(window.zone_set.get("calf_left"))
    explorer = view.options
    tabs.setCurrentWidget(page)
    assert view.options.highlighted == spine and not view.options.dimmed
    tabs.setCurrentWidget(controller.panel)
    assert view.options.highlighted == frozenset(controller.step.zone_ids)
    assert view.options.dimmed and view.options.colours
    tabs.setCurrentWidget(page)
    assert view.options.highlighted == spine and not view.options.dimmed
    tabs.setCurrentWidget(window.info)
    assert view.options == explorer


def test_menu_entries_bring_the_tab_forward(window):
    controller = window.routines
    window.tabs.setCurrentIndex(0)
    controller.next_action.trigger()
    assert window.tabs.currentWidget() is controller.panel
    assert controller.index == 1


def test_print_card_opens_the_preview(window, routines, monkeypatch):
    from massage_trainer.ui.exporting import RoutineCardPreview

    routines.set_routine("full_body")
    asked = []
    monkeypatch.setattr(
        RoutineCardPreview, "ask", classmethod(lambda cls, *args: asked.append(args))
    )
    routines.card_action.trigger()
    assert asked == [(window, routines.zone_set, routines.routine)]


def test_export_card_from_the_menu(window, routines, tmp_path, monkeypatch):
    routines.set_routine("full_body")
    target = tmp_path / "card.pdf"
    asked = []
    monkeypatch.setattr(
        RoutineCardDialog,
        "ask",
        classmethod(lambda cls, parent, suggested: asked.append(suggested) or target),
    )
    routines.export_card_action.trigger()
    assert asked and asked[0].name == "full-body-card.pdf"
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    routine = routines.routine
    assert routine.title in text
    for step in routine.steps:
        assert step.title in text, step.title
    assert " ".join(window.zone_set.rules.disclaimer.split()) in text
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"]  # no temporary file left


def test_export_card_failure_is_reported(window, routines, tmp_path, monkeypatch):
    target = tmp_path / "missing" / "card.pdf"
    failures = []
    monkeypatch.setattr(RoutineCardDialog, "ask", classmethod(lambda cls, p, s: target))
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(lambda cls, parent, title, summary, problems: failures.extend(problems)),
    )
    assert routines.export_card() is None
    assert len(failures) == 1 and failures[0]
    assert not target.parent.exists()


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_every_card_is_one_page(window, tmp_path, page):
    zone_set = window.zone_set
    buffer = QBuffer()  # a device to lay the card out on, for its sizes
    measure = QPdfWriter(buffer)
    measure.setResolution(PDF_DPI)
    set_page(measure, page)
    for routine in load_routines(zone_set):
        path = write_routine_card(zone_set, routine, tmp_path / f"{routine.id}.pdf", page)
        assert len(PdfReader(path).pages) == 1  # (the text is read in the test above)
        card = RoutineCard(measure, zone_set, routine)
        assert card.fits and card.size >= 8.0, (routine.id, card.size)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".pdf"] * 4


def test_step_numbers_follow_the_work(window):
    zone_set = window.zone_set
    routine = {r.id: r for r in load_routines(zone_set)}["full_body"]
    numbers = step_numbers(zone_set, routine)
    order = [s.id for s in routine.steps]
    assert numbers["upper_trapezius_left"] == order.index("shoulder_tops") + 1
    assert numbers["lower_back_right"] == order.index("lower_back") + 1  # not the opening
    assert numbers["foot_left"] == order.index("feet") + 1


def test_broken_routine_file_is_shown_not_raised(window, tmp_path, qtbot):
    shutil.copy(paths.builtin_zone_file(), tmp_path / "back.yaml")
    (tmp_path / "routines.yaml").write_text(
        "format: 1\nroutines:\n  - id: x\n    title: X\n", encoding="utf-8"
    )
    assert window.load_zone_file(tmp_path / "back.yaml")
    controller = window.routines
    controller.show_tab()
    text = controller.panel.plain_text()
    assert "problems" in text
    assert re.search(r"routines\.yaml:3: x: a routine is missing the key 'steps'", text)
    assert not controller.next_action.isEnabled()
    assert not controller.card_action.isEnabled()
    assert not controller.export_card_action.isEnabled()
    controller.start()  # harmless
    assert not controller.running
    # back to the built-in set: the routines return
    window.open_builtin()
    controller.show_tab()
    assert controller.routine is not None and controller.next_action.isEnabled()


def test_one_routine_menu(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.count(window.routines.menu.title()) == 1


def test_shortcut_text_in_the_menu(window):
    controller = window.routines
    assert controller.next_action.shortcut() == QKeySequence("N")
    assert controller.card_action.text().startswith("Print Routine")


def test_labels_and_colours_come_from_the_one_table(window, routines, monkeypatch):
    """A change to core's tables shows in the routine step, the zone badge and
    the Rules tab: no widget keeps its own copy."""
    from massage_trainer.core import content, safety
    from massage_trainer.ui.infopanel import RulesPanel, safety_badge_html

    monkeypatch.setitem(safety.SAFETY_BADGES, "avoid", "#123456")
    monkeypatch.setitem(safety.SAFETY_BADGE_INKS, "avoid", "#abcdef")
    monkeypatch.setitem(safety.SAFETY_ICONS, "avoid", "\u2716")
    monkeypatch.setitem(content.CONTRA_KIND_WORDS, "wait", "Hold on a while")
    routines.set_routine("full_body")
    calves = [s.id for s in routines.routine.steps].index("calves")
    html = routines.step_html(routines.routine.steps[calves])
    assert "#123456" in html and "#abcdef" in html
    badge = safety_badge_html("avoid", "Avoid")
    assert "#123456" in badge and "#abcdef" in badge and "\u2716" in badge
    rules = RulesPanel()
    rules.show_rules(window.zone_set)
    assert "Hold on a while" in rules.toPlainText()


def test_a_running_screen_reader_is_told_at_once(window, routines, monkeypatch):
    """With a screen reader on, a new step is announced (Qt's announcement
    event), not only left in the accessible description."""
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    from massage_trainer.ui import announce

    said = []

    def update(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(announce.QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(announce.QAccessible, "updateAccessibility", staticmethod(update))
    routines.set_routine("neck_and_shoulders_10")
    routines.next_step()
    assert said[-1] == routines.session.step_announcement()
    assert said[-1].startswith("Step 2 of ")
    routines.say_time_left()
    assert said[-1].endswith("left in this step.")
