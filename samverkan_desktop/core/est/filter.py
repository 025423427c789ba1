"""Searching the whole incident log: by category, area, source, date range and text, in SQL.

    f = IncidentFilter(agreement, categories=(skadegorelse,), areas=(vivalla,), date_from="2026-03-01",
                       text="skol")
    ids = incident_ids(store, f, sort="date", descending=True)   # rowids, filtered and sorted in SQL
    rows = rows_by_id(store, ids[:200])                          # one page, with names
    registrations, incidents = totals(store, f)

"Skadegörelse mot skolor i Vivalla sedan i våras" is such a filter. An område includes its
platser. Every query searches ``incident_date (agreement_uuid, occurred_on)``
(tests/test_est_indexes.py); the EST tab's "Sök i loggen" and reports use the same functions.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from ..store.database import Store

_LABELS = """LEFT JOIN code_item c ON c.uuid = i.category_uuid
             LEFT JOIN area a ON a.uuid = i.area_uuid
             LEFT JOIN code_item s ON s.uuid = i.source_uuid"""
# Sort keys the list offers; each ends with the rowid so equal keys keep one order.
SORTS = {
    "date": "i.occurred_on",
    "category": "c.label COLLATE sv",
    "area": "a.name COLLATE sv",
    "source": "s.label COLLATE sv",
    "count": "i.count",
    "description": "i.description COLLATE sv",
}
_CHUNK = 500


@dataclass(frozen=True)
class IncidentFilter:
    """What to find in one agreement's log; empty tuples and None mean "any"."""

    agreement_uuid: str
    categories: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # an område stands for itself and its platser
    sources: tuple[str, ...] = ()
    date_from: str | None = None  # ÅÅÅÅ-MM-DD, inclusive
    date_to: str | None = None
    text: str = ""  # part of the description, any case


def _in(column: str, values: Sequence[str], params: list) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _with_places(store: Store, areas: Sequence[str]) -> list[str]:
    out = list(dict.fromkeys(areas))
    for i in range(0, len(out), _CHUNK):
        chunk = out[i:i + _CHUNK]
        out.extend(r[0] for r in store.query(
            f"SELECT uuid FROM area WHERE parent_uuid IN ({', '.join('?' for _ in chunk)})", chunk))
    return list(dict.fromkeys(out))


def where(store: Store, f: IncidentFilter) -> tuple[str, list]:
    """The WHERE clause (over ``incident i``) and its parameters."""
    params: list = [f.agreement_uuid]
    parts = ["i.agreement_uuid = ?", "i.deleted = 0"]
    if f.date_from or f.date_to:
        parts.append("i.occurred_on BETWEEN ? AND ?")
        params += [f.date_from or "0000-00-00", f.date_to or "9999-99-99"]
    if f.categories:
        parts.append(_in("i.category_uuid", f.categories, params))
    if f.areas:
        parts.append(_in("i.area_uuid", _with_places(store, f.areas), params))
    if f.sources:
        parts.append(_in("i.source_uuid", f.sources, params))
    if f.text.strip():
        parts.append("i.description LIKE ? ESCAPE '\\'")
        escaped = f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return " AND ".join(parts), params


def id_query(store: Store, f: IncidentFilter, sort: str = "date", descending: bool = True) -> tuple[str, list]:
    """The SQL of :func:`incident_ids` (for EXPLAIN QUERY PLAN in the tests)."""
    clause, params = where(store, f)
    key = SORTS[sort]
    direction = "DESC" if descending else "ASC"
    joins = _LABELS if sort in ("category", "area", "source") else ""
    order = f"{key} {direction}, i.occurred_on {direction}, i.rowid {direction}"
    if sort == "date":
        order = f"i.occurred_on {direction}, i.rowid {direction}"
    return f"SELECT i.rowid FROM incident i {joins} WHERE {clause} ORDER BY {order}", params


def incident_ids(store: Store, f: IncidentFilter, sort: str = "date", descending: bool = True) -> array:
    """The rowids of the matching incidents in list order (an int array: a million cost 8 MB)."""
    sql, params = id_query(store, f, sort, descending)
    with store.lock:
        cursor = store.conn.cursor()
        cursor.row_factory = None
        return array("q", (r[0] for r in cursor.execute(sql, params)))


def totals(store: Store, f: IncidentFilter) -> tuple[int, int]:
    """(registrations, incidents) that match: rows and the sum of their counts."""
    clause, params = where(store, f)
    row = store.query(f"SELECT count(*), coalesce(sum(i.count), 0) FROM incident i WHERE {clause}", params)[0]
    return int(row[0]), int(row[1])


def rows_by_id(store: Store, ids: Sequence[int]) -> list[dict]:
    """The incidents with these rowids, in that order, with category, area and source names."""
    found: dict[int, dict] = {}
    ids = list(ids)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        for r in store.query(
                f"""SELECT i.rowid AS rowid_, i.*, c.label AS category, a.name AS area, s.label AS source
                    FROM incident i {_LABELS} WHERE i.rowid IN ({', '.join('?' for _ in chunk)})""", chunk):
            found[r["rowid_"]] = dict(r)
    return [found[i] for i in ids if i in found]


def find_incidents(store: Store, f: IncidentFilter, sort: str = "date", descending: bool = False) -> list[dict]:
    """Every matching incident with names, in order (for reports and exports)."""
    return rows_by_id(store, incident_ids(store, f, sort, descending))
