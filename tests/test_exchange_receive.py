"""Hostile received files: each is refused with one clear Swedish line; nothing is harmed or created."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from samverkan_desktop.core.errors import HostileFile
from samverkan_desktop.core.exchange import export, merge, receive
from samverkan_desktop.core.store import migrate
from samverkan_desktop.core.store.database import Store

from .exchange_util import copies, edit
from .schema_util import undo_steps_above


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "ws").mkdir()
    stores, ids = copies(tmp_path / "ws", "AB")
    a, b = stores["A"], stores["B"]
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    good = tmp_path / "bra.sqlite"
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    export.export_workspace(a, good, exporter_name="Anna", organisation="Örebro kommun")
    a.close()
    yield b, good, inbox
    try:
        b.close()
    except sqlite3.ProgrammingError:
        pass  # a test closed it already


def _edit(src, dst, *statements, version=None):
    """A copy of ``src`` altered with raw SQL (what a hostile sender could do)."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst)
    for sql in statements:
        conn.execute(sql)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return dst


def _wal_with_side_file(src, dst):
    shutil.copyfile(src, dst)
    code = (f"import sqlite3,os; c=sqlite3.connect({str(dst)!r}); c.execute('PRAGMA journal_mode=WAL');"
            "c.execute('PRAGMA wal_autocheckpoint=0'); c.execute(\"UPDATE guaranteed_resource SET holder='X'\");"
            "c.commit(); os._exit(0)")  # exit without checkpoint: the -wal stays beside the file
    subprocess.run([sys.executable, "-c", code], check=True)
    assert dst.with_name(dst.name + "-wal").stat().st_size > 0
    return dst


def _bitflip(src, dst):
    data = bytearray(src.read_bytes())
    for offset in range(4096 + 40, len(data), 997):
        data[offset] ^= 0x5A
    dst.write_bytes(bytes(data))
    return dst


CASES = {
    "inte sqlite": (lambda src, d: _write(d, "hej, detta är ett brev".encode()), "ingen SQLite-databas"),
    "avkortad": (lambda src, d: _write(d, src.read_bytes()[:5000]), "avkortad"),
    "bitfel": (_bitflip, "skadad"),
    "främmande schema": (lambda src, d: _foreign(d), "ingen fil från Samverkan"),
    "främmande tabell": (lambda src, d: _edit(src, d, "CREATE TABLE spion (x)"), "främmande objekt"),
    "extra trigger": (lambda src, d: _edit(src, d, "CREATE TRIGGER t AFTER INSERT ON party BEGIN "
                                                   "DELETE FROM party; END"), "trigger"),
    "vy i stället för tabell": (lambda src, d: _edit(src, d, "DROP TABLE meeting",
                                                     "CREATE VIEW meeting AS SELECT * FROM party"), "vy"),
    "ändrad check": (lambda src, d: _edit(src, d, "DROP INDEX code_item_list",
                                          "CREATE INDEX code_item_list ON code_item (label)"), "ändrad"),
    "stor blob": (lambda src, d: _edit(src, d, "UPDATE guaranteed_resource SET holder = zeroblob(3000000)"),
                  "binärdata"),
    "jättetext": (lambda src, d: _edit(src, d, "UPDATE guaranteed_resource SET holder = "
                                               "printf('%.*c', 2000000, 'x')"), "för stort"),
    "ogiltig utf-8": (lambda src, d: _edit(src, d, "UPDATE guaranteed_resource SET holder = "
                                                   "CAST(X'4BE4FF6D' AS TEXT)"), "UTF-8"),
    "ogiltig klocka": (lambda src, d: _edit(src, d, "UPDATE party SET clock = '{\"v\": [1,2]}'"), "versionsklocka"),
    "ogiltigt uuid": (lambda src, d: _edit(src, d, "PRAGMA foreign_keys=OFF",
                                           "UPDATE contact_person SET uuid = uuid",
                                           "UPDATE agreement_party SET party_uuid = 'x' || substr(party_uuid, 2)"),
                      "uuid"),
    "bruten check": (lambda src, d: _edit(src, d, "PRAGMA ignore_check_constraints=ON",
                                          "UPDATE guaranteed_resource SET status = 'påhittad'"), "ogiltigt värde"),
    "nyare version": (lambda src, d: _edit(src, d, version=migrate.schema_version() + 1), "nyare version"),
    "wal med -wal bredvid": (_wal_with_side_file, "inte färdigskriven"),
}


def _write(dst, data: bytes):
    dst.write_bytes(data)
    return dst


def _foreign(dst):
    conn = sqlite3.connect(dst)
    conn.execute("CREATE TABLE kunder (namn TEXT)")
    conn.commit()
    conn.close()
    return dst


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_clearly_and_harms_nothing(setup, case):
    b, good, inbox = setup
    make, words = CASES[case]
    bad = make(good, inbox / "mottagen.sqlite")
    listing = sorted(p.name for p in inbox.iterdir())
    live = b.path
    b.close()  # closed: its bytes are final and comparable
    live_before = live.read_bytes()
    store = Store.open(live, user="B", origin=b.origin, make_backup=False)
    try:
        with pytest.raises(HostileFile) as info:
            received = receive.read_received(bad)
            merge.apply_merge(store, received, make_backup=False)
        message = str(info.value)
        assert "\n" not in message and words in message, message
        assert message.startswith("mottagen.sqlite kan inte läsas in:")
    finally:
        store.close()
    assert live.read_bytes() == live_before, "the live file is byte-identical"
    assert sorted(p.name for p in inbox.iterdir()) == listing, "no file appeared beside the received one"


def test_wal_header_without_side_file_is_read_in_memory(setup):
    b, good, inbox = setup
    dst = inbox / "wal.sqlite"
    shutil.copyfile(good, dst)
    conn = sqlite3.connect(dst)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()  # checkpointed: the -wal is gone, the header still says WAL
    assert dst.read_bytes()[18:20] == b"\x02\x02"
    listing = sorted(p.name for p in inbox.iterdir())
    received = receive.read_received(dst)
    assert merge.preview_merge(b, received).total("changed") == 1
    received.close()
    assert sorted(p.name for p in inbox.iterdir()) == listing
    assert dst.read_bytes()[18:20] == b"\x02\x02", "the received file is not touched"


def test_older_file_is_upgraded_in_memory(setup):
    b, good, inbox = setup
    old = inbox / "gammal.sqlite"
    shutil.copyfile(good, old)
    conn = sqlite3.connect(old)
    undo_steps_above(conn, 3)  # exchange_manifest came with step 4
    conn.commit()
    conn.close()
    before = old.read_bytes()
    received = receive.read_received(old)
    assert received.manifest == {}
    assert merge.preview_merge(b, received).total("changed") == 1
    received.close()
    assert old.read_bytes() == before


def test_too_big_file_is_refused_before_reading(setup, monkeypatch):
    b, good, inbox = setup
    monkeypatch.setattr(receive, "MAX_BYTES", 4096)
    with pytest.raises(HostileFile, match="mer än gränsen"):
        receive.read_received(good)


def test_broken_reference_is_refused(setup):
    b, good, inbox = setup
    bad = _edit(good, inbox / "trasig.sqlite", "PRAGMA foreign_keys=OFF", "DELETE FROM agreement")
    with pytest.raises(HostileFile, match="trasig referens"):
        receive.read_received(bad)
