"""A few things made last, kept to be used again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The ``size`` things asked for last, each made once while it stays
    among them: a quiz across views asks for the same two (the back's and
    the front's picture) at almost every question.  A value may hold the
    object whose ``id`` is in its key, so that no other object takes that id
    while the value is kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: dict[K, V] = {}  # the oldest first

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The value kept for ``key``, else the one ``make()`` makes now."""
        value = self._items.pop(key) if key in self._items else make()
        self._items[key] = value
        while len(self._items) > self.size:
            del self._items[next(iter(self._items))]
        return value
