"""PDF: the joint communication plan of one year — its header, then the activities month by month."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..agreement import queries as agreements
from ..communication.queries import (
    HEADER_FIELDS,
    by_month,
    get_plan,
    list_activities,
    list_plans,
    responsible_text,
    status_text,
    when_text,
)
from ..errors import NotFound
from ..i18n import N_, _
from ..pdf import PageFrame, Text, build_pdf, keep_together, para, paras, styles, table
from ..pdf.text import ACCENT, FONT_BOLD
from ..text import plural
from . import Option, ReportKind, register
from .charts import status_marker

STATUS_COLOURS = {
    "planerad": colors.HexColor("#1f4e79"),
    "pågår": colors.HexColor("#f2b600"),
    "genomförd": colors.HexColor("#2e7d32"),
    "inställd": colors.HexColor("#9e9e9e"),
    "försenad": colors.HexColor("#c62828"),
}


def build(store, out: Path, *, progress=None, agreement: str, year: int | None = None) -> Path:
    """Write the plan of ``agreement`` for ``year`` (default: its newest plan) to ``out``."""
    ag = agreements.resolve_agreement(store, agreement)
    if year is None:
        plans = list_plans(store, ag["uuid"])
        if not plans:
            raise NotFound(_("{title} har ingen kommunikationsplan.").format(title=ag['title']))
        year = plans[0]["year"]
    plan = get_plan(store, ag["uuid"], int(year))
    if plan is None:
        raise NotFound(_("{title} har ingen kommunikationsplan för {year}.").format(title=ag['title'], year=year))
    rows = list_activities(store, plan["uuid"])
    title = f"Kommunikationsplan {plan['year']}"
    st = styles()
    story: list = [para(title, "title"), *paras(ag["title"], "h2"),
                   para(f"{plural(len(rows), 'aktivitet', 'aktiviteter')}, varav {sum(r['status'] == 'genomförd' for r in rows)} "
                        f"genomförda och {sum(r['overdue'] for r in rows)} försenade.", "small")]
    story.append(_header_table(plan))
    story.append(para("Aktiviteter", "h1"))
    story.append(_legend())
    groups = by_month(rows)
    if not groups:
        story.append(para("Planen har inga aktiviteter ännu.", "body"))
    for i, (month, items) in enumerate(groups):
        if progress:
            progress(i, len(groups), month)
        heading = para(month[:1].upper() + month[1:], "h2")
        story += keep_together([heading, _activity_table(items[:1])])
        if items[1:]:
            story.append(_activity_table(items[1:], header=False))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Utskriven från Samverkan Desktop. Försenad: planerad tid har passerat utan att "
                           "aktiviteten är genomförd eller inställd.", st["small"]))
    # The frame's footer title is kept short: the page header already names the parties.
    frame = PageFrame(title, header_parties=agreements.header_parties(store, ag["uuid"]))
    check = (lambda: progress(len(groups), len(groups), "")) if progress else None
    return build_pdf(out, frame, story, check_cancel=check, landscape=True)


def _header_table(plan: dict) -> Table:
    data = [[Text(label, "cell_bold"), plan[key] or "–"] for key, label in HEADER_FIELDS]
    return table(data, (48 * mm, 213 * mm), rule=(0.3, colors.HexColor("#d5dde6")),
                 style=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f8")),
                        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])


def _marker(status: str) -> Drawing:
    return status_marker(status, 6.8, colours=STATUS_COLOURS)


def _status_cell(row: dict) -> Table:
    key = "försenad" if row["overdue"] else row["status"]
    text = status_text(row)
    if row["status"] == "genomförd" and row["done_date"]:
        text += f" {row['done_date']}"
    cell = Table([[_marker(key), para(text, "cell")]], colWidths=(4 * mm, 29 * mm))
    cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (0, 0), 2.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return cell


def _activity_table(items: list[dict], *, header: bool = True) -> Table:
    data = []
    for row in items:
        what = [Text(row["title"], "cell_bold")]
        if row["message"]:
            what.append(Text(row["message"], "small"))
        if row["outcome"]:
            what.append(Text(f"Resultat: {row['outcome']}", "small"))
        data.append([when_text(row) or "–", what, row["channel"], row["target_group"], responsible_text(row),
                     _status_cell(row)])
    style = [("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT)]
    marks = {i: [("BACKGROUND", 0, -1, colors.HexColor("#fbe3e3"))] for i, row in enumerate(items) if row["overdue"]}
    return table(data, (22 * mm, 92 * mm, 26 * mm, 40 * mm, 46 * mm, 35 * mm), style=style, row_styles=marks,
                 header=("När", "Aktivitet", "Kanal", "Målgrupp", "Ansvarig", "Status") if header else None,
                 rule=(0.3, colors.HexColor("#d5dde6")))


def _legend() -> Table:
    cells = []
    for status in ("planerad", "pågår", "genomförd", "inställd", "försenad"):
        cells += [_marker(status), para(status, "small")]
    table = Table([cells], colWidths=[4 * mm, 22 * mm] * 5, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD)]))
    return table


register(ReportKind("communication-plan", N_("Kommunikationsplan (år)"), build,
    options=(Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn, t.ex. Örebro eller Kumla)"), required=True),
             Option("--year", N_("År (t.ex. 2026; tomt = senaste planen)"), type=int)),
))
