"""Historik: who changed a record, when, which fields, and from whose file a merge came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from ...core.exchange.labels import field_title, record_label, table_title
from ...core.store import history
from ..context import AppContext
from ..dialogs import close_button
from ..models import Column
from ..widgets import make_table, resize_to_contents
from . import ObjectRowsModel, fill


def _changes(entry: history.HistoryEntry, table: str) -> str:
    # The audit keeps which fields changed, never their old text (deleted means gone).
    parts = [field_title(name, table) for name in entry.changes if not name.endswith("_uuid") and name != "deleted"]
    for name in entry.conflicts:
        parts.append(fill(QCoreApplication.translate("HistoryDialog", "konflikt i %1"), field_title(name, table)))
    return ", ".join(parts)


class HistoryDialog(QDialog):
    """The audit trail of one record, newest first."""

    def __init__(self, ctx: AppContext, table: str, uuid: str, parent=None):
        super().__init__(parent)
        row = ctx.store.get(table, uuid) or {}
        self.setWindowTitle(self.tr("Historik – %1").replace("%1", record_label(table, row)))
        self.resize(900, 460)
        self.model = ObjectRowsModel([
            Column(self.tr("Tid"), lambda e: e.at[:19].replace("T", " ")),
            Column(self.tr("Händelse"), lambda e: e.action_title),
            Column(self.tr("Av"), lambda e: e.by),
            Column(self.tr("Från fil"), lambda e: e.source, tooltip=lambda e: e.source),
            Column(self.tr("Ändringar"), lambda e: _changes(e, table), tooltip=lambda e: _changes(e, table)),
        ])
        self.entries = list(reversed(history.history(ctx.store, table, uuid)))
        self.model.set_rows(self.entries)
        view = make_table(self.model, stretch_column=4)
        view.setSortingEnabled(False)
        resize_to_contents(view, 260)
        buttons = close_button(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{table_title(table)}: {record_label(table, row)}</b>"))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
