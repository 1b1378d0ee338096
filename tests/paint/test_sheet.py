"""The printable zone sheet: PDF pages and text, PNG and SVG, the worksheet,
badge placement, safe file writing, the export command and the window's
Export and Print actions."""

from __future__ import annotations

import itertools
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from massage_trainer.cli import main
from massage_trainer.core.zones import load_zone_set
from massage_trainer.paint import body, sheet

SAFETY_WORDS = ("Target", "Caution", "Avoid")
PAGE_POINTS = {"a4": (595, 842), "letter": (612, 792)}


@pytest.fixture(scope="module")
def zs():
    return load_zone_set()


def pdf_texts(path: Path) -> list[str]:
    """Each page's text with its white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def sheet_pdf(qapp, zs, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    pages = sheet.write_pdf(zs, path, "a4")
    return path, pages, pdf_texts(path)


@pytest.fixture(scope="module")
def worksheet_pdf(qapp, zs, tmp_path_factory):
    path = tmp_path_factory.mktemp("worksheet") / "worksheet.pdf"
    pages = sheet.write_pdf(zs, path, "letter", worksheet=True)
    return path, pages


# --- numbering ---------------------------------------------------------------------
def test_numbers_by_kind_head_to_feet(zs):
    numbers = sheet.zone_numbers(zs)
    assert set(numbers) == {z.id for z in zs.zones}
    assert sorted(set(numbers.values())) == list(range(1, len(zs.kinds()) + 1))
    for zone in zs.zones:
        twin = zs.twin(zone)
        if twin is not None:
            assert numbers[zone.id] == numbers[twin.id]
    assert numbers["scalp"] == 1
    assert numbers["foot_left"] == max(numbers.values())
    assert numbers["neck_muscles_left"] < numbers["gluteal_left"] < numbers["calf_left"]


@pytest.mark.parametrize("height", [1100, 700])
def test_badges_never_overlap_and_sit_in_their_zones(qapp, zs, height):
    numbers = sheet.zone_numbers(zs)
    area = QRectF(0, 0, height * 0.5, height)
    transform = body.fit_transform(body.scene_for(zs).bounds, area, 1.0)
    radius = 10.0
    badges = body.place_numbers(zs, numbers, transform, radius, area)
    assert len(badges) == len(zs.zones)
    for a, b in itertools.combinations(badges, 2):
        gap = math.hypot(a.centre.x() - b.centre.x(), a.centre.y() - b.centre.y())
        assert gap >= 2 * radius, (a.zone_id, b.zone_id)
    inverse, _ok = transform.inverted()
    scale = transform.m11()
    visible = body.visible_parts(zs)
    for badge in badges:
        assert area.adjusted(radius, radius, -radius, -radius).contains(badge.centre)
        c = inverse.map(badge.centre)
        disc = shapely.Point(c.x(), c.y()).buffer(radius / scale)
        if badge.anchor is None:  # inside: the whole badge on its own zone
            assert visible[badge.zone_id].buffer(1e-6).contains(disc), badge.zone_id
        else:  # beside the body, with a leader to a point of the zone
            assert not disc.intersects(zs.outline), badge.zone_id
            a = inverse.map(badge.anchor)
            assert visible[badge.zone_id].buffer(0.01).contains(shapely.Point(a.x(), a.y()))
    # the large zones carry their number inside, the small spots beside the body
    by_id = {b.zone_id: b for b in badges}
    assert by_id["hamstrings_left"].anchor is None
    assert by_id["elbow_notch_left"].anchor is not None


# --- the PDF -----------------------------------------------------------------------
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_pdf_page_count_and_size(qapp, zs, tmp_path, page, sheet_pdf):
    if page == "a4":
        path, pages, texts = sheet_pdf
    else:
        path = tmp_path / "sheet.pdf"
        pages = sheet.write_pdf(zs, path, page)
        texts = None
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 5
    width, height = PAGE_POINTS[page]
    for p in reader.pages:
        assert abs(float(p.mediabox.width) - width) <= 1
        assert abs(float(p.mediabox.height) - height) <= 1
    if texts is None:  # reading text back is slow: the last page will do
        texts = [None] * (pages - 1) + [" ".join(reader.pages[-1].extract_text().split())]
    for number, text in enumerate(texts, 1):
        assert text is None or f"Page {number} of {pages}" in text
    assert list(path.parent.glob(".*.tmp")) == []


def test_pdf_text_is_searchable(zs, sheet_pdf):
    _path, _pages, texts = sheet_pdf
    everything = " ".join(texts)
    first = texts[0]
    for zone in zs.zones:
        assert zone.name in first  # the key on page 1
        assert zone.name in " ".join(texts[1:])  # the table
    for word in SAFETY_WORDS:
        assert word in first
    assert " ".join(zs.rules.disclaimer.split()) in first
    assert zs.title in first
    for technique in zs.techniques.values():
        assert technique.name in everything
        assert " ".join(technique.steps[0].split()) in everything
    for rule in (*zs.rules.rules, *zs.rules.contraindications):
        assert rule.title in everything
    assert "Technique glossary" in everything
    # ligatures would turn "fi" into one character that a search misses
    assert "\ufb01" not in everything and "\ufb02" not in everything


def test_pdf_fonts_are_embedded(sheet_pdf):
    path, _pages, _texts = sheet_pdf
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_worksheet_hides_the_answers_and_has_a_key(zs, worksheet_pdf):
    path, pages = worksheet_pdf
    texts = pdf_texts(path)
    assert len(texts) == pages == 2
    first, key = texts[0], texts[-1]
    for word in SAFETY_WORDS:
        assert word.lower() not in first.lower()
    for zone in zs.zones:
        assert zone.name not in first
        assert zone.name in key
    assert "answer key" in key.lower()
    assert all(word in key for word in SAFETY_WORDS)
    assert " ".join(zs.rules.disclaimer.split()) in first
    assert f"{len(zs.kinds())}" in first  # every number is on the worksheet


# --- PNG and SVG ---------------------------------------------------------------------
@pytest.mark.parametrize("dpi", [72, 100])
def test_png_size_follows_the_resolution(qapp, zs, tmp_path, dpi):
    path = tmp_path / "diagram.png"
    size = sheet.write_png(zs, path, dpi)
    image = QImage(str(path))
    assert not image.isNull()
    expected = (
        round(sheet.IMAGE_SIZE_PT.width() * dpi / 72),
        round(sheet.IMAGE_SIZE_PT.height() * dpi / 72),
    )
    assert (image.width(), image.height()) == (size.width(), size.height()) == expected
    assert round(image.dotsPerMeterX() * 0.0254) == dpi


def test_svg_is_xml_with_paths_and_text(qapp, zs, tmp_path):
    path = tmp_path / "diagram.svg"
    sheet.write_svg(zs, path)
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert len(root.findall(f".//{ns}path")) > 50
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    assert "Spine" in text and "Avoid" in text


# --- writing files safely --------------------------------------------------------------
def unwritable(tmp_path: Path, case: str) -> Path:
    if case == "missing folder":
        return tmp_path / "no" / "such" / "out.pdf"
    if case == "a folder":
        folder = tmp_path / "taken.pdf"
        folder.mkdir()
        return folder
    if case == "name too long":  # the file system refuses it: no traceback either
        return tmp_path / ("a" * 300 + ".pdf")
    blocker = tmp_path / "afile"  # root ignores chmod, so a file stands in for a folder
    blocker.write_text("not a folder")
    return blocker / "out.pdf"


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
@pytest.mark.parametrize("case", ["missing folder", "a folder", "under a file", "name too long"])
def test_unwritable_path_fails_cleanly(qapp, tmp_path, capsys, case, suffix):
    target = unwritable(tmp_path, case)
    target = target.with_suffix(suffix) if case != "a folder" else target
    if case == "a folder" and suffix != ".pdf":
        target = tmp_path / f"taken{suffix}"
        target.mkdir()
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code = main(["export", "--out", str(target), "--dpi", "40"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"massage-trainer: cannot write {target}: ")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert out == ""


def test_failure_while_painting_leaves_nothing(qapp, zs, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise sheet.ExportError("the printer caught fire")

    monkeypatch.setattr(sheet, "paint_sheet", broken)
    with pytest.raises(sheet.ExportError, match="caught fire"):
        sheet.write_pdf(zs, tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unknown_extension_and_bad_resolution(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "sheet.docx")]) == 2
    assert "must end in .pdf, .png or .svg" in capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "0"]) == 2
    assert "--dpi" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_command_writes_each_format(qapp, tmp_path, capsys):
    assert (
        main(["export", "--out", str(tmp_path / "ws.pdf"), "--page", "letter", "--worksheet"]) == 0
    )
    assert "wrote" in capsys.readouterr().out
    assert len(PdfReader(tmp_path / "ws.pdf").pages) == 2
    assert main(["export", "--out", str(tmp_path / "d.png"), "--dpi", "36"]) == 0
    assert QImage(str(tmp_path / "d.png")).width() == round(sheet.IMAGE_SIZE_PT.width() / 2)
    assert main(["export", "--out", str(tmp_path / "d.svg")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.png", "d.svg", "ws.pdf"]


def test_export_command_reports_a_broken_zone_file(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nview: back\n")
    assert main(["export", "--out", str(tmp_path / "s.pdf"), "--zones", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "cannot read the zone set" in err and "bad.yaml" in err
    assert not (tmp_path / "s.pdf").exists()


@pytest.mark.slow
def test_command_runs_without_a_display(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "massage_trainer", "export", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and len(PdfReader(out).pages) >= 5


# --- the window: Export… and Print… -----------------------------------------------
@pytest.fixture
def window(open_window):
    return open_window(show=False)


def test_actions_sit_in_the_file_menu_before_quit(window):
    from PySide6.QtGui import QKeySequence

    actions = window.export_actions
    menu = window.file_menu.actions()
    quit_at = menu.index(window.quit_action)
    assert menu.index(actions.export_action) < menu.index(actions.print_action) < quit_at
    assert menu[quit_at - 1].isSeparator()
    assert actions.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions.export_action.shortcut() == QKeySequence("Ctrl+E")


def test_print_opens_the_preview(window, monkeypatch):
    from massage_trainer.ui import exporting

    calls = []
    monkeypatch.setattr(
        exporting.SheetPreview, "ask", classmethod(lambda cls, *args: calls.append(args))
    )
    window.export_actions.print_action.trigger()
    window.export_actions.print_worksheet_action.trigger()
    assert [(c[0], c[1], c[2]) for c in calls] == [
        (window, window.zone_set, False),
        (window, window.zone_set, True),
    ]


def test_export_action_writes_the_chosen_file(window, monkeypatch, tmp_path):
    from massage_trainer.ui import exporting
    from massage_trainer.ui.dialogs import ProblemsDialog

    target = tmp_path / "diagram.svg"
    asked = []

    def ask(cls, parent, choice):
        asked.append(choice)
        return exporting.ExportChoice(target)

    monkeypatch.setattr(exporting.ExportDialog, "ask", classmethod(ask))
    problems = []
    monkeypatch.setattr(
        ProblemsDialog, "ask", classmethod(lambda cls, *args: problems.append(args))
    )
    window.export_actions.export_action.trigger()
    assert asked and asked[0].suffix == ".pdf"
    assert target.is_file() and problems == []
    assert "Wrote" in window.statusBar().currentMessage()

    # a path that cannot be written: one dialog with the reason, no file
    bad = tmp_path / "diagram.svg" / "x.pdf"
    assert not window.export_actions.export_to(exporting.ExportChoice(bad))
    assert len(problems) == 1 and "not a folder" in problems[0][3][0]
    assert not bad.exists()


def test_export_failures_restore_the_cursor(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from massage_trainer.ui import exporting
    from massage_trainer.ui.dialogs import ProblemsDialog

    problems, cursors = [], []

    def ask(cls, *args):
        problems.append(args)
        cursors.append(QApplication.overrideCursor())

    monkeypatch.setattr(ProblemsDialog, "ask", classmethod(ask))
    too_long = tmp_path / ("a" * 300 + ".pdf")
    assert not window.export_actions.export_to(exporting.ExportChoice(too_long))
    assert len(problems) == 1 and problems[0][3] == ["file name too long"]
    assert cursors == [None]  # no wait cursor over the dialog
    assert QApplication.overrideCursor() is None
    assert list(tmp_path.iterdir()) == []

    def broken(*args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(sheet, "write_svg", broken)
    with pytest.raises(RuntimeError):
        window.export_actions.export_to(exporting.ExportChoice(tmp_path / "d.svg"))
    assert QApplication.overrideCursor() is None


def test_export_dialog_keeps_format_and_suffix_together(window):
    from massage_trainer.ui.exporting import ExportChoice, ExportDialog

    dialog = ExportDialog(window, ExportChoice(Path("/tmp/back-zone-sheet.pdf"), "letter"))
    assert dialog.page.currentData() == "letter" and dialog.page.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    choice = dialog.choice()
    assert choice.path.name == "back-zone-sheet.png" and choice.suffix == ".png"
    assert dialog.dpi.isEnabled() and not dialog.page.isEnabled()


def test_printing_to_a_pdf_printer_works(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = sheet.paint_sheet(printer, window.zone_set, "letter")
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages
    assert abs(float(reader.pages[0].mediabox.width) - 612) <= 1


def test_preview_dialog_paints_every_page(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from massage_trainer.ui.exporting import make_preview

    preview = make_preview(window, window.zone_set, worksheet=True, page="a4")
    qtbot.addWidget(preview)
    preview.show()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=5000)
    assert preview.error is None
