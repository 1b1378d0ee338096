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

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMenu, QTabBar

from massage_trainer.core import paths
from massage_trainer.core.quiz import (
    Feedback,
    Mode,
    ProgressStore,
    Question,
    QuizEngine,
    QuizRound,
    RoundResults,
    RoundSettings,
    export_csv,
)
from massage_trainer.core.quiz.statistics import due_counts
from massage_trainer.core.quiz.wording import (
    click_text,
    clock_text,
    explanation,
    status_line,
    where_text,
)
from massage_trainer.core.zones import ZoneSet
from massage_trainer.ui.dialogs import save_folder
from massage_trainer.ui.maplook import MapLook, MapState
from massage_trainer.ui.progressview import ProgressView, mastery_tints
from massage_trainer.ui.quiz.dialogs import (
    ProgressCsvPath,
    ProgressFolder,
    QuizWarning,
    ResetProgress,
    UnsavedProgress,
)
from massage_trainer.ui.quiz.looks import progress_look, question_look, review_look
from massage_trainer.ui.quiz.pages import ANSWER_KEYS, QuizPanel

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

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
        self.engine = QuizEngine(window.zone_set, self.progress, clock)
        self.round: QuizRound | None = None
        self.question: Question | None = None
        self.feedback: Feedback | None = None
        self.results: RoundResults | None = None
        self.seed: int | None = None  # the seed of rounds started from the setup page (tests)
        self._setup_engine: QuizEngine | None = None
        self._review_kind: str | None = None
        self._last_click: tuple[float, float] | None = None
        self._question_number = 0  # counts every question shown: the map's cursor key
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
        # Alt+Q opens the Quiz menu, Alt+I and Alt+Z are taken too (the Routine tab
        # answers to Alt+T); Alt+P is the routine's Previous button
        window.add_side_tab(self.panel, "Q&uiz", self.quiz_look)
        window.add_side_tab(self.progress_view, "Pro&gress", self.progress_look)
        self.lookChanged.connect(window.apply_look)
        self._connect()
        self._update_actions()
        self._warning_timer: QTimer | None = None
        if self.load_warning:
            warning = self.load_warning
            timer = self._warning_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: QuizWarning.ask(self.window, "Saved Progress", warning))
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
            "&Start Quiz\u2026",
            self.show_setup,
            ["Ctrl+R", "F5"],
            "Choose a quiz mode, region and length",
        )
        self.practice_action = self._action(
            "&Practice",
            self.start_practice,
            "Ctrl+Shift+R",
            "A round of what is due: the areas you miss come back soonest",
        )
        self.end_action = self._action(
            "&End Quiz", self.end_quiz, "Ctrl+.", "End the round now and see the results"
        )
        self.show_progress_action = self._action(
            "Show &Progress", self.show_progress, None, "How well you know each area"
        )
        self.export_action = self._action(
            "&Export Progress as CSV\u2026",
            self.export_progress,
            None,
            "Save your progress as a spreadsheet file",
        )
        self.reset_action = self._action(
            "&Reset Progress\u2026",
            self.reset_progress,
            None,
            "Forget all saved progress (asks first)",
        )
        menu = QMenu("&Quiz", self.window)
        menu.setObjectName("quizMenu")
        for action in (self.start_action, self.practice_action, self.end_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.show_progress_action, self.export_action, self.reset_action):
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
        if self.window.zone_set is not self.engine.zone_set:
            self.zone_set_changed(self.window.zone_set)
            return True
        return False

    def zone_set_changed(self, zone_set: ZoneSet) -> None:
        """A new zone set is open: end any round, and quiz on the new set from now on."""
        if zone_set is self.engine.zone_set:
            return
        was_running = self.running
        self.save_if_dirty()
        self._ticker.stop()
        self._deadline.stop()
        self.round = self.question = self.feedback = self.results = None
        self._review_kind = None
        self.engine = QuizEngine(zone_set, self.progress, self.clock)
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
                "Another zone set was opened, so the quiz ended. The answers so far are saved."
            )

    # --- starting and ending ---------------------------------------------------------
    def _refresh_setup(self) -> None:
        self.panel.ensure_built()
        if self._setup_engine is not self.engine:
            self.panel.setup.refresh(self.engine)
            self._setup_engine = self.engine
        else:
            self.panel.setup.show_due()  # answers since the page was filled

    def _due_counts(self, mode: Mode) -> tuple[int, int]:
        """Areas of ``mode`` due today, and by the end of tomorrow, in this view."""
        return due_counts(
            self.progress, self.clock(), view=self.engine.zone_set.view, mode=mode.value
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
        try:
            rnd = self.engine.start_round(settings)
        except ValueError as exc:
            self._status(f"Cannot start this quiz: {exc}.")
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
        self._question_number += 1
        self.panel.question.show_question(
            question, status_line(self.round), where_text(question, self.engine.zone_set)
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
        elif self.question is not None and self.question.mode is Mode.FIND:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.panel.question.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def answer_key(self, key: str) -> None:
        """A key press in the Quiz tab: "1".."4", or "t", "c", "a"."""
        if (
            self._question_open()
            and self.question is not None
            and self.question.mode is not Mode.FIND
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
                self._status(f"{zone.name}: not asked yet in this mode.", 4000)
            return
        if (
            state is not MapState.QUIZ
            or self.question is None
            or self.question.mode is not Mode.FIND
            or not self._question_open()
        ):
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
            click_text(self.engine.zone_set, *click)
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
        return frozenset(z.id for z in self.engine.zone_set.zones if z.kind == kind)

    def quiz_look(self, explorer: MapLook) -> MapLook:
        """The Quiz tab's map: the question's, a miss picked on the results page,
        or the explorer's."""
        if self.question is not None:
            return question_look(
                explorer, self.question, self.feedback, self._last_click, self._question_number
            )
        if self._review_kind and self.panel.is_built and self.panel.page is self.panel.results:
            return review_look(explorer, self._kind_ids(self._review_kind))
        return explorer

    def progress_look(self, explorer: MapLook) -> MapLook:
        """The Progress tab's map: mastery colours while "Show on map" is ticked."""
        pv = self.progress_view
        if not pv.is_built or not pv.show_on_map.isChecked():
            return explorer
        tints = mastery_tints(self.engine.zone_set, self.progress, pv.mode)
        kept = frozenset().union(*(self._kind_ids(k) for k in pv.selected_kinds()))
        return progress_look(explorer, {z: c.rgba() for z, c in tints.items()}, kept)

    def _on_miss_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._review_kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
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
            and text.lower() in ANSWER_KEYS
            and self.question is not None
            and self.question.mode is not Mode.FIND
        ):
            self.answer_key(text.lower())

    # --- progress ------------------------------------------------------------------
    def show_progress(self) -> None:
        self.window.tabs.setCurrentWidget(self.progress_view)
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        self.progress_view.ensure_built()
        self.progress_view.refresh(self.progress, self.engine.zone_set, self.clock())
        self.lookChanged.emit()

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
                f"Your progress could not be saved ({self.save_problem}). It "
                "is kept while the program runs and saving is tried again after "
                "the next answer.",
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
            choice = UnsavedProgress.ask(self.window, self.save_problem or "unknown")
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
            "Progress Saved Elsewhere",
            f"Your progress was saved in {target}. To go on with it next time, "
            f"copy the file progress.json from there into {self.store.directory}.",
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
                "Export Failed",
                f"The progress could not be written to {path}: {reason}",
            )
            return
        self._status(f"Progress exported to {path}")

    def reset_progress(self) -> None:
        if not ResetProgress.ask(self.window):
            return
        try:
            self.store.reset(self.progress)  # empties it in place: the engine sees it
            self._dirty = False
            self._status("Progress reset: every area starts again.")
        except OSError as exc:
            self._dirty = True
            self._status(
                f"Progress was reset here but could not be saved ({exc.strerror or exc}).", 10000
            )
        if self.window.tabs.currentWidget() is self.progress_view:
            self._refresh_progress()
