"""What every tab gets: the open store, the change hub, the undo stack, the task runner, settings.

Widgets change data only through :meth:`AppContext.perform`, which runs a core operation (one
transaction), pushes its changes on the undo stack and tells the views.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import privacy
from ..core.errors import SamverkanError
from ..core.store.database import Store
from ..core.store.records import OpChanges
from ..core.text import personal_number_warning
from .hub import ChangeHub
from .settings import Settings
from .tasks import TaskRunner
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

    def perform(self, operation: Callable[[Store], OpChanges], *, parent: QWidget | None = None) -> OpChanges | None:
        """Run a core operation; on success push it for undo and notify the views.

        A :class:`SamverkanError` is shown as a message and nothing is written (the operation's
        transaction rolled back). Returns the changes, or None when it failed.
        """
        try:
            changes = operation(self.store)
        except SamverkanError as exc:
            QMessageBox.warning(parent or self.parent, "Samverkan Desktop", str(exc))
            return None
        push(self, changes)
        return changes

    def confirm_export(self, *, parent: QWidget | None = None, agreement: str | None = None) -> bool:
        """Before a file or a PDF leaves the workspace: when the content (of ``agreement``, or all)
        holds a personnummer, name the record and go on only on a deliberate "Ja"."""
        findings = privacy.guard(self.store, QCoreApplication.translate("AppContext", "Innehållet"),
                                 agreement=agreement, allow=True)
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
