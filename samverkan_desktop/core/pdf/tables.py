"""Tables that never stop a PDF: every row may split across pages, and a long text continues in
rows of its own below, so a cell of 100,000 characters flows over as many pages as it needs.

reportlab can split a row only at a flowable boundary and re-measures the whole rest of a row at
every page break, so one huge Paragraph in a cell is slow and, without ``splitInRow``, a
``LayoutError``. :func:`table` therefore cuts long user text into pieces of a few lines (at
paragraph, sentence or word ends), gives each piece a physical row of its own (the other columns
empty), and lets reportlab split a row too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .text import FONT, FONT_BOLD, esc, pieces, soft_hyphens, styles

# A piece of text in a cell is kept to about this many lines, so one row is never much taller
# than a third of a page and reportlab splits rows cheaply.
LINES_PER_PIECE = 18
PADDING = 12  # left + right cell padding of reportlab's default style


class Plain(str):
    """Short text written by the report itself (a number, "+3", "v. 44"): drawn as it is, so the
    table's ALIGN and FONT commands apply. Never user text."""


@dataclass(frozen=True)
class Text:
    """User text for a cell: escaped, cut into pieces when long. ``markup`` wraps each piece."""

    text: object
    style: str = "cell"
    markup: str = "{}"


def _limit(style_name: str, width: float) -> int:
    st = styles()[style_name]
    per_line = max(8, int((width - PADDING) / (stringWidth("n", FONT, st.fontSize) * 1.05)))
    return per_line * LINES_PER_PIECE


def _column(value, width: float) -> list[list]:
    """The pieces of one cell: a list of physical-row contents (each a list of flowables)."""
    if value is None or value == "":
        return [[]]
    if isinstance(value, Plain):
        return [[value]]
    if isinstance(value, (int, float)):
        return [[Plain(value)]]
    if isinstance(value, str):
        value = Text(value)
    if isinstance(value, (Text, Flowable)):
        value = [value]
    rows: list[list] = [[]]
    for item in value:
        if isinstance(item, Plain):
            item = Text(item)
        if isinstance(item, str):
            item = Text(item)
        if isinstance(item, Text):
            parts = pieces(str(item.text) if item.text is not None else "", _limit(item.style, width))
            first, *rest = [Paragraph(item.markup.format(soft_hyphens(esc(p))), styles()[item.style]) for p in parts]
            rows[-1].append(first)
            rows += [[p] for p in rest]
        else:
            rows[-1].append(item)
    return rows


# A date, an ISO week ("2026-v48", "2026-W48") or "2026 v48": printed whole on one line, never
# broken inside (reportlab cuts a word wider than its column anywhere: "2026-11-" / "30").
WHOLE = re.compile(r"\b\d{4}-(?:\d{2}-\d{2}|[vW]\d{2})\b|\b\d{4} v\d{1,2}\b")
DONOR_FLOOR = 28.0  # a column that gives room to a date keeps at least this much (a number, "Prio")


def _tokens(value) -> list[tuple[str, str, float]]:
    """(token, font, size) of every date or week in a cell value, in the font it prints in."""
    if value is None or isinstance(value, (int, float)):
        return []
    if isinstance(value, Plain):
        text, font, size = str(value), FONT_BOLD, 8.5  # a table may print its own text bold (a total row)
    elif isinstance(value, str):
        text, font, size = value, styles()["cell"].fontName, styles()["cell"].fontSize
    elif isinstance(value, Text):
        st = styles()[value.style]
        text = str(value.text) if value.text is not None else ""
        font, size = (FONT_BOLD if "<b>" in value.markup else st.fontName), st.fontSize
    elif isinstance(value, Paragraph):
        text, font, size = value.getPlainText(), value.style.fontName, value.style.fontSize
        if "<b>" in value.text:
            font = FONT_BOLD
    elif isinstance(value, (list, tuple)):
        return [t for item in value for t in _tokens(item)]
    else:
        return []
    return [(m.group(), font, size) for m in WHOLE.finditer(text)] if "-" in text or " v" in text else []


def date_widths(rows: Sequence[Sequence], widths: Sequence[float]) -> list[float]:
    """``widths`` with every column at least as wide as its widest date or week (plus the cell
    padding), the room taken from the other columns in proportion to what they have beyond their
    own need (and :data:`DONOR_FLOOR`); the table keeps its width unless they have too little."""
    need = [0.0] * len(widths)
    for row in rows:
        for i, value in enumerate(row):
            for token, font, size in _tokens(value):
                need[i] = max(need[i], stringWidth(token, font, size) + PADDING + 0.5)
    out = [float(w) for w in widths]
    short = [i for i, w in enumerate(out) if need[i] > w]
    if not short:
        return out
    deficit = sum(need[i] - out[i] for i in short)
    for i in short:
        out[i] = need[i]
    spare = {i: out[i] - max(need[i], DONOR_FLOOR) for i in range(len(out)) if i not in short}
    spare = {i: room for i, room in spare.items() if room > 0}
    total = sum(spare.values())
    for i, room in spare.items():
        out[i] -= min(deficit, total) * room / total
    return out


def _unwrap(cell: list):
    if not cell:
        return ""
    if len(cell) == 1 and isinstance(cell[0], str):
        return cell[0]
    return cell


def table(rows: Sequence[Sequence], widths: Sequence[float], *, header: Sequence | None = None,
          style: Sequence[tuple] = (), row_styles: dict[int, Sequence[tuple]] | None = None,
          h_align: str = "LEFT", repeat_header: bool = True,
          rule: tuple[float, colors.Color] | None = (0.3, colors.HexColor("#c9d3de"))) -> Table:
    """A table whose cells are user text (``str`` / :class:`Text`), flowables or lists of both.

    :param rows: the body rows (not the header)
    :param header: column headings (bold); repeated on every page
    :param style: TableStyle commands for the whole table (row 0 is the header when there is one;
        negative row indexes count from the last physical row)
    :param rule: (width, colour) of the line under each body row (not between a row's pieces)
    :param row_styles: commands per body row (index from 0, without the header), with columns
        only: ``{2: [("BACKGROUND", 0, -1, colour)]}``. They cover every physical row the row
        takes (a long text continues in rows below).
    """
    widths = date_widths(rows, widths)
    data = []
    if header is not None:
        data.append([Paragraph(soft_hyphens(esc(h)), styles()["cell_bold"]) if isinstance(h, str) and not isinstance(h, Plain)
                     else h for h in header])
    spans: list[tuple[int, int]] = []
    for row in rows:
        columns = [_column(v, w) for v, w in zip(row, widths, strict=True)]
        height = max(len(c) for c in columns)
        first = len(data)
        for i in range(height):
            data.append([_unwrap(c[i]) if i < len(c) else "" for c in columns])
        spans.append((first, len(data) - 1))
    table = Table(data, colWidths=list(widths), repeatRows=1 if header is not None and repeat_header else 0,
                  splitInRow=1, hAlign=h_align)
    commands = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"), *style]
    for (first, last) in spans:
        if rule is not None:
            commands.append(("LINEBELOW", (0, last), (-1, last), *rule))
        if last > first:  # the pieces of one text read as one: no gap between them
            commands += [("TOPPADDING", (0, first + 1), (-1, last), 0),
                         ("BOTTOMPADDING", (0, first), (-1, last - 1), 0)]
    for index, commands_of_row in (row_styles or {}).items():
        first, last = spans[index]
        for name, c0, c1, *args in commands_of_row:
            commands.append((name, (c0, first), (c1, last), *args))
    table.setStyle(TableStyle(commands))
    return table
