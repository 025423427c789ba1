"""A lazy table model over the incident log: it holds rowids only, fetches rows a page at a time.

Filtering and sorting happen in SQL (core/est/filter.py); the model keeps the matching rowids (an
int array) and reads the PAGE rows around what the view asks for, keeping the last few pages.
A million matching incidents cost 8 MB of ids and one page of rows, not a million dicts.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...core.est import filter as log
from ..models import UUID_ROLE

PAGE = 200
KEEP_PAGES = 16
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentLogModel", text)


# (header, row key, sort key of core/est/filter.SORTS)
COLUMNS = (
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Datum"), "occurred_on", "date"),
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Tid"), "occurred_time", "date"),  # sorts with its date
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Kategori"), "category", "category"),
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Område"), "area", "area"),
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Källa"), "source", "source"),
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Antal"), "count", "count"),
    (QT_TRANSLATE_NOOP("IncidentLogModel", "Beskrivning"), "description", "description"),
)


class IncidentLogModel(QAbstractTableModel):
    """The incidents matching a :class:`core.est.filter.IncidentFilter`, in SQL order."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filter: log.IncidentFilter | None = None
        self.sort_key, self.descending = "date", True
        self.ids = log.array("q")
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()

    def set_filter(self, f: log.IncidentFilter | None) -> None:
        """Run the filter (ids only) and show its first page."""
        self.filter = f
        self._requery()

    def _requery(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self.ids = (log.incident_ids(self.store, self.filter, self.sort_key, self.descending)
                    if self.filter else log.array("q"))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][2]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._requery()

    def row_at(self, row: int) -> dict:
        page = row // PAGE
        if page in self._pages:
            self._pages.move_to_end(page)
        else:
            self._pages[page] = log.rows_by_id(self.store, self.ids[page * PAGE:(page + 1) * PAGE])
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        rows = self._pages[page]
        return rows[row - page * PAGE] if row - page * PAGE < len(rows) else {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.row_at(index.row()).get(COLUMNS[index.column()][1])
            return "" if value is None else str(value)
        if role == UUID_ROLE:
            return self.row_at(index.row()).get("uuid")
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][1] == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
