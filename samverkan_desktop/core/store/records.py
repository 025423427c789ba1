"""Writing merge-ready rows: every insert, update and delete keeps the merge metadata.

A :class:`Transaction` is what ``store.write(label)`` yields. Each write stamps the row with
``updated_at/updated_by/origin``, bumps ``version``, sets the transaction's Lamport time, advances
the row's version vector and the vector of each field it changed (so a merge can tell concurrent
edits of the same field from edits that saw each other), and appends an audit row. The
transaction collects an :class:`OpChanges` that the UI uses to refresh and to undo.

Deleted means gone: a delete clears every content column in the same transaction (see
:mod:`.tombstone`), and the audit row names the fields a write changed, never their values. Undo
of a delete gets the content back from the :class:`RowEdit` in memory, so only for as long as the
session's undo stack lives.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from ..errors import NotFound, ValidationError
from ..progress import Progress, no_progress
from .audit import AUDIT_INSERT, FORGET_CONFLICTS, audit_fields
from .changes import OpChanges, RowEdit
from .stamps import new_uuid, utc_now
from .tombstone import META_COLUMNS, blank_values, cleared
from .vclock import advance_clock, dump_clock, load_clock

# OpChanges, RowEdit and the clock helpers are used through this module across the code base.
__all__ = ["AUDIT_INSERT", "META_COLUMNS", "OpChanges", "RowEdit", "Transaction", "advance_clock",
           "audit_fields", "dump_clock", "load_clock", "redo", "undo"]

if TYPE_CHECKING:
    from .database import Store


# undo/redo write a run of more than BULK_MIN edits of one kind on one table through the bulk
# path (delete_many/restore_many/_update_many): same rows, audit rows and RowEdits, far fewer
# statements. Reads go in chunks of _CHUNK uuids (well under SQLite's variable limit).
BULK_MIN = 200
_CHUNK = 500
# A big undo dirties more pages (rows, two incident indexes, the audit index) than SQLite's default
# 2 MB page cache holds, which then spills to the WAL mid-transaction. While a bulk undo/redo runs
# the connection gets this much cache (KiB); the old size is put back after the commit.
BULK_CACHE_KIB = 65536


class Transaction:
    """The writer handed out by ``Store.write``; do not construct directly."""

    def __init__(self, store: Store, label: str, *, source: str = ""):
        self.store = store
        self.changes = OpChanges(label)
        self.source = source
        self.now = utc_now()
        self._lamport: int | None = None
        self._columns: dict[str, set[str]] = {}

    # -- helpers ---------------------------------------------------------------------------

    @property
    def lamport(self) -> int:
        """This transaction's Lamport time: one more than anything the workspace has seen."""
        if self._lamport is None:
            current = int(self.store.meta("lamport", "0"))
            self._lamport = current + 1
            self.execute("UPDATE workspace_meta SET value = ? WHERE key = 'lamport'", (str(self._lamport),))
        return self._lamport

    def execute(self, sql: str, params: Any = ()):
        """Run a statement inside this transaction (for core operations only)."""
        return self.store.conn.execute(sql, params)

    def columns(self, table: str) -> set[str]:
        """The domain columns of ``table`` (metadata excluded)."""
        if table not in self._columns:
            self.store.check_table(table)
            self._columns[table] = set(self.store.column_names(table)) - META_COLUMNS
        return self._columns[table]

    def check_fields(self, table: str, values: dict) -> None:
        """Refuse names that are not domain columns of ``table`` (bulk writers check here too)."""
        unknown = set(values) - self.columns(table)
        if unknown:
            raise ValidationError(f"Okända fält för {table}: {', '.join(sorted(unknown))}")

    def _audit(self, table: str, uuid: str, action: str, names=()) -> None:
        self.execute(AUDIT_INSERT, (self.now, table, uuid, action, self.store.user, self.store.origin,
                                    audit_fields(names), self.source))

    # -- writes ----------------------------------------------------------------------------

    def insert(self, table: str, values: dict, *, uuid: str | None = None) -> str:
        """Insert a new row; returns its uuid."""
        self.check_fields(table, values)
        uuid = uuid or new_uuid()
        vector = {self.store.origin: 1}
        row = dict(values)
        row.update(uuid=uuid, created_at=self.now, updated_at=self.now, updated_by=self.store.user,
                   origin=self.store.origin, version=1, lamport=self.lamport,
                   clock=dump_clock({"v": vector, "c": vector, "f": {}}), deleted=0)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
        self._audit(table, uuid, "insert")
        self.changes.edits.append(RowEdit(table, uuid, "insert", {}, dict(values)))
        return uuid

    def update(self, table: str, uuid: str, values: dict) -> dict:
        """Change fields of a row; only fields whose value differs are written. Returns the old values."""
        self.check_fields(table, values)
        current = self._current(table, uuid)
        if current["deleted"]:
            # An edit of a tombstoned row would be causally after the delete but leave the row
            # deleted here, while a merge elsewhere reads "the delete did not see this edit" and
            # revives it: the copies would diverge. Restore first (ensure() does).
            raise NotFound(f"Posten är borttagen och kan inte ändras ({table} {uuid[:8]}). "
                           "Ångra borttagningen först.")
        changed = {k: v for k, v in values.items() if current[k] != v}
        if not changed:
            return {}
        before = {k: current[k] for k in changed}
        self._write_fields(table, current, changed)
        self._audit(table, uuid, "update", changed)
        self.changes.edits.append(RowEdit(table, uuid, "update", before, changed))
        return before

    def confirm(self, table: str, uuid: str, values: dict) -> None:
        """Write ``values`` as a new edit even where the row already holds them.

        A decision between two conflicting values must dominate both writes and reach the other
        coordinators, though this row may already show the chosen value (update() would skip it).
        ``deleted`` may be among the fields (a 1 clears the content as :meth:`delete` does). Undo
        has nothing to take back, so only the other fields are recorded as (no-op) edits.
        """
        unknown = set(values) - self.columns(table) - {"deleted"}
        if unknown:
            raise ValidationError(f"Okända fält för {table}: {', '.join(sorted(unknown))}")
        current = self._current(table, uuid)
        before = {k: current[k] for k in values}
        clear = cleared(self.store, table, current) if values.get("deleted") else {}
        self._write_fields(table, current, {**clear, **values}, clocked=values)
        if clear:
            self.changes.purged = True
            self.execute(FORGET_CONFLICTS, (table, uuid))
        self._audit(table, uuid, "update", values)
        plain = {k: v for k, v in values.items() if k != "deleted"}
        if plain:
            self.changes.edits.append(RowEdit(table, uuid, "update", {k: before[k] for k in plain}, plain))

    def delete(self, table: str, uuid: str) -> None:
        """Tombstone a row: it stays (so a merge cannot bring it back) with its content cleared.

        The old content goes only into this transaction's RowEdit (memory), for undo.
        """
        current = self._current(table, uuid)
        if current["deleted"]:
            return
        clear = cleared(self.store, table, current)
        self._write_fields(table, current, {"deleted": 1, **clear}, clocked=("deleted",))
        self.changes.purged = True
        self.execute(FORGET_CONFLICTS, (table, uuid))
        self._audit(table, uuid, "delete")
        self.changes.edits.append(RowEdit(table, uuid, "delete", {"deleted": 0, **{k: current[k] for k in clear}},
                                          {"deleted": 1, **clear}))

    def restore(self, table: str, uuid: str, content: dict | None = None) -> None:
        """Undo a tombstone; ``content`` (from the delete's RowEdit) puts the cleared fields back."""
        current = self._current(table, uuid)
        if not current["deleted"]:
            return
        content = {k: v for k, v in (content or {}).items() if k != "deleted"}
        self.check_fields(table, content)
        self._write_fields(table, current, {"deleted": 0, **content}, clocked=("deleted",))
        self._audit(table, uuid, "restore")
        self.changes.edits.append(RowEdit(table, uuid, "restore", {"deleted": 1, **{k: current[k] for k in content}},
                                          {"deleted": 0, **content}))

    def ensure(self, table: str, uuid: str, values: dict) -> str:
        """Insert-or-update a row with a known (natural-key) uuid; a tombstoned row is restored.

        Meant for rows the user asks for by key (this EST week, this assessment); not for shipped
        defaults, which must not undo a user's rename or deletion.
        """
        if self.store.get(table, uuid) is None:
            return self.insert(table, values, uuid=uuid)
        self.restore(table, uuid)
        self.update(table, uuid, values)
        return uuid

    def _current(self, table: str, uuid: str) -> dict:
        self.store.check_table(table)
        row = self.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFound(f"Posten finns inte längre ({table} {uuid[:8]}).")
        return dict(row)

    def _write_fields(self, table: str, current: dict, changed: dict, clocked=None) -> None:
        """Write ``changed``; the fields' vectors advance for ``clocked`` (default: all of them)."""
        row = dict(changed)
        row.update(updated_at=self.now, updated_by=self.store.user, origin=self.store.origin,
                   version=current["version"] + 1, lamport=self.lamport,
                   clock=advance_clock(current["clock"], self.store.origin,
                                       changed if clocked is None else clocked))
        sets = ", ".join(f"{k} = ?" for k in row)
        self.execute(f"UPDATE {table} SET {sets} WHERE uuid = ?", (*row.values(), current["uuid"]))

    # -- bulk writes -------------------------------------------------------------------------

    def delete_many(self, table: str, uuids, *, progress: Progress | None = None) -> None:
        """:meth:`delete` for each of ``uuids`` in order, with executemany: the same rows, audit rows
        and RowEdits (tests/test_undo_bulk.py compares them). Rows already deleted are skipped."""
        self._set_deleted_many(table, list(uuids), 1, progress or no_progress)

    def restore_many(self, table: str, uuids, *, progress: Progress | None = None,
                     contents: dict[str, dict] | None = None) -> None:
        """:meth:`restore` for each of ``uuids`` in order, in bulk (see :meth:`delete_many`);
        ``contents`` maps a uuid to the content its delete cleared."""
        self._set_deleted_many(table, list(uuids), 0, progress or no_progress, contents or {})

    def _rows(self, table: str, uuids: list[str], columns: str) -> dict[str, tuple]:
        """The current rows of one chunk of ``uuids`` as plain tuples by uuid (``uuid`` must be the
        first of ``columns``); NotFound names the first missing one, as :meth:`_current` would."""
        marks = ", ".join("?" for _ in uuids)
        cursor = self.store.conn.cursor()
        cursor.row_factory = None  # tuples: sqlite3.Row costs more than the UPDATE for 500 rows
        found = {r[0]: r for r in cursor.execute(
            f"SELECT {columns} FROM {table} WHERE uuid IN ({marks})", uuids)}
        for uuid in uuids:
            if uuid not in found:
                raise NotFound(f"Posten finns inte längre ({table} {uuid[:8]}).")
        return found

    def _set_deleted_many(self, table: str, uuids: list[str], deleted: int, progress: Progress,
                          contents: dict[str, dict] | None = None) -> None:
        self.store.check_table(table)
        action = "delete" if deleted else "restore"
        store = self.store
        # A uuid named twice is written once: the per-row path finds it done the second time.
        order = list(dict.fromkeys(uuids))
        blank = blank_values(store, table)
        names = sorted(self.columns(table))
        # A delete sets every content column to its cleared value (the per-row path writes only
        # those that differ: the same row results); a restore puts back each row's own content.
        sets = "".join(f", {k} = ?" for k in blank) if deleted else ""
        update = (f"UPDATE {table} SET deleted = ?, updated_at = ?, updated_by = ?, origin = ?, "
                  f"version = ?, lamport = ?, clock = ?{sets} WHERE rowid = ?")
        clocks: dict[str | None, str] = {}  # rows written together mostly share one clock text
        total = len(order)
        for start in range(0, total, _CHUNK):
            progress(start, total, "")
            chunk = order[start:start + _CHUNK]
            current = self._rows(table, chunk, ", ".join(["uuid", "rowid", "version", "clock", "deleted", *names]))
            rows, audits, refills = [], [], {}
            for uuid in chunk:
                _uuid, rowid, version, text, was_deleted, *values = current[uuid]
                if bool(was_deleted) == bool(deleted):
                    continue
                if text not in clocks:
                    clocks[text] = advance_clock(text, store.origin, ("deleted",))
                row = dict(zip(names, values, strict=True))
                if deleted:
                    clear = {k: v for k, v in blank.items() if row[k] != v}
                    before, after = {"deleted": 0, **{k: row[k] for k in clear}}, {"deleted": 1, **clear}
                else:
                    content = {k: v for k, v in (contents or {}).get(uuid, {}).items() if k != "deleted"}
                    self.check_fields(table, content)
                    if content:
                        refills.setdefault(tuple(content), []).append((*content.values(), rowid))
                    before, after = {"deleted": 1, **{k: row[k] for k in content}}, {"deleted": 0, **content}
                rows.append((deleted, self.now, store.user, store.origin, version + 1,
                             self.lamport, clocks[text], *(blank.values() if deleted else ()), rowid))
                audits.append((self.now, table, uuid, action, store.user, store.origin, "", self.source))
                self.changes.edits.append(RowEdit(table, uuid, action, before, after))
            if rows:
                store.conn.executemany(update, sorted(rows, key=lambda r: r[-1]))  # rowid order
                store.conn.executemany(AUDIT_INSERT, audits)
                if deleted:
                    self.changes.purged = True
                    store.conn.executemany(FORGET_CONFLICTS, [(table, a[2]) for a in audits])
            for columns, values in refills.items():
                store.conn.executemany(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in columns)} "
                                       "WHERE rowid = ?", values)
        progress(total, total, "")

    def _update_many(self, table: str, items: list[tuple[str, dict]], progress: Progress) -> None:
        """:meth:`update` for each (uuid, values) in order, in bulk; the uuids must be distinct."""
        self.store.check_table(table)
        store = self.store
        total = len(items)
        for start in range(0, total, _CHUNK):
            progress(start, total, "")
            chunk = items[start:start + _CHUNK]
            for _uuid, values in chunk:
                self.check_fields(table, values)
            names = ["uuid", *sorted(self.columns(table)), "version", "clock"]
            current = {u: dict(zip(names, r, strict=True))
                       for u, r in self._rows(table, [u for u, _ in chunk], ", ".join(names)).items()}
            by_columns: dict[tuple[str, ...], list[tuple]] = {}
            audits = []
            for uuid, values in chunk:
                row = current[uuid]
                changed = {k: v for k, v in values.items() if row[k] != v}
                if not changed:
                    continue
                before = {k: row[k] for k in changed}
                meta = (self.now, store.user, store.origin, row["version"] + 1, self.lamport,
                        advance_clock(row["clock"], store.origin, changed))
                by_columns.setdefault(tuple(changed), []).append((*changed.values(), *meta, uuid))
                audits.append((self.now, table, uuid, "update", store.user, store.origin,
                               audit_fields(changed), self.source))
                self.changes.edits.append(RowEdit(table, uuid, "update", before, changed))
            for names, rows in by_columns.items():
                sets = ", ".join(f"{k} = ?" for k in (*names, "updated_at", "updated_by", "origin",
                                                      "version", "lamport", "clock"))
                store.conn.executemany(f"UPDATE {table} SET {sets} WHERE uuid = ?", rows)
            if audits:
                store.conn.executemany(AUDIT_INSERT, audits)
        progress(total, total, "")


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
        _apply(tx, steps, progress or no_progress, f"Gör om {changes.label}", bulk)
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
    newer value of the field, the undo is refused with one Swedish line; the rest stays undoable.
    (Inserts, deletes and restores take back no field value: a tombstone merges like any edit.)"""
    for table, rows in _expected(steps, undoing=undoing).items():
        names = sorted({n for fields in rows.values() for n in fields})
        uuids = list(rows)
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start:start + _CHUNK]
            found = tx._rows(table, chunk, ", ".join(["uuid", *names]))
            for uuid in chunk:
                current = dict(zip(["uuid", *names], found[uuid], strict=True))
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
            if done % _CHUNK == 0:
                progress(done, total, text)
    progress(total, total, text)
