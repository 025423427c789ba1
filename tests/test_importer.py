"""Importing incidents from CSV and Excel: good rows land, bad rows are named by line, one undo step."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from samverkan_desktop import cli
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est.bulk import insert_incidents
from samverkan_desktop.core.est.import_table import guess_mapping, read_table
from samverkan_desktop.core.est.importer import CREATE, apply_import, plan_import
from samverkan_desktop.core.store import replay
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A
from .est_analysis_fixtures import small_agreement

HEADER = ["Datum", "Kategori", "Område", "Källa", "Antal", "Beskrivning"]
ROWS = [  # file lines 2..7
    ["2026-03-02", "Klotter", "Vivalla", "Polis", "2", "Tags på vägg"],
    ["2026-02-30", "Klotter", "Vivalla", "Polis", "1", "fel datum"],
    ["2026-03-03", "Graffiti", "Centrum", "Polis", "1", "okänd kategori"],
    ["", "", "", "", "", ""],
    ["2026-03-04", "brand", "vivalla centrum", "Räddningstjänst", "", "Container"],
    ["2027-01-01", "Skadegörelse", "Centrum", "Skola", "3", ""],
]


def write_csv(path, delimiter=";", bom=True):
    text = "\n".join(delimiter.join(r) for r in [HEADER, *ROWS]) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def write_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for r in ROWS:
        values = list(r)
        if values[0] == "2026-03-02":
            values[0] = dt.datetime(2026, 3, 2, 14, 30)  # Excel keeps dates as dates
            values[4] = 2
        sheet.append([None if v == "" else v for v in values])
    book.save(path)
    return path


def snapshot(store):
    """Every merge table's live rows and the audit, to prove that nothing else changed."""
    out = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in store.merge_tables}
    out["audit"] = store.scalar("SELECT count(*) FROM audit")
    return out


@pytest.fixture
def data(store):
    return small_agreement(store)


@pytest.mark.parametrize("kind", ["csv-semicolon-bom", "csv-comma", "xlsx"])
def test_good_rows_land_bad_rows_named(store, data, tmp_path, kind):
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "händelser.xlsx")
    else:
        path = write_csv(tmp_path / "händelser.csv", ";" if "semicolon" in kind else ",", bom="bom" in kind)
    table = read_table(path)
    assert table.headers == HEADER and table.lines == [2, 3, 4, 5, 6, 7]
    mapping = guess_mapping(table.headers)
    assert (mapping.date, mapping.category, mapping.area, mapping.source, mapping.count,
            mapping.description) == (0, 1, 2, 3, 4, 5)
    before = snapshot(store)
    plan = plan_import(store, data["agreement"], table, mapping)
    assert snapshot(store) == before  # planning writes nothing
    assert [r.line for r in plan.rows] == [2, 6, 7]
    reasons = {bad.line: bad.reason for bad in plan.invalid}
    assert set(reasons) == {3, 4, 5}
    assert "Ogiltigt datum" in reasons[3] and "Graffiti" in reasons[4] and reasons[5] == "Tom rad."
    assert [(u.kind, u.label) for u in plan.unknown] == [("category", "Graffiti")]
    by_line = {r.line: r for r in plan.rows}
    assert (by_line[2].occurred_on, by_line[2].count) == ("2026-03-02", 2)
    assert by_line[6].area == data["areas"]["Vivalla centrum"] and by_line[6].count == 1
    assert (by_line[7].iso_year, by_line[7].iso_week) == (2026, 53)

    changes = apply_import(store, plan)
    after = snapshot(store)
    assert after["incident"] == before["incident"] + 3
    assert after["audit"] == before["audit"] + 1  # one entry for the import, not one per row
    assert {t: n for t, n in after.items() if t not in ("incident", "audit")} == \
        {t: n for t, n in before.items() if t not in ("incident", "audit")}
    assert store.scalar("SELECT sum(count) FROM incident WHERE deleted = 0") == 6
    assert changes.tables == {"incident"} and len(changes.created("incident")) == 3
    replay.undo(store, changes)  # one undo step takes the whole import back
    assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 0


def test_unknown_values_mapped_or_created(store, data, tmp_path):
    table = read_table(write_csv(tmp_path / "in.csv"))
    mapping = guess_mapping(table.headers)
    plan = plan_import(store, data["agreement"], table, mapping, {("category", "graffiti"): data["cat"]["Klotter"]})
    assert 4 in [r.line for r in plan.rows] and plan.rows[1].category == data["cat"]["Klotter"]
    plan = plan_import(store, data["agreement"], table, mapping, {("category", "graffiti"): CREATE})
    assert plan.creates == {"category": ["Graffiti"]}
    changes = apply_import(store, plan)
    new = store.scalar("SELECT uuid FROM code_item WHERE label = 'Graffiti' AND list_name = 'incident_category'")
    assert new and store.scalar("SELECT count(*) FROM incident WHERE category_uuid = ?", (new,)) == 1
    replay.undo(store, changes)
    assert store.get("code_item", new)["deleted"] == 1


def test_new_area_goes_under_the_kommun(store, data, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("datum,kategori,plats\n2026-03-02,Klotter,Nyby torg\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(store, data["agreement"], table, guess_mapping(table.headers), {("area", "nyby torg"): CREATE})
    apply_import(store, plan)
    row = store.query("SELECT * FROM area WHERE name = 'Nyby torg'")[0]
    assert row["parent_uuid"] == data["areas"]["Örebro kommun"] and row["level"] == "område"


def test_row_checks(store, data, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("Date;Category;Count;Text\n"
                    "2026-03-02;Klotter;0;\n"
                    "2026-03-02;Klotter;1,5;\n"
                    "2026-03-02;Klotter;1;Anmälare 19811218-9876 ringde\n"
                    "2026-03-02;;1;\n"
                    "20260302;Klotter;4;ok\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(store, data["agreement"], table, guess_mapping(table.headers))
    reasons = {b.line: b.reason for b in plan.invalid}
    assert "positivt heltal" in reasons[2] and "positivt heltal" in reasons[3]
    assert "personnummer" in reasons[4] and "Kategori saknas" in reasons[5]
    assert [(r.line, r.count, r.occurred_on) for r in plan.rows] == [(6, 4, "2026-03-02")]


def test_unreadable_files_give_one_clear_line(store, tmp_path):
    with pytest.raises(ValidationError, match="finns inte"):
        read_table(tmp_path / "saknas.csv")
    bad = tmp_path / "trasig.xlsx"
    bad.write_bytes(b"PK\x03\x04 inte alls en arbetsbok")
    with pytest.raises(ValidationError, match="Excelfilen kan inte läsas"):
        read_table(bad)
    other = tmp_path / "bild.png"
    other.write_bytes(b"\x89PNG")
    with pytest.raises(ValidationError, match="Okänd filtyp"):
        read_table(other)
    empty = tmp_path / "tom.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValidationError, match="rubrikrad"):
        read_table(empty)


def test_missing_required_column(store, data, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("när;vad\n2026-01-01;Klotter\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(ValidationError, match="Datum, Kategori"):
        plan_import(store, data["agreement"], table, guess_mapping(table.headers))


def test_bulk_insert_writes_the_metadata_of_tx_insert(store, data):
    values = {"agreement_uuid": data["agreement"], "occurred_on": "2026-03-02", "iso_year": 2026,
              "iso_week": 10, "category_uuid": data["cat"]["Klotter"], "area_uuid": None, "source_uuid": None,
              "count": 2, "description": "å & <b>"}
    with store.write("Två sätt", source="fil.csv") as tx:
        a = tx.insert("incident", dict(values))
        (b,) = insert_incidents(tx, [dict(values)])
    ra, rb = store.get("incident", a), store.get("incident", b)
    for key in ra:
        if key != "uuid":
            assert ra[key] == rb[key], key
    # tx.insert audits its row; the bulk path writes one entry for the whole batch: who, how many, file.
    assert store.scalar("SELECT changes FROM audit WHERE row_uuid = ?", (a,)) == ""
    assert store.scalar("SELECT count(*) FROM audit WHERE row_uuid = ?", (b,)) == 0
    batch = store.query("SELECT table_name, action, by, source, changes FROM audit ORDER BY id DESC LIMIT 1")[0]
    assert (batch["table_name"], batch["action"], batch["by"], batch["source"]) == \
        ("incident", "insert", store.user, "fil.csv")
    assert batch["changes"] == f"import,rader=1,händelser=2,uuid={b}..{b}"
    edits = [e for e in tx.changes.edits if e.table == "incident"]
    assert [(e.kind, e.before, e.after) for e in edits][0] == [(e.kind, e.before, e.after) for e in edits][1]
    replay.undo(store, tx.changes)
    assert store.get("incident", b)["deleted"] == 1


def test_cli_dry_run_changes_nothing_then_imports(data, store, tmp_path, capsys):
    path = write_csv(tmp_path / "in.csv")
    file = store.path
    store.close()
    raw = Store.open(file, user="TS", origin=SITE_A, read_only=True)
    before = snapshot(raw)
    raw.close()
    mtime = file.stat().st_mtime_ns
    assert cli.main(["import-incidents", str(file), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Skulle importera 3 rader" in out and "hoppade över 3 rader" in out
    assert "rad 3: Ogiltigt datum" in out and "rad 4: Okänd kategori 'Graffiti'" in out and "rad 5: Tom rad." in out
    reopened = Store.open(file, user="TS", origin=SITE_A, read_only=True)
    assert snapshot(reopened) == before
    reopened.close()
    assert file.stat().st_mtime_ns == mtime

    assert cli.main(["import-incidents", str(file), str(path), "--create-missing"]) == 0
    out = capsys.readouterr().out
    assert "Importerade 4 rader" in out and "hoppade över 2 rader" in out
    reopened = Store.open(file, user="TS", origin=SITE_A, read_only=True)
    assert reopened.scalar("SELECT count(*) FROM incident") == 4
    reopened.close()


def test_cli_needs_agreement_when_several(store, tmp_path, capsys):
    small_agreement(store)
    small_agreement(store, title="Hallsberg 2024-2026")
    file = store.path
    store.close()
    assert cli.main(["import-incidents", str(file), str(write_csv(tmp_path / "in.csv"))]) == 1
    assert "ange vilken med --agreement" in capsys.readouterr().err


def test_windows_1252_csv_from_older_excel(store, data, tmp_path):
    path = tmp_path / "gammal.csv"
    path.write_bytes("Datum;Kategori;Område;Källa\n2026-03-02;Skadegörelse;Vivalla;Fältassistenter\n"
                     .encode("cp1252"))
    table = read_table(path)
    assert table.headers == ["Datum", "Kategori", "Område", "Källa"]
    plan = plan_import(store, data["agreement"], table, guess_mapping(table.headers))
    assert len(plan.rows) == 1 and not plan.invalid and plan.rows[0].source == data["src"]["Fältassistenter"]
