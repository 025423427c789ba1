"""The bulk undo/redo path writes exactly what the per-row path writes.

Two copies of one workspace: one is undone (and redone) through ``tx.delete/restore/update`` per
row (``bulk=False``), the other through ``delete_many/restore_many/_update_many``. With the
transaction time frozen, every column of every row, every audit row, the Lamport counter and the
returned OpChanges must be equal.
"""

from __future__ import annotations

import shutil

import pytest

from samverkan_desktop.core.errors import Cancelled, NotFound
from samverkan_desktop.core.est.bulk import insert_incidents
from samverkan_desktop.core.store import records, replay
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

SITE_B = "00000000-0000-4000-8000-00000000000b"
N = 700  # more than replay.BULK_MIN and more than one read chunk (500)


def _record(agreement: str, i: int) -> dict:
    return {"agreement_uuid": agreement, "occurred_on": f"2026-03-{1 + i % 28:02d}", "iso_year": 2026,
            "iso_week": 9 + i % 4, "category_uuid": None, "area_uuid": None, "source_uuid": None,
            "count": 1 + i % 3, "description": f"Händelse {i}"}


@pytest.fixture
def history(tmp_path):
    """A workspace with a big import, a big delete and a big update, each one OpChanges.

    The rows' clocks differ (some rows were edited from another origin before), some rows of the
    import were deleted again afterwards (undo must skip them), and one row is updated twice in
    the same operation (its two undo steps depend on each other).
    """
    path = tmp_path / "a.sqlite"
    store = Store.create(path, user="TS", origin=SITE_A)
    with store.write("Ny överenskommelse") as tx:
        agreement = tx.insert("agreement", {"title": "Ö", "period_from": "2024-01-01",
                                            "period_to": "2026-12-31"})
    with store.write("Importera händelser") as tx:
        uuids = insert_incidents(tx, [_record(agreement, i) for i in range(N)])
    imported = tx.changes
    other = Store.open(path, user="KB", origin=SITE_B, make_backup=False)
    with other.write("Ändra från annan dator") as tx:
        for u in uuids[::7]:
            tx.update("incident", u, {"count": 9})
    other.close()
    with store.write("Ta bort händelser") as tx:
        for u in uuids[100:450]:
            tx.delete("incident", u)
    deleted = tx.changes
    with store.write("Ändra beskrivningar") as tx:
        # Live rows only: a tombstone cannot be edited (Transaction.update refuses it).
        for i, u in enumerate(uuids[450:850]):
            values = {"description": f"Ny text {i}"}
            if i % 3 == 0:
                values["count"] = 2 + i % 3  # sometimes equal to the old value: not written
            tx.update("incident", u, values)
        tx.update("incident", uuids[500], {"description": "Andra ändringen"})
    updated = tx.changes
    with store.write("Ta bort några") as tx:
        for u in uuids[:40]:
            tx.delete("incident", u)
    store.close()
    return path, {"imported": imported, "deleted": deleted, "updated": updated}


def _copies(path, tmp_path, monkeypatch):
    """The file and a copy, each as if opened by installation A on a machine of its own (one
    installation would give the copy a site of its own: docs/exchange.md, replica identity)."""
    b = tmp_path / "b.sqlite"
    shutil.copy2(path, b)
    stores = []
    for name, file in (("a", path), ("b", b)):
        monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(tmp_path / f"data-{name}"))
        stores.append(Store.open(file, user="TS", origin=SITE_A, make_backup=False))
    return tuple(stores)


def _dump(store: Store) -> dict:
    out = {t: [tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY uuid")] for t in store.merge_tables}
    out["audit"] = [tuple(r) for r in store.query("SELECT * FROM audit ORDER BY id")]
    out["lamport"] = store.meta("lamport")
    return out


@pytest.fixture
def frozen(monkeypatch):
    """Every transaction gets the same ``now`` so timestamps compare too."""
    monkeypatch.setattr(records, "utc_now", lambda: "2026-11-23T12:00:00.000000Z")


@pytest.mark.parametrize("order", [("updated", "deleted", "imported"), ("imported",), ("deleted",),
                                   ("updated",)])
def test_bulk_undo_and_redo_write_what_the_per_row_path_writes(history, tmp_path, frozen, order, monkeypatch):
    path, ops = history
    per_row, bulk = _copies(path, tmp_path, monkeypatch)
    assert _dump(per_row) == _dump(bulk)
    try:
        undone = []  # noqa: F841 - kept for reading
        for name in order:
            a = replay.undo(per_row, ops[name], bulk=False)
            b = replay.undo(bulk, ops[name])
            assert a.label == b.label and a.edits == b.edits
            assert a.edits  # something was written
            undone.append(b)
            assert _dump(per_row) == _dump(bulk)
        redone = []
        for name in reversed(order):
            a = replay.redo(per_row, ops[name], bulk=False)
            b = replay.redo(bulk, ops[name])
            assert a.label == b.label and a.edits == b.edits
            redone.append(b)
            assert _dump(per_row) == _dump(bulk)
        # Undo of a redo (an undo of an edit written by undo/redo), while its fields still hold what
        # it wrote (replay.check_still_current refuses it over a newer value).
        a = replay.undo(per_row, redone[-1], bulk=False)
        b = replay.undo(bulk, redone[-1])
        assert a.edits == b.edits and _dump(per_row) == _dump(bulk)
    finally:
        per_row.close()
        bulk.close()


@pytest.fixture
def opened(history):
    """The history workspace open (closed after the test), and its operations."""
    path, ops = history
    store = Store.open(path, user="TS", origin=SITE_A, make_backup=False)
    yield store, ops
    store.close()


def test_undo_of_the_import_skips_rows_already_deleted(opened, tmp_path, frozen):
    store, ops = opened
    changes = replay.undo(store, ops["imported"])
    # 40 rows were deleted after the import and 350 by the big delete: not tombstoned again.
    assert len(changes.edits) == N - 40 - 350
    assert {e.kind for e in changes.edits} == {"delete"}
    assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 0
    assert store.scalar("SELECT count(*) FROM audit WHERE action = 'delete'") == 40 + 350 + N - 390


def test_bulk_path_is_taken_for_big_runs(history, tmp_path, monkeypatch):
    path, ops = history
    store = Store.open(path, user="TS", origin=SITE_A, make_backup=False)

    def per_row(*_args, **_kwargs):
        raise AssertionError("per-row path used")

    try:
        monkeypatch.setattr(records.Transaction, "delete", per_row)
        monkeypatch.setattr(records.Transaction, "restore", per_row)
        cache = store.scalar("PRAGMA cache_size")
        replay.undo(store, ops["imported"])
        assert store.scalar("PRAGMA cache_size") == cache  # the bigger cache was for that write only
        assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 0
        replay.redo(store, ops["imported"])  # redo of an import restores every imported row
        assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == N
        with pytest.raises(AssertionError):
            replay.undo(store, ops["imported"], bulk=False)
    finally:
        store.close()


def test_cancel_from_progress_rolls_back_everything(opened, tmp_path):
    store, ops = opened
    before = _dump(store)
    calls = []

    def progress(done, total, text):
        calls.append((done, total, text))
        if done >= 500:
            raise Cancelled()

    with pytest.raises(Cancelled):
        replay.undo(store, ops["imported"], progress=progress)
    assert _dump(store) == before
    assert calls[0] == (0, N, "Ångrar Importera händelser")
    assert all(total == N for _d, total, _t in calls)
    done = []
    replay.undo(store, ops["imported"], progress=lambda d, t, _x: done.append((d, t)))
    assert done[-1] == (N, N) and done == sorted(done)


def test_missing_row_raises_and_writes_nothing(opened, tmp_path):
    store, ops = opened
    before = _dump(store)
    gone = records.RowEdit("incident", "00000000-0000-4000-8000-0000000000ff", "insert", {}, {})
    broken = records.OpChanges("Importera", [*ops["imported"].edits[:300], gone, *ops["imported"].edits[300:]])
    for bulk in (True, False):
        with pytest.raises(NotFound, match="0000000"):
            replay.undo(store, broken, bulk=bulk)
        assert _dump(store) == before


def test_delete_many_directly_matches_delete(history, tmp_path, frozen, monkeypatch):
    path, _ops = history
    a, b = _copies(path, tmp_path, monkeypatch)
    try:
        uuids = [r[0] for r in a.query("SELECT uuid FROM incident ORDER BY rowid DESC")]
        uuids = uuids + uuids[:5]  # named twice: written once
        for label, one, many in (("Ta bort", "delete", "delete_many"), ("Återställ", "restore", "restore_many")):
            with a.write(label) as ta:
                for u in uuids:
                    getattr(ta, one)("incident", u)
            with b.write(label) as tb:
                getattr(tb, many)("incident", uuids)
            assert ta.changes.edits == tb.changes.edits and _dump(a) == _dump(b), one
    finally:
        a.close()
        b.close()
