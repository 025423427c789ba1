"""The same received file again is recognised by its SHA-256 before it is read (core/exchange/seen.py),
and only while the workspace holds what that file brought."""

from __future__ import annotations

import shutil
from pathlib import Path

from samverkan_desktop.cli import main
from samverkan_desktop.core.exchange import export, merge, receive, seen
from samverkan_desktop.core.store import backup, restore
from samverkan_desktop.core.store.database import Store

from .exchange_util import SITES, edit, pair


def _export(store: Store, path):
    export.export_workspace(store, path, exporter_name=store.user, organisation="Test")
    return path


def _merge(store: Store, path):
    received = receive.read_received(path, lazy=True)
    try:
        return merge.apply_merge(store, received, make_backup=False)
    finally:
        received.close()


def test_the_same_file_again_is_not_read(tmp_path, monkeypatch, capsys):
    a, b, ids = pair(tmp_path)
    edit(a, "party", ids["kommun"], {"short_name": "ÖK"})
    sent = _export(a, tmp_path / "från-a.sqlite")
    target = b.path
    b.close()
    assert main(["--user", "B", "merge", str(target), str(sent)]) == 0
    assert "1 ändrad" in capsys.readouterr().out

    def no_read(*_args, **_kw):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(receive, "read_received", no_read)
    assert main(["--user", "B", "merge", str(target), str(sent)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Från från-a.sqlite\nInget nytt i filen: den lästes in 20")
    # A different file with the same content is read (and has nothing new).
    monkeypatch.undo()
    again = _export(a, tmp_path / "från-a-igen.sqlite")
    assert seen.digest(again) != seen.digest(sent)
    assert main(["--user", "B", "merge", str(target), str(again)]) == 0
    assert "Inget nytt i filen." in capsys.readouterr().out


def test_a_backup_from_before_the_merge_does_not_remember_it(tmp_path):
    a, b, ids = pair(tmp_path)
    edit(a, "party", ids["kommun"], {"short_name": "ÖK"})
    sent = _export(a, tmp_path / "från-a.sqlite")
    before = backup.rotate_backup(b)
    assert _merge(b, sent).preview.summary().startswith("0 nya, 1 ändrad")
    assert _merge(b, sent).preview.merged_before
    path = restore.restore_backup(b, before)
    b = Store.open(path, user="Samordnare B", origin=SITES["B"], make_backup=False)
    assert b.get("party", ids["kommun"])["short_name"] != "ÖK"
    result = _merge(b, sent)  # read and merged again: the restored file never had it
    assert not result.preview.merged_before and b.get("party", ids["kommun"])["short_name"] == "ÖK"
    b.close()


def test_an_encrypted_file_is_recognised_by_its_rows(tmp_path):
    a, _b, _ids = pair(tmp_path)
    password = tmp_path / "lösen.txt"
    password.write_text("hemligt lösenord 123\n", encoding="utf-8")
    out = tmp_path / "krypterad.sqlite"
    assert main(["--user", "A", "export", str(a.path), str(out), "--password-file", str(password)]) == 0
    assert seen.digest(out) is None


def test_a_workspace_of_an_older_version_is_upgraded_and_merged_as_before(tmp_path, capsys):
    # The look for a file merged before opens the workspace read-only, which an older version
    # refuses: the merge then opens (and upgrades) it as it always did.
    old = tmp_path / "gammal.sqlite"
    shutil.copyfile(Path(__file__).parent / "data" / "workspace-v1.sqlite", old)
    a, _b, ids = pair(tmp_path)
    edit(a, "party", ids["kommun"], {"short_name": "ÖK"})
    sent = _export(a, tmp_path / "från-a.sqlite")
    assert main(["--user", "B", "merge", str(old), str(sent)]) == 0
    assert "nya" in capsys.readouterr().out
    assert main(["--user", "B", "merge", str(old), str(sent)]) == 0
    assert "Inget nytt i filen: den lästes in" in capsys.readouterr().out
