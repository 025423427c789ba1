"""Matris: each form's (or resource's) status across the agreement's occasions, as coloured cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView, QWidget

from ...core.follow_up import queries as fu
from ..dialogs import stacked
from ..models import FlatTableModel
from ..theme import ON_LIGHT
from ..widgets import control_row, heading
from .common import STATUS_COLOURS, status_label


class MatrixModel(FlatTableModel):
    """Rows = targets, columns = occasions; the cell is the status text on its colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.occasions: list[dict] = []
        self.rows: list[dict] = []

    def set_matrix(self, occasions: list[dict], rows: list[dict]) -> None:
        def update() -> None:
            self.occasions, self.rows = occasions, rows

        self.replace(update)

    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.occasions)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                o = self.occasions[section]
                return f"{o['due_date']}\n{o['kind']}"
            name = self.rows[section]["name"]
            return name if len(name) <= 60 else name[:58] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.occasions[section]["title"] if orientation == Qt.Orientation.Horizontal \
                else self.rows[section]["name"]
        return None

    def column_of(self, occasion_uuid: str) -> int:
        """The column of follow-up occasion ``occasion_uuid``."""
        return next(i for i, o in enumerate(self.occasions) if o["uuid"] == occasion_uuid)

    def status(self, row: int, column: int) -> str:
        return self.rows[row]["statuses"][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        status = self.status(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ON_LIGHT))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()]["comments"][index.column()] or None
        return None


class MatrixPage(QWidget):
    """The status matrix over the agreement period."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Samverkansformer"), "form")
        self.kind.addItem(self.tr("Resurser"), "resource")
        self.kind.currentIndexChanged.connect(lambda *_: self.refresh())
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(self.tr("Håll muspekaren över en ruta för bedömningens kommentar."))
        top = control_row((self.tr("&Visa:"), self.kind), None, self.note)
        stacked(self, heading(self.tr("Status över avtalsperioden")), top, self.table)

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        if not uuid:
            self.model.set_matrix([], [])
            return
        self.model.set_matrix(*fu.status_matrix(self.ctx.store, uuid, self.kind.currentData()))
