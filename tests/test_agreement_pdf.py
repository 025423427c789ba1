"""The agreement and resource-register PDFs, read back with pypdf; the CLI's errors."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from samverkan_desktop import cli
from samverkan_desktop.core import reports
from samverkan_desktop.core.agreement import ops as agreement_ops
from samverkan_desktop.core.agreement import queries as agreements
from samverkan_desktop.core.agreement import resources
from samverkan_desktop.core.demo import orebro_text

from .agreement_helpers import small_agreement

OREBRO = "Samverkansöverenskommelse 2024-2026"


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    """One line; a word hyphenated at a line end (narrow columns) joined again."""
    return " ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", text).split())


def _header_run(page: str, expected: list[str]) -> bool:
    """True when ``expected`` stands as consecutive lines among the last lines of the page.

    The page frame (header, then footer) is drawn after the body, so its lines come last.
    """
    lines = page.splitlines()[-(len(expected) + 4):]
    return any(lines[i:i + len(expected)] == expected for i in range(len(lines)))


def _body(pages: list[str], frame_lines: set[str]) -> str:
    """The running text of the document without the header and footer lines of each page."""
    lines = []
    for page in pages:
        lines += [ln for ln in page.splitlines() if ln.strip() not in frame_lines
                  and "Utskriven" not in ln and not ln.startswith("sida ")]
    return _flat(" ".join(lines))


def test_orebro_agreement_pdf(demo_store, tmp_path):
    a = agreements.resolve_agreement(demo_store, OREBRO)
    out = reports.build(demo_store, "agreement", tmp_path / "ö.pdf", agreement=OREBRO)
    pages = _pages(out)
    assert len(pages) >= 3
    for text in pages:
        assert _header_run(text, ["Örebro kommun", "Diarienummer: KS 1382/2023",
                                  "Lokalpolisområde Örebro", "Diarienummer: A713.561/2023"])
        assert "KS 1382/2023" in text and "A713.561/2023" in text
        assert "Örebro kommun" in text and "Lokalpolisområde Örebro" in text
        assert "sida " in text and f"({len(pages)})" in text
    frame = {"Örebro kommun", "Lokalpolisområde Örebro", "Diarienummer: KS 1382/2023",
             "Diarienummer: A713.561/2023", OREBRO}
    body = _body(pages, frame)
    rows = resources.list_resources(demo_store, a["uuid"])
    assert len(rows) == 18
    for r in rows:
        assert _flat(r["text"]) in body, r["text"]
    forms = agreements.list_forms(demo_store, a["uuid"])
    assert len(forms) == 15
    for f in forms:
        assert _flat(f["name"]) in body, f["name"]
    for purpose in orebro_text.PURPOSES:
        assert _flat(purpose) in body
    assert "Syftet med denna samverkansöverenskommelse är att:" in body
    assert "Ekonomi" in body and _flat(orebro_text.ECONOMY) in body
    # Signature block: place, date, each signatory with name and title.
    assert "Örebro 2023-12-11" in body
    assert "Anders Åhrlin" in body and "Ordförande Trygghetsutskottet Örebro kommun" in body
    assert "Roberto Eid Forrest" in body and "LPO chef" in body
    # Swedish letters come back from the text layer as typed.
    for word in ("samverkansöverenskommelse", "Åtgärder", "Öppen narkotikahandel", "lägesbilder",
                 "Örebro brottsförebyggande råd (ÖreBRÅ)", "Välfärdsbrottslighet".lower()):
        assert word in body, word
    with demo_store.write("Ä i titeln") as tx:
        tx.update("agreement", a["uuid"], {"signed_text": "Äldre ÅÄÖ åäö"})
    out = reports.build(demo_store, "agreement", tmp_path / "ä.pdf", agreement=OREBRO)
    assert "Äldre ÅÄÖ åäö" in _flat(" ".join(_pages(out)))


def test_hallsberg_pdf_has_five_parties_and_five_signatures(demo_store, tmp_path):
    out = reports.build(demo_store, "agreement", tmp_path / "h.pdf", agreement="lokalpolisområde Hallsberg")
    pages = _pages(out)
    text = _flat(" ".join(pages))
    names = ["Lokalpolisområde Hallsberg", "Askersunds kommun", "Hallsbergs kommun", "Kumla kommun", "Laxå kommun"]
    for page in pages:
        # The header of every page names all five (the long police name gives way to its short name).
        assert _header_run(page, ["LPO Hallsberg", *names[1:]])
    appendix = _flat(" ".join(p for p in pages if "Bilaga: uppföljningsstruktur" in p))
    for name in names:
        assert name in appendix  # the party table of the app's appendix
    signatures = [("Jens Hedenborg", "Chef Lokalpolisområde Hallsberg"),
                  ("Joakim Ljungqvist", "Kommundirektör Askersunds kommun"),
                  ("Lena Fagerlund", "Kommundirektör Hallsberg kommun"),
                  ("Gabriella Mueller Prabin", "Kommundirektör Kumla kommun"),
                  ("Ingmar Unosson", "Kommunchef Laxå kommun")]
    last = _flat(" ".join(p for p in pages if "Hallsberg 2024-09-11" in p))
    for name, title in signatures:
        assert name in last and title in last
    assert "Hallsberg 2024-09-11" in text
    assert "Alkohol, narkotika, doping, tobak och spel (ANDTS)" in text


def test_hostile_text_prints_as_typed(store, tmp_path):
    ids = small_agreement(store)
    long_text = ("Lång text med å, ä och ö. " * 800)[:20000]
    agreement_ops.update_agreement(store, ids["agreement"], {
        "preamble": "A & B < C > D <b>inte fet</b> 😀 slut", "economy_clause": long_text,
        "title": "Avtal <i>&amp; 2024-2026"})
    agreement_ops.update_agreement_party(store, ids["ap_kommun"], {"signatory_title": "Chef <br/> & co"})
    for kind in ("agreement", "resources"):
        out = reports.build(store, kind, tmp_path / f"{kind}.pdf", agreement=ids["agreement"])
        text = _flat(" ".join(_pages(out)))
        assert "Avtal <i>&amp; 2024-2026" in text
        if kind == "agreement":
            assert "A & B < C > D <b>inte fet</b> 😀 slut" in text
            assert "Chef <br/> & co" in text
            assert text.count("Lång text med å, ä och ö.") >= 760


def test_resource_register_pdf(demo_store, tmp_path):
    out = reports.build(demo_store, "resources", tmp_path / "r.pdf", agreement=OREBRO)
    pages = _pages(out)
    for page in pages:
        assert "KS 1382/2023" in page and "A713.561/2023" in page
    text = _flat(" ".join(pages))
    assert "VAKANT" in text and "Under rekrytering" in text
    assert "Johanna Sollerman" in text and "Per samverkansform" in text
    assert "INGEN RESURS" in text  # Brott i nära relationer has no guaranteed resource in the demo


def test_cli_writes_both_pdfs(demo_path, tmp_path, capsys):
    for kind in ("agreement", "resources"):
        out = tmp_path / f"{kind}.pdf"
        assert cli.main(["pdf", str(demo_path), kind, "--agreement", OREBRO, "-o", str(out)]) == 0
        assert PdfReader(out).pages


@pytest.mark.parametrize("term, message", [
    ("finns inte alls", "Ingen överenskommelse matchar 'finns inte alls'."),
    ("2024-2026", "matchar 2 överenskommelser"),
])
def test_cli_agreement_errors_are_one_line(demo_path, tmp_path, capsys, term, message):
    out = tmp_path / "x.pdf"
    assert cli.main(["pdf", str(demo_path), "agreement", "--agreement", term, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
