"""The store: pragmas, identity, refusal of foreign files, transactions, metadata, backups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop.core.errors import NewerVersion, NotAWorkspace, ValidationError
from samverkan_desktop.core.store import backup, migrate, replay
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A


def test_new_file_is_stamped_and_pragmas_hold(store):
    assert store.scalar("PRAGMA application_id") == migrate.APPLICATION_ID
    assert store.schema_version() == migrate.schema_version()
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA synchronous") == 2
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA secure_delete") == 1
    assert store.scalar("PRAGMA trusted_schema") == 0


def test_every_travelling_table_carries_merge_metadata(store):
    needed = {"uuid", "created_at", "updated_at", "updated_by", "origin", "version", "lamport",
              "clock", "deleted"}
    local = {"workspace_meta", "audit", "merge_conflict", "exchange_manifest"}
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert len(store.merge_tables) >= 25
    for table in tables - local:
        cols = {c.name for c in store.db[table].columns}
        assert needed <= cols, table
    assert set(store.merge_tables) == tables - local


def test_insert_stamps_metadata_and_audit(store):
    with store.write("Ny part") as tx:
        uuid = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
    row = store.get("party", uuid)
    assert row["updated_by"] == "TS" and row["origin"] == SITE_A
    assert row["version"] == 1 and row["deleted"] == 0 and row["lamport"] >= 1
    assert json.loads(row["clock"])["v"] == {SITE_A: 1}
    audit = store.query("SELECT action, by, changes FROM audit WHERE row_uuid = ?", (uuid,))
    assert [a["action"] for a in audit] == ["insert"]
    assert audit[0]["changes"] == "", "the audit keeps no values, and an insert needs no field list"


def test_update_bumps_version_and_field_clock(store):
    with store.write("Ny part") as tx:
        uuid = tx.insert("party", {"name": "Kumla kommun"})
    with store.write("Byt kortnamn") as tx:
        tx.update("party", uuid, {"short_name": "Kumla", "name": "Kumla kommun"})
    row = store.get("party", uuid)
    clock = json.loads(row["clock"])
    assert row["version"] == 2
    assert set(clock["f"]) == {"short_name"}, "an unchanged field keeps its creation clock"
    assert tx.changes.edits[0].before == {"short_name": ""}


def test_failed_write_leaves_nothing(store):
    with pytest.raises(ValidationError):
        with store.write("Två parter") as tx:
            tx.insert("party", {"name": "Laxå kommun"})
            tx.insert("party", {"name": "Fel", "kind": "ingen sådan sort"})
    assert store.scalar("SELECT count(*) FROM party") == 0
    assert store.scalar("SELECT count(*) FROM audit") == 0


def test_exception_inside_transaction_rolls_back_whole(store):
    with pytest.raises(RuntimeError):
        with store.write("Halvvägs") as tx:
            tx.insert("party", {"name": "Askersunds kommun"})
            raise RuntimeError("kraschar mitt i")
    assert store.scalar("SELECT count(*) FROM party") == 0
    assert store.meta("lamport") == "0"


def test_undo_and_redo_are_new_edits(store):
    with store.write("Ny part") as tx:
        uuid = tx.insert("party", {"name": "Hallsbergs kommun"})
    created = tx.changes
    replay.undo(store, created)
    assert store.get("party", uuid)["deleted"] == 1
    replay.redo(store, created)
    row = store.get("party", uuid)
    assert row["deleted"] == 0 and row["version"] == 3


def test_foreign_key_is_checked_at_commit(store):
    with pytest.raises(ValidationError):
        with store.write("Trasig") as tx:
            tx.insert("agreement_party", {"agreement_uuid": "0" * 36, "party_uuid": "1" * 36})


def test_refuses_text_file(tmp_path):
    f = tmp_path / "anteckning.sqlite"
    f.write_text("inte en databas")
    with pytest.raises(NotAWorkspace, match="ingen SQLite-databas"):
        Store.open(f, user="x", origin=SITE_A)


def test_refuses_foreign_sqlite(tmp_path):
    f = tmp_path / "annan.sqlite"
    conn = sqlite3.connect(f)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = f.read_bytes()
    with pytest.raises(NotAWorkspace, match="ingen Samverkan-arbetsyta"):
        Store.open(f, user="x", origin=SITE_A)
    assert f.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annan.sqlite"]


def test_refuses_newer_version(store, tmp_path):
    store.conn.execute("PRAGMA user_version = 999")
    store.close()
    with pytest.raises(NewerVersion, match="nyare version"):
        Store.open(store.path, user="x", origin=SITE_A)


def test_backup_on_open_is_verified_and_rotated(tmp_path):
    path = tmp_path / "w.sqlite"
    Store.create(path, user="x", origin=SITE_A).close()
    for i in range(12):
        store = Store.open(path, user="x", origin=SITE_A)
        with store.write("Ändra") as tx:
            tx.insert("party", {"name": f"Part {i}", "kind": "kommun"})
        store.close()
    backups = sorted((tmp_path / "w-säkerhetskopior").glob("*.sqlite"))
    assert len(backups) == 10
    conn = sqlite3.connect(backups[-1])
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID
    conn.close()


def test_no_backup_at_open_when_nothing_changed_since_the_last(tmp_path):
    path = tmp_path / "w.sqlite"
    Store.create(path, user="x", origin=SITE_A).close()
    folder = tmp_path / "w-säkerhetskopior"
    Store.open(path, user="x", origin=SITE_A).close()
    first = sorted(folder.glob("*.sqlite"))
    for _ in range(3):
        Store.open(path, user="x", origin=SITE_A).close()
    assert sorted(folder.glob("*.sqlite")) == first and len(first) == 1
    store = Store.open(path, user="x", origin=SITE_A)
    with store.write("Ändra") as tx:
        tx.insert("party", {"name": "Ny part", "kind": "kommun"})
    store.close()
    Store.open(path, user="x", origin=SITE_A).close()
    assert len(list(folder.glob("*.sqlite"))) == 2


def test_background_backup_copies_a_snapshot_and_skips_an_unchanged_file(tmp_path):
    path = tmp_path / "w.sqlite"
    store = Store.create(path, user="x", origin=SITE_A)
    with store.write("Ny") as tx:
        tx.insert("party", {"name": "Före", "kind": "kommun"})
    job = backup.BackgroundBackup(path).start()
    with store.write("Ny") as tx:  # the store keeps writing while the copy runs
        tx.insert("party", {"name": "Under", "kind": "kommun"})
    assert job.wait(30)
    copy = job.result
    assert isinstance(copy, Path) and copy.parent == tmp_path / "w-säkerhetskopior"
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert "Före" in [r[0] for r in conn.execute("SELECT name FROM party")]
    conn.close()
    store.close()
    again = backup.BackgroundBackup(path).start()
    assert again.wait(30)
    assert isinstance(again.result, Path)  # "Under" was written after the first snapshot
    third = backup.BackgroundBackup(path).start()
    assert third.wait(30) and third.result is None
    assert len(list((tmp_path / "w-säkerhetskopior").glob("*.sqlite"))) == 2


def test_a_stopped_background_backup_leaves_nothing(tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite"
    Store.create(path, user="x", origin=SITE_A).close()
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    job = backup.BackgroundBackup(path)
    job._stop.set()  # stopped before the first step ends
    job.start()
    job.wait(30)
    assert isinstance(job.result, backup.Stopped)
    assert list((tmp_path / "w-säkerhetskopior").glob("*.sqlite*")) == []


def test_foreign_key_error_names_the_table(store):
    with pytest.raises(ValidationError, match="agreement_party"):
        with store.write("Trasig") as tx:
            tx.insert("agreement_party", {"agreement_uuid": "0" * 36, "party_uuid": "1" * 36})
    assert store.scalar("SELECT count(*) FROM agreement_party") == 0


def test_create_overwrite_drops_the_old_wal(tmp_path):
    path = tmp_path / "w.sqlite"
    old = Store.create(path, user="x", origin=SITE_A)
    with old.write("Ny part") as tx:
        tx.insert("party", {"name": "Kvar från förr"})
    # The old instance is still open: its WAL holds the row.
    fresh = Store.create(path, user="x", origin=SITE_A, overwrite=True)
    try:
        assert fresh.scalar("SELECT count(*) FROM party") == 0
    finally:
        fresh.close()
        old.conn.close()


def test_a_deleted_row_cannot_be_edited_until_restored(store):
    from samverkan_desktop.core.errors import NotFound

    with store.write("Ny") as tx:
        uuid = tx.insert("party", {"name": "Laxå kommun"})
    with store.write("Ta bort") as tx:
        tx.delete("party", uuid)
    with pytest.raises(NotFound, match="borttagen"):
        with store.write("Ändra") as tx:
            tx.update("party", uuid, {"short_name": "Laxå"})
    with store.write("Ändra igen") as tx:
        tx.ensure("party", uuid, {"short_name": "Laxå"})
    assert store.get("party", uuid)["deleted"] == 0 and store.get("party", uuid)["short_name"] == "Laxå"


def test_reading_a_closed_workspace_leaves_nothing_beside_it(store, tmp_path):
    """A read-only command (info, pdf) on a file nobody has open writes no -wal or -shm next to it:
    a -shm left there made the file look half written to a merge that received it."""
    from samverkan_desktop.core.store.database import connect

    path = store.path
    store.close()
    conn = connect(path, read_only=True)
    assert conn.execute("SELECT count(*) FROM agreement").fetchone()[0] == 0
    conn.close()
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [path.name]

    # While a writer has it open, a reader still sees the writer's committed rows (from the -wal).
    writer = Store.open(path, user="A", origin=SITE_A, make_backup=False)
    with writer.write("Ny part") as tx:
        tx.insert("party", {"name": "Kumla kommun", "kind": "kommun", "short_name": ""})
    reader = connect(path, read_only=True)
    assert [r[0] for r in reader.execute("SELECT name FROM party")] == ["Kumla kommun"]
    reader.close()
    writer.close()
