"""The store: one SQLite file per workspace, opened safely, written one transaction at a time.

    store = Store.open(path, user="JS", origin=site_id)
    with store.write("Ändra diarienummer") as tx:
        tx.update("agreement_party", uuid, {"case_number": "KS 1382/2023"})
    changes = tx.changes          # what changed, for the views and for undo

Reads go through :meth:`Store.query` / :meth:`Store.get`. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import NewerVersion, NotAWorkspace, NotFound, StoreError
from ..i18n import _
from ..text import has_personal_number, swedish_collation
from . import backup, migrate, network, site
from .stamps import new_uuid, utc_now

if TYPE_CHECKING:
    from .records import Transaction

SQLITE_HEADER = b"SQLite format 3\x00"
_PRAGMAS = {  # name → the value read back after setting it
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
}


def check_header(path: Path) -> None:
    """Refuse a path that is missing, not a file, or not an SQLite database, in one line."""
    if not path.exists():
        raise NotAWorkspace(_("Filen finns inte: {path}").format(path=path))
    if not path.is_file():
        raise NotAWorkspace(_("Det är ingen fil: {path}").format(path=path))
    with path.open("rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise NotAWorkspace(_("Filen är ingen SQLite-databas och kan inte öppnas: {name}").format(name=path.name))


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A raw connection with our collation; autocommit mode, transactions are explicit."""
    if read_only:
        conn = _read_only(Path(path))
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.create_collation("sv", swedish_collation)
    conn.create_function("has_pnr", 1, has_personal_number, deterministic=True)
    return conn


class Store:
    """An open workspace. Create with :meth:`create` or :meth:`open`; close with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, user: str, origin: str):
        self.conn = conn
        self.path = path
        self.user = user
        self.origin = origin
        # One connection, serialised: the UI thread and the single background worker take turns.
        self.lock = threading.RLock()
        self._tx = None
        self._merge_tables: tuple[str, ...] | None = None
        # The installation that opened the file; ``origin`` is the replica (site) id the file
        # writes as (site.replica_site). The Lamport time last recorded as its high-water mark.
        self.installation = origin
        self._high_water = -1
        self._columns: dict[str, tuple[str, ...]] = {}

    @functools.cached_property
    def db(self):
        """A sqlite_utils view of the connection (imported at first use: it is slow to import)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, user: str, origin: str, overwrite: bool = False) -> Store:
        """Create a new, empty workspace at ``path`` (atomically) and open it."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise StoreError(_("Filen finns redan: {path}").format(path=path))
        if not path.parent.is_dir():
            raise StoreError(_("Mappen finns inte: {parent}").format(parent=path.parent))
        network.refuse(path, path.parent)
        # A leftover -wal/-shm beside the old file (a crash, or an instance still open) would be
        # replayed into the new file and bring the old data back: they go with the old file.
        for side in ("-wal", "-shm", "-journal"):
            leftover = path.with_name(path.name + side)
            if leftover.exists():
                if not overwrite:
                    raise StoreError(_("Det finns kvar en fil från en tidigare arbetsyta: {name}").format(name=leftover.name))
                leftover.unlink()
        tmp = path.with_name(f".{path.name}.{new_uuid()[:8]}.tmp")
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            migrate.create_schema(conn)
            conn.execute("INSERT INTO workspace_meta (key, value) VALUES ('workspace_uuid', ?)", (new_uuid(),))
            conn.execute("INSERT INTO workspace_meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
            conn.execute("INSERT INTO workspace_meta (key, value) VALUES ('lamport', '0')")
            conn.close()
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return cls.open(path, user=user, origin=origin, make_backup=False)

    @classmethod
    def open(cls, path: Path | str, *, user: str, origin: str, make_backup: bool = True,
             backup_dir: Path | None = None, read_only: bool = False) -> Store:
        """Open an existing workspace: check it is ours, upgrade it if older, back it up if it changed.

        :raises NotAWorkspace: not SQLite, or SQLite but not a Samverkan workspace
        :raises NewerVersion: written by a newer version of the program
        :raises NetworkShare: the file lies on a network share

        ``make_backup`` takes a verified backup now unless the newest one already holds this state
        (:func:`backup.backup_if_changed`); the GUI passes False and backs up on a thread after
        its window is shown. ``read_only`` opens without writing anything: no pragmas, no upgrade,
        no backup.
        """
        path = Path(path)
        check_header(path)
        version = _read_identity(path)
        if read_only:
            if version != migrate.schema_version():
                raise NewerVersion(_("Filen har schemaversion {version}; den kan bara visas i version {value}. Öppna den vanligt först.").format(version=version, value=migrate.schema_version()))
            return cls(connect(path, read_only=True), path, user=user, origin=origin)
        network.refuse(path, path)
        newest = migrate.schema_version()
        if version > newest:
            raise NewerVersion(
                _("Filen är skapad av en nyare version av Samverkan Desktop (schemaversion {version}, den här versionen förstår {newest}). Uppdatera programmet för att öppna den.").format(version=version, newest=newest))
        backup.sweep_beside(path)
        conn = connect(path)
        try:
            _set_pragmas(conn)
            if version < newest:
                backup.copy_before_upgrade(path, version, conn)
                migrate.upgrade(conn, version)
            replica = site.replica_site(conn, path, origin)
            store = cls(conn, path, user=user, origin=replica)
            store.installation = origin
        except BaseException:
            conn.close()
            raise
        if make_backup:
            backup.backup_if_changed(store, backup_dir)
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close."""
        with self.lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()

    # -- reading ------------------------------------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query; rows behave as mappings (``row["name"]``)."""
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        """The first column of the first row, or None."""
        with self.lock:
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get(self, table: str, uuid: str) -> dict | None:
        """One row of a merge table by uuid (tombstoned rows included), as a dict."""
        self.check_table(table)
        rows = self.query(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,))
        return dict(rows[0]) if rows else None

    def live(self, table: str, uuid: str, missing: str) -> dict:
        """One live (not deleted) row of ``table``; :raises NotFound: with ``missing`` otherwise."""
        row = self.get(table, uuid) if uuid else None
        if row is None or row["deleted"]:
            raise NotFound(_(missing))  # marked where it is written (N_ or _)
        return row

    def meta(self, key: str, default: str | None = None) -> str | None:
        """A value of the local workspace_meta table."""
        value = self.scalar("SELECT value FROM workspace_meta WHERE key = ?", (key,))
        return default if value is None else value

    @property
    def merge_tables(self) -> tuple[str, ...]:
        """The tables whose rows travel between coordinators (they carry a ``clock`` column)."""
        if self._merge_tables is None:
            names = [r[0] for r in self.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            self._merge_tables = tuple(n for n in names if "clock" in self.column_names(n))
        return self._merge_tables

    def column_names(self, table: str) -> tuple[str, ...]:
        """The columns of ``table`` in order (names come from the schema, never from users)."""
        if table not in self._columns:
            self._columns[table] = tuple(r[1] for r in self.query(f"PRAGMA table_info({table})"))
        return self._columns[table]

    def check_table(self, table: str) -> None:
        """Refuse a table name that is not one of our merge tables (names are never user input)."""
        if table not in self.merge_tables:
            raise StoreError(_("Okänd tabell: {table}").format(table=table))

    def schema_version(self) -> int:
        """PRAGMA user_version of the open file."""
        return int(self.scalar("PRAGMA user_version"))

    # -- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self, label: str, *, source: str = "") -> Iterator[Transaction]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back whole on any error.

        Nested calls join the outer transaction. ``label`` names the change for undo ("Ny åtgärd").
        """
        from .records import Transaction  # records builds on the store

        with self.lock:
            if self._tx is not None:
                if not self._tx.changes.label:  # opened by @operation: the first write names it
                    self._tx.changes.label = label
                    self._tx.source = self._tx.source or source
                yield self._tx
                return
            self.conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(self, label, source=source)
            self._tx = tx
            try:
                yield tx
                self._commit()
                self._note_high_water()
                if tx.changes.purged:
                    self.purge_wal()
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise _translate(exc) from exc
            finally:
                self._tx = None

    def _note_high_water(self) -> None:
        """After a commit: this site's high-water mark (the file's Lamport time), when it moved."""
        lamport = int(self.meta("lamport", "0"))
        if lamport > self._high_water:
            self._high_water = lamport
            with contextlib.suppress(OSError):  # a read-only data dir must not undo a commit
                site.record_high_water(self.origin, self.path, lamport)

    def purge_wal(self) -> None:
        """Copy the WAL into the main file and cut it to nothing, so cleared content (a delete, a
        redaction) does not linger in old WAL frames; secure_delete has zeroed the freed space."""
        with contextlib.suppress(sqlite3.Error):  # a busy reader: the next checkpoint does it
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            # Deferred foreign keys fail at COMMIT, which leaves the transaction open: name the
            # broken reference while it is still there (checking at every commit would cost a scan).
            if "FOREIGN KEY" not in str(exc) or not self.conn.in_transaction:
                raise
            broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, _rowid, parent, _fk = broken[0]
                from ..errors import ValidationError
                raise ValidationError(
                    _("Ändringen kan inte sparas: en post i {table} pekar på en {parent}-post som inte finns.").format(table=table, parent=parent)
                ) from exc
            raise

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the live file at ``target`` (SQLite backup API)."""
        with self.lock:
            dest = sqlite3.connect(str(target))
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()


def _translate(exc: BaseException) -> BaseException:
    from ..errors import ValidationError

    if isinstance(exc, sqlite3.IntegrityError):
        return ValidationError(_("Värdet kan inte sparas: {error}.").format(error=exc))
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return StoreError(_("Filen är upptagen av ett annat program. Försök igen om en stund."))
    return exc


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL file needs its -shm index, which a full disk may not allow to
    be created: when the -wal is absent or empty the main file holds everything, and it is read as
    immutable instead (nothing written, no lock file)."""
    uri = f"file:{path.as_posix()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        # No writer has the file open (one in WAL mode keeps its -wal until it closes), so the main
        # file holds everything: read it as it is, leaving no -wal or -shm beside it. (A -shm left
        # there would make the file look half written to a merge that receives it.)
        return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if wal.exists() and wal.stat().st_size > 0:
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _read_identity(path: Path) -> int:
    """Check application_id and return user_version, without writing anything."""
    try:
        conn = connect(path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        # Not damage: the file could not be opened (a full disk, no permission) — say why.
        from ..diskerrors import reason
        raise StoreError(_("Filen kunde inte öppnas: {name} ({value}).").format(name=path.name, value=reason(exc, path))) from exc
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspace(_("Filen är skadad eller ingen SQLite-databas: {name} ({exc})").format(name=path.name, exc=exc)) from exc
    if app_id != migrate.APPLICATION_ID:
        raise NotAWorkspace(_("Filen är en SQLite-databas men ingen Samverkan-arbetsyta: {name}").format(name=path.name))
    return int(version)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    for name, expected in _PRAGMAS.items():
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if actual != expected:
            raise StoreError(_("Databasinställningen {name} kunde inte sättas ({actual}).").format(name=name, actual=actual))
