"""Reading a received exchange file safely: it is hostile until every check has passed.

The file is never opened by path with SQLite and never ATTACHed to the live database: its bytes
are read (up to a size cap) and deserialised into a private in-memory database, so nothing is
written beside it (no -journal, -wal or -shm). Then, each refusal being one Swedish line
(:class:`HostileFile`): header, quick_check, application_id, schema version (an older file is
upgraded in memory, a newer one refused), the schema compared exactly with ours (no extra table,
view, trigger or index), and finally every row is copied into a fresh in-memory database built
from ``db/schema.sql`` after its values were checked (types, uuids, clock JSON, UTF-8, sizes), so
our own NOT NULL, CHECK and foreign-key rules hold for everything that reaches the merge.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HostileFile
from ..store import migrate
from ..text import swedish_collation
from . import crypto

MAX_BYTES = 200 * 1024 * 1024
MAX_VALUE_CHARS = 1_000_000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HEADER = b"SQLite format 3\x00"


@dataclass
class Received:
    """A validated received file, held in memory. ``conn`` has exactly our schema."""

    path: Path
    conn: sqlite3.Connection
    manifest: dict[str, str]
    notes: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[str]:
        return merge_tables(self.conn)

    def rows(self, table: str) -> list[dict]:
        if table not in self.tables:
            raise HostileFile(f"Okänd tabell: {table}")
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY uuid")]

    def describe(self) -> str:
        """"Anna Andersson (Örebro kommun), exporterad 2026-11-20" — used as the audit source."""
        m = self.manifest
        who = m.get("exported_by") or "okänd avsändare"
        if m.get("organisation"):
            who += f" ({m['organisation']})"
        when = (m.get("exported_at") or "")[:10]
        return f"{self.path.name}: {who}" + (f", exporterad {when}" if when else "")

    def close(self) -> None:
        self.conn.close()


def merge_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names
            if any(c[1] == "clock" for c in conn.execute(f"PRAGMA table_info({n})"))]


def _fail(path: Path, why: str) -> HostileFile:
    return HostileFile(f"{path.name} kan inte läsas in: {why}")


def _memory(data: bytes | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.create_collation("sv", swedish_collation)
    if data is not None:
        conn.deserialize(data)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def read_bytes(path: Path, passphrase: str | None = None) -> bytes:
    """The file's bytes, refusing what is missing, too big, not SQLite, or half written; an
    encrypted file (crypto.py) is decrypted in memory with ``passphrase``."""
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "filen finns inte.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _fail(path, f"filen är {size // (1024 * 1024)} MB, mer än gränsen {MAX_BYTES // (1024 * 1024)} MB.")
    with path.open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _fail(path, "filen är för stor.")
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, passphrase, path.name)
    if len(data) < 512 or not data.startswith(HEADER):
        raise _fail(path, "det är ingen SQLite-databas.")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or len(data) % page_size:
        raise _fail(path, "filen är avkortad eller skadad.")
    if data[18] == 2 or data[19] == 2:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise _fail(path, f"den är inte färdigskriven ({wal.name} ligger bredvid). "
                              "Be avsändaren dela den med Arkiv → Dela… i stället.")
        # A WAL-mode file without its -wal holds everything in the main file: read it in memory
        # as a rollback-journal database (an in-memory copy cannot use WAL).
        data = bytearray(data)
        data[18] = data[19] = 1
        data = bytes(data)
    return data


def read_received(path: Path | str, passphrase: str | None = None) -> Received:
    """Read and validate a received file (decrypted with ``passphrase`` if it is encrypted);
    the returned :class:`Received` must be closed."""
    path = Path(path)
    data = read_bytes(path, passphrase)
    try:
        raw = _memory(data)
    except sqlite3.DatabaseError as exc:
        raise _fail(path, f"filen är skadad ({exc}).") from exc
    try:
        _check_identity(path, raw)
        clean = _copy_validated(path, raw)
    except sqlite3.DatabaseError as exc:
        raise _fail(path, f"filen är skadad ({exc}).") from exc
    finally:
        raw.close()
    manifest = {r[0]: r[1] for r in clean.execute("SELECT key, value FROM exchange_manifest")}
    clean.row_factory = sqlite3.Row
    return Received(path, clean, manifest)


def _check_identity(path: Path, conn: sqlite3.Connection) -> None:
    """Ours, not newer, our schema exactly, intact; an older copy is upgraded in memory."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != migrate.APPLICATION_ID:
        raise _fail(path, "det är ingen fil från Samverkan Desktop.")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    newest = migrate.schema_version()
    if version > newest:
        raise _fail(path, f"den kommer från en nyare version av Samverkan Desktop (schemaversion {version}, "
                          f"den här versionen förstår {newest}). Uppdatera programmet först.")
    if version < 1:
        raise _fail(path, "schemaversionen saknas.")
    # The schema is checked before anything else runs on the file (quick_check evaluates CHECK
    # expressions): a file at our version must match schema.sql to the letter; an older one may only
    # hold our kinds of objects, and after the upgrade it must match by structure (ALTER TABLE leaves
    # different SQL text; its values go through our own schema below anyway).
    _check_objects(path, conn, exact_sql=True, upgraded=version == newest)
    result = conn.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in result] != ["ok"]:
        first = str(result[0][0])
        if first.startswith(("CHECK constraint failed", "NULL value in")):
            raise _fail(path, f"ogiltigt värde ({first}).")
        raise _fail(path, f"filen är skadad (quick_check: {first}).")
    if version < newest:
        migrate.upgrade(conn, version)
        _check_objects(path, conn, exact_sql=False)


def _fresh_schema() -> sqlite3.Connection:
    conn = _memory()
    migrate.create_schema(conn)
    return conn


def _objects(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str]]:
    return {r[1]: (r[0], r[2], " ".join((r[3] or "").split()))
            for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}


def _check_objects(path: Path, conn: sqlite3.Connection, *, exact_sql: bool, upgraded: bool = True) -> None:
    reference = _fresh_schema()
    theirs, ours = _objects(conn), _objects(reference)
    for name, (kind, _tbl, _sql) in theirs.items():
        if kind in ("view", "trigger"):
            what = "en vy" if kind == "view" else "en trigger"
            raise _fail(path, f"den innehåller {what} ({name}) som inte hör till Samverkan Desktop.")
        if name not in ours and upgraded:
            raise _fail(path, f"den innehåller ett främmande objekt ({kind} {name}).")
        if name in ours and ours[name][0] != kind:
            raise _fail(path, f"{name} är {kind} i stället för {ours[name][0]}.")
    if not upgraded:
        return
    missing = sorted(set(ours) - set(theirs))
    if missing:
        raise _fail(path, f"schemat stämmer inte (saknar {', '.join(missing[:3])}).")
    for name, (kind, tbl, sql) in ours.items():
        if theirs[name][1] != tbl:
            raise _fail(path, f"schemat stämmer inte ({name}).")
        if exact_sql and theirs[name][2] != sql:
            raise _fail(path, f"schemat stämmer inte ({kind} {name} är ändrad).")
        if kind == "table":
            mine = conn.execute(f"PRAGMA table_xinfo({name})").fetchall()
            want = reference.execute(f"PRAGMA table_xinfo({name})").fetchall()
            if [tuple(r) for r in mine] != [tuple(r) for r in want]:
                raise _fail(path, f"schemat stämmer inte (kolumnerna i {name}).")


def _declared(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    return [(r[1], (r[2] or "").upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")]


def _copy_validated(path: Path, raw: sqlite3.Connection) -> sqlite3.Connection:
    raw.text_factory = bytes  # decode ourselves: invalid UTF-8 must be a clear message, not a crash
    clean = _fresh_schema()
    clean.execute("PRAGMA foreign_keys = ON")
    clean.execute("BEGIN")
    try:
        for table in [*merge_tables(clean), "exchange_manifest"]:
            columns = _declared(clean, table)
            names = [c[0] for c in columns]
            select = ", ".join(f"{n}, typeof({n})" for n in names)
            insert = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            for row in raw.execute(f"SELECT {select} FROM {table}"):
                values = [_value(path, table, col, row[2 * i], row[2 * i + 1].decode())
                          for i, col in enumerate(columns)]
                record = dict(zip(names, values, strict=False))
                if table != "exchange_manifest":
                    _check_row(path, table, record)
                try:
                    clean.execute(insert, values)
                except sqlite3.IntegrityError as exc:
                    raise _fail(path, f"ogiltigt värde i {table} ({exc}).") from exc
        # Local tables (audit, merge_conflict, workspace_meta) never travel: their rows are ignored.
        broken = clean.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise _fail(path, f"trasig referens i {broken[0][0]} till {broken[0][2]}.")
        clean.execute("COMMIT")
    except BaseException:
        clean.close()
        raise
    return clean


def _value(path: Path, table: str, column: tuple[str, str, bool], value, kind: str):
    name, declared, _notnull = column
    if kind == "null":
        return None
    if kind == "blob":
        raise _fail(path, f"binärdata i {table}.{name} tas inte emot.")
    if kind == "text":
        if len(value) > 4 * MAX_VALUE_CHARS:
            raise _fail(path, f"ett för stort värde i {table}.{name}.")
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(path, f"ogiltig teckenkodning (inte UTF-8) i {table}.{name}.") from exc
        if len(text) > MAX_VALUE_CHARS:
            raise _fail(path, f"ett för stort värde i {table}.{name}.")
        if declared != "TEXT":
            raise _fail(path, f"text i stället för tal i {table}.{name}.")
        return text
    if kind == "integer":
        if declared not in ("INTEGER", "REAL"):
            raise _fail(path, f"ett tal i stället för text i {table}.{name}.")
        return value
    if kind == "real":
        if declared != "REAL":
            raise _fail(path, f"ett decimaltal i {table}.{name}.")
        return value
    raise _fail(path, f"okänd värdetyp i {table}.{name}.")


def _check_row(path: Path, table: str, row: dict) -> None:
    for name, value in row.items():
        if (name == "uuid" or name.endswith("_uuid")) and value is not None and not _UUID.match(value):
            raise _fail(path, f"ogiltigt uuid i {table}.{name}.")
        if name in ("origin",) and value and len(value) > 100:
            raise _fail(path, f"ogiltigt ursprung i {table}.")
    try:
        clock = json.loads(row["clock"])
        _check_clock(clock)
    except (ValueError, TypeError, AttributeError) as exc:
        raise _fail(path, f"ogiltig versionsklocka i {table} ({row['uuid'][:8]}).") from exc


def _check_vector(v) -> None:
    if not isinstance(v, dict) or len(v) > 1000:
        raise ValueError("vector")
    for site, n in v.items():
        if not isinstance(site, str) or len(site) > 100 or type(n) is not int or n < 0:
            raise ValueError("vector entry")


def _check_clock(clock) -> None:
    if not isinstance(clock, dict) or set(clock) - {"v", "c", "f", "m"}:
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


def summary(received: Received) -> dict:
    """What a received file holds: its manifest, its agreements and live rows per kind of record."""
    from .labels import table_title

    conn = received.conn
    agreements = [dict(r) for r in conn.execute(
        "SELECT uuid, title, period_from, period_to, status FROM agreement WHERE deleted = 0 "
        "ORDER BY period_from DESC, title COLLATE sv")]
    for a in agreements:
        a["parties"] = [r[0] for r in conn.execute(
            "SELECT p.name FROM agreement_party ap JOIN party p ON p.uuid = ap.party_uuid "
            "WHERE ap.agreement_uuid = ? AND ap.deleted = 0 ORDER BY ap.position", (a["uuid"],))]
    counts = []
    for table in received.tables:
        live = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        gone = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 1").fetchone()[0]
        if live or gone:
            counts.append({"table": table, "title": table_title(table), "live": live, "deleted": gone})
    return {"manifest": dict(received.manifest), "agreements": agreements, "counts": counts,
            "source": received.describe()}
