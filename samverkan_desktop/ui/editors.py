"""Editor fields that commit once per edit (not per keystroke), inline error labels, confirmations.

A :class:`CommitLineEdit` emits ``committed(text)`` when editing finished (Enter, Tab, focus out)
and the text differs from what was loaded; a :class:`CommitTextEdit` does the same for long text
on focus out. Each commit is one core operation, so one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..core.errors import ValidationError
from .dialogs import ask_save_path
from .models import UUID_ROLE
from .widgets import push_button


class _CommitsChanges:
    """What the commit fields share: the text as saved, and ``committed(text)`` emitted once per change.
    A field says how its text is read and shown (``_current``, ``_display``)."""

    _loaded = ""

    def set_value(self, text: str | None) -> None:
        """Show ``text`` as the saved value (no signal)."""
        self._loaded = text or ""
        if self._current() != self._loaded:
            self._display(self._loaded)

    def commit(self) -> None:
        """Emit the change now (finishing the edit does this; tests may call it)."""
        if self._current() != self._loaded:
            self._loaded = self._current()
            self.committed.emit(self._loaded)


class CommitLineEdit(_CommitsChanges, QLineEdit):
    """A line edit that emits ``committed(text)`` once editing finished with a changed text."""

    committed = Signal(str)

    def __init__(self, parent=None, *, placeholder: str = ""):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self.commit)

    def _current(self) -> str:
        return self.text()

    def _display(self, text: str) -> None:
        self.setText(text)


class CommitTextEdit(_CommitsChanges, QPlainTextEdit):
    """Multi-line text that emits ``committed(text)`` on focus out when changed. Tab moves focus."""

    committed = Signal(str)

    def __init__(self, parent=None, *, lines: int = 4, placeholder: str = ""):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(int(self.fontMetrics().lineSpacing() * lines + 12))

    def _current(self) -> str:
        return self.toPlainText()

    def _display(self, text: str) -> None:
        self.setPlainText(text)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)


class ChoiceBox(QComboBox):
    """A combo of (label, value) that emits ``committed(value)`` when the user picks another item."""

    committed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.currentIndexChanged.connect(self._picked)

    def set_choices(self, choices, value=None) -> None:
        self._loading = True
        self.clear()
        for label, data in choices:
            self.addItem(label, data)
        self.set_value(value)
        self._loading = False

    def set_value(self, value) -> None:
        self._loading = True
        self.setCurrentIndex(max(self.findData(value), 0))
        self._loading = False

    def _picked(self, _index: int) -> None:
        if not self._loading:
            self.committed.emit(self.currentData())


class CheckList(QListView):
    """Checkable items (label, uuid); ``committed(list of uuids)`` after the user toggles one."""

    committed = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._loading = False
        self.model_.itemChanged.connect(self._changed)

    def set_items(self, items, checked) -> None:
        self._loading = True
        self.model_.clear()
        checked = set(checked)
        for label, uuid in items:
            item = QStandardItem(label)
            item.setData(uuid, UUID_ROLE)
            item.setCheckable(True)
            # Room above capitals: a tight row clips the dots of Å Ä Ö on some platforms.
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 6))
            item.setCheckState(Qt.CheckState.Checked if uuid in checked else Qt.CheckState.Unchecked)
            self.model_.appendRow(item)
        self._loading = False

    def checked(self) -> list[str]:
        return [self.model_.item(i).data(UUID_ROLE) for i in range(self.model_.rowCount())
                if self.model_.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, uuid: str, on: bool = True) -> None:
        """Toggle one item as the user would (emits ``committed``)."""
        for i in range(self.model_.rowCount()):
            item = self.model_.item(i)
            if item.data(UUID_ROLE) == uuid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _changed(self, _item) -> None:
        if not self._loading:
            self.committed.emit(self.checked())


def commit_pending() -> None:
    """Commit the field that has focus (a window closing does not always send focus-out first)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, _CommitsChanges):
        widget.commit()


class CommitOnClose(QObject):
    """Installed on the main window: before it closes (and the store with it) the focused field commits."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            commit_pending()
        return False


def guard_window(tab: QWidget) -> None:
    """Install :class:`CommitOnClose` on ``tab``'s window once."""
    window = tab.window()
    # A plain attribute on the window's Python wrapper, not QObject.setProperty with a bool (that
    # upset PySide's reference counting at interpreter exit; see ui/undo.py).
    if window is not tab and getattr(window, "_commit_on_close", None) is None:
        window._commit_on_close = CommitOnClose(window)
        window.installEventFilter(window._commit_on_close)


class ErrorLabel(QLabel):
    """An inline message next to a field: red, wraps, hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e; font-size: 9pt;")
        self.setObjectName("error")
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))

    def passes(self, check, values: dict) -> bool:
        """Run ``check(values)`` (a core field check); on a ValidationError show it here and return False."""
        try:
            check(values)
        except ValidationError as exc:
            self.show_message(str(exc))
            return False
        return True


def buttons(*specs) -> tuple[QWidget, list[QPushButton]]:
    """A row of small buttons: specs are (text, slot, tooltip)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    out = []
    for text, slot, tip in specs:
        b = push_button(text, slot, tip)
        layout.addWidget(b)
        out.append(b)
    layout.addStretch()
    return row, out


def shortcut(widget: QWidget, key, slot, *, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut that works while ``widget`` (or a child) has focus, or window-wide if asked."""
    sc = QShortcut(QKeySequence(key), widget)
    sc.setContext(context)
    sc.activated.connect(slot)
    return sc


def delete_note() -> str:
    """What every delete confirmation says: the content is erased for good once the app closes."""
    return QCoreApplication.translate(
        "Fields", "Du kan ångra med Ctrl+Z så länge programmet är öppet. När programmet har stängts "
                  "går borttagningen inte att ångra: innehållet raderas för gott.")


def confirm(parent, title: str, text: str) -> bool:
    """Ask before deleting (tests monkeypatch ``QMessageBox.question`` here)."""
    answer = QMessageBox.question(parent, title, text + "\n\n" + delete_note(),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_pdf_path(parent, default_name: str) -> Path | None:
    """The save dialog of "Skriv ut / Exportera PDF…" (tests monkeypatch ui.dialogs.QFileDialog)."""
    safe = ("".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in default_name).strip()
            or QCoreApplication.translate("Fields", "rapport"))
    return ask_save_path(parent, QCoreApplication.translate("Fields", "Spara PDF"), Path.home() / f"{safe}.pdf",
                         QCoreApplication.translate("Fields", "PDF (*.pdf)"))
