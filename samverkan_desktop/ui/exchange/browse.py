"""Visa fil…: a received file, validated in memory and shown read-only, without merging."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from ...core.exchange import receive
from ..dialogs import close_button
from ..models import Column, RowsModel
from ..widgets import heading, make_table, resize_to_contents


class ReceivedFileDialog(QDialog):
    """Who sent it, its agreements and how many records of each kind it holds."""

    def __init__(self, info: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visa fil – %1").replace("%1", info["source"].split(":")[0]))
        self.resize(760, 560)
        m = info["manifest"]
        facts = [f"<b>{escape(info['source'])}</b>"]
        if m.get("agreement_title"):
            facts.append(self.tr("Innehåller en överenskommelse: %1").replace("%1", escape(m["agreement_title"])))
        elif m:
            facts.append(self.tr("Innehåller hela arbetsytan."))
        else:
            facts.append(self.tr("Filen saknar uppgift om vem som exporterade den."))
        if m.get("app_version"):
            facts.append(self.tr("Samverkan Desktop %1, schemaversion %2").replace("%1", str(m["app_version"]))
                         .replace("%2", str(m.get("schema_version", "?"))))
        intro = QLabel("<br>".join(facts))
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.agreements = RowsModel([
            Column(self.tr("Överenskommelse"), "title"),
            Column(self.tr("Period"), lambda r: f"{r['period_from']} – {r['period_to']}"),
            Column(self.tr("Status"), "status"),
            Column(self.tr("Parter"), lambda r: ", ".join(r["parties"])),
        ])
        self.agreements.set_rows(info["agreements"])
        self.counts = RowsModel([
            Column(self.tr("Slag av post"), "title"),
            Column(self.tr("Antal"), "live", align_right=True),
            Column(self.tr("Borttagna"), "deleted", align_right=True),
        ])
        self.counts.set_rows(info["counts"])
        a_view = make_table(self.agreements, stretch_column=0)
        c_view = make_table(self.counts, stretch_column=0)
        a_view.setSortingEnabled(False)
        c_view.setSortingEnabled(False)
        resize_to_contents(a_view, 320)
        buttons = close_button(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(heading(self.tr("Överenskommelser")))
        layout.addWidget(a_view, 1)
        layout.addWidget(heading(self.tr("Innehåll")))
        layout.addWidget(c_view, 2)
        note = QLabel(self.tr("Filen är bara visad: inget har slagits ihop med din arbetsyta."))
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addWidget(buttons)


def read_info(path) -> dict:
    """Validate a received file in memory and summarise it (runs in the background)."""
    received = receive.read_received(path)
    try:
        return receive.summary(received)
    finally:
        received.close()
