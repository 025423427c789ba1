"""Analys → "Veckodag × klockslag": when in the week and the day the period's incidents happened.

One row per hour (00–23), one column per weekday and the hour's total; the busier a cell, the
darker its shade (the numbers stand in every cell, so the table reads without colour). Incidents
without a time of day are counted apart under the table (core/est/timeofday.py).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.est.timeofday import WEEKDAY_SHORT, WeekdayHours
from ..i18n import core_text
from ..theme import colour
from ..widgets import make_table, resize_to_contents

ROOT = QModelIndex()


class WeekdayHoursModel(QAbstractTableModel):
    """Hours × (weekdays, total) of a :class:`WeekdayHours`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: WeekdayHours | None = None

    def set_table(self, table: WeekdayHours | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() or self.table is None else 24

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return f"{section:02d}–{(section + 1) % 24:02d}"
        return core_text(WEEKDAY_SHORT[section]).capitalize() if section < 7 else self.tr("Summa")

    def value(self, row: int, column: int) -> int:
        if column < 7:
            return self.table.count(column, row)
        return sum(self.table.count(d, row) for d in range(7))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        n = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() < 7 and n and self.table.peak:
            share = n / self.table.peak
            base = QColor(colour("#c0392b", "#e06c5a"))
            base.setAlphaF(0.1 + 0.6 * share)
            return base
        if role == Qt.ItemDataRole.FontRole and index.column() == 7:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class WeekdayHoursView(QWidget):
    """The table and a line on how many incidents have no time of day."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = WeekdayHoursModel(self)
        self.table = make_table(self.model)
        self.table.setObjectName("weekday_hours")
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(True)
        self.note = QLabel()
        self.note.setObjectName("weekday_hours_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_table(self, table: WeekdayHours | None) -> None:
        self.model.set_table(table)
        resize_to_contents(self.table, 70)
        if table is None:
            self.note.setText("")
            return
        text = self.tr("{with_time} händelser med klockslag.").format(with_time=table.with_time)
        if table.without_time:
            text += " " + self.tr("{n} händelser utan klockslag räknas inte i tabellen.").format(n=table.without_time)
        self.note.setText(text)
