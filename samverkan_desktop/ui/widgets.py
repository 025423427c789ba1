"""Small shared widgets: a table view set up the same way everywhere (sortable, Ctrl+C copies the
selected rows with headers), a section heading, selecting a row by uuid, refilling a filter combo, a button wired to its slot."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from .models import UUID_ROLE
from .theme import colour


def make_table(model, *, stretch_column: int | None = None) -> QTableView:
    """A read-friendly table: whole-row selection, sortable, alternating rows, no grid clutter."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    copy = QShortcut(QKeySequence.StandardKey.Copy, view)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: QApplication.clipboard().setText(rows_as_text(view)))
    return view


def keep_model_order(view: QTableView) -> None:
    """Sortable by clicking a header, but shown in the model's own order until someone does."""
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.model().sort(-1)


def rows_as_text(view: QTableView) -> str:
    """The selected rows (all rows when none is selected) as tab-separated text with a header line,
    which Excel and LibreOffice paste as a table."""
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    selected = view.selectionModel().selectedRows() if view.selectionModel() else []
    rows = sorted({i.row() for i in selected}) or range(model.rowCount())

    def cell(text) -> str:
        return " ".join(str(text or "").split())  # a tab or newline inside a cell would split it

    lines = ["\t".join(cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    lines += ["\t".join(cell(model.index(r, c).data()) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def heading(text: str) -> QLabel:
    """A section heading in the tab's own typography."""
    label = QLabel(text)
    label.setObjectName("heading")
    label.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {colour('#1f4e79', '#8ab4f8')}; padding: 4px 0;")
    return label


def resize_to_contents(view: QTableView, max_width: int = 360) -> None:
    """Fit columns to their contents, but never wider than ``max_width``.

    Only the first rows are measured: a week with hundreds of incidents would otherwise have every
    cell's size computed on each refresh.
    """
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for i in range(header.count()):
        if header.sectionSize(i) > max_width:
            header.resizeSection(i, max_width)


def select_uuid(view: QAbstractItemView, uuid: str | None, *, or_first: bool = True) -> bool:
    """Select the row of ``view`` whose UUID_ROLE is ``uuid`` (else the first row, if ``or_first``).

    The one "select row by uuid" of the UI: works on a RowsModel and on any proxy over one.
    Returns True when the row was found.
    """
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data(UUID_ROLE) == uuid:
            view.selectRow(r)
            return True
    if or_first and model.rowCount():
        view.selectRow(0)
    return False


def current_uuid(view: QAbstractItemView) -> str | None:
    """The uuid of ``view``'s current row, or None."""
    index = view.currentIndex()
    return index.siblingAtColumn(0).data(UUID_ROLE) if index.isValid() else None



def refill_filter(box: QComboBox, everything: str, items: Iterable[tuple[str, object]]) -> None:
    """Refill a filter combo: ``everything`` (data None) first, then (label, value) items; the chosen
    value stays chosen if it is still there (else "everything"), and no signal fires meanwhile."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(box.findData(current), 0) if current else 0)
    box.blockSignals(False)


def push_button(text: str, slot: Callable[[], object], tooltip: str | None = None) -> QPushButton:
    """A button that calls ``slot`` when clicked, with an optional tooltip."""
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    button.clicked.connect(slot)
    return button
