"""The week's incidents: the quick entry row (:mod:`incident_entry`) above a filterable, sortable
table with the time of day and the problem each incident is linked to ("Koppla till problem…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.est import ops as est_ops
from ...core.est import problem_work
from ...core.est import queries as est
from ...core.periods import IsoWeek
from ..editors import delete_note
from ..models import UUID_ROLE, Column, RowsModel, SwedishSortProxy
from ..widgets import make_table, resize_to_contents
from .incident_entry import IncidentEntry


class IncidentsPanel(QWidget):
    """The entry row above a filterable, sortable table of the week's incidents."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.kommun = None  # a core.est.kommun.Kommun: only its incidents
        self.ctx = ctx
        self.entry = IncidentEntry(ctx)
        self.model = RowsModel([
            Column(self.tr("Datum"), "occurred_on"), Column(self.tr("Tid"), "occurred_time"),
            Column(self.tr("Kategori"), "category"),
            Column(self.tr("Område/plats"), "area"), Column(self.tr("Källa"), "source"),
            Column(self.tr("Antal"), "count", align_right=True),
            Column(self.tr("Beskrivning"), "description", tooltip=lambda r: r["description"]),
            Column(self.tr("Problem"), "problem", tooltip=lambda r: r.get("problem") or ""),
        ])
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, stretch_column=6)
        self.table.setObjectName("incident_table")
        self.link_button = QPushButton(self.tr("Koppla till problem…"))
        self.link_button.setObjectName("incident_link_problem")
        self.link_button.setToolTip(self.tr("Koppla de markerade händelserna till ett prioriterat problem"))
        self.link_button.clicked.connect(self.link_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        link = QAction(self.tr("Koppla till problem…"), self.table)
        link.triggered.connect(self.link_selected)
        unlink = QAction(self.tr("Ta bort koppling till problem"), self.table)
        unlink.triggered.connect(self.unlink_selected)
        self.table.addActions([link, unlink])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrera händelser (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary = QLabel()
        self.summary.setObjectName("incident_summary")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Händelser</b>")))
        head.addWidget(self.summary, 1)
        head.addWidget(self.link_button)
        head.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        edit = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.activated.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.proxy.dataChanged.connect(self._update_summary)  # an edited row (set_rows keeps the model)
        self.filter.textChanged.connect(self._update_summary)

    def load(self, week: IsoWeek) -> None:
        ag = self.ctx.agreement_uuid
        self.entry.load(week)
        self.model.set_rows(est.incidents_in_week(self.ctx.store, ag, week.year, week.week, kommun=self.kommun)
                            if ag else [])
        resize_to_contents(self.table, 240)

    def _update_summary(self, *_args) -> None:
        rows = self.model.rows
        total = sum(r["count"] for r in rows)
        shown = self.proxy.rowCount()
        text = (self.tr("1 registrering") if len(rows) == 1
                else self.tr("{n} registreringar").format(n=len(rows))) + ", " + (
            self.tr("1 händelse") if total == 1 else self.tr("{n} händelser").format(n=total))
        if shown != len(rows):
            text += " – " + self.tr("{n} visas").format(n=shown)
        self.summary.setText(text)

    def edit_current(self) -> None:
        """Load the current incident into the entry row for editing (Enter or double-click)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.entry.edit(self.model.row_at(self.proxy.mapToSource(index)))

    def selected_uuids(self) -> list[str]:
        return [i.data(UUID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def link_selected(self) -> None:
        """Link the marked incidents to a problem chosen from the agreement's open problems."""
        from .problem_dialog import choose_problem

        uuids = self.selected_uuids()
        if not uuids:
            QMessageBox.information(self, self.tr("Koppla till problem"),
                                    self.tr("Markera först en eller flera händelser i tabellen."))
            return
        problem = choose_problem(self.ctx, self, kommun=self.kommun)
        if problem:
            self.ctx.perform(lambda s: problem_work.link_incidents(s, problem, uuids), parent=self)

    def unlink_selected(self) -> None:
        uuids = self.selected_uuids()
        if uuids:
            self.ctx.perform(lambda s: problem_work.unlink_incidents(s, uuids), parent=self)

    def delete_selected(self) -> None:
        """Delete the selected incidents after a confirmation (one undo step)."""
        uuids = self.selected_uuids()
        if not uuids:
            return
        question = (self.tr("Ta bort den markerade händelsen?") if len(uuids) == 1 else
                    self.tr("Ta bort de {n} markerade händelserna?").format(n=len(uuids)))
        answer = QMessageBox.question(self, self.tr("Ta bort händelser"), question + "\n\n" + delete_note(),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.perform(lambda s: est_ops.delete_incidents(s, uuids), parent=self)
