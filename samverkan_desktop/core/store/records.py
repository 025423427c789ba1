"""Writing merge-ready rows: every insert, update and delete keeps the merge metadata.

A :class:`Transaction` is what ``store.write(label)`` yields. Each write stamps the row with
``updated_at/updated_by/origin``, bumps ``version``, sets the transaction's Lamport time, advances
the row's version vector and the vector of each field it changed (so a merge can tell concurrent
edits of the same field from edits that saw each other), and appends an audit row. The
transaction collects an :class:`OpChanges` that the UI uses to refresh and to undo.

Deleted means gone: a delete clears every content column in the same transaction (see
:mod:`.tombstone`), and the audit row names the fields a write changed, never their values. Undo
of a delete gets the content back from the :class:`RowEdit` in memory, so only for as long as the
session's undo stack lives. Bulk writes are in :mod:`.bulk_writes`, undo and redo in
:mod:`.replay`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound, ValidationError
from ..i18n import _
from .audit import AUDIT_INSERT, FORGET_CONFLICTS, audit_fields
from .bulk_writes import BulkWrites
from .changes import OpChanges, RowEdit
from .stamps import new_uuid, utc_now
from .tombstone import META_COLUMNS, cleared
from .vclock import advance_clock, dump_clock, load_clock

# OpChanges, RowEdit and the clock helpers are used through this module across the code base.
__all__ = ["AUDIT_INSERT", "META_COLUMNS", "OpChanges", "RowEdit", "Transaction", "advance_clock",
           "audit_fields", "dump_clock", "load_clock"]

if TYPE_CHECKING:
    from .database import Store




class Transaction(BulkWrites):
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
            raise ValidationError(_("Okända fält för {table}: {names}").format(table=table, names=', '.join(sorted(unknown))))

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
            raise NotFound(_("Posten är borttagen och kan inte ändras ({table} {uuid}). Ångra borttagningen först.").format(table=table, uuid=uuid[:8]))
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
            raise ValidationError(_("Okända fält för {table}: {names}").format(table=table, names=', '.join(sorted(unknown))))
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
            raise NotFound(_("Posten finns inte längre ({table} {uuid}).").format(table=table, uuid=uuid[:8]))
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
