"""The agreement as a document: ``samverkan pdf FILE agreement --agreement A -o out.pdf``.

It reads as the signed original (seeds 001 and 003): the title, the signed text as it stands in
``signed_text`` (sections, order, headings and footnotes; :mod:`.signed_text`), or for a draft
the text written from the agreement's fields, then the signature block. Every page carries the
parties and their diarienummer. The app's own structure follows in "Bilaga: uppföljningsstruktur"
(:mod:`.agreement_appendix`).
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
from ..pdf import PageFrame, Text, build_pdf, keep_together, para, paras, table
from ..pdf.text import FONT_BOLD, register_fonts
from ..progress import Progress, no_progress
from . import Option, ReportKind, agreement_appendix, register, signed_text

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
    """The flowables of the agreement document (also used by tests and other reports).

    The signed text (``signed_text``) prints verbatim when there is one; a draft without it is
    written from the agreement's fields. The app's own structure (lead party, follow-up, resources
    per form) never mixes with it: it follows the signatures in "Bilaga: uppföljningsstruktur".
    """
    a = agreement
    parties = agreements.agreement_parties(store, a["uuid"])
    story: list = paras(a["title"], "title")
    progress(1, 5, "Inledning")
    if a["signed_text"].strip():
        story += signed_text.flowables(a["signed_text"])
    else:
        story += _drafted(store, a, parties, progress)
    progress(4, 5, "Underskrifter och bilaga")
    # The last paragraph (and its heading, see build_pdf) stays on the signatures' page: no page
    # of signatures alone.
    tail = [story.pop()] if len(story) > 1 and hasattr(story[-1], "text") else []
    story += _signatures(a, parties, tail)
    story += agreement_appendix.story_for(store, a, parties)
    return story


def _drafted(store, a: dict, parties, progress: Progress) -> list:
    """The agreement written from its fields: preamble, purposes, resources, forms, clauses."""
    story: list = []
    if parties:
        story += paras(f"Överenskommelse mellan {_joined([p.name for p in parties])}, "
                       f"för perioden {a['period_from']} – {a['period_to']}.", "small")
    vision, preamble = a["vision"].strip(), a["preamble"].strip()
    if vision and not preamble.startswith(vision):
        story += paras(vision)
    for text in (preamble, a["legal_basis"].strip()):
        if text:
            story += paras(text)
    purposes = [p["text"] for p in agreements.list_purposes(store, a["uuid"]) if p["text"].strip()]
    if len(purposes) == 1 and purposes[0].lstrip().startswith("Syftet"):
        story += [para("Syfte", "h1"), *paras(purposes[0])]  # written as a sentence: not doubled
    elif purposes:
        story += [para("Syftet med denna samverkansöverenskommelse är att:", "lead"), _bullets(purposes)]

    progress(2, 5, "Resurser")
    by_party: dict[str, list[dict]] = {}
    for r in resources.list_resources(store, a["uuid"]):
        by_party.setdefault(r["party_uuid"], []).append(r)
    for p in parties:
        items = by_party.pop(p.party_uuid, [])
        if items:
            story += [*paras(f"De resurser som garanteras från {p.name} är följande:", "lead"),
                      _bullets([r["text"] for r in items])]
    for items in by_party.values():  # resources of a party that is no longer in the agreement
        story += [*paras(f"De resurser som garanteras från {items[0]['party_name']} är följande:", "lead"),
                  _bullets([r["text"] for r in items])]

    progress(3, 5, "Samverkansformer")
    last_kind = None
    for f in agreements.list_forms(store, a["uuid"]):
        if f["kind"] != last_kind:
            story.append(para(KIND_HEADINGS.get(f["kind"], "Samverkansformer"), "h1"))
            last_kind = f["kind"]
        story += [*paras(agreement_appendix.form_name(f), "h2", blank_lines=False), *paras(f["description"])]

    for heading, key in CLAUSES:
        if a[key].strip():
            story += [para(heading, "h1"), *paras(a[key])]
    if a["revision_notes"].strip():
        story += [para("Revidering", "h1"), *paras(a["revision_notes"])]
    return story


def _signatures(a: dict, parties, tail: list) -> list:
    place_date = " ".join(x for x in (a["signed_place"], a["signed_date"] or "") if x)
    block = [*tail, Spacer(1, 6 * mm), *paras(place_date or "Ort och datum: ______________________")]
    cells = []
    for p in parties:
        cells.append([Spacer(1, 10 * mm), para("_" * 34, "small"),
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
