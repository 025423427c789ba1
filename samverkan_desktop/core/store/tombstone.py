"""What a tombstone keeps: uuid, clock, who and when — every content column is cleared.

A deleted row stays in its table so that a merge cannot bring it back, but its content must be
gone from the file, its exports and later backups (DESIGN §2). :func:`blank_values` says, for one
table, what each content column is set to when a row is deleted: its declared default, NULL
where the column allows it, a dash where an empty text is not allowed, and the value kept where
the schema needs one and it is no free text (a date, a week, a reference to another record).
Clearing does not advance the cleared fields' version vectors: the row's clock still describes
the writes that gave the live copies their values, so a merge with a copy that never saw the
delete takes the content from that copy when the delete turns out to be concurrent with an edit.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Store

META_COLUMNS = frozenset({"uuid", "created_at", "updated_at", "updated_by", "origin",
                          "version", "lamport", "clock", "deleted"})
# Where an empty text is refused (CHECK (name <> '')), a tombstone holds this.
PLACEHOLDER = "–"
# Places, code-list entries and parties are retired, not erased: incidents and agreements of the
# past still name them (a removed area stays on its old incidents). Their names are no personal data.
KEPT = {"area": {"name", "level"}, "code_item": {"label"}, "party": {"name", "short_name", "kind"}}
_CACHE: dict[str, dict[str, object]] = {}


def blank_values(store: Store, table: str) -> dict[str, object]:
    """{column: value when deleted} for the content columns of ``table`` that a tombstone clears."""
    sql = store.scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)) or ""
    if sql not in _CACHE:
        _CACHE[sql] = _compute(store.conn, table, sql)
    return _CACHE[sql]


def _compute(conn: sqlite3.Connection, table: str, sql: str) -> dict[str, object]:
    references = {r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
    out: dict[str, object] = {}
    for _cid, name, kind, notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if (name in META_COLUMNS or name in references or name.endswith("_uuid")
                or name in KEPT.get(table, ())):
            continue
        if default is not None:
            out[name] = conn.execute(f"SELECT {default}").fetchone()[0]
        elif not notnull:
            out[name] = None
        elif kind.upper() == "TEXT" and re.search(rf"CHECK\s*\(\s*{name}\s*<>\s*''\s*\)", sql):
            out[name] = PLACEHOLDER
    return out


def cleared(store: Store, table: str, row: dict) -> dict[str, object]:
    """The content columns of ``row`` that a tombstone changes, with their cleared values."""
    return {k: v for k, v in blank_values(store, table).items() if row.get(k) != v}


def clearing_sql(conn: sqlite3.Connection, table: str) -> str:
    """``UPDATE table SET … WHERE deleted = 1``: clears every tombstone of ``table`` (migration)."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    blank = _compute(conn, table, sql)
    sets = ", ".join(f"{k} = {_literal(v)}" for k, v in blank.items())
    return f"UPDATE {table} SET {sets} WHERE deleted = 1;" if sets else ""


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)
