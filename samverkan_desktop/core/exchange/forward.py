"""Merging the rows that only move forward, a table at a time in SQL.

Most rows of a file from the other coordinator are later versions of rows we have: their writer
had seen every write of ours, no field is in conflict, neither side deleted the row. For such a
row the field merge (:func:`.fields.fast_forward`) ends with their row as it stands — values,
clock and author — our version counter advanced by one, the larger Lamport time and the earlier
creation time. Here those rows are found and written in SQL: both sides are compared in one join,
the clock rule (:func:`.fields.forward_clock`, the same function the field merge uses) runs in
Python once per distinct pair of clocks and set of differing fields (memoised: the rows of one
exchange share a handful of clocks), and one ``INSERT … SELECT`` into the audit and one
``UPDATE … FROM`` write them all.

A row is merged here only when the field merge would write exactly the received row: theirs had
seen all of ours (so their authorship is kept), and the merged clock, written as the field merge
writes it, is the received clock text byte for byte. Everything else — new rows, tombstones, a
concurrent or conflicting write, a kept-conflict mark, a row with an open conflict record, a clock
not in its canonical form — is left to the field merge in merge.py, which then finds the rows
merged here equal on both sides and skips them.
"""

from __future__ import annotations

import functools

from ..store.audit import AUDIT_INSERT, audit_fields
from ..store.changes import RowEdit
from ..store.vclock import dump_clock, load_clock
from .compare import R
from .fields import forward_clock

TEMP = "temp.merge_forward"
# The fields a row differs in travel as bits of one integer; SQLite's are 64 bits wide.
MAX_FIELDS = 62
MEMO = 4096  # distinct (clock, clock, differing fields) remembered per table
MAX_UPDATES = 16  # UPDATE statements per table, one per set of differing fields; the rest: all fields
# The row metadata of the writer, copied with the clock (deleted is 0 on both sides here).
AUTHOR = ("clock", "updated_at", "updated_by", "origin")


def _rule(fields: list[str]):
    """The SQL function ``samverkan_forward(my clock, their clock, differing fields)``: 1 when the
    field merge of such a row would write the received row exactly (see the module text)."""

    bit = {name: i for i, name in enumerate(fields)}

    @functools.lru_cache(maxsize=MEMO)
    def forward(mine: str, theirs: str, differ: int) -> int:
        try:
            out = forward_clock(load_clock(mine), load_clock(theirs), fields,
                                lambda name: name == "deleted" or not differ >> bit[name] & 1)
            return int(out is not None and out.relation == "lt" and dump_clock(out.clock) == theirs)
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
            return 0  # not in the shape the rule reads: the field merge decides (or refuses)

    return forward


def merge_forward(tx, table: str, fields: list[str], source: str, differing: str, *,
                  conflicts_open: bool) -> tuple[list[str], int, str]:
    """Merge the rows of ``received.<table>`` that only move forward. ``differing``: "FROM … WHERE"
    naming the received rows ``r`` that are new or differ, LEFT JOINed with ours ``l``. Returns the
    uuids whose content changed (an audit row each), how many more changed only their clock, and
    the "FROM … WHERE" of the rest of the differing rows, for the field merge (read from the same
    one pass over both sides)."""
    conn = tx.store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS merge_forward "
                 "(uuid TEXT PRIMARY KEY NOT NULL, differ INTEGER NOT NULL, fast INTEGER NOT NULL, "
                 "mine INTEGER, theirs INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute(f"DELETE FROM {TEMP}")
    # The rows are found again by rowid (``mine``, ``theirs``), not by a second lookup of the uuid.
    rest = (f"FROM {TEMP} f JOIN {R}.{table} r ON r.rowid = f.theirs LEFT JOIN main.{table} l ON l.rowid = f.mine "
            f"WHERE NOT f.fast")
    bulk = len(fields) <= MAX_FIELDS
    differ = " | ".join(f"((l.{f} IS NOT r.{f} COLLATE BINARY) << {i})" for i, f in enumerate(fields)) or "0"
    # A row with an open conflict record is the field merge's: its later write may settle it.
    unsettled = (f"AND NOT EXISTS (SELECT 1 FROM main.merge_conflict c WHERE c.resolved_at IS NULL "
                 f"AND c.table_name = '{table}' AND c.row_uuid = r.uuid)") if conflicts_open else ""
    conn.create_function("samverkan_forward", 3, _rule(fields), deterministic=True)
    conn.execute(
        f"INSERT INTO {TEMP} (uuid, differ, fast, mine, theirs) SELECT uuid, differ, "
        f"CASE WHEN candidate THEN samverkan_forward(mine, theirs, differ) ELSE 0 END, lrow, rrow FROM ("
        f"SELECT r.uuid AS uuid, l.clock AS mine, r.clock AS theirs, {differ if bulk else '0'} AS differ, "
        f"l.rowid AS lrow, r.rowid AS rrow, "
        f"({'1' if bulk else '0'} AND l.uuid IS NOT NULL AND r.clock <> l.clock AND r.deleted = 0 "
        f"AND l.deleted = 0 {unsettled}) AS candidate {differing})")
    if not bulk:
        return [], 0, rest
    names = {}

    def changed_names(bits: int) -> str:  # the audit's changes column: the differing fields' names
        if bits not in names:
            names[bits] = audit_fields([f for i, f in enumerate(fields) if bits >> i & 1])
        return names[bits]

    conn.create_function("samverkan_changed", 1, changed_names, deterministic=True)
    # The audit first (it names the author of the row in the file), then the rows themselves.
    conn.execute(
        f"{AUDIT_INSERT.split(' VALUES')[0]} SELECT ?, ?, f.uuid, 'merge', r.updated_by, r.origin, "
        f"samverkan_changed(f.differ), ? FROM {TEMP} f JOIN {R}.{table} r ON r.rowid = f.theirs "
        f"WHERE f.fast AND f.differ <> 0 ORDER BY f.uuid", (tx.now, table, source))
    # One UPDATE per set of differing fields (a handful), writing only those fields: an unchanged
    # reference is not looked up again, an unchanged indexed column not re-indexed.
    masks = [m for (m,) in conn.execute(f"SELECT DISTINCT differ FROM {TEMP} WHERE fast ORDER BY differ")]
    for mask in masks[:MAX_UPDATES]:
        _update(conn, table, [f for i, f in enumerate(fields) if mask >> i & 1], f"= {mask}")
    if len(masks) > MAX_UPDATES:
        _update(conn, table, fields, f"> {masks[MAX_UPDATES - 1]}")
    changed = [u for (u,) in conn.execute(f"SELECT uuid FROM {TEMP} WHERE fast AND differ <> 0 ORDER BY uuid")]
    silent = conn.execute(f"SELECT count(*) FROM {TEMP} WHERE fast AND differ = 0").fetchone()[0]
    # The merge is not replayed (not on the undo stack): its edits name the rows for the views.
    tx.changes.edits.extend(RowEdit(table, uuid, "update", {}, {}) for uuid in changed)
    return changed, silent, rest


def _update(conn, table: str, fields: list[str], differ: str) -> None:
    """Their row for ours where the set of differing fields is ``differ``: those fields and the
    writer's clock and metadata copied; our version counter advanced, the larger Lamport time, the
    earlier creation time."""
    copied = [*fields, *AUTHOR]
    conn.execute(
        f"UPDATE main.{table} AS l SET ({', '.join(copied)}) = ({', '.join(f'r.{c}' for c in copied)}), "
        f"version = l.version + 1, lamport = max(l.lamport, r.lamport), "
        f"created_at = min(l.created_at, r.created_at) "
        f"FROM {TEMP} f JOIN {R}.{table} r ON r.rowid = f.theirs WHERE l.rowid = f.mine AND f.fast AND f.differ {differ}")
