"""The Anki deck: what the package holds, its images, and a round trip through Anki itself."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from massage_trainer.core.savefile import SaveError
from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import deck
from massage_trainer.paint.body import NEUTRAL_FILL, SAFETY_FILL


@pytest.fixture(scope="module")
def back():
    return load_zone_set()


@pytest.fixture(scope="module")
def package(back, qapp, tmp_path_factory):
    path = tmp_path_factory.mktemp("deck") / "zones.apkg"
    summary = deck.write_deck([back], path)
    return path, summary


def _media(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        names = json.loads(zf.read("media"))
        return {name: zf.read(number) for number, name in names.items()}


def _guids(path: Path, tmp_path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        db = tmp_path / "collection.anki2"
        db.write_bytes(zf.read("collection.anki2"))
    with sqlite3.connect(db) as con:
        return {row[0] for row in con.execute("select guid from notes")}


def test_two_notes_and_three_images_per_zone_kind(back, package, tmp_path):
    path, summary = package
    kinds = back.kinds()
    assert summary.notes == summary.cards == 2 * len(kinds)
    media = _media(path)
    assert summary.media == len(media) == 3 * len(kinds)
    expected = {
        deck.media_name("back", kind, picture)
        for kind in kinds
        for picture in ("masked", "outlined", "shown")
    }
    assert set(media) == expected
    assert _guids(path, tmp_path) == {
        genanki.guid_for("back", kind, card) for kind in kinds for card in ("occlusion", "safety")
    }


def _image(package, kind: str, picture: str) -> QImage:
    image = QImage()
    assert image.loadFromData(_media(package[0])[deck.media_name("back", kind, picture)], "PNG")
    return image


def _pixel(back, image: QImage, point: tuple[float, float]) -> str:
    transform = deck._Painter(back).transform
    p = transform.map(QPointF(*point))
    return QColor(image.pixel(round(p.x()), round(p.y()))).name()


def test_the_mask_covers_the_zone_and_the_back_shows_it(back, package):
    kidney = back.zone("kidney_left")
    masked = _image(package, "kidney", "masked")
    shown = _image(package, "kidney", "shown")
    assert masked.height() == deck.IMAGE_HEIGHT
    assert _pixel(back, masked, kidney.label_point) == deck.MASK_FILL
    assert _pixel(back, shown, kidney.label_point) != deck.MASK_FILL
    # the other zones stay as the map draws them: the calf is a target
    calf = back.zone("calf_left").label_point
    assert _pixel(back, masked, calf) == SAFETY_FILL["target"]


def test_the_safety_question_does_not_give_the_answer_away(back, package):
    """Its map has no colours or patterns, so the level cannot be read off it."""
    for kind in ("spine", "kidney", "scapula", "calf"):
        outlined = _image(package, kind, "outlined")
        for zone in back.zones:
            if zone.layer == 0 and zone.kind in ("spine", "lower_back", "scapula", "calf"):
                assert _pixel(back, outlined, zone.label_point) == NEUTRAL_FILL, (kind, zone)


@pytest.fixture
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def _import(col: Collection, path: Path):
    options = ImportAnkiPackageOptions(with_scheduling=False)
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    ).log


def test_anki_imports_the_deck_and_a_second_import_adds_nothing(
    back, package, collection, qapp, tmp_path
):
    path, summary = package
    first = _import(collection, path)
    assert len(first.new) == summary.notes
    assert collection.note_count() == summary.notes
    assert collection.card_count() == summary.cards
    media_dir = Path(collection.media.dir())
    assert sorted(p.name for p in media_dir.iterdir()) == sorted(_media(path))
    names = {m["name"] for m in collection.models.all()}
    assert {deck.OCCLUSION_MODEL.name, deck.SAFETY_MODEL.name} <= names
    assert deck.DECK_NAME in {d.name for d in collection.decks.all_names_and_ids()}

    spine = collection.get_note(collection.find_notes('"Key:back/spine" note:*masked*')[0])
    assert spine["Name"] == "Spine"
    assert "Avoid" in spine["Safety"]
    assert spine["Front image"] == f'<img src="{deck.media_name("back", "spine", "masked")}">'
    assert "safety::avoid" in spine.tags
    safety_card = collection.get_note(collection.find_notes('"Key:back/elbow" note:*caution*')[0])
    assert "Elbow notch" in safety_card["Inside"]  # the more cautious spot inside it

    # the fronts do not give the answer away; the backs hold it
    for note_id in collection.find_notes('"Key:back/kidney"'):
        card = collection.get_note(note_id).cards()[0]
        question, answer = card.question(), card.answer()
        assert 'class="level' not in question and "Kidney area" in answer
        assert "Avoid" in answer and "no direct pressure" in answer
        if "masked" in card.note_type()["name"]:
            assert "Kidney area" not in question
            assert deck.media_name("back", "kidney", "masked") in question
        else:
            assert "Kidney area" in question and "Target, caution or avoid?" in question
            assert deck.media_name("back", "kidney", "outlined") in question
        assert deck.media_name("back", "kidney", "shown") in answer

    second = _import(collection, path)
    assert len(second.new) == 0
    again = tmp_path / "again.apkg"
    deck.write_deck([back], again)  # a re-export updates, never duplicates
    third = _import(collection, again)
    assert len(third.new) == 0
    assert collection.note_count() == summary.notes
    assert collection.card_count() == summary.cards
    assert sorted(p.name for p in media_dir.iterdir()) == sorted(_media(path))


def test_ids_are_fixed(back, package):
    # changing these would make Anki treat every card of an old export as another card
    assert deck.OCCLUSION_MODEL.model_id == 1209635518
    assert deck.SAFETY_MODEL.model_id == 1194150208
    assert deck.DECK_ID == 1126006985
    assert deck.note_guid("back", "spine", "safety") == genanki.guid_for("back", "spine", "safety")


def test_a_failed_write_leaves_nothing(back, qapp, tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        deck.write_deck([back], tmp_path / "missing" / "zones.apkg")
    out = tmp_path / "zones.apkg"
    out.write_bytes(b"old")
    with pytest.raises(ValueError, match="once"):
        deck.write_deck([back, back], out)
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]
