"""The Quiz tab's pages: set-up, question and results, in one stack
(``QuizPanel``).  They show what the controller gives them and emit signals;
they hold no quiz state."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core.colours import VERDICT_COLOURS, WARNING_BACKGROUND, WARNING_INK
from massage_trainer.core.quiz import (
    MODE_LABELS,
    ROUND_SIZES,
    Feedback,
    Mode,
    Question,
    QuizEngine,
    RoundResults,
    RoundSettings,
    wording,
)
from massage_trainer.core.quiz.wording import (
    MODE_DESCRIPTIONS,
    MODE_HINTS,
    VERDICT_RIGHT,
    VERDICT_SAFETY,
    VERDICT_WRONG,
)
from massage_trainer.ui.announce import announce
from massage_trainer.ui.lazypage import LazyPage

TIME_LIMITS_MIN = 60  # the longest time limit offered, in minutes
STYLE = f"""
QPushButton[answer="true"] {{ text-align: left; padding: 6px 10px; }}
QPushButton[mark="right"]:disabled {{ color: palette(text); font-weight: bold; }}
QPushButton[mark="wrong"]:disabled {{ color: palette(text); }}
QLabel#quizFeedback {{ border: none; border-left: 5px solid transparent; padding: 4px 6px; }}
QLabel#quizFeedback[verdict="{VERDICT_RIGHT}"] {{
    border-left-color: {VERDICT_COLOURS[VERDICT_RIGHT]}; }}
QLabel#quizFeedback[verdict="{VERDICT_WRONG}"] {{
    border-left-color: {VERDICT_COLOURS[VERDICT_WRONG]}; }}
QLabel#quizFeedback[verdict="{VERDICT_SAFETY}"] {{
    border-left-color: {VERDICT_COLOURS[VERDICT_SAFETY]};
    background: {WARNING_BACKGROUND}; color: {WARNING_INK}; }}
QLabel#safetyMistakes {{
    background: {WARNING_BACKGROUND}; color: {WARNING_INK}; padding: 6px; border-radius: 3px; }}
"""


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and restyle the widget if it changed."""
    if (widget.property(name) or "") != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


# --- the Quiz tab ----------------------------------------------------------------
def _heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _text_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class SetupPage(QWidget):
    """Mode, number of questions, region, time limit, practice; Start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizSetup")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Quiz"))
        intro = _text_label()
        intro.setText(wording.SETUP_INTRO)
        layout.addWidget(intro)

        box = QGroupBox("Mode")
        box_layout = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        for mode in Mode:
            button = QRadioButton(MODE_DESCRIPTIONS[mode])
            button.setAccessibleName(MODE_LABELS[mode])
            button.setAccessibleDescription(wording.mode_description(mode))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            box_layout.addWidget(button)
        self.mode_buttons[Mode.FIND].setChecked(True)
        layout.addWidget(box)

        form = QFormLayout()
        self.count_combo = QComboBox()
        self.count_combo.setAccessibleName("Number of questions")
        for size in ROUND_SIZES:
            self.count_combo.addItem(f"{size} questions" if size else "All", size)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName("Region")
        self.time_spin = QSpinBox()
        self.time_spin.setAccessibleName("Time limit in minutes")
        self.time_spin.setRange(0, TIME_LIMITS_MIN)
        self.time_spin.setSpecialValueText("No time limit")
        self.time_spin.setSuffix(" min")
        self.practice_check = QCheckBox("&Practice: ask first what is due (spaced repetition)")
        self.practice_check.setToolTip(
            "Areas you missed come back soon; areas you know well come back after days or weeks."
        )
        form.addRow("Qu&estions:", self.count_combo)  # the form makes each field the buddy
        form.addRow("Regio&n:", self.region_combo)
        form.addRow("Time &limit:", self.time_spin)
        form.addRow(self.practice_check)
        layout.addLayout(form)
        self.summary = _text_label("Round summary")
        layout.addWidget(self.summary)
        self.due = _text_label("Due for practice")
        self.due.setObjectName("quizDue")
        layout.addWidget(self.due)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton("&Start")
        self.start_button.setAutoDefault(True)
        self.start_button.setDefault(True)
        self.start_button.setToolTip("Start the quiz (Enter)")
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)

        self._eligible: dict[tuple[Mode, str | None], int] = {}
        # (due today, due by the end of tomorrow) for a mode; the controller sets it
        self.due_counts: Callable[[Mode], tuple[int, int]] | None = None
        self.mode_group.buttonToggled.connect(lambda _b, on: self._update() if on else None)
        self.region_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.count_combo.currentIndexChanged.connect(lambda _i: self._update())

    @property
    def mode(self) -> Mode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return Mode.FIND

    @property
    def region(self) -> str | None:
        return self.region_combo.currentData()

    def refresh(self, engine: QuizEngine) -> None:
        """Offer the engine's regions; work out which mode and region can ask anything."""
        regions = engine.regions()
        self._eligible = {
            (mode, key): len(engine.eligible_kinds(mode, key))
            for mode in Mode
            for key, _name in regions
        }
        current = self.region
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for key, name in regions:
            self.region_combo.addItem(name, key)
        index = self.region_combo.findData(current)
        self.region_combo.setCurrentIndex(max(0, index))
        self.region_combo.blockSignals(False)
        for mode, button in self.mode_buttons.items():
            button.setEnabled(self._eligible.get((mode, None), 0) > 0)
        self._update()

    def _update(self) -> None:
        mode = self.mode
        model = self.region_combo.model()
        for row in range(self.region_combo.count()):
            n = self._eligible.get((mode, self.region_combo.itemData(row)), 0)
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(n > 0)
            item.setToolTip("" if n else wording.no_questions_tip(mode))
        if self._eligible.get((mode, self.region), 0) == 0:
            for row in range(self.region_combo.count()):
                if model.item(row).isEnabled():  # type: ignore[attr-defined]
                    self.region_combo.setCurrentIndex(row)
                    break
        available = self._eligible.get((mode, self.region), 0)
        count = self.count_combo.currentData()
        asked = available if count is None else min(count, available)
        self.summary.setText(
            wording.setup_summary(asked, available, self.region_combo.currentText())
        )
        self.start_button.setEnabled(available > 0)
        self.show_due()

    def show_due(self) -> None:
        """How many areas of this mode are due today and tomorrow (the progress
        changes with every answer, so this is asked again each time the page shows)."""
        if self.due_counts is None:
            self.due.setText("")
            return
        self.due.setText(wording.due_summary(*self.due_counts(self.mode)))

    def settings(self, practice: bool | None = None, seed: int | None = None) -> RoundSettings:
        minutes = self.time_spin.value()
        return RoundSettings(
            mode=self.mode,
            count=self.count_combo.currentData(),
            region=self.region,
            time_limit=minutes * 60.0 if minutes else None,
            practice=self.practice_check.isChecked() if practice is None else practice,
            seed=seed,
        )

    def focus_first(self) -> None:
        self.mode_buttons[self.mode].setFocus(Qt.FocusReason.OtherFocusReason)


class QuestionPage(QWidget):
    """The prompt, the answer buttons, the feedback and Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = _text_label("Question number and score")
        self.status.setObjectName("quizStatus")
        self.clock = _text_label("Time")
        self.clock.setObjectName("quizClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.status, 1)
        top.addWidget(self.clock)
        layout.addLayout(top)
        self.prompt = _heading("", 1.6)
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setAccessibleName("Question")
        layout.addWidget(self.prompt)
        self.hint = _text_label("How to answer")
        self.hint.setObjectName("quizHint")
        layout.addWidget(self.hint)
        # "Which way?": what the map shows, in words (never the answer)
        self.shown = _text_label("What the map shows")
        self.shown.setObjectName("quizShown")
        self.shown.hide()
        layout.addWidget(self.shown)
        self.answer_buttons: list[QPushButton] = []
        for _ in range(4):
            button = QPushButton()
            button.setProperty("answer", True)
            button.setAutoDefault(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.answer_buttons.append(button)
            layout.addWidget(button)
        self.feedback = _text_label("Feedback")
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setProperty("verdict", "")
        font = QFont(self.feedback.font())
        font.setBold(True)
        self.feedback.setFont(font)
        layout.addWidget(self.feedback)
        self.why = _text_label("Why")
        self.why.setObjectName("quizWhy")
        layout.addWidget(self.why)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.end_button = QPushButton("&End Quiz")
        self.end_button.setToolTip("End the round now and see the results (Ctrl+.)")
        self.next_button = QPushButton("&Next")
        self.next_button.setAutoDefault(True)
        self.next_button.setToolTip("Next question (Enter or Space)")
        row.addWidget(self.end_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    def show_question(self, question: Question, status: str, where: str = "") -> None:
        """A new question; ``where`` says in words where its spot or highlighted
        area is (``wording.where_text``), for a screen reader."""
        self.status.setText(status)
        self.prompt.setText(question.prompt)
        announce(self.prompt, f"{question.prompt} {where}".strip())
        self.hint.setText(MODE_HINTS[question.mode])
        self.shown.setText(question.shown)
        self.shown.setVisible(bool(question.shown))
        for i, button in enumerate(self.answer_buttons):
            if i < len(question.choices):
                button.setText(wording.answer_label(question, i).replace("&", "&&"))
                button.setAccessibleName(wording.answer_name(question, i))
                button.setEnabled(True)
                _set_style_property(button, "mark", "")
            button.setVisible(i < len(question.choices))
        self._set_feedback("", "", "")
        self.next_button.setText(wording.next_label(False))
        self.next_button.setEnabled(False)

    def show_feedback(
        self, feedback: Feedback, explanation: str, status: str, last: bool, said: str = ""
    ) -> None:
        """The answer's feedback; ``said`` is added to what a screen reader
        hears of it (where a Find-it click landed)."""
        self.status.setText(status)
        self._set_feedback(
            wording.feedback_text(feedback), explanation, wording.verdict(feedback), said
        )
        if feedback.done:
            question = feedback.question
            for i, button in enumerate(self.answer_buttons[: len(question.choices)]):
                mark = wording.answer_mark(feedback, i)
                if mark:
                    button.setText(wording.marked_answer_label(feedback, i).replace("&", "&&"))
                    button.setAccessibleName(wording.answer_name(question, i, mark))
                    _set_style_property(
                        button, "mark", "right" if i == question.answer else "wrong"
                    )
                button.setEnabled(False)
            self.next_button.setText(wording.next_label(last))
            self.next_button.setEnabled(True)

    def _set_feedback(self, message: str, explanation: str, verdict: str, said: str = "") -> None:
        self.feedback.setText(message)
        announce(self.feedback, f"{message} {said}".strip())
        _set_style_property(self.feedback, "verdict", verdict)
        self.why.setText(explanation)
        announce(self.why, explanation)


class ResultsPage(QWidget):
    """Score, time, safety mistakes, every miss; practise the mistakes or start anew."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizResults")
        layout = QVBoxLayout(self)
        self.title = _heading("Results")
        self.title.setObjectName("resultsTitle")
        layout.addWidget(self.title)
        self.score = _heading("", 1.2)
        self.score.setObjectName("resultsScore")
        self.score.setAccessibleName("Score")
        layout.addWidget(self.score)
        self.details = _text_label("Time")
        self.details.setObjectName("resultsDetails")
        layout.addWidget(self.details)
        self.safety = _text_label("Safety mistakes")
        self.safety.setObjectName("safetyMistakes")
        font = QFont(self.safety.font())
        font.setBold(True)
        self.safety.setFont(font)
        layout.addWidget(self.safety)
        self.misses_label = _text_label()
        layout.addWidget(self.misses_label)
        self.misses = QListWidget()
        self.misses.setObjectName("missesList")
        self.misses.setAccessibleName("Misses")
        self.misses.setWordWrap(True)
        self.misses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.misses, 1)
        layout.addStretch(0)  # takes the room while the list is hidden
        row = QHBoxLayout()
        self.practise_button = QPushButton("Practise My &Mistakes")
        self.practise_button.setAutoDefault(True)
        self.practise_button.setToolTip("A new round with only the questions you missed")
        self.new_button = QPushButton("&New Quiz")
        self.new_button.setAutoDefault(True)
        row.addWidget(self.practise_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout.addLayout(row)

    def show_results(self, results: RoundResults) -> None:
        self.title.setText(wording.results_title(results))
        self.score.setText(wording.score_text(results))
        announce(self.score, self.score.text())
        self.details.setText(wording.details_text(results))
        mistakes = wording.safety_mistakes_text(results)
        self.safety.setVisible(bool(mistakes))
        self.safety.setText(mistakes)
        announce(self.safety, mistakes)
        self.misses.clear()
        for miss in results.misses:
            item = QListWidgetItem(wording.miss_text(miss))
            item.setData(Qt.ItemDataRole.UserRole, miss.question.kind)
            if miss.safety_mistake:
                item.setIcon(
                    self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
                )
            self.misses.addItem(item)
        self.misses.setVisible(bool(results.misses))
        self.misses_label.setText(wording.misses_heading(results))
        self.practise_button.setEnabled(bool(results.misses))


ANSWER_KEYS = frozenset("1234tca")


class QuizPanel(LazyPage):
    """The Quiz tab: a stack of the setup, question and results pages.

    Keys are handled here, so they work wherever the focus is in the tab and
    never take digits from another widget: 1-4 (and T, C, A) answer, Enter or
    Space goes on, Enter on the setup page starts.
    """

    keyAnswered = Signal(str)
    nextRequested = Signal()
    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizPanel")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def build(self) -> None:
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.setup = SetupPage()
        self.question = QuestionPage()
        self.results = ResultsPage()
        # each page scrolls on its own: a long explanation fits a small window, and a
        # new question's text does not make the whole window lay itself out again
        self._scrolls: dict[QWidget, QScrollArea] = {}
        for page in (self.setup, self.question, self.results):
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scrolls[page] = scroll
            self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setup.start_button.clicked.connect(self.startRequested)
        self.question.next_button.clicked.connect(self.nextRequested)

    @property
    def page(self) -> QWidget:
        """The page shown: ``setup``, ``question`` or ``results``."""
        return cast(QWidget, cast(QScrollArea, self.stack.currentWidget()).widget())

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(self._scrolls[page])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.NoModifier:
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if self.page is self.setup and enter:
                self.startRequested.emit()
                return
            if self.page is self.question:
                if (enter or key == Qt.Key.Key_Space) and self.question.next_button.isEnabled():
                    self.nextRequested.emit()
                    return
                text = event.text().lower()
                if text and text in ANSWER_KEYS:
                    self.keyAnswered.emit(text)
                    return
        super().keyPressEvent(event)
