"""Bulk writes: the same rows, audit rows and RowEdits as the per-row writes, in far fewer statements.

:class:`BulkWrites` is mixed into :class:`~.records.Transaction`; undo and redo of a large operation
(an import, a bulk delete) use it for runs of more than ``replay.BULK_MIN`` edits of one kind.
tests/test_undo_bulk.py compares its results with the per-row path, row for row.
"""

from __future__ import annotations

from ..errors import NotFound
from ..i18n import _
from ..progress import Progress, no_progress
from .audit import AUDIT_INSERT, FORGET_CONFLICTS, audit_fields
from .changes import RowEdit
from .tombstone import blank_values
from .vclock import advance_clock

# Reads go in chunks of CHUNK uuids (well under SQLite's variable limit).
CHUNK = 500


class BulkWrites:
    """delete_many / restore_many / _update_many for a Transaction (uses its store, clock and changes)."""


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
        marks = ", ".join("?" for _uuid in uuids)
        cursor = self.store.conn.cursor()
        cursor.row_factory = None  # tuples: sqlite3.Row costs more than the UPDATE for 500 rows
        found = {r[0]: r for r in cursor.execute(
            f"SELECT {columns} FROM {table} WHERE uuid IN ({marks})", uuids)}
        for uuid in uuids:
            if uuid not in found:
                raise NotFound(_("Posten finns inte längre ({table} {uuid}).").format(table=table, uuid=uuid[:8]))
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
        for start in range(0, total, CHUNK):
            progress(start, total, "")
            chunk = order[start:start + CHUNK]
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
        for start in range(0, total, CHUNK):
            progress(start, total, "")
            chunk = items[start:start + CHUNK]
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
