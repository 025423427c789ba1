"""Restoring a workspace from one of its backups, after backing up what is there now."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .. import workspace
from ..errors import SamverkanError, StoreError
from ..i18n import _
from . import backup, site
from .database import Store
from .stamps import new_uuid


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for the list in Arkiv → Återställ från säkerhetskopia…"""

    path: Path
    taken: str  # "2026-11-23 10:15"
    size: int
    summary: dict | None  # workspace.summary(), None when it cannot be read
    problem: str = ""


def describe_backup(path: Path) -> BackupInfo:
    """Open a backup read-only and summarise it (agreements, counts)."""
    taken = backup.backup_time(path)
    when = taken.strftime("%Y-%m-%d %H:%M") if taken else ""
    try:
        reader = Store.open(path, user="", origin="", read_only=True)
    except SamverkanError as exc:
        return BackupInfo(path, when, path.stat().st_size, None, str(exc))
    try:
        return BackupInfo(path, when, path.stat().st_size, workspace.summary(reader))
    finally:
        reader.close()


def list_backup_infos(store_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of a workspace, newest first, each with its summary."""
    return [describe_backup(p) for p in backup.list_backups(folder or backup.default_backup_dir(store_path))]


def restore_backup(store: Store, source: Path, backup_dir: Path | None = None) -> Path:
    """Replace the open workspace by ``source``; the current state is backed up first.

    ``store`` is closed; the caller opens the returned path again.
    """
    source = Path(source)
    backup.verify(source)
    backup.rotate_backup(store, backup_dir)
    path = store.path
    store.close()
    tmp = path.with_name(f".{path.name}.{new_uuid()[:8]}.tmp")
    try:
        shutil.copyfile(source, tmp)
        backup.verify(tmp)
        _forget_site(tmp)
        # The closed store has checkpointed its WAL; stale side files must not meet the new file.
        for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            side.unlink(missing_ok=True)
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(_("Säkerhetskopian kunde inte återställas: {exc}").format(exc=exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _forget_site(path: Path) -> None:
    """A restored file must not write as the site it had: that site has issued counters since the
    backup was taken (docs/exchange.md, replica identity). The next open mints a new one."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        site.forget_replica(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
