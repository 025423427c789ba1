"""Undo/redo: every core operation's OpChanges becomes one QUndoCommand on the window's stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core import records
from ..core.records import OpChanges


class OpCommand(QUndoCommand):
    """An operation that has already run; undo/redo write the inverse/forward edit as new edits."""

    def __init__(self, ctx, changes: OpChanges):
        super().__init__(changes.label)
        self.ctx = ctx
        self.changes = changes
        self._done = True  # the operation already ran when it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.ctx.hub.notify(records.redo(self.ctx.store, self.changes))

    def undo(self) -> None:
        self.ctx.hub.notify(records.undo(self.ctx.store, self.changes))


def push(ctx, changes: OpChanges) -> None:
    """Record a completed operation for undo and tell the views."""
    if not changes:
        return
    ctx.undo_stack.push(OpCommand(ctx, changes))
    ctx.hub.notify(changes)


Operation = Callable[..., OpChanges]
