"""The plan's header (syfte, mål, målgrupper, budskap, kanaler, ansvariga, uppföljning).

Each field is saved when the cursor leaves it, as one undo step; the tab runs the operation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.communication.queries import HEADER_FIELDS

_HINTS = {
    "purpose": QT_TRANSLATE_NOOP("FieldEdit", "Varför parterna kommunicerar tillsammans"),
    "goals": QT_TRANSLATE_NOOP("FieldEdit", "Vad kommunikationen ska leda till under året"),
    "target_primary": QT_TRANSLATE_NOOP("FieldEdit", "De viktigaste mottagarna"),
    "target_secondary": QT_TRANSLATE_NOOP("FieldEdit", "Andra som ska nås"),
    "key_messages": QT_TRANSLATE_NOOP("FieldEdit", "Det som ska gå fram, i alla kanaler"),
    "channels": QT_TRANSLATE_NOOP("FieldEdit", "Press, webb, sociala medier, möten …"),
    "responsible": QT_TRANSLATE_NOOP("FieldEdit", "Vem som ansvarar för planen och för respektive part"),
    "evaluation": QT_TRANSLATE_NOOP("FieldEdit", "Hur och när planen följs upp och utvärderas"),
}


class FieldEdit(QPlainTextEdit):
    """A multi-line field that reports when the cursor leaves it."""

    editing_finished = Signal(str)  # the field name

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"plan_{name}")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr(_HINTS.get(name, "")))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit(self.name)


class PlanHeader(QWidget):
    """Eight fields in two columns. ``field_edited(name, text)`` after the cursor left a changed field."""

    field_edited = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edits: dict[str, FieldEdit] = {}
        self.saved: dict[str, str] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for i, (name, label) in enumerate(HEADER_FIELDS):
            edit = FieldEdit(name)
            edit.editing_finished.connect(self._finished)
            caption = QLabel(f"<b>{self.tr(label)}</b>")
            caption.setBuddy(edit)
            self.edits[name] = edit
            row, col = divmod(i, 2)
            grid.addWidget(caption, row * 2, col)
            grid.addWidget(edit, row * 2 + 1, col)
        self.note = QLabel(self.tr("Fälten sparas när du lämnar dem (Ctrl+Z ångrar)."))
        self.note.setStyleSheet("color: #5b6b7c;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.note)
        self.set_plan(None)

    def set_plan(self, plan: dict | None) -> None:
        """Show a plan's header; with None the fields are disabled."""
        for name, edit in self.edits.items():
            text = (plan or {}).get(name, "")
            self.saved[name] = text
            if edit.toPlainText() != text:
                edit.setPlainText(text)
            edit.setEnabled(plan is not None)

    def _finished(self, name: str) -> None:
        text = self.edits[name].toPlainText()
        if self.edits[name].isEnabled() and text.strip() != (self.saved.get(name) or "").strip():
            self.field_edited.emit(name, text)
