"""The change hub: core operations report what they changed; views that show it refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.store.records import OpChanges


class ChangeHub(QObject):
    """Signals shared by every tab.

    ``changed(OpChanges)``: after every write (an edit, an undo, a redo, an import or merge).
    ``workspace_opened()``: a different file is open; everything reloads.
    ``agreement_selected(str)``: the agreement chosen in the toolbar (uuid, "" for none).
    """

    changed = Signal(object)
    workspace_opened = Signal()
    agreement_selected = Signal(str)

    def notify(self, changes: OpChanges) -> None:
        if changes:
            self.changed.emit(changes)
