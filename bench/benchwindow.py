"""The main window as the in-process benchmarks measure it: offscreen, with
settings of its own, 1600x1000 and shown."""

from __future__ import annotations


def open_bench_window(width: int = 1600, height: int = 1000):
    """(application, main window) on the built-in zone set."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("Massage Trainer Bench")
    QSettings().clear()
    from massage_trainer.app import create_main_window

    window = create_main_window()
    window.resize(width, height)
    window.show()
    app.processEvents()
    return app, window
