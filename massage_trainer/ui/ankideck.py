"""File > Export Anki Deck…: the zones of every view offered as an Anki deck.

The cards are painted by ``paint.deck.write_deck``, which takes a few seconds
for the built-in views; a progress dialog shows how far it is and can cancel.
A cancelled or failed export leaves no file behind (the deck is written
through ``atomic_output`` only once every card is painted), and a finished
one says what was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from massage_trainer.core import i18n
from massage_trainer.core.i18n import Tr
from massage_trainer.core.savefile import SaveError
from massage_trainer.core.zones import ZoneFileError, ZoneSet, load_zone_set
from massage_trainer.ui.dialogs import ProblemsDialog, save_folder

if TYPE_CHECKING:
    from massage_trainer.ui.mainwindow import MainWindow

DECK_NAME = "massage-trainer-zones.apkg"


class AnkiExportText(Tr):
    """Texts of File > Export Anki Deck…: its dialogs and messages."""


class DeckPath:
    """Where to save the deck."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            AnkiExportText.tr("Export Anki Deck"),
            suggested,
            AnkiExportText.tr("Anki decks (*.apkg);;All files (*)"),
        )
        return path


class DeckDone:
    """The deck is written: say so, and how to use it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, AnkiExportText.tr("Anki Deck Exported"), text)


class DeckProgress:
    """The progress dialog while the cards are painted."""

    def __init__(self, parent: QWidget | None) -> None:
        self.dialog = QProgressDialog(
            AnkiExportText.tr("Painting the cards\u2026"),
            AnkiExportText.tr("Cancel"),
            0,
            1,
            parent,
        )
        self.dialog.setWindowTitle(AnkiExportText.tr("Export Anki Deck"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def update(self, done: int, total: int) -> bool:
        """Show ``done`` of ``total``; False once Cancel was pressed."""
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        if done >= total:
            self.dialog.setLabelText(AnkiExportText.tr("Writing the deck\u2026"))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def deck_zone_sets(window: MainWindow) -> list[ZoneSet]:
    """Every view the window offers (loaded ones as they are); ``ZoneFileError``
    if one cannot be read."""
    out = []
    for view, file in window._view_files.items():
        out.append(window._view_sets.get(view) or load_zone_set(file))
    return out


def export_anki_deck(window: MainWindow) -> Path | None:
    """File > Export Anki Deck…; the file written, or None."""
    from massage_trainer.paint.deck import DeckCancelled, write_deck

    folder = save_folder(window.settings.value("deck/last_dir", ""))
    chosen = DeckPath.ask(window, str(folder / DECK_NAME))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".apkg":
        path = path.with_name(path.name + ".apkg")
    try:
        zone_sets = deck_zone_sets(window)
    except ZoneFileError as exc:
        ProblemsDialog.ask(
            window,
            AnkiExportText.tr("Cannot export the deck"),
            AnkiExportText.tr(
                "A view has %n problem(s). No deck was written. Fix the file and export again:",
                "",
                len(exc.problems),
            ),
            [str(p) for p in exc.problems],
        )
        return None
    progress = DeckProgress(window)
    try:
        summary = write_deck(zone_sets, path, progress.update)
    except DeckCancelled:
        window.statusBar().showMessage(
            AnkiExportText.tr("The Anki export was cancelled; no file was written."), 8000
        )
        return None
    except (SaveError, ValueError) as exc:
        ProblemsDialog.ask(
            window,
            AnkiExportText.tr("Cannot export the deck"),
            i18n.fill(AnkiExportText.tr("{file} could not be written:"), file=path),
            [str(exc)],
        )
        return None
    finally:
        progress.close()
    window.settings.setValue("deck/last_dir", str(path.parent))
    views = ", ".join(
        zs.view.replace("_", " ") for zs in zone_sets
    )  # the ids, as --view takes them
    cards = AnkiExportText.tr("%n card(s)", "", summary.cards)
    text = i18n.fill(
        AnkiExportText.tr(
            "Wrote {file}: {cards} with {pictures} ({views}). "
            "Open it in Anki with File > Import; importing a newer export later updates "
            "these cards instead of adding copies."
        ),
        file=path,
        cards=cards,
        pictures=AnkiExportText.tr("%n picture(s)", "", summary.media),
        views=views,
    )
    window.statusBar().showMessage(
        i18n.fill(AnkiExportText.tr("Wrote {file} ({cards})"), file=path, cards=cards), 8000
    )
    DeckDone.ask(window, text)
    return path


__all__ = ["DeckDone", "DeckPath", "DeckProgress", "deck_zone_sets", "export_anki_deck"]
