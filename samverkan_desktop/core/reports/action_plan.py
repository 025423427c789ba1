"""``samverkan pdf FILE action-plan --agreement A --year 2026``: the åtgärdsplan in Brå's columns."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from ..agreement import queries as agreements
from ..follow_up import action_plan
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, esc, para, paras, styles, table
from ..pdf.text import INK, MUTED
from ..progress import Progress, no_progress
from . import Option, ReportKind, register
from .charts import status_marker

HEADERS = ["Orsak", "Åtgärd", "Operativt mål", "När", "Vem", "Samverkansform", "Uppföljning"]


def _compact_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    return styles()["cell_compact"], styles()["cell_compact_bold"]


def plan_story(store, agreement_uuid: str, year: int, *, width: float, compact: bool = False) -> list:
    """The flowables of the year's plan: one table per municipality (empty plans say so).

    ``compact`` (a portrait page): smaller type, and the form of cooperation under the measure
    instead of in a column of its own, so no word is broken in the middle.
    """
    cell, head = _compact_styles() if compact else (styles()["cell"], styles()["cell_bold"])
    headers = [h for h in HEADERS if not (compact and h == "Samverkansform")]
    story = []
    parties = action_plan.municipalities(store, agreement_uuid) or [{"uuid": None, "name": "Alla parter"}]
    for party in parties:
        rows = action_plan.list_items(store, agreement_uuid, party["uuid"], year)
        heading = paras(f"{party['name']} – åtgärdsplan {year}", "h2")
        if not rows:
            story += [*heading, para("Ingen åtgärdsplan har förts in för året.", "small")]
            continue
        data = []
        for r in rows:
            status = Table([[status_marker(r["status"], 7), Paragraph(esc(r["status"]), cell)]],
                           colWidths=[10, None], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
            measure = [Text(r["measure"], cell.name)]
            line = [Text(r["cause"], cell.name), measure, Text(r["operational_goal"], cell.name),
                    Text(r["timing"], cell.name), Text(r["who"], cell.name)]
            if compact:
                if r["form_short"]:
                    measure.append(Text(f"Samverkansform: {r['form_short']}", "small"))
            else:
                line.append(Text(r["form_short"] or "", cell.name))
            data.append([*line, status])
        fractions = ([0.19, 0.22, 0.19, 0.12, 0.15, 0.13] if compact
                     else [0.18, 0.18, 0.18, 0.1, 0.13, 0.13, 0.1])
        grid = table(data, [width * f for f in fractions], header=[Paragraph(esc(h), head) for h in headers],
                     style=[("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6"))],
                     rule=(0.3, MUTED))
        story += [*heading, grid]
    return story


def build(store, out: Path, *, progress: Progress | None = None, agreement: str, year: int, **_options) -> Path:
    """Write the action plan of ``agreement`` for ``year``."""
    progress = progress or no_progress
    ag = agreements.resolve_agreement(store, agreement)
    title = f"Åtgärdsplan {year}"
    progress(0, 2, "Läser åtgärdsplanen")
    width = 297 * mm - 36 * mm
    story = [para(title, "title"), *paras(ag["title"], "small")]
    story += plan_story(store, ag["uuid"], int(year), width=width)
    progress(1, 2, "Skriver PDF")
    return build_pdf(out, PageFrame(f"{title} – {ag['title']}",
                                    header_parties=agreements.header_parties(store, ag["uuid"])),
                     story, check_cancel=lambda: progress(1, 2, ""), landscape=True)


register(ReportKind("action-plan", N_("Åtgärdsplan"), build, options=(
    Option("--agreement", N_("Överenskommelse (uuid eller del av titeln)"), required=True),
    Option("--year", N_("År (ÅÅÅÅ)"), required=True, type=int),
)))
