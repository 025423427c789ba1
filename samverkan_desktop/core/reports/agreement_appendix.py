""""Bilaga: uppföljningsstruktur": the app's own notes on an agreement, apart from the signed text.

The signed agreement (seeds 001 and 003) names no lead party per form, no follow-up method per
form and no resource per form; the app keeps these to follow the agreement up. They print here,
after the signatures, on a page of their own and marked as the app's notes.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from ..agreement import queries as agreements
from ..agreement import resources
from ..pdf import Text, keep_together, para, paras, table
from ..pdf.text import MUTED

TITLE = "Bilaga: uppföljningsstruktur"
NO_RESOURCES = "Överenskommelsen garanterar inga namngivna resurser."
_LABEL = 42 * mm
_VALUE = 132 * mm


def form_name(form: dict) -> str:
    """"Namn (FÖRK)" unless the abbreviation is already in the name."""
    abbr = form["abbreviation"]
    return form["name"] + (f" ({abbr})" if abbr and abbr not in form["name"] else "")


def _grid(rows: list[list]) -> object:
    return table(rows, [_LABEL, _VALUE], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)],
                 rule=(0.2, MUTED))


def story_for(store, a: dict, parties) -> list:
    """The appendix of agreement ``a`` (starts on a new page)."""
    forms = agreements.list_forms(store, a["uuid"])
    coverage = {f["uuid"]: f["resources"] for f in resources.form_coverage(store, a["uuid"])}
    any_resource = not resources.guarantees_none(store, a["uuid"])
    story: list = [PageBreak(), para(TITLE, "h1"),
                   para("Appens anteckningar för uppföljningen – ingen del av den undertecknade "
                        "överenskommelsen. Här står parterna och, för varje samverkansform, ansvarig part, "
                        "deltagande parter, hur formen följs upp och vilka garanterade resurser som tjänar den.",
                        "small")]
    if not any_resource:
        story.append(para(NO_RESOURCES, "body"))
    if parties:
        rows = [[p.name, p.case_number or "–",
                 ", ".join(x for x in (p.signatory_name, p.signatory_title) if x) or "–"] for p in parties]
        story += [para("Parter", "h2"),
                  table(rows, [60 * mm, 40 * mm, 74 * mm], header=("Part", "Diarienummer", "Undertecknas av"),
                        style=[("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED)], rule=None)]
    for f in forms:
        lead = f["lead_party_name"] or "Ingen namngiven"
        rows = [[Text("Ansvarig part", "cell_bold"), lead]]
        if f["lead_text"].strip():
            rows.append([Text("Ansvar (anteckning)", "cell_bold"), f["lead_text"]])
        members = agreements.form_party_names(store, f["uuid"])
        rows.append([Text("Deltagande parter", "cell_bold"), ", ".join(members) or "–"])
        rows.append([Text("Uppföljning", "cell_bold"), f["follow_up_text"].strip() or "–"])
        if any_resource:
            served = [f"{r['party_name']}: {r['text']}" for r in coverage.get(f["uuid"], [])]
            rows.append([Text("Resurser", "cell_bold"), "\n".join(served) or "Ingen garanterad resurs"])
        story += keep_together([*paras(form_name(f), "h2", blank_lines=False), _grid(rows)])
    return story
