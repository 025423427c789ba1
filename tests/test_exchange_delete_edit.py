"""A delete against an edit it had not seen keeps the row with the edit and records one conflict
that settles both ways; ``samverkan set/delete/restore`` edit records through the core."""

from __future__ import annotations

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core.exchange import conflicts

from .exchange_util import SITES, content, copies, edit, send, send_both


def _concurrent_delete_and_edit(tmp_path, *, deleter_edits_too: bool):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    r = ids["resource"]
    with b.write("Ta bort") as tx:
        if deleter_edits_too:
            tx.update("guaranteed_resource", r, {"holder": "Kim"})
        tx.delete("guaranteed_resource", r)
    edit(a, "guaranteed_resource", r, {"holder": "Sam"})
    return a, b, r


@pytest.mark.parametrize("deleter_edits_too", [False, True])
def test_the_row_lives_with_the_edit_and_each_side_has_one_delete_conflict(tmp_path, deleter_edits_too):
    a, b, r = _concurrent_delete_and_edit(tmp_path, deleter_edits_too=deleter_edits_too)
    to_a = send(b, a, tmp_path)
    assert to_a.preview.delete_conflicts == 1 and to_a.preview.total("deleted") == 0
    assert "borttagning mot en ändring" in to_a.preview.summary()
    send(a, b, tmp_path)
    assert content(a) == content(b)
    for s, other in ((a, "Samordnare B"), (b, "Samordnare A")):
        row = s.get("guaranteed_resource", r)
        assert row["deleted"] == 0, "the edit is not lost"
        gone = [c for c in conflicts.open_conflicts(s) if c.field == "deleted"]
        assert len(gone) == 1
        assert "tog bort posten medan" in gone[0].description and other in gone[0].description
    held = {a.get("guaranteed_resource", r)["holder"]} | {
        v for c in conflicts.open_conflicts(a) + conflicts.open_conflicts(b) for v in (c.mine, c.theirs)}
    assert "Sam" in held
    a.close()
    b.close()


@pytest.mark.parametrize("choice,deleted", [("delete", 1), ("keep", 0)])
def test_settled_either_way_and_the_decision_travels(tmp_path, choice, deleted):
    a, b, r = _concurrent_delete_and_edit(tmp_path, deleter_edits_too=True)
    send_both(b, a, tmp_path)
    (c,) = [c for c in conflicts.open_conflicts(a) if c.field == "deleted"]
    conflicts.resolve(a, c.id, choice)
    send(a, b, tmp_path)
    for s in (a, b):
        assert s.get("guaranteed_resource", r)["deleted"] == deleted
        assert not [c for c in conflicts.open_conflicts(s) if c.field == "deleted"], "settled everywhere"
    send(b, a, tmp_path)
    assert content(a) == content(b)
    a.close()
    b.close()


def _cli(capsys, *args):
    code = main(["--user", "Admin", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _row_and_actions(path, r):
    from samverkan_desktop.core.store.database import Store
    s = Store.open(path, user="x", origin=SITES["A"], read_only=True)
    try:
        row = s.get("guaranteed_resource", r)
        actions = [x["action"] for x in s.query("SELECT action FROM audit WHERE row_uuid = ? ORDER BY id", (r,))]
    finally:
        s.close()
    return row, actions


def test_set_delete_restore_write_through_the_core(tmp_path, capsys):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    path = str(a.path)
    a.close()
    r = ids["resource"]
    assert _cli(capsys, "set", path, "guaranteed_resource", r, "holder=Kim", "extent_fte=0,5")[0] == 0
    row, actions = _row_and_actions(a.path, r)
    assert (row["holder"], row["extent_fte"], row["updated_by"], actions[-1]) == ("Kim", 0.5, "Admin", "update")
    assert _cli(capsys, "delete", path, "guaranteed_resource", r)[0] == 0
    assert _row_and_actions(a.path, r)[0]["deleted"] == 1
    assert _cli(capsys, "restore", path, "guaranteed_resource", r)[0] == 0
    row, actions = _row_and_actions(a.path, r)
    assert row["deleted"] == 0 and actions[-3:] == ["update", "delete", "restore"]


BAD = [
    (("set", "{p}", "spion", "{r}", "holder=Kim"), "Okänd tabell"),
    (("set", "{p}", "guaranteed_resource", "00000000-0000-4000-8000-999999999999", "holder=Kim"), "ingen post"),
    (("set", "{p}", "guaranteed_resource", "{r}", "skonummer=42"), "Okänt fält"),
    (("set", "{p}", "guaranteed_resource", "{r}", "status=påhittad"), "påhittad"),
    (("set", "{p}", "guaranteed_resource", "{r}", "extent_fte=mycket"), "inget tal"),
    (("set", "{p}", "agreement", "{a}", "period_from=2026-02-30"), "giltigt datum"),
    (("delete", "{p}", "guaranteed_resource", "nej"), "ingen post"),
    (("restore", "{p}", "party\x1b[31m", "{r}"), "Okänd tabell"),
]


def test_unknown_table_uuid_or_field_is_one_line_and_exit_1(tmp_path, capsys):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    a.close()
    for args, words in BAD:
        code, out, err = _cli(capsys, *(x.format(p=a.path, r=ids["resource"], a=ids["agreement"]) for x in args))
        assert code == 1 and words in err, (args, err)
        assert err.count("\n") == 1 and "\x1b" not in err
    from samverkan_desktop.core.store.database import Store
    s = Store.open(a.path, user="x", origin=SITES["A"], read_only=True)
    assert s.scalar("SELECT count(*) FROM audit WHERE by = 'Admin'") == 0, "nothing was written"
    s.close()
