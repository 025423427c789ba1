""""Händelser under veckan" in the EST week pack: every incident of the week, one line each.

Date (and time when known), category, area, source, antal and the short description, sorted by
date, time, category and area. After the counts; when the list is long it goes to an appendix at
the end of the pack, so the counts and the agenda stay together.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from ..pdf import Text, para
from ..text import plural, swedish_key
from .est_common import empty_note, grid_table

HEADING = "Händelser under veckan"
APPENDIX = f"Bilaga: {HEADING}"
INLINE_MAX = 40  # about a page; more incidents than this go to an appendix at the end
WIDTH = 210 * mm - 36 * mm
_WIDTHS = [22 * mm, 32 * mm, 28 * mm, 24 * mm, 12 * mm]


def _sorted(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["occurred_on"], r.get("occurred_time") or "",
                                       swedish_key(r["category"] or ""), swedish_key(r["area"] or "")))


def _when(r: dict) -> str:
    return r["occurred_on"] + (f" {r['occurred_time']}" if r.get("occurred_time") else "")


def _table(rows: list[dict]) -> list:
    data = [["Datum", "Kategori", "Område", "Källa", "Antal", "Beskrivning"]]
    data += [[Text(_when(r), "cell_compact"), Text(r["category"] or "–", "cell_compact"),
              Text(r["area"] or "–", "cell_compact"), Text(r["source"] or "–", "cell_compact"),
              str(r["count"]), Text(r["description"] or "–", "cell_compact")] for r in _sorted(rows)]
    total = sum(r["count"] for r in rows)
    data.append(["Totalt", "", "", "", str(total), ""])
    table = grid_table(data, [*_WIDTHS, WIDTH - sum(_WIDTHS)], numeric_from=None, total_row=True)
    table.setStyle([("ALIGN", (4, 0), (4, -1), "RIGHT")])
    return [table]


def section(rows: list[dict]) -> tuple[list, list]:
    """(flowables after the counts, flowables of the appendix at the end of the pack)."""
    head = para(HEADING, "h2")
    if not rows:
        return [head, empty_note("Inga händelser registrerade under veckan.")], []
    summary = (f"{plural(len(rows), 'registrering', 'registreringar')}, "
               f"{plural(sum(r['count'] for r in rows), 'händelse', 'händelser')} (antal)")
    if len(rows) <= INLINE_MAX:
        return [head, para(summary + ".", "small"), *_table(rows)], []
    return ([head, para(f"{summary}: listan står i bilagan sist i underlaget.", "small")],
            [PageBreak(), para(APPENDIX, "h1"), para(summary + ".", "small"), *_table(rows)])
