"""Backups: a verified copy before every upgrade, and one per changed state of the file, rotated.

A backup at open costs nothing when nothing changed: :func:`fingerprint` (the workspace's content
counter, its Lamport time, plus the size and mtime of the file and its WAL) is kept beside the
newest backup in ``senaste.json``; :func:`backup_if_changed` copies only when it differs. The GUI
takes that backup on a thread after the window is shown (:class:`BackgroundBackup`: the SQLite
backup API in steps over its own read-only connection, so the UI keeps writing); writing CLI
commands take it before they write; read-only commands never take one. Every copy is still
verified (quick_check) before it is renamed into place, and rotated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..i18n import _

if TYPE_CHECKING:
    from .database import Store

KEEP_RECENT = 10
KEEP_DAILY = 7  # besides the newest ten: the newest backup of each of the last 7 days with one
KEEP_WEEKLY = 8  # and the newest of each of the last 8 ISO weeks with one
# A temporary file older than this is a leftover of a killed backup, export or restore (one that
# is younger may belong to a write still running in another process).
STALE_TMP_SECONDS = 600


def default_backup_dir(path: Path) -> Path:
    """Backups of ``kommun.sqlite`` live in ``kommun-säkerhetskopior/`` beside it."""
    return path.with_name(f"{path.stem}-säkerhetskopior")


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d_%H%M%S_%f")


def verify(path: Path) -> None:
    """Raise StoreError unless ``path`` passes PRAGMA quick_check."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(_("Säkerhetskopian är skadad: {name} ({exc})").format(name=path.name, exc=exc)) from exc
    finally:
        conn.close()
    if result != "ok":
        raise StoreError(_("Säkerhetskopian klarar inte kontrollen: {name} ({result})").format(name=path.name, result=result))


STEP_PAGES = 4096  # pages per backup step (16 MiB at 4 KiB pages) between checks for a stop
STATE_FILE = "senaste.json"


class Stopped(Exception):
    """A background backup was stopped (the workspace is closing); nothing was kept."""


def _copy(conn: sqlite3.Connection, target: Path, stop: threading.Event | None = None) -> Path:
    """Copy with the backup API to a temporary name, verify, then rename into place.

    With ``stop`` the copy goes in steps of STEP_PAGES and ends (Stopped) once it is set.
    """
    tmp = target.with_name(target.name + ".tmp")

    def step(_status, _remaining, _total) -> None:
        if stop is not None and stop.is_set():
            raise Stopped()

    try:  # whatever fails (a full disk, a stop), the temporary file and its journal go
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest, pages=STEP_PAGES if stop is not None else -1,
                        progress=step if stop is not None else None)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        verify(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    return target


def sweep(folder: Path, pattern: str, *, min_age: float = STALE_TMP_SECONDS) -> list[Path]:
    """Remove leftovers matching ``pattern`` in ``folder`` (temporary copies and their
    -journal) that are older than ``min_age`` seconds; returns what was removed."""
    import time

    gone = []
    if not folder.is_dir():
        return gone
    now = time.time()
    for path in folder.glob(pattern):
        try:
            if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime >= min_age:
                path.unlink()
                gone.append(path)
        except OSError:
            continue
    return gone


def sweep_beside(path: Path) -> list[Path]:
    """Leftover temporary files of the workspace ``path``: beside it and in its backup folder."""
    return (sweep(path.parent, f".{path.name}.*.tmp*")
            + sweep(default_backup_dir(path), "*.sqlite.tmp*"))


def copy_before_upgrade(path: Path, version: int, conn: sqlite3.Connection) -> Path:
    """The untouched old-version file, kept beside the workspace before it is migrated."""
    folder = default_backup_dir(path)
    folder.mkdir(exist_ok=True)
    return _copy(conn, folder / f"{path.stem}_före-uppgradering-v{version}_{_stamp()}.sqlite")


def list_backups(folder: Path) -> list[Path]:
    """Rotated backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*_auto_*.sqlite")), key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> dt.datetime | None:
    """When a rotated backup was taken, read from its name (``…_auto_2026-11-23_101500_123456``)."""
    try:
        return dt.datetime.strptime(path.stem.rsplit("_auto_", 1)[1], "%Y-%m-%d_%H%M%S_%f")
    except (IndexError, ValueError):
        return None


def to_keep(backups: list[Path]) -> set[Path]:
    """Of ``backups`` (newest first): the newest ten, one a day for 7 days, one a week for 8 weeks."""
    keep = set(backups[:KEEP_RECENT])
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for path in backups:
        taken = backup_time(path)
        if taken is None:
            continue
        days.setdefault(taken.date(), path)
        weeks.setdefault(tuple(taken.isocalendar())[:2], path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    return keep


def rotate_backup(store: Store, backup_dir: Path | None = None) -> Path:
    """Take a verified backup of the open workspace; keep the newest ten plus daily and weekly ones."""
    folder = backup_dir or default_backup_dir(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    with store.lock:
        mark = fingerprint(store.path, store.conn)
        target = _copy(store.conn, folder / f"{store.path.stem}_auto_{_stamp()}.sqlite")
    _finish(folder, target, mark)
    return target


def fingerprint(path: Path, conn: sqlite3.Connection) -> dict:
    """What identifies the file's state: its content counter and the files' sizes and mtimes."""
    def stat(p: Path) -> list[int]:
        try:
            st = p.stat()
        except OSError:
            return [0, 0]
        return [st.st_size, st.st_mtime_ns]

    row = conn.execute("SELECT value FROM workspace_meta WHERE key = 'lamport'").fetchone()
    wal = stat(path.with_name(path.name + "-wal"))
    return {"lamport": row[0] if row else "", "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "file": stat(path), "wal_size": wal[0]}


def _state(folder: Path) -> dict:
    try:
        return json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def unchanged_since_last(path: Path, conn: sqlite3.Connection, folder: Path) -> bool:
    """True when the newest backup in ``folder`` was taken of exactly this state of the file."""
    state = _state(folder)
    newest = state.get("backup")
    return (bool(newest) and (folder / newest).exists() and state.get("fingerprint") == fingerprint(path, conn))


def _finish(folder: Path, target: Path, mark: dict) -> None:
    prune(folder)
    tmp = folder / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps({"backup": target.name, "fingerprint": mark}), encoding="utf-8")
    os.replace(tmp, folder / STATE_FILE)


def backup_if_changed(store: Store, backup_dir: Path | None = None) -> Path | None:
    """:func:`rotate_backup` unless the newest backup already holds this state; returns the new copy."""
    folder = backup_dir or default_backup_dir(store.path)
    with store.lock:
        if unchanged_since_last(store.path, store.conn, folder):
            return None
    return rotate_backup(store, backup_dir)


class BackgroundBackup:
    """:func:`backup_if_changed` on a thread, over its own read-only connection, in steps.

    The copy is a snapshot of the file when the thread starts reading; the store keeps writing
    meanwhile (WAL). :meth:`stop` (at close) ends it between steps and keeps nothing half-made.
    ``result`` is the new backup, None when none was needed, or the exception that stopped it.
    """

    def __init__(self, path: Path, backup_dir: Path | None = None, *, always: bool = False):
        self.path = Path(path)
        self.folder = backup_dir or default_backup_dir(self.path)
        self.result: Path | BaseException | None = None
        # ``always``: a copy even when the newest backup holds this state, rotated only at
        # :meth:`keep` (the merge takes its backup while it checks the received file).
        self.always = always
        self._mark: dict = {}
        self._made_folder = not self.folder.exists()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="samverkan-backup", daemon=True)

    def start(self) -> BackgroundBackup:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True, isolation_level=None)
            try:
                conn.execute("BEGIN")  # one snapshot: the fingerprint and the copy see the same state
                mark = fingerprint(self.path, conn)
                if not self.always and unchanged_since_last(self.path, conn, self.folder):
                    return
                self.folder.mkdir(parents=True, exist_ok=True)
                target = _copy(conn, self.folder / f"{self.path.stem}_auto_{_stamp()}.sqlite", self._stop)
            finally:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            if self.always:
                self._mark = mark
            else:
                _finish(self.folder, target, mark)
            self.result = target
        except BaseException as exc:  # reported through ``result``; a thread has nobody to raise to
            self.result = exc

    def keep(self) -> Path:
        """Wait for an ``always`` backup and rotate it in; its path, or the error that stopped it."""
        self.wait()
        if isinstance(self.result, BaseException):
            raise self.result
        _finish(self.folder, self.result, self._mark)
        return self.result

    def discard(self) -> None:
        """Stop an ``always`` backup that is not wanted after all and leave nothing of it."""
        self.stop()
        if isinstance(self.result, Path):
            self.result.unlink(missing_ok=True)
        if self._made_folder:
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only if empty

    def stop(self) -> None:
        """Stop between steps and wait for the thread."""
        self._stop.set()
        self.wait()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the backup to end; True when it has."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()


def prune(folder: Path) -> list[Path]:
    """Delete the rotated backups :func:`to_keep` does not keep; returns the deleted ones."""
    backups = list_backups(folder)
    keep = to_keep(backups)
    gone = [p for p in backups if p not in keep]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone
