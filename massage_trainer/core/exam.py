"""Exams set by an instructor, and the results file a learner hands back (no Qt).

An exam file (docs/exam-format.md) is a small YAML file: the views, zones or
regions and question kinds to ask about, how many questions, a time limit,
whether feedback waits until the end, a title and optionally a seed.
``load_exam`` reads and checks it (every problem with file and line) and
returns an ``Exam``; ``ExamError`` lists the problems.

``Exam.plan`` turns an exam into a fixed list of questions (with a seed, the
same list, choices and marked spots for everyone); ``ExamSitting`` runs that
list on the quiz engine, keeps each answer and its time, and makes the
``ExamResults``.  ``write_results`` saves them atomically as JSON with an
HMAC-SHA256 checksum; ``read_results`` refuses a damaged or edited file and
says why.  The checksum guards against accidents and casual edits only: the
key is in the program, so a determined learner can recompute it.

Driving an exam from the UI::

    exam = load_exam(path, {"back": zone_set})   # ExamError: show its problems
    sitting = ExamSitting(exam, {"back": zone_set}, learner_name)
    question = sitting.next_question()           # None at the end; map: sitting.zone_set
    fb = sitting.answer_click(x, y)              # or answer_choice(i) / answer_key(k)
    # show fb.message only if not exam.feedback_at_end; sitting.time_left() for the
    # timer; when sitting.is_over(): write_results(sitting.results(), chosen_path)
    # (suggested_file_name(results) for the save dialog), then list
    # sitting.answers with their right answers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from massage_trainer import __version__
from massage_trainer.core import i18n, paths
from massage_trainer.core.i18n import Tr
from massage_trainer.core.quiz.engine import Feedback, QuizEngine, QuizRound, RoundSettings
from massage_trainer.core.quiz.modes import Mode, Question
from massage_trainer.core.quiz.progress import Progress
from massage_trainer.core.readfile import ReadError, read_regular
from massage_trainer.core.savefile import write_atomic
from massage_trainer.core.schema import Checker, check_format, top_mapping
from massage_trainer.core.yamlsource import DataFileError, Problem, YMap, read_yaml, show
from massage_trainer.core.zones import ZoneFileError, ZoneSet, load_zone_set, read_views

EXAM_KEYS_REQUIRED = ("format", "title", "views", "modes", "questions")
EXAM_KEYS_OPTIONAL = ("zones", "regions", "time_limit_minutes", "feedback", "seed")
FEEDBACK_CHOICES = ("after_each", "at_end")
MAX_QUESTIONS = 500
MAX_MINUTES = 600
MAX_SEED = 2**63 - 1
MAX_NAME = 100  # characters of a learner's name
# data files that sit beside the zone files but are not views

RESULTS_KIND = "massage-trainer exam results"
RESULTS_FORMAT = 1
RESULTS_MAX_BYTES = 2 * 1024 * 1024  # a 500-question exam writes about 150 kB
# The checksum's key is part of the program, so the checksum catches a damaged
# file or one changed in a text editor, not a learner who reads this source.
_CHECKSUM_KEY = b"massage-trainer exam results, checksum key 1"


class ExamFileText(Tr):
    """What an instructor or learner is told about a learner's name and an
    exam's results files (the exam file's own checks stay English)."""


class ExamError(DataFileError):
    """An exam file has problems; ``.problems`` lists them all."""


class ResultsError(DataFileError):
    """A results file cannot be trusted or read; the one problem says why."""

    @property
    def reason(self) -> str:
        return self.problems[0].message if self.problems else ""


def file_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ExamQuestion:
    """One planned question: ask ``mode`` about zone kind ``kind`` on ``view``."""

    view: str
    mode: Mode
    kind: str


@dataclass(frozen=True)
class Exam:
    """A checked exam file.  ``time_limit`` is in seconds (None: untimed)."""

    path: Path
    title: str
    views: tuple[str, ...]
    modes: tuple[Mode, ...]
    questions: int
    zones: tuple[str, ...] = ()  # zone kinds; empty with no regions: every zone
    regions: tuple[str, ...] = ()
    time_limit: float | None = None
    feedback_at_end: bool = False
    seed: int | None = None
    digest: str = ""  # of the file's bytes: results name the exam they belong to
    candidates: tuple[ExamQuestion, ...] = field(default=(), repr=False)

    def plan(self, seed: int | None = None) -> list[ExamQuestion]:
        """The questions to ask, grouped by view in the exam's order.

        ``seed`` defaults to the exam's; with neither, a fresh one each time.
        """
        if seed is None:
            seed = self.seed
        if seed is None:
            seed = random.SystemRandom().getrandbits(63)
        picked = list(self.candidates)
        random.Random(seed).shuffle(picked)
        picked = picked[: self.questions]
        order = {view: i for i, view in enumerate(self.views)}
        picked.sort(key=lambda q: order[q.view])  # stable: the shuffle stays within a view
        return picked

    def round_settings(self, seed: int, time_limit: float | None) -> RoundSettings:
        """The engine's settings for this exam's questions on one view."""
        return RoundSettings(
            mode=self.modes[0], count=None, time_limit=time_limit, practice=False, seed=seed
        )


def load_exam(path: str | Path, zone_sets: Mapping[str, ZoneSet | Path] | None = None) -> Exam:
    """Read and check an exam file; raises ``ExamError`` listing every problem.

    ``zone_sets`` maps view names to the zone sets to ask about (or to zone
    files, loaded when the exam names them); by default the built-in views.
    """
    path = Path(path)
    name = paths.display_name(path)
    data, problems = read_yaml(path, name)
    if data is None:
        raise ExamError(problems)
    checker = Checker(name)
    checker.problems = problems
    exam = _parse(checker, data, path, zone_sets)
    if checker.problems or exam is None:
        raise ExamError(checker.problems)
    try:
        raw = read_regular(path)
    except OSError as exc:  # gone or replaced since it was read
        raise ExamError([Problem(name, 0, None, f"cannot read the file: {exc}")]) from None
    return replace(exam, digest=file_digest(raw))


def _load_views(
    checker: Checker, top: YMap, zone_sets: Mapping[str, ZoneSet | Path] | None
) -> dict[str, ZoneSet]:
    available: Mapping[str, Any] = zone_sets if zone_sets is not None else read_views()
    out: dict[str, ZoneSet] = {}
    if "views" not in top:
        return out
    names = checker.id_list(top, "views")
    seq = top["views"]
    if not names and isinstance(seq, list) and not seq:
        checker.add(top.line_of("views"), "'views' lists no view; name at least one, e.g. [back]")
    for index, view in enumerate(names):
        line = seq.line_of(index) if hasattr(seq, "line_of") else top.line_of("views")
        if view in out:
            checker.add(line, f"the view {view!r} is listed twice; keep one")
            continue
        if view not in available:
            known = ", ".join(available) or "none"
            checker.add(line, f"there is no view {view!r}; the views are: {known}")
            continue
        source = available[view]
        if isinstance(source, ZoneSet):
            out[view] = source
            continue
        try:
            out[view] = load_zone_set(source)
        except ZoneFileError as exc:
            checker.problems += exc.problems
    return out


def _modes(checker: Checker, top: YMap) -> list[Mode]:
    out: list[Mode] = []
    if "modes" not in top:
        return out
    seq = checker.sequence(top["modes"], "'modes'", top.line_of("modes"))
    if seq is None:
        return out
    if not seq:
        checker.add(seq.line, "'modes' lists no question kind; name at least one, e.g. [find]")
    allowed = ", ".join(m.value for m in Mode)
    for index, value in enumerate(seq):
        line = seq.line_of(index)
        try:
            mode = Mode(value)
        except ValueError:
            checker.add(line, f"unknown question kind {show(value)}; use one of {allowed}")
            continue
        if mode in out:
            checker.add(line, f"the question kind {mode.value!r} is listed twice; keep one")
            continue
        out.append(mode)
    return out


def _selection(
    checker: Checker, top: YMap, key: str, views: Mapping[str, ZoneSet]
) -> tuple[list[str], list[int]]:
    """The zone kinds (key 'zones') or regions named, each with its line."""
    out: list[str] = []
    lines: list[int] = []
    if key not in top or top[key] is None:
        return out, lines
    seq = checker.sequence(top[key], repr(key), top.line_of(key))
    if seq is None:
        return out, lines
    names = ", ".join(views) or "no view"
    for index, value in enumerate(seq):
        line = seq.line_of(index)
        if not isinstance(value, str) or not value.strip():
            checker.add(line, f"each entry of {key!r} must be an id, not {show(value)}")
            continue
        value = value.strip()
        if key == "regions":
            found = value if any(value in zs.regions for zs in views.values()) else None
            what = "region"
        else:  # a zone id (kidney_left) stands for its kind (kidney), the pair
            found = None
            for zs in views.values():
                zone = zs.get(value)
                if value in zs.kinds() or zone is not None:
                    found = zone.kind if zone is not None else value
                    break
            what = "zone"
        if found is None:
            if views:
                checker.add(line, f"there is no {what} {value!r} in {names}")
            continue
        if found in out:
            checker.add(line, f"the {what} {value!r} is listed twice; keep one")
            continue
        out.append(found)
        lines.append(line)
    return out, lines


def _parse(
    checker: Checker, data: Any, path: Path, zone_sets: Mapping[str, ZoneSet | Path] | None
) -> Exam | None:
    top = top_mapping(checker, data)
    if top is None or not check_format(checker, top):
        return None
    checker.keys(top, EXAM_KEYS_REQUIRED, EXAM_KEYS_OPTIONAL, "the exam file")
    title = checker.text(top, "title")
    views = _load_views(checker, top, zone_sets)
    modes = _modes(checker, top)
    kinds, _ = _selection(checker, top, "zones", views)
    regions, _ = _selection(checker, top, "regions", views)
    count = checker.integer(top, "questions", default=0, minimum=1, maximum=MAX_QUESTIONS)
    time_limit = None
    if top.get("time_limit_minutes") is not None:
        minutes = checker.number(
            top["time_limit_minutes"],
            "'time_limit_minutes'",
            top.line_of("time_limit_minutes"),
            positive=True,
        )
        if minutes is not None and minutes > MAX_MINUTES:
            checker.add(
                top.line_of("time_limit_minutes"),
                f"'time_limit_minutes' is at most {MAX_MINUTES}, not {show(minutes)}",
            )
        elif minutes is not None:
            time_limit = minutes * 60.0
    feedback = checker.choice(top, "feedback", FEEDBACK_CHOICES, default="after_each")
    seed = None
    if top.get("seed") is not None:
        seed = checker.integer(top, "seed", default=0, minimum=0, maximum=MAX_SEED)

    candidates: list[ExamQuestion] = []
    for mode in modes:
        found = 0
        for view, zone_set in views.items():
            engine = QuizEngine(zone_set)
            for kind in engine.eligible_kinds(mode):
                zone = zone_set.kinds()[kind][0]
                chosen = not kinds and not regions
                if kind in kinds or zone.region in regions or chosen:
                    candidates.append(ExamQuestion(view, mode, kind))
                    found += 1
        if views and not found and len(views) == len(_written_views(top)):
            checker.add(
                top.line_of("modes"),
                f"the question kind {mode.value!r} has no question about the zones chosen; "
                "choose other zones or regions, or remove it",
            )
    if count and views and modes and len(candidates) < count and not checker.problems:
        checker.add(
            top.line_of("questions"),
            f"the exam asks for {count} questions, but its views, zones and question kinds "
            f"give only {len(candidates)}; lower 'questions' or choose more",
        )
    if checker.problems:
        return None
    return Exam(
        path=path,
        title=title,
        views=tuple(views),
        modes=tuple(modes),
        questions=count,
        zones=tuple(kinds),
        regions=tuple(regions),
        time_limit=time_limit,
        feedback_at_end=feedback == "at_end",
        seed=seed,
        candidates=tuple(candidates),
    )


def _written_views(top: YMap) -> list[str]:
    """The views as written (for telling whether every one of them loaded)."""
    value = top.get("views")
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


# --- sitting an exam ------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    """One finished question of an exam, as the results file keeps it.

    ``zone`` is the zone shown (or, for a safety question, the zone under the
    spot), ``safety`` its level; ``correct`` means right at the first try.
    """

    number: int
    view: str
    mode: str
    kind: str
    zone: str
    name: str
    safety: str
    given: tuple[str, ...]
    right_answer: str
    correct: bool
    safety_mistake: bool
    seconds: float


@dataclass(frozen=True)
class ExamResults:
    """What a learner hands back.  ``path`` is set by ``read_results``."""

    learner: str
    exam_title: str
    exam_digest: str
    seed: int
    started: str  # ISO 8601, UTC
    duration: float
    timed_out: bool
    planned: int
    answers: tuple[Answer, ...]
    program: str = f"massage-trainer {__version__}"
    checksum: str = ""
    path: Path | None = None

    @property
    def score(self) -> int:
        return sum(a.correct for a in self.answers)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def safety_mistakes(self) -> int:
        return sum(a.safety_mistake for a in self.answers)


class ExamSitting:
    """One learner sitting one exam: the questions of ``Exam.plan`` asked through
    one quiz round per view, under one time limit for the whole exam.

    Answer with ``answer_click`` / ``answer_choice`` / ``answer_key`` as in a
    round; when ``exam.feedback_at_end`` the UI keeps each ``Feedback`` to itself
    until the end, and Find it takes one click (a click beside the body still
    uses none), since a second try would tell that the first was wrong.  Exam
    answers touch neither the learner's practice progress nor the answer log.
    """

    def __init__(
        self,
        exam: Exam,
        zone_sets: Mapping[str, ZoneSet],
        learner: str,
        clock: Callable[[], float] = time.time,
        seed: int | None = None,
    ) -> None:
        if not learner.strip():
            raise ValueError(ExamFileText.tr("the learner's name is empty; type a name first"))
        if len(learner.strip()) > MAX_NAME:
            raise ValueError(
                ExamFileText.tr("the learner's name is longer than %n characters", "", MAX_NAME)
            )
        missing = [v for v in exam.views if v not in zone_sets]
        if missing:
            raise ValueError(f"no zone set given for the view(s) {', '.join(missing)}")
        self.exam = exam
        self.learner = " ".join(learner.split())
        self.clock = clock
        if seed is None:
            seed = exam.seed if exam.seed is not None else random.SystemRandom().getrandbits(63)
        self.seed = seed
        self.plan = exam.plan(seed)
        self._engines = {
            view: QuizEngine(zone_sets[view], Progress(), clock) for view in exam.views
        }
        self._segments: list[tuple[str, list[tuple[Mode, str]]]] = []
        for q in self.plan:
            if not self._segments or self._segments[-1][0] != q.view:
                self._segments.append((q.view, []))
            self._segments[-1][1].append((q.mode, q.kind))
        self.started_at = clock()
        self.started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._segment = -1
        self.round: QuizRound | None = None
        self.view: str | None = None
        self._asked_at = 0.0
        self._given: list[str] = []
        self._answers: list[Answer] = []
        self._ended_at: float | None = None

    @property
    def planned(self) -> int:
        return len(self.plan)

    @property
    def zone_set(self) -> ZoneSet | None:
        """The zone set of the current question's view (the map to show)."""
        return self._engines[self.view].zone_set if self.view else None

    @property
    def deadline(self) -> float | None:
        limit = self.exam.time_limit
        return None if limit is None else self.started_at + limit

    def time_left(self) -> float | None:
        if self.deadline is None:
            return None
        end = self._ended_at if self._ended_at is not None else self.clock()
        return max(0.0, self.deadline - end)

    def elapsed(self) -> float:
        end = self._ended_at if self._ended_at is not None else self.clock()
        if self.deadline is not None:
            end = min(end, self.deadline)
        return max(0.0, end - self.started_at)

    def timed_out(self) -> bool:
        return (
            self.deadline is not None
            and self.clock() >= self.deadline
            and (self._ended_at is None or self._ended_at >= self.deadline)
        )

    def is_over(self) -> bool:
        if self._ended_at is not None:
            return True
        if self.deadline is not None and self.clock() >= self.deadline:
            self._ended_at = self.deadline
            return True
        return False

    def next_question(self) -> Question | None:
        """The next question (its view in ``self.view``), or None at the end."""
        if self.is_over():
            return None
        while True:
            if self.round is not None:
                question = self.round.next_question()
                if question is not None:
                    if self.exam.feedback_at_end and question.max_tries > 1:
                        # "try again" would tell the learner the click was wrong
                        question = replace(question, max_tries=1)
                        self.round.current = question
                    self._asked_at = self.clock()
                    self._given = []
                    return question
                if self.round.timed_out():
                    self._ended_at = self.deadline
                    return None
            self._segment += 1
            if self._segment >= len(self._segments):
                self._ended_at = self.clock()
                self.round = None
                return None
            view, plan = self._segments[self._segment]
            left = self.time_left()
            segment_seed = _derived_seed(self.seed, self._segment, view)
            engine = self._engines[view]
            settings = self.exam.round_settings(segment_seed, left)
            self.round = QuizRound(engine, settings, plan, random.Random(segment_seed))
            self.view = view

    def _current(self) -> QuizRound:
        if self.round is None or self.is_over():
            raise RuntimeError("no question is open")
        return self.round

    def answer_click(self, x: float, y: float) -> Feedback:
        return self._record(self._current().answer_click(x, y))

    def answer_choice(self, index: int) -> Feedback:
        return self._record(self._current().answer_choice(index))

    def answer_key(self, key: str) -> Feedback | None:
        feedback = self._current().answer_key(key)
        return None if feedback is None else self._record(feedback)

    def _record(self, feedback: Feedback) -> Feedback:
        self._given.append(feedback.given)
        if feedback.done and len(self._answers) + 1 >= self.planned:
            self._ended_at = self.clock()  # the last answer ends the exam (and its clock)
        if feedback.done:
            q = feedback.question
            self._answers.append(
                Answer(
                    number=len(self._answers) + 1,
                    view=self.view or "",
                    mode=q.mode.value,
                    kind=q.kind,
                    zone=q.zone.id,
                    name=q.zone.name,
                    safety=q.zone.safety,
                    given=tuple(self._given),
                    right_answer=feedback.right_answer,
                    correct=feedback.first_try,
                    safety_mistake=feedback.safety_mistake,
                    seconds=round(max(0.0, self.clock() - self._asked_at), 2),
                )
            )
        return feedback

    @property
    def answers(self) -> tuple[Answer, ...]:
        return tuple(self._answers)

    def results(self) -> ExamResults:
        """The results so far (final once ``is_over()``)."""
        return ExamResults(
            learner=self.learner,
            exam_title=self.exam.title,
            exam_digest=self.exam.digest,
            seed=self.seed,
            started=self.started,
            duration=round(self.elapsed(), 2),
            timed_out=self.timed_out(),
            planned=self.planned,
            answers=tuple(self._answers),
        )


def suggested_file_name(results: ExamResults) -> str:
    """A file name for the results: the learner and the exam, in plain letters."""

    def plain(text: str) -> str:
        words = "".join(c if c.isalnum() else " " for c in text.casefold()).split()
        return "-".join(words)[:40].strip("-")

    stem = "-".join(part for part in (plain(results.learner), plain(results.exam_title)) if part)
    return f"{stem or 'results'}.results.json"


def _derived_seed(seed: int, index: int, view: str) -> int:
    digest = hashlib.sha256(f"{seed}/{index}/{view}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


# --- the results file -----------------------------------------------------------
ANSWER_FIELDS: dict[str, type | tuple[type, ...]] = {
    "number": int,
    "view": str,
    "mode": str,
    "kind": str,
    "zone": str,
    "name": str,
    "safety": str,
    "given": list,
    "right_answer": str,
    "correct": bool,
    "safety_mistake": bool,
    "seconds": (int, float),
}
RESULT_FIELDS: dict[str, type | tuple[type, ...]] = {
    "format": int,
    "kind": str,
    "program": str,
    "learner": str,
    "exam_title": str,
    "exam_digest": str,
    "seed": int,
    "started": str,
    "duration": (int, float),
    "timed_out": bool,
    "planned": int,
    "answered": int,
    "score": int,
    "safety_mistakes": int,
    "answers": list,
    "checksum": str,
}


def _canonical(document: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "checksum"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _checksum(document: Mapping[str, Any]) -> str:
    mac = hmac.new(_CHECKSUM_KEY, _canonical(document), hashlib.sha256)
    return "hmac-sha256:" + mac.hexdigest()


def results_document(results: ExamResults) -> dict[str, Any]:
    """The results as the JSON document written to disk, checksum included."""
    document: dict[str, Any] = {
        "format": RESULTS_FORMAT,
        "kind": RESULTS_KIND,
        "program": results.program,
        "learner": results.learner,
        "exam_title": results.exam_title,
        "exam_digest": results.exam_digest,
        "seed": results.seed,
        "started": results.started,
        "duration": results.duration,
        "timed_out": results.timed_out,
        "planned": results.planned,
        "answered": results.answered,
        "score": results.score,
        "safety_mistakes": results.safety_mistakes,
        "answers": [
            {
                "number": a.number,
                "view": a.view,
                "mode": a.mode,
                "kind": a.kind,
                "zone": a.zone,
                "name": a.name,
                "safety": a.safety,
                "given": list(a.given),
                "right_answer": a.right_answer,
                "correct": a.correct,
                "safety_mistake": a.safety_mistake,
                "seconds": a.seconds,
            }
            for a in results.answers
        ],
    }
    document["checksum"] = _checksum(document)
    return document


def write_results(results: ExamResults, path: str | Path) -> None:
    """Save the results atomically (raises ``SaveError`` with a reason)."""
    text = json.dumps(results_document(results), indent=2, ensure_ascii=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"))


def read_results(path: str | Path) -> ExamResults:
    """Read a results file; raises ``ResultsError`` saying why it cannot be
    trusted: unreadable, damaged, not a results file, or edited since written."""
    path = Path(path)
    name = paths.display_name(path)

    def fail(message: str, line: int = 0) -> ResultsError:
        return ResultsError([Problem(name, line, None, message)])

    try:  # a pipe, a device or a file too large is refused, never waited on
        raw = read_regular(path, RESULTS_MAX_BYTES)
    except ReadError as exc:
        if str(exc).startswith("the file is"):  # larger than the limit
            raise fail(
                ExamFileText.tr("the file is too large to be a results file of this program")
            ) from None
        raise fail(i18n.fill(ExamFileText.tr("cannot read the file: {error}"), error=exc)) from None
    if not raw.strip():
        raise fail(ExamFileText.tr("the file is empty; it was damaged or never finished writing"))
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise fail(ExamFileText.tr("damaged: the file is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise fail(
            i18n.fill(ExamFileText.tr("damaged: not valid JSON ({error})"), error=exc.msg),
            exc.lineno,
        ) from None
    except ValueError as exc:
        raise fail(_damaged(exc)) from None
    if not isinstance(document, dict) or document.get("kind") != RESULTS_KIND:
        raise fail(ExamFileText.tr("not a results file of this program"))
    if document.get("format") != RESULTS_FORMAT:
        raise fail(
            i18n.fill(
                ExamFileText.tr(
                    "results format {format} is not supported; "
                    "this program reads format {supported} (update the program)"
                ),
                format=show(document.get("format")),
                supported=RESULTS_FORMAT,
            )
        )
    checksum = document.get("checksum")
    if not isinstance(checksum, str) or not checksum:
        raise fail(ExamFileText.tr("the file has no checksum, so it cannot be trusted"))
    if not hmac.compare_digest(checksum, _checksum(document)):
        raise fail(
            ExamFileText.tr("edited or damaged: the checksum does not match what the file holds")
        )
    problem = _shape_problem(document)
    if problem:
        raise fail(_damaged(problem))
    answers = tuple(
        Answer(**{**a, "given": tuple(a["given"]), "seconds": float(a["seconds"])})
        for a in document["answers"]
    )
    results = ExamResults(
        learner=document["learner"],
        exam_title=document["exam_title"],
        exam_digest=document["exam_digest"],
        seed=document["seed"],
        started=document["started"],
        duration=float(document["duration"]),
        timed_out=document["timed_out"],
        planned=document["planned"],
        answers=answers,
        program=document["program"],
        checksum=checksum,
        path=path,
    )
    for key in ("answered", "score", "safety_mistakes"):
        if document[key] != getattr(results, key):
            raise fail(
                _damaged(
                    i18n.fill(
                        ExamFileText.tr("{key} does not agree with the answers it lists"),
                        key=repr(key),
                    )
                )
            )
    return results


def _damaged(problem: object) -> str:
    """Why a results file is refused: 'damaged: ...'."""
    return i18n.fill(
        ExamFileText.tr("damaged: {problem}", "a results file: what is wrong with it"),
        problem=problem,
    )


def _refuse_constant(text: str) -> Any:
    raise ValueError(
        i18n.fill(ExamFileText.tr("{value} is not a number a results file holds"), value=text)
    )


def _type_ok(value: Any, kind: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return kind is bool
    return isinstance(value, kind)


def _shape_problem(document: Mapping[str, Any]) -> str:
    """What is wrong with the shape of a checksummed document, or ''."""
    for key, kind in RESULT_FIELDS.items():
        if key not in document:
            return i18n.fill(ExamFileText.tr("the key {key} is missing"), key=repr(key))
        if not _type_ok(document[key], kind):
            return i18n.fill(
                ExamFileText.tr("{key} holds {value}"), key=repr(key), value=show(document[key])
            )
    extra = sorted(set(document) - set(RESULT_FIELDS))
    if extra:
        return i18n.fill(ExamFileText.tr("unknown key {key}"), key=repr(extra[0]))
    for index, answer in enumerate(document["answers"], start=1):
        if not isinstance(answer, dict) or set(answer) != set(ANSWER_FIELDS):
            return i18n.fill(
                ExamFileText.tr("answer {number} does not have the keys of an answer"),
                number=index,
            )
        for key, kind in ANSWER_FIELDS.items():
            if not _type_ok(answer[key], kind):
                return i18n.fill(
                    ExamFileText.tr("answer {number}: {key} holds {value}"),
                    number=index,
                    key=repr(key),
                    value=show(answer[key]),
                )
        if not all(isinstance(g, str) for g in answer["given"]):
            return i18n.fill(
                ExamFileText.tr("answer {number}: 'given' must list texts"), number=index
            )
    if len(document["answers"]) > document["planned"]:
        return ExamFileText.tr("more answers than planned questions")
    return ""


__all__ = [
    "Answer",
    "Exam",
    "ExamError",
    "ExamFileText",
    "ExamQuestion",
    "ExamResults",
    "ExamSitting",
    "ResultsError",
    "load_exam",
    "read_results",
    "results_document",
    "suggested_file_name",
    "write_results",
]
