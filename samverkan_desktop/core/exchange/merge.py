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
from contextlib import closing, contextmanager

from ..errors import HostileFile
from ..i18n import _
from ..store import backup
from ..store.database import Store
from ..store.records import AUDIT_INSERT, META_COLUMNS, OpChanges, RowEdit, audit_fields, load_clock
from ..store.tombstone import blank_values
from . import seen
from .fields import RowMerge, leq, merge_row, settled_by, writes_key
from .forward import merge_forward
from .labels import printable, record_label, table_title
from .preview import MergeItem, MergePreview, MergeResult, TablePreview
from .receive import RECEIVED, Received, check_clock


def _domain_fields(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in META_COLUMNS]


BATCH = 2000  # received rows fetched at a time: memory stays bounded whatever the file's size
R = RECEIVED  # the schema name the received file is attached under (receive.Received.attach)
# Row metadata: equal clocks and values with other metadata are the same row (nothing new).
UNCOMPARED = ("uuid", "version", "lamport", "updated_at", "updated_by", "origin", "created_at")


@contextmanager
def attached(store: Store, received: Received):
    """The received file readable as ``received.<table>`` from the workspace's connection."""
    with store.lock:
        if any(r[1] == R for r in store.conn.execute("PRAGMA database_list")):
            yield  # already, by the caller
            return
        received.attach(store.conn)
        try:
            yield
        finally:
            received.detach(store.conn)


def _columns(received: Received, table: str) -> list[str]:
    return received.columns(table)


def _differing(table: str, columns: list[str], *, every: bool = False) -> str:
    """FROM … WHERE (…): the received rows that are new here, or differ from ours in clock or
    content (``every``: in any column, metadata too) — compared in SQL, byte for byte: rows the
    same on both sides never reach Python."""
    differ = " OR ".join(f"r.{c} IS NOT l.{c} COLLATE BINARY" for c in columns
                         if c != "uuid" and (every or c not in UNCOMPARED))
    return f"FROM {R}.{table} r LEFT JOIN main.{table} l ON l.uuid = r.uuid WHERE (l.uuid IS NULL OR {differ})"


def _tables(store: Store, received: Received) -> list[str]:
    return [t for t in received.tables if t in store.merge_tables]


def _plan(store: Store, received: Received, progress: Callable | None = None, before: Callable | None = None):
    """Yield (table, columns, fields, [(remote_row, local_row|None, RowMerge|None)]) per batch.

    Both sides are joined in SQL in uuid order, a batch at a time; only rows that are new or differ
    arrive here, a row whose row vector we already dominate is skipped after parsing that vector,
    so only rows with something new reach :func:`merge_row` (each vector parsed once per row).
    ``before(table, fields, rows)`` runs first for each table (the merge moves rows forward there)
    and returns the "FROM … WHERE" of the rows left for the field merge (``rows``: all that differ)."""
    tables = _tables(store, received)
    for i, table in enumerate(tables):
        if progress:
            progress(i, len(tables), table_title(table))
        columns = _columns(received, table)
        n = len(columns)
        fields = _domain_fields(columns)
        blank = blank_values(store, table)
        rows = _differing(table, columns)
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


CLAIMS = 4096  # distinct clock texts remembered while the file's clocks are checked
# A received Lamport time may run ahead of ours by the writes made elsewhere, not by this much.
LAMPORT_AHEAD = 10 ** 9


def _max_count(clock: dict, site: str) -> int:
    """The largest counter of ``site`` in any vector of a (validated) clock."""
    vectors = [clock.get("v", {}), clock.get("c", {}), *clock.get("f", {}).values()]
    for mark in clock.get("m", {}).values():
        vectors += [mark.get("f", {}), mark.get("t", {})]
    return max((int(v.get(site, 0)) for v in vectors), default=0)


def _decoded(value):
    """A value as read: text that came as UTF-8 bytes (received_values.check_values) as str."""
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _issued(clock_text: str | None, site: str) -> int:
    """What ``site`` has issued for a row here (0 for a row we do not have)."""
    return int(load_clock(clock_text)["v"].get(site, 0)) if clock_text is not None else 0


def check_against(store: Store, received: Received) -> bool:
    """Refuse a file that claims more than it can know (before any backup or write), and tell
    whether it holds anything new at all.

    Refused: a Lamport time far beyond ours; a received clock that differs from ours and is not in
    our shape (receive.check_clock; a clock equal to ours is one we checked or wrote); a vector entry
    for *this* site beyond what this site has issued for that row (a forged or replayed file would
    silently overwrite or delete my records). Returns False when every received row is here already,
    the same (then the merge writes nothing and takes no backup)."""
    me = store.origin
    local_lamport = int(store.meta("lamport", "0"))
    with attached(store, received):
        tables = _tables(store, received)
        ahead = {t: store.conn.execute(f"SELECT coalesce(max(lamport), 0) FROM {R}.{t}").fetchone()[0]
                 for t in tables}
        differing = [(t, _differing(t, _columns(received, t), every=True)) for t in tables]
        if max(ahead.values(), default=0) <= local_lamport and not any(
                store.conn.execute(f"SELECT 1 {sql} LIMIT 1").fetchone() for _t, sql in differing):
            return False  # every row is here, the same: nothing of the file needs reading
        claims: dict = {}  # clock as read → what it claims of this site (many rows share a clock)

        def clock_of(table: str, values: list) -> None:
            raw = values[1]
            claimed = claims.get(raw)
            if claimed is None:
                uuid, text = _decoded(values[0]), _decoded(raw)
                mine_too = me in text
                clock = check_clock(received.path, table, uuid, text, parse=mine_too)
                claimed = _max_count(clock, me) if mine_too else 0
                if len(claims) >= CLAIMS:
                    claims.clear()
                claims[raw] = claimed
            if claimed and claimed > _issued(_decoded(values[2]), me):
                uuid = _decoded(values[0])
                raise HostileFile(printable(_(
                    "{file} kan inte läsas in: filen påstår {claimed} ändringar av {table} {uuid} från "
                    "den här arbetsytan, som bara har gjort {issued}. Den är förfalskad eller hör till "
                    "en annan kopia av arbetsytan.").format(
                    file=received.path.name, claimed=claimed,
                    table=table_title(table).lower(), uuid=uuid[:8], issued=_issued(_decoded(values[2]), me))))

        clocks = ("r.uuid", "r.clock", "l.clock")
        if received.checked:  # read eagerly: only the clocks of the rows that differ are left
            for table, sql in differing:
                with closing(store.conn.execute(f"SELECT {', '.join(clocks)} {sql}")) as cursor:
                    for values in cursor:
                        clock_of(table, list(values))
        else:  # every value the workspace does not hold already, and its clock, in one pass
            received.check(within=(store.conn, dict(differing)), extra=clocks, on_row=clock_of)
        for table, n in ahead.items():
            if n > local_lamport + LAMPORT_AHEAD:
                raise HostileFile(printable(_("{file} kan inte läsas in: tidsstämplarna i {table} ligger orimligt "
                                              "långt före arbetsytans ({n}).").format(
                    file=received.path.name, table=table, n=n)))
    return True


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
    with attached(store, received):
        if not check_against(store, received):
            if received.digest and not seen.merged_at(store, received.digest):
                with store.write(label, source=source) as tx:
                    seen.remember(tx, received.digest)  # nothing to merge: the next time, nothing to read
            return MergeResult(preview, OpChanges(label), None)
        backup_path = backup.rotate_backup(store) if make_backup else None
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
                                  for t in _tables(store, received)), default=0)
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
