"""Small shared widgets: a table view set up the same way everywhere (sortable, Ctrl+C copies the
selected rows with headers), a section heading, selecting a row by uuid, refilling a filter combo,
one-call builders for a button wired to its slot, a splitter and a margin-less panel, and reading a
form's values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .models import UUID_ROLE, SwedishSortProxy
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


def size_by_current_page(tabs: QTabWidget) -> QTabWidget:
    """Only the page shown counts for ``tabs``' least size (a QTabWidget takes its largest page's
    otherwise): a tall form on another page does not push the window past a laptop's 768 px.
    Call it when the pages are added (again after adding more)."""
    def update(current: int) -> None:
        for i in range(tabs.count()):
            policy = QSizePolicy.Policy.Preferred if i == current else QSizePolicy.Policy.Ignored
            QTabWidget.widget(tabs, i).setSizePolicy(policy, policy)  # the page itself, not a lazy tab's content
        tabs.updateGeometry()

    if not tabs.property("sized_by_current"):
        tabs.currentChanged.connect(update)
        tabs.setProperty("sized_by_current", True)
    update(tabs.currentIndex())
    return tabs


def fit_tabs(tabs: QTabWidget) -> QTabWidget:
    """Every tab of ``tabs`` in view at any width: no scroll arrows (the first tabs would start
    scrolled off), a text too long for its share elided, its whole text in the tab's tooltip."""
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    for i in range(tabs.count()):
        tabs.setTabToolTip(i, tabs.tabText(i).replace("&", ""))  # without the mnemonic's &
    return tabs


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
    """Fit columns to their contents, but never wider than ``max_width`` (a header cut there is
    elided; :class:`~.models.RowsModel` gives its whole text as the header's tooltip).

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


def split(*widgets: QWidget, vertical: bool = False, stretch: Sequence[int] = (),
          sizes: Sequence[int] = ()) -> QSplitter:
    """A splitter holding ``widgets`` side by side (or one above the other), with their ``stretch``
    factors and first ``sizes`` in pixels, in the order of the widgets."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for widget in widgets:
        splitter.addWidget(widget)
    for i, factor in enumerate(stretch):
        splitter.setStretchFactor(i, factor)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter


def panel(*items) -> QWidget:
    """A plain widget stacking ``items`` (as :func:`add_items` takes them) with no margin of its own,
    for one side of a splitter."""
    widget = QWidget()
    add_items(QVBoxLayout(widget), items).setContentsMargins(0, 0, 0, 0)
    return widget


def add_items(layout: QBoxLayout, items: Iterable) -> QBoxLayout:
    """Add ``items`` to ``layout`` in order and return it: a widget or layout, ``(item, stretch)``,
    ``(label text, field)`` or ``(label text, field, stretch)`` (a label whose Alt+letter focuses the
    field, then the field), or None for flexible space."""
    for item in items:
        stretch = 0
        if item is None:
            layout.addStretch(1)
            continue
        if isinstance(item, tuple) and isinstance(item[0], str):
            layout.addWidget(QLabel(item[0], buddy=item[1]))
            item = item[1:]
        if isinstance(item, tuple):
            item, stretch = item[0], (item[1] if len(item) > 1 else 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def control_row(*items) -> QHBoxLayout:
    """A horizontal row of ``items`` as :func:`add_items` takes them (a toolbar of labelled fields)."""
    return add_items(QHBoxLayout(), items)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """``buttons`` left-aligned in a row (the space after them stretches)."""
    return control_row(*buttons, None)


def sorted_table(model, object_name: str, *, stretch_column: int | None = None,
                 order_by: int | None = 0) -> tuple[SwedishSortProxy, QTableView]:
    """``model`` behind a Swedish-sorting proxy, in a :func:`make_table` view named ``object_name``,
    sorted by column ``order_by`` (None: in the model's own order until a header is clicked)."""
    proxy = SwedishSortProxy()
    proxy.setSourceModel(model)
    view = make_table(proxy, stretch_column=stretch_column)
    proxy.setParent(view)
    view.setObjectName(object_name)
    if order_by is None:
        keep_model_order(view)
    else:
        view.sortByColumn(order_by, Qt.SortOrder.AscendingOrder)
    return proxy, view


def values_of(fields: dict[str, QWidget]) -> dict:
    """What each form field holds, as core takes it: a combo's chosen data, a check box's state, a
    spin box's value, a text box's plain text, a line's text."""
    def value(widget: QWidget):
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    return {key: value(widget) for key, widget in fields.items()}


def short_field(object_name: str, placeholder: str, tooltip: str, *, sample: str, max_length: int) -> QLineEdit:
    """A line edit as wide as ``sample`` (a date, a time of day) with its placeholder and tooltip."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tooltip)
    edit.setMaxLength(max_length)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(sample) + 24)
    return edit
