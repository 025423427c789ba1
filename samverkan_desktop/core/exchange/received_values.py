"""The values of a received file: SQL over the whole file, Python for the rows SQL cannot vouch for.

:func:`check_values` builds, per travelling table, one SQL condition that is true only where every
value certainly passes the exact rules (types, sizes, uuids, dates, times, years, ISO weeks,
enumerations, integers within 2^53, clock JSON well-formed) and reads the rowids where it is not:
those rows — normally none — are judged by the Python rules (values.py, :func:`check_row`), which
word the refusal. Every text is decoded as UTF-8 once, a row at a time. :func:`check_clock` is the
full clock rule, applied by the merge to every received clock that differs from the one held here.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

from ..errors import HostileFile
from ..i18n import _
from . import values as value_rules
from .labels import (
    ENTITIES,  # every declared entity registered
    printable,
)

MAX_VALUE_CHARS = 1_000_000
# The only binary data a file may carry: a frozen report's PDF (core/reports/frozen.py), bounded.
# A BLOB column is never "sound" in SQL, so every such row is judged here (size, %PDF-, checksum).
BLOB_LIMITS = {("frozen_report", "pdf"): 20 * 1024 * 1024}
MAX_CLOCK_CHARS = 256 * 1024  # a clock names each site once per field: far below this
MAX_SITES = 1000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))


def fail(path: Path, why: str) -> HostileFile:
    """``fil.sqlite kan inte läsas in: …`` — one line, control characters removed."""
    return HostileFile(printable(_("{file} kan inte läsas in: {why}").format(file=path.name, why=why)))


def declared(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [(r[1], (r[2] or "").upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")]


_KINDS = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("integer", "real")}
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_TIME_GLOB = _DATE_GLOB + "T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sound(table: str, column: tuple[str, str, bool], referencing: frozenset = frozenset(),
           prefix: str = "") -> list[str]:
    """SQL that is true only where the column's value certainly passes :func:`_value` and
    :func:`_check_row` (NULL, i.e. unknown, counts as doubtful). A doubtful row goes to Python."""
    name, declared, _notnull = column
    c = prefix + name
    kinds = ", ".join(_quote(k) for k in ("null", *_KINDS.get(declared, ())))
    out = [f"typeof({c}) IN ({kinds})"]
    if declared == "TEXT":  # bytes ≤ the limit: characters are too (UTF-8 is checked in Python)
        out.append(f"({c} IS NULL OR length(CAST({c} AS BLOB)) <= {MAX_VALUE_CHARS})")
    if declared in ("INTEGER", "REAL"):
        out.append(f"({c} IS NULL OR {c} BETWEEN -{value_rules.MAX_INT} AND {value_rules.MAX_INT})")
    if name == "uuid" or (name.endswith("_uuid") and name not in referencing):
        # A referencing column holds a parent's uuid (foreign_key_check), itself checked here.
        out.append(f"({c} IS NULL OR (length(CAST({c} AS BLOB)) = 36 AND {c} GLOB '{_UUID_GLOB}'))")
    if name == "origin":
        out.append(f"({c} IS NULL OR length(CAST({c} AS BLOB)) <= 100)")
    if name in value_rules.DATE_COLUMNS:
        out.append(f"({c} IS NULL OR (length(CAST({c} AS BLOB)) = 10 AND {c} GLOB '{_DATE_GLOB}' "
                   f"AND {c} BETWEEN '{value_rules.MIN_YEAR:04d}-01-01' AND '{value_rules.MAX_YEAR:04d}-12-31' "
                   f"AND date(julianday({c})) = {c}))")
    if name in value_rules.TIME_COLUMNS:  # as stamps.utc_now() writes it (µs), or whole seconds
        # Month 01–12, day 01–28 (later days: the date function decides), hour 00–23, minute and
        # second 00–59, year 0001 or later: what datetime.fromisoformat accepts.
        day = f"substr({c}, 9, 2)"
        out.append(f"({c} IS NULL OR ((({c} GLOB '{_TIME_GLOB}.[0-9][0-9][0-9][0-9][0-9][0-9]Z' "
                   f"AND length(CAST({c} AS BLOB)) = 27) OR ({c} GLOB '{_TIME_GLOB}Z' "
                   f"AND length(CAST({c} AS BLOB)) = 20)) AND {c} >= '0001' "
                   f"AND substr({c}, 6, 2) BETWEEN '01' AND '12' AND {day} >= '01' "
                   f"AND substr({c}, 12, 2) <= '23' AND substr({c}, 15, 2) <= '59' AND substr({c}, 18, 2) <= '59' "
                   f"AND CASE WHEN {day} <= '28' THEN 1 "
                   f"ELSE date(julianday(substr({c}, 1, 10))) = substr({c}, 1, 10) END))")
    if name in value_rules.YEAR_COLUMNS:
        out.append(f"({c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN {value_rules.MIN_YEAR} "
                   f"AND {value_rules.MAX_YEAR}))")
    if name == "clock":  # well-formed JSON object here; its shape where it is used (check_clock)
        out.append(f"(length(CAST({c} AS BLOB)) <= {MAX_CLOCK_CHARS} "
                   f"AND CASE WHEN json_valid({c}) THEN json_type({c}) = 'object' ELSE 0 END)")
    entity = ENTITIES.get(table)
    for f in entity.fields if entity is not None else ():
        if f.name == name and f.choices:
            out.append(f"({c} IS NULL OR {c} IN ({', '.join(_quote(str(x.value)) for x in f.choices)}))")
    return out


def _sound_weeks(names: set[str], prefix: str = "") -> list[str]:
    out = []
    for year, week in value_rules.WEEK_PAIRS:
        if year in names and week in names:
            year, week = prefix + year, prefix + week
            jan1 = f"strftime('%w', printf('%04d-01-01', {year}))"
            leap = f"(({year} % 4 = 0 AND {year} % 100 <> 0) OR {year} % 400 = 0)"
            out.append(f"({year} IS NULL OR {week} IS NULL OR (typeof({year}) = 'integer' "
                       f"AND typeof({week}) = 'integer' AND {year} BETWEEN {value_rules.MIN_YEAR} "
                       f"AND {value_rules.MAX_YEAR} AND ({week} BETWEEN 1 AND 52 OR ({week} = 53 "
                       f"AND ({jan1} = '4' OR ({jan1} = '3' AND {leap}))))))")
    return out


def check_values(path: Path, conn: sqlite3.Connection, tables: list[str], *, within=None,
                 extra: tuple[str, ...] = (), on_row=None) -> None:
    """Every value of every travelling row: SQL finds the rows it cannot prove sound, Python judges
    those by the exact rules (and words the refusal); every text is decoded as UTF-8 once. One pass
    over the rows per table.

    ``within``: (a connection, table → "FROM … WHERE (…)" naming the received rows ``r``) checks only
    those rows — the merge's received rows that differ from the workspace's; a row byte-identical
    to one the workspace holds is one we wrote or checked before. ``extra`` SQL expressions are read
    in the same pass and handed as read (text as UTF-8 bytes) to ``on_row(table, values)`` once the
    row's values hold."""
    for table in tables:
        columns = declared(conn, table)
        referencing = frozenset(r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})") if r[4] == "uuid")
        reader, source = (conn, f"FROM {table} r WHERE (1)") if within is None else (within[0], within[1][table])
        sound = [s for col in columns for s in _sound(table, col, referencing, "r.")]
        sound += _sound_weeks({c[0] for c in columns}, "r.")
        texts = [c[0] for c in columns if c[1] == "TEXT"]
        joined = " || X'0A' || ".join(f"coalesce(r.{c}, '')" for c in texts) or "NULL"
        sql = f"SELECT r.rowid, coalesce({' AND '.join(sound)}, 0), {joined}{''.join(', ' + e for e in extra)} {source}"
        for rowid, sound_row, data, *more in _raw(reader, sql):
            # An ASCII separator keeps each value's (in)validity: no sequence spans two values.
            # SQL's text functions stop at a NUL: such a row is judged in Python too.
            if not sound_row or (data is not None and b"\x00" in data):
                _check_slowly(path, conn, table, columns, rowid)
            if data is not None:
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError:
                    _check_slowly(path, conn, table, columns, rowid)
                    raise  # not reached: _check_slowly names the value  # pragma: no cover
            if on_row is not None:
                on_row(table, more)


def _raw(conn: sqlite3.Connection, sql: str, params=()):
    """The rows of ``sql`` with text as bytes: we decode ourselves, so invalid UTF-8 is a clear
    message, not a crash."""
    factory, cursor = conn.text_factory, None
    while True:
        conn.text_factory = bytes  # read when a row is fetched, so set around each fetch
        try:
            cursor = cursor or conn.execute(sql, params)
            rows = cursor.fetchmany(2000)
        finally:
            conn.text_factory = factory
        if not rows:
            return
        yield from rows


def _check_slowly(path: Path, conn: sqlite3.Connection, table: str, columns, rowid: int) -> None:
    """The exact rules for one row, in Python; raises with the message, or returns (sound)."""
    select = ", ".join(f"{c[0]}, typeof({c[0]})" for c in columns)
    row = next(_raw(conn, f"SELECT {select} FROM {table} WHERE rowid = ?", (rowid,)))
    values = [_value(path, table, col, row[2 * i], row[2 * i + 1].decode()) for i, col in enumerate(columns)]
    if table != "exchange_manifest":
        check_row(path, table, dict(zip([c[0] for c in columns], values, strict=True)))


def _value(path: Path, table: str, column: tuple[str, str, bool], value, kind: str):
    name, declared, _notnull = column
    where = f"{table}.{name}"
    if kind == "null":
        return None
    if kind == "blob":
        limit = BLOB_LIMITS.get((table, name))
        if limit is None or declared != "BLOB":
            raise fail(path, _("binärdata i {where} tas inte emot.").format(where=where))
        if len(value) > limit:
            raise fail(path, _("ett för stort värde i {where}.").format(where=where))
        return bytes(value)
    if kind == "text":
        if len(value) > 4 * MAX_VALUE_CHARS:
            raise fail(path, _("ett för stort värde i {where}.").format(where=where))
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise fail(path, _("ogiltig teckenkodning (inte UTF-8) i {where}.").format(where=where)) from exc
        if len(text) > MAX_VALUE_CHARS:
            raise fail(path, _("ett för stort värde i {where}.").format(where=where))
        if declared != "TEXT":
            raise fail(path, _("text i stället för tal i {where}.").format(where=where))
        return text
    if kind == "integer":
        if declared not in ("INTEGER", "REAL"):
            raise fail(path, _("ett tal i stället för text i {where}.").format(where=where))
        return value
    if kind == "real":
        if declared != "REAL":
            raise fail(path, _("ett decimaltal i {where}.").format(where=where))
        return value
    raise fail(path, _("okänd värdetyp i {where}.").format(where=where))


def check_row(path: Path, table: str, row: dict) -> None:
    for name, value in row.items():
        if (name == "uuid" or name.endswith("_uuid")) and value is not None and not _UUID.match(value):
            raise fail(path, _("ogiltigt uuid i {where}.").format(where=f"{table}.{name}"))
        if name in ("origin",) and value and len(value) > 100:
            raise fail(path, _("ogiltigt ursprung i {table}.").format(table=table))
    if table == "frozen_report" and row.get("pdf") is not None and (
            not isinstance(row["pdf"], bytes) or not row["pdf"].startswith(b"%PDF-")
            or hashlib.sha256(row["pdf"]).hexdigest() != row.get("pdf_sha256")):
        raise fail(path, _("en fastställd rapport ({uuid}) är ingen hel PDF.").format(uuid=row["uuid"][:8]))
    wrong = value_rules.problem(row)
    if wrong:
        raise fail(path, _("ogiltigt värde i {table} ({uuid}): {why}.").format(
            table=table, uuid=row["uuid"][:8], why=wrong))
    entity = ENTITIES.get(table)  # the declared value checks (core/store/declare.py)
    for f in entity.fields if entity is not None else ():
        if f.choices and row.get(f.name) is not None and f.choice(row[f.name]) is None:
            raise fail(path, _("okänt värde i {where}.").format(where=f"{table}.{f.name}"))
    check_clock(path, table, row["uuid"], row["clock"])


def check_clock(path: Path, table: str, uuid: str, text, *, parse: bool = True) -> dict | None:
    """The received clock ``text`` parsed, or HostileFile: JSON of at most MAX_CLOCK_CHARS in our
    shape (deeper nesting is refused, not a RecursionError), vectors of at most MAX_SITES sites,
    every counter an integer in 0…2^53. ``parse=False``: the check only (None when it holds)."""
    try:
        if not isinstance(text, str) or len(text) > MAX_CLOCK_CHARS:
            raise ValueError("size")
        if len(text) <= _PLAIN_CLOCK_CHARS and _PLAIN_CLOCK.match(text):
            return json.loads(text) if parse else None
        clock = json.loads(text)
        _check_clock(clock)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise fail(path, _("ogiltig versionsklocka i {table} ({uuid}).").format(
            table=table, uuid=str(uuid)[:8])) from exc
    return clock


# A clock as dump_clock writes it without "m": sorted sections, each vector sites (no quote,
# backslash or control character, ≤ 100 characters) with integer counters below 10^15 (< 2^53).
# A text this short cannot hold more than MAX_SITES entries in one section. Matching it is proof
# enough (and far cheaper than walking the parsed clock); anything else is walked by _check_clock.
_VECTOR = r'\{(?:"[^"\\\x00-\x1f]{1,100}":(?:0|[1-9][0-9]{0,14})(?:,"[^"\\\x00-\x1f]{1,100}":(?:0|[1-9][0-9]{0,14}))*)?\}'
_PLAIN_CLOCK = re.compile(r'\{"c":' + _VECTOR + r',"f":\{(?:"[a-z_]{1,60}":' + _VECTOR + r'(?:,"[a-z_]{1,60}":'
                          + _VECTOR + r')*)?\},"v":' + _VECTOR + r'\}\Z')
_PLAIN_CLOCK_CHARS = 4000


def _check_vector(v) -> None:
    if not isinstance(v, dict) or len(v) > MAX_SITES:
        raise ValueError("vector")
    for site, n in v.items():
        if not isinstance(site, str) or len(site) > 100 or type(n) is not int or not 0 <= n <= value_rules.MAX_INT:
            raise ValueError("vector entry")


def _check_clock(clock) -> None:
    if not isinstance(clock, dict) or set(clock) - {"v", "c", "f", "m"}:
        raise ValueError("clock")
    if any(len(clock.get(k) or {}) > MAX_SITES for k in ("f", "m")):
        raise ValueError("clock")
    for key in ("v", "c"):
        _check_vector(clock.get(key, {}))
    for section in ("f", "m"):
        part = clock.get(section, {})
        if not isinstance(part, dict):
            raise ValueError(section)
        for name, entry in part.items():
            if not isinstance(name, str):
                raise ValueError(section)
            if section == "f":
                _check_vector(entry)
            else:
                if not isinstance(entry, dict) or set(entry) - {"f", "t", "x"} or entry.get("x", 0) not in (0, 1):
                    raise ValueError("m")
                _check_vector(entry.get("f", {}))
                _check_vector(entry.get("t", {}))


def check_references(path: Path, conn: sqlite3.Connection) -> None:
    """Every reference leads to a row of the file (a referencing uuid column is checked this way)."""
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is None:
        return
    table, rowid, parent, key = broken
    column = next(r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})") if r[0] == key)
    value = next(_raw(conn, f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)))[0]
    if value is not None and not (isinstance(value, bytes) and _UUID.match(value.decode("utf-8", "replace"))):
        raise fail(path, _("ogiltigt uuid i {where}.").format(where=f"{table}.{column}"))
    raise fail(path, _("trasig referens i {table} till {parent}.").format(table=table, parent=parent))
