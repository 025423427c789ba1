"""Shared pieces of the follow-up pages: an editable table model, a combo delegate, PDF export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...core.follow_up import queries as follow_up_queries
from ..dialogs import ask_save_path
from ..export_pdf import export_report
from ..i18n import core_text
from ..models import SORT_ROLE, STATUS_BRUSHES, UUID_ROLE, FlatTableModel
from ..row_actions import perform_on
from ..theme import ON_LIGHT
from ..widgets import button_row, current_uuid, heading, panel, select_uuid, values_of

# (label, value): the values are stored; the labels are shown, translated (status_label).
STATUS_CHOICES = [(status, status) for status in follow_up_queries.STATUSES]  # marked N_ in core
STATUS_COLOURS = {**STATUS_BRUSHES, "ej bedömd": QColor("#ececec")}


def status_label(status: str) -> str:
    """The shown (translated) name of a stored status value."""
    return core_text(status)


def status_choices() -> list[tuple[str, str]]:
    """STATUS_CHOICES with translated labels (the values stay as stored)."""
    return [(status_label(label), value) for label, value in STATUS_CHOICES]


@dataclass(frozen=True)
class Field:
    """A column of an :class:`EditableModel`.

    ``choices`` (label, value) pairs make the column a combo; ``display`` formats the cell;
    ``status`` colours the cell by its grön/gul/röd value.
    """

    header: str
    key: str
    editable: bool = False
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    display: Callable[[dict], str] | None = None
    status: bool = False


class EditableModel(FlatTableModel):
    """Rows from a core query; an edit calls ``commit(row, key, value)`` (which runs a core op)."""

    def __init__(self, fields: list[Field], commit: Callable[[dict, str, Any], bool] | None = None, parent=None):
        super().__init__(parent)
        self.fields = fields
        self.commit = commit
        self.rows: list[dict] = []
        self.key = "uuid"

    def set_rows(self, rows: list[dict], key: str = "uuid") -> None:
        """Replace the rows; when the same rows come back (an edit), update in place so the
        current cell, selection and open editors stay where the user is."""
        self.key = key
        rows = list(rows)
        same = bool(rows) and [r.get(key) for r in rows] == [r.get(key) for r in self.rows]
        self.replace(lambda: setattr(self, "rows", rows), same=same)

    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.fields[section].header
        return None

    def column_of(self, key: str) -> int:
        return next(i for i, f in enumerate(self.fields) if f.key == key)

    def _label(self, f: Field, row: dict) -> str:
        if f.display:
            return f.display(row)
        value = row.get(f.key)
        if f.choices:
            for label, v in f.choices():
                if v == value:
                    return label
        return "" if value is None else str(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, f = self.rows[index.row()], self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(f, row).replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.EditRole:
            return row.get(f.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._label(f, row) or None
        if role == SORT_ROLE:
            return self._label(f, row)
        if role == UUID_ROLE:
            return row.get(self.key)
        if role == Qt.ItemDataRole.BackgroundRole and f.status:
            colour = STATUS_COLOURS.get(row.get(f.key))
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and f.status and STATUS_COLOURS.get(row.get(f.key)):
            return QBrush(QColor(ON_LIGHT))
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.fields[index.column()].editable and self.commit:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        row, f = self.rows[index.row()], self.fields[index.column()]
        if isinstance(value, str) and not f.choices:
            value = value.strip()
        if value == row.get(f.key) or (value == "" and row.get(f.key) is None):
            return False
        return bool(self.commit(row, f.key, value))


class ComboDelegate(QStyledItemDelegate):
    """A combo editor for columns with ``choices``; commits as soon as a choice is made."""

    def __init__(self, model: EditableModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        f = self.model.fields[index.column()]
        if not f.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in f.choices():
            combo.addItem(label, value)
        combo.setAccessibleName(f.header)
        combo.setProperty("status_field", f.status)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self._tint(combo)
        self.commitData.emit(combo)

    @staticmethod
    def _tint(combo: QComboBox) -> None:
        # A status combo wears its status colour, so the table reads at a glance like the matrix.
        if combo.property("status_field"):
            colour = STATUS_COLOURS.get(combo.currentData())
            combo.setStyleSheet(f"QComboBox {{ background: {colour.name()}; }}" if colour else "")

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            editor.blockSignals(False)
            self._tint(editor)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def save_pdf(page, kind: str, default_name: str, options: dict) -> None:
    """Ask where to save (next to the workspace file), then build report ``kind`` off the UI thread."""
    out = ask_save_path(page, QCoreApplication.translate("FollowUpPages", "Spara PDF"),
                        page.ctx.store.path.parent / default_name, "PDF (*.pdf)")
    if out is not None:
        page.last_export = export_report(page.ctx, page, kind, out, options)


def save_shortcut(widget, slot) -> QShortcut:
    """Ctrl+S saves the form of the page that has the focus (other tabs keep theirs)."""
    shortcut = QShortcut(QKeySequence.StandardKey.Save, widget, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


class ListSelection:
    """A page's list of rows (a RowsModel in a table view) with a detail pane: selecting by uuid, and
    saving or deleting the selected row.

    The page names its view with ``_selection_view()`` (by default ``self.table``) and shows the
    chosen row in ``_show_selected()``.
    """

    def _selection_view(self):
        return self.table

    def selected_uuid(self) -> str | None:
        return current_uuid(self._selection_view())

    def select(self, uuid: str | None) -> None:
        select_uuid(self._selection_view(), uuid, or_first=False)
        self._show_selected()

    def save_selected(self, operation: Callable[..., object], values: dict, *free_text: str) -> None:
        """``operation(store, uuid, **values)`` on the selected row, once ``free_text`` passed the
        personnummer check."""
        uuid = self.selected_uuid()
        if uuid and self.ctx.confirm_free_text(*free_text, parent=self):
            perform_on(self, uuid, lambda s, u: operation(s, u, **values))

    def save_form(self, operation: Callable[..., object], fields: dict, *free_text: str) -> None:
        """:meth:`save_selected` with the values the form ``fields`` (key → widget) hold; the keys in
        ``free_text`` are checked for personnummer."""
        values = values_of(fields)
        self.save_selected(operation, values, *(values[key] for key in free_text))

    def delete_selected(self, operation: Callable[..., object]) -> None:
        """``operation(store, uuid)`` on the selected row."""
        perform_on(self, self.selected_uuid(), operation)


def list_panel(title: str, view, buttons: list, form, save_button, on_save) -> QWidget:
    """The left side of a list-and-form page: heading, list, its buttons, the form, Spara (Ctrl+S)."""
    side = panel(heading(title))
    side.layout().addWidget(view, 1)
    for item in (button_row(*buttons), form):
        side.layout().addLayout(item)
    side.layout().addWidget(save_button, 0, Qt.AlignmentFlag.AlignRight)
    save_shortcut(side, on_save)
    return side
