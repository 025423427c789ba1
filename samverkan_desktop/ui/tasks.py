"""Long work off the UI thread: one worker (database access stays serialised), progress, cancel.

    ctx.tasks.run("Exporterar PDF …", lambda progress: build(store, out, progress=progress),
                  on_success=lambda path: ..., on_failure=...)

The function gets a ``progress(done, total, text)`` callback that raises Cancelled once the
user pressed Avbryt. ``on_success``/``on_failure`` run on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.errors import Cancelled, SamverkanError

log = logging.getLogger(__name__)


class Task(QObject):
    """One running task. ``finished(ok, result_or_exception)`` fires on the UI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(bool, object)

    def __init__(self, title: str, fn: Callable[[Callable], Any]):
        super().__init__()
        self.title = title
        self.fn = fn
        self.cancel_requested = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancel_requested.is_set():
            raise Cancelled()
        self.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self.cancel_requested.set()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        try:
            result = self.task.fn(self.task.progress)
        except BaseException as exc:  # delivered to the UI thread, shown there
            if not isinstance(exc, SamverkanError):
                log.exception("task %s failed", self.task.title)
            self.task.finished.emit(False, exc)
        else:
            self.task.finished.emit(True, result)


class TaskRunner(QObject):
    """Runs tasks one at a time on a single background thread."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__()
        self.parent_widget = parent
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.active: list[Task] = []

    def run(self, title: str, fn: Callable[[Callable], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            show_progress: bool = True) -> Task:
        """Start ``fn(progress)`` in the background; returns the Task (tests wait on ``finished``)."""
        task = Task(title, fn)
        dialog = None
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Avbryt"), 0, 0, self.parent_widget)
            dialog.setWindowTitle("Samverkan Desktop")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(task.cancel)

            def on_progress(done: int, total: int, text: str) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(f"{title}\n{text}")
            task.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)

        def on_finished(ok: bool, payload: Any) -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self.active.remove(task)
            if ok:
                if on_success:
                    on_success(payload)
            elif isinstance(payload, Cancelled):
                pass
            elif on_failure:
                on_failure(payload)
            else:
                self.show_error(payload)

        task.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        self.active.append(task)
        # Start on the next turn of the event loop so callers can connect to the task first.
        QTimer.singleShot(0, lambda: self.pool.start(_Runnable(task)))
        return task

    def show_error(self, exc: BaseException) -> None:
        from .errors import error_text  # one wording for every failure (a full disk included)
        QMessageBox.warning(self.parent_widget, "Samverkan Desktop", error_text(exc))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (for shutdown and tests)."""
        return self.pool.waitForDone(msecs)
