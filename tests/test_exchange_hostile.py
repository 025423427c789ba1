"""Hostile clocks and values, half-written files and escape codes, through ``samverkan merge``:
each is one Swedish line and exit 1, the live file stays byte-identical, nothing is left beside
either file."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core.exchange import export
from samverkan_desktop.core.store import site
from samverkan_desktop.core.store.database import Store

from .exchange_util import copies, edit


@pytest.fixture
def world(tmp_path):
    """A live workspace of this installation (B) and a good file from A in an inbox."""
    (tmp_path / "ws").mkdir()
    stores, ids = copies(tmp_path / "ws", "AB")
    a, b = stores["A"], stores["B"]
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    good = tmp_path / "bra.sqlite"
    export.export_workspace(a, good, exporter_name="Anna", organisation="Örebro kommun")
    a.close()
    b.close()
    live_dir = tmp_path / "live"
    live_dir.mkdir()
    live = live_dir / "arbetsyta.sqlite"
    shutil.copyfile(b.path, live)
    # Opened once by this installation, so its site is settled (a merge then writes nothing first).
    s = Store.open(live, user="B", origin=site.site_id(), make_backup=False)
    me = s.origin
    s.close()
    return live, good, inbox, me


def _edit(src, dst, *statements):
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return dst


def _hot_journal(src, dst):
    shutil.copyfile(src, dst)
    dst.with_name(dst.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    return dst


def _utf16(src, dst):
    # The fuzz found it (header mutations, seeds 21, 23, 24): a file whose header names another text
    # encoding (UTF-16, or a value that is none) reads, but cannot be attached to the workspace for
    # the merge; it is refused as damaged by its header, before anything reads it.
    old = sqlite3.connect(src)
    new = sqlite3.connect(dst)
    new.execute("PRAGMA encoding = 'UTF-16le'")
    new.executescript(";\n".join(old.iterdump()))
    for pragma in ("application_id", "user_version"):
        new.execute(f"PRAGMA {pragma} = {old.execute(f'PRAGMA {pragma}').fetchone()[0]}")
    new.commit()
    old.close()
    new.close()
    return dst


def _wal_through_symlink(src, dst):
    real_dir = dst.parent.parent / "någon-annanstans"
    real_dir.mkdir()
    real = real_dir / "riktig.sqlite"
    shutil.copyfile(src, real)
    real.with_name(real.name + "-wal").write_bytes(b"x" * 4096)
    dst.symlink_to(real)
    return dst


CASES = {
    "lamport 2^63-1": (lambda me: ("UPDATE party SET lamport = 9223372036854775807",), "för stort"),
    "version 2^63-1": (lambda me: ("UPDATE guaranteed_resource SET version = 9223372036854775807",), "för stort"),
    "lamport långt före": (lambda me: ("UPDATE party SET lamport = 4503599627370496",), "orimligt långt"),
    "förfalskad egen vektor": (lambda me: (
        f"UPDATE guaranteed_resource SET clock = json_set(clock, '$.v.\"{me}\"', 7)",), "förfalskad"),
    "djup klocka": (lambda me: ("UPDATE party SET clock = '{\"v\":' || printf('%.*c', 200000, '[') || '}'",),
                    "versionsklocka"),
    "ogiltigt datum": (lambda me: ("UPDATE agreement SET period_from = '2026-02-30'",), "giltigt datum"),
    "escapekoder": (lambda me: ("UPDATE agreement SET period_from = '2026' || char(27) || '[2J' || char(7)",),
                    "giltigt datum"),
}


@pytest.mark.parametrize("case", sorted(CASES) + ["het journal", "wal via symlänk", "utf-16"])
def test_refused_in_one_line_live_file_untouched_nothing_left(world, case, capsys):
    live, good, inbox, me = world
    received = inbox / "mottagen.sqlite"
    if case == "het journal":
        _hot_journal(good, received)
        words = "inte färdigskriven"
    elif case == "wal via symlänk":
        _wal_through_symlink(good, received)
        words = "inte färdigskriven"
    elif case == "utf-16":
        _utf16(good, received)
        words = "textkodningen"
    else:
        statements, words = CASES[case][0](me), CASES[case][1]
        _edit(good, received, *statements)
    listings = {d: sorted(p.name for p in d.iterdir()) for d in (inbox, live.parent)}
    before = live.read_bytes()
    code = main(["--user", "B", "merge", str(live), str(received)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("samverkan: mottagen.sqlite kan inte läsas in:"), err
    assert words in err, err
    assert not any(ord(c) < 32 for c in err.rstrip("\n")), repr(err)
    assert live.read_bytes() == before, "the live file is byte-identical"
    assert {d: sorted(p.name for p in d.iterdir()) for d in listings} == listings, "nothing left beside"


def test_escape_codes_in_a_good_file_never_reach_the_terminal(world, capsys):
    live, good, inbox, _me = world
    received = _edit(good, inbox / "mottagen.sqlite",
                     "UPDATE exchange_manifest SET value = 'Anna' || char(27) || ']0;pwnd' || char(7) "
                     "|| char(27) || '[2J' WHERE key = 'exported_by'",
                     "UPDATE guaranteed_resource SET text = 'Sam' || char(27) || '[31mordnare', "
                     "holder = 'Kim' || char(27) || '[5m'")
    assert main(["--user", "B", "merge", str(live), str(received)]) == 0
    assert main(["--user", "B", "conflicts", str(live)]) == 0
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err and "\x07" not in out.out + out.err
    assert "Anna" in out.out


def test_leftover_temporary_files_are_swept_at_the_next_open(world):
    import os

    live, _good, _inbox, _me = world
    backups = live.with_name(f"{live.stem}-säkerhetskopior")
    backups.mkdir()
    old = [live.with_name(f".{live.name}.1a2b3c4d.tmp"), live.with_name(f".{live.name}.1a2b3c4d.tmp-journal"),
           backups / f"{live.stem}_auto_2026-11-01_101010_000000.sqlite.tmp"]
    fresh = live.with_name(f".{live.name}.9f9f9f9f.tmp")  # a write still running elsewhere
    for p in [*old, fresh]:
        p.write_bytes(b"halv")
    for p in old:
        os.utime(p, (0, 0))
    Store.open(live, user="B", origin=site.site_id(), make_backup=False).close()
    assert not any(p.exists() for p in old) and fresh.exists()


@pytest.mark.parametrize("value", [0, 2, 3, 4])
def test_a_header_that_names_another_text_encoding_is_refused(world, capsys, value):
    live, good, inbox, _me = world
    received = inbox / "mottagen.sqlite"
    data = bytearray(good.read_bytes())
    data[56:60] = value.to_bytes(4, "big")
    received.write_bytes(bytes(data))
    before = live.read_bytes()
    assert main(["--user", "B", "merge", str(live), str(received)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "textkodningen är inte UTF-8" in err, err
    assert live.read_bytes() == before
