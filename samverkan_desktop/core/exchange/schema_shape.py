"""Schemas compared by structure, not by SQL text.

``ALTER TABLE … ADD COLUMN`` stores different text than the same table written out in
db/schema.sql, so a workspace upgraded by a migration must be compared as parsed: every table's
column definitions (name, type, constraints, default) in order and its table constraints (CHECK,
UNIQUE, FOREIGN KEY, PRIMARY KEY) as a set; every index and trigger as its normalised tokens.
Tokens ignore whitespace, comments, letter case outside string literals and identifier quoting.
Pure Python on the text of ``sqlite_master``: nothing of a received file's schema is run.
"""

from __future__ import annotations

import re
import sqlite3

_TOKEN = re.compile(r"""\s+|--[^\n]*|/\*.*?(?:\*/|$)|'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]"""
                    r"""|[A-Za-z_\x80-\uffff][A-Za-z0-9_$\x80-\uffff]*|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\S""", re.S)
_CONSTRAINT = {"constraint", "primary", "unique", "check", "foreign"}


def tokens(sql: str) -> list[str]:
    """The SQL as tokens: identifiers unquoted and lower-cased, string literals kept as written."""
    out = []
    for match in _TOKEN.finditer(sql or ""):
        t = match.group()
        if t.isspace() or t.startswith(("--", "/*")):
            continue
        if t[0] in "\"`":
            t = t[1:-1].replace(t[0] * 2, t[0]).lower()
        elif t[0] == "[":
            t = t[1:-1].lower()
        elif t[0] != "'":
            t = t.lower()
        out.append(t)
    return out


def _split(parts: list[str]) -> list[tuple[str, ...]]:
    """Top-level comma-separated items of a parenthesised list's tokens."""
    items, current, depth = [], [], 0
    for t in parts:
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        if t == "," and depth == 0:
            items.append(tuple(current))
            current = []
        else:
            current.append(t)
    if current:
        items.append(tuple(current))
    return items


def table_shape(sql: str) -> tuple:
    """(column definitions in order, table constraints as a set, options after the list)."""
    toks = tokens(sql)
    try:
        start = toks.index("(")
    except ValueError:
        return ("?", tuple(toks))
    depth, end = 0, len(toks)
    for i in range(start, len(toks)):
        depth += {"(": 1, ")": -1}.get(toks[i], 0)
        if depth == 0:
            end = i
            break
    items = _split(toks[start + 1:end])
    columns = tuple(item for item in items if item and item[0] not in _CONSTRAINT)
    constraints = frozenset(item for item in items if item and item[0] in _CONSTRAINT)
    return columns, constraints, tuple(toks[end + 1:])


def object_shape(kind: str, sql: str | None) -> tuple:
    """What must be equal for two schema objects to be the same."""
    if sql is None:  # automatic indexes of PRIMARY KEY / UNIQUE: follow from their table
        return (kind,)
    if kind == "table":
        return (kind, table_shape(sql))
    toks = tokens(sql)
    for i in range(len(toks) - 2):  # CREATE INDEX IF NOT EXISTS x …: the same index
        if toks[i:i + 3] == ["if", "not", "exists"]:
            toks = toks[:i] + toks[i + 3:]
            break
    return (kind, tuple(toks))


def shapes(conn: sqlite3.Connection, known: dict | None = None) -> dict[str, tuple[str, str, tuple]]:
    """name → (type, table, shape) of every object in ``sqlite_master``. ``known`` maps
    (type, sql) to shapes already parsed (our own schema: the text of most objects is the same)."""
    known = known or {}
    out = {}
    for kind, name, tbl, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        shape = known.get((kind, sql))
        out[name] = (kind, tbl, shape if shape is not None else object_shape(kind, sql))
    return out


def known_shapes(conn: sqlite3.Connection) -> dict:
    """(type, sql) → shape of every object of ``conn`` (for :func:`shapes`)."""
    return {(kind, sql): object_shape(kind, sql)
            for kind, sql in conn.execute("SELECT type, sql FROM sqlite_master")}
