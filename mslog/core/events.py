"""A tiny observer: the domain announces changes, views subscribe (no Qt needed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """A list of callbacks called with one payload each time the event fires."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        """Call ``callback(payload)`` on every later :meth:`emit`."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        """Stop calling ``callback``."""
        self._callbacks.remove(callback)

    def emit(self, payload: T) -> None:
        """Call every connected callback with ``payload``."""
        for callback in list(self._callbacks):
            callback(payload)
