"""Fixtures of the translation tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from massage_trainer import language
from massage_trainer.core import i18n
from tests.i18n.marking import marking


@pytest.fixture
def pseudo():
    """Every translated text comes out marked with ⟦ ⟧; English again after."""
    i18n.install(marking, None, "xx")
    yield
    i18n.install(None, None, "en")
    if QCoreApplication.instance() is not None:
        language.apply_language("en")  # Qt's side too, for the tests after this one


@pytest.fixture
def marked(pseudo):
    """The same as ``pseudo``."""
    return None
