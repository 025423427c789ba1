"""Dialog scaffolding shared by every dialog: the button rows, a form from (label, field) rows, a
vertical stack of widgets and layouts, a two-button question and the save-as question.

Avbryt and Stäng are translated once here (context "Dialogs"); the accept button's own word
("Spara", "Skapa", "Koppla"…) stays with the dialog that knows what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .widgets import add_items

_Button = QDialogButtonBox.StandardButton


def accept_buttons(dialog: QDialog, on_accept: Callable[[], object], accept_text: str | None = None, *,
                   save: bool = False) -> QDialogButtonBox:
    """OK (a Save button with ``save``) and Avbryt. OK calls ``on_accept``, which decides whether the
    dialog closes (it calls ``dialog.accept()`` itself, or is ``dialog.accept``); Avbryt rejects."""
    accept = _Button.Save if save else _Button.Ok
    box = QDialogButtonBox(accept | _Button.Cancel)
    if accept_text:
        box.button(accept).setText(accept_text)
    box.button(_Button.Cancel).setText(QCoreApplication.translate("Dialogs", "Avbryt"))
    box.accepted.connect(on_accept)
    box.rejected.connect(dialog.reject)
    return box


def close_button(dialog: QDialog) -> QDialogButtonBox:
    """A lone Stäng button that closes (rejects) ``dialog``."""
    box = QDialogButtonBox(_Button.Close)
    box.button(_Button.Close).setText(QCoreApplication.translate("Dialogs", "Stäng"))
    box.rejected.connect(dialog.reject)
    return box


def form_rows(rows: Iterable[tuple[str, QWidget]], form: QFormLayout | None = None) -> QFormLayout:
    """``form`` (a new QFormLayout by default) with one labelled row per (label, field)."""
    form = form if form is not None else QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    return form


def stacked(parent: QWidget, *items) -> QVBoxLayout:
    """``parent``'s vertical layout holding ``items`` top to bottom (as ``widgets.add_items`` takes them)."""
    return add_items(QVBoxLayout(parent), items)


def choose(box: QMessageBox, yes: str, no: str, *, yes_role=QMessageBox.ButtonRole.AcceptRole) -> bool:
    """Run ``box`` with a ``yes`` button (of ``yes_role``) and a default ``no`` button; True if ``yes`` was pressed."""
    chosen = box.addButton(yes, yes_role)
    other = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    return box.clickedButton() is chosen


def ask_save_path(parent: QWidget, title: str, default: Path, file_filter: str) -> Path | None:
    """A save dialog starting at ``default``: the chosen path, with ``default``'s suffix added when the
    user left it off, or None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(default), file_filter)
    if not path:
        return None
    return Path(path if path.lower().endswith(default.suffix) else path + default.suffix)
