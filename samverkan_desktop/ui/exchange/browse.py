"""Visa fil…: a received file, validated in memory and shown read-only, without merging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ...core.exchange import receive
from ..models import Column, RowsModel
from ..widgets import heading, make_table, resize_to_contents


class ReceivedFileDialog(QDialog):
    """Who sent it, its agreements and how many records of each kind it holds."""

    def __init__(self, info: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Visa fil – {info['source'].split(':')[0]}")
        self.resize(760, 560)
        m = info["manifest"]
        facts = [f"<b>{_esc(info['source'])}</b>"]
        if m.get("agreement_title"):
            facts.append(f"Innehåller en överenskommelse: {_esc(m['agreement_title'])}")
        elif m:
            facts.append("Innehåller hela arbetsytan.")
        else:
            facts.append("Filen saknar uppgift om vem som exporterade den.")
        if m.get("app_version"):
            facts.append(f"Samverkan Desktop {m['app_version']}, schemaversion {m.get('schema_version', '?')}")
        intro = QLabel("<br>".join(facts))
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.agreements = RowsModel([
            Column("Överenskommelse", "title"),
            Column("Period", lambda r: f"{r['period_from']} – {r['period_to']}"),
            Column("Status", "status"),
            Column("Parter", lambda r: ", ".join(r["parties"])),
        ])
        self.agreements.set_rows(info["agreements"])
        self.counts = RowsModel([
            Column("Slag av post", "title"),
            Column("Antal", "live", align_right=True),
            Column("Borttagna", "deleted", align_right=True),
        ])
        self.counts.set_rows(info["counts"])
        a_view = make_table(self.agreements, stretch_column=0)
        c_view = make_table(self.counts, stretch_column=0)
        a_view.setSortingEnabled(False)
        c_view.setSortingEnabled(False)
        resize_to_contents(a_view, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(heading("Överenskommelser"))
        layout.addWidget(a_view, 1)
        layout.addWidget(heading("Innehåll"))
        layout.addWidget(c_view, 2)
        note = QLabel("Filen är bara visad: inget har slagits ihop med din arbetsyta.")
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


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
