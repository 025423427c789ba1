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

from collections.abc import Callable
from contextlib import closing

from ..i18n import _
from ..store import backup
from ..store.database import Store
from ..store.records import AUDIT_INSERT, META_COLUMNS, OpChanges, RowEdit, audit_fields, load_clock
from ..store.tombstone import blank_values
from . import seen
from .compare import R, attached, check_against, columns_of, differing, tables_of
from .fields import RowMerge, leq, merge_row, settled_by, writes_key
from .forward import merge_forward
from .labels import record_label, table_title
from .preview import MergeItem, MergePreview, MergeResult, TablePreview
from .receive import Received


def _domain_fields(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in META_COLUMNS]


BATCH = 2000  # received rows fetched at a time: memory stays bounded whatever the file's size
def _plan(store: Store, received: Received, progress: Callable | None = None, before: Callable | None = None):
    """Yield (table, columns, fields, [(remote_row, local_row|None, RowMerge|None)]) per batch.

    Both sides are joined in SQL in uuid order, a batch at a time; only rows that are new or differ
    arrive here, a row whose row vector we already dominate is skipped after parsing that vector,
    so only rows with something new reach :func:`merge_row` (each vector parsed once per row).
    ``before(table, fields, rows)`` runs first for each table (the merge moves rows forward there)
    and returns the "FROM … WHERE" of the rows left for the field merge (``rows``: all that differ)."""
    tables = tables_of(store, received)
    for i, table in enumerate(tables):
        if progress:
            progress(i, len(tables), table_title(table))
        columns = columns_of(received, table)
        n = len(columns)
        fields = _domain_fields(columns)
        blank = blank_values(store, table)
        rows = differing(table, columns)
        if before:
            rows = before(table, fields, rows)
        both = ", ".join([*(f"r.{c}" for c in columns), *(f"l.{c}" for c in columns)])
        cursor = store.conn.execute(f"SELECT {both} {rows} ORDER BY r.uuid")
        try:
            while True:
                batch = cursor.fetchmany(BATCH)
                if not batch:
                    break
                plan = []
                for values in batch:
                    remote = dict(zip(columns, values[:n], strict=True))
                    if values[n] is None:
                        plan.append((remote, None, None))
                        continue
                    mine = dict(zip(columns, values[n:], strict=True))
                    local_clock, remote_clock = load_clock(mine["clock"]), load_clock(remote["clock"])
                    if leq(remote_clock["v"], local_clock["v"]) and remote_clock["v"] != local_clock["v"]:
                        continue  # every write in it is known here already
                    merged = merge_row(mine, local_clock, remote, remote_clock, fields, blank=blank)
                    if merged.changed:
                        plan.append((remote, mine, merged))
                if plan:
                    yield table, columns, fields, plan
        finally:
            cursor.close()


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
    preview = MergePreview(received.describe(), [], merged_before=seen.merged_at(store, received.digest) or "")
    if preview.merged_before:
        return preview
    with attached(store, received):
        if not check_against(store, received):
            return preview
        with closing(_plan(store, received, progress)) as plans:
            for table, _columns, _fields, plan in plans:
                tp = _table_preview(preview, table)
                for remote, mine, merged in plan:
                    item = _item(table, remote, mine, merged)
                    if item is not None:
                        tp.items.append(item)
                    else:
                        preview.silent += 1
    preview.tables = [t for t in preview.tables if t.items]
    return preview


def _table_preview(preview: MergePreview, table: str) -> TablePreview:
    """The preview's entry for ``table`` (batches of one table add to the same entry)."""
    if not preview.tables or preview.tables[-1].table != table:
        preview.tables.append(TablePreview(table, table_title(table)))
    return preview.tables[-1]


def _forward(tx, preview: MergePreview, source: str, conflicts_open: bool) -> Callable:
    """The ``before`` step of the merge pass: a table's forward-only rows merged in SQL."""
    def step(table: str, fields: list[str], rows: str) -> str:
        changed, silent, rest = merge_forward(tx, table, fields, source, rows, conflicts_open=conflicts_open)
        if changed:
            _table_preview(preview, table).unlisted += len(changed)
            # A received edit may be a redaction (a text, a frozen report's PDF built again without
            # it): no WAL frame may keep the old value (the field merge's _update does the same).
            tx.changes.purged = True
        preview.silent += silent
        return rest
    return step


def apply_merge(store: Store, received: Received, *, source: str | None = None,
                progress: Callable | None = None, make_backup: bool = True, forward: bool = True) -> MergeResult:
    """Merge ``received`` into ``store``: a verified backup first, then one transaction. A file
    with nothing new writes nothing and takes no backup (there is nothing to go back from).
    ``forward``: rows that only move forward are merged in bulk in SQL (forward.py; False: every
    row through the field merge, the same outcome — the tests compare the two)."""
    source = source or received.describe()
    preview = MergePreview(source, [], merged_before=seen.merged_at(store, received.digest) or "")
    label = _("Slå ihop {name}").format(name=received.path.name)
    if preview.merged_before:  # this very file is merged already: nothing of it is read again
        return MergeResult(preview, OpChanges(label), None)
    pending: list[backup.BackgroundBackup] = []  # the verified backup, taken beside the checks

    def start_backup() -> None:
        if make_backup:
            pending.append(backup.BackgroundBackup(store.path, always=True).start())

    with attached(store, received):
        try:
            news = check_against(store, received, started=start_backup)
        except BaseException:
            for b in pending:
                b.discard()  # refused: nothing of it is left beside the workspace
            raise
        if not news:
            if received.digest and not seen.merged_at(store, received.digest):
                with store.write(label, source=source) as tx:
                    seen.remember(tx, received.digest)  # nothing to merge: the next time, nothing to read
            return MergeResult(preview, OpChanges(label), None)
        backup_path = pending[0].keep() if pending else None
        sender = received.manifest.get("exported_by", "")
        with store.write(label, source=source) as tx:
            since = tuple(tx.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                          for t in ("audit", "merge_conflict"))
            # Open conflicts are settled or closed by later writes; with none, no row needs a look.
            settle = tx.execute("SELECT 1 FROM merge_conflict WHERE resolved_at IS NULL LIMIT 1").fetchone()
            step = _forward(tx, preview, source, bool(settle)) if forward else None
            with closing(_plan(store, received, progress, before=step)) as plans:
                for table, columns, _fields, plan in plans:
                    tp = _table_preview(preview, table)
                    for remote, mine, merged in plan:
                        item = _item(table, remote, mine, merged)
                        if item is None:
                            preview.silent += 1
                        else:
                            tp.items.append(item)
                        if merged is None:
                            _insert(tx, table, columns, remote, source)
                        else:
                            _update(tx, table, columns, mine, merged, remote, source, sender, bool(settle))
            preview.tables = [t for t in preview.tables if t.has_changes]
            remote_lamport = max((tx.execute(f"SELECT coalesce(max(lamport), 0) FROM {R}.{t}").fetchone()[0]
                                  for t in tables_of(store, received)), default=0)
            seen.remember(tx, received.digest)
            current = int(store.meta("lamport", "0"))
            if remote_lamport > current:
                tx.execute("UPDATE workspace_meta SET value = ? WHERE key = 'lamport'", (str(remote_lamport),))
    return MergeResult(preview, tx.changes, backup_path, since)


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


def _update(tx, table: str, columns: list[str], mine: dict, merged: RowMerge, remote: dict, source: str,
            sender: str = "", settle: bool = True) -> None:
    row = dict(merged.row)
    row["version"] = mine["version"] + 1
    names = [c for c in columns if c != "uuid" and (c == "version" or row[c] != mine[c])]
    sets = ", ".join(f"{c} = ?" for c in names)  # only the columns that change
    tx.execute(f"UPDATE {table} SET {sets} WHERE uuid = ?", (*(row[c] for c in names), row["uuid"]))
    changes = {f: [old, new] for f, (old, new) in merged.changed_fields.items()}
    if merged.was_deleted != merged.is_deleted:
        changes["deleted"] = [merged.was_deleted, merged.is_deleted]
    if changes:
        before = {f: v[0] for f, v in changes.items()}
        after = {f: v[1] for f, v in changes.items()}
        tx.changes.edits.append(RowEdit(table, row["uuid"], "update", before, after))
    # A received tombstone cleared the content here too, and a received edit may be a redaction (a
    # text, a frozen report's PDF built again without it): no WAL frame may keep the old value.
    tx.changes.purged = True
    if changes or merged.conflicts:
        # History shows the conflict even when the value in the row did not change.
        # by/origin: the author of the row in the file
        _audit(tx, table, remote, changes, source, [name for name, _m, _t in merged.conflicts])
    if merged.taken and settle:
        # Their write had seen our conflict (a decision made there, or a later edit): it settles ours.
        marks = ", ".join("?" for _ in merged.taken)
        tx.execute(f"UPDATE merge_conflict SET resolved_at = ?, resolution = 'theirs' WHERE table_name = ? "
                   f"AND row_uuid = ? AND resolved_at IS NULL AND field IN ({marks})",
                   (tx.now, table, row["uuid"], *merged.taken))
    if settle:
        _close_settled(tx, table, row["uuid"], merged)
    if merged.is_deleted and not merged.was_deleted:
        # A delete that had seen every write (both sides of any open conflict) settles them.
        tx.execute("UPDATE merge_conflict SET resolved_at = ?, resolution = 'theirs' WHERE table_name = ? "
                   "AND row_uuid = ? AND resolved_at IS NULL", (tx.now, table, row["uuid"]))
    for name, theirs_mine, theirs_value in merged.conflicts:
        if table == "frozen_report" and name != "deleted":
            # Two redactions that built the same frozen report again: the larger write is kept for
            # every field alike (no mix of one PDF and the other's checksum), and no conflict
            # record keeps the other PDF, which may show the text the kept one removed.
            continue
        # The other side of a delete against an edit is whoever sent the file (the row's metadata
        # may name a third coordinator whose later merge it carries).
        by = sender if name == "deleted" and sender else remote["updated_by"]
        _record_conflict(tx, table, row["uuid"], name, theirs_mine, theirs_value, remote, source, by,
                         writes_key(*merged.writes[name]))


def _text(value) -> str | None:
    return None if value is None else str(value)


def _close_settled(tx, table: str, uuid: str, merged: RowMerge) -> None:
    """Close my open records of this row that a later write, which had seen both values, settles."""
    for cid, name, writes in tx.execute(
            "SELECT id, field, writes FROM merge_conflict WHERE resolved_at IS NULL AND table_name = ? "
            "AND row_uuid = ? AND writes <> ''", (table, uuid)).fetchall():
        if name in merged.tags and settled_by(writes, merged.tags[name]):
            tx.execute("UPDATE merge_conflict SET resolved_at = ?, resolution = 'theirs' WHERE id = ?",
                       (tx.now, cid))


def _record_conflict(tx, table: str, uuid: str, name: str, mine, theirs, remote: dict, source: str,
                     by: str, writes: str) -> None:
    """One record per concurrent edit: the same two writes met again (another file, another
    path) are the conflict already recorded."""
    existing = tx.execute(
        "SELECT id FROM merge_conflict WHERE table_name = ? AND row_uuid = ? AND field = ? AND resolved_at IS NULL "
        "AND (writes = ? OR (writes = '' AND mine IS ? AND theirs IS ?))",
        (table, uuid, name, writes, _text(mine), _text(theirs))).fetchone()
    if existing:
        return
    tx.execute(
        "INSERT INTO merge_conflict (detected_at, table_name, row_uuid, field, mine, theirs, theirs_origin, "
        "theirs_by, source, writes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (tx.now, table, uuid, name, _text(mine), _text(theirs), remote["origin"], by, source, writes))
