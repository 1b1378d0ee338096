"""A side tab whose contents are built the first time they are needed.

The tab is in the tab bar with its title from the start; ``build`` runs once,
when the tab is first shown (the main window calls ``ensure_built`` on a tab
change) or when its controller needs the widgets (a menu entry, a shortcut).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """Subclasses put their widgets up in ``build``, not in ``__init__``."""

    built = Signal()  # the contents are there (once)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_built = False

    @property
    def is_built(self) -> bool:
        return self._is_built

    def ensure_built(self) -> None:
        if not self._is_built:
            self._is_built = True
            self.build()
            if self.isVisible():
                # Qt would show the new widgets a moment later: the tab's
                # first frame would have only some of them, and no shortcut
                # of theirs would work yet
                for child in self.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                ):
                    if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                        child.show()
            self.built.emit()

    def build(self) -> None:
        raise NotImplementedError
