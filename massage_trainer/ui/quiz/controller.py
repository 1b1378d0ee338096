"""The quiz controller: the glue between the quiz engine and round, the Quiz and
Progress tabs, the Quiz menu, the timers and the saving of progress.

``QuizController(window)`` adds all of it to a ``MainWindow`` (which keeps
it as ``window.quiz``).  The pages only show things
and emit signals; the words come from ``massage_trainer.core.quiz.wording``; the map's look from
``looks``: the controller says which look it wants (``quiz_look``,
``progress_look``) and emits ``lookChanged``; the window applies it.

Progress is saved the way qutebrowser's save manager does it: a finished
question makes it dirty, and dirty progress is written (atomically, by
``ProgressStore.save``) once the next question is on screen, at the end of a
round, on a tab change, on a timer and when the window closes.  A failed save
is reported in the status bar; the progress stays in memory and is tried again.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMenu, QTabBar

from massage_trainer.core import i18n, paths
from massage_trainer.core.quiz import (
    Feedback,
    Hint,
    Mode,
    ProgressStore,
    Question,
    QuizEngine,
    QuizRound,
    RoundResults,
    RoundSettings,
    Schedule,
    export_csv,
)
from massage_trainer.core.quiz.statistics import due_counts
from massage_trainer.core.quiz.wording import (
    click_text,
    clock_text,
    explanation,
    feedback_text,
    status_line,
    where_text,
)
from massage_trainer.core.savefile import SaveError
from massage_trainer.core.zones import ZoneSet
from massage_trainer.paint.charts import StatisticsData, today_local, write_charts_png, write_report
from massage_trainer.ui.dialogs import save_folder
from massage_trainer.ui.maplook import MapLook, MapState
from massage_trainer.ui.progressview import ProgressView, mastery_tints
from massage_trainer.ui.quiz.dialogs import (
    ProgressCsvPath,
    ProgressFolder,
    ProgressReportPath,
    QuizWarning,
    ResetProgress,
    UnsavedProgress,
)
from massage_trainer.ui.quiz.looks import progress_look, question_look, review_look
from massage_trainer.ui.quiz.pages import (
    RETENTION_DEFAULT,
    RETENTION_RANGE,
    QuizPanel,
)
from massage_trainer.ui.quiz.text import QuizTabText

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

RETENTION_KEY = "quiz/desired_retention"  # QSettings: the recall goal, 0.70 to 0.97
AUTOSAVE_MS = 30_000  # dirty progress is written at least this often
# after an answer: long enough for the next question to be painted first, short
# enough that a kill loses no more than that answer (which the answer log holds)
SAVE_AFTER_ANSWER_MS = 250


class QuizController(QObject):
    """Drives the quiz in one main window: engine, progress, round and tabs."""

    lookChanged = Signal()  # the map should look different now

    def __init__(
        self,
        window: MainWindow,
        data_dir: str | Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.setObjectName("quizController")
        self.window = window
        self.view = window.view
        self.clock = clock
        if data_dir is None:  # the one data folder, as the command line finds it too
            app = QCoreApplication
            data_dir = paths.user_data_dir(app.organizationName(), app.applicationName())
        self.store = ProgressStore(data_dir, clock=clock)
        loaded = self.store.load()
        self.progress = loaded.progress
        self.load_warning = loaded.warning
        self.schedule = Schedule(self._saved_retention())
        self.engine = self._new_engine(window.zone_set)
        self.round: QuizRound | None = None
        self.question: Question | None = None
        self.feedback: Feedback | None = None
        self.hint: Hint | None = None  # the hint taken for the open question
        self.results: RoundResults | None = None
        self.seed: int | None = None  # the seed of rounds started from the setup page (tests)
        self._setup_engine: QuizEngine | None = None
        self._review_kind: str | None = None
        self._review_view = ""  # the view of the miss picked on the results page
        self._last_click: tuple[float, float] | None = None
        self._question_number = 0  # counts every question shown: the map's cursor key
        # the statistics last read from the answer log, with what they were read for
        self._statistics: tuple[tuple[object, ...], StatisticsData] | None = None
        self._dirty = False
        self.save_problem: str | None = None  # why the last save failed, None once it works

        # the tabs are built on first use (LazyPage)
        self.panel = QuizPanel()
        self.progress_view = ProgressView()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._deadline = QTimer(self)  # ends a timed round on time, not up to a tick late
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._tick)
        # after the next question is on screen: the write never holds it up
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(SAVE_AFTER_ANSWER_MS)
        self._save_soon.timeout.connect(self.save_if_dirty)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_if_dirty)
        self._autosave.start()

        self._build_menu()
        # the mnemonics are the translation's: in English Alt+Q opens the Quiz
        # menu, Alt+I and Alt+Z are taken too (the Routine tab answers to Alt+T);
        # Alt+P is the routine's Previous button
        window.add_side_tab(self.panel, QuizTabText.tr("Q&uiz", "tab"), self.quiz_look)
        window.add_side_tab(
            self.progress_view, QuizTabText.tr("Pro&gress", "tab"), self.progress_look
        )
        self.lookChanged.connect(window.apply_look)
        self._connect()
        self._update_actions()
        self._warning_timer: QTimer | None = None
        if self.load_warning:
            warning = self.load_warning
            timer = self._warning_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(
                lambda: QuizWarning.ask(self.window, QuizTabText.tr("Saved Progress"), warning)
            )
            timer.start(0)

    def take_load_warning(self) -> str | None:
        """The start-up warning about saved progress, which then is not shown
        in a dialog (a screenshot has no one to close it)."""
        if self._warning_timer is not None:
            self._warning_timer.stop()
        return self.load_warning

    # --- building ------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | list[str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcuts(
                [QKeySequence(s) for s in (shortcut if isinstance(shortcut, list) else [shortcut])]
            )
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        self.start_action = self._action(
            QuizTabText.tr("&Start Quiz\u2026", "Quiz menu"),
            self.show_setup,
            ["Ctrl+R", "F5"],
            QuizTabText.tr("Choose a quiz mode, region and length"),
        )
        self.practice_action = self._action(
            QuizTabText.tr("&Practice", "Quiz menu"),
            self.start_practice,
            "Ctrl+Shift+R",
            QuizTabText.tr("A round of what is due: the areas you miss come back soonest"),
        )
        self.end_action = self._action(
            QuizTabText.tr("&End Quiz", "Quiz menu"),
            self.end_quiz,
            "Ctrl+.",
            QuizTabText.tr("End the round now and see the results"),
        )
        self.show_progress_action = self._action(
            QuizTabText.tr("Show &Progress", "Quiz menu"),
            self.show_progress,
            None,
            QuizTabText.tr("How well you know each area"),
        )
        self.export_action = self._action(
            QuizTabText.tr("&Export Progress as CSV\u2026", "Quiz menu"),
            self.export_progress,
            None,
            QuizTabText.tr("Save your progress as a spreadsheet file"),
        )
        self.report_action = self._action(
            QuizTabText.tr("E&xport Progress Report\u2026", "Quiz menu"),
            self.export_report,
            None,
            QuizTabText.tr("Save your statistics and charts as a PDF report or a PNG image"),
        )
        self.reset_action = self._action(
            QuizTabText.tr("&Reset Progress\u2026", "Quiz menu"),
            self.reset_progress,
            None,
            QuizTabText.tr("Forget all saved progress (asks first)"),
        )
        menu = QMenu(QuizTabText.tr("&Quiz", "menu"), self.window)
        menu.setObjectName("quizMenu")
        for action in (self.start_action, self.practice_action, self.end_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (
            self.show_progress_action,
            self.export_action,
            self.report_action,
            self.reset_action,
        ):
            menu.addAction(action)
        self.menu = menu
        self.window.add_menu(menu)

    def _connect(self) -> None:
        self.panel.built.connect(self._connect_panel)
        self.progress_view.built.connect(self._connect_progress_view)
        self.view.pointClicked.connect(self._on_point_clicked)
        self.view.keyPressed.connect(self._on_map_key)
        self.window.tabs.currentChanged.connect(self._on_tab_changed)
        self.window.zoneSetChanged.connect(self.zone_set_changed)
        self.window.closing.connect(self.save_if_dirty)

    def _connect_panel(self) -> None:
        panel = self.panel
        panel.setup.due_counts = self._due_counts
        retention = panel.setup.retention_spin
        retention.setValue(round(100 * self.schedule.desired_retention))
        retention.valueChanged.connect(lambda v: self.set_retention(v / 100))
        panel.question.hintRequested.connect(self.take_hint)
        panel.question.answer_edit.submitted.connect(self.answer_text)
        panel.startRequested.connect(self.start_from_setup)
        panel.nextRequested.connect(self.next_question)
        panel.keyAnswered.connect(self.answer_key)
        for i, button in enumerate(panel.question.answer_buttons):
            button.clicked.connect(partial(self.answer_choice, i))
        panel.question.end_button.clicked.connect(self.end_quiz)
        panel.results.practise_button.clicked.connect(self.practise_mistakes)
        panel.results.new_button.clicked.connect(self.show_setup)
        panel.results.misses.currentItemChanged.connect(self._on_miss_selected)

    def _connect_progress_view(self) -> None:
        pv = self.progress_view
        pv.showOnMapChanged.connect(lambda _on: self.lookChanged.emit())
        pv.modeChanged.connect(self._refresh_progress)
        pv.kindSelected.connect(lambda _kind: self.lookChanged.emit())
        pv.exportRequested.connect(self.export_progress)
        pv.resetRequested.connect(self.reset_progress)
        pv.statisticsShown.connect(self._refresh_statistics)
        pv.reportRequested.connect(self.export_report)

    # --- state -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A round is under way (not yet on its results)."""
        return self.round is not None and self.results is None

    def _update_actions(self) -> None:
        self.end_action.setEnabled(self.running)

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _zone_set_stale(self) -> bool:
        """Catch a zone set opened behind the quiz's back; True if it ended the quiz."""
        if not self._in_engine(self.window.zone_set):
            self.zone_set_changed(self.window.zone_set)
            return True
        return False

    def _in_engine(self, zone_set: ZoneSet) -> bool:
        """The zone set is one of the views the engine asks on (the same one the
        window shows, not a copy of it)."""
        return self.engine.views.get(zone_set.view) is zone_set

    def _window_views(self) -> dict[str, ZoneSet]:
        """The zone sets of every view the window offers that can be read,
        the window's own first."""
        window = self.window
        views = {window.zone_set.view: window.zone_set}
        for view in window.views:
            zone_set = window.view_zone_set(view)
            if zone_set is not None:
                views.setdefault(view, zone_set)
        return views

    def _ensure_all_views(self) -> None:
        """Between rounds: make the engine ask on every view the window offers
        (the other views are read on the first quiz, not at start-up)."""
        if self.running or set(self.engine.views) >= set(self.window.views):
            return
        self.engine = QuizEngine(
            self.engine.zone_set, self.progress, self.clock, views=self._window_views()
        )

    def _shown_set(self) -> ZoneSet:
        """The zone set on the map when it is one of the engine's, else the engine's own."""
        zone_set = self.window.zone_set
        return zone_set if self._in_engine(zone_set) else self.engine.zone_set

    def zone_set_changed(self, zone_set: ZoneSet) -> None:
        """A new zone set is open: end any round, and quiz on the new set from
        now on.  Another view of the same body changes nothing but the map
        (and the Progress tab, which shows the view on the map)."""
        if self._in_engine(zone_set):
            if self.window.tabs.currentWidget() is self.progress_view:
                self._refresh_progress()
            return
        was_running = self.running
        self.save_if_dirty()
        self._ticker.stop()
        self._deadline.stop()
        self.round = self.question = self.feedback = self.results = None
        self._review_kind = None
        self.engine = self._new_engine(zone_set)
        if self.panel.is_built:
            self.panel.show_page(self.panel.setup)
        if self.window.tabs.currentWidget() is self.panel:
            self._refresh_setup()
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()
        self.lookChanged.emit()
        self._update_actions()
        if was_running:
            self._status(
                QuizTabText.tr(
                    "Another zone set was opened, so the quiz ended. The answers so far are saved."
                )
            )

    def _new_engine(self, zone_set: ZoneSet) -> QuizEngine:
        return QuizEngine(zone_set, self.progress, self.clock, schedule=self.schedule)

    # --- the recall goal (FSRS's desired retention) ----------------------------------
    def _saved_retention(self) -> float:
        """The recall goal kept in the settings, or the default when there is
        none or it is out of range."""
        low, high = RETENTION_RANGE
        try:
            value = float(str(self.window.settings.value(RETENTION_KEY, RETENTION_DEFAULT / 100)))
        except (TypeError, ValueError):
            return RETENTION_DEFAULT / 100
        return value if low / 100 <= value <= high / 100 else RETENTION_DEFAULT / 100

    def set_retention(self, value: float) -> None:
        """A new recall goal: remembered, and used for every answer from now on."""
        value = round(value, 2)
        if value == self.schedule.desired_retention:
            return
        self.schedule = Schedule(value)
        self.engine.schedule = self.schedule
        self.window.settings.setValue(RETENTION_KEY, value)
        if self.panel.is_built:
            self.panel.setup.show_due()

    # --- starting and ending ---------------------------------------------------------
    def _refresh_setup(self) -> None:
        self.panel.ensure_built()
        self._ensure_all_views()
        if self._setup_engine is not self.engine:
            self.panel.setup.refresh(self.engine)
            self._setup_engine = self.engine
        else:
            self.panel.setup.show_due()  # answers since the page was filled

    def _due_counts(self, mode: Mode) -> tuple[int, int]:
        """Areas of ``mode`` due today, and by the end of tomorrow, in this view."""
        return due_counts(
            self.progress,
            self.clock(),
            view=None if self.engine.multi_view else self.engine.zone_set.view,
            mode=mode.value,
            schedule=self.schedule,
        )

    def _focus_in_tab(self) -> bool:
        """Whether to move the focus into the Quiz tab (not away from the tab bar)."""
        return not isinstance(self.window.focusWidget(), QTabBar)

    def show_setup(self) -> None:
        """Quiz > Start Quiz: the Quiz tab, on the setup page unless a round is running."""
        self._zone_set_stale()
        self.panel.ensure_built()
        if not self.running:
            self.round = None
            self.results = None
            self._review_kind = None
            self.panel.show_page(self.panel.setup)
            self._refresh_setup()
        self.window.tabs.setCurrentWidget(self.panel)
        self.lookChanged.emit()
        if self.running:
            self._focus_question()
        else:
            self.panel.setup.focus_first()

    def start_from_setup(self) -> None:
        self._refresh_setup()
        if self.panel.setup.start_button.isEnabled():
            self.start(self.panel.setup.settings(seed=self.seed))

    def start_practice(self) -> None:
        """Quiz > Practice: a practice round with the setup page's mode and region."""
        self._zone_set_stale()
        self._refresh_setup()
        self.panel.setup.practice_check.setChecked(True)
        self.start(self.panel.setup.settings(practice=True, seed=self.seed))

    def start(self, settings: RoundSettings) -> QuizRound | None:
        """Start a round (a running one is dropped; its answers are already recorded)."""
        self._zone_set_stale()
        self.round = None  # a running one is dropped, so the engine may ask on every view
        self._ensure_all_views()
        try:
            rnd = self.engine.start_round(settings)
        except ValueError as exc:
            self._status(i18n.fill(QuizTabText.tr("Cannot start this quiz: {reason}."), reason=exc))
            return None
        self._begin(rnd)
        return rnd

    def practise_mistakes(self) -> None:
        if self.round is None or self.results is None:
            return
        again = self.round.mistakes_round()
        if again is not None:
            self._begin(again)

    def _begin(self, rnd: QuizRound) -> None:
        self.panel.ensure_built()
        self.round = rnd
        self.results = None
        self.question = self.feedback = None
        self._review_kind = None
        self.panel.show_page(self.panel.question)
        self.window.tabs.setCurrentWidget(self.panel)
        self._ticker.start()
        left = rnd.time_left()
        if left is not None:
            self._deadline.start(int(left * 1000) + 20)
        else:
            self._deadline.stop()
        self._update_actions()
        self._advance()

    def end_quiz(self) -> None:
        """Quiz > End Quiz: stop the round here and show its results."""
        if self.running:
            self._finish()

    def _finish(self) -> None:
        assert self.round is not None
        self.results = self.round.results()
        self.question = self.feedback = None
        self._ticker.stop()
        self._deadline.stop()
        self.panel.results.show_results(self.results)
        self.panel.show_page(self.panel.results)
        self._update_actions()
        self.lookChanged.emit()
        if self.window.tabs.currentWidget() is self.panel and self._focus_in_tab():
            button = self.panel.results.practise_button
            if not button.isEnabled():
                button = self.panel.results.new_button
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_if_dirty()

    # --- questions and answers ---------------------------------------------------------
    def _advance(self) -> None:
        assert self.round is not None
        question = self.round.next_question()
        if question is None:
            self._finish()
            return
        self.question, self.feedback, self._last_click = question, None, None
        self.hint = None
        self._question_number += 1
        where = where_text(question, self.engine.zone_set_of(question))
        self.panel.question.show_question(question, status_line(self.round), where)
        # find-it is answered on the map: it carries the question for a screen reader
        self.view.set_task(
            f"{question.prompt} {where}".strip() if question.mode is Mode.FIND else ""
        )
        self._update_clock()
        self.lookChanged.emit()
        self._focus_question()
        if self._dirty:
            self._save_soon.start()  # after this question is on screen

    def _focus_question(self) -> None:
        if self.window.tabs.currentWidget() is not self.panel or not self._focus_in_tab():
            return
        if self.feedback is not None and self.feedback.done:
            self.panel.question.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.question is not None and self.question.form == "typed":
            self.panel.question.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.question is not None and self.question.mode is Mode.FIND:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the question itself: a screen reader reads it, the keys still answer
            self.panel.question.prompt.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_open(self) -> bool:
        """A question waits for an answer (and the time has not run out)."""
        if self.round is None or self.question is None or self.results is not None:
            return False
        if self.feedback is not None and self.feedback.done:
            return False
        if self._zone_set_stale():
            return False
        if self.round.is_over():  # the time ran out between two ticks
            self._finish()
            return False
        return True

    def answer_choice(self, index: int) -> None:
        """An answer button (0-based)."""
        if (
            self._question_open()
            and self.question is not None
            and index < len(self.question.choices)
        ):
            self._show_feedback(self.round.answer_choice(index))  # type: ignore[union-attr]

    def answer_text(self, text: str) -> None:
        """A typed answer (Enter in the answer box)."""
        if (
            self._question_open()
            and self.question is not None
            and self.question.form == "typed"
            and text.strip()
        ):
            self._show_feedback(self.round.answer_text(text))  # type: ignore[union-attr]

    def take_hint(self) -> None:
        """The hint button: once per question, at half its score (the round
        counts it and the log keeps it)."""
        if not self._question_open() or self.round is None or self.hint is not None:
            return
        self.hint = self.round.hint()
        self.panel.question.show_hint(self.hint.text)
        self.lookChanged.emit()
        self._focus_question()

    def answer_key(self, key: str) -> None:
        """A key press in the Quiz tab: "1".."4", or "t", "c", "a"."""
        if (
            self._question_open()
            and self.question is not None
            and self.question.mode is not Mode.FIND
            and self.question.form != "typed"
        ):
            feedback = self.round.answer_key(key)  # type: ignore[union-attr]
            if feedback is not None:
                self._show_feedback(feedback)

    def _on_point_clicked(self, x: float, y: float) -> None:
        state = self.window.view.look.state
        if state is MapState.PROGRESS:
            zone = self.view.zone_set.zone_at(x, y)
            self.progress_view.select_kinds([zone.kind] if zone else [])
            if zone is not None and not self.progress_view.selected_kinds():
                self._status(
                    i18n.fill(
                        QuizTabText.tr("{zone}: not asked yet in this mode."), zone=zone.name
                    ),
                    4000,
                )
            return
        if (
            state is not MapState.QUIZ
            or self.question is None
            or self.question.mode is not Mode.FIND
            or not self._question_open()
        ):
            return
        if self.window.zone_set is not self.engine.zone_set_of(self.question):
            # the learner turned the map to another view: the click is not on
            # the question's body, so it is no answer; turn the map back
            view = self.question.view
            self.window.show_view(view)
            title = self.engine.zone_set_of(self.question).title
            self._status(
                i18n.fill(
                    QuizTabText.tr(
                        "This question is on the {view:lower}, so the map shows it again."
                    ),
                    view=title,
                )
            )
            return
        self._last_click = (x, y)
        self._show_feedback(self.round.answer_click(x, y))  # type: ignore[union-attr]

    def _show_feedback(self, feedback: Feedback) -> None:
        assert self.round is not None
        self.feedback = feedback
        if feedback.done:
            self._dirty = True
        click = self._last_click
        said = (
            click_text(self.engine.zone_set_of(feedback.question), *click)
            if click is not None and feedback.question.mode is Mode.FIND
            else ""
        )
        self.panel.question.show_feedback(
            feedback,
            explanation(feedback, self.engine),
            status_line(self.round),
            self.round.is_over(),
            said,
        )
        self.lookChanged.emit()
        if feedback.done:
            self._focus_question()
        elif feedback.question.mode is Mode.FIND:  # another try: said where the keys are
            self.view.say(f"{feedback_text(feedback)} {said}".strip())

    def next_question(self) -> None:
        """Next (Enter or Space once a question is answered)."""
        if self.running and self.feedback is not None and self.feedback.done:
            self._advance()

    # --- time --------------------------------------------------------------------
    def _tick(self) -> None:
        if not self.running or self.round is None:
            self._ticker.stop()
            self._deadline.stop()
            return
        if self._zone_set_stale():
            return
        if self.round.timed_out():
            self._finish()
            return
        self._update_clock()

    def _update_clock(self) -> None:
        if self.round is None:
            return
        self.panel.question.clock.setText(clock_text(self.round))

    # --- the map -------------------------------------------------------------------
    def _kind_ids(self, kind: str | None) -> frozenset[str]:
        if not kind:
            return frozenset()
        return frozenset(z.id for z in self.window.zone_set.zones if z.kind == kind)

    def quiz_look(self, explorer: MapLook) -> MapLook:
        """The Quiz tab's map: the question's, a miss picked on the results page,
        or the explorer's."""
        if self.question is not None:
            lit = frozenset(z.id for z in self.hint.zones) if self.hint else frozenset()
            return question_look(
                explorer,
                self.question,
                self.feedback,
                self._last_click,
                self._question_number,
                lit,
            )
        if self._review_kind and self.panel.is_built and self.panel.page is self.panel.results:
            look = review_look(explorer, self._kind_ids(self._review_kind))
            return look.with_(view=self._review_view)
        return explorer

    def progress_look(self, explorer: MapLook) -> MapLook:
        """The Progress tab's map: mastery colours while "Show on map" is ticked."""
        pv = self.progress_view
        if not pv.is_built or not pv.show_on_map.isChecked():
            return explorer
        tints = mastery_tints(self._shown_set(), self.progress, pv.mode)
        kept = frozenset().union(*(self._kind_ids(k) for k in pv.selected_kinds()))
        return progress_look(explorer, {z: c.rgba() for z, c in tints.items()}, kept)

    def _on_miss_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._review_kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        # the miss's view: the list holds the results' misses in their order
        row = self.panel.results.misses.row(item) if item is not None else -1
        misses = self.results.misses if self.results is not None else ()
        self._review_view = misses[row].question.view if 0 <= row < len(misses) else ""
        self.lookChanged.emit()

    def _on_tab_changed(self, _index: int) -> None:
        self._zone_set_stale()
        current = self.window.tabs.currentWidget()
        self.save_if_dirty()
        if current is self.panel and self.panel.page is self.panel.setup:
            self._refresh_setup()
        if current is self.progress_view:
            self._refresh_progress()
        if current is self.panel and self._focus_in_tab():  # so the quiz's keys work at once
            if self.running:
                self._focus_question()
            elif self.panel.page is self.panel.setup:
                self.panel.setup.focus_first()

    def _on_map_key(self, text: str, key: int) -> None:
        """A key the map does not use, pressed while it has the focus (after a
        click on it): the quiz's keys still work there."""
        if self.window.view.look.state is not MapState.QUIZ:
            return
        done = self.feedback is not None and self.feedback.done
        if done and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_question()
        elif (
            text
            and self.panel.is_built
            and text.lower() in self.panel.question.keys
            and self.question is not None
            and self.question.mode is not Mode.FIND
        ):
            self.answer_key(text.lower())

    # --- progress ------------------------------------------------------------------
    def show_progress(self) -> None:
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()
        else:  # the tab change refreshes it
            self.window.tabs.setCurrentWidget(self.progress_view)

    def _refresh_progress(self) -> None:
        self.progress_view.ensure_built()
        self.progress_view.refresh(self.progress, self._shown_set(), self.clock())
        if self.progress_view.showing_statistics:
            self._refresh_statistics()
        self.lookChanged.emit()

    def statistics_data(self) -> StatisticsData:
        """The answer log's figures for the open view (``paint.charts``).

        Read again only when an answer was logged since, the day changed or
        another view is open: the last answer's row id tells, in one lookup."""
        zone_set = self._shown_set()
        today = today_local(self.clock())
        log = self.engine.log if self.engine.log is not None else self.progress.log
        try:
            newest = (
                log.connection().execute("SELECT max(id) FROM answers").fetchone()[0]
                if log is not None
                else None
            )
            key = (id(log), newest, today, zone_set.view, zone_set.title)
            if self._statistics is not None and self._statistics[0] == key:
                return self._statistics[1]
            names = {kind: zones[0].name for kind, zones in zone_set.kinds().items()}
            data = StatisticsData.from_log(log, zone_set.view, names, zone_set.title, today)
        except (sqlite3.Error, OSError) as exc:
            self._status(
                i18n.fill(
                    QuizTabText.tr("Your answer history could not be read ({reason})."), reason=exc
                ),
                10000,
            )
            return StatisticsData(zone_set.title, today)
        self._statistics = (key, data)
        return data

    def _refresh_statistics(self) -> None:
        self.progress_view.ensure_built()
        data = self.statistics_data()
        if self.progress_view.statistics.data is not data:
            self.progress_view.statistics.show_data(data)

    def export_report(self) -> None:
        """Quiz > Export Progress Report: a PDF of the statistics, or the charts as a PNG."""
        key = "progress/report_dir"
        folder = save_folder(self.window.settings.value(key, ""))
        path = ProgressReportPath.ask(self.window, str(folder / "massage-trainer-report.pdf"))
        if not path:
            return
        data = self.statistics_data()
        try:
            if path.lower().endswith(".png"):
                write_charts_png(data, path)
            else:
                write_report(data, path)
        except (SaveError, OSError) as exc:
            QuizWarning.ask(
                self.window,
                QuizTabText.tr("Export Failed"),
                i18n.fill(
                    QuizTabText.tr("The progress report could not be written to {file}: {reason}"),
                    file=path,
                    reason=exc,
                ),
            )
            return
        self.window.settings.setValue(key, str(Path(path).parent))
        self._status(i18n.fill(QuizTabText.tr("Progress report written to {file}"), file=path))

    def save_if_dirty(self) -> bool:
        """Write the progress if it changed since the last save; False if that
        failed (then it is said in the status bar and tried again later; the
        progress in memory is never lost)."""
        if not self._dirty:
            return True
        try:
            self.store.save(self.progress)
        except OSError as error:
            self.save_problem = str(error.strerror or error)
            self._status(
                i18n.fill(
                    QuizTabText.tr(
                        "Your progress could not be saved ({reason}). It "
                        "is kept while the program runs and saving is tried again after "
                        "the next answer."
                    ),
                    reason=self.save_problem,
                ),
                10000,
            )
            return False
        self._dirty = False
        self.save_problem = None
        return True

    def may_close(self) -> bool:
        """Save before the window closes; when that fails, ask the learner
        (Retry, Save Elsewhere, Close Anyway).  False keeps the window open."""
        while not self.save_if_dirty():
            choice = UnsavedProgress.ask(
                self.window, self.save_problem or QuizTabText.tr("unknown", "reason")
            )
            if choice == UnsavedProgress.CLOSE:
                return True
            if choice == UnsavedProgress.ELSEWHERE:
                if self._save_elsewhere():
                    return True
            elif choice != UnsavedProgress.RETRY:
                return False  # cancelled: the window stays open
        return True

    def _save_elsewhere(self) -> bool:
        folder = ProgressFolder.ask(self.window, str(save_folder()))
        if not folder:
            return False
        target = Path(folder) / "massage-trainer-progress"
        try:
            elsewhere = ProgressStore(target, clock=self.clock)
            elsewhere.save(self.progress)
            log = self.progress.log
            for answer in list(log.pending if log is not None else []):
                elsewhere.answer_log.record(answer)  # answers not yet in the history
        except OSError as exc:
            self.save_problem = f"{target}: {exc.strerror or exc}"
            return False
        QuizWarning.ask(
            self.window,
            QuizTabText.tr("Progress Saved Elsewhere"),
            i18n.fill(
                QuizTabText.tr(
                    "Your progress was saved in {folder}. To go on with it next time, "
                    "copy the file progress.json from there into {own}."
                ),
                folder=target,
                own=self.store.directory,
            ),
        )
        return True

    def export_progress(self) -> None:
        suggested = str(save_folder() / "massage-trainer-progress.csv")
        path = ProgressCsvPath.ask(self.window, suggested)
        if not path:
            return
        try:
            export_csv(self.progress, path, self.engine.zone_set)
        except (OSError, ValueError, OverflowError) as exc:
            # the loader checks every value, so only the disk should fail here;
            # a value that slipped through still gives a message, not a crash
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            QuizWarning.ask(
                self.window,
                QuizTabText.tr("Export Failed"),
                i18n.fill(
                    QuizTabText.tr("The progress could not be written to {file}: {reason}"),
                    file=path,
                    reason=reason,
                ),
            )
            return
        self._status(i18n.fill(QuizTabText.tr("Progress exported to {file}"), file=path))

    def reset_progress(self) -> None:
        if not ResetProgress.ask(self.window):
            return
        try:
            self.store.reset(self.progress)  # empties it in place: the engine sees it
            self._dirty = False
            self._status(QuizTabText.tr("Progress reset: every area starts again."))
        except OSError as exc:
            self._dirty = True
            self._status(
                i18n.fill(
                    QuizTabText.tr("Progress was reset here but could not be saved ({reason})."),
                    reason=exc.strerror or exc,
                ),
                10000,
            )
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()
