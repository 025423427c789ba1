"""What the buttons under a list do to its selected row: run an operation on it, delete it after
asking, move it up or down and keep it selected, show the row an add made. One write each, through
``ctx.perform``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QWidget

from .editors import confirm
from .widgets import current_uuid, select_uuid


def perform_on(widget: QWidget, uuid: str | None, operation: Callable[..., object], *args):
    """``operation(store, uuid, *args)`` as one undo step from ``widget`` (nothing when ``uuid`` is None);
    returns the changes, or None."""
    if not uuid:
        return None
    return widget.ctx.perform(lambda s: operation(s, uuid, *args), parent=widget)


def remove_selected(widget: QWidget, view: QAbstractItemView, title: str, question: str,
                    operation: Callable[..., object]) -> None:
    """Ask ``question`` (with the delete note), then ``operation(store, uuid)`` on ``view``'s current row."""
    uuid = current_uuid(view)
    if uuid and confirm(widget, title, question):
        perform_on(widget, uuid, operation)


def move_selected(widget: QWidget, view: QAbstractItemView, operation: Callable[..., object], delta: int) -> None:
    """``operation(store, uuid, delta)`` on ``view``'s current row, which stays selected at its new place."""
    uuid = current_uuid(view)
    if uuid:
        perform_on(widget, uuid, operation, delta)
        select_uuid(view, uuid)


def show_created(view: QAbstractItemView, changes, table: str, field: QWidget | None = None) -> str | None:
    """After an add: select the record ``changes`` created in ``table`` and put the cursor in ``field``
    with its text selected, ready to be typed over. Returns the new uuid (None when nothing was made)."""
    if not changes:
        return None
    uuid = changes.created(table)[0]
    select_uuid(view, uuid)
    if field is not None:
        field.setFocus()
        field.selectAll()
    return uuid
