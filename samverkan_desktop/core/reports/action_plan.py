"""``samverkan pdf FILE action-plan --agreement A --year 2026 [--kommun K]``: the åtgärdsplan of each
kommun (or one) in Brå's columns with Problem first, under the plan's decision line (organ, date,
§, dnr, validity, version) and the lägesbild it rests on."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from ..agreement import queries as agreements
from ..est.kommun import resolve_kommun
from ..follow_up import action_plan, plans
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, esc, para, paras, styles, table
from ..pdf.text import INK, MUTED, soft_hyphens
from ..periods import Period
from ..progress import Progress, no_progress
from . import Option, ReportKind, register
from .charts import status_marker

HEADERS = ["Problem", "Orsak", "Åtgärd", "Operativa mål", "När", "Vem", "Samverkansform", "Uppföljning"]


def _compact_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    return styles()["cell_compact"], styles()["cell_compact_bold"]


def _heading(store, party: dict, year: int, plan: dict | None, on=None) -> list:
    if plan is None:
        return paras(f"{party['name']} – åtgärdsplan {year}", "h2")
    if on is not None and plan["status"] != "utkast" and (plan["decision_date"] or "") > on.isoformat():
        # Decided after the report's day: on that day it was a draft (its decision is not printed).
        plan = {**plan, "status": "utkast"}
    out = [*paras(f"{party['name']} – {plans.plan_label(plan)}", "h2"), *paras(plans.decision_line(plan), "small")]
    if plan["lagesbild_uuid"] and plan.get("lagesbild_period"):
        out.append(para(f"Grundas på lägesbilden {Period.parse(plan['lagesbild_period']).label()} för "
                        f"{party['name']} ({plan['lagesbild_status']}).", "small"))
    return out


def plan_story(store, agreement_uuid: str, year: int, *, width: float, compact: bool = False,
               kommun_uuid: str | None = None, on=None) -> list:
    """The flowables of the year's plan: one table per municipality (empty plans say so).

    ``on``: the report's day (a plan decided after it is shown as the draft it was then).

    ``compact`` (a portrait page): smaller type, and the form of cooperation under the measure
    instead of in a column of its own, so no word is broken in the middle.
    """
    cell, head = _compact_styles() if compact else (styles()["cell"], styles()["cell_bold"])
    headers = [h for h in HEADERS if not (compact and h == "Samverkansform")]
    story = []
    parties = action_plan.municipalities(store, agreement_uuid) or [{"uuid": None, "name": "Alla parter"}]
    if kommun_uuid:
        parties = [p for p in parties if p["uuid"] == kommun_uuid]
    for party in parties:
        plan = plans.plan_for_year(store, agreement_uuid, party["uuid"], year)
        rows = (action_plan.plan_items(store, plan["uuid"]) if plan
                else action_plan.list_items(store, agreement_uuid, party["uuid"], year))
        heading = _heading(store, party, year, plan, on)
        if not rows:
            story += [*heading, para("Ingen åtgärdsplan har förts in för året." if plan is None
                                     else "Planen har inga rader ännu.", "small")]
            continue
        form_column = not compact and any(r["form_short"] for r in rows)
        data = []
        for r in rows:
            status = Table([[status_marker(r["status"], 7), Paragraph(esc(r["status"]), cell)]],
                           colWidths=[10, None], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
            measure = [Text(r["measure"], cell.name)]
            line = [Text(r["problem_text"], cell.name), Text(r["cause"], cell.name), measure,
                    Text(r["operational_goal"], cell.name), Text(r["timing"], cell.name),
                    Text(r["who_text"], cell.name)]
            if compact:
                if r["form_short"]:
                    measure.append(Text(f"Samverkansform: {r['form_short']}", "small"))
            elif form_column:
                line.append(Text(r["form_short"] or "", cell.name))
            data.append([*line, status])
        # "När" is wide enough for a date ("Senast 2026-06-30" must not break inside the date).
        fractions = ([0.15, 0.12, 0.14, 0.13, 0.09, 0.13, 0.14, 0.1] if form_column
                     else [0.15, 0.14, 0.17, 0.14, 0.13, 0.14, 0.13])
        shown = [h for h in headers if form_column or h != "Samverkansform"]
        grid = table(data, [width * f for f in fractions], header=[Paragraph(soft_hyphens(esc(h)), head) for h in shown],
                     style=[("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6"))],
                     rule=(0.3, MUTED))
        story += [*heading, grid]
    return story


def build(store, out: Path, *, progress: Progress | None = None, agreement: str, year: int, kommun=None,
          **_options) -> Path:
    """Write the action plan of ``agreement`` for ``year`` (of one ``kommun``, or every kommun)."""
    progress = progress or no_progress
    ag = agreements.resolve_agreement(store, agreement)
    municipality = resolve_kommun(store, ag["uuid"], kommun)
    title = f"Åtgärdsplan {year}" + (f" – {municipality.name}" if municipality else "")
    progress(0, 2, "Läser åtgärdsplanen")
    width = 297 * mm - 36 * mm
    story = [para(title, "title"), *paras(ag["title"], "small")]
    story += plan_story(store, ag["uuid"], int(year), width=width,
                        kommun_uuid=municipality.party_uuid if municipality else None)
    progress(1, 2, "Skriver PDF")
    return build_pdf(out, PageFrame(f"{title} – {ag['title']}",
                                    header_parties=agreements.header_parties(store, ag["uuid"])),
                     story, check_cancel=lambda: progress(1, 2, ""), landscape=True)


register(ReportKind("action-plan", N_("Åtgärdsplan"), build, options=(
    Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn, t.ex. Örebro eller Kumla)"), required=True),
    Option("--year", N_("År (ÅÅÅÅ)"), required=True, type=int),
    Option("--kommun", N_("Bara en kommuns plan (t.ex. Kumla); utelämnad: varje kommuns")),
)))
