"""The merge preview: per kind of record, what is new, changed, deleted and in conflict.

The counts are the top level of a tree; the records are one click away under them, and the fields
(my value → theirs) under each record. "Slå ihop" runs the merge off the UI thread (a backup
first, then one transaction). A merge is not put on the undo stack: the result message offers
"Återställ", which restores the backup taken just before it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
)

from ...core import privacy
from ...core.exchange import merge
from ...core.exchange.conflicts import display
from ...core.exchange.labels import field_title
from ...core.exchange.preview import KINDS, MergePreview, MergeResult
from ...core.exchange.receive import Received
from ..context import AppContext
from . import fill

KIND_TITLES = {"new": QT_TRANSLATE_NOOP("MergePreviewDialog", "Ny"),
               "changed": QT_TRANSLATE_NOOP("MergePreviewDialog", "Ändrad"),
               "restored": QT_TRANSLATE_NOOP("MergePreviewDialog", "Återkommer"),
               "deleted": QT_TRANSLATE_NOOP("MergePreviewDialog", "Borttagen"),
               "conflict": QT_TRANSLATE_NOOP("MergePreviewDialog", "Konflikt")}
KIND_COLOURS = {"new": "#d7f0d8", "changed": "#e3ecf7", "restored": "#e3ecf7", "deleted": "#eeeeee",
                "conflict": "#f8d0d0"}


def _cell(text: str, *, bold: bool = False, colour: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if colour:
        item.setBackground(QBrush(QColor(colour)))
    return item


def _short(value) -> str:
    text = (" ".join(str(value).split()) if value is not None
            else QCoreApplication.translate("MergePreviewDialog", "(tomt)"))
    return text if len(text) <= 80 else text[:77] + "…"


def preview_model(preview: MergePreview) -> QStandardItemModel:
    """Kind of record → records → fields, with the four counts as columns of the top level."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("MergePreviewDialog", "Slag av post"),
                                     QCoreApplication.translate("MergePreviewDialog", "Nya"),
                                     QCoreApplication.translate("MergePreviewDialog", "Ändrade"),
                                     QCoreApplication.translate("MergePreviewDialog", "Borttagna"),
                                     QCoreApplication.translate("MergePreviewDialog", "Konflikter")])
    for table in preview.tables:
        counts = [table.count(k) for k in KINDS]
        top = [_cell(table.title, bold=True)] + [
            _cell(str(n) if n else "", colour=KIND_COLOURS[k] if n else None) for n, k in zip(counts, KINDS,
                                                                                           strict=True)]
        for c in top[1:]:
            c.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        order = {"conflict": 0, "deleted": 1, "changed": 2, "restored": 2, "new": 3}
        for item in sorted(table.items, key=lambda i: (order[i.kind], i.label.casefold())):
            kind_title = QCoreApplication.translate("MergePreviewDialog", KIND_TITLES[item.kind])
            row = [_cell(f"{kind_title}: {item.label}", colour=KIND_COLOURS[item.kind])]
            row += [_cell("") for _ in KINDS]
            for name, mine, theirs in item.fields:
                if item.kind == "conflict":
                    # Both values whole, each on its own line (the row spans the whole width).
                    lines = [fill(QCoreApplication.translate("MergePreviewDialog", "%1 — min: «%2»"),
                                  field_title(name, table.table), display(name, mine)),
                             fill(QCoreApplication.translate("MergePreviewDialog", "%1 — deras: «%2»"),
                                  field_title(name, table.table), display(name, theirs))]
                    tip = fill(QCoreApplication.translate("MergePreviewDialog",
                                                          "Min version:\n%1\n\nDeras version:\n%2"),
                               display(name, mine), display(name, theirs))
                else:
                    lines = [f"{field_title(name, table.table)}: {_short(mine)} → {_short(theirs)}"]
                    tip = f"{mine}\n→\n{theirs}"
                for text in lines:
                    detail = _cell(" ".join(str(text).split()))
                    detail.setToolTip(tip)
                    row[0].appendRow([detail] + [_cell("") for _ in KINDS])
            top[0].appendRow(row)
        model.appendRow(top)
    return model


def _span_details(view: QTreeView, parent: QModelIndex | None = None) -> None:
    """Records and their field lines use the whole width; only the tables' rows show counts."""
    parent = parent or QModelIndex()
    model = view.model()
    for r in range(model.rowCount(parent)):
        if parent.isValid():
            view.setFirstColumnSpanned(r, parent, True)
        _span_details(view, model.index(r, 0, parent))


class MergePreviewDialog(QDialog):
    """Shows what merging ``received`` would do; "Slå ihop" applies it."""

    def __init__(self, ctx: AppContext, received: Received, preview: MergePreview, parent=None,
                 *, on_merged: Callable[[MergeResult], None] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.received = received
        self.preview = preview
        self.on_merged = on_merged
        self.result: MergeResult | None = None
        self._running = False
        self.setWindowTitle(self.tr("Importera och slå ihop"))
        self.resize(860, 560)
        intro = QLabel(f"<b>{escape(preview.source)}</b><br>{preview.summary()}"
                       + (self.tr("<br>Konflikter sparas: du väljer sedan i <i>Redigera → Konflikter</i> vilket "
                                  "värde som ska gälla. Inget värde går förlorat.") if preview.total("conflict") else ""))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeView()
        self.tree.setObjectName("merge_preview_tree")
        self.model = preview_model(preview)
        self.tree.setModel(self.model)
        _span_details(self.tree)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for i in range(1, 5):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("&Slå ihop"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setEnabled(not preview.empty)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Före sammanslagningen tas en säkerhetskopia. Sammanslagningen ångras inte med "
                              "Ångra utan genom att återställa den kopian."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        found = privacy.scan_connection(received.conn)
        self.personal = QLabel(self.tr("Filen innehåller %1 personnummer: %2. Ta bort dem efter "
                                       "sammanslagningen (Redigera → Integritetskontroll…).")
                               .replace("%1", str(len(found)))
                               .replace("%2", "; ".join(privacy.describe(None, f) for f in found[:5])))
        self.personal.setObjectName("merge_personal_data")
        self.personal.setWordWrap(True)
        self.personal.setStyleSheet("color: #a40000;")
        self.personal.setVisible(bool(found))
        layout.addWidget(self.personal)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if preview.total("conflict"):
            for row in range(self.model.rowCount()):
                if self.model.item(row, 4).text():
                    self.tree.expand(self.model.index(row, 0))

    def apply(self):
        """Merge in the background; returns the Task (tests wait on its ``finished``)."""
        self.merge_button.setEnabled(False)
        self._running = True
        received, ctx = self.received, self.ctx

        def merged(result: MergeResult) -> None:
            self._running = False
            self.result = result
            self.accept()
            if self.on_merged:
                self.on_merged(result)

        def failed(_exc: BaseException) -> None:
            self._running = False
            self.merge_button.setEnabled(True)

        # Not an undo step: a merge is undone by restoring the backup it took (Återställ).
        return ctx.perform_in_background(self.tr("Slår ihop …"),
                                         lambda store, progress: merge.apply_merge(store, received, progress=progress),
                                         parent=self, undoable=False, on_success=merged, on_failure=failed)

    def done(self, code: int) -> None:
        if self._running:
            return  # the merge reads the received file until it has finished
        self.received.close()
        super().done(code)
