"""File > Open Exam…: a learner sits an instructor's exam file in a window of its own.

``open_exam(window)`` asks for the exam file, shows its problems (file and
line) if it has any, and opens an ``ExamWindow``: its own map and question
page, so the main window's quiz, its round and its progress are untouched
(the exam window is modal while it is open).  The questions come from
``core.exam.ExamSitting`` (the quiz engine with the exam's settings); the
answers are not written to the answer log or the practice progress.

At the end the results are written atomically where the learner chooses
("Results saved to …" only once they are on the disk).  A failed write says
why and keeps the answers for another try; closing with unsaved results asks
first.  Every dialog has an ``ask`` class method that tests replace.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n, paths
from massage_trainer.core.exam import (
    MAX_NAME,
    Answer,
    Exam,
    ExamError,
    ExamResults,
    ExamSitting,
    load_exam,
    suggested_file_name,
    write_results,
)
from massage_trainer.core.i18n import Tr
from massage_trainer.core.quiz import MODE_LABELS, Feedback, Mode, Question
from massage_trainer.core.quiz.wording import click_text, explanation, where_text
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.zones import ZoneFileError, ZoneSet, load_zone_set, read_views
from massage_trainer.ui.bodyview import BodyView
from massage_trainer.ui.dialogs import ProblemsDialog, problems_summary, save_folder
from massage_trainer.ui.maplook import MapLook
from massage_trainer.ui.quiz.looks import question_look
from massage_trainer.ui.quiz.pages import STYLE, QuestionPage, answer_keys

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow


class ExamWindowText(Tr):
    """Texts of the exam window and its dialogs (File > Open Exam)."""


# --- the dialogs (tests replace each ``ask``) ------------------------------------------
class ExamFileDialog:
    """Which exam file to open."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> str:
        """The chosen file, or "" if cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            ExamWindowText.tr("Open Exam"),
            folder,
            ExamWindowText.tr("Exam files (*.yaml *.yml);;All files (*)"),
        )
        return path


class ResultsPath:
    """Where to save the results file."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """The chosen path, or "" if cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            ExamWindowText.tr("Save Exam Results"),
            suggested,
            ExamWindowText.tr("Exam results (*.json);;All files (*)"),
        )
        return path


class ConfirmEnd:
    """Whether to end a running exam early."""

    @classmethod
    def ask(cls, parent: QWidget | None, left: int) -> bool:
        answer = QMessageBox.question(
            parent,
            ExamWindowText.tr("End the Exam"),
            ExamWindowText.tr(
                "End the exam now? %n unanswered question(s) will count as not answered. "
                "You can save your results next.",
                "",
                left,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class UnsavedResults:
    """The window is closing with results not on the disk: save, discard or stay."""

    SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None) -> str:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(ExamWindowText.tr("Results Not Saved"))
        box.setText(ExamWindowText.tr("Your exam results are not saved yet."))
        box.setInformativeText(
            ExamWindowText.tr(
                "If you close now, your answers are lost and you would have to sit the exam again."
            )
        )
        save = box.addButton(
            ExamWindowText.tr("&Save Results\u2026"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            ExamWindowText.tr("&Discard Results"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return cls.SAVE
        if clicked is discard:
            return cls.DISCARD
        return cls.CANCEL


class SaveFailed:
    """The results file could not be written."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: str, reason: str) -> None:
        QMessageBox.warning(
            parent,
            ExamWindowText.tr("Results Not Saved"),
            i18n.fill(
                ExamWindowText.tr(
                    "The results could not be written to {file}: {reason}.\n\n"
                    "Your answers are kept. Choose another folder with Save Results\u2026"
                ),
                file=path,
                reason=reason,
            ),
        )


def one_click_hint() -> str:
    """Find it with feedback at the end: one click, and the quiz's "Three tries." is not so."""
    return ExamWindowText.tr(
        "Click it on the map: your first click on the body is your answer. Keyboard: the "
        "arrow keys move between areas, Enter answers."
    )


# --- words --------------------------------------------------------------------------
def view_name(view: str, zone_sets: Mapping[str, ZoneSet] | None = None) -> str:
    """A view as its zone file names it ("Back view", in the learner's language);
    from its id where its zone set is not at hand."""
    zone_set = (zone_sets or {}).get(view)
    if zone_set is not None and zone_set.title:
        return zone_set.title
    words = view.replace("_", " ")
    return i18n.fill(ExamWindowText.tr("{view} view", "a view named by its id"), view=words)


def list_words(items: list[str]) -> str:
    """Several names as one list: "a, b and c" in the learner's language."""
    if not items:
        return ""
    text = items[-1]
    if len(items) > 1:
        text = i18n.fill(
            ExamWindowText.tr("{first} and {last}", "the last two of a list"),
            first=items[-2],
            last=items[-1],
        )
        for item in reversed(items[:-2]):
            text = i18n.fill(
                ExamWindowText.tr("{item}, {rest}", "a list of three or more"),
                item=item,
                rest=text,
            )
    return text


def exam_summary(exam: Exam, zone_sets: Mapping[str, ZoneSet] | None = None) -> str:
    """What the exam asks, in a few sentences, for its start page."""
    kinds = ExamWindowText.tr(", ", "between the kinds of question").join(
        MODE_LABELS[m] for m in exam.modes
    )
    names = [view_name(v, zone_sets) for v in exam.views]
    if len(names) == 1:
        first = i18n.fill(
            ExamWindowText.tr("%n question(s) on the {view:lower} ({kinds}).", "", exam.questions),
            view=names[0],
            kinds=kinds,
        )
    else:
        first = i18n.fill(
            ExamWindowText.tr("%n question(s) on {views} ({kinds}).", "", exam.questions),
            views=list_words(
                [
                    i18n.fill(ExamWindowText.tr("the {view:lower}", "a view in a list"), view=n)
                    for n in names
                ]
            ),
            kinds=kinds,
        )
    parts = [first]
    if exam.time_limit is None:
        parts.append(ExamWindowText.tr("There is no time limit."))
    else:
        parts.append(
            i18n.fill(
                ExamWindowText.tr("You have {time} for the whole exam."),
                time=format_time(exam.time_limit),
            )
        )
    if exam.feedback_at_end:
        parts.append(
            ExamWindowText.tr(
                "You will see which answers were right only at the end; in Find it each "
                "question takes one click."
            )
        )
    else:
        parts.append(ExamWindowText.tr("After each answer you see whether it was right."))
    parts.append(ExamWindowText.tr("Your answers here do not change your own practice progress."))
    return " ".join(parts)


_MODES = {m.value for m in Mode}


def answer_line(answer: Answer) -> str:
    """One answer on the end page: '3. Find it, Spine: right.'"""
    mode = MODE_LABELS[Mode(answer.mode)] if answer.mode in _MODES else ""
    head = (
        i18n.fill(
            ExamWindowText.tr("{number}. {mode}, {name}", "an answer: its number, kind, zone"),
            number=answer.number,
            mode=mode,
            name=answer.name,
        )
        if mode
        else i18n.fill(
            ExamWindowText.tr("{number}. {name}", "an answer: its number and zone"),
            number=answer.number,
            name=answer.name,
        )
    )
    if answer.correct:
        return i18n.fill(ExamWindowText.tr("{answer}: right."), answer=head)
    said = ExamWindowText.tr(", then ", "between the tries of one answer").join(
        answer.given
    ) or ExamWindowText.tr("no answer")
    line = i18n.fill(
        ExamWindowText.tr("{answer}: you said {said}; the answer is {right}."),
        answer=head,
        said=said,
        right=answer.right_answer,
    )
    if answer.safety_mistake:
        line += " " + ExamWindowText.tr("Safety mistake: less careful than this spot needs.")
    return line


def results_words(results: ExamResults) -> str:
    """The score line of the end page."""
    values = {
        "score": results.score,
        "planned": results.planned,
        "answered": results.answered,
        "time": format_time(results.duration),
    }
    if results.answered < results.planned:
        text = i18n.fill(
            ExamWindowText.tr("Score {score} of {planned} ({answered} answered), in {time}."),
            **values,
        )
    else:
        text = i18n.fill(ExamWindowText.tr("Score {score} of {planned}, in {time}."), **values)
    if results.timed_out:
        text += " " + ExamWindowText.tr("The time ran out.")
    return text


# --- the exam window ----------------------------------------------------------------
class ExamWindow(QDialog):
    """One learner sitting one exam: a start page (the name), the questions on
    a map of its own, and an end page that saves the results."""

    def __init__(
        self,
        parent: QWidget | None,
        exam: Exam,
        zone_sets: Mapping[str, ZoneSet],
        settings: QSettings | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("examWindow")
        self.setWindowTitle(
            i18n.fill(ExamWindowText.tr("Exam: {title} \u2013 Massage Trainer"), title=exam.title)
        )
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setStyleSheet(STYLE)
        self.exam = exam
        self.zone_sets = dict(zone_sets)
        self.settings = settings or QSettings()
        self.clock = clock
        self.sitting: ExamSitting | None = None
        self.question: Question | None = None
        self.feedback: Feedback | None = None
        self.results: ExamResults | None = None
        self.saved_path: Path | None = None
        self._last_click: tuple[float, float] | None = None
        self._number = 0
        self._closing = False

        first = self.zone_sets[exam.views[0]]
        self.map = BodyView(first)
        self.map.setObjectName("examMap")
        self.view_label = QLabel()
        self.view_label.setObjectName("examView")
        self.view_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view_label)
        left_layout.addWidget(self.map, 1)

        self.stack = QStackedWidget()
        self.start_page = self._build_start_page()
        self.question_page = QuestionPage()
        self.question_page.end_button.setText(ExamWindowText.tr("&End Exam"))
        self.question_page.end_button.setToolTip(
            ExamWindowText.tr("End the exam now and save the results")
        )
        # an exam is sat without help: no hints (they would halve the score unseen)
        self.question_page.hint_button.setVisible(False)
        self.end_page = self._build_end_page()
        for page in (self.start_page, self.question_page, self.end_page):
            self.stack.addWidget(page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1100, 780)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._tick)

        self.map.pointClicked.connect(self._on_point_clicked)
        self.map.keyPressed.connect(self._on_map_key)
        for i, button in enumerate(self.question_page.answer_buttons):
            button.clicked.connect(lambda _checked=False, i=i: self.answer_choice(i))
        self.question_page.next_button.clicked.connect(self.next_question)
        self.question_page.end_button.clicked.connect(self.end_exam)
        self._show_map(first)
        self._apply_look()

    # --- pages ---------------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("examStart")
        layout = QVBoxLayout(page)
        title = QLabel(self.exam.title)
        title.setObjectName("examTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.summary = QLabel(exam_summary(self.exam, self.zone_sets))
        self.summary.setObjectName("examSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("learnerName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(ExamWindowText.tr("First name and surname"))
        self.name_edit.setAccessibleName(ExamWindowText.tr("Your name"))
        form.addRow(ExamWindowText.tr("Your &name:"), self.name_edit)
        layout.addLayout(form)
        self.start_note = QLabel(
            ExamWindowText.tr("Type your name: it goes into the results file you hand in.")
        )
        self.start_note.setObjectName("examStartNote")
        self.start_note.setWordWrap(True)
        layout.addWidget(self.start_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(ExamWindowText.tr("&Start the Exam"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(
            lambda text: self.start_button.setEnabled(bool(text.strip()))
        )
        self.name_edit.returnPressed.connect(self.start)
        self.start_button.clicked.connect(self.start)
        return page

    def _build_end_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("examEnd")
        layout = QVBoxLayout(page)
        heading = QLabel(ExamWindowText.tr("The exam is over"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.score_label = QLabel()
        self.score_label.setObjectName("examScore")
        self.score_label.setWordWrap(True)
        layout.addWidget(self.score_label)
        self.save_label = QLabel()
        self.save_label.setObjectName("examSaved")
        self.save_label.setWordWrap(True)
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.save_label.font()
        font.setBold(True)
        self.save_label.setFont(font)
        layout.addWidget(self.save_label)
        self.answers_list = QListWidget()
        self.answers_list.setObjectName("examAnswers")
        self.answers_list.setAccessibleName(ExamWindowText.tr("Your answers"))
        self.answers_list.setWordWrap(True)
        layout.addWidget(self.answers_list, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(ExamWindowText.tr("&Save Results\u2026"))
        self.save_button.clicked.connect(self.save_results)
        self.close_button = QPushButton(ExamWindowText.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    # --- state -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.sitting is not None and self.results is None

    @property
    def unsaved(self) -> bool:
        """Results that are not on the disk yet."""
        return self.results is not None and self.saved_path is None

    # --- the sitting ---------------------------------------------------------------
    def start(self) -> bool:
        """Start the exam under the typed name."""
        if self.sitting is not None:
            return False
        try:
            self.sitting = ExamSitting(
                self.exam, self.zone_sets, self.name_edit.text(), clock=self.clock
            )
        except ValueError as exc:
            self.start_note.setText(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            return False
        self.stack.setCurrentWidget(self.question_page)
        self._ticker.start()
        left = self.sitting.time_left()
        if left is not None:
            self._deadline.start(int(left * 1000) + 20)
        self._advance()
        return True

    def _show_map(self, zone_set: ZoneSet) -> None:
        if self.map.zone_set is not zone_set:
            self.map.set_zone_set(zone_set)
        self.view_label.setText(view_name(zone_set.view, {zone_set.view: zone_set}))

    def _status(self) -> str:
        assert self.sitting is not None
        done = len(self.sitting.answers)
        number = min(done + (0 if self._answered() else 1), self.sitting.planned)
        values = {
            "number": number,
            "planned": self.sitting.planned,
            "score": sum(a.correct for a in self.sitting.answers),
        }
        if self.exam.feedback_at_end:
            return i18n.fill(ExamWindowText.tr("Question {number} of {planned}"), **values)
        return i18n.fill(
            ExamWindowText.tr("Question {number} of {planned} \u00b7 Score {score}"), **values
        )

    def _answered(self) -> bool:
        return self.feedback is not None and self.feedback.done

    def _advance(self) -> None:
        sitting = self.sitting
        assert sitting is not None
        question = sitting.next_question()
        if question is None:
            self._finish()
            return
        self.question, self.feedback, self._last_click = question, None, None
        self._number += 1
        zone_set = sitting.zone_set
        assert zone_set is not None
        self._show_map(zone_set)
        self.question_page.show_question(question, self._status(), where_text(question, zone_set))
        if self.exam.feedback_at_end and question.mode is Mode.FIND:
            self.question_page.hint.setText(one_click_hint())
        self._update_clock()
        self._apply_look()
        if question.mode is Mode.FIND:
            self.map.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.question_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_open(self) -> bool:
        if not self.running or self.question is None or self._answered():
            return False
        assert self.sitting is not None
        if self.sitting.is_over():  # the time ran out between two ticks
            self._finish()
            return False
        return True

    def answer_choice(self, index: int) -> None:
        if self._question_open() and self.question and index < len(self.question.choices):
            assert self.sitting is not None
            self._show_feedback(self.sitting.answer_choice(index))

    def answer_key(self, key: str) -> None:
        if self._question_open() and self.question and self.question.mode is not Mode.FIND:
            assert self.sitting is not None
            feedback = self.sitting.answer_key(key)
            if feedback is not None:
                self._show_feedback(feedback)

    def answer_click(self, x: float, y: float) -> None:
        if self._question_open() and self.question and self.question.mode is Mode.FIND:
            assert self.sitting is not None
            self._last_click = (x, y)
            self._show_feedback(self.sitting.answer_click(x, y))

    def _on_point_clicked(self, x: float, y: float) -> None:
        self.answer_click(x, y)

    def _show_feedback(self, feedback: Feedback) -> None:
        sitting = self.sitting
        assert sitting is not None and sitting.round is not None
        self.feedback = feedback
        page = self.question_page
        last = len(sitting.answers) >= sitting.planned
        if self.exam.feedback_at_end and feedback.done:
            # not a word on right or wrong until the end
            page.feedback.setText(ExamWindowText.tr("Answer kept."))
            page.why.setText("")
            for button in page.answer_buttons:
                button.setEnabled(False)
            page.status.setText(self._status())
            page.next_button.setText(
                ExamWindowText.tr("See the &Results")
                if last
                else ExamWindowText.tr("&Next", "button: the next question")
            )
            page.next_button.setEnabled(True)
        elif self.exam.feedback_at_end:  # a click beside the body: it says only that
            page.feedback.setText(feedback.message)
        else:
            said = ""
            if self._last_click is not None and feedback.question.mode is Mode.FIND:
                said = click_text(sitting.round.engine.zone_set, *self._last_click)
            page.show_feedback(
                feedback, explanation(feedback, sitting.round.engine), self._status(), last, said
            )
        self._apply_look()
        if feedback.done:
            page.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_question(self) -> None:
        if self.running and self._answered():
            self._advance()

    def end_exam(self) -> None:
        """End Exam: asks first, then the end page (and the save)."""
        if not self.running:
            return
        assert self.sitting is not None
        left = self.sitting.planned - len(self.sitting.answers)
        if left and not ConfirmEnd.ask(self, left):
            return
        self._finish()

    def _finish(self) -> None:
        if self.sitting is None or self.results is not None:
            return
        self._ticker.stop()
        self._deadline.stop()
        self.results = self.sitting.results()
        self.question = self.feedback = None
        self._apply_look()
        self.score_label.setText(results_words(self.results))
        self.answers_list.clear()
        warning = self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        for answer in self.results.answers:
            item = QListWidgetItem(answer_line(answer))
            if answer.safety_mistake:
                item.setIcon(warning)
            self.answers_list.addItem(item)
        self.save_label.setText(ExamWindowText.tr("Your results are not saved yet."))
        self.stack.setCurrentWidget(self.end_page)
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_results()

    # --- saving ----------------------------------------------------------------------
    def save_results(self) -> bool:
        """Ask where, then write the results file; True once it is on the disk."""
        if self.results is None:
            return False
        folder = save_folder(self.settings.value("exam/results_dir", ""))
        suggested = str(self.saved_path or folder / suggested_file_name(self.results))
        path = ResultsPath.ask(self, suggested)
        if not path:
            if self.saved_path is None:
                self.save_label.setText(
                    ExamWindowText.tr(
                        "Your results are not saved yet. Save them with Save Results\u2026 "
                        "before you close this window."
                    )
                )
            return False
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            write_results(self.results, target)
        except OSError as exc:
            reason = str(exc) or exc.strerror or ExamWindowText.tr("the file could not be written")
            if self.saved_path is None:
                self.save_label.setText(
                    i18n.fill(
                        ExamWindowText.tr(
                            "Not saved: {file} could not be written ({reason}). Your answers "
                            "are kept: try again with Save Results\u2026"
                        ),
                        file=target,
                        reason=reason,
                    )
                )
            SaveFailed.ask(self, str(target), reason)
            return False
        self.saved_path = target
        self.settings.setValue("exam/results_dir", str(target.parent))
        self.save_label.setText(
            i18n.fill(ExamWindowText.tr("Results saved to {file}. Hand this file in."), file=target)
        )
        return True

    # --- time ------------------------------------------------------------------------
    def _tick(self) -> None:
        if not self.running or self.sitting is None:
            self._ticker.stop()
            self._deadline.stop()
            return
        if self.sitting.is_over():
            self._finish()
            return
        self._update_clock()

    def _update_clock(self) -> None:
        if self.sitting is None:
            return
        left = self.sitting.time_left()
        clock = self.question_page.clock
        if left is None:
            clock.setText(
                i18n.fill(
                    ExamWindowText.tr("Time {time}", "time taken so far"),
                    time=format_time(self.sitting.elapsed()),
                )
            )
        else:
            clock.setText(i18n.fill(ExamWindowText.tr("Time left {time}"), time=format_time(left)))

    # --- the map ---------------------------------------------------------------------
    def _apply_look(self) -> None:
        explorer = MapLook()
        if self.question is None:
            # before and after: the outline only, nothing to learn the answers from
            look = explorer.with_(
                colours=False,
                patterns=False,
                labels=False,
                select_on_click=False,
                show_selection=False,
                reveal_names=False,
                keyboard_cursor=False,
            )
            self.map.apply_look(look)
            return
        feedback, click = self.feedback, self._last_click
        if self.exam.feedback_at_end:
            feedback, click = None, None  # the map must not tell either
        self.map.apply_look(question_look(explorer, self.question, feedback, click, self._number))

    # --- keys and closing ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is self.question_page and self._key(
            event.text(), event.key()
        ):
            return
        super().keyPressEvent(event)

    def _on_map_key(self, text: str, key: int) -> None:
        self._key(text, key)

    def _key(self, text: str, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._answered():
            self.next_question()
            return True
        if text and text.lower() in answer_keys() and self.question is not None:
            self.answer_key(text.lower())
            return True
        return False

    def _may_close(self) -> bool:
        """Whether the window may close now: a running exam ends first (and is
        saved); unsaved results are not dropped without asking."""
        if self.running:
            self.end_exam()
            return False
        while self.unsaved:
            choice = UnsavedResults.ask(self)
            if choice == UnsavedResults.DISCARD:
                return True
            if choice != UnsavedResults.SAVE:
                return False
            self.save_results()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not self._may_close():
            event.ignore()
            return
        self._closing = True
        self._ticker.stop()
        self._deadline.stop()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc, and QDialog's own close
        if self._closing or self._may_close():
            self._closing = True
            super().reject()


# --- opening an exam ----------------------------------------------------------------
def _view_sources(window: MainWindow) -> dict[str, ZoneSet | Path]:
    """The views an exam may ask about: those of the window's list of views
    (the built-in one unless another was opened), the ones already loaded as
    they are."""
    views_path = window._views_path  # the window's own list of views, if one was opened
    try:
        sources: dict[str, ZoneSet | Path] = dict(read_views(views_path))
    except ZoneFileError:
        sources = {}
    for name, zone_set in window._view_sets.items():
        file = sources.get(name)
        if isinstance(file, Path) and file.resolve() == Path(zone_set.path).resolve():
            sources[name] = zone_set
    return sources


def open_exam_file(
    window: MainWindow, path: str | Path, clock: Callable[[], float] = time.time
) -> ExamWindow | None:
    """Open an exam file in its window (shown); its problems in the problems dialog."""
    path = Path(path)
    name = paths.display_name(path)
    sources = _view_sources(window)
    try:
        exam = load_exam(path, sources)
        zone_sets = {
            view: source if isinstance(source, ZoneSet) else load_zone_set(source)
            for view, source in sources.items()
            if view in exam.views
        }
    except (ExamError, ZoneFileError) as exc:
        ProblemsDialog.ask(
            window,
            ExamWindowText.tr("Cannot open the exam"),
            problems_summary(
                name,
                len(exc.problems),
                ExamWindowText.tr("No exam was started."),
                ExamWindowText.tr("open it again", "what to do once the exam file is fixed"),
            ),
            [str(p) for p in exc.problems],
        )
        return None
    window.settings.setValue("exam/last_dir", str(path.resolve().parent))
    previous = getattr(window, "exam_window", None)
    if isinstance(previous, ExamWindow) and not previous.isVisible():
        previous.deleteLater()  # closed: its results are saved or were let go
    exam_window = ExamWindow(window, exam, zone_sets, window.settings, clock)
    window.exam_window = exam_window  # type: ignore[attr-defined]
    # the main window's map and quiz wait: no looking up answers mid-exam
    exam_window.setWindowModality(Qt.WindowModality.WindowModal)
    exam_window.show()
    exam_window.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    return exam_window


def open_exam(window: MainWindow) -> ExamWindow | None:
    """File > Open Exam…"""
    folder = save_folder(window.settings.value("exam/last_dir", ""))
    path = ExamFileDialog.ask(window, str(folder))
    if not path:
        return None
    return open_exam_file(window, path)


__all__ = [
    "ConfirmEnd",
    "ExamFileDialog",
    "ExamWindow",
    "ResultsPath",
    "SaveFailed",
    "UnsavedResults",
    "exam_summary",
    "open_exam",
    "open_exam_file",
]
