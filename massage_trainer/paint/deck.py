"""Anki decks of the zones: ``write_deck(zone_sets, path)`` writes an .apkg.

Two notes per zone kind (a left/right pair is one) and view:

- an image-occlusion card: the body map with the zone masked on the front;
  its name, safety level and the reason on the back, the zone shown;
- a safety card: the zone outlined on a map without colours or patterns and
  the question "Target, caution or avoid?"; the answer and the reason on the
  back, with any more cautious zone that lies inside it.

The images are painted by ``paint.body.paint_body`` onto a ``QImage`` and go
into the package as PNG files.  The note types, the deck and every note keep
fixed ids (a note's guid comes from its view, zone kind and card type), so
importing a newer export into Anki updates the cards instead of adding copies.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import genanki
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from massage_trainer.core import i18n
from massage_trainer.core.colours import HIGHLIGHT, SECONDARY_TEXT
from massage_trainer.core.i18n import QT_TRANSLATE_NOOP, Tr, fill
from massage_trainer.core.safety import LEVELS, SAFETY_RANK, SAFETY_WORDS
from massage_trainer.core.savefile import SaveError, atomic_output, zip_complete
from massage_trainer.core.zones import Zone, ZoneSet
from massage_trainer.paint.body import (
    SAFETY_DESCRIPTIONS,
    RenderOptions,
    fit_transform,
    paint_body,
    paint_overlay,
    scene_for,
)
from massage_trainer.paint.output import ensure_gui_application


class DeckText(Tr):
    """Texts of the Anki deck: its name, the note types, the cards' words."""


# Fixed for good: Anki recognises the note types and the deck by these ids,
# in every language (the names and the words on the cards are translated)
OCCLUSION_MODEL_ID = 1209635518
SAFETY_MODEL_ID = 1194150208
DECK_ID = 1126006985
DECK_NAME = QT_TRANSLATE_NOOP("DeckText", "Massage Trainer: zones")

IMAGE_HEIGHT = 900  # pixels; the whole body, sharp on a phone
DOTS_PER_METRE = round(150 / 0.0254)  # 150 dpi
PNG_QUALITY = 80  # Qt's PNG "quality" trades size for speed: 80 is light zlib work
MASK_FILL = "#3d3d5c"  # a slate no safety level uses
MASK_EDGE = "#ffffff"
SMALL_ZONE = 4.0  # cm: a zone whose box is smaller gets a ring so it can be found
RING = 3.5  # cm, the ring's radius
TIGHT = 0.05  # cm²: zones sharing only a border do not count as lying inside

# the notes' fields, in this order; a learner sees their names in Anki's editor
FIELDS = [
    QT_TRANSLATE_NOOP("DeckText", "Key"),
    QT_TRANSLATE_NOOP("DeckText", "View"),
    QT_TRANSLATE_NOOP("DeckText", "Name"),
    QT_TRANSLATE_NOOP("DeckText", "Safety"),
    QT_TRANSLATE_NOOP("DeckText", "Why"),
    QT_TRANSLATE_NOOP("DeckText", "Inside"),
    QT_TRANSLATE_NOOP("DeckText", "Front image"),
    QT_TRANSLATE_NOOP("DeckText", "Back image"),
]

# Anki's own card colours (day and night); the level badges and the quieter
# text take the program's tables, which are checked for contrast
CSS = (
    """\
.card { font-family: sans-serif; font-size: 18px; text-align: center;
        color: #202020; background: #ffffff; }
.nightMode .card { color: #e8e8e8; background: #2b2b2b; }
img { max-height: 70vh; max-width: 100%; }
.prompt { font-size: 20px; margin: 0.4em 0; }
.name { font-size: 24px; font-weight: bold; margin: 0.3em 0; }
.level { display: inline-block; padding: 0.15em 0.7em; border-radius: 0.4em;
         font-weight: bold; }
.why { text-align: left; max-width: 36em; margin: 0.8em auto; line-height: 1.4; }
.inside { font-weight: bold; margin: 0.5em auto; max-width: 36em; }
"""
    + "".join(
        f".level.{labels.level} {{ background: {labels.badge}; color: {labels.badge_ink}; }}\n"
        for labels in LEVELS
    )
    + f".view {{ color: {SECONDARY_TEXT['light']}; font-size: 14px; }}\n"
    + f".nightMode .view {{ color: {SECONDARY_TEXT['dark']}; }}\n"
)

_BACK = """\
{{FrontSide}}
<hr id=answer>
<div class="name">{{Name}}</div>
<div>{{Safety}}</div>
{{#Inside}}<div class="inside">{{Inside}}</div>{{/Inside}}
<div class="why">{{Why}}</div>
<div>{{Back image}}</div>
"""


def field_names() -> list[str]:
    """The fields' names: the same in every language.  Anki ties a note type's
    fields to its id, so a deck exported in German after one in English must
    name them alike to update the cards instead of adding a second note type;
    the learner sees the cards' words, which are translated, not these."""
    return list(FIELDS)


def deck_name() -> str:
    """The deck's name in the learner's language (its id stays ``DECK_ID``)."""
    return i18n.translated("DeckText", DECK_NAME)


def _template(text: str, names: list[str]) -> str:
    """A card template with the fields named as ``names`` (English ids in ``text``)."""
    for english, name in zip(FIELDS, names, strict=True):
        text = text.replace("{{" + english + "}}", "{{" + name + "}}")
        text = text.replace("{{#" + english + "}}", "{{#" + name + "}}")
        text = text.replace("{{/" + english + "}}", "{{/" + name + "}}")
    return text


def _prompt(text: str) -> str:
    return f'<div class="prompt">{html.escape(text)}</div>'


def occlusion_model() -> genanki.Model:
    """The image-occlusion note type, its words in the learner's language."""
    names = field_names()
    front = (
        '<div class="view">{{View}}</div>'
        + _prompt(DeckText.tr("Which zone is under the dark mask?"))
        + '<div class="front-image">{{Front image}}</div>'
    )
    return genanki.Model(
        OCCLUSION_MODEL_ID,
        DeckText.tr("Massage Trainer: masked zone"),
        fields=[{"name": f} for f in names],
        templates=[
            {
                "name": DeckText.tr("What is under the mask?"),
                "qfmt": _template(front, names),
                "afmt": _template(
                    _BACK.replace("{{FrontSide}}", '<div class="view">{{View}}</div>'), names
                ),
            }
        ],
        css=CSS,
    )


def safety_model() -> genanki.Model:
    """The safety note type, its words in the learner's language."""
    names = field_names()
    front = (
        '<div class="view">{{View}}</div>'
        '<div class="name">{{Name}}</div>'
        + _prompt(DeckText.tr("Target, caution or avoid?"))
        + "<div>{{Front image}}</div>"
    )
    return genanki.Model(
        SAFETY_MODEL_ID,
        DeckText.tr("Massage Trainer: target, caution or avoid"),
        fields=[{"name": f} for f in names],
        templates=[
            {
                "name": DeckText.tr("Target, caution or avoid?", "the safety card's name"),
                "qfmt": _template(front, names),
                "afmt": _template(
                    _BACK.replace("{{FrontSide}}", '<div class="view">{{View}}</div>'), names
                ),
            }
        ],
        css=CSS,
    )


def __getattr__(name: str) -> genanki.Model:
    """``OCCLUSION_MODEL`` and ``SAFETY_MODEL``: the note types, made when
    asked for, in the language of that moment (never kept)."""
    if name == "OCCLUSION_MODEL":
        return occlusion_model()
    if name == "SAFETY_MODEL":
        return safety_model()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class DeckSummary:
    """What a deck holds."""

    notes: int
    cards: int
    media: int


def media_name(view: str, kind: str, picture: str) -> str:
    """The file name of a card image; stable, so a re-export replaces the old one."""
    return f"massage-trainer-{view}-{kind}-{picture}.png"


def note_guid(view: str, kind: str, card: str) -> str:
    return genanki.guid_for(view, kind, card)


def _image_size(zone_set: ZoneSet, margin: float) -> tuple[int, int]:
    bounds = scene_for(zone_set).bounds
    width = bounds.width() + 2 * margin
    height = bounds.height() + 2 * margin
    return max(1, round(IMAGE_HEIGHT * width / height)), IMAGE_HEIGHT


class _Painter:
    """Card images of one zone set: the two base maps (with and without
    colours) are painted once; each card copies one and marks its zones."""

    def __init__(self, zone_set: ZoneSet) -> None:
        self.zone_set = zone_set
        self.options = {
            colours: RenderOptions(
                colours=colours,
                patterns=colours,
                labels=False,
                lines=False,
                pressure_points=False,
                background=QColor("#ffffff"),
            )
            for colours in (True, False)
        }
        width, height = _image_size(zone_set, self.options[True].margin)
        self.rect = QRectF(0, 0, width, height)
        self.transform = fit_transform(scene_for(zone_set).bounds, self.rect, 2.0)
        self.base = {colours: self._base(colours) for colours in (True, False)}

    def _base(self, colours: bool) -> QImage:
        image = QImage(int(self.rect.width()), int(self.rect.height()), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(DOTS_PER_METRE)  # point sizes come out as on paper
        image.setDotsPerMeterY(DOTS_PER_METRE)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            paint_body(painter, self.zone_set, self.rect, self.options[colours], self.transform)
        finally:
            painter.end()
        return image

    def save(self, zones: Sequence[Zone], out: Path, *, colours: bool, mask: bool) -> None:
        """The map with ``zones`` masked (``mask``) or outlined, saved as PNG."""
        image = self.base[colours].copy()
        painter = QPainter(image)
        try:
            if not mask:  # the renderer's own highlight
                options = replace(self.options[colours], highlighted=frozenset(z.id for z in zones))
                paint_overlay(painter, self.zone_set, self.transform, options)
            _mark(painter, self.zone_set, zones, self.transform, mask)
        finally:
            painter.end()
        if not image.save(str(out), "PNG", PNG_QUALITY):  # type: ignore[call-overload]
            raise SaveError(fill(DeckText.tr("cannot write the card image {name}"), name=out.name))


def _mark(painter: QPainter, zone_set: ZoneSet, zones: Sequence[Zone], transform, mask: bool):
    """Cover the zones (mask) or ring the small ones, so every zone can be found."""
    scene = scene_for(zone_set)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setTransform(transform, True)
    unit = 1.0 / (transform.m11() or 1.0)  # one pixel in cm
    colour = QColor(MASK_FILL if mask else HIGHLIGHT)
    for zone in zones:
        path: QPainterPath = scene.paths[zone.id]
        if mask:
            painter.fillPath(path, colour)
            painter.strokePath(path, QPen(QColor(MASK_EDGE), 1.5 * unit))
        xmin, ymin, xmax, ymax = zone.geometry.bounds
        if max(xmax - xmin, ymax - ymin) < SMALL_ZONE:
            centre = QPointF((xmin + xmax) / 2, (ymin + ymax) / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#ffffff"), 5.0 * unit))
            painter.drawEllipse(centre, RING, RING)
            painter.setPen(QPen(colour, 3.0 * unit))
            painter.drawEllipse(centre, RING, RING)
    painter.restore()


def _stricter_inside(zone_set: ZoneSet, zones: Sequence[Zone]) -> list[Zone]:
    """Zones more cautious than this kind that lie over part of it, one per kind."""
    level = SAFETY_RANK[zones[0].safety]
    ids = {z.id for z in zones}
    found: dict[str, Zone] = {}
    for other in zone_set.zones:
        if other.id in ids or SAFETY_RANK[other.safety] <= level or other.kind in found:
            continue
        if any(other.geometry.intersection(z.geometry).area > TIGHT for z in zones):
            found[other.kind] = other
    return list(found.values())


def _fields(zone_set: ZoneSet, kind: str, zones: Sequence[Zone], front: str, back: str):
    zone = zones[0]
    level = zone.safety
    safety = (
        f'<span class="level {level}">{html.escape(SAFETY_WORDS[level])}</span> — '
        f"{html.escape(SAFETY_DESCRIPTIONS[level])}"
    )
    inside = _stricter_inside(zone_set, zones)
    inside_text = "".join(
        "<div>"
        + fill(
            html.escape(DeckText.tr("Inside it: {zone} \u2014 {level}")),
            zone=html.escape(o.name),
            level=f'<span class="level {o.safety}">{html.escape(SAFETY_WORDS[o.safety])}</span>',
        )
        + "</div>"
        for o in inside
    )
    why = html.escape(zone.why)
    if zone.warnings:
        why += "<ul>" + "".join(f"<li>{html.escape(w)}</li>" for w in zone.warnings) + "</ul>"
    return [
        f"{zone_set.view}/{kind}",
        html.escape(zone_set.title),
        html.escape(zone.name),
        safety,
        why,
        inside_text,
        f'<img src="{front}">',
        f'<img src="{back}">',
    ]


def _tags(zone_set: ZoneSet, zone: Zone) -> list[str]:
    tags = ["massage-trainer", f"view::{zone_set.view}", f"safety::{zone.safety}"]
    if zone.region:
        tags.append(f"region::{zone.region}")
    return tags


class DeckCancelled(Exception):
    """``write_deck``'s ``progress`` asked to stop; nothing was written."""


def write_deck(
    zone_sets: Sequence[ZoneSet],
    path: str | Path,
    progress: Callable[[int, int], bool] | None = None,
) -> DeckSummary:
    """Write an Anki package of every zone kind of every zone set to ``path``.

    ``progress(done, total)`` is called before each zone kind's pictures and
    once before the file is written (``done == total``); when it returns
    False the export stops with ``DeckCancelled`` and ``path`` is untouched.

    The images carry text (the person's left and right), so a
    ``QGuiApplication`` is made if there is none.  Written whole or not at all; raises
    ``SaveError`` with a reason.  Exporting again gives the same ids, so an
    import into Anki updates the cards it already has.
    """
    if not zone_sets:
        raise ValueError("a deck needs at least one zone set")
    ensure_gui_application()
    views = [zs.view for zs in zone_sets]
    if len(set(views)) != len(views):
        raise ValueError(f"each view may be exported once, not {', '.join(views)}")
    disclaimer = zone_sets[0].rules.disclaimer
    deck = genanki.Deck(
        DECK_ID,
        deck_name(),
        description=html.escape(
            DeckText.tr("Where to work on the body and where not to, from Massage Trainer.")
        )
        + (f"<p>{html.escape(disclaimer)}</p>" if disclaimer else ""),
    )
    occlusion, safety = occlusion_model(), safety_model()
    total = sum(len(zs.kinds()) for zs in zone_sets)
    done = 0

    def go_on() -> None:
        if progress is not None and progress(done, total) is False:
            raise DeckCancelled

    with tempfile.TemporaryDirectory(prefix="massage-trainer-deck-") as folder:
        media: list[str] = []
        for zone_set in zone_sets:
            view = zone_set.view
            painter = _Painter(zone_set)
            for kind, zones in zone_set.kinds().items():
                go_on()
                done += 1
                masked = Path(folder, media_name(view, kind, "masked"))
                outlined = Path(folder, media_name(view, kind, "outlined"))
                shown = Path(folder, media_name(view, kind, "shown"))
                painter.save(zones, masked, colours=True, mask=True)
                painter.save(zones, outlined, colours=False, mask=False)
                painter.save(zones, shown, colours=True, mask=False)
                media += [str(masked), str(outlined), str(shown)]
                tags = _tags(zone_set, zones[0])
                deck.add_note(
                    genanki.Note(
                        model=occlusion,
                        fields=_fields(zone_set, kind, zones, masked.name, shown.name),
                        guid=note_guid(view, kind, "occlusion"),
                        tags=tags,
                    )
                )
                deck.add_note(
                    genanki.Note(
                        model=safety,
                        fields=_fields(zone_set, kind, zones, outlined.name, shown.name),
                        guid=note_guid(view, kind, "safety"),
                        tags=tags,
                    )
                )
        go_on()
        package = genanki.Package(deck, media_files=media)
        with atomic_output(path, verify=zip_complete) as tmp:
            try:
                package.write_to_file(str(tmp))
            except OSError as exc:
                raise SaveError(exc.strerror or str(exc)) from None
    notes = len(deck.notes)
    return DeckSummary(notes=notes, cards=notes, media=len(media))


__all__ = [
    "DECK_ID",
    "OCCLUSION_MODEL_ID",
    "SAFETY_MODEL_ID",
    "DeckCancelled",
    "DeckSummary",
    "deck_name",
    "field_names",
    "media_name",
    "note_guid",
    "occlusion_model",
    "safety_model",
    "write_deck",
]
