"""Deleted means gone: a tombstone keeps uuid, clock, who and when; its text is nowhere on disk."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop.core.exchange import export
from samverkan_desktop.core.store import backup, replay
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A
from .exchange_util import delete, edit, pair, send, send_both

SECRET = "Kalle Hemligsson ABC123 sågs vid kiosken"


def _bytes(path: Path) -> bytes:
    out = path.read_bytes()
    for side in ("-wal", "-journal"):
        extra = path.with_name(path.name + side)
        if extra.exists():
            out += extra.read_bytes()
    return out


def _plant(store: Store) -> str:
    incident = store.scalar("SELECT uuid FROM incident WHERE deleted = 0 LIMIT 1")
    with store.write("Fel") as tx:
        tx.update("incident", incident, {"description": SECRET})
    return incident


def test_deleted_text_is_gone_from_file_wal_export_and_later_backup(demo_path, tmp_path):
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    incident = _plant(store)
    store.close()  # the text is checkpointed into the main file
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    assert SECRET.encode() in _bytes(demo_path)
    with store.write("Ta bort händelse") as tx:
        tx.delete("incident", incident)
    undo_stack = tx.changes
    row = store.get("incident", incident)
    assert row["deleted"] == 1 and row["description"] == ""
    assert SECRET.encode() not in _bytes(demo_path), "main file and WAL, while open"
    out = export.export_workspace(store, tmp_path / "ut.sqlite", exporter_name="TS")
    assert SECRET.encode() not in out.read_bytes()
    copy = backup.rotate_backup(store, tmp_path / "kopior")
    assert SECRET.encode() not in copy.read_bytes()
    # The session's undo stack holds the text in memory and brings it back.
    replay.undo(store, undo_stack)
    assert store.get("incident", incident)["description"] == SECRET
    with store.write("Ta bort igen") as tx:
        tx.delete("incident", incident)
    store.close()
    assert SECRET.encode() not in _bytes(demo_path), "after closing"


def test_tombstone_keeps_only_what_merge_needs(store):
    with store.write("Ny") as tx:
        person = tx.insert("contact_person", {"name": "Anna Svensson", "title": "Samordnare",
                                              "email": "anna@example.se", "phone": "070-1234567"})
    delete(store, "contact_person", person)
    row = store.get("contact_person", person)
    assert (row["name"], row["title"], row["email"], row["phone"]) == ("–", "", "", "")
    assert row["updated_by"] == "TS" and row["clock"] and row["deleted"] == 1
    audit = store.query("SELECT action, changes FROM audit WHERE row_uuid = ?", (person,))
    assert [tuple(a) for a in audit] == [("insert", ""), ("delete", "")]


def test_received_tombstone_clears_content_and_an_edit_against_a_delete_loses_nothing(tmp_path):
    a, b, ids = pair(tmp_path)
    try:
        with a.write("Ny") as tx:
            problem = tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": SECRET,
                                            "raised_year": 2026, "raised_week": 14})
        send(a, b, tmp_path)
        assert b.get("problem", problem)["description"] == SECRET
        delete(a, "problem", problem)
        send(a, b, tmp_path)
        assert b.get("problem", problem)["deleted"] == 1
        assert SECRET.encode() not in _bytes(b.path)
        assert b.get("problem", problem) == {**a.get("problem", problem), "version": b.get("problem", problem)["version"]}

        # A resource deleted at A while B edits it: the row stays alive with every value on both sides.
        delete(a, "guaranteed_resource", ids["resource"])
        edit(b, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
        send_both(b, a, tmp_path)
        for s in (a, b):
            row = s.get("guaranteed_resource", ids["resource"])
            assert (row["deleted"], row["text"], row["holder"], row["extent_fte"]) == (0, "Samordnare", "Kim", 1.0)
    finally:
        a.close()
        b.close()


def test_upgrade_clears_old_tombstones_and_audit_values(store):
    import sqlite3

    from .schema_util import undo_steps_above

    with store.write("Ny") as tx:
        person = tx.insert("contact_person", {"name": "Anna Svensson", "email": "anna@example.se"})
    path = store.path
    store.close()
    conn = sqlite3.connect(path)  # as version 5 left it: text in a tombstone, values in the audit
    conn.execute("UPDATE contact_person SET deleted = 1 WHERE uuid = ?", (person,))
    conn.execute("UPDATE audit SET action = 'update', changes = ? WHERE row_uuid = ?",
                 ('{"name": [null, "Anna Svensson"], "_conflicts": {"email": {"mine": "a", "theirs": "b"}}}', person))
    undo_steps_above(conn, 5)  # the columns later steps added go too (merge_conflict.writes, 8)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    upgraded = Store.open(path, user="TS", origin=SITE_A, make_backup=False)
    try:
        row = upgraded.get("contact_person", person)
        assert (row["name"], row["email"]) == ("–", "")
        assert upgraded.scalar("SELECT changes FROM audit WHERE row_uuid = ?", (person,)) == "name,!email"
    finally:
        upgraded.close()
    assert b"Anna Svensson" not in _bytes(path)
