"""Footnotes at the foot of the page where they are referenced.

reportlab has no footnotes of its own. :class:`Footnoted` wraps the flowable that carries a
footnote's marker (a paragraph, a bullet list) together with the note's flowables:

* laid out, it fits on the page only if the notes fit below it as well (else it splits, or moves
  to the next page with its notes);
* drawn, it raises the bottom of the page's frame by the notes' height, so nothing that follows
  runs into the room kept for them, and hands the notes to the page;
* at the page end (:func:`page_end`, the document's ``afterPage``) the page's notes are drawn at
  the bottom of the frame, under a short rule, in the order they were referenced, and the frame
  gets its own bottom back for the next page.

A note referenced a second time on a later page is not repeated there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable, HRFlowable

from .text import MUTED

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
RULE_SPACE = 7.0  # points above the first note: the rule and the gap under it
NOTE_GAP = 1.5


@dataclass(eq=False)
class Note:
    """One footnote: its marker as typed in the text ("²") and its flowables (small paragraphs)."""

    marker: str
    flowables: list


def plain_text(flowable) -> str:
    """The plain text of ``flowable`` and what it holds (a paragraph, a list, a list item)."""
    if hasattr(flowable, "getPlainText"):
        return flowable.getPlainText()
    inner = []
    for attr in ("_flowable", "_content", "_flowables"):
        value = getattr(flowable, attr, None)
        if value is None:
            continue
        inner += value if isinstance(value, (list, tuple)) else [value]
    return " ".join(plain_text(f) for f in inner if isinstance(f, Flowable))


def refers(flowable, marker: str) -> bool:
    """Does ``flowable``'s text carry ``marker`` as a whole superscript number (² is not in ²³)?"""
    return re.search(rf"(?<![{SUPERSCRIPTS}]){re.escape(marker)}(?![{SUPERSCRIPTS}])",
                     plain_text(flowable)) is not None


class _Page:
    """The notes handed to the page being laid out, and the frame bottom they moved."""

    def __init__(self):
        self.notes: list[Note] = []
        self.frame = None
        self.bottom = 0.0

    def height(self, notes: list[Note], width: float, canv) -> float:
        """What ``notes`` add to this page (the rule's room too when they are its first)."""
        new = [n for n in notes if n not in self.notes]
        if not new:
            return 0.0
        total = sum(_notes_height(n, width, canv) for n in new)
        return total + (0.0 if self.notes else RULE_SPACE)


def _notes_height(note: Note, width: float, canv) -> float:
    return sum(f.wrapOn(canv, width, 10_000)[1] + NOTE_GAP for f in note.flowables)


def _page(canv) -> _Page:
    doc = getattr(canv, "_doctemplate", None)
    holder = doc if doc is not None else canv
    if getattr(holder, "_footnote_page", None) is None:
        holder._footnote_page = _Page()
    return holder._footnote_page


class Footnoted(Flowable):
    """``content`` whose text references ``notes``: they print at the foot of its page."""

    def __init__(self, content: Flowable, notes: list[Note]):
        super().__init__()
        self.content = content
        self.notes = list(notes)

    def add(self, note: Note) -> None:
        self.notes.append(note)

    def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
        return plain_text(self.content)

    # what the frame and headings_joined ask of a flowable goes to the content
    def getSpaceBefore(self) -> float:
        return self.content.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.content.getSpaceAfter()

    def getKeepWithNext(self):
        return self.content.getKeepWithNext()

    @property
    def keepWithNext(self):
        return self.content.getKeepWithNext()

    def _reserve(self, width: float) -> float:
        return _page(self.canv).height(self.notes, width, self.canv)

    def _inline(self, width: float) -> bool:
        """Notes too long for a page foot (a user may type pages into one) print under the
        passage instead: a foot that cannot fit would push the passage from page to page."""
        frame = getattr(self, "_frame", None)
        limit = frame._aH * 0.4 if frame is not None else 300
        return sum(_notes_height(n, width, self.canv) for n in self.notes) > limit

    def wrap(self, aW, aH):
        self.content.canv = self.canv
        w, h = self.content.wrap(aW, aH)
        self.width, self.height = w, h
        need = h + (aH if self._inline(aW) else self._reserve(aW))
        return (w, need) if need > aH else (w, h)  # refused by the frame: split (or the next page)

    def split(self, aW, aH):
        if self._inline(aW):
            return [self.content, HRFlowable(width=40 * mm, thickness=0.5, color=MUTED, hAlign="LEFT",
                                             spaceBefore=4, spaceAfter=2),
                    *[f for n in self.notes for f in n.flowables]]
        room = aH - self._reserve(aW)
        if room <= 0:
            return []
        self.content.canv = self.canv
        parts = self.content.split(aW, room)
        if not parts:
            return []
        owner: dict[int, list[Note]] = {}
        for note in self.notes:
            at = next((i for i, p in enumerate(parts) if refers(p, note.marker)), 0)
            owner.setdefault(at, []).append(note)
        return [Footnoted(p, owner[i]) if i in owner else p for i, p in enumerate(parts)]

    def drawOn(self, canvas, x, y, _sW=0):
        self.content.drawOn(canvas, x, y, _sW)
        frame = getattr(self, "_frame", None)
        page = _page(canvas)
        new = [n for n in self.notes if n not in page.notes]
        if frame is None or not new:
            return
        if page.frame is None:
            page.frame, page.bottom = frame, frame._y1p
        frame._y1p += page.height(new, frame._getAvailableWidth(), canvas)
        page.notes += new


def page_end(doc) -> None:
    """Draw the page's notes at the foot of its frame and give the frame its bottom back
    (installed as the document's ``afterPage`` by :func:`..document.build_pdf`)."""
    page = getattr(doc, "_footnote_page", None)
    if page is None or not page.notes:
        return
    canv, frame = doc.canv, page.frame
    x, width = frame._x1 + frame._leftPadding, frame._getAvailableWidth()
    canv.saveState()
    canv.setStrokeColor(MUTED)
    canv.setLineWidth(0.5)
    canv.line(x, frame._y1p - 2, x + 40 * mm, frame._y1p - 2)
    canv.restoreState()
    y = frame._y1p - RULE_SPACE
    for note in page.notes:
        for flowable in note.flowables:
            _w, h = flowable.wrapOn(canv, width, 10_000)
            y -= h
            flowable.drawOn(canv, x, y)
            y -= NOTE_GAP
    frame._y1p = page.bottom
    doc._footnote_page = None
