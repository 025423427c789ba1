"""Writing merge-ready rows: every insert, update and delete keeps the merge metadata.

A :class:`Transaction` is what ``store.write(label)`` yields. Each write stamps the row with
``updated_at/updated_by/origin``, bumps ``version``, sets the transaction's Lamport time, advances
the row's version vector and the vector of each field it changed (so a merge can tell concurrent
edits of the same field from edits that saw each other), and appends an audit row. The
transaction collects an :class:`OpChanges` that the UI uses to refresh and to undo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .clock import new_uuid, utc_now
from .errors import NotFound, ValidationError

if TYPE_CHECKING:
    from .store import Store

META_COLUMNS = frozenset({"uuid", "created_at", "updated_at", "updated_by", "origin",
                          "version", "lamport", "clock", "deleted"})


@dataclass
class RowEdit:
    """One row's change: ``before``/``after`` hold only the fields that changed."""

    table: str
    uuid: str
    kind: str  # insert | update | delete | restore
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class OpChanges:
    """What one operation changed: for refreshing views and for undo/redo."""

    label: str
    edits: list[RowEdit] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        """The tables touched."""
        return {e.table for e in self.edits}

    @property
    def uuids(self) -> set[str]:
        """The rows touched."""
        return {e.uuid for e in self.edits}

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` changed."""
        return bool(self.tables.intersection(tables))

    def created(self, table: str) -> list[str]:
        """uuids of the rows inserted into ``table``, in order."""
        return [e.uuid for e in self.edits if e.table == table and e.kind == "insert"]

    def __bool__(self) -> bool:
        return bool(self.edits)


def _bump(vector: dict[str, int], origin: str) -> dict[str, int]:
    out = dict(vector)
    out[origin] = out.get(origin, 0) + 1
    return out


def load_clock(text: str | None) -> dict:
    """The parsed clock column: {"v": row vector, "c": creation vector, "f": {field: vector}}."""
    clock = json.loads(text or "{}")
    clock.setdefault("v", {})
    clock.setdefault("c", dict(clock["v"]))
    clock.setdefault("f", {})
    return clock


def dump_clock(clock: dict) -> str:
    """Compact, key-sorted JSON so equal clocks compare equal as text."""
    return json.dumps(clock, separators=(",", ":"), sort_keys=True)


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
            self._columns[table] = {c.name for c in self.store.db[table].columns} - META_COLUMNS
        return self._columns[table]

    def _check_fields(self, table: str, values: dict) -> None:
        unknown = set(values) - self.columns(table)
        if unknown:
            raise ValidationError(f"Okända fält för {table}: {', '.join(sorted(unknown))}")

    def _audit(self, table: str, uuid: str, action: str, changes: dict) -> None:
        self.execute(
            "INSERT INTO audit (at, table_name, row_uuid, action, by, origin, changes, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.now, table, uuid, action, self.store.user, self.store.origin,
             json.dumps(changes, ensure_ascii=False, default=str), self.source))

    # -- writes ----------------------------------------------------------------------------

    def insert(self, table: str, values: dict, *, uuid: str | None = None) -> str:
        """Insert a new row; returns its uuid."""
        self._check_fields(table, values)
        uuid = uuid or new_uuid()
        vector = {self.store.origin: 1}
        row = dict(values)
        row.update(uuid=uuid, created_at=self.now, updated_at=self.now, updated_by=self.store.user,
                   origin=self.store.origin, version=1, lamport=self.lamport,
                   clock=dump_clock({"v": vector, "c": vector, "f": {}}), deleted=0)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
        self._audit(table, uuid, "insert", {k: [None, v] for k, v in values.items()})
        self.changes.edits.append(RowEdit(table, uuid, "insert", {}, dict(values)))
        return uuid

    def update(self, table: str, uuid: str, values: dict) -> dict:
        """Change fields of a row; only fields whose value differs are written. Returns the old values."""
        self._check_fields(table, values)
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
        self._audit(table, uuid, "update", {k: [before[k], changed[k]] for k in changed})
        self.changes.edits.append(RowEdit(table, uuid, "update", before, changed))
        return before

    def delete(self, table: str, uuid: str) -> None:
        """Tombstone a row: it stays (so a merge cannot bring it back) but counts as deleted."""
        current = self._current(table, uuid)
        if current["deleted"]:
            return
        self._write_fields(table, current, {"deleted": 1})
        self._audit(table, uuid, "delete", {})
        self.changes.edits.append(RowEdit(table, uuid, "delete", {"deleted": 0}, {"deleted": 1}))

    def restore(self, table: str, uuid: str) -> None:
        """Undo a tombstone."""
        current = self._current(table, uuid)
        if not current["deleted"]:
            return
        self._write_fields(table, current, {"deleted": 0})
        self._audit(table, uuid, "restore", {})
        self.changes.edits.append(RowEdit(table, uuid, "restore", {"deleted": 1}, {"deleted": 0}))

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

    def _write_fields(self, table: str, current: dict, changed: dict) -> None:
        clock = load_clock(current["clock"])
        clock["v"] = _bump(clock["v"], self.store.origin)
        for name in changed:
            clock["f"][name] = dict(clock["v"])
        row = dict(changed)
        row.update(updated_at=self.now, updated_by=self.store.user, origin=self.store.origin,
                   version=current["version"] + 1, lamport=self.lamport, clock=dump_clock(clock))
        sets = ", ".join(f"{k} = ?" for k in row)
        self.execute(f"UPDATE {table} SET {sets} WHERE uuid = ?", (*row.values(), current["uuid"]))


def undo(store: Store, changes: OpChanges) -> OpChanges:
    """Reverse ``changes`` as a new edit (it travels to other coordinators like any edit)."""
    with store.write(f"Ångra {changes.label}") as tx:
        for e in reversed(changes.edits):
            if e.kind == "insert":
                tx.delete(e.table, e.uuid)
            elif e.kind == "delete":
                tx.restore(e.table, e.uuid)
            elif e.kind == "restore":
                tx.delete(e.table, e.uuid)
            else:
                tx.update(e.table, e.uuid, e.before)
    return tx.changes


def redo(store: Store, changes: OpChanges) -> OpChanges:
    """Apply ``changes`` again after an undo."""
    with store.write(changes.label) as tx:
        for e in changes.edits:
            if e.kind in ("insert", "restore"):
                tx.restore(e.table, e.uuid)
            elif e.kind == "delete":
                tx.delete(e.table, e.uuid)
            else:
                tx.update(e.table, e.uuid, e.after)
    return tx.changes
