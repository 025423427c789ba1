"""The progress protocol of long tasks: ``progress(done, total, text)`` may raise Cancelled."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str = "") -> None:
    """The progress callback of a task nobody watches."""
