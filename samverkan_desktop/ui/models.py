"""Table models over core query results, and a proxy that sorts Swedish text the Swedish way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..core.store.declare import NUMBER, Entity, display
from ..core.text import swedish_key
from .i18n import core_text
from .theme import ON_LIGHT

STATUS_BRUSHES = {"grön": QColor("#d7f0d8"), "gul": QColor("#fff1c2"), "röd": QColor("#f8d0d0")}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()  # the invalid index: "no parent"


@dataclass(frozen=True)
class Column:
    """A column: header text and how to read the cell from a row dict."""

    header: str
    key: str | Callable[[dict], Any]
    align_right: bool = False
    tooltip: str | Callable[[dict], str] | None = None

    def value(self, row: dict) -> Any:
        return self.key(row) if callable(self.key) else row.get(self.key)


def declared_columns(entity: Entity) -> list[Column]:
    """The table columns of a declared entity (core/store/declare.py), headers translated."""
    return [Column(core_text(f.column), lambda r, f=f: display(f, r, translate=core_text),
                   align_right=f.kind == NUMBER, tooltip=lambda r, f=f: display(f, r, full=True, translate=core_text))
            for f in entity.columns()]


def choice_colour(entity: Entity, name: str) -> Callable[[dict], QColor | None]:
    """A row background from the colour the declaration gives the value of field ``name``."""
    colours = {c.value: QColor(c.colour) for c in entity[name].choices if c.colour}
    return lambda row: colours.get(row.get(name))


class FlatTableModel(QAbstractTableModel):
    """A table without children: subclasses say its ``shape()`` (rows, columns) and show new data
    through :meth:`replace`, which repaints in place when the same records come back."""

    def shape(self) -> tuple[int, int]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.shape()[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.shape()[1]

    def replace(self, update: Callable[[], None], *, same: bool = False) -> None:
        """Run ``update`` (which swaps the model's data). ``same``: the same records in the same order
        came back, so only repaint (selection, current cell, open editors and scroll position stay);
        otherwise reset the model."""
        if same:
            update()
            rows, columns = self.shape()
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
            return
        self.beginResetModel()
        update()
        self.endResetModel()


class RowsModel(FlatTableModel):
    """Rows (dicts from a core query) shown through a list of :class:`Column`.

    ``background`` may return a colour for a row (a vacancy, an overdue action).
    """

    def __init__(self, columns: Sequence[Column], *, background: Callable[[dict], QColor | None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict] = []
        self.background = background

    def set_rows(self, rows: list[dict]) -> None:
        """Show ``rows``. The same records in the same order only repaint (selection, current row and
        scroll position stay); anything else resets the model."""
        rows = list(rows)
        same = (len(rows) == len(self.rows) and bool(rows) and "uuid" in rows[0]
                and all(a.get("uuid") == b.get("uuid") for a, b in zip(rows, self.rows, strict=True)))
        self.replace(lambda: setattr(self, "rows", rows), same=same)

    def row_at(self, index: QModelIndex) -> dict:
        return self.rows[index.row()]

    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.columns)

    def column_of(self, key: str) -> int:
        """The column showing field ``key`` (a Column with that key), else the one headed ``key``."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        return next(i for i, column in enumerate(self.columns) if column.header == key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and \
                orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header  # the tooltip: the whole header where a narrow column elides it
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if value is None:
                return ""
            if isinstance(value, float):  # 0,5 in Swedish, 0.5 in English
                return QLocale().toString(value, "g", 6)
            return str(value)
        if role == SORT_ROLE:
            value = column.value(row)
            return value if isinstance(value, (int, float)) else str(value or "")
        if role == UUID_ROLE:
            return row.get("uuid")
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) if callable(column.tooltip) else column.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.background:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self.background and self.background(row) is not None:
            return QBrush(QColor(ON_LIGHT))  # readable on the light row colour in a dark palette too
        return None


class SwedishSortProxy(QSortFilterProxyModel):
    """Sorts text in Swedish order (å, ä, ö after z) and filters on every column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a < b
        return swedish_key(str(a or "")) < swedish_key(str(b or ""))
