"""Make a file look as an older version wrote it: undo the migration steps above ``version``."""

from __future__ import annotations

import re
import sqlite3

from samverkan_desktop.core.store import migrate


def undo_steps_above(conn: sqlite3.Connection, version: int) -> None:
    """Drop what the steps after ``version`` create (tables, indexes, added columns), newest first,
    and set ``user_version``; the caller commits."""
    for number, step in reversed(migrate.steps()):
        if number <= version:
            continue
        text = step.read_text(encoding="utf-8")
        for table, column in reversed(re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", text)):
            if any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})")):
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        for kind, name in reversed(re.findall(r"CREATE (TABLE|INDEX) (\w+)", text)):
            conn.execute(f"DROP {kind} IF EXISTS {name}")
    conn.execute(f"PRAGMA user_version = {version}")
