"""File > Export Anki Deck…: the deck of the window's views, with a progress
dialog that can cancel without leaving a file.  A small two-view folder keeps
it fast (the built-in views' deck is tested in tests/paint/test_deck.py)."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest

from massage_trainer.ui import ankideck
from massage_trainer.ui.ankideck import DeckDone, DeckPath, DeckProgress
from tests.core.test_views import views_folder


@pytest.fixture
def window(open_window, tmp_path):
    win = open_window(900, 650, show=False)
    assert win.load_zone_file(views_folder(tmp_path))
    assert win.views == ("square", "mirrored")
    return win


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    said = []
    out = tmp_path / "deck"
    monkeypatch.setattr(DeckPath, "ask", classmethod(lambda cls, parent, suggested: str(out)))
    monkeypatch.setattr(DeckDone, "ask", classmethod(lambda cls, parent, text: said.append(text)))
    return said, tmp_path / "deck.apkg"


def notes_in(path) -> int:
    with zipfile.ZipFile(path) as package:
        data = package.read("collection.anki2")
    db = path.with_suffix(".anki2")
    db.write_bytes(data)
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from notes").fetchone()[0]


def test_the_menu_entry_writes_a_deck_of_every_view(window, dialogs):
    said, out = dialogs
    seen = []
    original = DeckProgress.update

    def update(self, done, total):
        seen.append((done, total))
        return original(self, done, total)

    DeckProgress.update = update
    try:
        window.anki_action.trigger()
    finally:
        DeckProgress.update = original
    assert out.is_file()
    kinds = sum(len(zs.kinds()) for zs in ankideck.deck_zone_sets(window))
    assert notes_in(out) == 2 * kinds  # a picture card and a safety card per zone kind
    assert seen[0] == (0, kinds) and seen[-1] == (kinds, kinds)
    (text,) = said
    assert text.startswith(f"Wrote {out}:") and "square, mirrored" in text
    assert "File > Import" in text


def test_cancel_leaves_no_file(window, dialogs, monkeypatch):
    said, out = dialogs
    calls = []

    def cancel_second(self, done, total):
        calls.append(done)
        return len(calls) < 2

    monkeypatch.setattr(DeckProgress, "update", cancel_second)
    window.anki_action.trigger()
    assert len(calls) == 2 and said == []
    assert not out.exists() and list(out.parent.glob("*.apkg*")) == []
    assert "cancelled" in window.statusBar().currentMessage()
