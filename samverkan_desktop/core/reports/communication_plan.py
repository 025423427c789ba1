"""PDF: the joint communication plan of one year — its header, then the activities month by month."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

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
from ..i18n import N_
from ..pdf import PageFrame, build_pdf, para, styles
from ..pdf.text import ACCENT, FONT_BOLD, MUTED
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
            raise NotFound(f"{ag['title']} har ingen kommunikationsplan.")
        year = plans[0]["year"]
    plan = get_plan(store, ag["uuid"], int(year))
    if plan is None:
        raise NotFound(f"{ag['title']} har ingen kommunikationsplan för {year}.")
    rows = list_activities(store, plan["uuid"])
    title = f"Kommunikationsplan {plan['year']}"
    st = styles()
    story: list = [para(title, "title"), para(ag["title"], "h2"),
                   para(f"{len(rows)} aktiviteter, varav {sum(r['status'] == 'genomförd' for r in rows)} "
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
        story.append(KeepTogether([heading, _activity_table(items[:1])]))
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
    data = [[para(label, "cell_bold"), para(plan[key] or "–", "cell")] for key, label in HEADER_FIELDS]
    table = Table(data, colWidths=(48 * mm, 213 * mm))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#d5dde6")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f8")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


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
    if header:
        data.append([para(h, "cell_bold") for h in ("När", "Aktivitet", "Kanal", "Målgrupp", "Ansvarig", "Status")])
    for row in items:
        what = [para(row["title"], "cell_bold")]
        if row["message"]:
            what.append(para(row["message"], "small"))
        if row["outcome"]:
            what.append(para(f"Resultat: {row['outcome']}", "small"))
        data.append([para(when_text(row) or "–", "cell"), what, para(row["channel"], "cell"),
                     para(row["target_group"], "cell"), para(responsible_text(row), "cell"), _status_cell(row)])
    table = Table(data, colWidths=(22 * mm, 92 * mm, 26 * mm, 40 * mm, 46 * mm, 35 * mm), repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d5dde6")),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT), ("TEXTCOLOR", (0, 0), (-1, 0), MUTED)]
    for i, row in enumerate(items, start=1 if header else 0):
        if row["overdue"]:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fbe3e3")))
    table.setStyle(TableStyle(style))
    return table


def _legend() -> Table:
    cells = []
    for status in ("planerad", "pågår", "genomförd", "inställd", "försenad"):
        cells += [_marker(status), para(status, "small")]
    table = Table([cells], colWidths=[4 * mm, 22 * mm] * 5, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD)]))
    return table


register(ReportKind("communication-plan", N_("Kommunikationsplan (år)"), build,
    options=(Option("--agreement", N_("Överenskommelse (uuid eller del av titeln)"), required=True),
             Option("--year", N_("År (t.ex. 2026; tomt = senaste planen)"), type=int)),
))
