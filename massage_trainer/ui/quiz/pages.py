"""The Quiz tab's pages: set-up, question and results, in one stack
(``QuizPanel``).  They show what the controller gives them and emit signals;
they hold no quiz state."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from massage_trainer.core import i18n
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
from massage_trainer.core.quiz.modes import safety_answer_keys
from massage_trainer.core.quiz.wording import (
    MODE_DESCRIPTIONS,
    MODE_HINTS,
    VERDICT_RIGHT,
    VERDICT_SAFETY,
    VERDICT_WRONG,
)
from massage_trainer.ui.announce import announce
from massage_trainer.ui.lazypage import LazyPage
from massage_trainer.ui.quiz.text import QuizTabText

TIME_LIMITS_MIN = 60  # the longest time limit offered, in minutes
# the desired retention offered, in per cent, and its default (the engine's)
RETENTION_RANGE = (70, 97)
RETENTION_DEFAULT = 90
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
QLabel#quizPrompt, QLabel#quizStatus, QLabel#resultsScore {{ border: 2px solid transparent; }}
QLabel#quizPrompt:focus, QLabel#quizStatus:focus, QLabel#resultsScore:focus {{
    border: 2px dashed palette(highlight); }}
"""


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and restyle the widget if it changed."""
    if (widget.property(name) or "") != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class _Wrapping:
    """A check box or radio button whose text wraps onto more lines in a narrow
    panel, instead of widening the page (which then scrolls sideways).  The
    whole widget, text included, is the button; the mnemonic works as usual."""

    _ELEMENT: QStyle.ControlElement
    _CONTENTS: QStyle.SubElement
    _MIN_CHARS = 14  # the narrowest it gets, in average characters

    def _setup_wrapping(self) -> None:
        widget = cast(QAbstractButton, self)
        # Qt's buttons never shrink below their one-line width (Minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        widget.setSizePolicy(policy)

    def _option(self, width: int) -> QStyleOptionButton:
        widget = cast(QAbstractButton, self)
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        option.text = ""
        line = max(
            widget.fontMetrics().height(),
            widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget),
        )
        option.rect = QRect(0, 0, width, line + 2)
        return option

    def _text_room(self, width: int) -> QRect:
        widget = cast(QAbstractButton, self)
        option = self._option(width)
        return widget.style().subElementRect(self._CONTENTS, option, widget)

    def _flags(self) -> int:
        widget = cast(QAbstractButton, self)
        mnemonic = widget.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, None, widget)
        return int(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignTop
            | Qt.TextFlag.TextWordWrap
            | (Qt.TextFlag.TextShowMnemonic if mnemonic else Qt.TextFlag.TextHideMnemonic)
        )

    def _text_height(self, width: int) -> int:
        widget = cast(QAbstractButton, self)
        room = self._text_room(width)
        bound = widget.fontMetrics().boundingRect(
            QRect(0, 0, max(1, room.width()), 100_000), self._flags(), widget.text()
        )
        return max(room.height(), room.top() + bound.height() + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_height(width)

    def sizeHint(self) -> QSize:
        widget = cast(QAbstractButton, self)
        room = self._text_room(1000)
        one_line = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        width = room.left() + one_line + 4
        return QSize(width, self._text_height(width))

    def minimumSizeHint(self) -> QSize:
        widget = cast(QAbstractButton, self)
        room = self._text_room(1000)
        width = room.left() + self._MIN_CHARS * widget.fontMetrics().averageCharWidth()
        width = min(width, self.sizeHint().width())
        return QSize(width, self._text_height(width))

    def hitButton(self, pos: QPoint) -> bool:
        return cast(QAbstractButton, self).rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        widget = cast(QAbstractButton, self)
        painter = QStylePainter(widget)
        option = self._option(widget.width())
        painter.drawControl(self._ELEMENT, option)
        room = self._text_room(widget.width())
        room.setBottom(widget.height())
        widget.style().drawItemText(
            painter,
            room,
            self._flags(),
            option.palette,
            widget.isEnabled(),
            widget.text(),
            QPalette.ColorRole.WindowText,
        )


class WrappingRadioButton(_Wrapping, QRadioButton):
    _ELEMENT = QStyle.ControlElement.CE_RadioButton
    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()


class WrappingCheckBox(_Wrapping, QCheckBox):
    _ELEMENT = QStyle.ControlElement.CE_CheckBox
    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()


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


def _text_label() -> QLabel:
    """A label of plain text; no accessible name, so a screen reader reads the text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _focusable(label: QLabel) -> QLabel:
    """Text that Tab stops at (a screen reader reads it there); the style
    sheet draws its focus."""
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class SetupPage(QWidget):
    """Mode, number of questions, region, time limit, practice; Start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizSetup")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(QuizTabText.tr("Quiz", "heading of the set-up page")))
        intro = _text_label()
        intro.setText(wording.setup_intro())
        layout.addWidget(intro)

        box = QGroupBox(QuizTabText.tr("Mode"))
        box_layout = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        for mode in Mode:
            button = WrappingRadioButton(MODE_DESCRIPTIONS[mode])
            button.setAccessibleName(MODE_LABELS[mode])
            button.setAccessibleDescription(wording.mode_description(mode))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            box_layout.addWidget(button)
        self.mode_buttons[Mode.FIND].setChecked(True)
        layout.addWidget(box)

        form = QFormLayout()
        self.count_combo = QComboBox()
        self.count_combo.setAccessibleName(QuizTabText.tr("Number of questions"))
        for size in ROUND_SIZES:
            self.count_combo.addItem(
                QuizTabText.tr("%n question(s)", "", size)
                if size
                else QuizTabText.tr("All", "every question"),
                size,
            )
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(QuizTabText.tr("Region"))
        self.time_spin = QSpinBox()
        self.time_spin.setAccessibleName(QuizTabText.tr("Time limit in minutes"))
        self.time_spin.setRange(0, TIME_LIMITS_MIN)
        self.time_spin.setSpecialValueText(QuizTabText.tr("No time limit"))
        self.time_spin.setSuffix(QuizTabText.tr(" min", "after a number of minutes"))
        self.practice_check = WrappingCheckBox(
            QuizTabText.tr("&Practice: ask first what is due (spaced repetition)")
        )
        self.practice_check.setToolTip(
            QuizTabText.tr(
                "Areas you missed come back soon; areas you know well come back after "
                "days or weeks."
            )
        )
        # the form makes each field the buddy
        form.addRow(QuizTabText.tr("Qu&estions:"), self.count_combo)
        form.addRow(QuizTabText.tr("Regio&n:"), self.region_combo)
        form.addRow(QuizTabText.tr("Time &limit:"), self.time_spin)
        form.addRow(self.practice_check)
        self.sides_check = WrappingCheckBox(
            QuizTabText.tr("As&k for one side: the person\u2019s left or right")
        )
        self.sides_check.setToolTip(
            QuizTabText.tr(
                "Find it only: each question names one side of a pair, and a click on the "
                "other side counts as a mirror mistake"
            )
        )
        self.typed_check = WrappingCheckBox(QuizTabText.tr("T&ype the name instead of choosing it"))
        self.typed_check.setToolTip(
            QuizTabText.tr(
                "Name it only: type the highlighted area\u2019s name; other names it goes by "
                "and small slips of spelling count"
            )
        )
        form.addRow(self.sides_check)
        form.addRow(self.typed_check)
        self.retention_spin = QSpinBox()
        self.retention_spin.setAccessibleName(QuizTabText.tr("Recall goal in per cent"))
        self.retention_spin.setRange(*RETENTION_RANGE)
        self.retention_spin.setValue(RETENTION_DEFAULT)
        self.retention_spin.setSuffix(QuizTabText.tr(" %", "after a percentage"))
        form.addRow(QuizTabText.tr("Re&call goal:"), self.retention_spin)
        self.retention_note = _text_label()
        self.retention_note.setObjectName("retentionNote")
        self.retention_note.setText(
            QuizTabText.tr(
                "Practice brings an area back when your chance of still knowing it drops "
                "to this. Higher means more reviews and fewer lapses; 90 % suits most learners."
            )
        )
        form.addRow(self.retention_note)
        # long labels wrap instead of widening the page (no sideways scrolling)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.summary = _text_label()
        layout.addWidget(self.summary)
        self.due = _text_label()
        self.due.setObjectName("quizDue")
        layout.addWidget(self.due)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(QuizTabText.tr("&Start"))
        self.start_button.setAutoDefault(True)
        self.start_button.setDefault(True)
        self.start_button.setToolTip(QuizTabText.tr("Start the quiz (Enter)"))
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)

        self._eligible: dict[tuple[Mode, str | None], int] = {}
        # (due today, due by the end of tomorrow) for a mode; the controller sets it
        self.due_counts: Callable[[Mode], tuple[int, int]] | None = None
        self.mode_group.buttonToggled.connect(lambda _b, on: self._update() if on else None)
        self.region_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.count_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.sides_check.toggled.connect(lambda _on: self._update())
        self.typed_check.toggled.connect(lambda _on: self._update())
        self._engine: QuizEngine | None = None

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
        self._engine = engine
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
        self.sides_check.setEnabled(mode is Mode.FIND)
        self.typed_check.setEnabled(mode is Mode.NAME)
        sides, typed = self.sides, self.typed
        if (sides or typed) and self._engine is not None:
            available = len(self._engine.eligible_kinds(mode, self.region, sides, typed))
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

    @property
    def sides(self) -> bool:
        """Left/right questions are asked (Find it with the option ticked)."""
        return self.mode is Mode.FIND and self.sides_check.isChecked()

    @property
    def typed(self) -> bool:
        """Names are typed (Name it with the option ticked)."""
        return self.mode is Mode.NAME and self.typed_check.isChecked()

    @property
    def retention(self) -> float:
        """The desired retention, 0.70 to 0.97."""
        return self.retention_spin.value() / 100

    def settings(self, practice: bool | None = None, seed: int | None = None) -> RoundSettings:
        minutes = self.time_spin.value()
        return RoundSettings(
            mode=self.mode,
            count=self.count_combo.currentData(),
            region=self.region,
            time_limit=minutes * 60.0 if minutes else None,
            practice=self.practice_check.isChecked() if practice is None else practice,
            seed=seed,
            sides=self.sides,
            typed=self.typed,
        )

    def focus_first(self) -> None:
        self.mode_buttons[self.mode].setFocus(Qt.FocusReason.OtherFocusReason)


class AnswerEdit(QLineEdit):
    """The box a typed answer goes in.  Enter submits it (``submitted``) and
    goes no further: the same key press must not also move on to the next
    question."""

    submitted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.isReadOnly() and self.text().strip():
                self.submitted.emit(self.text())
            event.accept()
            return
        super().keyPressEvent(event)


class QuestionPage(QWidget):
    """The prompt, the answer buttons (or the box for a typed answer), the
    hint, the feedback and Next."""

    hintRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizQuestion")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = _focusable(_text_label())
        self.status.setObjectName("quizStatus")
        self.clock = _text_label()
        self.clock.setObjectName("quizClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.status, 1)
        top.addWidget(self.clock)
        layout.addLayout(top)
        # the question takes the focus (but in find-it): a screen reader reads it
        self.prompt = _focusable(_heading("", 1.6))
        self.prompt.setObjectName("quizPrompt")
        layout.addWidget(self.prompt)
        self.hint = _text_label()
        self.hint.setObjectName("quizHint")
        layout.addWidget(self.hint)
        # "Which way?": what the map shows, in words (never the answer)
        self.shown = _text_label()
        self.shown.setObjectName("quizShown")
        self.shown.hide()
        layout.addWidget(self.shown)
        self.answer_buttons: list[QPushButton] = []
        # the keys that answer the question shown (digits, and for "Safe or
        # not" the translation's letters for Target, Caution and Avoid)
        self.keys: frozenset[str] = frozenset()
        for _ in range(4):
            button = QPushButton()
            button.setProperty("answer", True)
            button.setAutoDefault(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.answer_buttons.append(button)
            layout.addWidget(button)
        typed = QHBoxLayout()
        self.answer_edit = AnswerEdit()
        self.answer_edit.setObjectName("typedAnswer")
        self.answer_edit.setAccessibleName(QuizTabText.tr("Your answer"))
        self.answer_edit.setPlaceholderText(QuizTabText.tr("Type the name, then press Enter"))
        self.answer_edit.setClearButtonEnabled(True)
        self.submit_button = QPushButton(QuizTabText.tr("Answer", "button: check a typed name"))
        self.submit_button.setToolTip(QuizTabText.tr("Check the typed name (Enter)"))
        self.submit_button.clicked.connect(
            lambda: (
                self.answer_edit.submitted.emit(self.answer_edit.text())
                if self.answer_edit.text().strip()
                else None
            )
        )
        typed.addWidget(self.answer_edit, 1)
        typed.addWidget(self.submit_button)
        self.typed_row = QWidget()
        self.typed_row.setLayout(typed)
        typed.setContentsMargins(0, 0, 0, 0)
        self.typed_row.setVisible(False)
        layout.addWidget(self.typed_row)
        hint_row = QHBoxLayout()
        self.hint_button = QPushButton(QuizTabText.tr("Ta&ke a Hint"))
        self.hint_button.setObjectName("hintButton")
        self.hint_button.setToolTip(
            QuizTabText.tr("One hint per question; a right answer after it counts half")
        )
        self.hint_button.clicked.connect(self.hintRequested)
        hint_row.addWidget(self.hint_button)
        hint_row.addStretch(1)
        layout.addLayout(hint_row)
        self.hint_words = _text_label()
        self.hint_words.setObjectName("quizHintText")
        self.hint_words.setVisible(False)
        layout.addWidget(self.hint_words)
        self.feedback = _text_label()
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setProperty("verdict", "")
        font = QFont(self.feedback.font())
        font.setBold(True)
        self.feedback.setFont(font)
        layout.addWidget(self.feedback)
        self.why = _text_label()
        self.why.setObjectName("quizWhy")
        layout.addWidget(self.why)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.end_button = QPushButton(QuizTabText.tr("&End Quiz", "button"))
        self.end_button.setToolTip(QuizTabText.tr("End the round now and see the results (Ctrl+.)"))
        self.next_button = QPushButton(QuizTabText.tr("&Next"))
        self.next_button.setAutoDefault(True)
        self.next_button.setToolTip(QuizTabText.tr("Next question (Enter or Space)"))
        row.addWidget(self.end_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    def show_question(self, question: Question, status: str, where: str = "") -> None:
        """A new question; ``where`` says in words where its spot or highlighted
        area is (``wording.where_text``), for a screen reader."""
        self.status.setText(status)
        self.prompt.setText(question.prompt)
        # the name begins with the text shown; Orca reads a label's name, not its description
        self.prompt.setAccessibleName(f"{question.prompt} {where}".strip())
        announce(self.prompt, f"{question.prompt} {where}".strip())
        if self.next_button.hasFocus():
            # before Next is disabled, or the focus would wander off to the map
            self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        typed = question.form == "typed"
        self.hint.setText(wording.typed_hint() if typed else MODE_HINTS[question.mode])
        self.typed_row.setVisible(typed)
        self.answer_edit.clear()
        self.answer_edit.setReadOnly(not typed)
        self.submit_button.setEnabled(typed)
        self.hint_button.setEnabled(True)
        self.hint_words.setVisible(False)
        self.hint_words.setText("")
        self.shown.setText(question.shown)
        self.shown.setVisible(bool(question.shown))
        self.keys = frozenset(key.lower() for choice in question.choices for key in choice.keys)
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
        self.next_button.setAccessibleDescription("")

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
            self.hint_button.setEnabled(False)
            self.answer_edit.setReadOnly(True)
            self.submit_button.setEnabled(False)
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
            # the focus goes to Next: a screen reader reads the feedback with it
            heard = f"{wording.feedback_text(feedback)} {said}".strip()
            self.next_button.setAccessibleDescription(f"{heard} {explanation}".strip())

    def show_hint(self, text: str) -> None:
        """The hint taken for this question (only one: the button is spent)."""
        self.hint_button.setEnabled(False)
        self.hint_words.setText(i18n.fill(QuizTabText.tr("Hint (half score): {hint}"), hint=text))
        self.hint_words.setVisible(True)
        announce(self.hint_words, self.hint_words.text())

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
        self.title = _heading(QuizTabText.tr("Results"))
        self.title.setObjectName("resultsTitle")
        layout.addWidget(self.title)
        self.score = _focusable(_heading("", 1.2))
        self.score.setObjectName("resultsScore")
        layout.addWidget(self.score)
        self.details = _text_label()
        self.details.setObjectName("resultsDetails")
        layout.addWidget(self.details)
        self.safety = _text_label()
        self.safety.setObjectName("safetyMistakes")
        font = QFont(self.safety.font())
        font.setBold(True)
        self.safety.setFont(font)
        layout.addWidget(self.safety)
        self.misses_label = _text_label()
        layout.addWidget(self.misses_label)
        self.misses = QListWidget()
        self.misses.setObjectName("missesList")
        self.misses.setAccessibleName(QuizTabText.tr("Misses"))
        self.misses.setWordWrap(True)
        self.misses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.misses, 1)
        layout.addStretch(0)  # takes the room while the list is hidden
        row = QHBoxLayout()
        self.practise_button = QPushButton(QuizTabText.tr("Practise My &Mistakes"))
        self.practise_button.setAutoDefault(True)
        self.practise_button.setToolTip(
            QuizTabText.tr("A new round with only the questions you missed")
        )
        self.new_button = QPushButton(QuizTabText.tr("&New Quiz"))
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
        # the focus goes to one of the buttons: a screen reader hears the round with it
        summary = " ".join(
            part for part in (self.score.text(), self.details.text(), mistakes) if part
        )
        for button in (self.practise_button, self.new_button):
            button.setAccessibleDescription(summary)


# the English keys of the answers (the digits, and T, C, A for Target, Caution
# and Avoid); a question's own keys, in the learner's language, are
# ``QuestionPage.keys``
def answer_keys() -> frozenset[str]:
    """Every key that may answer a question now: 1-4 and the letters of the
    translation's Target, Caution and Avoid (T, C, A in English)."""
    return frozenset("1234") | frozenset(safety_answer_keys().values())


class QuizPanel(LazyPage):
    """The Quiz tab: a stack of the setup, question and results pages.

    Keys are handled here, so they work wherever the focus is in the tab and
    never take digits from another widget: 1-4 (and for "Safe or not" the
    letters of the translation's Target, Caution and Avoid: T, C, A in English)
    answer, Enter or Space goes on, Enter on the setup page starts.
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
                if text and text in self.question.keys:
                    self.keyAnswered.emit(text)
                    return
        super().keyPressEvent(event)
