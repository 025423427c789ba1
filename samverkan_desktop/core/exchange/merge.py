"""Merging a received file into the open workspace: a preview first, then one transaction.

Rows absent here are inserted as they are (their metadata and clocks kept). Rows present on both
sides are merged field by field (:mod:`.fields`): a change the other side made after seeing ours
is taken, concurrent changes of the same field with different values are conflicts — the value
kept in the row is the same on every coordinator (see fields.py), both values go to the
``merge_conflict`` table and the user decides later in "Konflikter" (the decision is an ordinary
edit that travels on). Merged rows keep the metadata of the side that wrote them (they are not
restamped as local edits); every merged change gets an audit row with action ``merge`` whose
source names the received file and its sender. Merging the same file twice writes nothing.

The merge is not on the undo stack: it may be large and interleaved with the sender's history.
It is undone by restoring the backup taken just before it (Arkiv → Återställ från säkerhetskopia…).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..store import backup
from ..store.database import Store
from ..store.records import AUDIT_INSERT, META_COLUMNS, OpChanges, RowEdit, audit_fields, load_clock
from ..store.tombstone import blank_values
from .fields import RowMerge, merge_row
from .labels import record_label, table_title
from .receive import Received

# Test hook (documented in tests/test_exchange_kill.py): when set, the merge touches this file and
# sleeps a moment after writing each table, so a test can kill the process in the middle.
PAUSE_ENV = "SAMVERKAN_TEST_MERGE_PAUSE"
KINDS = ("new", "changed", "deleted", "conflict")


@dataclass
class MergeItem:
    """One record that the merge changes: what kind of change, a label, the fields involved."""

    table: str
    uuid: str
    kind: str  # new | changed | deleted | conflict | restored
    label: str
    fields: list[tuple[str, object, object]] = field(default_factory=list)  # (field, mine, theirs)


@dataclass
class TablePreview:
    table: str
    title: str
    items: list[MergeItem] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind or (kind == "changed" and i.kind == "restored"))


@dataclass
class MergePreview:
    """What a merge would do, per kind of record. ``silent`` counts rows whose clocks alone change."""

    source: str
    tables: list[TablePreview]
    silent: int = 0

    def total(self, kind: str) -> int:
        return sum(t.count(kind) for t in self.tables)

    @property
    def empty(self) -> bool:
        return not any(t.items for t in self.tables) and not self.silent

    def summary(self) -> str:
        """One line: "3 nya, 2 ändrade, 1 borttagen, 1 konflikt"."""
        n, c, d, k = (self.total(kind) for kind in KINDS)
        if not (n or c or d or k):
            return "Inget nytt i filen."
        return (f"{n} {'ny' if n == 1 else 'nya'}, {c} {'ändrad' if c == 1 else 'ändrade'}, "
                f"{d} {'borttagen' if d == 1 else 'borttagna'}, {k} {'konflikt' if k == 1 else 'konflikter'}")

    def lines(self) -> list[str]:
        """The summary per kind of record, as the CLI prints it."""
        out = [f"Från {self.source}", self.summary()]
        for t in self.tables:
            counts = [f"{t.count(k)} {label}" for k, label in
                      zip(KINDS, ("nya", "ändrade", "borttagna", "konflikter"), strict=False) if t.count(k)]
            if counts:
                out.append(f"  {t.title}: {', '.join(counts)}")
                for item in t.items:
                    if item.kind == "conflict":
                        names = ", ".join(f for f, _m, _t in item.fields)
                        out.append(f"    konflikt: {item.label} ({names})")
        return out


@dataclass
class MergeResult:
    preview: MergePreview
    changes: OpChanges
    backup: Path | None


def _domain_fields(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in META_COLUMNS]


def _plan(store: Store, received: Received, progress: Callable | None = None):
    """Yield (table, columns, [(remote_row, local_row|None, RowMerge|None)]) for every table."""
    tables = [t for t in received.tables if t in store.merge_tables]
    for i, table in enumerate(tables):
        if progress:
            progress(i, len(tables), table_title(table))
        remote_rows = received.rows(table)
        if not remote_rows:
            continue
        columns = list(remote_rows[0].keys())
        fields = _domain_fields(columns)
        local = {r["uuid"]: dict(r) for r in store.query(f"SELECT * FROM {table}")}
        plan = []
        for remote in remote_rows:
            mine = local.get(remote["uuid"])
            if mine is None:
                plan.append((remote, None, None))
                continue
            merged = merge_row(mine, load_clock(mine["clock"]), remote, load_clock(remote["clock"]), fields,
                               blank=blank_values(store, table))
            if merged.changed:
                plan.append((remote, mine, merged))
        yield table, columns, fields, plan


def _item(table: str, remote: dict, mine: dict | None, merged: RowMerge | None) -> MergeItem | None:
    if merged is None:
        if remote["deleted"]:
            return None  # an unknown row that was already deleted: remembered, nothing to show
        return MergeItem(table, remote["uuid"], "new", record_label(table, remote))
    label = record_label(table, merged.row)
    if merged.conflicts:
        return MergeItem(table, remote["uuid"], "conflict", label, list(merged.conflicts))
    fields = [(f, old, new) for f, (old, new) in merged.changed_fields.items()]
    if merged.is_deleted and not merged.was_deleted:
        return MergeItem(table, remote["uuid"], "deleted", label, fields)
    if merged.was_deleted and not merged.is_deleted:
        return MergeItem(table, remote["uuid"], "restored", label, fields)
    if fields:
        return MergeItem(table, remote["uuid"], "changed", label, fields)
    return None


def preview_merge(store: Store, received: Received, progress: Callable | None = None) -> MergePreview:
    """What merging ``received`` would do; nothing is written."""
    preview = MergePreview(received.describe(), [])
    for table, _columns, _fields, plan in _plan(store, received, progress):
        tp = TablePreview(table, table_title(table))
        for remote, mine, merged in plan:
            item = _item(table, remote, mine, merged)
            if item is not None:
                tp.items.append(item)
            else:
                preview.silent += 1
        if tp.items:
            preview.tables.append(tp)
    return preview


def apply_merge(store: Store, received: Received, *, source: str | None = None,
                progress: Callable | None = None, make_backup: bool = True) -> MergeResult:
    """Merge ``received`` into ``store``: a verified backup first, then one transaction."""
    source = source or received.describe()
    backup_path = backup.rotate_backup(store) if make_backup else None
    preview = MergePreview(source, [])
    pause = os.environ.get(PAUSE_ENV)
    with store.write(f"Slå ihop {received.path.name}", source=source) as tx:
        remote_lamport = 0
        for table, columns, _fields, plan in _plan(store, received, progress):
            tp = TablePreview(table, table_title(table))
            for remote, mine, merged in plan:
                remote_lamport = max(remote_lamport, remote["lamport"])
                item = _item(table, remote, mine, merged)
                if item is None:
                    preview.silent += 1
                else:
                    tp.items.append(item)
                if merged is None:
                    _insert(tx, table, columns, remote, source)
                else:
                    _update(tx, table, columns, mine, merged, remote, source)
            if tp.items:
                preview.tables.append(tp)
            if pause and plan:
                Path(pause).touch()
                time.sleep(0.3)
        current = int(store.meta("lamport", "0"))
        if remote_lamport > current:
            tx.execute("UPDATE workspace_meta SET value = ? WHERE key = 'lamport'", (str(remote_lamport),))
    return MergeResult(preview, tx.changes, backup_path)


def _audit(tx, table: str, row: dict, names, source: str, conflicts=()) -> None:
    # Field names only (records.audit_fields): the audit never keeps the text of a field.
    tx.execute(AUDIT_INSERT, (tx.now, table, row["uuid"], "merge", row["updated_by"], row["origin"],
                              audit_fields(names, conflicts), source))


def _insert(tx, table: str, columns: list[str], remote: dict, source: str) -> None:
    # The row arrives exactly as its author wrote it: metadata and clock included; a tombstone
    # with its content cleared, whatever the file held.
    row = {c: remote[c] for c in columns}
    if row.get("deleted"):
        row.update({k: v for k, v in blank_values(tx.store, table).items() if k in row})
        tx.changes.purged = True
    tx.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
               tuple(row.values()))
    values = {c: row[c] for c in _domain_fields(columns)}
    _audit(tx, table, row, (), source)
    tx.changes.edits.append(RowEdit(table, row["uuid"], "insert", {}, values))


def _update(tx, table: str, columns: list[str], mine: dict, merged: RowMerge, remote: dict, source: str) -> None:
    row = dict(merged.row)
    row["version"] = mine["version"] + 1
    sets = ", ".join(f"{c} = ?" for c in columns if c != "uuid")
    tx.execute(f"UPDATE {table} SET {sets} WHERE uuid = ?",
               (*(row[c] for c in columns if c != "uuid"), row["uuid"]))
    changes = {f: [old, new] for f, (old, new) in merged.changed_fields.items()}
    if merged.was_deleted != merged.is_deleted:
        changes["deleted"] = [merged.was_deleted, merged.is_deleted]
    if changes:
        before = {f: v[0] for f, v in changes.items()}
        after = {f: v[1] for f, v in changes.items()}
        tx.changes.edits.append(RowEdit(table, row["uuid"], "update", before, after))
    if merged.is_deleted and not merged.was_deleted:
        tx.changes.purged = True  # a received tombstone cleared the content here too
    if changes or merged.conflicts:
        # History shows the conflict even when the value in the row did not change.
        # by/origin: the author of the row in the file
        _audit(tx, table, remote, changes, source, [name for name, _m, _t in merged.conflicts])
    if merged.taken:
        # Their write had seen our conflict (a decision made there, or a later edit): it settles ours.
        marks = ", ".join("?" for _ in merged.taken)
        tx.execute(f"UPDATE merge_conflict SET resolved_at = ?, resolution = 'theirs' WHERE table_name = ? "
                   f"AND row_uuid = ? AND resolved_at IS NULL AND field IN ({marks})",
                   (tx.now, table, row["uuid"], *merged.taken))
    for name, theirs_mine, theirs_value in merged.conflicts:
        _record_conflict(tx, table, row["uuid"], name, theirs_mine, theirs_value, remote, source)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _record_conflict(tx, table: str, uuid: str, name: str, mine, theirs, remote: dict, source: str) -> None:
    existing = tx.execute(
        "SELECT id FROM merge_conflict WHERE table_name = ? AND row_uuid = ? AND field = ? AND resolved_at IS NULL "
        "AND mine IS ? AND theirs IS ?", (table, uuid, name, _text(mine), _text(theirs))).fetchone()
    if existing:
        return
    tx.execute(
        "INSERT INTO merge_conflict (detected_at, table_name, row_uuid, field, mine, theirs, theirs_origin, "
        "theirs_by, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (tx.now, table, uuid, name, _text(mine), _text(theirs), remote["origin"], remote["updated_by"], source))
