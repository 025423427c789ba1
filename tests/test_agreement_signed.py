"""The agreement PDF prints the text as signed (seeds 001 and 003); the app's notes go in its appendix."""

from __future__ import annotations

import re

from pypdf import PdfReader

from samverkan_desktop.core import reports
from samverkan_desktop.core.agreement import ops as agreement_ops
from samverkan_desktop.core.agreement import queries as agreements
from samverkan_desktop.core.reports import signed_text
from samverkan_desktop.core.reports.agreement_appendix import NO_RESOURCES, TITLE

from .agreement_helpers import small_agreement
from .pdf_layout import orphan_headings


def _text(path) -> str:
    pages = [p.extract_text() for p in PdfReader(path).pages]
    return " ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", " ".join(pages)).split())


def _in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} missing or out of order"
        at = found + len(part)


def test_marks_are_parsed():
    blocks = signed_text.parse("Inled.\n\n# Syfte\n\nEtt stycke\nsom fortsätter.\n\n- a\n  mer a\n- b\n\n"
                               "Ord¹.\n\n¹ Fotnoten.\n² Nästa.\n\n## Under\n- **Fet** - text")
    assert [b.kind for b in blocks] == ["paragraph", "heading1", "paragraph", "bullets", "paragraph",
                                        "footnotes", "heading2", "bullets"]
    assert blocks[3].lines == ["a\nmer a", "b"] and blocks[5].lines == ["¹ Fotnoten.", "² Nästa."]


def test_orebro_prints_as_seed_001(demo_store, tmp_path):
    text = _text(reports.build(demo_store, "agreement", tmp_path / "ö.pdf", agreement="Örebro kommun"))
    signed, appendix = text.split(TITLE, 1)
    _in_order(signed, [
        "Örebro ska vara en trygg och säker stad", "I juni 2023 träder lagen",
        "Syftet med denna samverkansöverenskommelse är att:", "Tydlig samverkan ska leda till",
        "arbeta kunskapsbaserat¹ för att uppnå ovanstående mål",
        "De resurser som garanteras från Lokalpolisområde Örebro är följande:",
        "Kommunpolis som samordnar EST², ANDTS³, ÖreBrå⁴",
        "De resurser som Örebro kommun garanterar är följande:",
        "¹ Åtgärder och insatser genomförs efter evidensbaserad praktik", "² Effektiv Samordning för Trygghet.",
        "³ Alkohol, narkotika, doping, tobak och spel.", "⁴ Örebros brottsförebyggande råd.",
        "Beslutade samverkansformer",
        "Örebro brottsförebyggande råd", "Partnerskap Örebro", "Örebros utsatta områden⁵",
        "KOMPASS, Kommunal planering", "⁵ https://polisen.se/om-polisen/polisens-arbete/utsatta-omraden/",
        "Sociala insatsgrupper (SIG)", "Gruppvåldsintervention (GVI)",
        "Effektiv samordning för trygghet (EST)", "handbok⁶ som beskriver",
        "⁶ Handbok upprättad av Örebro universitet.", "Öppen narkotikahandel",
        "Arbete mot välfärdsbrottslighet", "Kommunikation", "Ekonomi", "Ansvariga för överenskommelsen",
        "Uppföljning", "Slutlig uppföljning av samverkansöverenskommelsen", "Örebro 2023-12-11",
        "Roberto Eid Forrest"])
    # The app's own structure is not in the signed text, only in the marked appendix.
    for note in ("Ansvarig part", "Deltagande parter", "Huvudman:", "Undertecknas av"):
        assert note not in signed
    assert "Appens anteckningar för uppföljningen – ingen del av den undertecknade" in appendix
    _in_order(appendix, ["Parter", "Örebro brottsförebyggande råd (ÖreBRÅ)", "Ansvarig part Örebro kommun",
                         "Gruppvåldsintervention (GVI)", "Ansvarig part Ingen namngiven"])


def test_demo_names_a_lead_only_where_seed_001_does(demo_store):
    a = agreements.resolve_agreement(demo_store, "Örebro kommun")
    leads = {f["abbreviation"] or f["name"]: f["lead_party_name"] for f in agreements.list_forms(demo_store, a["uuid"])}
    for form in ("EST", "GVI", "Öppen narkotikahandel", "Samverkan mot branscher med oseriösa aktörer"):
        assert leads[form] is None, form
    assert leads["ÖreBRÅ"] == "Örebro kommun" and leads["KOMPASS"] == "Örebro kommun"


def test_hallsberg_prints_as_seed_003(demo_store, tmp_path):
    text = _text(reports.build(demo_store, "agreement", tmp_path / "h.pdf", agreement="Kumla"))
    signed, appendix = text.split(TITLE, 1)
    _in_order(signed, [
        "Lokalpolisområde Hallsberg samt Askersund, Hallsberg, Kumla och Laxå kommuner har fattat beslut",
        "Inledning", "I Lag (2023:196) om kommuners ansvar", "Kommunen ska kartlägga brottsligheten",
        "Syfte", "Syftet med överenskommelsen är att säkerställa att parterna tar sitt ansvar",
        "Kunskapsbaserat arbetssätt", "Gemensamma fokusområden",
        "Utöver dessa lyfts tre gemensamma områden i denna överenskommelse.",
        "Våld i nära relation - Med målet", "Samverkan barn och unga", "Lokal avhopparverksamhet - Syftar",
        "Samverkansformer",
        "Arbetet med att ta fram en gemensam lägesbild sker både på en strategisk och operativ nivå. "
        "Befintliga samverkansforum är:", "EST - Effektiv samordning för trygghet.",
        "ett brottsförebyggande forum där samtliga kommuner är delaktiga",
        "Åtgärdsplan Åtgärdsplan för respektive kommun upprättas separat",
        "Uppföljning Uppföljning ska ske inom arbetet med EST", "Kommunikation Polis och kommun åtar sig",
        "Samverkansöverenskommelsens giltighetstid", "Hallsberg 2024-09-11", "Jens Hedenborg"])
    assert "Syftet med denna samverkansöverenskommelse är att:" not in signed  # the purpose is not doubled
    assert "Ansvariga för överenskommelsen" not in signed
    assert NO_RESOURCES in appendix


def test_hallsberg_resource_register_says_none_are_guaranteed(demo_store, tmp_path):
    text = _text(reports.build(demo_store, "resources", tmp_path / "r.pdf", agreement="Kumla"))
    assert NO_RESOURCES in text and "INGEN RESURS" not in text


def test_a_draft_without_signed_text_is_written_from_its_fields(store, tmp_path):
    ids = small_agreement(store)
    agreement_ops.update_agreement(store, ids["agreement"], {"preamble": "Inledande text."})
    text = _text(reports.build(store, "agreement", tmp_path / "d.pdf", agreement=ids["agreement"]))
    signed, appendix = text.split(TITLE, 1)
    assert "Inledande text." in signed and "Ansvarig part" not in signed and "Ansvarig part" in appendix
    agreement_ops.update_agreement(store, ids["agreement"], {"signed_text": "# Rubrik\n\nSom undertecknat."})
    text = _text(reports.build(store, "agreement", tmp_path / "s.pdf", agreement=ids["agreement"]))
    assert "Rubrik Som undertecknat." in text and "Inledande text." not in text


def test_no_heading_is_left_alone_at_a_page_bottom(demo_store, tmp_path):
    for kind, options in (("agreement", {"agreement": "Örebro kommun"}), ("agreement", {"agreement": "Kumla"}),
                          ("resources", {"agreement": "Örebro kommun"})):
        out = reports.build(demo_store, kind, tmp_path / f"{kind}.pdf", **options)
        assert orphan_headings(out) == [], (kind, options)


def test_the_orphan_check_sees_a_heading_alone(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from samverkan_desktop.core.pdf import styles

    loose = ParagraphStyle("loose_h1", parent=styles()["h1"], keepWithNext=0)
    path = tmp_path / "orphan.pdf"
    SimpleDocTemplate(str(path), topMargin=80, bottomMargin=60).build(
        [Spacer(1, 650), Paragraph("Rubrik ensam", loose), Paragraph("Text " * 200, styles()["body"])])
    assert orphan_headings(path) == [(1, "Rubrik ensam")]


def test_a_heading_before_a_kept_together_block_moves_with_it(tmp_path):
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from samverkan_desktop.core.pdf import PageFrame, build_pdf, styles

    story = [Spacer(1, 640), Paragraph("Rubrik före blocket", styles()["h1"]),
             KeepTogether([Paragraph("Rad " * 60, styles()["body"]) for _ in range(3)])]
    out = build_pdf(tmp_path / "kt.pdf", PageFrame("Prov"), story)
    assert orphan_headings(out) == []
    assert "Rubrik före blocket" in PdfReader(out).pages[1].extract_text()


def _flat(text: str) -> str:
    return " ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", text).split())


def _assert_notes_at_page_foot(path, notes: dict[str, str], header: str) -> dict[str, int]:
    """Each note (marker → its text) is on the page of its marker and, with the page's other
    notes, after all of the page's body text (only the header and footer, drawn last, follow)."""
    pages = [p.extract_text() for p in PdfReader(path).pages]
    found = {}
    for marker, note in notes.items():
        where = [i for i, page in enumerate(pages) if _flat(note) in _flat(page)]
        assert len(where) == 1, (marker, where)
        page = _flat(pages[where[0]])
        assert re.search(rf"\w{marker}", page), f"the note {marker} is not on the page of its reference"
        found[marker] = where[0]
    for i in set(found.values()):
        page = _flat(pages[i])
        own = [_flat(notes[m]) for m in notes if found[m] == i]
        tail = page[page.index(own[0]):page.index(header, page.index(own[0]))].strip()
        assert tail == " ".join(own), f"page {i + 1}: body text among or after its footnotes"
    return found


def test_footnotes_print_at_the_foot_of_the_page_of_their_reference(demo_store, tmp_path):
    a = agreements.resolve_agreement(demo_store, "Örebro kommun")
    notes = {line[0]: line for b in signed_text.parse(a["signed_text"]) if b.kind == "footnotes" for line in b.lines}
    assert list(notes) == list("¹²³⁴⁵⁶")
    out = reports.build(demo_store, "agreement", tmp_path / "ö.pdf", agreement="Örebro kommun")
    pages = _assert_notes_at_page_foot(out, notes, "Örebro kommun Diarienummer: KS 1382/2023")
    assert pages == {"¹": 0, "²": 0, "³": 0, "⁴": 0, "⁵": 1, "⁶": 2}


def test_footnotes_follow_their_reference_wherever_the_page_breaks(store, tmp_path):
    ids = small_agreement(store)
    filler = "Parterna samverkar kring lägesbilden varje vecka och följer upp insatserna tillsammans. " * 4
    text, notes = [], {}
    for n in range(36):
        marker = "¹²³⁴⁵⁶⁷⁸⁹"[n // 4] if n % 4 == 3 else ""
        text.append(f"Stycke {n}. {filler}slutord{marker}.")
        if marker:
            notes[marker] = f"{marker} Fotnot till stycke {n}: {'förklaring ' * (3 + n % 5)}slut."
            text.append(notes[marker])
    text += ["Stycke med lång fotnot⁰.", "⁰ " + "Mycket lång fotnot. " * 400,  # too long for a page foot
             "⁹⁹ Fotnot som inget stycke hänvisar till."]
    agreement_ops.update_agreement(store, ids["agreement"], {"signed_text": "\n\n".join(text)})
    out = reports.build(store, "agreement", tmp_path / "f.pdf", agreement=ids["agreement"])
    pages = _assert_notes_at_page_foot(out, notes, "Örebro kommun Diarienummer: KS 1382/2023")
    assert len(set(pages.values())) >= 3
    flat = _text(out)
    assert "Stycke med lång fotnot⁰. ⁰ Mycket lång fotnot." in flat  # under its passage instead
    assert "⁹⁹ Fotnot som inget stycke hänvisar till." in flat
