"""``samverkan pdf FILE paragraph --meeting M --paragraph 24``: a protokollsutdrag.

In the shape of the committee's own minutes (seed 004): body, date, § number and title,
Ärendenummer, Handläggare, Ärendebeskrivning, Beslutsunderlag, Förslag till beslut, Beslut,
then "Utdrag ur protokoll" with the justering lines.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..follow_up import meetings
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, para, paras, table
from ..progress import Progress, no_progress
from . import Option, ReportKind, register

SECTIONS = (("Ärendebeskrivning", "description"), ("Beslutsunderlag", "basis"),
            ("Förslag till beslut", "proposal"), ("Beslut", "decision"))


def _signature(label: str, name: str) -> list:
    return [Spacer(1, 16), para("_" * 44, "small"), Text(f"{name}, {label}" if name else label, "body")]


def build(store, out: Path, *, progress: Progress | None = None, meeting: str, paragraph: int,
          **_options) -> Path:
    """Write the extract of § ``paragraph`` of ``meeting`` (uuid or date)."""
    progress = progress or no_progress
    m = meetings.resolve_meeting(store, meeting)
    p = meetings.find_paragraph(store, m["uuid"], int(paragraph))
    progress(0, 2, "Läser protokollet")
    story = [*paras(m["body"], "title"),
             *paras(f"Datum: {m['date']}" + (f" · Tid: {m['time']}" if m["time"] else "")
                  + (f" · Plats: {m['place']}" if m["place"] else ""), "body"),
             para("Utdrag ur protokoll", "small"), Spacer(1, 6),
             *paras(f"§ {p['number']} {p['title']}", "h1"),
             *paras(f"Ärendenummer: {p['case_number']}", "body", markup="<b>{}</b>"),
             *paras(f"Handläggare: {p['officer']}", "body", markup="<b>{}</b>")]
    for heading, key in SECTIONS:
        if p[key]:
            story += [para(heading, "h2"), *paras(p[key])]
    story += [Spacer(1, 14), para("Utdrag ur protokoll", "h2"),
              *paras(f"{m['body']}, sammanträde {m['date']}, § {p['number']}.", "body")]
    signatures = [_signature("ordförande", m["chair"]), _signature("justerare", m["adjuster"])]
    grid = table([signatures, [_signature("sekreterare", m["secretary"]), _signature("Utdragsbestyrkande", "")]],
                 [(210 * mm - 36 * mm) / 2] * 2, style=[("LEFTPADDING", (0, 0), (-1, -1), 0)], rule=None)
    story += [para("Justering", "h2"), grid]
    progress(1, 2, "Skriver PDF")
    title = f"Protokollsutdrag {m['date']} § {p['number']}"
    return build_pdf(out, PageFrame(title), story, check_cancel=lambda: progress(1, 2, ""))


register(ReportKind("paragraph", N_("Protokollsutdrag (en paragraf)"), build, options=(
    Option("--meeting", N_("Sammanträde (uuid eller datum ÅÅÅÅ-MM-DD)"), required=True),
    Option("--paragraph", N_("Paragrafnummer (§)"), required=True, type=int),
)))
