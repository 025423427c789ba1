"""The one error hook of the UI: a refused or failed operation becomes one clear Swedish message.

Every write (:meth:`AppContext.perform`, its background variant, undo/redo) and every menu action
(:mod:`ui.actions`) reports errors here, never as a traceback.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..core import diskerrors
from ..core.errors import SamverkanError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The line a user reads: the Swedish message of a refusal, or what broke (nothing half-saved)."""
    if isinstance(exc, SamverkanError):
        return str(exc)
    if diskerrors.is_write_error(exc):  # a full disk is "disken är full", not "something broke"
        return str(diskerrors.write_error(exc))
    return (QCoreApplication.translate("Errors", "Något gick fel: %1: %2\nInget har sparats till hälften.")
            .replace("%1", exc.__class__.__name__).replace("%2", str(exc)))


def show_error(parent: QWidget | None, exc: BaseException, *, before: str = "", after: str = "") -> None:
    """Show ``exc`` as a warning over ``parent`` (tests monkeypatch ``QMessageBox.warning`` here)."""
    if not isinstance(exc, SamverkanError):
        log.error("operation failed", exc_info=exc)
    text = "\n\n".join(part for part in (before, error_text(exc), after) if part)
    QMessageBox.warning(parent, APP_NAME, text)


def guarded(parent: QWidget | None, slot: Callable) -> Callable:
    """``slot`` wrapped so that a :class:`SamverkanError` it raises is shown, not raised."""
    @functools.wraps(slot)
    def run(*_args):
        try:
            return slot()
        except SamverkanError as exc:
            show_error(parent, exc)
            return None
    return run
