"""Who writes: this installation, and the replica (site) id a workspace file writes as.

A version-vector counter must never be issued twice by one site. The counters live in the file
(each row counts its writes per site), so a site id belongs to one *installation and file*: the
file remembers the site it writes as (``workspace_meta``: ``replica_site``, ``replica_installation``)
and the installation remembers, per site it owns, the path of that file and the highest Lamport time
it has committed there (its high-water mark, ``<data dir>/replicas/<site>``). At every open for
writing :func:`replica_site` mints a new site id when

* the file has none yet (new, or restored from a backup: restore.py clears it),
* it was last written by another installation,
* it is a copy: the site's registered file still exists at another path, or
* it is behind the high-water mark (an older copy put back by hand).

The installation's own id is used as the first site of one file only (older workspaces kept
writing as it); every later site is a fresh uuid4. docs/exchange.md states the rule.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import uuid
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's local data directory (settings, logs, site id, workspaces).

    Found with platformdirs, never the roaming profile (a roaming profile follows the user to
    other machines, and with it the site id and the live workspace). SAMVERKAN_DATA_DIR
    overrides it (tests, the two-coordinator simulation).
    """
    override = os.environ.get("SAMVERKAN_DATA_DIR")
    if override:
        base = Path(override)
    else:
        name = "samverkan-desktop" if sys.platform.startswith("linux") else "Samverkan Desktop"
        base = platformdirs.user_data_path(name, appauthor=False, roaming=False)
    base.mkdir(parents=True, exist_ok=True)
    return base


def site_id() -> str:
    """A stable id of this installation, created on first use (see :func:`replica_site`)."""
    f = data_dir() / "site_id"
    try:
        value = f.read_text().strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        value = str(uuid.uuid4())
        _write_atomic(f, value)
        return value


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_text(text)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _registry() -> Path:
    folder = data_dir() / "replicas"
    folder.mkdir(exist_ok=True)
    return folder


def _mark_file(site: str) -> Path:
    return _registry() / str(uuid.UUID(site))


def high_water(site: str) -> dict | None:
    """{"path": …, "lamport": n} of a site this installation writes as, or None."""
    try:
        mark = json.loads(_mark_file(site).read_text())
        return {"path": str(mark["path"]), "lamport": int(mark["lamport"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_high_water(site: str, path: Path, lamport: int) -> None:
    """Remember that ``site`` has committed up to ``lamport`` in the file at ``path``."""
    with contextlib.suppress(ValueError):
        _write_atomic(_mark_file(site), json.dumps({"path": str(Path(path).resolve()),
                                                    "lamport": int(lamport)}))


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def why_new_site(meta: dict, path: Path, installation: str) -> str:
    """Why the file at ``path`` (its ``workspace_meta``) needs a new site id; "" when it does not."""
    site = meta.get("replica_site")
    if not site:
        return "ny"
    if meta.get("replica_installation") != installation:
        return "annan installation"
    mark = high_water(site)
    if mark is None:
        return ""
    if not _same_file(mark["path"], path) and Path(mark["path"]).exists():
        return "kopia"
    if int(meta.get("lamport") or 0) < mark["lamport"]:
        return "bakom"
    return ""


def replica_site(conn: sqlite3.Connection, path: Path, installation: str) -> str:
    """The site id the open workspace ``conn`` at ``path`` writes as; mints and stores a new one
    when :func:`why_new_site` says so (in the caller's connection, autocommit)."""
    meta = {k: v for k, v in conn.execute("SELECT key, value FROM workspace_meta")}
    if not why_new_site(meta, path, installation):
        return meta["replica_site"]
    site = installation if high_water(installation) is None else str(uuid.uuid4())
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)",
                         [("replica_site", site), ("replica_installation", installation)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    record_high_water(site, path, int(meta.get("lamport") or 0))
    return site


def forget_replica(conn: sqlite3.Connection) -> None:
    """Drop the file's site id (a restored backup): the next open mints a new one."""
    conn.execute("DELETE FROM workspace_meta WHERE key IN ('replica_site', 'replica_installation')")
