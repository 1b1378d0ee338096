"""Quiz mode without Qt: the engine that drills zones, and the progress that lasts.

Modules: ``modes`` (the four modes and their questions), ``engine`` (rounds,
answers, timer, results), ``schedule`` (FSRS cards for Practice) and
``progress`` (the record and its atomic, schema-versioned file).  Nothing here
imports Qt; the quiz UI sits on top of this API.

Driving a round from the UI::

    store = ProgressStore(app_data_dir)          # QStandardPaths.AppDataLocation
    loaded = store.load()                        # never raises for a bad file
    if loaded.warning:
        show_warning(loaded.warning)             # the bad file was moved aside
    engine = QuizEngine(zone_set, loaded.progress)

    engine.regions()                             # [(None, "Whole body"), ("back", "Back"), ...]
    engine.eligible_kinds(Mode.TECHNIQUE, "back")  # empty: disable that combination
    rnd = engine.start_round(RoundSettings(Mode.FIND, count=10, region=None,
                                           time_limit=120, practice=False))
    question = rnd.next_question()               # None once the round is over
    # per question, by question.mode:
    #   FIND:      show question.prompt; on a click in cm: fb = rnd.answer_click(x, y)
    #   NAME:      highlight question.zone; buttons from question.choices (keys 1-4)
    #   SAFETY:    mark question.spot with a disc of question.marker_radius cm (it lies
    #              wholly inside the zone); buttons Target/Caution/Avoid (keys 1-3, T, C, A)
    #   TECHNIQUE: highlight question.zone; buttons from question.choices (keys 1-4)
    #   buttons:   fb = rnd.answer_choice(index);  keys: fb = rnd.answer_key(text)
    # fb.message says what happened ("That is the shoulder blade. 2 more tries.");
    # fb.safety_mistake flags an answer less cautious than the truth.
    # Until fb.done (FIND allows three clicks) let the learner answer again; a
    # click outside the body uses no try.
    # When fb.done: show fb.reveal (the answer's zones) and fb.why, save progress
    # (store.save(engine.progress), atomic), then rnd.next_question().
    # A timer ticks rnd.time_left() (None without a limit); when rnd.is_over()
    # the UI moves to the results; answers after that raise RoundOver.
    res = rnd.results()       # score, answered, planned, duration, timed_out,
                              # misses (question, given, right_answer), safety_mistakes
    again = rnd.mistakes_round()                 # only the misses, or None

Answers: ``store.load()`` attaches ``store.answer_log`` (``answers.sqlite3``
beside the progress) to the progress, and the engine writes every answer to it;
``engine.log.warning`` / ``engine.log.problem`` say when the history was moved
aside or an answer is waiting to be written.  ``QuizEngine(..., log=...,
schedule=Schedule(desired_retention))`` set them explicitly.

Left and right: ``RoundSettings(Mode.FIND, sides=True)`` asks for one side of
each pair (``question.form == "side"``, ``question.side``); a click on the other
side sets ``fb.mirror_mistake`` and ``fb.message`` explains it by the view's
facing (``ZoneSet.person_left`` where present, else as seen from behind);
``res.mirror_mistakes`` lists them.  No new ``Mode``: the setup page can offer
it as an option of Find it.

Hints: ``rnd.hint()`` once per open question (asking again returns the same
one): ``hint.zones`` to light up (Find it: the asked zone's region) and
``hint.text`` ("It begins with ..."); a hinted right answer counts half
(``res.points``, ``res.hinted``; ``res.score`` counts only unhinted ones),
``fb.hinted`` is set, the log's ``hint`` column is 1 and the schedule grades
it Hard.

Typed recall: ``RoundSettings(Mode.NAME, typed=True)`` highlights a zone with
no choices (``question.form == "typed"``); answer with ``rnd.answer_text(text)``.
Names and the zone's ``aliases`` match ignoring case and accents, with small
typos by length (``typed``).

Practice: ``RoundSettings(mode, practice=True)`` takes due items first (see
``schedule``).  Every finished question, in any round, updates the progress.
Export: ``export_csv(engine.progress, path, zone_set)``; reset:
``store.reset(engine.progress)`` (empties it in place and saves).
Reproducible: a ``seed`` in the settings gives the same round; the engine and
the store take a ``clock`` (Unix seconds) for tests.
"""

from __future__ import annotations

from massage_trainer.core.quiz.answerlog import Answer, AnswerLog
from massage_trainer.core.quiz.engine import (
    ROUND_SIZES,
    WHOLE_BODY,
    Feedback,
    Hint,
    Miss,
    QuizEngine,
    QuizRound,
    RoundOver,
    RoundResults,
    RoundSettings,
)
from massage_trainer.core.quiz.modes import MODE_LABELS, Choice, Mode, Question
from massage_trainer.core.quiz.progress import (
    LoadResult,
    Progress,
    ProgressStore,
    default_data_dir,
    export_csv,
)
from massage_trainer.core.quiz.schedule import INTERVAL_DAYS, ItemProgress, Schedule

__all__ = [
    "INTERVAL_DAYS",
    "MODE_LABELS",
    "ROUND_SIZES",
    "WHOLE_BODY",
    "Answer",
    "AnswerLog",
    "Choice",
    "Feedback",
    "Hint",
    "ItemProgress",
    "LoadResult",
    "Miss",
    "Mode",
    "Progress",
    "ProgressStore",
    "Question",
    "QuizEngine",
    "QuizRound",
    "RoundOver",
    "RoundResults",
    "RoundSettings",
    "Schedule",
    "default_data_dir",
    "export_csv",
]
