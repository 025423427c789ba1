"""The agreement editor's pages over an ordered list (purposes, parties, forms of cooperation): a
numbered table in the stored order, the selected row's fields beside it, and Ny / Ta bort / Upp / Ner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ..editors import buttons, shortcut
from ..models import Column, RowsModel
from ..row_actions import move_selected
from ..widgets import current_uuid, make_table, select_uuid


class OrderedListPage(QWidget):
    """A page of the agreement editor over one ordered list.

    Subclasses pass their columns (after the "Nr" column) and implement ``_show(current, previous)``
    (fill the fields from the current row), ``add`` and ``remove``; ``move_operation(store, uuid, delta)``
    (a staticmethod)
    is the core operation that reorders.
    """

    move_operation: Callable[..., object]

    def __init__(self, editor, object_name: str, columns: Sequence[Column], *, stretch_column: int):
        super().__init__()
        self.editor = editor
        self.ctx = editor.ctx
        number = Column(QCoreApplication.translate("OrderedListPage", "Nr"), lambda r: r["position"] + 1,
                        align_right=True)
        self.model = RowsModel([number, *columns])
        self.view = make_table(self.model, stretch_column=stretch_column)
        self.view.setSortingEnabled(False)
        self.view.setObjectName(object_name)
        self.view.selectionModel().currentRowChanged.connect(self._show)
        shortcut(self.view, Qt.Key.Key_Delete, self.remove, context=Qt.ShortcutContext.WidgetShortcut)

    def list_buttons(self, add: tuple[str, str], remove_text: str):
        """The row under the list: ``add`` as (text, tooltip), ``remove_text``, Upp and Ner."""
        return buttons((add[0], self.add, add[1]),
                       (remove_text, self.remove, QCoreApplication.translate("OrderedListPage", "Delete")),
                       (QCoreApplication.translate("OrderedListPage", "Upp"), lambda: self.move(-1),
                        QCoreApplication.translate("OrderedListPage", "Flytta upp")),
                       (QCoreApplication.translate("OrderedListPage", "Ner"), lambda: self.move(1),
                        QCoreApplication.translate("OrderedListPage", "Flytta ner")))

    def show_rows(self, rows: list[dict]) -> None:
        """Show ``rows``, keeping the selected record selected (else the first) and its fields shown."""
        keep = current_uuid(self.view)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        select_uuid(self.view, keep)
        self._show(self.view.currentIndex(), None)

    def move(self, delta: int) -> None:
        move_selected(self, self.view, self.move_operation, delta)

    def _show(self, current, _previous) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError
