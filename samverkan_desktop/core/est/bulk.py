"""Inserting many incidents at once (import, benchmark) with exactly the metadata of ``tx.insert``.

``Transaction.insert`` runs two statements and a JSON encoding per row; for 100,000 rows that
dominates an import. :func:`insert_incidents` writes the same columns (uuid4, created/updated
time of the transaction, author, origin, version 1, the transaction's Lamport time, the clock
JSON of records.py, deleted 0), the same audit rows (no values: records.audit_fields) and the same RowEdits, but with
``executemany``. tests/test_importer.py compares its rows with rows written by ``tx.insert``.
"""

from __future__ import annotations

from ..progress import Progress, no_progress
from ..store.records import RowEdit, Transaction, audit_fields, dump_clock
from ..store.stamps import new_uuid

COLUMNS = ("agreement_uuid", "occurred_on", "iso_year", "iso_week", "category_uuid", "area_uuid",
           "source_uuid", "count", "description")
_META = ("uuid", "created_at", "updated_at", "updated_by", "origin", "version", "lamport", "clock", "deleted")
_BATCH = 5000


def insert_incidents(tx: Transaction, records: list[dict], *, progress: Progress | None = None) -> list[str]:
    """Insert incident rows inside ``tx``; returns their uuids in order.

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
    audit = ("INSERT INTO audit (at, table_name, row_uuid, action, by, origin, changes, source) "
             "VALUES (?, 'incident', ?, 'insert', ?, ?, ?, ?)")
    uuids: list[str] = []
    total = len(records)
    for start in range(0, total, _BATCH):
        progress(start, total, f"Sparar händelse {start + 1} av {total} …")
        batch = records[start:start + _BATCH]
        rows, audits = [], []
        for rec in batch:
            values = tuple(rec[c] for c in COLUMNS)
            uuid = new_uuid()
            uuids.append(uuid)
            rows.append((*values, uuid, *meta))
            audits.append((tx.now, uuid, store.user, store.origin, audit_fields(()), tx.source))
            tx.changes.edits.append(RowEdit("incident", uuid, "insert", {}, {c: rec[c] for c in COLUMNS}))
        store.conn.executemany(insert, rows)
        store.conn.executemany(audit, audits)
    progress(total, total, "")
    return uuids
