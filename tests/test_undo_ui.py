"""Ångra/Gör om of a big operation in the real window: on the worker, with feedback, and a failed
or cancelled run leaves the rows and the undo stack as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_desktop.core.est.bulk import insert_incidents
from samverkan_desktop.core.store import records, replay
from samverkan_desktop.ui import undo as undo_module

from .qt_helpers import open_window

N = 3000  # more than undo.BACKGROUND_MIN


@pytest.fixture
def window(qtbot, store):
    with store.write("Ny överenskommelse") as tx:
        agreement = tx.insert("agreement", {"title": "Samverkansöverenskommelse 2024-2026",
                                            "period_from": "2024-01-01", "period_to": "2026-12-31"})
    w = open_window(qtbot, store, user="Test Testsson")
    w.agreement = agreement
    yield w
    w.close_store()


def _import(window) -> records.OpChanges:
    """N incidents in one operation, pushed like est_import does."""
    rows = [{"agreement_uuid": window.agreement, "occurred_on": "2026-03-02", "iso_year": 2026, "iso_week": 10,
             "category_uuid": None, "area_uuid": None, "source_uuid": None, "count": 1,
             "description": f"Händelse {i}"} for i in range(N)]
    with window.ctx.store.write("Importera händelser") as tx:
        insert_incidents(tx, rows)
    window.ctx.record(tx.changes)
    return tx.changes


def _live(store) -> int:
    return store.scalar("SELECT count(*) FROM incident WHERE deleted = 0")


def _idle(window) -> bool:
    return not window.ctx.tasks.active and not undo_module.is_busy(window.ctx.undo_stack)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.errors.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    return shown


def test_big_undo_and_redo_run_in_the_background(window, qtbot, warnings):
    ctx = window.ctx
    _import(window)
    stack = ctx.undo_stack
    assert (stack.count(), stack.index()) == (1, 1) and _live(ctx.store) == N
    notified = []
    ctx.hub.changed.connect(notified.append)

    window.action_registry["edit.undo"].trigger()
    # The click returns at once; the window shows that work is going on.
    assert QApplication.overrideCursor() is not None
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert "Ångra: Importera händelser (3 000 ändringar)" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _idle(window), timeout=60_000)
    assert _live(ctx.store) == 0
    assert ctx.store.scalar("SELECT count(*) FROM incident WHERE deleted = 1") == N
    assert ctx.store.scalar("SELECT count(*) FROM audit WHERE action = 'delete'") == N
    assert (stack.count(), stack.index()) == (1, 0) and stack.canRedo()
    assert QApplication.overrideCursor() is None
    assert "klart" in window.statusBar().currentMessage()
    assert len(notified) == 1 and notified[0].touches("incident") and len(notified[0].edits) == N
    assert window.action_registry["edit.redo"].isEnabled() and not window.action_registry["edit.undo"].isEnabled()

    window.action_registry["edit.redo"].trigger()
    qtbot.waitUntil(lambda: _idle(window), timeout=60_000)
    assert _live(ctx.store) == N
    assert (stack.count(), stack.index()) == (1, 1)
    assert len(notified) == 2 and {e.kind for e in notified[1].edits} == {"restore"}
    assert not warnings and QApplication.overrideCursor() is None


def test_failed_big_undo_writes_nothing_and_keeps_the_stack(window, qtbot, warnings, monkeypatch):
    ctx = window.ctx
    _import(window)
    audit_before = ctx.store.scalar("SELECT count(*) FROM audit")
    original = records.Transaction.delete_many

    def half_then_fail(tx, table, uuids, **kwargs):
        original(tx, table, list(uuids)[:N // 2], **kwargs)  # written, then rolled back
        raise OSError("Disken är full")

    monkeypatch.setattr(records.Transaction, "delete_many", half_then_fail)
    redo_calls = []
    real_redo = replay.redo
    monkeypatch.setattr(replay, "redo", lambda *a, **k: redo_calls.append(1) or real_redo(*a, **k))

    window.action_registry["edit.undo"].trigger()
    qtbot.waitUntil(lambda: _idle(window) and bool(warnings), timeout=60_000)
    assert "disken är full" in warnings[0].lower() and "Ingenting ändrades" in warnings[0]  # the one error hook
    assert "Traceback" not in warnings[0]
    assert _live(ctx.store) == N
    assert ctx.store.scalar("SELECT count(*) FROM audit") == audit_before
    stack = ctx.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)  # as before the click
    assert not redo_calls  # putting the stack back did not run the command
    assert window.action_registry["edit.undo"].isEnabled() and not window.action_registry["edit.redo"].isEnabled()
    assert QApplication.overrideCursor() is None
    assert "misslyckades" in window.statusBar().currentMessage()

    # The same command can simply be tried again.
    monkeypatch.setattr(records.Transaction, "delete_many", original)
    window.action_registry["edit.undo"].trigger()
    qtbot.waitUntil(lambda: _idle(window), timeout=60_000)
    assert _live(ctx.store) == 0 and stack.index() == 0 and len(warnings) == 1


def test_cancelled_big_undo_writes_nothing_and_keeps_the_stack(window, qtbot, warnings):
    ctx = window.ctx
    _import(window)
    stack = ctx.undo_stack
    window.action_registry["edit.undo"].trigger()
    stack.command(0).task.cancel()  # Avbryt before the first batch
    qtbot.waitUntil(lambda: _idle(window), timeout=60_000)
    assert _live(ctx.store) == N
    assert (stack.count(), stack.index()) == (1, 1)
    assert not warnings and "avbröts" in window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is None


def test_second_undo_while_one_runs_is_refused(window, qtbot, warnings):
    ctx = window.ctx
    with ctx.store.write("Ny kommun") as tx:
        tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
    ctx.record(tx.changes)
    _import(window)
    stack = ctx.undo_stack
    window.action_registry["edit.undo"].trigger()  # the import, in the background
    window.action_registry["edit.undo"].trigger()  # "Ny kommun": refused while the import is being undone
    qtbot.waitUntil(lambda: _idle(window) and stack.index() == 1, timeout=60_000)
    qtbot.wait(50)  # the refusal put the stack back on the next turn of the event loop
    assert stack.index() == 1
    assert _live(ctx.store) == 0
    assert ctx.store.scalar("SELECT count(*) FROM party WHERE deleted = 0") == 1


def test_small_undo_failure_is_shown_and_the_stack_kept(window, qtbot, warnings, monkeypatch):
    ctx = window.ctx
    with ctx.store.write("Ny kommun") as tx:
        party = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
    ctx.record(tx.changes)
    from samverkan_desktop.core.errors import ValidationError

    def broken(*_a, **_k):
        raise ValidationError("Posten är låst.")

    monkeypatch.setattr(records.Transaction, "delete", broken)
    window.action_registry["edit.undo"].trigger()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "Posten är låst." in warnings[0]
    assert ctx.undo_stack.index() == 1 and ctx.store.get("party", party)["deleted"] == 0
