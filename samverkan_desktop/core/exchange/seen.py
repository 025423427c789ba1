"""Files merged before: the same received file again is recognised before it is read.

A workspace remembers the SHA-256 of every plain (unencrypted) file it merged, in its local
``workspace_meta`` (``merged:<sha256>`` → when). Merging is idempotent — what a file brought is in
the workspace, and every later edit is newer than it — so the same bytes again bring nothing new,
and "Inget nytt i filen" is said at once, without the checks and the comparison of every row.
The note never travels (workspace_meta is local): a backup restored from before the merge does not
remember it, and a copy of the workspace remembers exactly the merges its content holds. An
encrypted file is recognised by its rows, as any other file with nothing new.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..store.database import Store
from . import crypto

KEY = "merged:"
CHUNK = 1024 * 1024


def digest(path: Path) -> str | None:
    """The SHA-256 of a plain received file, or None (encrypted, or unreadable: the read says why)."""
    try:
        with Path(path).open("rb") as f:
            if crypto.is_encrypted(f.read(100)):
                return None
            f.seek(0)
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def copy_with_digest(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` and return the SHA-256 of exactly the bytes copied."""
    sha = hashlib.sha256()
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            sha.update(chunk)
            dst.write(chunk)
    return sha.hexdigest()


def merged_at(store: Store, sha: str | None) -> str | None:
    """When a file with this digest was merged into the workspace (UTC), or None."""
    return store.meta(KEY + sha) if sha else None


def remember(tx, sha: str | None) -> None:
    """Note, in the merge's transaction, that the file with this digest is merged."""
    if sha:
        tx.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)", (KEY + sha, tx.now))
