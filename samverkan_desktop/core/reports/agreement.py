"""The agreement as a document: ``samverkan pdf FILE agreement --agreement A -o out.pdf``.

It reads like the signed original (seeds 001 and 003): title, parties, vision and preamble,
purposes, the resources each party guarantees, each decided form of cooperation with its text,
the clauses, and the signature block. Every page carries the parties and their diarienummer.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import ListFlowable, ListItem, Spacer

from ..agreement import queries as agreements
from ..agreement import resources
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, keep_together, para, paras, styles, table
from ..pdf.text import FONT_BOLD, MUTED, register_fonts
from ..progress import Progress, no_progress
from . import Option, ReportKind, register

CLAUSES = (("Kommunikation", "communication_clause"), ("Ekonomi", "economy_clause"),
           ("Ansvariga för överenskommelsen", "responsibility_clause"), ("Uppföljning", "follow_up_clause"),
           ("Samverkansöverenskommelsens giltighetstid", "validity_clause"))
KIND_HEADINGS = {"samverkansform": "Beslutade samverkansformer", "fokusområde": "Fokusområden",
                 "forum": "Samverkansforum", "arbetsområde": "Arbetsområden"}


def header_for(store, agreement_uuid: str, *, landscape: bool = False) -> list[tuple[str, str]]:
    """(name, diarienummer) for the page header; a name too wide for its slot gives way to the short name.

    With five parties (Hallsberg) "Lokalpolisområde Hallsberg" would be cut to "Lokalpolisområde
    Halls…"; "LPO Hallsberg" reads better. The slot arithmetic mirrors :mod:`..pdf.document`.
    """
    register_fonts()
    parties = agreements.agreement_parties(store, agreement_uuid)
    if not parties:
        return []
    width = (A4[1] if landscape else A4[0]) - 36 * mm
    slot = width / len(parties) - 4
    size = 8 if len(parties) <= 3 else 6.5
    out = []
    for p in parties:
        name = p.name
        if stringWidth(name, FONT_BOLD, size) > slot and p.short_name:
            name = p.short_name
        out.append((name, p.case_number))
    return out


def _bullets(texts) -> ListFlowable:
    return ListFlowable([ListItem(paras(t), leftIndent=12, value="•") for t in texts],
                        bulletType="bullet", start="•", leftIndent=12, bulletFontName="DejaVuSans")


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def story_for(store, agreement: dict, progress: Progress = no_progress) -> list:
    """The flowables of the agreement document (also used by tests and other reports)."""
    st = styles()
    a = agreement
    parties = agreements.agreement_parties(store, a["uuid"])
    story: list = paras(a["title"], "title")
    if parties:
        story += paras(f"Överenskommelse mellan {_joined([p.name for p in parties])}, "
                          f"för perioden {a['period_from']} – {a['period_to']}.", "small")
    rows = [[p.name, p.case_number or "–", ", ".join(x for x in (p.signatory_name, p.signatory_title) if x) or "–"]
            for p in parties]
    if parties:
        grid = table(rows, [60 * mm, 40 * mm, 74 * mm], header=("Part", "Diarienummer", "Undertecknas av"),
                     style=[("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)],
                     rule=None)
        story += [Spacer(1, 2 * mm), grid, Spacer(1, 4 * mm)]
    progress(1, 5, "Inledning")
    vision, preamble = a["vision"].strip(), a["preamble"].strip()
    if vision and not preamble.startswith(vision):
        story += paras(vision, markup="<i>{}</i>")
    for text in (preamble, a["legal_basis"].strip()):
        if text:
            story += paras(text)
    purposes = [p["text"] for p in agreements.list_purposes(store, a["uuid"]) if p["text"].strip()]
    if purposes:
        story += [para("Syftet med denna samverkansöverenskommelse är att:"), _bullets(purposes)]

    progress(2, 5, "Resurser")
    by_party: dict[str, list[dict]] = {}
    for r in resources.list_resources(store, a["uuid"]):
        by_party.setdefault(r["party_uuid"], []).append(r)
    if by_party:
        story.append(para("Resurser som garanteras", "h1"))
    for p in parties:
        items = by_party.pop(p.party_uuid, [])
        if items:
            story += [*paras(f"De resurser som garanteras från {p.name} är följande:", "h2"),
                      _bullets([r["text"] for r in items])]
    for items in by_party.values():  # resources of a party that is no longer in the agreement
        story += [*paras(f"De resurser som garanteras från {items[0]['party_name']} är följande:", "h2"),
                  _bullets([r["text"] for r in items])]

    progress(3, 5, "Samverkansformer")
    forms = agreements.list_forms(store, a["uuid"])
    last_kind = None
    for f in forms:
        if f["kind"] != last_kind:
            story.append(para(KIND_HEADINGS.get(f["kind"], "Samverkansformer"), "h1"))
            last_kind = f["kind"]
        name = f["name"] + (f" ({f['abbreviation']})" if f["abbreviation"] and f["abbreviation"] not in f["name"]
                            else "")
        block = [*paras(name, "h2"), *paras(f["description"])]
        lead = f["lead_text"].strip() or (f["lead_party_name"] or "")
        if lead:
            block += paras(lead, prefix="<b>Ansvarig part:</b> ", blank_lines=False)
        members = agreements.form_party_names(store, f["uuid"])
        if members:
            block += paras(", ".join(members), prefix="<b>Deltagande parter:</b> ", blank_lines=False)
        if f["follow_up_text"].strip():
            block += paras(f["follow_up_text"], prefix="<b>Uppföljning:</b> ", blank_lines=False)
        story += block

    progress(4, 5, "Villkor")
    for heading, key in CLAUSES:
        if a[key].strip():
            story += [para(heading, "h1"), *paras(a[key])]
    if a["revision_notes"].strip():
        story += [para("Revidering", "h1"), *paras(a["revision_notes"])]
    story += _signatures(a, parties, st)
    return story


def _signatures(a: dict, parties, st) -> list:
    place_date = " ".join(x for x in (a["signed_place"], a["signed_date"] or "") if x)
    block = [Spacer(1, 8 * mm), *paras(place_date or "Ort och datum: ______________________")]
    cells = []
    for p in parties:
        cells.append([Spacer(1, 12 * mm), para("_" * 34, "small"),
                      Text(p.signatory_name or "Namnförtydligande", "cell_bold"),
                      Text(p.signatory_title or p.name)])
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    if rows and len(rows[-1]) == 1:
        rows[-1].append("")
    if rows:
        block.append(table(rows, [87 * mm, 87 * mm], rule=None))
    return keep_together(block)


def build(store, out: Path, *, progress: Progress | None = None, agreement: str) -> Path:
    """Write the agreement document of ``agreement`` (uuid or part of the title) to ``out``."""
    progress = progress or no_progress
    a = agreements.resolve_agreement(store, agreement)
    frame = PageFrame(a["title"], header_parties=header_for(store, a["uuid"]))
    story = story_for(store, a, progress)
    progress(5, 5, "Skriver PDF")
    return build_pdf(out, frame, story, check_cancel=lambda: progress(5, 5, "Skriver PDF"))


register(ReportKind("agreement", N_("Överenskommelsen som dokument"), build,
                    options=(Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn, t.ex. Örebro eller Kumla)"), required=True),)))
