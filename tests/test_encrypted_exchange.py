"""Encrypted exchange files: a round trip, a wrong passphrase and a changed byte."""

from __future__ import annotations

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core.errors import HostileFile
from samverkan_desktop.core.exchange import crypto, export, receive

from .exchange_util import copies
from .test_exchange_ui import scene  # noqa: F401 (the fixture)


@pytest.fixture
def files(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    with stores["A"].write("Ny") as tx:
        tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": "Klotter vid torget",
                              "raised_year": 2026, "raised_week": 14})
    paths = {n: s.path for n, s in stores.items()}
    for s in stores.values():
        s.close()
    password = tmp_path / "lösen.txt"
    password.write_text("korrekt häst batteri häftklammer\n", encoding="utf-8")
    return paths, password, tmp_path


def test_round_trip_through_the_cli(files, capsys):
    paths, password, tmp = files
    out = tmp / "delad.samverkan"
    assert main(["export", str(paths["A"]), str(out), "--password-file", str(password)]) == 0
    data = out.read_bytes()
    assert data.startswith(crypto.MAGIC) and b"Klotter" not in data and b"SQLite format 3" not in data
    assert not list(tmp.glob(".*.tmp")), "no temporary file left"
    assert main(["merge", str(paths["B"]), str(out)]) == 1
    assert "krypterad" in capsys.readouterr().err
    assert main(["merge", str(paths["B"]), str(out), "--password-file", str(password)]) == 0
    assert "1 ny" in capsys.readouterr().out
    # The plain export is still there.
    plain = tmp / "plain.sqlite"
    assert main(["export", str(paths["A"]), str(plain)]) == 0
    assert plain.read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase_and_changed_bytes_are_one_line(files, capsys):
    paths, password, tmp = files
    out = tmp / "delad.samverkan"
    assert main(["export", str(paths["A"]), str(out), "--password-file", str(password)]) == 0
    wrong = tmp / "fel.txt"
    wrong.write_text("fel lösen", encoding="utf-8")
    capsys.readouterr()
    assert main(["merge", str(paths["B"]), str(out), "--password-file", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "fel lösenord" in err
    original = out.read_bytes()
    for where in (9, crypto.HEADER - 1, crypto.HEADER + 100, len(original) - 1):  # salt, nonce, data, tag
        changed = bytearray(original)
        changed[where] ^= 0x01
        out.write_bytes(bytes(changed))
        with pytest.raises(HostileFile, match="fel lösenord, eller så har filen ändrats"):
            receive.read_received(out, "korrekt häst batteri häftklammer")
    out.write_bytes(original[:30])
    with pytest.raises(HostileFile):
        receive.read_received(out, "korrekt häst batteri häftklammer")


def test_core_round_trip_keeps_the_file_intact(files):
    from samverkan_desktop.core.store.database import Store

    paths, _password, tmp = files
    store = Store.open(paths["A"], user="A", origin="00000000-0000-4000-8000-000000000001", make_backup=False)
    try:
        out = export.export_workspace(store, tmp / "x.enc", exporter_name="A", passphrase="hemligt")
    finally:
        store.close()
    received = receive.read_received(out, "hemligt")
    try:
        assert received.manifest["exported_by"] == "A"
        assert received.conn.execute("SELECT count(*) FROM problem").fetchone()[0] == 1
    finally:
        received.close()


def test_share_with_a_passphrase_and_import_it(qtbot, scene, monkeypatch, tmp_path):  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    from samverkan_desktop.ui.exchange import menu as exchange_menu
    from samverkan_desktop.ui.exchange.share import ShareDialog

    from .test_exchange_ui import _wait_task

    window, _received, _ids = scene
    monkeypatch.setattr("samverkan_desktop.ui.exchange.share.QMessageBox.information", lambda *a: None)
    dialog = ShareDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("hemligt")
    dialog.repeat.setText("hemligt")
    out = tmp_path / "dela.sqlite"
    _wait_task(qtbot, dialog.start(out))
    assert crypto.is_encrypted(out.read_bytes())
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("hemligt", True))
    ex = window.extensions[exchange_menu]
    _wait_task(qtbot, ex.import_dialog(out))
    assert asked and "krypterad" in asked[0]
    assert ex.preview_dialog is not None
    ex.preview_dialog.close()
