"""privacy-scan finds personnummer everywhere; export, every PDF kind and ICS refuse to let one out."""

from __future__ import annotations

import json
import sqlite3

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core import reports
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

OREBRO = "Samverkansöverenskommelse 2024-2026"
NUMBER = "811218-9876"


def _plant_live(path) -> None:
    store = Store.open(path, user="TS", origin=SITE_A, make_backup=False)
    with store.write("Fel") as tx:
        for uuid in [r[0] for r in store.query("SELECT uuid FROM agreement WHERE deleted = 0")]:
            tx.update("agreement", uuid, {"revision_notes": f"Kontakt om {NUMBER}"})
    store.close()


def test_scan_finds_live_deleted_and_audit(demo_path, capsys):
    assert main(["privacy-scan", str(demo_path)]) == 0
    assert "Inga personnummer" in capsys.readouterr().out
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    live, gone = [r[0] for r in store.query("SELECT uuid FROM incident WHERE deleted = 0 LIMIT 2")]
    with store.write("Fel") as tx:
        tx.update("incident", live, {"description": f"Gäller {NUMBER} vid skolan"})
        tx.delete("incident", gone)
    store.close()
    # What an older version left behind: a tombstone with its text, an audit row naming a person.
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE incident SET description = '19701063-2391 igen' WHERE uuid = ?", (gone,))
    conn.execute("INSERT INTO audit (at, table_name, row_uuid, action, by, origin, changes, source) "
                 "VALUES ('2026-01-01', 'incident', ?, 'merge', 'X', 'Y', '', 'från 811218 9876.sqlite')", (live,))
    conn.commit()
    conn.close()
    assert main(["privacy-scan", str(demo_path), "--json"]) == 1
    hits = json.loads(capsys.readouterr().out)
    assert {(h["kind"], h["uuid"], h["field"], h["number"], h["deleted"]) for h in hits} == {
        ("incident", live, "description", "811218-****", False),
        ("incident", gone, "description", "701063-****", True),
        ("audit", live, "source", "811218-****", False)}
    assert main(["privacy-scan", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "9876" not in out and "2391" not in out, "numbers are shown masked"
    assert "3 personnummer hittades" in out


def _pdf_args(kind: str) -> list[str]:
    options = {"agreement": ["--agreement", OREBRO], "resources": ["--agreement", OREBRO],
               "est-week": ["--agreement", "Hallsberg", "--week", "2026-W47"],
               "tertial": ["--agreement", "Hallsberg", "--period", "2026-T2"],
               "annual": ["--agreement", "Hallsberg", "--period", "2026"],
               "action-plan": ["--agreement", OREBRO, "--year", "2026"],
               "follow-up": ["--follow-up", "2024-11-30"],
               "paragraph": ["--meeting", "2023-10-11", "--paragraph", "22"],
               "communication-plan": ["--agreement", OREBRO],
               "lagesbild": ["--kommun", "Kumla", "--year", "2026"]}
    return options[kind]


def test_everything_that_leaves_refuses_a_personnummer(demo_path, tmp_path, capsys):
    _plant_live(demo_path)
    commands = [("export", ["export", str(demo_path), str(tmp_path / "ut.sqlite")], tmp_path / "ut.sqlite"),
                ("ics", ["ics", str(demo_path), "--agreement", OREBRO, "--year", "2026", "-o",
                         str(tmp_path / "plan.ics")], tmp_path / "plan.ics")]
    assert set(reports.all_reports()) == {"agreement", "resources", "est-week", "tertial", "annual",
                                          "action-plan", "follow-up", "paragraph", "communication-plan",
                                          "lagesbild"}
    for kind in reports.all_reports():
        out = tmp_path / f"{kind}.pdf"
        commands.append((kind, ["pdf", str(demo_path), kind, *_pdf_args(kind), "-o", str(out)], out))
    for name, args, out in commands:
        assert main(args) == 1, name
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Överenskommelser" in err and "811218-****" in err, (name, err)
        assert "--allow-personal-data" in err and not out.exists()
    for name, args, out in commands:
        assert main([*args, "--allow-personal-data"]) == 0, name
        assert out.exists() and "varning" in capsys.readouterr().err, name


def test_merge_lists_personnummer_in_the_received_file(demo_path, tmp_path, capsys):
    _plant_live(demo_path)
    out = tmp_path / "ut.sqlite"
    assert main(["export", str(demo_path), str(out), "--allow-personal-data"]) == 0
    other = tmp_path / "annan.sqlite"
    assert main(["init", str(other)]) == 0
    capsys.readouterr()
    assert main(["merge", str(other), str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 personnummer" in err and err.count("811218-****") == 2


@pytest.mark.parametrize("text", ["19811218-9876", "811218−9876", "８１１２１８－９８７６", "811218 9876"])
def test_sql_prefilter_sees_every_form(store, text):
    with store.write("Ny") as tx:
        tx.insert("party", {"name": f"Part {text}"})
    assert store.scalar("SELECT count(*) FROM party WHERE has_pnr(name)") == 1
