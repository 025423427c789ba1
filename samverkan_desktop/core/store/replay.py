"""Undo and redo as new edits: they travel to the other coordinator like any other change.

An undo is refused when a field it would write has since been changed by someone else (a merge
brought a newer value): :func:`check_still_current`. Runs of more than ``BULK_MIN`` edits of one
kind on one table go through :class:`~.bulk_writes.BulkWrites`.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..i18n import _
from ..progress import Progress, no_progress
from .bulk_writes import CHUNK
from .changes import OpChanges, RowEdit

if TYPE_CHECKING:
    from .database import Store
    from .records import Transaction

# undo/redo write a run of more than BULK_MIN edits of one kind on one table through the bulk
# path (delete_many/restore_many/_update_many): same rows, audit rows and RowEdits, far fewer
# statements.
BULK_MIN = 200
# A big undo dirties more pages (rows, two incident indexes, the audit index) than SQLite's default
# 2 MB page cache holds, which then spills to the WAL mid-transaction. While a bulk undo/redo runs
# the connection gets this much cache (KiB); the old size is put back after the commit.
BULK_CACHE_KIB = 65536


_UNDO = {"insert": "delete", "delete": "restore", "restore": "delete", "update": "update"}
_REDO = {"insert": "restore", "delete": "delete", "restore": "restore", "update": "update"}


def undo(store: Store, changes: OpChanges, *, progress: Progress | None = None,
         bulk: bool = True) -> OpChanges:
    """Reverse ``changes`` as a new edit (it travels to other coordinators like any edit).

    ``progress(done, total, text)`` is called as the edits are written; when it raises (Cancelled)
    the whole transaction rolls back. ``bulk=False`` forces the per-row path (for comparisons).
    """
    steps = [(_UNDO[e.kind], e, e.before) for e in reversed(changes.edits)]
    with _page_cache(store, bulk and len(steps) > BULK_MIN), store.write(f"Ångra {changes.label}") as tx:
        check_still_current(tx, steps, undoing=True)
        _apply(tx, steps, progress or no_progress, f"Ångrar {changes.label}", bulk)
    return tx.changes


def redo(store: Store, changes: OpChanges, *, progress: Progress | None = None,
         bulk: bool = True) -> OpChanges:
    """Apply ``changes`` again after an undo (``progress`` and ``bulk`` as for :func:`undo`)."""
    steps = [(_REDO[e.kind], e, e.after) for e in changes.edits]
    with _page_cache(store, bulk and len(steps) > BULK_MIN), store.write(changes.label) as tx:
        # Like undo: a field someone else has changed since the undo (a merge in between) is not
        # silently overwritten. Only field updates are held to the value they found; a record
        # restored after "deleted means gone" comes back without its old content as before.
        check_still_current(tx, steps, undoing=False)
        _apply(tx, steps, progress or no_progress, _("Gör om {label}").format(label=changes.label), bulk)
    return tx.changes


@contextlib.contextmanager
def _page_cache(store: Store, big: bool):
    """While ``big``: at least BULK_CACHE_KIB of page cache on the store's connection."""
    if not big:
        yield
        return
    with store.lock:
        old = store.conn.execute("PRAGMA cache_size").fetchone()[0]
        if old >= 0 or -old >= BULK_CACHE_KIB:  # set in pages, or already as big: leave it
            yield
            return
        store.conn.execute(f"PRAGMA cache_size = {-int(BULK_CACHE_KIB)}")
        try:
            yield
        finally:
            store.conn.execute(f"PRAGMA cache_size = {int(old)}")


def _runs(steps: list[tuple[str, RowEdit, dict]]):
    """Consecutive steps of one action on one table, each uuid at most once per run (a row
    updated twice must see its first update before the second is computed)."""
    run: list = []
    seen: set[str] = set()
    for step in steps:
        action, e, _values = step
        if run and (action != run[0][0] or e.table != run[0][1].table or e.uuid in seen):
            yield run
            run, seen = [], set()
        run.append(step)
        seen.add(e.uuid)
    if run:
        yield run


def _expected(steps: list, *, undoing: bool) -> dict[str, dict[str, dict]]:
    """table → uuid → {field: value the row must still hold} for undo/redo to be valid: the value
    this operation left (undo) or found (redo), for the first step that touches each field."""
    out: dict[str, dict[str, dict]] = {}
    for _action, e, _values in steps:
        if e.kind == "update":
            wanted, writes = (e.after, e.before) if undoing else (e.before, e.after)
            fields = out.setdefault(e.table, {}).setdefault(e.uuid, {})
            for name, value in wanted.items():
                fields.setdefault(name, (value, writes.get(name)))
    return out


def check_still_current(tx: Transaction, steps: list, *, undoing: bool) -> None:
    """Refuse an undo/redo that would silently take back someone else's later write: each field
    it writes must still hold the value this operation left (or found). After a merge brought a
    newer value of the field, the undo (or redo) is refused with one Swedish line; the rest stays
    undoable. A redo is held only against rows someone else wrote last (``origin``).
    (Inserts, deletes and restores take back no field value: a tombstone merges like any edit.)"""
    for table, rows in _expected(steps, undoing=undoing).items():
        names = sorted({n for fields in rows.values() for n in fields})
        uuids = list(rows)
        for start in range(0, len(uuids), CHUNK):
            chunk = uuids[start:start + CHUNK]
            found = tx._rows(table, chunk, ", ".join(["uuid", "origin", *names]))
            for uuid in chunk:
                current = dict(zip(["uuid", "origin", *names], found[uuid], strict=True))
                if not undoing and current["origin"] == tx.store.origin:
                    # Redo after this workspace's own writes (a record an earlier redo restored
                    # comes back without its old content): only someone else's later write counts.
                    continue
                for name, (value, target) in rows[uuid].items():
                    # Refused only when it would overwrite a different, newer value (a field that
                    # already holds what the step writes is no one's change taken back).
                    if not _same(current[name], value) and not _same(current[name], target):
                        raise ValidationError(_stale_message(table, uuid, name, current[name], undoing))


def _same(stored, value) -> bool:
    """Equal as SQLite stored it: "5" written to an INTEGER column reads back as 5."""
    if stored == value:
        return True
    if stored is None or value is None:
        return False
    try:
        return float(stored) == float(value)
    except (TypeError, ValueError):
        return str(stored) == str(value)


def _stale_message(table: str, uuid: str, name: str, now, undoing: bool) -> str:
    from ..exchange.labels import field_title, printable, table_title  # words only
    from ..i18n import _

    shown = _("(tomt)") if now in (None, "") else printable(now)[:60]
    text = (_("Ändringen kan inte ångras: {field} i {table} ({uuid}) har ändrats av någon annan sedan dess, "
              "nu ”{now}”. Ändra värdet direkt i stället.") if undoing else
            _("Ändringen kan inte göras om: {field} i {table} ({uuid}) har ändrats av någon annan sedan dess, "
              "nu ”{now}”. Ändra värdet direkt i stället."))
    return text.format(field=field_title(name, table), table=table_title(table).lower(), uuid=uuid[:8], now=shown)


def _apply(tx: Transaction, steps: list, progress: Progress, text: str, bulk: bool) -> None:
    total = len(steps)
    done = 0
    progress(0, total, text)
    for run in _runs(steps):
        action, first, _values = run[0]
        if bulk and len(run) > BULK_MIN:
            base = done

            def tick(d: int, _t: int, _text: str = "", base: int = base) -> None:
                progress(base + d, total, text)

            uuids = [e.uuid for _a, e, _v in run]
            if action == "delete":
                tx.delete_many(first.table, uuids, progress=tick)
            elif action == "restore":
                tx.restore_many(first.table, uuids, progress=tick,
                                contents={e.uuid: v for _a, e, v in run})
            else:
                tx._update_many(first.table, [(e.uuid, v) for _a, e, v in run], tick)
            done += len(run)
            continue
        for action, e, values in run:
            if action == "delete":
                tx.delete(e.table, e.uuid)
            elif action == "restore":
                tx.restore(e.table, e.uuid, values)
            else:
                tx.update(e.table, e.uuid, values)
            done += 1
            if done % CHUNK == 0:
                progress(done, total, text)
    progress(total, total, text)
