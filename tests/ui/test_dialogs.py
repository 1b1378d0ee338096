"""The shared dialogs: the problems list (its wording, one line per problem, its
size) and the folder every save dialog suggests."""

from pathlib import Path

import pytest

from massage_trainer.core import paths
from massage_trainer.core.zones import ZoneFileError, load_zone_set
from massage_trainer.ui import dialogs
from massage_trainer.ui.dialogs import ProblemsDialog, problems_summary

KEEPS_OPEN = "The current zone set stays open."


# --- the wording -------------------------------------------------------------------
def test_one_problem_is_singular():
    text = problems_summary("back.yaml", 1, KEEPS_OPEN, "open the file again")
    assert text == (
        "back.yaml has 1 problem. The current zone set stays open. Fix it and open the file again:"
    )


def test_three_problems_are_plural():
    text = problems_summary("back.yaml", 3, KEEPS_OPEN, "open the file again")
    assert text == (
        "back.yaml has 3 problems. The current zone set stays open. "
        "Fix them and open the file again:"
    )


def test_a_missing_format_is_one_problem(tmp_path):
    source = paths.builtin_zone_file().read_text(encoding="utf-8")
    assert "\nformat: 1\n" in source
    broken = tmp_path / "back.yaml"
    broken.write_text(source.replace("\nformat: 1\n", "\n"), encoding="utf-8")
    with pytest.raises(ZoneFileError) as caught:
        load_zone_set(broken)
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 1, problems
    assert "format: 1" in problems[0] and problems[0].startswith(paths.display_name(broken))


def test_the_list_of_views_without_format_is_one_problem(tmp_path):
    from massage_trainer.core.zones import read_views

    views = tmp_path / "views.yaml"
    views.write_text("views:\n  - back\n", encoding="utf-8")
    with pytest.raises(ZoneFileError) as caught:
        read_views(views)
    assert [p.message for p in caught.value.problems if "format" in p.message] == [
        "missing 'format: 1' at the top of the file"
    ]


# --- the size ----------------------------------------------------------------------
LONG = (
    "back.yaml:{n}: zone_{n}: the ring of the geometry crosses itself near (12.5, 30); "
    "move the points so the outline goes round once"
)


def _shown(qtbot, problems):
    dialog = ProblemsDialog(
        None,
        "Cannot open the zone set",
        problems_summary("back.yaml", len(problems), KEEPS_OPEN, "open the file again"),
        problems,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the list lays its text out after it is shown: let that finish
    details = dialog.details
    qtbot.waitUntil(lambda: details.viewport().height() > details.height() - 8)
    return dialog


def test_one_problem_makes_a_small_dialog_and_thirty_a_tall_one(qtbot):
    one = _shown(qtbot, ["back.yaml:1: missing 'format: 1' at the top of the file"])
    thirty = _shown(qtbot, [LONG.format(n=n) for n in range(30)])
    assert one.height() * 3 < thirty.height()
    # the one problem fits without scrolling, in a list about one line tall
    assert one.details.verticalScrollBar().maximum() == 0
    line = one.details.fontMetrics().lineSpacing()
    assert one.details.height() < 3 * line
    # thirty stay within the screen; the list scrolls instead
    room = thirty.screen().availableGeometry()
    assert thirty.height() <= room.height() and thirty.width() <= room.width()
    assert thirty.details.verticalScrollBar().maximum() > 0


def test_every_problem_is_shown_and_copied_whole(qtbot):
    from PySide6.QtGui import QGuiApplication

    problems = [LONG.format(n=n) for n in range(3)]
    dialog = _shown(qtbot, problems)
    assert dialog.details.horizontalScrollBar().maximum() == 0
    assert dialog.details.verticalScrollBar().maximum() == 0  # three fit
    assert dialog.details.toPlainText().split("\n") == problems
    dialog.copy()
    assert QGuiApplication.clipboard().text() == "\n".join(problems)


# --- where save dialogs start ---------------------------------------------------
@pytest.fixture
def desktop(monkeypatch, tmp_path):
    """A home folder in tmp_path whose Documents folder the test makes or not."""
    from PySide6.QtCore import QStandardPaths

    home = tmp_path / "home"
    home.mkdir()
    where = {
        QStandardPaths.StandardLocation.DocumentsLocation: str(home / "Documents"),
        QStandardPaths.StandardLocation.HomeLocation: str(home),
    }
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        staticmethod(lambda location: where.get(location) or real(location)),
    )
    return home


def test_save_folder_is_documents_only_when_it_exists(desktop):
    assert dialogs.save_folder() == desktop
    (desktop / "Documents").mkdir()
    assert dialogs.save_folder() == desktop / "Documents"


def test_save_folder_keeps_the_last_folder_while_it_exists(desktop, tmp_path):
    last = tmp_path / "handouts"
    last.mkdir()
    assert dialogs.save_folder(str(last)) == last
    last.rmdir()
    assert dialogs.save_folder(str(last)) == desktop
    assert dialogs.save_folder("") == desktop


@pytest.fixture
def window(open_window):
    return open_window(show=False)


def _suggested_export(window, monkeypatch) -> Path:
    from massage_trainer.ui import exporting

    asked = []
    monkeypatch.setattr(
        exporting.ExportDialog,
        "ask",
        classmethod(lambda cls, parent, choice: asked.append(choice.path)),
    )
    window.export_actions.export_action.trigger()
    assert len(asked) == 1
    return asked[0]


def test_export_suggests_a_folder_that_exists(window, desktop, monkeypatch):
    assert _suggested_export(window, monkeypatch) == desktop / "back-zone-sheet.pdf"
    (desktop / "Documents").mkdir()
    assert _suggested_export(window, monkeypatch).parent == desktop / "Documents"
    # a remembered folder that has gone is passed over too
    window.settings.setValue("export/last_dir", str(desktop / "gone"))
    assert _suggested_export(window, monkeypatch).parent == desktop / "Documents"


def test_start_up_with_a_missing_file_counts_its_problem(
    qtbot, fresh_settings, monkeypatch, tmp_path
):
    from massage_trainer import app

    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, summary, problems: shown.append((summary, problems))
        ),
    )
    monkeypatch.chdir(tmp_path)
    bad = Path("no-such-view.yaml")
    window = app.create_main_window(bad, welcome=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown))
    [(summary, problems)] = shown
    assert len(problems) == 1
    assert summary.startswith(f"{bad} has 1 problem. The built-in back view is open instead.")
    assert "Fix it and" in summary


# --- printing the routine card -------------------------------------------------
@pytest.fixture
def full_body(window):
    from massage_trainer.core.routines import load_routines

    return next(r for r in load_routines(window.zone_set) if r.id == "full_body")


def test_the_card_preview_prints_the_card(window, full_body, monkeypatch, tmp_path):
    """RoutineCardPreview.ask opens a print preview; what it sends to the
    printer (here a PDF printer, in place of the modal preview) is the card."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from massage_trainer.ui.exporting import RoutineCardPreview

    printed = tmp_path / "printed.pdf"
    opened = []

    def exec_(preview):  # the preview's Print button, without showing it
        opened.append((preview.objectName(), preview.windowTitle(), preview.parent()))
        printer = preview.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        preview.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    RoutineCardPreview.ask(window, window.zone_set, full_body, "letter")
    assert opened == [("routineCardPreview", f"Print Routine Card: {full_body.title}", window)]
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert abs(float(reader.pages[0].mediabox.width) - 612) <= 1  # US Letter
    text = " ".join(reader.pages[0].extract_text().split())
    assert full_body.title in text
    assert all(step.title in text for step in full_body.steps)


def test_a_card_that_cannot_be_painted_is_reported(window, full_body, monkeypatch):
    from massage_trainer.paint.output import ExportError
    from massage_trainer.ui import exporting

    def broken(*args):
        raise ExportError("the output could not be opened for painting")

    monkeypatch.setattr(exporting, "paint_routine_card", broken)
    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(lambda cls, parent, title, summary, problems: shown.append(summary)),
    )
    preview = exporting.make_routine_card_preview(window, window.zone_set, full_body)
    preview.paint(preview.printer())
    assert preview.error == "the output could not be opened for painting"
    assert shown == ["The routine card could not be printed:"]


@pytest.mark.slow
def test_the_card_preview_shows_one_page(window, full_body, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from massage_trainer.ui.exporting import make_routine_card_preview

    preview = make_routine_card_preview(window, window.zone_set, full_body, "a4")
    qtbot.addWidget(preview)
    preview.show()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1, timeout=5000)
    assert preview.error is None


def test_the_routine_card_and_quiz_exports_suggest_the_same_folder(window, desktop, monkeypatch):
    from massage_trainer.ui.quiz.dialogs import ProgressCsvPath
    from massage_trainer.ui.routinepanel import RoutineCardDialog

    asked = []
    monkeypatch.setattr(
        RoutineCardDialog, "ask", classmethod(lambda cls, parent, path: asked.append(path))
    )
    monkeypatch.setattr(
        ProgressCsvPath, "ask", classmethod(lambda cls, parent, path: asked.append(Path(path)))
    )
    for documents in (False, True):
        if documents:
            (desktop / "Documents").mkdir()
        asked.clear()
        window.routines.export_card()
        window.quiz.export_progress()
        _suggested_export(window, monkeypatch)
        folder = desktop / "Documents" if documents else desktop
        assert [p.parent for p in asked] == [folder, folder], asked


@pytest.mark.parametrize("count", [1, 3])
def test_opening_a_broken_file_counts_its_problems(window, monkeypatch, tmp_path, count):
    shown = []
    monkeypatch.setattr(
        ProblemsDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, summary, problems: shown.append((summary, problems))
        ),
    )
    source = paths.builtin_zone_file().read_text(encoding="utf-8")
    broken = source.replace("\nformat: 1\n", "\n")
    if count == 3:
        broken = broken.replace("\nview: back\n", "\nview: Back!\nsurplus: 1\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text(broken, encoding="utf-8")
    assert not window.load_zone_file(bad)
    [(summary, problems)] = shown
    assert len(problems) == count, problems
    words = "1 problem. " if count == 1 else "3 problems. "
    assert f"has {words}" in summary and ("Fix it " if count == 1 else "Fix them ") in summary
