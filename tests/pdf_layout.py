"""Reading a PDF's layout back (pypdf): a heading must not stand alone at the bottom of a page."""

from __future__ import annotations

from pypdf import PdfReader

HEADING_SIZE = 10.5  # h2 is 11 pt, h1 13.5, the title 18; body text 9.5 and smaller
FRAME = (50, 75)  # points of footer (bottom) and header (top) outside the body


def orphan_headings(path) -> list[tuple[int, str]]:
    """(page, text) of every page (but the last) whose lowest body line is heading-sized text."""
    reader = PdfReader(path)
    out = []
    for number, page in enumerate(reader.pages, 1):
        height = float(page.mediabox.height)
        items: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, size, items=items):
            if text.strip() and text.strip() != "•":
                items.append((tm[5] * cm[3] + cm[5], size * abs(tm[3] or 1) * abs(cm[3] or 1), text.strip()))

        page.extract_text(visitor_text=visit)
        body = [i for i in items if FRAME[0] < i[0] < height - FRAME[1]]
        if not body or number == len(reader.pages):
            continue
        lowest = min(y for y, _, _ in body)
        last_line = [i for i in body if abs(i[0] - lowest) < 2]
        if all(size >= HEADING_SIZE for _, size, _ in last_line):
            out.append((number, " ".join(t for _, _, t in last_line)))
    return out
