"""What the quiz says, in words, from the engine's objects (no Qt).

The Quiz tab's widgets only place these texts: the mode buttons and their
hints, the status line and clock over a question, the answer buttons, the
feedback and the explanation after an answer, the set-up page's summary and
the results page (score, time, safety mistakes, one line per miss).

Texts with an ``&`` carry a keyboard mnemonic for Qt's buttons
(``MODE_DESCRIPTIONS``, ``next_label``); everything else is plain text.  The
answer labels are plain too: a widget that shows them on a button doubles
any ``&`` in them first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from massage_trainer.core.quiz.engine import Feedback, Miss, QuizEngine, QuizRound, RoundResults
from massage_trainer.core.quiz.modes import MODE_LABELS, Mode, Question, WhichTechnique, lower_first
from massage_trainer.core.safety import SAFETY_DESCRIPTIONS
from massage_trainer.core.timefmt import format_time
from massage_trainer.core.where import describe_point, describe_zone
from massage_trainer.core.zones import ZoneSet

# the mode buttons, with mnemonics that are free on the set-up page (Alt+F, O,
# Q, V, Z and H open menus, Alt+I, R, T, U and G switch tabs, Alt+S starts)
MODE_DESCRIPTIONS = {
    Mode.FIND: "Fin&d it \u2013 click the area that is named",
    Mode.NAME: "Na&me it \u2013 name the highlighted area",
    Mode.SAFETY: "S&afe or not \u2013 target, caution or avoid?",
    Mode.TECHNIQUE: "&Which technique \u2013 choose one that suits the area",
    Mode.WHICH_WAY: "Which way? \u2013 the direction of a stroke, or the technique it &belongs to",
}
# how to answer, under the question
MODE_HINTS = {
    Mode.FIND: "Click it on the map. Keyboard: the arrow keys move between areas, "
    "Enter answers. Three tries.",
    Mode.NAME: "Press 1\u20134 or click a name.",
    Mode.SAFETY: "Press T, C or A (or 1\u20133), or click.",
    Mode.TECHNIQUE: "Press 1\u20134 or click a technique.",
    Mode.WHICH_WAY: "Look at the stroke drawn on the map. Press an answer's number or click it.",
}
# under a typed question (Name it with typed names)
TYPED_HINT = "Type the name and press Enter. Other names it goes by count, and small slips too."
SETUP_INTRO = (
    "Drill the areas of the body, on every view, until they stick. Every answer counts towards "
    "your saved progress."
)
NO_QUESTIONS = "No questions for this choice."
SAFETY_MISTAKES_NOTE = (
    "a spot was called less risky than it is. Pressing there can hurt; learn these first."
)
NO_MISSES = "No misses: every answer was right at the first try."
# the verdict of an answer: a name the style sheet selects on, and its symbol
VERDICT_SAFETY, VERDICT_RIGHT, VERDICT_WRONG = "safety", "right", "wrong"
VERDICT_ICONS = {VERDICT_SAFETY: "\u26a0", VERDICT_RIGHT: "\u2713", VERDICT_WRONG: "\u2717"}
RIGHT_ANSWER, YOUR_ANSWER = "right answer", "your answer"


# --- small words ----------------------------------------------------------------
def plural(n: int, word: str, many: str = "") -> str:
    """'1 question', '3 questions', '2 misses' (with ``many`` given)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def was_were(n: int) -> str:
    return "was" if n == 1 else "were"


def mode_description(mode: Mode) -> str:
    """The mode button's text without its mnemonic (its accessible description)."""
    return MODE_DESCRIPTIONS[mode].replace("&", "")


def no_questions_tip(mode: Mode) -> str:
    """The tooltip of a region the mode cannot ask about."""
    return f"{MODE_LABELS[mode]} has no questions here"


# --- the set-up page ------------------------------------------------------------
def setup_summary(asked: int, available: int, region_name: str) -> str:
    """Under the set-up choices: how many questions from how many areas."""
    if not available:
        return NO_QUESTIONS
    return (
        f"{plural(asked, 'question')} from {plural(available, 'area')} in "
        f"\u201c{region_name}\u201d. A left/right pair counts as one area."
    )


def due_summary(today: int, by_tomorrow: int) -> str:
    """Under the set-up choices: how many areas are due for practice today and
    how many more tomorrow (``statistics.due_counts`` gives both, the second
    counting today's too)."""
    more = max(0, by_tomorrow - today)
    if not today and not more:
        return "Nothing is due for practice today or tomorrow in this mode."
    if not more:
        when = f"{today} today"
    elif not today:
        when = f"none today, {more} tomorrow"
    else:
        when = f"{today} today and {more} more tomorrow"
    return f"Due for practice in this mode: {plural(today + more, 'area')}, {when}."


# --- a question -------------------------------------------------------------------
def where_text(question: Question, zone_set: ZoneSet) -> str:
    """Where the question's spot or highlighted area is, in words, so it can
    be answered by ear: the marked spot (Safe or not), the highlighted zone
    (Name it, Which technique).  Find it names the area itself: ''.
    Never the zone's safety level, so Safe or not is not given away."""
    if question.mode is Mode.FIND:
        return ""
    if question.shown:  # Which way?: the stroke on the map, without its answer
        return question.shown
    if question.spot is not None:
        return f"The marked spot is {describe_point(zone_set, *question.spot)}."
    return f"The highlighted area is {describe_zone(zone_set, question.zone)}."


def click_text(zone_set: ZoneSet, x: float, y: float) -> str:
    """Where a click landed, in words (Find it, for a learner who cannot see
    the map): 'You clicked on the left side of the lower back, ...'."""
    return f"You clicked {describe_point(zone_set, x, y)}."


def status_line(rnd: QuizRound) -> str:
    """Over the question: 'Find it (practice) · Question 3 of 10 · Score 2'."""
    practice = " (practice)" if rnd.settings.practice else ""
    results = rnd.results()
    score = f"{results.points:g}" if results.hinted else str(results.score)
    return (
        f"{rnd.settings.mode.label}{practice} \u00b7 Question {rnd.position} of "
        f"{rnd.planned} \u00b7 Score {score}"
    )


def clock_text(rnd: QuizRound) -> str:
    """'Time 1:15' (no limit: the time so far) or 'Time left 0:45'."""
    left = rnd.time_left()
    if left is None:
        return f"Time {format_time(rnd.elapsed())}"
    return f"Time left {format_time(left)}"


def answer_keys(question: Question, index: int) -> str:
    """The keys that give choice ``index``: '2', or '2 / C' for Safe or not."""
    choice = question.choices[index]
    if question.mode is Mode.SAFETY:
        return f"{index + 1} / {choice.keys[1].upper()}"
    return str(index + 1)


def answer_label(question: Question, index: int) -> str:
    """An answer button's text: '2    Shoulder blade' (plain: double any & for Qt)."""
    return f"{answer_keys(question, index)}    {question.choices[index].label}"


def answer_name(question: Question, index: int, mark: str = "") -> str:
    """An answer button's accessible name; ``mark`` is RIGHT_ANSWER or
    YOUR_ANSWER once the question is finished."""
    name = f"Answer {index + 1}: {question.choices[index].label}"
    return f"{name}, {mark}" if mark else name


def answer_mark(feedback: Feedback, index: int) -> str:
    """After a finished question: RIGHT_ANSWER, YOUR_ANSWER or '' for a choice."""
    question = feedback.question
    if not feedback.done or index >= len(question.choices):
        return ""
    if index == question.answer:
        return RIGHT_ANSWER
    if question.choices[index].label == feedback.given:
        return YOUR_ANSWER
    return ""


def marked_answer_label(feedback: Feedback, index: int) -> str:
    """The answer button's text once the question is finished:
    '2    Shoulder blade    ✓ right answer'."""
    text = answer_label(feedback.question, index)
    mark = answer_mark(feedback, index)
    if not mark:
        return text
    icon = VERDICT_ICONS[VERDICT_RIGHT if mark == RIGHT_ANSWER else VERDICT_WRONG]
    return f"{text}    {icon} {mark}"


def verdict(feedback: Feedback) -> str:
    """VERDICT_SAFETY, VERDICT_RIGHT or VERDICT_WRONG: how the feedback is marked."""
    if feedback.safety_mistake:
        return VERDICT_SAFETY
    return VERDICT_RIGHT if feedback.correct else VERDICT_WRONG


def feedback_text(feedback: Feedback) -> str:
    """The feedback line with its symbol: '⚠ Safety mistake: ...'."""
    return f"{VERDICT_ICONS[verdict(feedback)]} {feedback.message}"


def next_label(last: bool) -> str:
    """The Next button, with its mnemonic: the last question leads to the results."""
    return "See &Results" if last else "&Next"


def explanation(feedback: Feedback, engine: QuizEngine) -> str:
    """What to learn from a finished question: the techniques that suit the
    area (Which technique), the area's level and what it means, and why.
    Empty while the question is still open."""
    if not feedback.done:
        return ""
    question = feedback.question
    zone = question.zone
    lines = []
    if question.mode is Mode.WHICH_WAY:
        # the stroke in words, with its direction now; the zone's level is not the lesson
        return feedback.why
    if question.mode is Mode.TECHNIQUE:
        mode = cast(WhichTechnique, engine.mode_for(Mode.TECHNIQUE, view=question.view))
        techniques = engine.zone_set_of(question).techniques
        names = [techniques[t].name for t in mode.suiting(question.kind) if t in techniques]
        lines.append(f"Techniques that suit the {lower_first(question.name)}: {', '.join(names)}.")
    lines.append(f"{question.name}: {zone.safety_word} \u2013 {SAFETY_DESCRIPTIONS[zone.safety]}.")
    if feedback.why:
        lines.append(feedback.why)
    return "\n".join(lines)


# --- the results -------------------------------------------------------------------
def _asked_name(q: Question) -> str:
    """The area's name, with its view when the question named one (a round
    across views): 'Forearm (front view)'."""
    view = q.view.replace("_", " ")
    if view and q.prompt.lower().startswith(f"{view} view: "):
        return f"{q.name} ({view} view)"
    return q.name


def miss_text(miss: Miss) -> str:
    """One line of the results list: what was asked, what was given, the right
    answer (and the view, in a round across views)."""
    q = replace(miss.question, name=_asked_name(miss.question))
    given = ", ".join(miss.given)
    if q.mode is Mode.FIND:
        clicked = ", ".join(
            g if g == "outside the body" else f"the {lower_first(g)}" for g in miss.given
        )
        found = f"found at try {len(miss.given) + 1}" if miss.found_later else "not found"
        return f"{q.name}: you clicked {clicked}; {found}"
    if q.mode is Mode.SAFETY:
        text = f"{q.name}: you said {given}; it is {miss.right_answer}"
        return f"{text} (safety mistake)" if miss.safety_mistake else text
    if q.mode is Mode.TECHNIQUE:
        return f"{q.name}: you chose {given}; {miss.right_answer} suits it"
    if q.mode is Mode.WHICH_WAY and q.arrows:
        return f"{q.name}: you took its movement for {given}"
    if q.mode is Mode.WHICH_WAY:
        return f"{q.name}: you chose {given}; it goes {lower_first(miss.right_answer)}"
    return f"{q.name}: you answered {given}"


def results_title(results: RoundResults) -> str:
    return f"Results: {results.mode.label}"


def score_text(results: RoundResults) -> str:
    """'7 of 10 right at the first try (70 %)'."""
    if not results.answered:
        return "No questions answered"
    share = round(100 * results.score / results.answered)
    text = f"{results.score} of {results.answered} right at the first try ({share} %)"
    if results.hinted:
        more = f"{results.hinted} more with a hint, at half"
        text += f", and {more}: {results.points:g} points"
    return text


def details_text(results: RoundResults) -> str:
    """The time taken, and why the round ended early if it did."""
    details = f"Time: {format_time(results.duration)}."
    if results.timed_out and results.unanswered:
        details += (
            f" The time ran out; {plural(results.unanswered, 'question')} "
            f"{was_were(results.unanswered)} not asked."
        )
    elif results.timed_out:
        details += " The time ran out."
    elif results.unanswered:
        details += f" Ended after {results.answered} of {results.planned} questions."
    return details


def safety_mistakes_text(results: RoundResults) -> str:
    """The warning over the misses, or '' when there was no safety mistake."""
    mistakes = len(results.safety_mistakes)
    if not mistakes:
        return ""
    return f"\u26a0 {plural(mistakes, 'safety mistake')}: {SAFETY_MISTAKES_NOTE}"


def misses_heading(results: RoundResults) -> str:
    """Over the list of misses (or the words for a round without any)."""
    if results.misses:
        return f"{plural(len(results.misses), 'miss', 'misses')} (select one to see it on the map):"
    return NO_MISSES if results.answered else ""


def round_summary(results: RoundResults) -> str:
    """The whole results page as plain text, one part a line (for a screen
    reader, a status bar or a test)."""
    parts = [
        results_title(results),
        score_text(results),
        details_text(results),
        safety_mistakes_text(results),
        misses_heading(results),
        *(miss_text(miss) for miss in results.misses),
    ]
    return "\n".join(part for part in parts if part)


__all__ = [
    "MODE_DESCRIPTIONS",
    "MODE_HINTS",
    "NO_MISSES",
    "NO_QUESTIONS",
    "RIGHT_ANSWER",
    "SETUP_INTRO",
    "TYPED_HINT",
    "VERDICT_ICONS",
    "VERDICT_RIGHT",
    "VERDICT_SAFETY",
    "VERDICT_WRONG",
    "YOUR_ANSWER",
    "answer_keys",
    "answer_label",
    "answer_mark",
    "answer_name",
    "click_text",
    "clock_text",
    "details_text",
    "due_summary",
    "explanation",
    "feedback_text",
    "marked_answer_label",
    "miss_text",
    "misses_heading",
    "mode_description",
    "next_label",
    "no_questions_tip",
    "plural",
    "results_title",
    "round_summary",
    "safety_mistakes_text",
    "score_text",
    "setup_summary",
    "status_line",
    "verdict",
    "was_were",
    "where_text",
]
