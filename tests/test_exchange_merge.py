"""Merging received files: new rows, idempotence, conflicts kept, deletions, edit against delete."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.core.exchange import conflicts, export, merge, receive
from samverkan_desktop.core.store import history
from samverkan_desktop.core.store.stamps import natural_uuid

from .exchange_util import SITES, content, copies, delete, edit, send, send_both


@pytest.fixture
def ab(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    yield stores["A"], stores["B"], ids
    for s in stores.values():
        s.close()


def _snapshot(store):
    tables = ["audit", "merge_conflict", "workspace_meta", *store.merge_tables]
    return {t: [tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}


def test_new_row_arrives_with_its_author_and_clock(ab, tmp_path):
    a, b, ids = ab
    with a.write("Ny åtgärd") as tx:
        new = tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": "Klotter vid torget",
                                    "raised_year": 2026, "raised_week": 14})
    result = send(a, b, tmp_path)
    assert result.preview.total("new") == 1
    row_a, row_b = a.get("problem", new), b.get("problem", new)
    assert row_b == row_a, "inserted as it is, metadata and clock included"
    assert row_b["origin"] == SITES["A"] and row_b["updated_by"] == "Samordnare A"
    audit = b.query("SELECT action, by, source FROM audit WHERE row_uuid = ?", (new,))
    assert [tuple(r) for r in audit] == [("merge", "Samordnare A", result.preview.source)]
    assert "Samordnare A (Test)" in result.preview.source


def test_merging_the_same_file_twice_changes_nothing(ab, tmp_path):
    a, b, ids = ab
    with a.write("Ändra") as tx:
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Kim"})
        tx.delete("agreement_party", ids["ap"])
        tx.insert("party", {"name": "Kumla kommun"})
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    out = tmp_path / "a.sqlite.dela"
    export.export_workspace(a, out, exporter_name="A")
    received = receive.read_received(out)
    first = merge.apply_merge(b, received, make_backup=False)
    assert first.changes and first.preview.total("conflict") == 1
    before = _snapshot(b)
    assert merge.preview_merge(b, received).empty
    second = merge.apply_merge(b, received, make_backup=False)
    received.close()
    assert not second.changes
    after = _snapshot(b)
    # Only the workspace's lamport may not move either: the snapshot is identical, audit included.
    assert after == before


def test_same_field_edited_by_two_is_one_conflict_and_nothing_is_lost(ab, tmp_path):
    a, b, ids = ab
    with a.write("Ändra") as tx:
        tx.update("agreement_party", ids["ap"], {"case_number": "KS 1382/2023"})
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Kim"})
    with b.write("Ändra") as tx:
        tx.update("agreement_party", ids["ap"], {"case_number": "KS 99/2024"})
        tx.update("guaranteed_resource", ids["resource"], {"status": "vakant"})  # another field: no conflict
    send_both(a, b, tmp_path)
    values = set()
    for store in (a, b):
        found = conflicts.open_conflicts(store)
        assert len(found) == 1, store.path
        c = found[0]
        assert (c.table, c.uuid, c.field) == ("agreement_party", ids["ap"], "case_number")
        values |= {c.mine, c.theirs}
        res = store.get("guaranteed_resource", ids["resource"])
        assert (res["holder"], res["status"]) == ("Kim", "vakant"), "different fields merge cleanly"
    assert values == {"KS 1382/2023", "KS 99/2024"}, "both values are kept"
    assert a.get("agreement_party", ids["ap"])["case_number"] == b.get("agreement_party", ids["ap"])["case_number"]
    assert content(a) == content(b)


def test_a_resolution_travels_and_settles_the_other_side(ab, tmp_path):
    a, b, ids = ab
    edit(a, "agreement_party", ids["ap"], {"case_number": "A-värdet"})
    edit(b, "agreement_party", ids["ap"], {"case_number": "B-värdet"})
    send_both(a, b, tmp_path)
    kept = a.get("agreement_party", ids["ap"])["case_number"]
    loser = "A-värdet" if kept == "B-värdet" else "B-värdet"
    # B picks the value the row does not hold now: it is a normal edit that wins everywhere.
    c = conflicts.open_conflicts(b)[0]
    choice = "mine" if c.mine == loser else "theirs"
    changes = conflicts.resolve(b, c.id, choice)
    assert changes and conflicts.count_open(b) == 0
    assert b.get("agreement_party", ids["ap"])["case_number"] == loser
    send(b, a, tmp_path)
    assert a.get("agreement_party", ids["ap"])["case_number"] == loser
    assert conflicts.count_open(a) == 0, "their decision settled my record of the conflict"
    # Keeping the value the row already holds still travels.
    edit(a, "agreement_party", ids["ap"], {"signatory_name": "Anna"})
    edit(b, "agreement_party", ids["ap"], {"signatory_name": "Bo"})
    send_both(a, b, tmp_path)
    held = a.get("agreement_party", ids["ap"])["signatory_name"]
    assert held == b.get("agreement_party", ids["ap"])["signatory_name"]
    # The coordinator whose value lost has the conflict; the one whose value was kept need not.
    assert conflicts.count_open(a) + conflicts.count_open(b) >= 1
    assert conflicts.count_open(a) <= 1 and conflicts.count_open(b) <= 1
    loser_store = b if conflicts.count_open(b) else a
    other = a if loser_store is b else b
    c = conflicts.open_conflicts(loser_store)[0]
    before = json.loads(other.get("agreement_party", ids["ap"])["clock"])["f"]["signatory_name"]
    conflicts.resolve(loser_store, c.id, "mine" if c.mine == held else "theirs")
    assert loser_store.get("agreement_party", ids["ap"])["signatory_name"] == held
    send(loser_store, other, tmp_path)
    after = json.loads(other.get("agreement_party", ids["ap"])["clock"])["f"]["signatory_name"]
    assert after[loser_store.origin] > before.get(loser_store.origin, 0), "the decision travelled"
    assert conflicts.count_open(other) == 0


def test_deletions_propagate_and_do_not_come_back(tmp_path):
    stores, ids = copies(tmp_path, "ABC")
    a, b, c = stores["A"], stores["B"], stores["C"]
    old_c = tmp_path / "c-gammal.sqlite"
    export.export_workspace(c, old_c, exporter_name="C")  # C's file from before the delete
    delete(a, "guaranteed_resource", ids["resource"])
    result = send(a, b, tmp_path)
    assert result.preview.total("deleted") == 1
    assert b.get("guaranteed_resource", ids["resource"])["deleted"] == 1
    received = receive.read_received(old_c)
    for store in (a, b):
        merge.apply_merge(store, received, make_backup=False)
        assert store.get("guaranteed_resource", ids["resource"])["deleted"] == 1, "no resurrection"
    received.close()
    send(b, c, tmp_path)
    assert c.get("guaranteed_resource", ids["resource"])["deleted"] == 1
    # A delete made after seeing an edit wins without a conflict.
    edit(c, "cooperation_form", ids["form"], {"description": "Veckomöte"})
    send(c, a, tmp_path)
    delete(a, "cooperation_form", ids["form"])
    send(a, c, tmp_path)
    assert c.get("cooperation_form", ids["form"])["deleted"] == 1
    assert conflicts.count_open(c) == 0
    for s in stores.values():
        s.close()


def test_edit_against_delete_is_a_conflict_and_the_row_stays(ab, tmp_path):
    a, b, ids = ab
    delete(a, "guaranteed_resource", ids["resource"])
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    send_both(a, b, tmp_path)
    for store in (a, b):
        row = store.get("guaranteed_resource", ids["resource"])
        assert row["deleted"] == 0 and row["holder"] == "Kim", "the edit is not lost"
        found = conflicts.open_conflicts(store)
        assert [(c.field, c.table) for c in found] == [("deleted", "guaranteed_resource")]
    assert content(a) == content(b)
    # A later merge of the same files keeps the row (the delete is remembered, not replayed).
    send(a, b, tmp_path)
    assert b.get("guaranteed_resource", ids["resource"])["deleted"] == 0
    # A decides to delete after all: that delete has seen the edit, so it wins at B too.
    c = conflicts.open_conflicts(a)[0]
    conflicts.resolve(a, c.id, "mine")
    assert a.get("guaranteed_resource", ids["resource"])["deleted"] == 1
    send(a, b, tmp_path)
    assert b.get("guaranteed_resource", ids["resource"])["deleted"] == 1
    assert conflicts.count_open(b) == 0


def test_rows_with_a_natural_key_created_on_both_sides_become_one(ab, tmp_path):
    a, b, ids = ab
    week = natural_uuid("est_week", ids["agreement"], 2026, 14)
    with a.write("Vecka") as tx:
        tx.ensure("est_week", week, {"agreement_uuid": ids["agreement"], "iso_year": 2026, "iso_week": 14,
                                     "participants": "Polis, kommun"})
    with b.write("Vecka") as tx:
        tx.ensure("est_week", week, {"agreement_uuid": ids["agreement"], "iso_year": 2026, "iso_week": 14,
                                     "situation_report": "Lugnt"})
    send_both(a, b, tmp_path)
    row = b.get("est_week", week)
    assert (row["participants"], row["situation_report"]) == ("Polis, kommun", "Lugnt")
    assert content(a) == content(b)
    assert conflicts.count_open(a) == conflicts.count_open(b) == 0


def test_history_shows_merged_changes_and_whose_file(ab, tmp_path):
    a, b, ids = ab
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    send(a, b, tmp_path)
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    entries = history.history(b, "guaranteed_resource", ids["resource"])
    assert [e.action for e in entries] == ["insert", "merge", "update"]
    merged = entries[1]
    assert merged.by == "Samordnare A" and "Samordnare A (Test)" in merged.source
    assert merged.changes == ["holder"]
    assert entries[2].changes == ["holder"] and entries[2].by == "Samordnare B"


def test_lamport_moves_past_the_received_rows(ab, tmp_path):
    a, b, ids = ab
    for i in range(5):
        edit(a, "guaranteed_resource", ids["resource"], {"holder": f"Kim {i}"})
    send(a, b, tmp_path)
    assert int(b.meta("lamport")) >= int(a.meta("lamport"))
    clock = json.loads(b.get("guaranteed_resource", ids["resource"])["clock"])
    assert clock["v"][SITES["A"]] == 5


def test_a_row_born_and_deleted_elsewhere_arrives_as_a_tombstone(ab, tmp_path):
    a, b, ids = ab
    with a.write("Ny") as tx:
        kumla = tx.insert("party", {"name": "Kumla kommun"})
    early = tmp_path / "a-tidig.sqlite"
    export.export_workspace(a, early, exporter_name="A")
    delete(a, "party", kumla)
    result = send(a, b, tmp_path)
    assert result.preview.total("new") == 0 and result.preview.silent >= 1
    assert b.get("party", kumla)["deleted"] == 1, "remembered as deleted"
    received = receive.read_received(early)
    merge.apply_merge(b, received, make_backup=False)
    received.close()
    assert b.get("party", kumla)["deleted"] == 1, "the older file does not bring it back"
