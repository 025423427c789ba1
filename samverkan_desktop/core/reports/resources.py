"""The resource register: ``samverkan pdf FILE resources --agreement A -o out.pdf``.

Per party: every guaranteed resource with status, holder and contact, vacancies marked; then a
summary per party and the coverage per form of cooperation (a form no resource serves is flagged).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..agreement import queries as agreements
from ..agreement import resource_fields, resources
from ..agreement.resource_fields import RESOURCE
from ..i18n import N_, _
from ..pdf import PageFrame, Text, build_pdf, para, paras, table
from ..pdf.text import MUTED
from ..progress import Progress, no_progress
from ..store.declare import CHOICE, CONTACT, LINE, LINKS, NUMBER, TEXT, display
from ..text import plural
from . import Option, ReportKind, register
from .agreement import header_for
from .agreement_appendix import NO_RESOURCES, form_name

STATUS = RESOURCE["status"]
VACANT = colors.HexColor(STATUS.choice(resource_fields.VACANT).colour)
# Relative widths of a printed column, by the kind of field (the page's width is shared out).
_WEIGHT = {TEXT: 78, LINKS: 40, LINE: 31, CONTACT: 44, CHOICE: 26, NUMBER: 11}
_PAGE_WIDTH = 261 * mm


def _fte(value) -> str:
    return "–" if value is None else f"{value:g}".replace(".", ",")


def _table(header, rows, widths, highlight: dict[int, colors.Color] | None = None) -> Table:
    """``highlight``: body row (from 0) → background colour."""
    style = [("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return table(rows, widths, header=header, style=style, rule=(0.2, colors.HexColor("#d5dbe1")),
                 row_styles={row: [("BACKGROUND", 0, -1, colour)] for row, colour in (highlight or {}).items()})


def story_for(store, a: dict, progress: Progress = no_progress) -> list:
    """The flowables of the resource register of agreement ``a``."""
    rows = resources.list_resources(store, a["uuid"])
    vacant = sum(r["status"] == "vakant" for r in rows)
    story: list = [*paras(f"Resurser som garanteras – {a['title']}", "title"),
                   para(f"Period {a['period_from']} – {a['period_to']}. {plural(len(rows), 'resurs', 'resurser')}; "
                        f"{plural(vacant, 'vakant', 'vakanta')}, "
                        f"{sum(r['status'] == 'under rekrytering' for r in rows)} under rekrytering.", "small")]
    fields = RESOURCE.printed("resources")
    total = sum(_WEIGHT[f.kind] for f in fields)
    widths = [_PAGE_WIDTH * _WEIGHT[f.kind] / total for f in fields]
    header = tuple(_(f.column) for f in fields)
    by_party: dict[str, list[dict]] = {}
    for r in rows:
        by_party.setdefault(r["party_name"], []).append(r)
    for i, (party, items) in enumerate(by_party.items(), 1):
        progress(i, len(by_party) + 2, party)
        body, marks = [], {}
        for n, r in enumerate(items):
            stands_out = r["status"] != resource_fields.STAFFED
            body.append([Text(display(f, r, full=True) or "–", "cell_bold") if f is STATUS and stands_out
                         else (display(f, r, full=True) or "–") for f in fields])
            choice = STATUS.choice(r["status"])
            if choice is not None and choice.colour:
                marks[n] = colors.HexColor(choice.colour)
        story += [*paras(f"{party} ({len(items)})", "h1"), _table(header, body, widths, marks)]

    progress(len(by_party) + 1, len(by_party) + 2, "Sammanställning")
    summary = []
    for s in resources.party_summary(store, a["uuid"]):
        summary.append([s["party_name"], str(s["guaranteed"]), str(s["staffed"]), str(s["vacant"]),
                        str(s["recruiting"]), _fte(s["fte"])])
    story += [para("Per part", "h1"),
              _table(("Part", "Garanterade", "Tillsatta", "Vakanta", "Under rekrytering", "Omfattning (åa)"),
                     summary, [90 * mm, 30 * mm, 30 * mm, 30 * mm, 34 * mm, 32 * mm])]

    story.append(para("Per samverkansform", "h1"))
    if resources.guarantees_none(store, a["uuid"]):
        story += [para(NO_RESOURCES + " Samverkansformerna bärs av parternas ordinarie verksamhet; "
                       "ingen form saknar därför en garanterad resurs.", "body")]
        return story
    coverage = []
    marks = {}
    forms = resources.form_coverage(store, a["uuid"])
    for n, f in enumerate(forms):
        served = "\n".join(f"{r['party_name']}: {r['text']}" for r in f["resources"])
        coverage.append([Text(form_name(f), "cell_bold" if f["uncovered"] else "cell"),
                         served or "INGEN RESURS – formen saknar garanterad resurs",
                         f"{f['staffed']} av {len(f['resources'])}"])
        if f["uncovered"]:
            marks[n] = VACANT
    uncovered = sum(f["uncovered"] for f in forms)
    story += [para(f"{plural(len(forms), 'samverkansform', 'samverkansformer')}; {uncovered} utan garanterad "
                   "resurs.", "small"),
              _table(("Samverkansform", "Resurser som tjänar formen", "Tillsatta"), coverage,
                     [70 * mm, 165 * mm, 26 * mm], marks), Spacer(1, 4 * mm)]
    return story


def build(store, out: Path, *, progress: Progress | None = None, agreement: str) -> Path:
    """Write the resource register of ``agreement`` (uuid or part of the title) to ``out``."""
    progress = progress or no_progress
    a = agreements.resolve_agreement(store, agreement)
    frame = PageFrame(f"Resursregister – {a['title']}",
                      header_parties=header_for(store, a["uuid"], landscape=True))
    story = story_for(store, a, progress)
    return build_pdf(out, frame, story, landscape=True, check_cancel=lambda: progress(0, 0, "Skriver PDF"))


register(ReportKind("resources", N_("Resursregister (resurser som garanteras)"), build,
                    options=(Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn, t.ex. Örebro eller Kumla)"), required=True),)))
