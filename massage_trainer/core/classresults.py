"""A class's results for one exam: per learner, per zone, and what was left out (no Qt).

``load_class(sources, exam=None)`` takes results files and folders (each
folder's ``*.json`` files), reads every file with ``read_results`` and keeps
those of one exam: the exam given, else the one most files belong to.
Every file left out is listed in ``ClassResults.rejected`` with the reason
(another exam, damaged or edited, not a results file, a copy); nothing is
silently mixed in.  ``learner_rows`` and ``zone_rows`` are the two tables
(zones with safety mistakes first, then the zones missed most), and
``write_learner_csv`` / ``write_zone_csv`` save them atomically.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from massage_trainer.core import i18n, paths
from massage_trainer.core.exam import Exam, ExamFileText, ExamResults, ResultsError, read_results
from massage_trainer.core.safety import SAFETY_WORDS
from massage_trainer.core.savefile import write_atomic

LEARNER_COLUMNS = (
    "learner",
    "score",
    "answered",
    "planned",
    "percent",
    "safety_mistakes",
    "minutes",
    "timed_out",
    "file",
)
ZONE_COLUMNS = (
    "view",
    "zone",
    "name",
    "safety",
    "asked",
    "missed",
    "missed_percent",
    "safety_mistakes",
    "missed_by",
)


@dataclass(frozen=True)
class Rejected:
    """A file not counted, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{paths.display_name(self.path)}: {self.reason}"


@dataclass(frozen=True)
class LearnerRow:
    learner: str
    score: int
    answered: int
    planned: int
    safety_mistakes: int
    duration: float  # seconds
    timed_out: bool
    path: Path

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.planned if self.planned else 0.0


@dataclass(frozen=True)
class ZoneRow:
    """How the class did on one zone kind of one view, over every question kind."""

    view: str
    kind: str
    name: str
    safety: str
    asked: int
    missed: int
    safety_mistakes: int
    missed_by: tuple[str, ...]  # learners, in name order

    @property
    def missed_percent(self) -> float:
        return 100.0 * self.missed / self.asked if self.asked else 0.0


@dataclass
class ClassResults:
    """The files counted (``results``, one exam) and those left out."""

    exam_title: str = ""
    exam_digest: str = ""
    results: list[ExamResults] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def learner_rows(self) -> list[LearnerRow]:
        """One row per results file, by learner name."""
        rows = [
            LearnerRow(
                r.learner,
                r.score,
                r.answered,
                r.planned,
                r.safety_mistakes,
                r.duration,
                r.timed_out,
                r.path or Path(),
            )
            for r in self.results
        ]
        return sorted(rows, key=lambda row: (row.learner.casefold(), str(row.path)))

    def zone_rows(self) -> list[ZoneRow]:
        """One row per zone asked about: safety mistakes first, then the zones
        missed most often (as a share of the times asked), then by name."""
        asked: Counter[tuple[str, str]] = Counter()
        missed: Counter[tuple[str, str]] = Counter()
        mistakes: Counter[tuple[str, str]] = Counter()
        names: dict[tuple[str, str], tuple[str, str]] = {}
        missed_by: dict[tuple[str, str], set[str]] = {}
        for result in self.results:
            for answer in result.answers:
                key = (answer.view, answer.kind)
                asked[key] += 1
                # every zone of a kind shares its name and level
                names.setdefault(key, (answer.name, answer.safety))
                if not answer.correct:
                    missed[key] += 1
                    missed_by.setdefault(key, set()).add(result.learner)
                if answer.safety_mistake:
                    mistakes[key] += 1
        rows = [
            ZoneRow(
                view,
                kind,
                names[(view, kind)][0],
                names[(view, kind)][1],
                asked[(view, kind)],
                missed[(view, kind)],
                mistakes[(view, kind)],
                tuple(sorted(missed_by.get((view, kind), ()), key=str.casefold)),
            )
            for view, kind in asked
        ]
        return sorted(
            rows,
            key=lambda r: (-r.safety_mistakes, -r.missed_percent, -r.missed, r.name, r.view),
        )


def _expand(sources: Iterable[str | Path]) -> tuple[list[Path], list[Rejected]]:
    files: list[Path] = []
    problems: list[Rejected] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                problems.append(
                    Rejected(path, ExamFileText.tr("the folder holds no results files (*.json)"))
                )
            files += found
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


def load_class(sources: Iterable[str | Path], exam: Exam | None = None) -> ClassResults:
    """Read results files and folders of them; never raises for a bad file.

    With ``exam``, only its results count; otherwise the exam most of the
    readable files belong to (on a tie, the one of the first such file).
    """
    files, rejected = _expand(sources)
    readable: list[ExamResults] = []
    for path in files:
        try:
            readable.append(read_results(path))
        except ResultsError as exc:
            rejected.append(Rejected(path, exc.reason))
    if exam is not None:
        digest, title = exam.digest, exam.title
    elif readable:
        counts = Counter(r.exam_digest for r in readable)
        best = max(counts.values())
        digest = next(r.exam_digest for r in readable if counts[r.exam_digest] == best)
        title = next(r.exam_title for r in readable if r.exam_digest == digest)
    else:
        digest, title = "", ""
    out = ClassResults(exam_title=title, exam_digest=digest, rejected=rejected)
    counted: dict[str, Path] = {}  # checksum -> the file counted
    for result in readable:
        path = result.path or Path()
        if result.exam_digest != digest:
            out.rejected.append(
                Rejected(
                    path,
                    i18n.fill(
                        ExamFileText.tr(
                            "from another exam ({exam}, not {counted}); the exam file differs"
                        ),
                        exam=repr(result.exam_title),
                        counted=repr(title),
                    ),
                )
            )
        elif result.checksum in counted:
            first = paths.display_name(counted[result.checksum])
            out.rejected.append(
                Rejected(
                    path, i18n.fill(ExamFileText.tr("a copy of {file}, counted once"), file=first)
                )
            )
        else:
            counted[result.checksum] = path
            out.results.append(result)
    out.rejected.sort(key=lambda r: str(r.path))
    return out


def _csv_bytes(rows: Iterable[Iterable[object]], columns: Iterable[str]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(columns)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8")


def write_learner_csv(results: ClassResults, path: str | Path) -> None:
    """The learner table as CSV, written atomically (``SaveError`` on failure)."""
    rows = [
        (
            r.learner,
            r.score,
            r.answered,
            r.planned,
            f"{r.percent:.0f}",
            r.safety_mistakes,
            f"{r.duration / 60:.1f}",
            "yes" if r.timed_out else "no",
            r.path.name,
        )
        for r in results.learner_rows()
    ]
    write_atomic(Path(path), _csv_bytes(rows, LEARNER_COLUMNS))


def write_zone_csv(results: ClassResults, path: str | Path) -> None:
    """The zone table as CSV, written atomically (``SaveError`` on failure)."""
    rows = [
        (
            r.view,
            r.kind,
            r.name,
            SAFETY_WORDS.get(r.safety, r.safety),
            r.asked,
            r.missed,
            f"{r.missed_percent:.0f}",
            r.safety_mistakes,
            "; ".join(r.missed_by),
        )
        for r in results.zone_rows()
    ]
    write_atomic(Path(path), _csv_bytes(rows, ZONE_COLUMNS))


__all__ = [
    "LEARNER_COLUMNS",
    "ZONE_COLUMNS",
    "ClassResults",
    "LearnerRow",
    "Rejected",
    "ZoneRow",
    "load_class",
    "write_learner_csv",
    "write_zone_csv",
]
