"""Reading a received exchange file safely: it is hostile until every check has passed.

The file is never opened by path with SQLite and never ATTACHed to the live database: its bytes
are read (up to a size cap) and deserialised into a private in-memory database, so nothing is
written beside it (no -journal, -wal or -shm). Then, each refusal being one Swedish line
(:class:`HostileFile`): header, quick_check, application_id, schema version (an older file is
upgraded in memory, a newer one refused), the schema compared with ours by structure (no extra
table, view, trigger or index; schema_shape.py), and finally every row is copied into a fresh in-memory database built
from ``db/schema.sql`` after its values were checked (types, uuids, clock JSON, UTF-8, sizes), so
our own NOT NULL, CHECK and foreign-key rules hold for everything that reaches the merge.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HostileFile
from ..i18n import _
from ..store import migrate
from ..text import swedish_collation
from . import crypto, schema_shape
from . import values as value_rules
from .labels import (
    ENTITIES,  # every declared entity registered
    printable,
)

MAX_BYTES = 200 * 1024 * 1024
MAX_VALUE_CHARS = 1_000_000
# The only binary data a file may carry: a frozen report's PDF (core/reports/frozen.py), bounded.
BLOB_LIMITS = {("frozen_report", "pdf"): 20 * 1024 * 1024}
MAX_CLOCK_CHARS = 256 * 1024  # a clock names each site once per field: far below this
MAX_SITES = 1000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HEADER = b"SQLite format 3\x00"


@dataclass
class Received:
    """A validated received file, held in memory. ``conn`` has exactly our schema."""

    path: Path
    conn: sqlite3.Connection
    manifest: dict[str, str]
    notes: list[str] = field(default_factory=list)
    _tables: list[str] | None = field(default=None, repr=False)

    @property
    def tables(self) -> list[str]:
        if self._tables is None:
            self._tables = merge_tables(self.conn)
        return self._tables

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
        return printable(f"{self.path.name}: {who}" + (f", exporterad {when}" if when else ""))

    def close(self) -> None:
        self.conn.close()


def merge_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names
            if any(c[1] == "clock" for c in conn.execute(f"PRAGMA table_info({n})"))]


def _fail(path: Path, why: str) -> HostileFile:
    return HostileFile(printable(f"{path.name} kan inte läsas in: {why}"))


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
    _refuse_side_files(path)
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
        # A WAL-mode file without its -wal holds everything in the main file: read it in memory
        # as a rollback-journal database (an in-memory copy cannot use WAL).
        data = bytearray(data)
        data[18] = data[19] = 1
        data = bytes(data)
    return data


def _refuse_side_files(path: Path) -> None:
    """A non-empty -journal, -wal or -shm beside the file (or beside the file a symlink points to)
    means it is still being written, or was copied while open: what it holds is not final."""
    places = {path}
    try:
        places.add(path.resolve(strict=True))
    except (OSError, RuntimeError):
        pass
    for place in sorted(places):
        for side in ("-journal", "-wal", "-shm"):
            beside = place.with_name(place.name + side)
            try:
                size = beside.stat().st_size  # follows a symlinked side file too
            except OSError:
                continue
            if size > 0:
                raise _fail(path, _("den är inte färdigskriven ({side} ligger bredvid): den skrivs fortfarande "
                                    "eller kopierades medan den var öppen. Be avsändaren dela den med "
                                    "Arkiv → Dela… i stället.").format(side=beside.name))


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
    except UnicodeDecodeError as exc:  # the schema text itself is not UTF-8
        raise _fail(path, "filen är skadad (ogiltig teckenkodning i schemat).") from exc
    finally:
        raw.close()
    # Shown in dialogs, printed by the CLI and written as the audit source: no control characters.
    manifest = {printable(r[0]): printable(r[1]) for r in clean.execute("SELECT key, value FROM exchange_manifest")}
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
    # expressions): a file at our version must match schema.sql by structure (schema_shape: parsed
    # columns, constraints and indexes — a workspace upgraded with ALTER TABLE holds other text);
    # an older one may only hold our kinds of objects, and after the upgrade it must match too.
    _check_objects(path, conn, upgraded=version == newest)
    result = conn.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in result] != ["ok"]:
        first = str(result[0][0])
        if first.startswith(("CHECK constraint failed", "NULL value in")):
            raise _fail(path, f"ogiltigt värde ({first}).")
        raise _fail(path, f"filen är skadad (quick_check: {first}).")
    if version < newest:
        migrate.upgrade(conn, version)
        _check_objects(path, conn)


_REFERENCE: dict[int, tuple[bytes, dict, dict, dict]] = {}


def _reference() -> tuple[bytes, dict, dict, dict]:
    """Our schema as an empty database image, its shapes and each table's PRAGMA table_xinfo,
    built once per schema version."""
    version = migrate.schema_version()
    if version not in _REFERENCE:
        conn = _memory()
        migrate.create_schema(conn)
        shapes = schema_shape.shapes(conn)
        xinfo = {name: [tuple(r) for r in conn.execute(f"PRAGMA table_xinfo({name})")]
                 for name, (kind, _t, _s) in shapes.items() if kind == "table"}
        _REFERENCE[version] = (conn.serialize(), shapes, xinfo, schema_shape.known_shapes(conn))
        conn.close()
    return _REFERENCE[version]


def _fresh_schema() -> sqlite3.Connection:
    return _memory(_reference()[0])


def _check_objects(path: Path, conn: sqlite3.Connection, *, upgraded: bool = True) -> None:
    _image, ours, columns, known = _reference()
    theirs = schema_shape.shapes(conn, known)
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
    for name, (kind, tbl, shape) in ours.items():
        if theirs[name][1] != tbl:
            raise _fail(path, f"schemat stämmer inte ({name}).")
        if theirs[name][2] != shape:
            raise _fail(path, f"schemat stämmer inte ({kind} {name} är ändrad).")
        if kind == "table":
            mine = conn.execute(f"PRAGMA table_xinfo({name})").fetchall()
            if [tuple(r) for r in mine] != columns[name]:
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
        limit = BLOB_LIMITS.get((table, name))
        if limit is None or declared != "BLOB":
            raise _fail(path, f"binärdata i {table}.{name} tas inte emot.")
        if len(value) > limit:
            raise _fail(path, f"ett för stort värde i {table}.{name} (över {limit // (1024 * 1024)} MB).")
        return bytes(value)
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
    if table == "frozen_report" and row.get("pdf") is not None and (
            not isinstance(row["pdf"], bytes) or not row["pdf"].startswith(b"%PDF-")
            or hashlib.sha256(row["pdf"]).hexdigest() != row.get("pdf_sha256")):
        raise _fail(path, f"en fastställd rapport ({row['uuid'][:8]}) är ingen hel PDF.")
    wrong = value_rules.problem(row)
    if wrong:
        raise _fail(path, f"ogiltigt värde i {table} ({row['uuid'][:8]}): {wrong}.")
    entity = ENTITIES.get(table)  # the declared value checks (core/store/declare.py)
    for f in entity.fields if entity is not None else ():
        if f.choices and row.get(f.name) is not None and f.choice(row[f.name]) is None:
            raise _fail(path, f"okänt värde i {table}.{f.name}.")
    try:
        if len(row["clock"]) > MAX_CLOCK_CHARS:
            raise ValueError("size")
        clock = json.loads(row["clock"])
        _check_clock(clock)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise _fail(path, f"ogiltig versionsklocka i {table} ({row['uuid'][:8]}).") from exc


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
