"""Inserting many incidents at once (import, benchmark): the row metadata of ``tx.insert``, one audit
entry for the whole batch.

``Transaction.insert`` runs two statements and a JSON encoding per row; for 100,000 rows that
dominates an import. :func:`insert_incidents` writes the same columns (a uuid, created/updated
time of the transaction, author, origin, version 1, the transaction's Lamport time, the clock
JSON of records.py, deleted 0) and the same RowEdits (so undo works as for any insert), but:

* ONE audit row for the batch (what: incident insert; who: the transaction's user; how many;
  which file: the transaction's ``source``), not one entry per row (the audit names fields, never values: records.audit_fields);
* uuids from :func:`batch_uuids`: random version-4 uuids sharing a random prefix per batch and
  handed out in ascending order, so the primary-key index grows at one place;
* rows in (occurred_on) order, the order of the date indexes, before ``executemany``.

tests/test_importer.py compares its rows with rows written by ``tx.insert``.
"""

from __future__ import annotations

import os

from ..i18n import _
from ..progress import Progress, no_progress
from ..store.records import RowEdit, Transaction, audit_fields, dump_clock
from ..store.stamps import new_uuid

COLUMNS = ("agreement_uuid", "occurred_on", "iso_year", "iso_week", "category_uuid", "area_uuid",
           "source_uuid", "count", "description", "occurred_time")
_META = ("uuid", "created_at", "updated_at", "updated_by", "origin", "version", "lamport", "clock", "deleted")
_BATCH = 5000


def batch_uuids(n: int) -> list[str]:
    """``n`` distinct random uuid4 texts in ascending order, sharing a random 48-bit prefix.

    Each keeps 74 random bits of its own (a clash inside one batch of a million is ~1 in 10^10);
    the shared prefix is as random as a uuid4's first 48 bits, so batches do not meet either.
    """
    prefix = os.urandom(6).hex()
    head = f"{prefix[:8]}-{prefix[8:12]}-4"
    out: set[str] = set()
    while len(out) < n:
        raw = os.urandom(10 * (n - len(out)))
        for i in range(0, len(raw), 10):
            tail = raw[i:i + 10].hex()  # 20 hex digits: 3 + 1 (variant) + 16 needed, 74 bits used
            variant = "89ab"[int(tail[3], 16) & 3]
            out.add(f"{head}{tail[:3]}-{variant}{tail[4:7]}-{tail[7:19]}")
    return sorted(out)


def insert_incidents(tx: Transaction, records: list[dict], *, progress: Progress | None = None) -> list[str]:
    """Insert incident rows inside ``tx``; returns their uuids in the order of ``records``.

    :param records: dicts with exactly the keys of :data:`COLUMNS`
    """
    progress = progress or no_progress
    tx.check_fields("incident", dict.fromkeys(COLUMNS))
    store = tx.store
    vector = {store.origin: 1}
    clock = dump_clock({"v": vector, "c": vector, "f": {}})
    meta = (tx.now, tx.now, store.user, store.origin, 1, tx.lamport, clock, 0)
    cols = ", ".join(COLUMNS + _META)
    insert = f"INSERT INTO incident ({cols}) VALUES ({', '.join('?' * (len(COLUMNS) + len(_META)))})"
    def values(record: dict) -> tuple:  # occurred_time may be left out (no time of day)
        return tuple(record.get(c) for c in COLUMNS)

    total = len(records)
    order = sorted(range(total), key=lambda i: records[i]["occurred_on"])
    fresh = batch_uuids(total)
    uuids: list[str] = [""] * total
    for i, uuid in zip(order, fresh, strict=True):
        uuids[i] = uuid
    for start in range(0, total, _BATCH):
        progress(start, total, _("Sparar händelse {value} av {total} …").format(value=start + 1, total=total))
        rows = [values(records[i]) + (uuids[i],) + meta for i in order[start:start + _BATCH]]
        store.conn.executemany(insert, rows)
    tx.changes.edits.extend(RowEdit("incident", uuids[i], "insert", {},
                                    {c: records[i][c] for c in COLUMNS if c in records[i]}) for i in range(total))
    if total:
        # what (an import of incidents), who (by), how many, which file (source), which uuids
        summary = audit_fields(["import", f"rader={total}",
                                f"händelser={sum(int(r['count']) for r in records)}",
                                f"uuid={fresh[0]}..{fresh[-1]}"])
        tx.execute("INSERT INTO audit (at, table_name, row_uuid, action, by, origin, changes, source) "
                   "VALUES (?, 'incident', ?, 'insert', ?, ?, ?, ?)",
                   (tx.now, new_uuid(), store.user, store.origin, summary, tx.source))
    progress(total, total, "")
    return uuids
