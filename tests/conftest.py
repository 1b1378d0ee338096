"""Test configuration: Qt runs offscreen, settings and data go to a scratch folder."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the offscreen platform reports harmless window-manager limits as warnings
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# the tests read the program's English texts unless they ask for a language:
# the machine's language must not change what they see
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"
# one scratch folder per test process: each pytest-xdist worker has its own
# settings, progress and cache files, so tests in parallel never share them
_scratch = tempfile.mkdtemp(prefix="massage-trainer-tests-")
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_scratch, _var.lower())


import pytest  # noqa: E402


@pytest.fixture
def fresh_settings(qapp, request):
    """A clean settings store and data folder (saved progress) of their own for
    each test module."""
    from PySide6.QtCore import QSettings, QStandardPaths

    qapp.setOrganizationName("Massage Trainer Tests")
    qapp.setApplicationName(request.module.__name__)
    QSettings().clear()
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def open_window(qtbot, fresh_settings):
    """Make a main window on the built-in zone set; shown unless show=False.
    The one way the UI tests make a window."""
    from massage_trainer.app import create_main_window

    def make(width: int = 1100, height: int = 800, show: bool = True):
        win = create_main_window()
        qtbot.addWidget(win)
        if show:
            win.resize(width, height)
            win.show()
            qtbot.waitExposed(win)
        return win

    return make
