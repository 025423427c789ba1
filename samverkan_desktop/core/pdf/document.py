"""The page frame every report shares, and writing the PDF atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from ..errors import ReportError
from ..i18n import _
from ..store import stamps
from ..store.stamps import new_uuid
from . import footnotes
from .text import FONT, FONT_BOLD, INK, MUTED, clean, register_fonts

log = logging.getLogger(__name__)
MARK_HEX = "#b00020"  # the mark of a masked frozen report, in the PDF and in the list
MARK_COLOUR = colors.HexColor(MARK_HEX)
# A line every page of the PDFs built inside :func:`marked` carries (and the PDF's subject).
_MARK: ContextVar[str] = ContextVar("page_mark", default="")


@contextlib.contextmanager
def marked(text: str) -> Iterator[None]:
    """Every PDF built inside the block carries ``text`` on every page, in red above the footer,
    and as its subject: a frozen report built again after a redaction says so (reports/frozen_mask.py)."""
    token = _MARK.set(text)
    try:
        yield
    finally:
        _MARK.reset(token)


@dataclass
class PageFrame:
    """What stands on every page.

    :param title: the document title (footer, PDF metadata)
    :param header_parties: (party name, diarienummer) pairs, printed in the header as the seed
        agreement does ("ÖREBRO · Diarienummer: KS 1382/2023")
    :param header_rows: instead, rows of (left, centre, right) text, as minutes have them
        ("ÖREBRO KOMMUN · PROTOKOLLSUTDRAG · sida 1 (2)"); the first row is bold and "{page}" in
        any cell becomes "n (m)"
    """

    title: str
    header_parties: Sequence[tuple[str, str]] = field(default_factory=list)
    header_rows: Sequence[tuple[str, str, str]] = field(default_factory=list)
    printed: dt.date = field(default_factory=lambda: stamps.today())


def _numbered_canvas(frame: PageFrame, mark: str = ""):
    """A canvas class that knows the page count, for "sida n (m)" (two-pass over saved pages)."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # The canvas's own initial font (Helvetica) would be referenced on every page even
            # though nothing is drawn in it: start in the embedded font instead.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_frame(total)
                super().showPage()
            super().save()

        def _draw_frame(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(INK)
            if frame.header_rows:
                self._draw_rows(width, height, total)
            parties = list(frame.header_parties)
            if parties and not frame.header_rows:
                slot = (width - 36 * mm) / len(parties)
                size = 8 if len(parties) <= 3 else 6.5
                for i, (name, case_number) in enumerate(parties):
                    x = 18 * mm + i * slot
                    self.setFont(FONT_BOLD, size)
                    self.drawString(x, height - 12 * mm, _fit(self, name, FONT_BOLD, size, slot - 4))
                    if case_number:
                        self.setFont(FONT, size)
                        self.drawString(x, height - 12 * mm - size - 2,
                                        _fit(self, f"Diarienummer: {case_number}", FONT, size, slot - 4))
                self.setStrokeColor(MUTED)
                self.setLineWidth(0.4)
                self.line(18 * mm, height - 18 * mm, width - 18 * mm, height - 18 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            # Title left, print date and page number right: the title gets what is left over.
            right = f"Utskriven {frame.printed.isoformat()}    sida {self._pageNumber} ({total})"
            room = width - 36 * mm - self.stringWidth(right, FONT, 7.5) - 8 * mm
            self.drawString(18 * mm, 10 * mm, _fit(self, frame.title, FONT, 7.5, room))
            self.drawRightString(width - 18 * mm, 10 * mm, right)
            if mark:
                self.setFont(FONT_BOLD, 8)
                self.setFillColor(MARK_COLOUR)
                self.drawString(18 * mm, 13.5 * mm, _fit(self, mark, FONT_BOLD, 8, width - 36 * mm))
            self.restoreState()

        def _draw_rows(self, width: float, height: float, total: int) -> None:
            room = width - 36 * mm  # left 38 %, centre 24 %, right 38 %
            y = height - 11 * mm
            for i, row in enumerate(frame.header_rows):
                font, size = (FONT_BOLD, 9) if i == 0 else (FONT, 8)
                self.setFont(font, size)
                cells = [c.replace("{page}", f"{self._pageNumber} ({total})") for c in row]
                self.drawString(18 * mm, y, _fit(self, cells[0], font, size, room * 0.38 - 4))
                self.drawCentredString(width / 2, y, _fit(self, cells[1], font, size, room * 0.24 - 4))
                self.drawRightString(width - 18 * mm, y, _fit(self, cells[2], font, size, room * 0.38 - 4))
                y -= size + 3
            self.setStrokeColor(MUTED)
            self.setLineWidth(0.4)
            self.line(18 * mm, height - 19 * mm, width - 18 * mm, height - 19 * mm)

    return NumberedCanvas


@lru_cache(maxsize=64)  # the same header and footer text on every page
def _fit_text(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(clean(text[:2000]).split())
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _fit(c: rl_canvas.Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with "…" to ``width`` (cleaned: a header never shows a box)."""
    return _fit_text(text, font, size, width)


def headings_joined(story: list) -> list:
    """``story`` with every heading (a flowable that keeps with the next) moved into a KeepTogether
    that follows it: reportlab's keepWithNext does not join a KeepTogether, so a heading before a
    kept-together block (a chart, a signature block) could stand alone at a page bottom."""
    out: list = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            pending = []
            while out and getattr(out[-1], "getKeepWithNext", lambda: 0)() and not isinstance(out[-1], KeepTogether):
                pending.insert(0, out.pop())
            if pending:
                flowable._content[:0] = pending
        out.append(flowable)
    return out


def gather_and_build(path: Path | str, frame: PageFrame, make_story: Callable[[], list],
                     progress: Callable[[int, int, str], None], gathering: str) -> Path:
    """The two steps most reports take: gather the story (``gathering`` shown), then write it."""
    progress(0, 2, gathering)
    story = make_story()
    progress(1, 2, "Skriver PDF …")
    return build_pdf(path, frame, story, check_cancel=lambda: progress(1, 2, "Skriver PDF …"))


def build_pdf(path: Path | str, frame: PageFrame, story: list,
              *, check_cancel: Callable[[], None] | None = None, landscape: bool = False) -> Path:
    """Lay out ``story`` in the shared page frame and write it to ``path`` atomically.

    The PDF is written to a temporary file in the same folder and renamed into place, so a
    crash or a cancel never leaves a half-written PDF. ``check_cancel`` may raise Cancelled.
    """
    register_fonts()
    path = Path(path)
    if not path.parent.is_dir():
        from ..errors import ValidationError
        raise ValidationError(_("Mappen finns inte: {parent}").format(parent=path.parent))
    tmp = path.with_name(f".{path.name}.{new_uuid()[:8]}.tmp")
    size = (A4[1], A4[0]) if landscape else A4
    top = 24 * mm if frame.header_parties or frame.header_rows else 16 * mm
    mark = _MARK.get()
    doc = SimpleDocTemplate(str(tmp), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=top, bottomMargin=18 * mm, title=frame.title,
                            author="Samverkan Desktop", creator="Samverkan Desktop",
                            **({"subject": mark} if mark else {}))
    if check_cancel is not None:
        def on_flowable(*_args):
            check_cancel()
        doc.afterFlowable = on_flowable
    doc.afterPage = lambda: footnotes.page_end(doc)  # a page's footnotes at its foot (pdf/footnotes.py)
    try:
        doc.build(headings_joined(story), canvasmaker=_numbered_canvas(frame, mark))
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except LayoutError as exc:  # a defect of ours, but the user gets one Swedish line, no file
        log.error("PDF layout failed: %s", exc)
        raise ReportError(_("PDF:en kunde inte sättas upp: något på sidan får inte plats. Inget skrevs; felet är loggat.")) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path
