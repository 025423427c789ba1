"""Historik: who changed a record, when, what (old → new), and from whose file a merge came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ...core.exchange.labels import field_title, record_label, table_title
from ...core.store import history
from ..context import AppContext
from ..models import Column
from ..widgets import make_table, resize_to_contents
from . import ObjectRowsModel, fill


def _changes(entry: history.HistoryEntry) -> str:
    parts = []
    for name, old, new in entry.changes:
        if name.endswith("_uuid"):
            continue  # references are shown by what they point at elsewhere, not as uuids
        if entry.action in ("insert",) or (entry.action == "merge" and old is None):
            if new not in (None, ""):
                parts.append(f"{field_title(name)}: {_short(new)}")
        else:
            parts.append(f"{field_title(name)}: {_short(old)} → {_short(new)}")
    for name, mine, theirs in entry.conflicts:
        parts.append(fill(QCoreApplication.translate("HistoryDialog", "Konflikt i %1: här %2, i filen %3"),
                          field_title(name), _short(mine), _short(theirs)))
    return "; ".join(parts)


def _short(value) -> str:
    text = (QCoreApplication.translate("HistoryDialog", "(tomt)") if value in (None, "")
            else " ".join(str(value).split()))
    return text if len(text) <= 50 else text[:47] + "…"


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
            Column(self.tr("Ändringar"), _changes, tooltip=_changes),
        ])
        self.entries = list(reversed(history.history(ctx.store, table, uuid)))
        self.model.set_rows(self.entries)
        view = make_table(self.model, stretch_column=4)
        view.setSortingEnabled(False)
        resize_to_contents(view, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{table_title(table)}: {record_label(table, row)}</b>"))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
