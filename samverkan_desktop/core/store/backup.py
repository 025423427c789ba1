"""Backups: a verified copy before every upgrade and at every open, rotated."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError

if TYPE_CHECKING:
    from .database import Store

KEEP_RECENT = 10
KEEP_DAILY = 7  # besides the newest ten: the newest backup of each of the last 7 days with one
KEEP_WEEKLY = 8  # and the newest of each of the last 8 ISO weeks with one


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
        raise StoreError(f"Säkerhetskopian är skadad: {path.name} ({exc})") from exc
    finally:
        conn.close()
    if result != "ok":
        raise StoreError(f"Säkerhetskopian klarar inte kontrollen: {path.name} ({result})")


def _copy(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy with the backup API to a temporary name, verify, then rename into place."""
    tmp = target.with_name(target.name + ".tmp")
    try:  # whatever fails (a full disk), the temporary file and its journal go
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        verify(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    return target


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
        target = _copy(store.conn, folder / f"{store.path.stem}_auto_{_stamp()}.sqlite")
    prune(folder)
    return target


def prune(folder: Path) -> list[Path]:
    """Delete the rotated backups :func:`to_keep` does not keep; returns the deleted ones."""
    backups = list_backups(folder)
    keep = to_keep(backups)
    gone = [p for p in backups if p not in keep]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone
