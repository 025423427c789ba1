"""The Qt binding itself: defects in it that would crash the app in a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_signal_emit_keeps_reference_counts(qapp):
    """PySide6 6.12.0 on Python 3.11 loses a reference to True per emit() and aborts the process
    after a few hundred emits (progress reports, change notices). pyproject keeps it out."""
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(50):
        emitter.fired.emit(i)
    assert len(seen) == 50
    assert sys.getrefcount(True) >= before - 5
