"""db/schema.sql is the truth: a new file has exactly its schema; older files are upgraded to it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from samverkan_desktop.core import paths
from samverkan_desktop.core.store import migrate
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A
from .schema_util import undo_steps_above

ROOT = Path(__file__).resolve().parent.parent


def _shape(conn: sqlite3.Connection) -> dict:
    """Tables with their columns (name, type, notnull, default, pk), indexes with their columns."""
    shape = {}
    for name, kind in conn.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        if kind == "table":
            shape[name] = [tuple(r)[1:] for r in conn.execute(f"PRAGMA table_info({name})")]
        elif kind == "index":
            shape[name] = [tuple(r)[2] for r in conn.execute(f"PRAGMA index_info({name})")]
        else:
            shape[name] = kind
    return shape


def _schema_sql_shape() -> dict:
    conn = sqlite3.connect(":memory:")
    conn.executescript(paths.schema_sql().read_text(encoding="utf-8"))
    return _shape(conn)


def test_new_file_has_exactly_schema_sql(store):
    conn = sqlite3.connect(store.path)
    try:
        assert _shape(conn) == _schema_sql_shape()
    finally:
        conn.close()


def test_schema_sql_text_is_what_the_file_holds(store):
    """Every CREATE statement of schema.sql stands verbatim in sqlite_master (no drift)."""
    stored = {r[0] for r in store.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
    conn = sqlite3.connect(":memory:")
    conn.executescript(paths.schema_sql().read_text(encoding="utf-8"))
    expected = {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
    assert stored == expected


def _make_version_1(path: Path) -> None:
    """A file as version 1 wrote it: no audit.source (step 2), none of what later steps create."""
    Store.create(path, user="x", origin=SITE_A).close()
    conn = sqlite3.connect(path)
    undo_steps_above(conn, 1)
    conn.execute("INSERT INTO workspace_meta VALUES ('note', 'från version 1')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_older_file_is_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "gammal.sqlite"
    _make_version_1(path)
    store = Store.open(path, user="x", origin=SITE_A)
    try:
        assert store.schema_version() == migrate.schema_version()
        assert store.meta("note") == "från version 1"
        conn = sqlite3.connect(path)
        assert _shape(conn) == _schema_sql_shape()
        conn.close()
    finally:
        store.close()
    kept = list((tmp_path / "gammal-säkerhetskopior").glob("*före-uppgradering-v1*.sqlite"))
    assert len(kept) == 1
    old = sqlite3.connect(kept[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_failed_upgrade_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "gammal.sqlite"
    _make_version_1(path)
    broken = tmp_path / "migrations"
    broken.mkdir()
    (broken / "0002_broken.sql").write_text("ALTER TABLE audit ADD COLUMN source TEXT;\nSELECT * FROM nope;\n")
    monkeypatch.setattr(paths, "migrations_dir", lambda: broken)
    with pytest.raises(sqlite3.OperationalError):
        Store.open(path, user="x", origin=SITE_A)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "source" not in [r[1] for r in conn.execute("PRAGMA table_info(audit)")]
    conn.close()


@pytest.mark.slow
def test_wheel_carries_schema_and_resources(tmp_path):
    out = tmp_path / "dist"
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    wheel = next(out.glob("samverkan_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "samverkan_desktop/db/schema.sql" in names
    assert "samverkan_desktop/db/migrations/0002_audit_source.sql" in names
    assert "samverkan_desktop/resources/fonts/DejaVuSans.ttf" in names
    assert "samverkan_desktop/resources/icons/app.svg" in names
    schema = zipfile.ZipFile(wheel).read("samverkan_desktop/db/schema.sql").decode()
    assert schema == paths.schema_sql().read_text(encoding="utf-8")


def test_step_numbers_are_unique_after_the_shipped_step_7():
    """A number names a schema version; two files with one number mean a file at that version
    may lack one of them. Step 7 shipped as three files (db/migrations/README.md)."""
    from collections import Counter

    counts = Counter(number for number, _ in migrate.steps())
    assert counts[7] == 3
    repeated = {n: c for n, c in counts.items() if c > 1 and n != 7}
    assert repeated == {}
    assert sorted(counts) == list(range(2, migrate.schema_version() + 1))
