"""What every tab shares: the context, refreshing when its tables change (lazily if hidden); and what
the list-and-editor tabs share: their keys, committing typed text before the window closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from ..core.store.records import OpChanges
from .context import AppContext
from .editors import guard_window, shortcut


class ReloadsWhenShown:
    """Mixed into a widget that follows its data: a change marks it stale (:meth:`_mark_stale`); it
    reloads at once when visible, else when it is next shown. The widget implements ``reload()``."""

    _stale = True

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()


class Tab(ReloadsWhenShown, QWidget):
    """A main-window tab. Subclasses set ``title``, ``object_name``, ``tables`` and implement refresh().

    ``tables``: the tables whose changes this tab shows; a change elsewhere does not reload it.
    A hidden tab only marks itself stale and reloads when it is shown.
    """

    title = ""
    object_name = ""
    tables: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.object_name)
        self._initiator: object | None = None
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.workspace_opened.connect(self._mark_stale)
        ctx.hub.agreement_selected.connect(lambda _uuid: self._mark_stale())

    def _on_changed(self, changes: OpChanges) -> None:
        if not self.tables or changes.touches(*self.tables):
            self._initiator = self.ctx.hub.initiator
            try:
                self._mark_stale()
            finally:
                self._initiator = None

    def made_here(self, widget: QWidget) -> bool:
        """True while refreshing after a change ``widget`` made itself (an editor's field commit):
        refresh() then leaves that widget as the user has it instead of reloading it under the cursor."""
        return self._initiator is not None and self._initiator is widget

    def reload(self) -> None:
        """Refresh now (tests call it directly)."""
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def commit_edits(self) -> None:
        """Save text still being typed (a field saved on focus-out) before the file is closed."""

    def invalid_edits(self) -> list[str]:
        """Text typed in this tab that cannot be saved as it stands, one line each (asked about at quit)."""
        return []

    def selected_record(self) -> tuple[str, str] | None:
        """(table, uuid) of the record selected in this tab, for Historik; None if none."""
        return None


class ListEditorTab(Tab):
    """A tab over a filtered list whose editor fields commit on focus-out.

    Its ``title`` is translated; :meth:`list_keys` gives it Ctrl+N (new), Ctrl+F (the filter) and Delete
    (in the list); text still being typed is committed before the window closes.
    """

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, parent)
        # ``title`` is marked with QT_TRANSLATE_NOOP in the subclass's own context.
        self.title = QCoreApplication.translate(type(self).__name__, type(self).title)

    def list_keys(self, view: QAbstractItemView, filter_edit: QLineEdit, *, new, delete) -> None:
        tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(self, "Ctrl+N", new, context=tab)
        shortcut(self, "Ctrl+F", lambda: (filter_edit.setFocus(), filter_edit.selectAll()), context=tab)
        shortcut(view, Qt.Key.Key_Delete, delete, context=Qt.ShortcutContext.WidgetShortcut)

    def showEvent(self, event) -> None:
        guard_window(self)
        super().showEvent(event)
