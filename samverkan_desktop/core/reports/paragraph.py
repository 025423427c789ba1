"""``samverkan pdf FILE paragraph --meeting M --paragraph 24``: a protokollsutdrag.

In the shape of the committee's own minutes (seed 004): every page's header names the kommun, the
body, "PROTOKOLLSUTDRAG", the sammanträdesdatum and the page; then § number and title,
Ärendenummer, Handläggare, Ärendebeskrivning, Beslutsunderlag, Förslag till beslut, Beslut; the
justering as it stands ("Digitalt justerat protokoll.", "Justerat digitalt 2023-10-18", or the
justerare's signature lines), and "Rätt utdraget intygar" with the secretary's line. What the app
knows beyond the minutes (the agreement the ärende concerns) stands apart, marked as a note.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..follow_up import meetings
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, keep_together, para, paras, table
from ..progress import Progress, no_progress
from . import Option, ReportKind, register

SECTIONS = (("Ärendebeskrivning", "description"), ("Beslutsunderlag", "basis"),
            ("Förslag till beslut", "proposal"), ("Beslut", "decision"))
WIDTH = 210 * mm - 36 * mm


def _signature(label: str, name: str) -> list:
    return [Spacer(1, 16), para("_" * 44, "small"), Text(f"{name}, {label}" if name else label, "body")]


def _kommun(store, m: dict) -> str:
    party = store.get("party", m["party_uuid"]) if m.get("party_uuid") else None
    return party["name"].upper() if party and not party["deleted"] else ""


def header_rows(store, m: dict) -> list[tuple[str, str, str]]:
    """The minutes' header on every page: kommun, PROTOKOLLSUTDRAG, page; body, sammanträdesdatum."""
    return [(_kommun(store, m), "PROTOKOLLSUTDRAG", "Sida {page}"),
            (m["body"], "", f"Sammanträdesdatum {m['date']}")]


def _justering(m: dict) -> list:
    """The justering as the minutes record it, with the names (or lines to sign when not yet)."""
    out = [para("Justering", "h2"), *paras(meetings.justering_text(m))]
    if m["adjusted_digitally"] or m["adjusted_on"]:
        out += [*paras(f"{m['chair']}, ordförande" if m["chair"] else "ordförande"),
                *paras(f"{m['adjuster']}, justerare" if m["adjuster"] else "justerare")]
    else:
        out.append(table([[_signature("ordförande", m["chair"]), _signature("justerare", m["adjuster"])]],
                         [WIDTH / 2] * 2, style=[("LEFTPADDING", (0, 0), (-1, -1), 0)], rule=None))
    return out


def _concerns(store, p: dict) -> list:
    ag = store.get("agreement", p["agreement_uuid"]) if p.get("agreement_uuid") else None
    if ag is None or ag["deleted"]:
        return []
    numbers = ", ".join(r["case_number"] for r in store.query(
        "SELECT case_number FROM agreement_party WHERE agreement_uuid = ? AND deleted = 0 AND case_number <> '' "
        "ORDER BY position", (ag["uuid"],)))
    text = (f"Anteckning (inte en del av protokollet): ärendet gäller överenskommelsen {ag['title']}, "
            f"{ag['period_from']}–{ag['period_to']}" + (f", diarienummer {numbers}" if numbers else "") + ".")
    return [Spacer(1, 10), *paras(text, "small")]


def build(store, out: Path, *, progress: Progress | None = None, meeting: str, paragraph: int,
          **_options) -> Path:
    """Write the extract of § ``paragraph`` of ``meeting`` (uuid or date)."""
    progress = progress or no_progress
    m = meetings.resolve_meeting(store, meeting)
    p = meetings.find_paragraph(store, m["uuid"], int(paragraph))
    progress(0, 2, "Läser protokollet")
    story = [*paras(f"Utdrag ur protokoll – {m['body']}", "small"),
             *paras(f"Datum: {m['date']}" + (f" · Tid: {m['time']}" if m["time"] else "")
                    + (f" · Plats: {m['place']}" if m["place"] else ""), "small"), Spacer(1, 6),
             *paras(f"§ {p['number']} {p['title']}", "h1"),
             *paras(f"Ärendenummer: {p['case_number']}", "body", markup="<b>{}</b>"),
             *paras(f"Handläggare: {p['officer']}", "body", markup="<b>{}</b>")]
    for heading, key in SECTIONS:
        if p[key]:
            story += [para(heading, "h2"), *paras(p[key])]
    story += _justering(m)
    secretary = f"{m['secretary']}, sekreterare" if m["secretary"] else "sekreterare"
    story += keep_together([Spacer(1, 8), para("Rätt utdraget intygar", "h2"), Spacer(1, 16),
                            para("_" * 44, "small"), *paras(secretary)])
    story += _concerns(store, p)
    progress(1, 2, "Skriver PDF")
    title = f"Protokollsutdrag {m['date']} § {p['number']}"
    return build_pdf(out, PageFrame(title, header_rows=header_rows(store, m)), story,
                     check_cancel=lambda: progress(1, 2, ""))


register(ReportKind("paragraph", N_("Protokollsutdrag (en paragraf)"), build, options=(
    Option("--meeting", N_("Sammanträde (uuid eller datum ÅÅÅÅ-MM-DD)"), required=True),
    Option("--paragraph", N_("Paragrafnummer (§)"), required=True, type=int),
)))
