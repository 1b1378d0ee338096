"""Every word the printed and drawn output shows, and every description of
place and stroke, goes through a translation context.

A marking translator wraps each translated text in ⟦ ⟧; what the output
shows is then collected (the strings returned, or every ``drawText`` of the
painting), the marked parts and the content's own words (zone names, rules,
techniques: translated by the content overlays) are taken out, and no letter
may be left over.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QPainter

from massage_trainer.core import i18n
from massage_trainer.core.classresults import LearnerRow, Rejected, ZoneRow
from massage_trainer.core.quiz.statistics import DayCount
from massage_trainer.core.routines import load_routines
from massage_trainer.core.safety import SAFETY_DESCRIPTIONS, SAFETY_WORDS
from massage_trainer.core.strokes import describe_technique, strokes_for, technique_cautions
from massage_trainer.core.timefmt import format_date
from massage_trainer.core.where import describe_point, describe_zone
from massage_trainer.core.zones import load_views
from massage_trainer.paint import charts, classsummary, deck, output, routinecard
from massage_trainer.paint.body import side_marks
from tests.i18n.marking import INNERMOST, marking

DAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def views():
    return load_views()


def _strings(value, seen: set[int] | None = None) -> set[str]:
    """Every text held in a content object (zones, techniques, rules, routines)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return set()
    seen.add(id(value))
    if isinstance(value, str):
        return {value} if any(ch.isalpha() for ch in value) else set()
    out: set[str] = set()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            out |= _strings(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for k, v in value.items():
            out |= _strings(k, seen) | _strings(v, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            out |= _strings(v, seen)
    return out


def leftover(shown: str, content: set[str] = frozenset()) -> str:
    """What of ``shown`` is neither marked nor content: should hold no letter."""
    while True:
        stripped = INNERMOST.sub(" ", shown)
        if stripped == shown:
            break
        shown = stripped
    for text in sorted(content, key=len, reverse=True):
        shown = shown.replace(text, " ")
    return " ".join(w for w in shown.split() if any(ch.isalpha() for ch in w))


def _content(views, *more) -> set[str]:
    out: set[str] = set()
    for zone_set in views.values():
        out |= _strings(zone_set)
        # the content's words as the program lowers their first letter
        out |= {i18n.lower_first(t) for t in _strings(zone_set)}
    for value in more:
        out |= _strings(value)
    # words of other engineers' tables, and dates, which are not this part's
    out |= set(SAFETY_WORDS.values()) | set(SAFETY_DESCRIPTIONS.values())
    out |= {format_date(DAY), i18n.long_date(DAY)}
    return out


@pytest.fixture
def drawn(monkeypatch):
    """Every text painted from now on, in order; texts are never shortened
    (so that no ⟦ ⟧ is cut off by an ellipsis)."""
    texts: list[str] = []
    draw = QPainter.drawText

    def record(self, *args):
        texts.append(str(args[-1]))
        return draw(self, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    monkeypatch.setattr(QFontMetricsF, "elidedText", lambda self, text, mode, width, *a: text)
    return texts


# --- the descriptions ----------------------------------------------------------------
def test_the_descriptions_of_place_and_stroke_are_all_translated(pseudo, views):
    checked = 0
    for zone_set in views.values():
        content = _content({zone_set.view: zone_set})
        texts = [describe_zone(zone_set, zone) for zone in zone_set.zones]
        xmin, ymin, xmax, ymax = zone_set.outline.bounds
        texts += [
            describe_point(zone_set, xmin + (xmax - xmin) * i / 13, ymin + (ymax - ymin) * j / 29)
            for i in range(14)
            for j in range(30)
        ]
        for technique in zone_set.techniques.values():
            texts += describe_technique(technique, zone_set)
            strokes = strokes_for(technique, zone_set)
            texts += [c.text for c in technique_cautions(strokes, zone_set)]
        texts += [mark.text for mark in side_marks(zone_set)]
        for text in texts:
            assert not leftover(text, content), text
            checked += 1
    assert checked > 500


def test_a_text_left_unwrapped_is_found():
    # the check itself: an English word outside the marks is left over
    assert leftover("\u27e6on the \u27e6left knee\u27e7\u27e7, level with the heel") == (
        "level with the heel"
    )
    assert leftover("\u27e6on the \u27e6left knee\u27e7\u27e7, \u27e6level\u27e7") == ""


# --- the printed output --------------------------------------------------------------
def test_the_sheet_and_the_diagram_are_all_translated(qapp, pseudo, drawn, views, tmp_path):
    both = [views["back"], views["front"]]
    output.write_pdf(both, tmp_path / "sheet.pdf", day=DAY)
    output.write_pdf(views["back"], tmp_path / "worksheet.pdf", worksheet=True, day=DAY)
    output.write_png(views["front"], tmp_path / "diagram.png", dpi=40, day=DAY)
    shown = " ".join(drawn)
    assert "\u27e6Page 1 of" in shown and "\u27e6Technique glossary\u27e7" in shown
    assert not leftover(shown, _content(views))
    assert "\u27e6" in output.PAGE_NAMES["letter"]


def test_the_routine_card_is_all_translated(qapp, pseudo, drawn, views, tmp_path):
    zone_set = views["back"]
    routines = load_routines(zone_set, views=views)
    for routine in routines:
        routinecard.write_routine_card(zone_set, routine, tmp_path / f"{routine.id}.pdf")
    assert drawn
    assert not leftover(" ".join(drawn), _content(views, routines))


def test_the_class_summary_is_all_translated(qapp, pseudo, drawn, tmp_path):
    zones = [ZoneRow("back", "spine", "Spine", "avoid", 30, 4, 2, ("Ann",))]
    learners = [
        LearnerRow(f"Learner {i}", 8, 10, 10, i % 2, 400.0, i == 1, Path(f"l{i}.json"))
        for i in range(3)
    ]
    rejected = [Rejected(Path("odd.json"), "not a results file")]

    class Results:
        exam_title = ""  # none: "no exam"

        def zone_rows(self):
            return zones

        def learner_rows(self):
            return learners

    results = Results()
    results.rejected = rejected  # type: ignore[attr-defined]
    classsummary.write_class_summary(results, tmp_path / "class.pdf", day=DAY)  # type: ignore[arg-type]
    content = {"Spine", "Ann", "odd.json", "not a results file", "back"}
    content |= {r.learner for r in learners} | set(SAFETY_WORDS.values())
    content |= {format_date(DAY), i18n.long_date(DAY)}
    shown = " ".join(drawn)
    assert "\u27e6no exam\u27e7" in shown
    assert not leftover(shown, content)
    assert all("\u27e6" in heading for heading in classsummary.ZONE_HEADINGS)


def test_the_charts_and_the_report_are_all_translated(qapp, pseudo, drawn, views, tmp_path):
    zone_set = views["back"]
    days = [DAY - timedelta(days=d) for d in (0, 1, 5)]
    data = charts.StatisticsData(
        title=zone_set.title,
        today=DAY,
        daily=tuple(DayCount(day.isoformat(), 12, 9) for day in sorted(days)),
        streak=2,
        study_days={day.isoformat(): 12 for day in days},
        zones=(charts.ZoneRow("Spine", 12, 9, 1300.0),),
        confusions=(("Spine", "Lower back", 3),),
        safety=tuple((day.isoformat(), 1) for day in days),
    )
    charts.write_report(data, tmp_path / "report.pdf")
    charts.write_charts_png(data, tmp_path / "charts.png")
    shown = " ".join(drawn)
    assert "\u27e6Often confused\u27e7" in shown
    content = _content(views) | {"Spine", "Lower back"}
    # the names of days and months are the locale's (QLocale), not translations
    content |= {charts._month(date(2026, m, 1)) for m in range(1, 13)}
    content |= {i18n.weekday_short(DAY + timedelta(days=d)) for d in range(7)}
    assert not leftover(shown, content)
    empty = dataclasses.replace(data, zones=(), confusions=(), safety=(), daily=())
    for text in (charts.summary_text(empty), charts.daily_description(empty)):
        assert not leftover(text), text


def test_the_anki_deck_words_are_translated_and_its_ids_stay(pseudo, views):
    model = deck.occlusion_model()
    safety = deck.safety_model()
    assert (model.model_id, safety.model_id) == (deck.OCCLUSION_MODEL_ID, deck.SAFETY_MODEL_ID)
    # the ids of every note are its view's, its kind's and its card type's, in any language
    assert deck.note_guid("back", "spine", "safety") == _english_guid("back", "spine", "safety")
    for m in (model, safety):
        assert not leftover(m.name)
        # the fields keep their names in every language: Anki ties them to the note type's id
        assert all(f["name"] in deck.FIELDS for f in m.fields)
        for template in m.templates:
            assert not leftover(template["name"])
            for side in ("qfmt", "afmt"):
                # the cards' own words, once the field names and the markup are out
                words = re.sub(r"\{\{[^}]*\}\}|<[^>]*>", " ", template[side])
                assert not leftover(words), words
    assert not leftover(deck.deck_name())


def _english_guid(view: str, kind: str, card: str) -> str:
    i18n.install(None, None, "en")
    try:
        return deck.note_guid(view, kind, card)
    finally:
        i18n.install(marking, None, "xx")
