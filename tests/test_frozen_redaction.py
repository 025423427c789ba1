"""Deleted means gone, for frozen reports too: a redacted text leaves the PDF of every frozen report
that printed it — the workspace, its backups, its exports and the other coordinator's copy — and the
report says it was masked (issue: "deleted means gone" must hold for fastställda rapporter)."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from samverkan_desktop.cli import main
from samverkan_desktop.core import privacy, redact
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.exchange import export
from samverkan_desktop.core.reports import frozen, frozen_text
from samverkan_desktop.core.reports.frozen_mask import mark_text
from samverkan_desktop.core.store import backup, stamps
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A
from .est_analysis_fixtures import add_incident, small_agreement
from .exchange_util import copies, edit, send
from .test_deleted_gone import _bytes

# Hostile: markup, an ampersand entity, a word far wider than the narrow description column (cut and
# hyphenated over several lines) and a real hyphen.
NAME = "Bartholomeus <b>&amp; Xylofonssonbergströmqvistmannenheimerlundgren-Åkerbladh"
PNR = "811218-9876"
SECRETS = ("Bartholomeus", "Xylofonssonbergströmqvistmannenheimerlundgren", "Åkerbladh", "8112189876")
CLEAN = "Händelse vid kiosken (uppgifter borttagna)"


def _letters(text: str) -> str:
    """Text as it may stand in a PDF, white space, soft hyphens and hyphens left out."""
    return re.sub(r"[\s\xad\-]", "", text)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def secrets_in(path: Path) -> list[str]:
    """Where any secret stands in the SQLite file ``path``: every table, every value — the text of
    every PDF read back with pypdf — and the raw bytes of the file and its side files."""
    found = []
    raw = _bytes(path)
    found += [f"raw {s}" for s in SECRETS[:3] if s.encode() in raw]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in conn.execute(f"SELECT * FROM {table}"):
                for value in row:
                    text = pdf_text(value) if isinstance(value, bytes) and value.startswith(b"%PDF") else value
                    if isinstance(text, str):
                        found += [f"{table}: {s}" for s in SECRETS if s in _letters(text)]
    finally:
        conn.close()
    return found


def _week_pack(tmp_path: Path) -> tuple[Store, dict]:
    """A workspace whose week 10 pack, frozen, prints the name and the number; week 11 frozen too."""
    store = Store.create(tmp_path / "arbetsyta.sqlite", user="TS", origin=SITE_A)
    d = small_agreement(store)
    d["incident"] = add_incident(store, d, "2026-03-04", "Klotter", "Vivalla", 2, text=f"{NAME} {PNR} sågs vid kiosken")
    add_incident(store, d, "2026-03-10", "Klotter", "Centrum", 1, text="Klotter på busskuren")
    d["w10"] = frozen.freeze_report(store, "est-week", week="2026-W10", agreement=d["agreement"]).created("frozen_report")[0]
    d["w11"] = frozen.freeze_report(store, "est-week", week="2026-W11", agreement=d["agreement"]).created("frozen_report")[0]
    return store, d


def _pieces(blob: bytes, raw: bytes, *others: bytes) -> list[bytes]:
    """Slices of a PDF's own bytes (in none of ``others``: most of a PDF is the embedded font) that
    stand in the raw file bytes ``raw`` (an overflow page boundary may cut one)."""
    slices = (blob[i:i + 40] for i in range(0, len(blob) - 40, 20))
    return [p for p in slices if not any(p in other for other in others) and p in raw][:40]


def test_a_redacted_text_is_gone_from_every_frozen_report_copy_and_the_report_says_so(tmp_path, capsys):
    store, d = _week_pack(tmp_path)
    old = frozen.pdf_bytes(store, d["w10"])
    week11 = frozen.pdf_bytes(store, d["w11"])
    assert all(s in _letters(pdf_text(old)) for s in SECRETS), "the pack prints the name and the number"
    assert "\xad" not in pdf_text(old)
    # The scan finds the number inside the report and names it (kind, day).
    found = [f for f in privacy.scan_all(store) if f.in_report]
    assert [(f.uuid, f.masked) for f in found] == [(d["w10"], "811218-****")]
    line = privacy.describe(store, found[0])
    assert "EST-mötesunderlag för en vecka" in line and "per 2026-03-08" in line and "9876" not in line
    store.close()
    assert main(["privacy-scan", str(tmp_path / "arbetsyta.sqlite")]) == 1
    assert "Fastställd rapport ”EST-mötesunderlag för en vecka, vecka 10 2026”" in capsys.readouterr().out
    store = Store.open(tmp_path / "arbetsyta.sqlite", user="TS", origin=SITE_A, make_backup=False)
    before = backup.rotate_backup(store)
    assert secrets_in(before)
    pieces = _pieces(old, _bytes(store.path), week11)
    assert len(pieces) >= 10, "the old PDF's own bytes stand in the file before"

    result = redact.redact(store, "incident", d["incident"], "description", CLEAN)
    assert "1 fastställda rapporter byggdes om" in result.message() and result.rewritten == [before]

    new = frozen.pdf_bytes(store, d["w10"])  # checked against its new SHA-256
    pieces = [p for p in pieces if p not in new]
    assert len(pieces) >= 10
    text = pdf_text(new)
    assert not [s for s in SECRETS if s in _letters(text)] and "Händelse vid kiosken" in text
    today = stamps.today().isoformat()
    assert mark_text(today) == f"Maskad {today}: text borttagen efter fastställandet"
    reader = PdfReader(io.BytesIO(new))
    assert all(mark_text(today) in page.extract_text() for page in reader.pages), "every page says so"
    assert reader.metadata.subject == mark_text(today)
    assert "EST-möte vecka 10, 2026" in text and "Klotter" in text
    reports = {r.uuid: r for r in frozen.list_frozen(store)}
    assert reports[d["w10"]].masked_on == today and reports[d["w10"]].frozen_on == today
    assert reports[d["w11"]].masked_on == "" and frozen.pdf_bytes(store, d["w11"]) == week11, "not shown: not touched"
    assert privacy.scan_all(store) == []
    again = frozen.write_pdf(store, d["w10"], tmp_path / "igen.pdf")
    assert again.read_bytes() == new

    # Nowhere: the workspace (every table, every PDF, the raw bytes: the old blob's pages are
    # zeroed), the backup made before (rewritten), an export and a backup made afterwards.
    assert secrets_in(store.path) == []
    assert not [p for p in pieces if p in _bytes(store.path)]
    assert secrets_in(before) == [] and not [p for p in pieces if p in before.read_bytes()]
    out = export.export_workspace(store, tmp_path / "ut.sqlite", exporter_name="TS")
    after = backup.rotate_backup(store, tmp_path / "senare")
    for copy in (out, after):
        assert secrets_in(copy) == [] and not [p for p in pieces if p in copy.read_bytes()], copy
    conn = sqlite3.connect(before)
    assert conn.execute("SELECT pdf_sha256, masked_on FROM frozen_report WHERE uuid = ?", (d["w10"],)).fetchone() \
        == (reports[d["w10"]].sha256, today)
    conn.close()
    store.close()
    assert secrets_in(tmp_path / "arbetsyta.sqlite") == []
    assert main(["reports", str(tmp_path / "arbetsyta.sqlite")]) == 0
    assert f"Maskad {today}" in capsys.readouterr().out


def test_the_other_coordinator_gets_the_masked_report(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    try:
        edit(a, "guaranteed_resource", ids["resource"], {"text": f"Samordnare {NAME} {PNR}"})
        uuid = frozen.freeze_report(a, "resources", agreement=ids["agreement"]).created("frozen_report")[0]
        old = frozen.pdf_bytes(a, uuid)
        assert "Xylofonssonbergströmqvistmannenheimerlundgren" in _letters(pdf_text(old))
        send(a, b, tmp_path)
        assert frozen.pdf_bytes(b, uuid) == old
        raw = _bytes(b.path)

        redact.redact(a, "guaranteed_resource", ids["resource"], "text", "Samordnare")
        masked = frozen.pdf_bytes(a, uuid)
        pieces = _pieces(old, raw, masked)
        assert len(pieces) >= 10, "the old PDF's own bytes stand in B's file before"
        assert send(a, b, tmp_path).preview.total("changed") >= 2  # the resource and the report
        assert frozen.pdf_bytes(b, uuid) == masked
        [report] = frozen.list_frozen(b)
        assert report.masked_on == stamps.today().isoformat() and report.frozen_by == "Samordnare A"
        assert secrets_in(b.path) == [] and not [p for p in pieces if p in _bytes(b.path)]
        assert privacy.scan_all(b) == []
        assert send(b, a, tmp_path).preview.total("changed") == 0  # settled: nothing goes back
        assert frozen.pdf_bytes(a, uuid) == masked
    finally:
        a.close()
        b.close()


def test_two_coordinators_masking_the_same_report_keep_one_pdf_and_no_conflict_record(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    try:
        edit(a, "guaranteed_resource", ids["resource"], {"text": f"Samordnare {NAME}", "holder": "Kim Xylofonsson"})
        uuid = frozen.freeze_report(a, "resources", agreement=ids["agreement"]).created("frozen_report")[0]
        send(a, b, tmp_path)
        redact.redact(a, "guaranteed_resource", ids["resource"], "text", "Samordnare")
        redact.redact(b, "guaranteed_resource", ids["resource"], "holder", "Kim")
        assert frozen.pdf_bytes(a, uuid) != frozen.pdf_bytes(b, uuid)
        send(a, b, tmp_path)
        send(b, a, tmp_path)
        assert frozen.pdf_bytes(a, uuid) == frozen.pdf_bytes(b, uuid)  # one PDF, its own checksum
        for s in (a, b):
            assert s.scalar("SELECT count(*) FROM merge_conflict WHERE table_name = 'frozen_report'") == 0
    finally:
        a.close()
        b.close()


def test_text_left_only_in_a_frozen_report_is_removed_from_the_report(tmp_path, capsys):
    store, d = _week_pack(tmp_path)
    try:
        with pytest.raises(ValidationError, match="finns inte i den fastställda rapporten"):
            redact.redact_report(store, d["w10"], "Ingen sådan text")
        with pytest.raises(ValidationError, match="Händelser ”Bartholomeus"):
            redact.redact_report(store, d["w10"], "Xylofonssonbergströmqvistmannenheimerlundgren")
        assert frozen.list_frozen(store)[0].masked_on == ""  # refused: nothing written
        # An ordinary edit after the freeze leaves the number only in the report; the scan's
        # "Ta bort personuppgifter" on that finding builds the report again without it.
        edit(store, "incident", d["incident"], {"description": f"{NAME} sågs vid kiosken"})
        [finding] = [f for f in privacy.scan_all(store) if f.in_report]
        with pytest.raises(privacy.PersonalData, match="Fastställd rapport"):
            privacy.guard(store, "Exportfilen", reports=True)  # the export carries the report
        assert privacy.guard(store, "PDF-filen") == []  # a new PDF does not
        assert "9876" not in pdf_text(redact.redact_finding(store, finding).masking.rebuilt[d["w10"]]["pdf"])
        assert not [f for f in privacy.scan_all(store) if f.in_report]
        # A deleted record's name stays in the report (a delete does not rewrite it) until removed there.
        with store.write("Ta bort") as tx:
            tx.delete("incident", d["incident"])
        assert "Bartholomeus" in pdf_text(frozen.pdf_bytes(store, d["w10"]))
    finally:
        store.close()
    assert main(["reports", str(tmp_path / "arbetsyta.sqlite"), d["w10"][:8], "--mask", "Bartholomeus"]) == 0
    assert "1 fastställda rapporter byggdes om" in capsys.readouterr().out
    assert secrets_in(tmp_path / "arbetsyta.sqlite") == []


def test_finding_a_text_in_a_pdf_text():
    text = "Kalle Xylofonsson-\nberg 811218-\n9876 sågs\nBrottsföre-\nbyggande arbete"
    assert frozen_text.contains(text, "Xylofonssonberg 811218-9876")
    assert frozen_text.contains(text, "brottsförebyggande")
    assert not frozen_text.contains(text, "Kal") and not frozen_text.contains(text, "arbet")
    assert frozen_text.personal_numbers(text) == ["811218-\n9876"]
    assert frozen_text.removed_parts("Ungdomen Kalle 811218-9876 på torget", "Ungdomen 811218-**** på torget") \
        == ["Kalle 811218-9876", "811218-9876"]
    assert frozen_text.removed_parts("Kalle", "Kalle") == []
    long = " ".join(["ord"] * 100) + " Xylofonsson"
    assert frozen_text.contains("förr " + long.replace(" ", "\n"), long)
    assert frozen_text.pdf_text(b"%PDF-1.4 trasig") == ""
