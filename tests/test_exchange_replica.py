"""Replica identity: a site id per installation and file, so no version-vector counter is issued
twice — not after a restore from a backup, not in a copy, not in a file put back by hand."""

from __future__ import annotations

import shutil

from samverkan_desktop.core.exchange import conflicts
from samverkan_desktop.core.store import backup, restore, site
from samverkan_desktop.core.store.database import Store

from .exchange_util import SITES, content, copies, edit, send, send_both


def _holder(store, ids):
    return store.get("guaranteed_resource", ids["resource"])["holder"]


def _edit(store, ids, value):
    edit(store, "guaranteed_resource", ids["resource"], {"holder": value})


def test_same_file_reopened_keeps_its_site_and_a_new_file_of_the_installation_gets_another(tmp_path):
    stores, _ids = copies(tmp_path, "A")
    a = stores["A"]
    assert a.origin == SITES["A"], "the installation's first file writes as the installation"
    path = a.path
    a.close()
    again = Store.open(path, user="A", origin=SITES["A"], make_backup=False)
    assert again.origin == SITES["A"]
    again.close()
    other = Store.create(tmp_path / "annan.sqlite", user="A", origin=SITES["A"])
    assert other.origin not in (SITES["A"], "")
    other.close()


def test_restore_from_backup_writes_as_a_new_site_and_the_peer_sees_the_edit(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    saved = backup.rotate_backup(a)
    _edit(a, ids, "Kim")
    send(a, b, tmp_path)
    assert _holder(b, ids) == "Kim"
    path = restore.restore_backup(a, saved)
    a = Store.open(path, user="A", origin=SITES["A"], make_backup=False)
    assert a.origin != SITES["A"], "a restored file must not reuse the counters of its old site"
    _edit(a, ids, "Alex")  # with the old site this carried the vector B has already seen
    result = send(a, b, tmp_path)
    assert result.preview.total("conflict") == 1, result.preview.lines()
    send(b, a, tmp_path)
    assert content(a) == content(b)
    values = {_holder(b, ids)} | {c.mine for c in conflicts.open_conflicts(b)} | {
        c.theirs for c in conflicts.open_conflicts(b)}
    assert {"Kim", "Alex"} <= values, "neither edit is lost"
    a.close()
    b.close()


def test_a_copy_edited_beside_its_original_becomes_a_site_of_its_own(tmp_path):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    copy = tmp_path / "kopia.sqlite"
    a.close()
    shutil.copyfile(a.path, copy)
    a = Store.open(a.path, user="A", origin=SITES["A"], make_backup=False)
    c = Store.open(copy, user="A", origin=SITES["A"], make_backup=False)
    assert a.origin == SITES["A"] and c.origin != a.origin
    _edit(a, ids, "Kim")
    _edit(c, ids, "Sam")
    send_both(c, a, tmp_path)
    assert content(a) == content(c)
    assert len(conflicts.open_conflicts(a)) == 1
    a.close()
    c.close()


def test_a_file_put_back_by_hand_behind_the_high_water_mark_gets_a_new_site(tmp_path):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    path = a.path
    a.close()
    old = path.read_bytes()
    a = Store.open(path, user="A", origin=SITES["A"], make_backup=False)
    _edit(a, ids, "Kim")
    assert site.high_water(SITES["A"])["lamport"] == int(a.meta("lamport"))
    a.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(old)  # the older copy, put back over the file
    a = Store.open(path, user="A", origin=SITES["A"], make_backup=False)
    assert a.origin != SITES["A"]
    a.close()


def test_a_file_opened_by_another_installation_writes_as_another_site(tmp_path, monkeypatch):
    stores, _ids = copies(tmp_path, "A")
    a = stores["A"]
    a.close()
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(tmp_path / "annan-dator"))
    b = Store.open(a.path, user="B", origin=SITES["B"], make_backup=False)
    assert b.origin == SITES["B"]
    b.close()
