"""Export files and the exchange commands of ``samverkan``; backup rotation and restore."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from samverkan_desktop import cli
from samverkan_desktop.core.agreement.queries import list_agreements
from samverkan_desktop.core.exchange import export, merge, receive
from samverkan_desktop.core.store import backup, migrate, restore
from samverkan_desktop.core.store.database import Store

from .exchange_util import content, copies, edit, pair


def test_export_is_one_clean_self_contained_file(demo_store, tmp_path):
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    out = export.export_workspace(demo_store, out_dir / "örebro.sqlite", agreement="Samverkansöverenskommelse 2024-2026",
                                  exporter_name="Anna Andersson", organisation="Örebro kommun")
    assert [p.name for p in out_dir.iterdir()] == ["örebro.sqlite"], "no -wal, no temporary file left"
    data = out.read_bytes()
    assert data[18:20] == b"\x01\x01", "rollback journal, not WAL"
    conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.schema_version()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("audit", "merge_conflict", "workspace_meta"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        manifest = dict(conn.execute("SELECT key, value FROM exchange_manifest"))
        titles = [r[0] for r in conn.execute("SELECT title FROM agreement")]
        incidents = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    finally:
        conn.close()
    assert manifest["exported_by"] == "Anna Andersson" and manifest["organisation"] == "Örebro kommun"
    assert manifest["schema_version"] == str(migrate.schema_version()) and manifest["app_version"]
    assert titles == ["Samverkansöverenskommelse 2024-2026"], "only the chosen agreement"
    assert incidents == demo_store.scalar(
        "SELECT count(*) FROM incident i JOIN agreement a ON a.uuid = i.agreement_uuid "
        "WHERE a.title = 'Samverkansöverenskommelse 2024-2026'")
    # Merged into an empty workspace it brings the whole agreement.
    empty = Store.create(tmp_path / "tom.sqlite", user="B", origin="00000000-0000-4000-8000-0000000000bb")
    received = receive.read_received(out)
    merge.apply_merge(empty, received, make_backup=False)
    received.close()
    assert [a["title"] for a in list_agreements(empty)] == titles
    assert empty.query("PRAGMA foreign_key_check") == []
    empty.close()


# The merge summary as the CLI prints it, in each language.
SUMMARY = {
    "sv": ("Från dela.sqlite: Anna (Örebro kommun), exporterad ", "0 nya, 1 ändrad, 0 borttagna, 0 konflikter",
           "  Resurser: 1 ändrad", "(provkörning: inget har ändrats)", "Inget nytt i filen: den lästes in 20"),
    "en": ("From dela.sqlite: Anna (Örebro kommun), exported ", "0 new, 1 changed, 0 deleted, 0 conflicts",
           "  Resources: 1 changed", "(dry run: nothing has changed)", "Nothing new in the file: it was merged 20"),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_cli_export_merge_and_dry_run(tmp_path, capsys, lang):
    source, summary, table, dry, nothing = SUMMARY[lang]
    a, b, ids = pair(tmp_path)
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    a.close()
    b.close()
    out = tmp_path / "dela.sqlite"
    assert cli.main(["--user", "A", "export", str(a.path), str(out), "--name", "Anna",
                     "--organisation", "Örebro kommun"]) == 0
    before = b.path.read_bytes()
    assert cli.main(["--lang", lang, "merge", str(b.path), str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert source in printed and summary in printed and table in printed and dry in printed, printed
    assert b.path.read_bytes() == before, "a dry run writes nothing"
    assert cli.main(["--lang", lang, "merge", str(b.path), str(out)]) == 0
    assert summary in capsys.readouterr().out
    assert cli.main(["--lang", lang, "merge", str(b.path), str(out)]) == 0
    assert nothing in capsys.readouterr().out


def test_cli_bad_file_exits_non_zero_with_one_line(tmp_path, capsys):
    stores, _ids = copies(tmp_path, "B")
    stores["B"].close()
    bad = tmp_path / "brev.sqlite"
    bad.write_text("inte en databas")
    assert cli.main(["merge", str(stores["B"].path), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "brev.sqlite kan inte läsas in" in err


def _fake_backups(folder, stamps):
    folder.mkdir(exist_ok=True)
    for t in stamps:
        (folder / f"ws_auto_{t.strftime('%Y-%m-%d_%H%M%S_%f')}.sqlite").write_bytes(b"")


def test_rotation_keeps_ten_recent_plus_daily_and_weekly(tmp_path):
    folder = tmp_path / "kopior"
    now = dt.datetime(2026, 11, 23, 12, 0)
    # 15 today, then one a day for 60 days back.
    stamps = [now - dt.timedelta(minutes=i) for i in range(15)]
    stamps += [now - dt.timedelta(days=d) for d in range(1, 61)]
    _fake_backups(folder, stamps)
    backup.prune(folder)
    kept = {backup.backup_time(p) for p in backup.list_backups(folder)}
    assert set(stamps[:10]) <= kept, "the ten newest"
    days = {t.date() for t in kept}
    assert {(now - dt.timedelta(days=d)).date() for d in range(7)} <= days, "one a day for 7 days"
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    assert len(weeks) == 8, "one a week for 8 weeks"
    assert len(kept) < len(stamps)
    assert min(kept) > now - dt.timedelta(weeks=9)


def test_restore_from_backup_backs_up_the_current_state_first(tmp_path):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    first = backup.rotate_backup(a)
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    changed = content(a)
    info = restore.describe_backup(first)
    assert info.summary["agreements"][0]["title"] == "Samverkan 2024–2026" and info.taken
    path = restore.restore_backup(a, first)
    reopened = Store.open(path, user="A", origin=a.origin, make_backup=False)
    assert reopened.get("guaranteed_resource", ids["resource"])["holder"] == ""
    reopened.close()
    newest = backup.list_backups(backup.default_backup_dir(path))[0]
    saved = Store.open(newest, user="A", origin=a.origin, read_only=True)
    assert content(saved) == changed, "the state before the restore is kept as a backup"
    saved.close()


def test_cli_conflicts_resolve_and_history(tmp_path, capsys):
    from .exchange_util import send

    a, b, ids = pair(tmp_path)
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    send(a, b, tmp_path)
    a.close()
    b.close()
    assert cli.main(["conflicts", str(b.path)]) == 0
    line = capsys.readouterr().out.strip()
    assert "Resurser" in line and "min: Alex" in line and "deras (Samordnare A): Kim" in line
    conflict_id = line.split("\t")[0]
    assert cli.main(["--user", "B", "resolve", str(b.path), conflict_id, "theirs"]) == 0
    assert cli.main(["conflicts", str(b.path)]) == 0
    assert "Inga olösta konflikter." in capsys.readouterr().out
    assert cli.main(["history", str(b.path), "guaranteed_resource", ids["resource"]]) == 0
    out = capsys.readouterr().out
    assert "Sammanslagen  Samordnare A" in out and "konflikt i Innehavare" in out and "'Alex'" not in out
    assert out.count("ändrade fält: Innehavare") == 2, "the decision is an ordinary change"
