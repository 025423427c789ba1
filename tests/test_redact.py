"""Ta bort personuppgifter: gone from the file, the audit, the conflicts and the backups made
before; the redaction travels by merge and wins."""

from __future__ import annotations

from samverkan_desktop.cli import main
from samverkan_desktop.core import redact
from samverkan_desktop.core.store import backup

from .exchange_util import copies, edit, send
from .test_deleted_gone import _bytes

SECRET = "Ungdomen Kalle 811218-9876 på torget"


def test_redaction_removes_the_text_everywhere_and_wins_at_the_next_merge(tmp_path, capsys):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    try:
        with a.write("Ny") as tx:
            problem = tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": SECRET,
                                            "raised_year": 2026, "raised_week": 14})
        send(a, b, tmp_path)
        # A conflict record holding the text: B edits concurrently with A.
        edit(b, "problem", problem, {"description": SECRET + " (B)"})
        edit(a, "problem", problem, {"description": SECRET + " (A)"})
        send(b, a, tmp_path)
        assert a.scalar("SELECT count(*) FROM merge_conflict WHERE mine LIKE '%9876%'") == 1
        before = [backup.rotate_backup(a), backup.rotate_backup(a)]
        assert all(SECRET.encode() in p.read_bytes() for p in before)
        path = a.path
        a.close()

        assert main(["redact", str(path), "problem", problem, "description"]) == 0
        out = capsys.readouterr().out
        assert "2 säkerhetskopior skrevs om" in out
        for p in [path, *before]:
            data = _bytes(p)
            assert b"811218-9876" not in data and SECRET.encode() not in data, p
        assert main(["privacy-scan", str(path)]) == 0

        stores["A"] = a = type(b).open(path, user="Samordnare A", origin=a.origin, make_backup=False)
        assert a.get("problem", problem)["description"].startswith("Ungdomen Kalle 811218-****")
        send(a, b, tmp_path)
        assert b.get("problem", problem)["description"] == a.get("problem", problem)["description"]
    finally:
        for s in stores.values():
            s.close()


def test_redacting_a_name_and_a_backup_that_cannot_be_rewritten(store, tmp_path):
    with store.write("Ny") as tx:
        person = tx.insert("contact_person", {"name": "Anna Svensson", "title": "Kalle Ankas granne"})
    folder = tmp_path / "kopior"
    good = backup.rotate_backup(store, folder)
    bad = folder / "arbetsyta_auto_trasig.sqlite"
    bad.write_bytes(b"inte en databas" * 100)
    result = redact.redact(store, "contact_person", person, "title", backup_dir=folder)
    assert store.get("contact_person", person)["title"] == redact.REMOVED
    assert result.rewritten == [good] and result.removed == [bad] and not bad.exists()
    assert "1 säkerhetskopior som inte gick att skriva om togs bort" in result.message()
    assert b"Kalle Ankas" not in good.read_bytes()
