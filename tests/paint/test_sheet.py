"""The printable zone sheet: the numbering, the PDF's pages and text, the
worksheet, the window's Export and Print actions, and the handout's layout:
six pages at most, page 1 alone or with the table, and no heading, list of
zones or technique paragraph cut from what it belongs to; and the sheet of
every view: a diagram page per view, one zone table, the rest once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from massage_trainer.core.zones import load_views
from massage_trainer.paint import output, sheet

SAFETY_WORDS = ("Target", "Caution", "Avoid")
PAGE_POINTS = {"a4": (595, 842), "letter": (612, 792)}


def pdf_texts(path: Path) -> list[str]:
    """Each page's text with its white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def sheet_pdf(qapp, zs, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    pages = output.write_pdf(zs, path, "a4")
    return path, pages, pdf_texts(path)


@pytest.fixture(scope="module")
def views():
    """Every built-in view: the back and the front."""
    return list(load_views().values())


@pytest.fixture(scope="module")
def views_pdf(qapp, views, tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "views.pdf"
    pages = output.write_pdf(views, path, "a4")
    return path, pages, pdf_texts(path)


@pytest.fixture(scope="module")
def worksheet_pdf(qapp, zs, tmp_path_factory):
    path = tmp_path_factory.mktemp("worksheet") / "worksheet.pdf"
    pages = output.write_pdf(zs, path, "letter", worksheet=True)
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


# --- the PDF -----------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_pdf_page_count_and_size(qapp, zs, tmp_path, page, sheet_pdf):
    if page == "a4":
        path, pages, texts = sheet_pdf
    else:
        path = tmp_path / "sheet.pdf"
        pages = output.write_pdf(zs, path, page)
        texts = None
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    assert 5 <= pages <= sheet.MAX_PAGES
    width, height = PAGE_POINTS[page]
    for p in reader.pages:
        assert abs(float(p.mediabox.width) - width) <= 1
        assert abs(float(p.mediabox.height) - height) <= 1
    if texts is None:  # reading text back is slow: the last page will do
        texts = [None] * (pages - 1) + [" ".join(reader.pages[-1].extract_text().split())]
    for number, text in enumerate(texts, 1):
        assert text is None or f"Page {number} of {pages}" in text
    assert list(path.parent.glob(".*.tmp")) == []


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_worksheet_hides_the_answers_and_has_a_key(zs, worksheet_pdf):
    path, pages = worksheet_pdf
    texts = pdf_texts(path)
    # the worksheet page, then the answer key (on Letter it runs on to a
    # second page once there are more zone kinds than one page holds)
    assert len(texts) == pages >= 2
    first, key = texts[0], " ".join(texts[1:])
    for word in SAFETY_WORDS:
        assert word.lower() not in first.lower()
    for zone in zs.zones:
        assert zone.name not in first
        assert zone.name in key
    assert "answer key" in key.lower()
    assert all(word in key for word in SAFETY_WORDS)
    assert " ".join(zs.rules.disclaimer.split()) in first
    assert f"{len(zs.kinds())}" in first  # every number is on the worksheet


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

    monkeypatch.setattr(output, "write_svg", broken)
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


@pytest.mark.slow
def test_printing_to_a_pdf_printer_works(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = output.paint_sheet(printer, window.zone_set, "letter")
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages
    assert abs(float(reader.pages[0].mediabox.width) - 612) <= 1


@pytest.mark.slow
def test_preview_dialog_paints_every_page(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from massage_trainer.ui.exporting import make_preview

    preview = make_preview(window, window.zone_set, worksheet=True, page="a4")
    qtbot.addWidget(preview)
    preview.show()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=5000)
    assert preview.error is None


# --- the handout: six pages at most, nothing cut from what it belongs to --------------
def _layout(zone_set, page_size, content="all", worksheet=False):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(os.devnull)
    writer.setResolution(output.PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size if isinstance(page_size, QPageSize) else QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*[output.MARGIN_MM] * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    return sheet.SheetLayout(writer, zone_set, worksheet, content=content)


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_the_sheet_fits_on_six_pages(qapp, zs, page):
    layout = _layout(zs, output.PAGE_SIZES[page])
    assert len(layout.pages) <= sheet.MAX_PAGES
    # everything is there: every zone's row, and every technique's entry
    rows = [p for p in layout.placed if p.role == "row"]
    assert len(rows) == len(layout.kinds)
    used_on = [p for p in layout.placed if p.role == "used_on"]
    techniques = layout.zone_set.techniques
    used = {t for _n, zones in layout.kinds for t in zones[0].techniques if t in techniques}
    assert len(used_on) == len(used)


@pytest.mark.parametrize("which", ["back", "every view"])
@pytest.mark.parametrize("page", ["a4", "letter", "a5", "148x190mm"])
def test_no_heading_ends_a_column_and_no_used_on_line_starts_one(qapp, zs, views, page, which):
    """Nothing is cut from what it belongs to: a heading (a view's title in
    the table too) from what follows it, the zones a technique is used on
    from the technique, a technique's steps or cautions from its name."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize

    sizes = {
        **output.PAGE_SIZES,
        "a5": QPageSize.PageSizeId.A5,  # many more breaks
        # a page on which the front view's title in the table falls at the
        # foot of a page unless it is kept with the view's first row
        "148x190mm": QPageSize(QSizeF(148, 190), QPageSize.Unit.Millimeter),
    }
    layout = _layout(zs if which == "back" else views, sizes[page])
    columns: dict[tuple[int, int], list] = {}
    for placed in layout.placed:
        columns.setdefault((placed.page, placed.column), []).append(placed)
    assert len(columns) > 4
    for where, items in columns.items():
        items.sort(key=lambda p: p.y)
        assert items[-1].role not in ("heading", "running"), (where, items[-1])
        assert items[0].role != "used_on", where
        # a technique's paragraph carried to a new column comes under its name
        assert items[0].role != "part", where
        for item in items:  # and nothing runs off the page
            assert item.y + item.height <= layout.bottom + 0.5 or item is items[0], (where, item)


@pytest.mark.slow
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_page_one_alone_or_with_the_zone_table(qapp, zs, tmp_path, page):
    whole = _layout(zs, output.PAGE_SIZES[page])
    table = _layout(zs, output.PAGE_SIZES[page], content="table")
    assert len([p for p in table.placed if p.role == "row"]) == len(zs.kinds())
    table_pages = len(table.pages)

    alone = tmp_path / "one.pdf"
    assert output.write_pdf(zs, alone, page, pages="1") == 1
    text = pdf_texts(alone)[0]
    assert "Page 1 of 1" in text and "following pages" not in text
    assert all(zone.name in text for zone in zs.zones)  # the key is on page 1

    with_table = tmp_path / "table.pdf"
    assert output.write_pdf(zs, with_table, page, pages="table") == table_pages < len(whole.pages)
    everything = " ".join(pdf_texts(with_table))
    assert "The numbered zones" in everything and zs.kinds()["spine"][0].why[:40] in everything
    assert "Technique glossary" not in everything and "General rules" not in everything


def test_a_worksheet_alone_leaves_out_the_key(qapp, zs, tmp_path):
    path = tmp_path / "worksheet.pdf"
    assert output.write_pdf(zs, path, "a4", worksheet=True, pages="1") == 1
    assert "answer key" not in pdf_texts(path)[0].lower()


def test_unknown_pages_are_refused(qapp, zs, tmp_path):
    with pytest.raises(ValueError, match="unknown pages"):
        output.write_pdf(zs, tmp_path / "x.pdf", pages="2")
    assert list(tmp_path.iterdir()) == []


# --- the sheet of every view ------------------------------------------------------------
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_every_view_has_its_diagram_page_and_one_table(qapp, views, page):
    layout = _layout(views, output.PAGE_SIZES[page])
    assert len(views) == 2
    assert len(layout.pages) <= sheet.max_pages(2) == 10
    assert len(layout.pages) > sheet.MAX_PAGES  # more than one view's sheet
    # a diagram page per view, first the back, then the front; then the table
    assert layout.view_pages == [0, 1]
    assert [f.zone_set.view for f in layout.fronts] == ["back", "front"]
    assert [f.kinds for f in layout.fronts] == [sheet.numbered_kinds(v) for v in views]
    rows = [p for p in layout.placed if p.role == "row"]
    kinds = sum(len(v.kinds()) for v in views)
    assert len(rows) == kinds  # one table: every zone kind of both views, once
    assert min(p.page for p in rows) == 2
    # every technique used in either view is in the glossary once
    used_on = [p for p in layout.placed if p.role == "used_on"]
    used = {t for v in views for z in v.zones for t in z.techniques if t in v.techniques}
    assert len(used_on) == len(used)


def test_a_sheet_of_one_view_is_as_before(qapp, zs):
    """A list of one view lays out exactly as the view alone."""
    alone, listed = _layout(zs, output.PAGE_SIZES["a4"]), _layout([zs], output.PAGE_SIZES["a4"])
    assert not listed.several and listed.title == zs.title == "Back view"
    assert [(p.page, p.column, p.role) for p in listed.placed] == [
        (p.page, p.column, p.role) for p in alone.placed
    ]
    assert listed.view_pages == [0]


def test_numbered_lists_hang_past_nine(qapp, zs):
    """ "10." needs a wider hanging indent than "9.": it stays on one line."""
    layout = _layout(zs, output.PAGE_SIZES["a4"])
    metrics = layout.metrics(sheet.sheet_font(layout.sizes.rules, bold=True))
    assert layout._mark_indent(["12."]) > metrics.horizontalAdvance("12.")
    assert layout._mark_indent(["1."]) == 14 * layout.pt


@pytest.mark.slow
def test_pdf_of_every_view(views, views_pdf):
    path, pages, texts = views_pdf
    back, front = views
    assert len(PdfReader(path).pages) == pages == len(texts)
    assert sheet.MAX_PAGES < pages <= sheet.max_pages(2)
    assert all(f"Page {n} of {pages}" in text for n, text in enumerate(texts, 1))
    # each view's title heads its own page, with that view's key
    assert texts[0].startswith("Back view: where to massage")
    assert texts[1].startswith("Front view: where to massage")
    assert "Front view:" not in texts[0] and "Back view:" not in texts[1]
    assert all(z.name in texts[0] for z in back.zones)
    assert all(z.name in texts[1] for z in front.zones)
    # one table with both views' zones under their titles, each numbered
    # from 1 as on its diagram page
    rest = " ".join(texts[2:])
    first_back = sheet.numbered_kinds(back)[0][1][0].name
    first_front = sheet.numbered_kinds(front)[0][1][0].name
    back_at = rest.index(f"Back view numbered as on page 1 1 {first_back}")
    front_at = rest.index(f"Front view numbered as on page 2 1 {first_front}")
    assert back_at < front_at
    for zone in back.zones:
        assert zone.name in rest[back_at:front_at]
    for zone in front.zones:
        assert zone.name in rest[front_at:]
    assert rest.count("The numbered zones") >= 1 and rest.count("Technique glossary") == 1
    # the rules and the glossary once
    for once in ("Rules, and when not to massage", "General rules", "Order of a session"):
        assert rest.count(once) == 1, once
    for rule in (*back.rules.rules, *back.rules.contraindications):
        assert rule.title in rest
    assert "Back view and Front view" in texts[-1]  # the footer names both


@pytest.mark.slow
def test_worksheet_of_every_view(qapp, views, tmp_path):
    path = tmp_path / "worksheets.pdf"
    pages = output.write_pdf(views, path, "a4", worksheet=True)
    texts = pdf_texts(path)
    assert pages == len(texts) == 4  # a worksheet page per view, then their keys
    for i, view in enumerate(views):
        assert texts[i].startswith(f"{view.title}: zone worksheet")
        assert not any(word in texts[i] for word in SAFETY_WORDS)
        assert texts[2 + i].startswith(f"{view.title}: answer key")
        assert all(z.name in texts[2 + i] for z in view.zones)


def test_printing_every_view_through_paint_sheet(qapp, views, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = output.paint_sheet(printer, views, "letter", pages="1")
    assert pages == len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    texts = pdf_texts(tmp_path / "printed.pdf")
    assert "Page 2 of 2" in texts[1] and texts[1].startswith("Front view")


def test_a_sheet_needs_a_view(qapp, tmp_path):
    with pytest.raises(ValueError, match="at least one view"):
        output.write_pdf([], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []
