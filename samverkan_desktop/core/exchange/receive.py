"""Reading a received exchange file safely: it is hostile until every check has passed.

The file itself is never opened by SQLite and never ATTACHed: its bytes are copied (up to a size
cap) to a private file in a private temporary folder (an encrypted file is decrypted into memory
instead, crypto.py), so nothing is ever written beside it (no -journal, -wal or -shm) and nothing
it holds can change under us. Then, each refusal being one Swedish line (:class:`HostileFile`):
header, application_id, schema version (an older file is upgraded in the private copy, a newer one
refused), the schema compared with ours by structure (no extra table, view, trigger or index;
schema_shape.py), integrity_check (our NOT NULL, CHECK and UNIQUE rules, every index), foreign
keys, and every value checked (types, uuids, sizes, dates, weeks, enumerations, clock JSON, UTF-8).

The value checks run as SQL over the whole file (received_values.py): a row that SQL cannot
prove sound — a NUL byte, a long clock, anything odd — is checked again in Python by the exact rules
of values.py and :func:`_check_row`, which give the message. A clock's shape (sites, counters,
sections) is checked in full where it is used: the merge checks every received clock that differs
from the one held here (:func:`check_clock`) before anything is backed up or written; a clock equal
to one we hold is one we wrote or checked before.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HostileFile
from ..i18n import _
from ..store import migrate
from ..text import swedish_collation
from . import crypto, schema_shape, seen
from .file_guard import (
    MAX_BYTES,
    PRIVATE_PREFIX,
    check_header,
    read_bytes,
    refuse_missing_or_big,
    sweep_private,
    too_big,
    wal_header,
)
from .labels import printable
from .received_values import (  # noqa: F401 (MAX_* and check_clock are read through this module)
    MAX_CLOCK_CHARS,
    MAX_SITES,
    MAX_VALUE_CHARS,
    check_clock,
    check_references,
    check_values,
    fail,
)

RECEIVED = "received"  # the schema name a received file is attached under for the merge


@dataclass
class Received:
    """A validated received file: ``conn`` reads a private copy (or an in-memory one) that has
    exactly our schema. :meth:`attach` makes it readable from the workspace's connection."""

    path: Path
    conn: sqlite3.Connection
    manifest: dict[str, str]
    notes: list[str] = field(default_factory=list)
    _tables: list[str] | None = field(default=None, repr=False)
    private: Path | None = field(default=None, repr=False)  # the folder of the private copy
    checked: bool = True  # every value checked (read_received(lazy=True): at the first check())
    _columns: dict[str, list[str]] = field(default_factory=dict, repr=False)
    digest: str | None = None  # SHA-256 of the plain file as read (seen.py)

    def __post_init__(self) -> None:
        self._finalizer = weakref.finalize(self, _dispose, self.conn, self.private)

    @property
    def tables(self) -> list[str]:
        if self._tables is None:
            self._tables = merge_tables(self.conn)
        return self._tables

    def columns(self, table: str) -> list[str]:
        """The column names of ``table`` (asked per table by every pass of a merge)."""
        if table not in self._columns:
            self._columns[table] = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]
        return self._columns[table]

    def rows(self, table: str) -> list[dict]:
        if table not in self.tables:
            raise HostileFile(_("Okänd tabell: {table}").format(table=table))
        return [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY uuid")]

    def describe(self) -> str:
        """"Anna Andersson (Örebro kommun), exporterad 2026-11-20" — used as the audit source."""
        m = self.manifest
        who = m.get("exported_by") or _("okänd avsändare")
        if m.get("organisation"):
            who += f" ({m['organisation']})"
        when = (m.get("exported_at") or "")[:10]
        return printable(f"{self.path.name}: {who}" + (_(", exporterad {date}").format(date=when) if when else ""))

    def check(self, within=None, extra: tuple[str, ...] = (), on_row=None) -> None:
        """Check every value of the travelling tables, once (HostileFile on the first wrong one);
        ``within``, ``extra`` and ``on_row`` as for received_values.check_values."""
        if self.checked:
            return
        try:
            check_values(self.path, self.conn, list(within[1]) if within else self.tables, within=within,
                         extra=extra, on_row=on_row)
        except sqlite3.DatabaseError as exc:
            raise fail(self.path, _("filen är skadad ({why}).").format(why=exc)) from exc
        self.checked = True

    def attach(self, conn: sqlite3.Connection, name: str = RECEIVED) -> None:
        """Make the checked file readable as ``name`` from ``conn`` (the workspace's connection,
        outside a transaction), so the merge can compare both sides in SQL. :meth:`detach` after."""
        if self.private is not None:
            conn.execute(f"ATTACH DATABASE ? AS {name}", (str(self.private / _PRIVATE_NAME),))
        else:
            conn.execute(f"ATTACH DATABASE ':memory:' AS {name}")
            conn.deserialize(self.conn.serialize(), name=name)

    @staticmethod
    def detach(conn: sqlite3.Connection, name: str = RECEIVED) -> None:
        conn.execute(f"DETACH DATABASE {name}")

    def close(self) -> None:
        self._finalizer()


_PRIVATE_NAME = "mottagen.sqlite"


def _dispose(conn: sqlite3.Connection, private: Path | None) -> None:
    conn.close()
    if private is not None:
        shutil.rmtree(private, ignore_errors=True)


def merge_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names
            if any(c[1] == "clock" for c in conn.execute(f"PRAGMA table_info({n})"))]


def _configure(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.create_collation("sv", swedish_collation)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


def _memory(data: bytes | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    if data is not None:
        conn.deserialize(data)
    return _configure(conn)


def _open(path: Path, passphrase: str | None) -> tuple[sqlite3.Connection, Path | None, str | None]:
    """A connection to a private copy of the file (or, encrypted, to its plain bytes in memory),
    and the SHA-256 of the plain file's bytes as copied (seen.py; None when encrypted)."""
    refuse_missing_or_big(path)
    with path.open("rb") as f:
        head = f.read(100)
    if crypto.is_encrypted(head):
        data = read_bytes(path, passphrase)
        try:
            return _memory(data), None, None
        except sqlite3.DatabaseError as exc:
            raise fail(path, _("filen är skadad ({why}).").format(why=exc)) from exc
    folder = Path(tempfile.mkdtemp(prefix=PRIVATE_PREFIX))
    try:
        copy = folder / _PRIVATE_NAME
        sha = seen.copy_with_digest(path, copy)
        with copy.open("r+b") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_BYTES:  # it grew after the first look
                raise too_big(path, size)
            head = f.read(100)
            check_header(path, head, size)
            if wal_header(head):
                f.seek(18)
                f.write(b"\x01\x01")
        conn = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
        try:
            _configure(conn).execute("PRAGMA journal_mode = MEMORY")  # an upgrade writes no -journal either
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise fail(path, _("filen är skadad ({why}).").format(why=exc)) from exc
            if isinstance(exc, UnicodeDecodeError):  # the schema text itself is not UTF-8
                raise fail(path, _("filen är skadad (ogiltig teckenkodning i schemat).")) from exc
            raise
        return conn, folder, sha
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def read_received(path: Path | str, passphrase: str | None = None, *, lazy: bool = False) -> Received:
    """Read and validate a received file (decrypted with ``passphrase`` if it is encrypted);
    the returned :class:`Received` must be closed.

    ``lazy``: the values of the travelling tables are checked at the first :meth:`Received.check`
    (the merge calls it once it knows the file holds something new; a file whose every row is
    here already, the same, is then read no further)."""
    path = Path(path)
    sweep_private()
    conn, private, sha = _open(path, passphrase)
    try:
        try:
            _check_identity(path, conn)
            _clear_local(conn)
            check_values(path, conn, ["exchange_manifest"] if lazy else [*merge_tables(conn), "exchange_manifest"])
            check_references(path, conn)
            # Shown in dialogs, printed by the CLI and written as the audit source: no control characters.
            manifest = {printable(r[0]): printable(r[1])
                        for r in conn.execute("SELECT key, value FROM exchange_manifest")}
        except sqlite3.DatabaseError as exc:
            raise fail(path, _("filen är skadad ({why}).").format(why=exc)) from exc
        except UnicodeDecodeError as exc:  # the schema text itself is not UTF-8
            raise fail(path, _("filen är skadad (ogiltig teckenkodning i schemat).")) from exc
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        _dispose(conn, private)
        raise
    conn.row_factory = sqlite3.Row
    return Received(path, conn, manifest, private=private, checked=not lazy, digest=sha)


def _check_identity(path: Path, conn: sqlite3.Connection) -> None:
    """Ours, not newer, our schema exactly, intact; an older copy is upgraded in the private copy."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != migrate.APPLICATION_ID:
        raise fail(path, _("det är ingen fil från Samverkan Desktop."))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    newest = migrate.schema_version()
    if version > newest:
        raise fail(path, _("den kommer från en nyare version av Samverkan Desktop (schemaversion {version}, "
                            "den här versionen förstår {newest}). Uppdatera programmet först.").format(
            version=version, newest=newest))
    if version < 1:
        raise fail(path, _("schemaversionen saknas."))
    # The schema is checked before anything else runs on the file (integrity_check evaluates CHECK
    # expressions): a file at our version must match schema.sql by structure (schema_shape: parsed
    # columns, constraints and indexes — a workspace upgraded with ALTER TABLE holds other text);
    # an older one may only hold our kinds of objects, and after the upgrade it must match too.
    _check_objects(path, conn, upgraded=version == newest)
    # integrity_check, not quick_check: it also proves every UNIQUE index holds what its table
    # holds, so two rows can never claim one uuid.
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in result] != ["ok"]:
        first = str(result[0][0])
        if first.startswith(("CHECK constraint failed", "NULL value in")):
            raise fail(path, _("ogiltigt värde ({why}).").format(why=first))
        raise fail(path, _("filen är skadad (integritetskontroll: {why}).").format(why=first))
    if version < newest:
        migrate.upgrade(conn, version)
        _check_objects(path, conn)


_REFERENCE: dict[int, tuple[dict, dict, dict]] = {}


def _reference() -> tuple[dict, dict, dict]:
    """Our schema's shapes and each table's PRAGMA table_xinfo, built once per schema version."""
    version = migrate.schema_version()
    if version not in _REFERENCE:
        conn = _memory()
        migrate.create_schema(conn)
        shapes = schema_shape.shapes(conn)
        xinfo = {name: [tuple(r) for r in conn.execute(f"PRAGMA table_xinfo({name})")]
                 for name, (kind, _t, _s) in shapes.items() if kind == "table"}
        _REFERENCE[version] = (shapes, xinfo, schema_shape.known_shapes(conn))
        conn.close()
    return _REFERENCE[version]


def _check_objects(path: Path, conn: sqlite3.Connection, *, upgraded: bool = True) -> None:
    ours, columns, known = _reference()
    theirs = schema_shape.shapes(conn, known)
    for name, (kind, _tbl, _sql) in theirs.items():
        if kind in ("view", "trigger"):
            what = _("en vy") if kind == "view" else _("en trigger")
            raise fail(path, _("den innehåller {what} ({name}) som inte hör till Samverkan Desktop.").format(
                what=what, name=name))
        if name not in ours and upgraded:
            raise fail(path, _("den innehåller ett främmande objekt ({kind} {name}).").format(kind=kind, name=name))
        if name in ours and ours[name][0] != kind:
            raise fail(path, _("{name} är {kind} i stället för {ours}.").format(name=name, kind=kind,
                                                                              ours=ours[name][0]))
    if not upgraded:
        return
    missing = sorted(set(ours) - set(theirs))
    if missing:
        raise fail(path, _("schemat stämmer inte (saknar {names}).").format(names=", ".join(missing[:3])))
    for name, (kind, tbl, shape) in ours.items():
        if theirs[name][1] != tbl:
            raise fail(path, _("schemat stämmer inte ({name}).").format(name=name))
        if theirs[name][2] != shape:
            raise fail(path, _("schemat stämmer inte ({kind} {name} är ändrad).").format(kind=kind, name=name))
        if kind == "table":
            mine = conn.execute(f"PRAGMA table_xinfo({name})").fetchall()
            if [tuple(r) for r in mine] != columns[name]:
                raise fail(path, _("schemat stämmer inte (kolumnerna i {name}).").format(name=name))


def _clear_local(conn: sqlite3.Connection) -> None:
    """Local tables (audit, merge_conflict, workspace_meta) never travel: whatever a file holds in
    them is dropped from the private copy, so nothing reads it."""
    travelling = {*merge_tables(conn), "exchange_manifest"}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite%' ORDER BY name").fetchall():
        if name not in travelling and conn.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone():
            conn.execute(f"DELETE FROM {name}")


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
