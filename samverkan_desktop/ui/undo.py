"""Undo/redo: every core operation's OpChanges becomes one QUndoCommand on the window's stack.

A small change is undone on the spot. A big one (an import of thousands of incidents) is undone
on the task worker (``ctx.tasks``: progress dialog, Avbryt, wait cursor, a line in the status
bar) so the window never freezes. QUndoStack moves its index as soon as ``undo()`` returns, so
when the background write fails or is cancelled (nothing was written: the transaction rolled
back) the command puts the stack back where it was with ``setIndex``, guarded by ``_skip`` so
that stepping back over it does not run it again. The command stays on the stack: the user can
simply try again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMainWindow

from ..core.errors import Cancelled, SamverkanError
from ..core.store import replay
from ..core.store.records import OpChanges
from .errors import show_error
from .i18n import _

BACKGROUND_MIN = 2000  # more edits than this: undo/redo on the worker thread

def is_busy(stack) -> bool:
    """True while a big undo/redo of ``stack`` is being written on the worker."""
    return getattr(stack, "_samverkan_busy", False)


def _set_busy(stack, busy: bool) -> None:
    # A plain attribute on the stack's Python wrapper (ctx keeps it): QObject.setProperty with a
    # bool upset PySide's reference counting at interpreter exit.
    stack._samverkan_busy = busy


class OpCommand(QUndoCommand):
    """An operation that has already run; undo/redo write the inverse/forward edit as new edits."""

    def __init__(self, ctx, changes: OpChanges):
        super().__init__(changes.label)
        self.ctx = ctx
        self.changes = changes
        self._done = True  # the operation already ran when it was pushed
        self._skip = False  # the stack is being put back after a failed run: do not write

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self._skip:
            self._skip = False
            return
        self._run(forward=True)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(forward=False)

    # -- running -----------------------------------------------------------------------------

    def _run(self, *, forward: bool) -> None:
        ctx = self.ctx
        stack = ctx.undo_stack
        verb = _("Gör om") if forward else _("Ångra")
        if is_busy(stack):
            # Another undo/redo is still being written: refuse this step and put the stack back.
            _status(ctx, _("Vänta: {verb} pågår redan.").format(verb=verb.lower()))
            QTimer.singleShot(0, lambda: self._put_back(applied=not forward))
            return
        write = replay.redo if forward else replay.undo
        if len(self.changes.edits) <= BACKGROUND_MIN:
            try:
                changes = write(ctx.store, self.changes)
            except SamverkanError as exc:
                # After QUndoStack has moved its index (it does once this returns).
                QTimer.singleShot(0, lambda e=exc: self._failed(verb, e, applied=not forward))
                return
            ctx.hub.notify(changes)
            return
        self._run_in_background(write, verb, applied_before=not forward)

    def _run_in_background(self, write: Callable, verb: str, *, applied_before: bool) -> None:
        ctx = self.ctx
        label = self.changes.label
        total = len(self.changes.edits)
        _set_busy(ctx.undo_stack, True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        _status(ctx, _("{verb}: {label} ({n} ändringar) …").format(verb=verb, label=label, n=_n(total)), 0)

        def work(progress):
            shown = [-1]

            def report(done: int, all_: int, _text: str) -> None:
                # At most ~50 updates per run: each one is a signal to the UI thread, and PySide6
                # 6.12 on Python 3.11 loses a reference to True per Python-side emit().
                step = done * 50 // all_ if all_ else 0
                if step != shown[0] or done >= all_:
                    shown[0] = step
                    progress(done, all_, _("{done} av {all} ändringar").format(done=_n(done), all=_n(all_)))
            try:
                return write(ctx.store, self.changes, progress=report)
            except Cancelled:
                return None  # the transaction rolled back; on_success puts the stack back

        def finish() -> None:
            _set_busy(ctx.undo_stack, False)
            QApplication.restoreOverrideCursor()

        def on_success(changes: OpChanges | None) -> None:
            finish()
            if changes is None:
                self._put_back(applied=applied_before)
                _status(ctx, _("{verb} avbröts. Ingenting ändrades.").format(verb=verb))
                return
            _status(ctx, _("{verb}: {label} ({n} ändringar) – klart.").format(verb=verb, label=label, n=_n(total)))
            ctx.hub.notify(changes)

        def on_failure(exc: BaseException) -> None:
            finish()
            self._failed(verb, exc, applied=applied_before)

        self.task = ctx.tasks.run(f"{verb}: {label}", work, on_success=on_success, on_failure=on_failure)

    def _failed(self, verb: str, exc: BaseException, *, applied: bool) -> None:
        """Nothing was written: put the stack back and say so (never a traceback)."""
        self._put_back(applied=applied)
        _status(self.ctx, _("{verb} misslyckades. Ingenting ändrades.").format(verb=verb))
        show_error(self.ctx.parent, exc, before=_("Det gick inte att {verb} ”{label}”.").format(
                       verb=verb.lower(), label=self.changes.label),
                   after=_("Ingenting ändrades. Du kan försöka igen."))

    def _put_back(self, *, applied: bool) -> None:
        """Move the stack's index back over this command only, without running it."""
        stack = self.ctx.undo_stack
        position = next((i for i in range(stack.count()) if stack.command(i) is self), None)
        if position is None:  # the command is gone (a new edit was pushed over it)
            return
        target = position + 1 if applied else position
        if stack.index() == target or abs(stack.index() - target) != 1:
            return  # already right, or other commands moved too: never run those behind the user's back
        self._skip = True
        stack.setIndex(target)
        self._skip = False  # in case Qt did not call us (it does: setIndex runs this command)


def _n(number: int) -> str:
    """Thousands with a space, as Swedish writes them."""
    return f"{number:,}".replace(",", " ")


def _status(ctx, text: str, msecs: int = 8000) -> None:
    window = ctx.parent
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)


def push(ctx, changes: OpChanges) -> None:
    """Record a completed operation for undo (only ``AppContext.record`` calls this)."""
    if changes:
        ctx.undo_stack.push(OpCommand(ctx, changes))


Operation = Callable[..., OpChanges]
