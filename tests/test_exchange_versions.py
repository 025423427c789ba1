"""Every earlier schema version still exchanges: its frozen file (tests/data) is upgraded when
opened, exported, merged into a fresh workspace and back. A migration added later is picked up
by itself (tests/data/freeze_versions.py derives the file; run it to freeze the new version)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from samverkan_desktop.core.exchange import schema_shape
from samverkan_desktop.core.store import migrate
from samverkan_desktop.core.store.database import Store

from .data.freeze_versions import version_file
from .exchange_util import SITES, content, edit, send

VERSIONS = list(range(1, migrate.schema_version()))


def test_there_is_an_earlier_version_to_test():
    assert VERSIONS and version_file(1, None).exists()


@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_file_exchanges_with_a_fresh_workspace_both_ways(tmp_path, version):
    source = version_file(version, tmp_path)
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    old = tmp_path / f"gammal-v{version}.sqlite"
    shutil.copyfile(source, old)
    upgraded = Store.open(old, user="Gammal", origin=SITES["A"], make_backup=False)
    fresh = Store.create(tmp_path / "ny.sqlite", user="Ny", origin=SITES["B"])
    try:
        assert upgraded.schema_version() == migrate.schema_version()
        resource = upgraded.scalar("SELECT uuid FROM guaranteed_resource LIMIT 1")
        edit(upgraded, "guaranteed_resource", resource, {"holder": f"Kim v{version}"})
        first = send(upgraded, fresh, tmp_path)
        assert first.preview.total("new") > 5, first.preview.lines()
        edit(fresh, "guaranteed_resource", resource, {"status": "vakant"})
        back = send(fresh, upgraded, tmp_path)
        assert back.preview.total("changed") == 1, back.preview.lines()
        assert content(upgraded) == content(fresh)
        assert upgraded.get("guaranteed_resource", resource)["status"] == "vakant"
    finally:
        upgraded.close()
        fresh.close()


def test_alter_table_add_column_text_is_the_same_structure():
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL DEFAULT 0 CHECK (b IN (0, 1)))")
    altered = sqlite3.connect(":memory:")
    altered.execute("CREATE TABLE t (a TEXT NOT NULL)")
    altered.execute("ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT 0 CHECK (b IN (0,1))")
    assert plain.execute("SELECT sql FROM sqlite_master").fetchone() != altered.execute(
        "SELECT sql FROM sqlite_master").fetchone()
    assert schema_shape.shapes(plain) == schema_shape.shapes(altered)
    changed = sqlite3.connect(":memory:")
    changed.execute("CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL DEFAULT 0 CHECK (b IN (0, 2)))")
    assert schema_shape.shapes(plain) != schema_shape.shapes(changed)
