"""What every tab gets: the open store, the change hub, the undo stack, the task runner, settings.

The one write path of the UI: widgets change data only through :meth:`AppContext.perform` (or
:meth:`AppContext.perform_in_background` for long work), which runs a core operation (one
transaction, its checks read inside it), pushes its changes on the undo stack and tells the views
with the initiating widget, so that widget is not reloaded under the user's cursor. A refusal
goes through the one error hook (:func:`ui.errors.show_error`). Widgets never call
``undo_stack.push`` or ``hub.notify`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import privacy
from ..core.errors import SamverkanError
from ..core.store.database import Store
from ..core.store.records import OpChanges
from ..core.text import personal_number_warning
from .errors import show_error
from .hub import ChangeHub
from .settings import Settings
from .tasks import Task, TaskRunner
from .undo import push


class AppContext:
    """The shared services of one main window (no global "current database")."""

    def __init__(self, store: Store, settings: Settings, *, parent: QWidget | None = None):
        self.store = store
        self.settings = settings
        self.hub = ChangeHub()
        self.undo_stack = QUndoStack(parent)
        self.tasks = TaskRunner(parent)
        self.parent = parent
        self.agreement_uuid: str = ""

    def select_agreement(self, uuid: str) -> None:
        """Make ``uuid`` the agreement the tabs show."""
        if uuid != self.agreement_uuid:
            self.agreement_uuid = uuid
            self.hub.agreement_selected.emit(uuid)

    def perform(self, operation: Callable[[Store], OpChanges], *, parent: QWidget | None = None,
                initiator: object | None = None, undoable: bool = True,
                on_error: Callable[[SamverkanError], None] | None = None) -> OpChanges | None:
        """Run a core operation; on success push it for undo and notify the views.

        :param parent: the widget a message is shown over; also the initiator unless one is given.
        :param initiator: the widget that made the change (an editor); views leave it as it is.
        :param undoable: False for a write that must not be undone (a redaction): views are told,
            nothing goes on the undo stack. The operation may then return a result with ``changes``.
        :param on_error: called after the message, e.g. to put the cursor in the refused field.

        A :class:`SamverkanError` is shown as a message and nothing is written (the operation's
        transaction rolled back). Returns the changes, or None when it failed.
        """
        try:
            changes = operation(self.store)
        except SamverkanError as exc:
            show_error(parent or self.parent, exc)
            if on_error is not None:
                on_error(exc)
            return None
        self.record(changes if isinstance(changes, OpChanges) else changes.changes,
                    initiator=initiator if initiator is not None else parent, undoable=undoable)
        return changes

    def perform_in_background(self, title: str, operation: Callable[[Store, Callable], Any], *,
                              parent: QWidget | None = None, initiator: object | None = None,
                              undoable: bool = True, on_success: Callable[[Any], None] | None = None,
                              on_failure: Callable[[BaseException], None] | None = None) -> Task:
        """:meth:`perform` for long work: ``operation(store, progress)`` runs on the task worker.

        It returns an OpChanges, or a result with a ``changes`` attribute (a merge). On success the
        changes are recorded (pushed for undo unless ``undoable`` is False — a merge is undone by
        restoring its backup) and ``on_success(result)`` runs on the UI thread. A failure goes to
        ``on_failure(exc)`` after the one error hook has shown it. Returns the Task.
        """
        def succeeded(result) -> None:
            changes = result if isinstance(result, OpChanges) else result.changes
            self.record(changes, initiator=initiator if initiator is not None else parent, undoable=undoable)
            if on_success is not None:
                on_success(result)

        def failed(exc: BaseException) -> None:
            show_error(parent or self.parent, exc)
            if on_failure is not None:
                on_failure(exc)

        return self.tasks.run(title, lambda progress: operation(self.store, progress),
                              on_success=succeeded, on_failure=failed)

    def record(self, changes: OpChanges, *, initiator: object | None = None, undoable: bool = True) -> None:
        """The end of every write: one undo step (unless ``undoable`` is False), then tell the views."""
        if not changes:
            return
        if undoable:
            push(self, changes)
        self.hub.notify(changes, initiator=initiator)

    def confirm_export(self, *, parent: QWidget | None = None, agreement: str | None = None,
                       reports: bool = False) -> bool:
        """Before a file or a PDF leaves the workspace: when the content (of ``agreement``, or all;
        ``reports``: the frozen reports' PDFs too) holds a personnummer, name the record and go on
        only on a deliberate "Ja"."""
        findings = privacy.guard(self.store, QCoreApplication.translate("AppContext", "Innehållet"),
                                 agreement=agreement, allow=True, reports=reports)
        if not findings:
            return True
        warning = (privacy.warning_text(findings) + "\n\n" + privacy.describe(self.store, findings[0])
                   + ("\n" + QCoreApplication.translate("AppContext", "(Redigera → Integritetskontroll… visar alla.)")))
        answer = QMessageBox.warning(parent or self.parent,
                                     QCoreApplication.translate("AppContext", "Personnummer i arbetsytan"),
                                     warning + "\n\n" + QCoreApplication.translate("AppContext",
                                                                                     "Vill du ändå fortsätta?"),
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_free_text(self, *texts: str | None, parent: QWidget | None = None) -> bool:
        """Warn when free text holds a personnummer; True when it may be saved."""
        for text in texts:
            warning = personal_number_warning(text)
            if warning:
                answer = QMessageBox.warning(
                    parent or self.parent, QCoreApplication.translate("AppContext", "Personnummer i texten"),
                    warning + "\n\n" + QCoreApplication.translate("AppContext", "Vill du ändå spara?"),
                    QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel)
                return answer == QMessageBox.StandardButton.Save
        return True
