"""Typed recall: the learner types the name of the highlighted zone (no Qt).

A typed answer matches a kind when, after folding (lower case, no accents, one
space between words, punctuation dropped, a leading "the" ignored), it is
within a few edits of the kind's name or one of its ``aliases``: none for
names up to four letters, one up to eight, two beyond (``allowed_typos``).
Edits are counted with the optimal-string-alignment distance, so a swapped
pair of letters ("kindey") is one typo.

The distance comes from ``rapidfuzz``: it counts real edits (insertions,
deletions, substitutions and transpositions), which the standard library's
``difflib`` does not (its ratio measures matching blocks, so a swap and two
substitutions can score alike and a rule "by length" cannot be stated in
typos), and it is fast, maintained, and ships wheels for every platform.

The best match wins: the asked kind if it is within reach, else the closest
other kind within reach (so "spine" typed for the kidney area is logged as a
confusion with the spine), else nothing.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from massage_trainer.core import i18n
from massage_trainer.core.quiz.modes import Check, Mode, Question, QuizMode, QuizText
from massage_trainer.core.zones import Zone, fold_text

_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "\u2019\u2018"})


def fold_answer(text: str) -> str:
    """A typed answer or a name, ready to compare."""
    folded = fold_text(text.translate(_PUNCTUATION))
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def allowed_typos(name: str) -> int:
    """How many edits a name of this length may be typed with."""
    letters = len(name.replace(" ", ""))
    return 0 if letters <= 4 else 1 if letters <= 8 else 2


@dataclass(frozen=True)
class Match:
    kind: str
    name: str  # the name or alias matched
    typos: int


class TypeIt(QuizMode):
    """'Type the name of the highlighted area': a Name-it round with ``typed=True``.

    Not a ``Mode`` of its own, so the mode list stays as it is; answered with
    ``QuizRound.answer_text``.
    """

    mode = Mode.NAME

    def names(self, kind: str) -> list[str]:
        zone = self.kinds[kind][0]
        out: list[str] = []
        for name in (zone.name, *zone.aliases):
            folded = fold_answer(name)
            if folded and folded not in out:
                out.append(folded)
        return out

    def match(self, text: str, asked: str | None = None) -> Match | None:
        """The kind a typed answer names (preferring ``asked``), or None."""
        from rapidfuzz.distance import OSA  # on first use: start-up does not need it

        typed = fold_answer(text)
        if not typed:
            return None
        best: Match | None = None
        mine: Match | None = None  # the closest name of the asked kind
        for kind in self.kinds:
            for name in self.names(kind):
                limit = allowed_typos(name)
                typos = OSA.distance(typed, name, score_cutoff=limit)
                if typos > limit:
                    continue
                if kind == asked:
                    if mine is None or typos < mine.typos:
                        mine = Match(kind, name, typos)
                    if typos == 0:
                        return mine  # exactly one of its names: no "allowing for the spelling"
                elif best is None or typos < best.typos:
                    best = Match(kind, name, typos)
        return mine or best

    def build(self, kind: str, rng: random.Random) -> Question:
        zones = tuple(self.kinds[kind])
        return Question(
            self.mode,
            kind,
            zones[0].name,
            QuizText.tr("Type the name of the highlighted area."),
            zones,
            rng.choice(zones),
            form="typed",
        )

    def check(self, question: Question, answer: object) -> Check:
        if not isinstance(answer, str):
            raise ValueError(f"answer a typed question with text, not {answer!r}")
        found = self.match(answer, question.kind)
        given = " ".join(answer.split()) or QuizText.tr("nothing", "what was typed: no text")
        if found is None:
            return Check(correct=False, given=given, answer_item=None)
        zone: Zone = self.kinds[found.kind][0]
        correct = found.kind == question.kind
        note = ""
        if correct and found.typos:
            note = i18n.fill(
                QuizText.tr("Right, allowing for the spelling: it is written \u201c{zone}\u201d."),
                zone=zone.name,
            )
        elif not correct:
            note = i18n.fill(
                QuizText.tr("Not quite: that names the {typed:lower}; this is the {zone:lower}."),
                typed=zone.name,
                zone=question.name,
            )
        return Check(
            correct=correct,
            given=given if correct else zone.name,
            answer_item=found.kind,
            note=note,
        )


__all__ = ["Match", "TypeIt", "allowed_typos", "fold_answer"]
