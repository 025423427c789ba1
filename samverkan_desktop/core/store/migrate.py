"""Schema versions: create the newest schema, upgrade older files step by step."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .. import paths

APPLICATION_ID = 0x53414D56  # "SAMV"
_STEP = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def steps() -> list[tuple[int, Path]]:
    """The migration steps as (target version, file), in order."""
    found = []
    for f in paths.migrations_dir().iterdir():
        m = _STEP.match(f.name)
        if m:
            found.append((int(m.group(1)), f))
    return sorted(found)


def schema_version() -> int:
    """The newest schema version this program writes (the highest migration step, or 1)."""
    all_steps = steps()
    return all_steps[-1][0] if all_steps else 1


def create_schema(conn: sqlite3.Connection) -> None:
    """Run db/schema.sql on an empty database and stamp it as ours, at the newest version."""
    conn.executescript(paths.schema_sql().read_text(encoding="utf-8"))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema_version()}")


_EMPTY: dict[int, bytes] = {}


def empty_image() -> bytes:
    """An empty database with our schema as file bytes (:func:`create_schema`, built once per
    process): written to a new file, or deserialised, it saves running schema.sql each time."""
    version = schema_version()
    if version not in _EMPTY:
        conn = sqlite3.connect(":memory:")
        try:
            create_schema(conn)
            _EMPTY[version] = conn.serialize()
        finally:
            conn.close()
    return _EMPTY[version]


def pending_steps(version: int) -> list[tuple[int, Path]]:
    """The steps a file at ``version`` needs."""
    return [(v, f) for v, f in steps() if v > version]


def upgrade(conn: sqlite3.Connection, version: int) -> int:
    """Apply every pending step in one transaction; returns the new version.

    The caller has made a backup first. On any error nothing of the upgrade remains.
    """
    todo = pending_steps(version)
    if not todo:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for target, step in todo:
            for statement in _statements(step.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return todo[-1][0]


def _statements(script: str) -> list[str]:
    # executescript would commit our transaction; split on complete statements instead.
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
