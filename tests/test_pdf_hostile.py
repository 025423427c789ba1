"""Nothing a user can type stops a PDF.

Every free-text column that reaches a PDF (every TEXT column of a travelling table that is not an
id, a date or an enum) is filled, in rows the reports print, with long Swedish text and, in a
second workspace, with hostile strings; then every report kind is built once per workspace and
read back.

In the suite every field gets 4,000 characters (longer than a page in the narrowest columns;
the issue's texts broke the old PDFs from 880 characters) and the week's lägesbild and an EST
action 100,000. ``SAMVERKAN_PDF_SOAK=1`` gives every field 100,000 characters (the full
acceptance run: every kind builds, ≈ 8 minutes, thousands of pages).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3

import pytest
from pypdf import PdfReader

from samverkan_desktop.core import paths, reports
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

WORDS = ("och att det som en på är för med till polisen kommunen trygghet brottsförebyggande samverkan "
         "åtgärd lägesbild området ungdomar skadegörelse föräldravandring kvällstid centrum "
         "överenskommelse uppföljning Vivalla Brickebacken Örebro").split()
HOSTILE = ("& < > <b> <img src=x> </para> &amp; \x00\x07\x1b\x7f ‏מימין‎ \u202eåäö\u202c "
           "😀 🚓 👮🏽‍♀️ ❤️ \ue000 tab\there\r\nrad två")

# Rows the reports print, per table (SQL over the demo). A free-text column of a table missing
# here fails the test: a new field must be tried too.
# (the agreement's uuid is put in before anything is filled: its title is filled too)
OREBRO = "'{orebro}'"
OREBRO_UUID = "SELECT uuid FROM agreement WHERE title = 'Samverkansöverenskommelse 2024-2026'"
W44 = f"(SELECT uuid FROM est_week WHERE agreement_uuid = {OREBRO} AND iso_year = 2026 AND iso_week = 44)"
IN_W44 = f"agreement_uuid = {OREBRO} AND iso_year = 2026 AND iso_week = 44"
SCOPE = {
    "party": "name = 'Örebro kommun'",
    "agreement": f"uuid = {OREBRO}",
    "agreement_purpose": f"uuid = (SELECT uuid FROM agreement_purpose WHERE agreement_uuid = {OREBRO} LIMIT 1)",
    "agreement_party": f"agreement_uuid = {OREBRO}",
    "cooperation_form": f"uuid = (SELECT uuid FROM cooperation_form WHERE agreement_uuid = {OREBRO} LIMIT 1)",
    "contact_person": "uuid = (SELECT contact_uuid FROM guaranteed_resource WHERE contact_uuid IS NOT NULL LIMIT 1)",
    "guaranteed_resource": f"uuid = (SELECT uuid FROM guaranteed_resource WHERE agreement_uuid = {OREBRO} LIMIT 1)",
    "area": f"uuid = (SELECT area_uuid FROM incident WHERE {IN_W44} LIMIT 1)",
    "code_item": f"uuid = (SELECT category_uuid FROM incident WHERE {IN_W44} LIMIT 1)",
    "est_week": f"uuid = {W44}",
    "est_area_status": f"uuid = (SELECT uuid FROM est_area_status WHERE est_week_uuid = {W44} LIMIT 1)",
    "incident": f"uuid = (SELECT uuid FROM incident WHERE {IN_W44} LIMIT 1)",
    "problem": f"agreement_uuid = {OREBRO} AND status <> 'avslutat'",
    "action": f"uuid IN (SELECT uuid FROM action WHERE agreement_uuid = {OREBRO} AND closed_on IS NULL LIMIT 1) "
              f"OR uuid IN (SELECT uuid FROM action WHERE agreement_uuid = {OREBRO} AND closed_on IS NOT NULL "
              "ORDER BY closed_on DESC LIMIT 1)",
    "analysis": "period IN ('2026-T2', '2026')",
    "follow_up": "due_date = '2024-11-30'",
    "assessment": "uuid IN (SELECT uuid FROM assessment WHERE follow_up_uuid = "
                  "(SELECT uuid FROM follow_up WHERE due_date = '2024-11-30') LIMIT 2)",
    "indicator": f"uuid = (SELECT uuid FROM indicator WHERE agreement_uuid = {OREBRO} LIMIT 1)",
    "indicator_value": "uuid = (SELECT uuid FROM indicator_value LIMIT 1)",
    "action_plan_item": f"uuid IN (SELECT uuid FROM action_plan_item WHERE year = 2026 AND agreement_uuid = "
                        f"{OREBRO} LIMIT 1)",
    "meeting": "date = '2023-10-11'",
    "paragraph": "number = 24",
    "communication_plan": f"agreement_uuid = {OREBRO}",
    "communication_activity": f"uuid = (SELECT a.uuid FROM communication_activity a JOIN communication_plan p "
                              f"ON p.uuid = a.plan_uuid WHERE p.agreement_uuid = {OREBRO} LIMIT 1)",
    "actor": f"agreement_uuid = {OREBRO}",
    "actor_contact": "uuid = (SELECT uuid FROM actor_contact LIMIT 1)",
    "action_plan": f"agreement_uuid = {OREBRO}",
    "lagesbild": "period = '2026'",
    "lagesbild_problem": "uuid = (SELECT uuid FROM lagesbild_problem LIMIT 1)",
    "committee_duty": f"agreement_uuid = {OREBRO}",
}
# frozen_report: its title and options are listed, never printed; its PDF is stored bytes.
NOT_PRINTED = {"workspace_meta", "audit", "merge_conflict", "exchange_manifest", "frozen_report"}


def free_text_columns() -> dict[str, list[str]]:
    """table → its free-text columns, read from the schema (TEXT, not an id, date, time stamp or enum)."""
    sql = paths.schema_sql().read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\n\);", sql, re.S):
        cols = []
        for line in m.group(2).split("\n"):
            col = re.match(r"\s+(\w+)\s+TEXT(.*)", line)
            if not col:
                continue
            name, rest = col.groups()
            if (name in ("uuid", "clock", "updated_by", "origin") or name.endswith(("_uuid", "_date", "_at"))
                    or " IN (" in rest or not ("DEFAULT ''" in rest or "<> ''" in rest)):
                continue
            cols.append(name)
        if cols and m.group(1) not in NOT_PRINTED:
            out[m.group(1)] = cols
    return out


def swedish_text(n: int, seed: int) -> str:
    rnd = random.Random(seed)
    words, size = [], 0
    while size < n:
        w = rnd.choice(WORDS)
        words.append(w)
        size += len(w) + 1
        if rnd.random() < 0.06:
            words[-1] += "."
    return " ".join(words)[:n]


def _fill(path, text_for) -> None:
    columns = free_text_columns()
    missing = set(columns) - set(SCOPE)
    assert not missing, f"free-text tables without a print scope in this test: {missing}"
    con = sqlite3.connect(path)
    try:
        orebro = con.execute(OREBRO_UUID).fetchone()[0]
        for table, cols in columns.items():
            where = SCOPE[table].replace("{orebro}", orebro)
            n = con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
            assert n, f"no {table} row to fill"
            sets = ", ".join(f"{c} = ?" for c in cols)
            con.execute(f"UPDATE {table} SET {sets} WHERE {where}",
                        [text_for(table, c) for c in cols])
        con.commit()
    finally:
        con.close()


KINDS = [
    ("agreement", {"agreement": "orebro"}),
    ("agreement", {"agreement": "hallsberg"}),
    ("resources", {"agreement": "orebro"}),
    ("est-week", {"agreement": "orebro", "week": "2026-W44"}),
    ("tertial", {"agreement": "orebro", "period": "2026-T2"}),
    ("annual", {"agreement": "orebro", "period": "2026"}),
    ("follow-up", {"follow_up": "2024-11-30"}),
    ("action-plan", {"agreement": "orebro", "year": 2026}),
    ("paragraph", {"meeting": "2023-10-11", "paragraph": 24}),
    ("communication-plan", {"agreement": "orebro"}),
    ("lagesbild", {"agreement": "hallsberg", "kommun": "Kumla", "year": 2026}),
]


def _build_all(path, tmp_path) -> dict[str, PdfReader]:
    store = Store.open(path, user="TS", origin=SITE_A, make_backup=False)
    try:
        # (Örebro's title is filled too; Hallsberg's is not)
        ids = {"orebro": store.scalar("SELECT uuid FROM agreement WHERE title NOT LIKE '%Hallsberg%'"),
               "hallsberg": store.scalar("SELECT uuid FROM agreement WHERE title LIKE '%Hallsberg%'")}
        out = {}
        for i, (kind, options) in enumerate(KINDS):
            options = {k: ids.get(v, v) if k == "agreement" else v for k, v in options.items()}
            pdf = reports.build(store, kind, tmp_path / f"{i}-{kind}.pdf", **options)
            out[f"{kind}-{i}"] = PdfReader(pdf)
        return out
    finally:
        store.close()


def test_the_free_text_columns_are_found():
    columns = free_text_columns()
    assert "situation_report" in columns["est_week"] and "comment" in columns["assessment"]
    assert "status" not in columns["action"] and "due_date" not in columns.get("action", [])


SOAK = bool(os.environ.get("SAMVERKAN_PDF_SOAK"))
HUGE = {("est_week", "situation_report"), ("action", "description")}


def _long(table: str, column: str) -> str:
    size = 100_000 if SOAK or (table, column) in HUGE else 4_000
    return f"BÖRJAN-{table}.{column} " + swedish_text(size, len(table) * 31 + len(column))


def test_long_text_in_every_field_builds_every_kind(demo_master, tmp_path):
    path = tmp_path / "lång.sqlite"
    shutil.copy2(demo_master, path)
    _fill(path, _long)
    pdfs = _build_all(path, tmp_path)
    for name, reader in pdfs.items():
        assert len(reader.pages) >= 2, name
        first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
        assert first.strip() and last.strip(), name
    # A long text continues over pages, and a cell longer than a page carries on in its table.
    week = pdfs["est-week-3"]
    text = "".join(p.extract_text() for p in week.pages)
    assert "BÖRJAN-est_week.situation_report" in text and "BÖRJAN-problem.description" in text
    assert "BÖRJAN-action.description" in text
    assert len(week.pages) > 60  # 100,000 characters of lägesbild and of one action


def fonts_not_embedded(reader: PdfReader) -> set[str]:
    """Every font a page (or a form XObject on it) references without embedding it (no FontFile*)."""
    missing: set[str] = set()

    def walk(resources, seen: set[int]) -> None:
        if resources is None or id(resources) in seen:
            return
        seen.add(id(resources))
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                descriptor = f.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(f.get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"), seen)

    for page in reader.pages:
        walk(page.get("/Resources"), set())
    return missing


def test_every_kind_is_tried():
    assert {kind for kind, _ in KINDS} == set(reports.all_reports())


def test_hostile_text_prints_escaped_and_visible(demo_master, tmp_path):
    path = tmp_path / "fientlig.sqlite"
    shutil.copy2(demo_master, path)
    _fill(path, lambda table, column: f"{table}.{column}: {HOSTILE}")
    pdfs = _build_all(path, tmp_path)
    for name, reader in pdfs.items():
        # Archive check (issue 13): every font the PDF references is embedded (no bare Helvetica).
        assert not fonts_not_embedded(reader), (name, fonts_not_embedded(reader))
        text = "".join(p.extract_text() for p in reader.pages)
        if name == "agreement-1":  # Hallsberg: nothing of it was filled, it only has to build
            continue
        assert "<img src=x>" in text and "<b>" in text, name
        assert not any(ch in text for ch in "\x00\x07\x1b\x7f\u200f\u202e"), name
        assert "😀" in text, name  # DejaVu has it: printed and extractable
        assert "\ufffd" in text, name  # 🚓 it lacks: a visible placeholder, not an empty box


def test_agreement_found_by_a_party_name(demo_store):
    from samverkan_desktop.core.agreement.queries import resolve_agreement
    from samverkan_desktop.core.errors import Ambiguous

    assert "Hallsberg" in resolve_agreement(demo_store, "kumla")["title"]
    assert resolve_agreement(demo_store, "Örebro kommun")["title"] == "Samverkansöverenskommelse 2024-2026"
    with pytest.raises(Ambiguous, match="Hallsberg"):
        resolve_agreement(demo_store, "2024-2026")


def test_the_font_check_sees_a_font_that_is_not_embedded(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "helvetica.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(100, 100, "inte inbäddad")
    c.save()
    assert fonts_not_embedded(PdfReader(path)) == {"/Helvetica"}
