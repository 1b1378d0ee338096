"""The quiz engine: rounds, answers, tries, scoring, the timer and results (no Qt).

``QuizEngine`` belongs to one zone set (or several views of one body: see
``views``) and one ``Progress``; it says which kinds each mode can ask in each
region and starts rounds.  ``QuizRound`` is one
round: it chooses its questions up front (shuffled, or by the Leitner schedule
in Practice), builds each one when it is asked, checks answers, counts tries,
records each finished question in the progress, keeps the time and sums up the
``RoundResults``.  The UI sits on top; see ``massage_trainer.core.quiz`` for how it
drives a round.

Views: ``QuizEngine(zone_set, views={"back": back, "front": front})`` asks
across every view.  Its regions are then view-qualified ("front:" is the whole
front, "front:limbs" its arms and legs); ``None`` is every view, and a region
key without a colon is one of ``zone_set``'s own.  Each question carries its
``view`` and, in such an engine, names it in the prompt ("Front view: click
the ..."); its answers, progress ("front/find/...") and log rows belong to
that view.

Scoring: a question counts as right when it is right at the first try; one
taken with the hint (``QuizRound.hint``, once per question) counts half
(``RoundResults.points``) and is graded Hard for the schedule.  A
find-it question found on the second or third click is still a miss (its
``Miss.found_later`` is set), because that is what the schedule needs to know.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from massage_trainer.core import i18n
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP
from massage_trainer.core.quiz.answerlog import Answer, AnswerLog
from massage_trainer.core.quiz.modes import (
    MODE_CLASSES,
    Check,
    FindSide,
    Mode,
    Question,
    QuizMode,
    QuizText,
    SpotSampler,
)
from massage_trainer.core.quiz.progress import Progress, item_key
from massage_trainer.core.quiz.schedule import DEFAULT_SCHEDULE, Schedule
from massage_trainer.core.quiz.typed import TypeIt
from massage_trainer.core.zones import SAFETY_LEVELS, Zone, ZoneSet

ROUND_SIZES = (10, 20, None)  # what the UI offers; None is "all"
# the region chooser's first entry (English; ``QuizEngine.regions`` translates it)
WHOLE_BODY = QT_TRANSLATE_NOOP("QuizText", "Whole body")
VIEW_SEPARATOR = ":"  # "front:limbs" is the front view's region "limbs"; "front:" all of it


class RoundOver(RuntimeError):
    """An answer or a question was asked for after the round ended."""


@dataclass(frozen=True)
class RoundSettings:
    """What the learner chose for a round.

    ``count`` None asks every eligible kind; ``region`` None is the whole body
    (every view of the engine), else a key of ``QuizEngine.regions``;
    ``time_limit`` in seconds or None;
    ``practice`` picks questions by the spaced-repetition schedule; ``seed``
    None draws one (``QuizRound.seed`` tells which, to replay a round).
    ``sides`` (Find it only) asks for one side of each paired zone; a click on
    the other side is a mirror mistake.  Its progress is kept under the mode
    key "side".  ``typed`` (Name it only) has the learner type the name
    (``QuizRound.answer_text``); its progress is kept under "typed".
    """

    mode: Mode
    count: int | None = 10
    region: str | None = None
    time_limit: float | None = None
    practice: bool = False
    seed: int | None = None
    sides: bool = False  # FIND: ask for one side of each pair ("the person's left ...")
    typed: bool = False  # NAME: type the name instead of choosing it

    @property
    def form(self) -> str:
        """The question form the round asks: "", "side" or "typed"."""
        if self.sides and self.mode is Mode.FIND:
            return "side"
        if self.typed and self.mode is Mode.NAME:
            return "typed"
        return ""


@dataclass(frozen=True)
class Feedback:
    """What to tell the learner after one answer.

    ``done`` means the question is finished: show ``reveal`` (the zones that
    were the answer, or for SAFETY the zone under the spot) with ``why``, then
    call ``QuizRound.next_question``.  Otherwise (FIND with tries left) let the
    learner click again.
    """

    question: Question
    correct: bool
    done: bool
    first_try: bool  # right at the first try
    given: str  # the answer in words: a zone name, "outside the body", a choice label
    right_answer: str
    message: str  # one or two sentences for the learner
    tries_left: int
    clicked: Zone | None = None  # FIND: the zone under the click, None outside the body
    safety_mistake: bool = False  # SAFETY: an answer less cautious than the truth
    reveal: tuple[Zone, ...] = ()
    why: str = ""
    mirror_mistake: bool = False  # a side question answered with the other side
    hinted: bool = False  # the hint was taken for this question


@dataclass(frozen=True)
class Hint:
    """Help for the open question, at half its score.

    ``zones`` light up (Find it: every zone of the asked zone's region, so the
    learner knows where to look); ``text`` says it in words ("It is in the
    back." or "It begins with \u201cKi\u201d.").
    """

    text: str
    zones: tuple[Zone, ...] = ()
    letters: str = ""  # the first letters of the answer, where the hint gives them


@dataclass(frozen=True)
class Miss:
    """A question not right at the first try, for the results list."""

    question: Question
    given: tuple[str, ...]  # every wrong answer, in order
    right_answer: str
    safety_mistake: bool = False
    found_later: bool = False  # FIND: found on a later try
    mirror_mistake: bool = False  # the other side was clicked on some try


@dataclass(frozen=True)
class RoundResults:
    """The sum of a round.  ``score`` of ``answered`` (``planned`` were chosen)."""

    mode: Mode
    planned: int
    answered: int
    score: int  # right at the first try without the hint
    duration: float  # seconds
    timed_out: bool
    misses: tuple[Miss, ...]
    hinted: int = 0  # right at the first try with the hint

    @property
    def points(self) -> float:
        """The score with each hinted right answer at half: what to show."""
        return self.score + self.hinted / 2

    @property
    def safety_mistakes(self) -> tuple[Miss, ...]:
        return tuple(m for m in self.misses if m.safety_mistake)

    @property
    def mirror_mistakes(self) -> tuple[Miss, ...]:
        return tuple(m for m in self.misses if m.mirror_mistake)

    @property
    def unanswered(self) -> int:
        return self.planned - self.answered


class QuizEngine:
    """The quiz for one zone set: eligibility, round start, progress.

    ``log`` receives every answer (an ``AnswerLog``, or anything with its
    ``record(Answer)``); without one, the log of the store the progress was
    loaded from is used (``ProgressStore.load`` attaches it), so progress made
    in memory logs nowhere.  ``schedule`` sets the desired retention.
    """

    def __init__(
        self,
        zone_set: ZoneSet,
        progress: Progress | None = None,
        clock: Callable[[], float] = time.time,
        *,
        log: AnswerLog | None = None,
        schedule: Schedule | None = None,
        views: Mapping[str, ZoneSet] | None = None,
    ) -> None:
        self.zone_set = zone_set
        # every view asked, in the order given; ``zone_set``'s own always among them
        self.views: dict[str, ZoneSet] = dict(views or {})
        self.views.setdefault(zone_set.view, zone_set)
        self.progress = progress if progress is not None else Progress()
        self.clock = clock
        self.log = log if log is not None else self.progress.log
        self.schedule = schedule if schedule is not None else DEFAULT_SCHEDULE
        self._modes: dict[str, tuple[dict[Mode, QuizMode], dict[str, QuizMode]]] = {}
        self.modes, self.forms = self._modes_of(zone_set.view)

    def _modes_of(self, view: str) -> tuple[dict[Mode, QuizMode], dict[str, QuizMode]]:
        """The mode classes of one view, made on first use."""
        if view not in self._modes:
            zone_set = self.views[view]
            spots = SpotSampler(zone_set)  # shared: its shapes are built once per zone
            modes = {m: cls(zone_set, spots) for m, cls in MODE_CLASSES.items()}
            forms: dict[str, QuizMode] = {
                "side": FindSide(zone_set, spots),  # Find it with sides=True
                "typed": TypeIt(zone_set, spots),  # Name it with typed=True
            }
            self._modes[view] = (modes, forms)
        return self._modes[view]

    @property
    def multi_view(self) -> bool:
        """The engine asks on more than one view (so each question names its view)."""
        return len(self.views) > 1

    def zone_set_of(self, view: str | Question | None = None) -> ZoneSet:
        """The zone set of a view (or of a question's view); ``zone_set`` for none."""
        if isinstance(view, Question):
            view = view.view
        return self.views.get(view or "", self.zone_set)

    def regions(self) -> list[tuple[str | None, str]]:
        """(key, display name) pairs for the region chooser, whole body first.
        Across views: each view, then its regions, as "view:" and "view:region"."""
        if not self.multi_view:
            return [(None, i18n.translated("QuizText", WHOLE_BODY)), *self.zone_set.regions.items()]
        out: list[tuple[str | None, str]] = [(None, QuizText.tr("Whole body, every view"))]
        for view, zone_set in self.views.items():
            title = zone_set.title
            out.append((f"{view}{VIEW_SEPARATOR}", title))
            out += [
                (
                    f"{view}{VIEW_SEPARATOR}{key}",
                    i18n.fill(
                        QuizText.tr("{view}: {region}", "a region of one view: 'Front view: Arms'"),
                        view=title,
                        region=name,
                    ),
                )
                for key, name in zone_set.regions.items()
            ]
        return out

    def _region_parts(self, region: str | None) -> tuple[list[str], str | None]:
        """(views, region key within them) for a region of ``regions()``."""
        if region is None:
            return list(self.views), None
        if VIEW_SEPARATOR in region:
            view, _, key = region.partition(VIEW_SEPARATOR)
            return [view], key or None
        return [self.zone_set.view], region

    def _known_region(self, region: str | None) -> bool:
        views, key = self._region_parts(region)
        return all(v in self.views for v in views) and (
            key is None or all(key in self.views[v].regions for v in views)
        )

    def eligible_items(
        self, mode: Mode, region: str | None = None, sides: bool = False, typed: bool = False
    ) -> list[tuple[str, str]]:
        """(view, kind) pairs this mode can ask about in the region, views in
        order and kinds in file order."""
        form = RoundSettings(Mode(mode), sides=sides, typed=typed).form
        views, key = self._region_parts(region)
        items = []
        for view in views:
            if view not in self.views:
                continue
            quiz_mode = self.mode_for(Mode(mode), form, view)
            items += [(view, kind) for kind in quiz_mode.items(key)]
        return items

    def eligible_kinds(
        self, mode: Mode, region: str | None = None, sides: bool = False, typed: bool = False
    ) -> list[str]:
        """Kinds this mode can ask about in the region, in file order (with
        ``sides``, Find it's paired kinds; with ``typed``, Name it typed).
        Across views a kind of both views comes once per view."""
        return [kind for _view, kind in self.eligible_items(mode, region, sides, typed)]

    def start_round(self, settings: RoundSettings) -> QuizRound:
        """A new round; raises ValueError for settings that cannot make one."""
        settings = replace(settings, mode=Mode(settings.mode))  # "find" works as well
        if settings.count is not None and settings.count < 1:
            raise ValueError(f"a round needs at least one question, not {settings.count}")
        if settings.time_limit is not None and not settings.time_limit > 0:
            raise ValueError(f"the time limit must be positive, not {settings.time_limit}")
        if not self._known_region(settings.region):
            raise ValueError(
                f"unknown region {settings.region!r}; the zone set has "
                f"{', '.join(k for k, _ in self.regions() if k) or 'none'}"
            )
        if settings.sides and settings.mode is not Mode.FIND:
            raise ValueError("only 'Find it' can ask for one side")
        if settings.typed and settings.mode is not Mode.NAME:
            raise ValueError("only 'Name it' can be typed")
        items = self.eligible_items(settings.mode, settings.region, settings.sides, settings.typed)
        if not items:
            raise ValueError(f"{settings.mode.label!r} has no questions for this region")
        seed = settings.seed
        if seed is None:
            seed = random.SystemRandom().getrandbits(63)
        rng = random.Random(seed)
        if settings.mode is Mode.SAFETY and not settings.practice:
            items = self._levels_evenly(items, rng)
        elif settings.practice:
            mode = progress_mode(settings.mode, settings.form)
            keyed = {item_key(view, mode, k): (view, k) for view, k in items}
            order = self.schedule.practice_order(
                list(keyed), self.progress.items, self.clock(), rng
            )
            items = [keyed[key] for key in order]
        else:
            rng.shuffle(items)
        if settings.count is not None:
            items = items[: settings.count]
        plan = [(settings.mode, k) for _view, k in items]
        views = [view for view, _k in items]
        return QuizRound(self, replace(settings, seed=seed), plan, rng, views)

    def _levels_evenly(
        self, items: list[tuple[str, str]], rng: random.Random
    ) -> list[tuple[str, str]]:
        """Items in turns holding one kind of each safety level (in a random order
        per turn), so that any run of questions asks the three levels evenly and
        a blind guess scores about a third.  The items are shuffled first; each
        turn takes the next item of every level in the order the shuffle gave."""
        rng.shuffle(items)
        level = {
            (view, k): zones[0].safety
            for view in {v for v, _ in items}
            for k, zones in self.views[view].kinds().items()
        }
        seen: dict[str, int] = {}
        turn: dict[tuple[str, str], int] = {}
        for item in items:
            seen[level[item]] = turn[item] = seen.get(level[item], 0) + 1
        orders = []
        for _ in range(max(turn.values(), default=0)):
            levels = list(SAFETY_LEVELS)
            rng.shuffle(levels)
            orders.append(levels)
        return sorted(items, key=lambda i: (turn[i], orders[turn[i] - 1].index(level[i])))

    def mode_for(self, mode: Mode, form: str = "", view: str = "") -> QuizMode:
        """The class that builds and checks questions of this mode and form (on
        ``view``; "" is ``zone_set``'s own)."""
        modes, forms = self._modes_of(view) if view else (self.modes, self.forms)
        return forms[form] if form else modes[mode]

    def build_question(
        self, mode: Mode, kind: str, rng: random.Random, form: str = "", view: str = ""
    ) -> Question:
        view = view or self.zone_set.view
        question = replace(self.mode_for(mode, form, view).build(kind, rng), view=view)
        if self.multi_view:
            title = self.views[view].title
            prompt = i18n.fill(
                QuizText.tr("{view}: {question:lower}", "'Front view: click the neck.'"),
                view=title,
                question=question.prompt,
            )
            question = replace(question, prompt=prompt, view_title=title)
        return question


class QuizRound:
    """One round of questions.  Made by ``QuizEngine.start_round``; the clock starts then."""

    def __init__(
        self,
        engine: QuizEngine,
        settings: RoundSettings,
        plan: Sequence[tuple[Mode, str]],
        rng: random.Random,
        views: Sequence[str] | None = None,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.seed: int = settings.seed if settings.seed is not None else 0
        self.plan: tuple[tuple[Mode, str], ...] = tuple(plan)
        # the view of each planned question (the engine's own view when not given)
        self.views: tuple[str, ...] = (
            tuple(views) if views is not None else (engine.zone_set.view,) * len(self.plan)
        )
        if len(self.views) != len(self.plan):
            raise ValueError("a round needs one view per planned question")
        self._rng = rng
        self._mistakes_seed = rng.getrandbits(63)  # drawn now: replays do not depend on answers
        self.started_at = engine.clock()
        self._ended_at: float | None = None
        self._index = -1  # the plan index of the current question
        self.current: Question | None = None
        self._tries = 0
        self._given: list[str] = []
        self._mirror = False  # the open question had a mirror answer
        self._asked_at = self.started_at  # when the open question (or its last try) was put
        self._done = True  # no question open
        self._score = 0
        self._hinted = 0
        self._hint: Hint | None = None  # the open question's hint, once taken
        self._answered = 0
        self._misses: list[Miss] = []

    # --- progress through the round ---------------------------------------------
    @property
    def planned(self) -> int:
        return len(self.plan)

    @property
    def position(self) -> int:
        """The number of the current question, 1-based (0 before the first)."""
        return self._index + 1

    def next_question(self) -> Question | None:
        """The next question, or None when the round is over (all asked, or time up).

        Raises RuntimeError if the current question is not finished yet.
        """
        if self.is_over():
            self.current = None
            return None
        if not self._done:
            raise RuntimeError("the current question is not finished; answer it first")
        self._index += 1
        mode, kind = self.plan[self._index]
        self.current = self.engine.build_question(
            mode, kind, self._rng, self.settings.form, self.views[self._index]
        )
        self._tries = 0
        self._given = []
        self._mirror = False
        self._hint = None
        self._done = False
        self._asked_at = self.engine.clock()
        return self.current

    # --- answers ----------------------------------------------------------------
    def answer_click(self, x: float, y: float) -> Feedback:
        """Answer a FIND question with a click at (x, y) in cm."""
        return self._answer((x, y))

    def answer_choice(self, index: int) -> Feedback:
        """Answer a NAME, SAFETY or TECHNIQUE question with a choice index (0-based)."""
        return self._answer(index)

    def hint(self) -> Hint:
        """The hint for the open question (the same one if asked again).

        Taking it halves the question's score; RuntimeError if no question is open.
        """
        question = self._open_question()
        if self._hint is None:
            self._hint = _hint_for(self.engine.zone_set_of(question), question)
        return self._hint

    @property
    def hint_taken(self) -> bool:
        return self._hint is not None

    def answer_text(self, text: str) -> Feedback:
        """Answer a typed question (``RoundSettings(Mode.NAME, typed=True)``)."""
        return self._answer(text)

    def answer_key(self, key: str) -> Feedback | None:
        """Answer with a key press ("1".."4", or "t", "c", "a" for SAFETY);
        None if the key selects nothing here."""
        question = self._open_question()
        index = question.choice_for_key(key)
        return None if index is None else self._answer(index)

    def _open_question(self) -> Question:
        if self.is_over():
            raise RoundOver("the round is over")
        if self.current is None or self._done:
            raise RuntimeError("no question is open; call next_question() first")
        return self.current

    def _answer(self, answer: object) -> Feedback:
        question = self._open_question()
        check = self.engine.mode_for(question.mode, question.form, question.view).check(
            question, answer
        )
        if check.outside:  # a click off the body uses no try
            self._log(question, check, try_number=0)
            return Feedback(
                question=question,
                correct=False,
                done=False,
                first_try=False,
                given=check.given,
                right_answer=question.right_answer,
                message=QuizText.tr(
                    "That\u2019s outside the body. Click on the body: that click did not "
                    "count as a try."
                ),
                tries_left=question.max_tries - self._tries,
            )
        self._tries += 1
        first_try = check.correct and self._tries == 1
        tries_left = 0 if check.correct else question.max_tries - self._tries
        done = check.correct or tries_left <= 0
        if not check.correct:
            self._given.append(check.given)
        self._mirror = self._mirror or check.mirror_mistake
        self._log(question, check, try_number=self._tries)
        if done:
            self._finish(question, first_try, check.correct, check.safety_mistake)
        reveal: tuple[Zone, ...] = ()
        if done:
            reveal = (question.zone,) if question.mode is Mode.SAFETY else question.zones
        return Feedback(
            question=question,
            correct=check.correct,
            done=done,
            first_try=first_try,
            given=check.given,
            right_answer=question.right_answer,
            message=_message(
                question,
                check.correct,
                check.given,
                check.clicked,
                check.safety_mistake,
                tries_left,
                check.within,
                check.note,
                check.answer_item,
            ),
            tries_left=tries_left,
            clicked=check.clicked,
            safety_mistake=check.safety_mistake,
            reveal=reveal,
            why=(question.why or question.zone.why) if done else "",
            mirror_mistake=check.mirror_mistake,
            hinted=self._hint is not None,
        )

    def _log(self, question: Question, check: Check, try_number: int) -> None:
        now = self.engine.clock()
        response_ms = round((now - self._asked_at) * 1000)
        self._asked_at = now
        if self.engine.log is None:
            return
        self.engine.log.record(
            Answer(
                time=now,
                mode=question.mode.value,
                view=question.view or self.engine.zone_set.view,
                item=question.kind,
                question=question.prompt,
                answer=check.given,
                correct=check.correct,
                answer_item=check.answer_item,
                safety_mistake=check.safety_mistake,
                mirror_mistake=check.mirror_mistake,
                side=question.side,
                kind=question.form,
                response_ms=response_ms,
                try_number=try_number,
                hint=self._hint is not None,
            )
        )

    def _finish(
        self, question: Question, first_try: bool, correct: bool, safety_mistake: bool
    ) -> None:
        self._done = True
        self._answered += 1
        now = self.engine.clock()
        hinted = self._hint is not None
        if first_try and hinted:
            self._hinted += 1
        elif first_try:
            self._score += 1
        else:
            self._misses.append(
                Miss(
                    question,
                    tuple(self._given),
                    question.right_answer,
                    safety_mistake,
                    found_later=correct,
                    mirror_mistake=self._mirror,
                )
            )
        self.engine.progress.record(
            question.view or self.engine.zone_set.view,
            progress_mode(question.mode, question.form),
            question.kind,
            first_try,
            now,
            hint=hinted,
            schedule=self.engine.schedule,
        )
        if self._index + 1 >= len(self.plan) and self._ended_at is None:
            self._ended_at = now

    # --- time -------------------------------------------------------------------
    @property
    def deadline(self) -> float | None:
        limit = self.settings.time_limit
        return None if limit is None else self.started_at + limit

    def elapsed(self) -> float:
        """Seconds since the round started, stopped at its end."""
        end = self._ended_at if self._ended_at is not None else self.engine.clock()
        if self.deadline is not None:
            end = min(end, self.deadline)
        return max(0.0, end - self.started_at)

    def time_left(self) -> float | None:
        """Seconds left, or None without a time limit."""
        if self.deadline is None:
            return None
        return max(0.0, self.settings.time_limit - self.elapsed())  # type: ignore[operator]

    def timed_out(self) -> bool:
        return (
            self.deadline is not None
            and self._ended_at is None
            and self.engine.clock() >= self.deadline
        )

    def is_over(self) -> bool:
        """True once every question is finished or the time limit has passed.

        The final answer's feedback is still for the UI to show.
        """
        return self._ended_at is not None or self.timed_out()

    # --- the end ----------------------------------------------------------------
    def results(self) -> RoundResults:
        """The results so far (final once ``is_over()``)."""
        return RoundResults(
            mode=self.settings.mode,
            planned=self.planned,
            answered=self._answered,
            score=self._score,
            duration=self.elapsed(),
            timed_out=self.timed_out(),
            misses=tuple(self._misses),
            hinted=self._hinted,
        )

    def mistakes_round(self) -> QuizRound | None:
        """A new round asking only the missed kinds (with fresh choices and spots),
        or None if nothing was missed."""
        if not self._misses:
            return None
        plan = [(m.question.mode, m.question.kind) for m in self._misses]
        views = [m.question.view or self.engine.zone_set.view for m in self._misses]
        settings = replace(self.settings, count=None, practice=False, seed=self._mistakes_seed)
        return QuizRound(self.engine, settings, plan, random.Random(self._mistakes_seed), views)


HINT_LETTERS = 2


def _hint_for(zone_set: ZoneSet, question: Question) -> Hint:
    """Find it: the region lights up; a question with a hint of its own (which
    way a stroke goes: where it starts) gives that; the others: the answer's
    first letters."""
    if question.hint:
        return Hint(question.hint)
    if question.mode is Mode.FIND:
        region = question.zone.region
        if region:
            zones = tuple(z for z in zone_set.zones if z.region == region)
            where = zone_set.regions.get(region, region)
            return Hint(
                i18n.fill(QuizText.tr("It is in the lit-up part: {region:lower}."), region=where),
                zones,
            )
        return Hint(QuizText.tr("It is in the lit-up part."), question.zones)
    if question.mode is Mode.SAFETY:
        return Hint(i18n.fill(QuizText.tr("The spot is on the {zone:lower}."), zone=question.name))
    answer = question.right_answer
    letters = answer[:HINT_LETTERS]
    return Hint(
        i18n.fill(QuizText.tr("It begins with \u201c{letters}\u201d."), letters=letters),
        letters=letters,
    )


def progress_mode(mode: Mode, form: str = "") -> str:
    """The mode part of a progress key: side and typed questions are scheduled apart."""
    return form or mode.value


def _plural(name: str) -> bool:
    """'neck muscles' is plural, 'ribs and flank' and 'buttock' are not.

    Only the English sentences depend on it (is / are, that is / those are):
    each has a singular and a plural source text, and every language
    translates both, so nothing else in a translation follows English grammar."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith("ss")


def _shown_now(name: str) -> str:
    """'The kidney area is shown now.'"""
    if _plural(name):
        text = QuizText.tr("The {zone:lower} are shown now.")
    else:
        text = QuizText.tr("The {zone:lower} is shown now.")
    return i18n.fill(text, zone=name)


def _that_is(name: str, verdict: str = "") -> str:
    """'That is the kidney area.', after 'Right: ' or 'Not quite: ' with a verdict."""
    if verdict == "right":
        if not name:
            return QuizText.tr("Right: that is it.")
        if _plural(name):
            text = QuizText.tr("Right: those are the {zone:lower}.")
        else:
            text = QuizText.tr("Right: that is the {zone:lower}.")
    elif verdict == "wrong":
        if not name:
            return QuizText.tr("Not quite: that is it.")
        if _plural(name):
            text = QuizText.tr("Not quite: those are the {zone:lower}.")
        else:
            text = QuizText.tr("Not quite: that is the {zone:lower}.")
    else:
        if not name:
            return QuizText.tr("That is it.")
        if _plural(name):
            text = QuizText.tr("Those are the {zone:lower}.")
        else:
            text = QuizText.tr("That is the {zone:lower}.")
    return i18n.fill(text, zone=name)


def _safety_right(level: str, plural: bool) -> str:
    """The answer to a Safe-or-not question was right."""
    if level == "target":
        if plural:
            return QuizText.tr("Right: the {zone:lower} are a target zone.")
        return QuizText.tr("Right: the {zone:lower} is a target zone.")
    if level == "caution":
        if plural:
            return QuizText.tr("Right: the {zone:lower} are a caution zone.")
        return QuizText.tr("Right: the {zone:lower} is a caution zone.")
    if plural:
        return QuizText.tr("Right: the {zone:lower} are a zone to avoid.")
    return QuizText.tr("Right: the {zone:lower} is a zone to avoid.")


def _safety_more_cautious(level: str, plural: bool) -> str:
    """A Safe-or-not answer more cautious than the truth: wrong, but no safety mistake."""
    if level == "target":
        if plural:
            return QuizText.tr("Not quite: the {zone:lower} are a target zone.")
        return QuizText.tr("Not quite: the {zone:lower} is a target zone.")
    if level == "caution":
        if plural:
            return QuizText.tr("Not quite: the {zone:lower} are a caution zone.")
        return QuizText.tr("Not quite: the {zone:lower} is a caution zone.")
    if plural:
        return QuizText.tr("Not quite: the {zone:lower} are a zone to avoid.")
    return QuizText.tr("Not quite: the {zone:lower} is a zone to avoid.")


def _safety_mistake(level: str, said: str | None, plural: bool) -> str:
    """A Safe-or-not answer less cautious than the truth (``said``: the level answered)."""
    if level == "caution":  # only "target" is less cautious
        if plural:
            return QuizText.tr("Safety mistake: the {zone:lower} are a caution zone, not a target.")
        return QuizText.tr("Safety mistake: the {zone:lower} is a caution zone, not a target.")
    if said == "caution":
        if plural:
            return QuizText.tr(
                "Safety mistake: the {zone:lower} are a zone to avoid, not a caution zone."
            )
        return QuizText.tr(
            "Safety mistake: the {zone:lower} is a zone to avoid, not a caution zone."
        )
    if plural:
        return QuizText.tr("Safety mistake: the {zone:lower} are a zone to avoid, not a target.")
    return QuizText.tr("Safety mistake: the {zone:lower} is a zone to avoid, not a target.")


def _message(
    question: Question,
    correct: bool,
    given: str,
    clicked: Zone | None,
    safety_mistake: bool,
    tries_left: int,
    within: Zone | None = None,
    note: str = "",
    answer_item: str | None = None,
) -> str:
    name = question.name
    if question.mode is Mode.FIND and note:
        if tries_left > 0:
            return f"{note} {_tries(tries_left)}"
        return f"{note} {_shown_now(name)}"
    if question.mode is Mode.FIND:
        if correct and within is not None and clicked is not None:
            if _plural(name):
                text = QuizText.tr(
                    "Right: that spot is the {spot:lower}, which lies on the {zone:lower}, "
                    "so it counts. The rest of the {zone:lower} are shown now."
                )
            else:
                text = QuizText.tr(
                    "Right: that spot is the {spot:lower}, which lies on the {zone:lower}, "
                    "so it counts. The rest of the {zone:lower} is shown now."
                )
            return i18n.fill(text, spot=clicked.name, zone=name)
        if correct:
            return _that_is(name, "right")
        said = _that_is(given) if clicked else QuizText.tr("That is outside the body.")
        if tries_left > 0:
            return f"{said} {_tries(tries_left)}"
        return f"{said} {_shown_now(name)}"
    if question.mode is Mode.SAFETY:
        level = question.zone.safety
        if correct:
            text = _safety_right(level, _plural(name))
        elif safety_mistake:
            text = _safety_mistake(level, answer_item, _plural(name))
        else:
            text = _safety_more_cautious(level, _plural(name))
        return i18n.fill(text, zone=name)
    if question.form == "typed":
        if note:
            return note
        return _that_is(name, "right" if correct else "wrong")
    if correct:
        return i18n.fill(QuizText.tr("Right: {answer}."), answer=question.right_answer)
    return i18n.fill(
        QuizText.tr("Not quite: the answer is {answer}."), answer=question.right_answer
    )


def _tries(left: int) -> str:
    if left == 1:
        return QuizText.tr("One more try.")
    return QuizText.tr("%n more tries.", "two or more tries left", left)


__all__ = [
    "ROUND_SIZES",
    "VIEW_SEPARATOR",
    "WHOLE_BODY",
    "Feedback",
    "Hint",
    "Miss",
    "QuizEngine",
    "QuizRound",
    "RoundOver",
    "RoundResults",
    "RoundSettings",
]
