"""The change hub: core operations report what they changed; views that show it refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.store.records import OpChanges


class ChangeHub(QObject):
    """Signals shared by every tab.

    ``changed(OpChanges)``: after every write (an edit, an undo, a redo, an import or merge).
    While it is delivered, ``initiator`` is the widget that made the change (None for undo, redo
    and merges): a view leaves that widget as the user has it instead of reloading it under the
    cursor (see ``Tab.made_here``).
    ``workspace_opened()``: a different file is open; everything reloads.
    ``agreement_selected(str)``: the agreement chosen in the toolbar (uuid, "" for none).
    """

    changed = Signal(object)
    workspace_opened = Signal()
    agreement_selected = Signal(str)

    initiator: object | None = None

    def notify(self, changes: OpChanges, *, initiator: object | None = None) -> None:
        """Tell the views; only :mod:`ui.context` and :mod:`ui.undo` call this (the write path)."""
        if not changes:
            return
        previous, self.initiator = self.initiator, initiator
        try:
            self.changed.emit(changes)
        finally:
            self.initiator = previous
