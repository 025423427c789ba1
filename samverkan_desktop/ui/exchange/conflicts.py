"""Konflikter: fields that two coordinators changed differently, side by side, one decision each.

The list shows every open conflict (record, field, my value, their value). The panel below shows
the selected one side by side with "Behåll min", "Ta deras" and "Redigera" (an own value typed in
the box between them). A decision is a normal edit (ctx.perform → undo works) that travels to the
other coordinators with the next exchange.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.exchange import conflicts
from ..context import AppContext
from ..dialogs import close_button
from ..models import Column
from ..widgets import add_items, make_table, panel, resize_to_contents, split
from . import ObjectRowsModel, fill


def _value_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setMaximumHeight(120)
    return box


class ConflictsDialog(QDialog):
    """Open conflicts of the workspace; resolving one removes it from the list."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Konflikter"))
        self.resize(960, 620)
        self.model = ObjectRowsModel([
            Column(self.tr("Slag"), lambda c: c.table_title),
            Column(self.tr("Post"), lambda c: c.label),
            Column(self.tr("Fält"), lambda c: c.field_title),
            Column(self.tr("Min version"), lambda c: conflicts.display(c.field, c.mine)),
            Column(self.tr("Deras version"), lambda c: conflicts.display(c.field, c.theirs)),
            Column(self.tr("Från"), lambda c: c.theirs_by),
        ])
        self.table = make_table(self.model, stretch_column=1)
        self.table.setSortingEnabled(False)
        self.table.setObjectName("conflicts_table")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.mine_box = _value_box("mine_value")
        self.theirs_box = _value_box("theirs_value")
        self.edit_box = QPlainTextEdit()
        self.edit_box.setObjectName("edited_value")
        self.edit_box.setMaximumHeight(90)
        self.edit_box.setPlaceholderText(self.tr("Skriv ett eget värde och välj Redigera …"))
        self.mine_button = QPushButton(self.tr("&Behåll min"))
        self.theirs_button = QPushButton(self.tr("&Ta deras"))
        self.edit_button = QPushButton(self.tr("&Redigera"))
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.edit_button.clicked.connect(lambda: self.resolve("edited"))
        self.theirs_label = QLabel(self.tr("Deras version"))
        self.mine_label = QLabel(self.tr("<b>Min version</b>"))

        side = QGridLayout()
        side.addWidget(self.mine_label, 0, 0)
        side.addWidget(self.theirs_label, 0, 1)
        side.addWidget(self.mine_box, 1, 0)
        side.addWidget(self.theirs_box, 1, 1)
        side.addWidget(self.mine_button, 2, 0)
        side.addWidget(self.theirs_button, 2, 1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_box, 1)
        edit_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.panel = QGroupBox(self.tr("Vald konflikt"))
        add_items(QVBoxLayout(self.panel), (self.heading, side, QLabel(self.tr("Eget värde:")), edit_row))

        self.empty_label = QLabel(self.tr("Inga olösta konflikter. Allt som slagits ihop stämmer överens."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = split(panel(self.table, self.empty_label), self.panel, vertical=True, stretch=(3, 2))
        buttons = close_button(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Samma fält ändrades olika hos dig och hos den du slog ihop med. Båda värdena är "
                               "sparade; posten visar just nu det värde som alla får efter utbytet. Välj vilket som "
                               "ska gälla."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+1"), self, activated=lambda: self.resolve("mine"))
        QShortcut(QKeySequence("Ctrl+2"), self, activated=lambda: self.resolve("theirs"))
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        current = self.current()
        rows = conflicts.open_conflicts(self.ctx.store)
        self.model.set_rows(rows)
        resize_to_contents(self.table, 260)
        has = bool(rows)
        self.table.setVisible(has)
        self.empty_label.setVisible(not has)
        self.panel.setEnabled(has)
        if has:
            ids = [c.id for c in rows]
            index = ids.index(current.id) if current and current.id in ids else 0
            self.table.selectRow(index)
        self._show_current()

    def current(self) -> conflicts.Conflict | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_conflict(self, table: str, uuid: str, field: str) -> bool:
        """Select a conflict (tests, and "show me" links); False when it is not open."""
        for row, c in enumerate(self.model.rows):
            if (c.table, c.uuid, c.field) == (table, uuid, field):
                self.table.selectRow(row)
                self._show_current()
                return True
        return False

    def _show_current(self) -> None:
        c = self.current()
        if c is None:
            self.heading.setText("")
            self.mine_box.setPlainText("")
            self.theirs_box.setPlainText("")
            return
        if c.field == "deleted":  # a delete against an edit: who did which
            self.heading.setText(fill(self.tr("<b>%1: %2</b> — %3"), c.table_title, html.escape(c.label),
                                      html.escape(c.description)))
        else:
            self.heading.setText(fill(self.tr("<b>%1: %2</b> — fältet <b>%3</b>"),
                                      c.table_title, html.escape(c.label), c.field_title))
        self.mine_box.setPlainText(conflicts.display(c.field, c.mine))
        self.theirs_box.setPlainText(conflicts.display(c.field, c.theirs))
        now = conflicts.display(c.field, c.current if c.field != "deleted" else int(c.current))
        mine_now = now == conflicts.display(c.field, c.mine)
        theirs_now = now == conflicts.display(c.field, c.theirs)
        self.mine_label.setText(self.tr("<b>Min version</b>") + (self.tr(" – gäller nu") if mine_now else ""))
        self.theirs_label.setText(self.tr("<b>Deras version</b> (%1)").replace("%1", html.escape(str(c.theirs_by)))
                                  + (self.tr(" – gäller nu") if theirs_now else ""))
        self.theirs_label.setToolTip(c.source)
        self.edit_box.setEnabled(c.field != "deleted")
        self.edit_button.setEnabled(c.field != "deleted")
        self.edit_box.setPlainText("" if c.current is None or c.field == "deleted" else str(c.current))

    def resolve(self, choice: str) -> bool:
        """Apply the decision for the selected conflict; True when it was saved."""
        c = self.current()
        if c is None:
            return False
        value = self.edit_box.toPlainText() if choice == "edited" else None
        if choice == "edited" and not self.ctx.confirm_free_text(value, parent=self):
            return False
        changes = self.ctx.perform(lambda store: conflicts.resolve(store, c.id, choice, value), parent=self)
        if changes is None:
            return False
        self.reload()
        return True
