"""The Progress tab's table at scale: thousands of items fill it in one pass."""

from __future__ import annotations

from PySide6.QtCore import Qt

from massage_trainer.core.quiz import Progress
from massage_trainer.ui.progressview import COLUMNS, ProgressTableModel, ProgressView, mode_text

ITEMS = 5_000


def big_progress(view: str, now: float) -> Progress:
    progress = Progress()
    for i in range(ITEMS):
        for _ in range(1 + i % 4):
            progress.record(view, "find", f"kind{i:04d}", right=i % 3 != 0, now=now - i)
    return progress


class CountingModel(ProgressTableModel):
    """The table's model, counting how often its cells are read."""

    reads = 0

    def data(self, index, role=0):
        CountingModel.reads += 1
        return super().data(index, role)


def test_five_thousand_items_fill_the_table_in_one_pass(open_window, qtbot, monkeypatch):
    """The table is filled by one model reset: no signal per cell, and the cells
    are read a bounded number of times per row (a table filled cell by cell, with
    rows sized to their contents, measured every row again for each cell)."""
    monkeypatch.setattr(ProgressView, "table_model", CountingModel)
    window = open_window(1100, 800)
    quiz = window.quiz
    now = quiz.clock()
    progress = big_progress(window.zone_set.view, now)
    quiz.show_progress_action.trigger()
    view: ProgressView = quiz.progress_view
    model = view.table.model()
    assert isinstance(model, CountingModel)
    signals: list[str] = []
    for name in ("dataChanged", "rowsInserted", "modelReset", "layoutChanged"):
        getattr(model, name).connect(lambda *_a, n=name: signals.append(n))
    CountingModel.reads = 0
    view.refresh(progress, window.zone_set, now)
    qtbot.wait(20)  # the table fits its rows and columns, and paints
    view.table.viewport().repaint()
    assert view.row_count() == ITEMS
    assert signals.count("modelReset") == 1
    assert "dataChanged" not in signals and "rowsInserted" not in signals
    # only what is on screen is read (a few roles per visible cell), not every row
    assert CountingModel.reads < 20 * 100 * len(COLUMNS)


def test_sorting_thousands_of_rows_and_selecting_from_the_map(open_window, qtbot):
    window = open_window(1100, 800)
    quiz = window.quiz
    now = quiz.clock()
    progress = big_progress(window.zone_set.view, now)
    quiz.show_progress_action.trigger()
    view = quiz.progress_view
    view.refresh(progress, window.zone_set, now)
    assert view.cell_text(0, 0) == "kind0000"  # by name
    assert f"0 of {len(window.zone_set.kinds())} areas practised" in view.summary.text()
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # asked most often
    assert view.row_count() == ITEMS
    counts = [int(view.cell_text(r, 2)) for r in range(view.row_count())]
    assert counts == sorted(counts, reverse=True)
    with qtbot.waitSignal(view.kindSelected, check_params_cb=lambda k: k == "kind4321"):
        view.select_kinds(["kind4321"])
    assert view.selected_kinds() == ["kind4321"]
    # a new fill keeps the sort and the selection
    view.refresh(progress, window.zone_set, now)
    assert view.selected_kinds() == ["kind4321"]
    assert [int(view.cell_text(r, 2)) for r in range(5)] == counts[:5]


def test_side_and_typed_progress_have_their_own_words():
    assert mode_text("side") == "Find it, left or right"
    assert mode_text("typed") == "Name it, typed"
    assert mode_text("find") == "Find it"
    assert mode_text("unknown") == "unknown"
