"""The agreement's text as signed (``agreement.signed_text``) as flowables, verbatim.

The text is plain text with a few line marks, so the printed agreement keeps the signed
document's sections, their order, headings and footnotes:

* ``# Rubrik`` a section heading, ``## Rubrik`` a sub-heading;
* ``- punkt`` (or ``• punkt``) a bullet; a line below it without a mark continues it;
* ``**fet**`` bold within a line;
* a line starting with a superscript number (``¹ Effektiv samordning …``) a footnote; the
  reference in the text is the same superscript number typed after the word (``EST²``). The
  note prints small at the foot of the page where the nearest passage before it that carries
  the reference stands (:mod:`..pdf.footnotes`); a note nothing refers to prints where it
  stands, under a short rule.

Every other paragraph (blank line between) prints as it is. All text passes :func:`..pdf.esc`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph
from reportlab.platypus.flowables import HRFlowable

from ..pdf import footnotes, paras
from ..pdf.footnotes import SUPERSCRIPTS
from ..pdf.text import MUTED

_FOOTNOTE = re.compile(rf"^[{SUPERSCRIPTS}]+\s")
_BULLET = re.compile(r"^\s*[-•–]\s+")
_HEADING = re.compile(r"^(#{1,2})\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Block:
    """One piece of the signed text: kind is heading1, heading2, paragraph, bullets or footnotes."""

    kind: str
    lines: list[str]


def parse(text: str) -> list[Block]:
    """The blocks of ``text`` in order (see the module's description of the marks)."""
    blocks: list[Block] = []

    def add(kind: str, line: str, *, join: bool = False) -> None:
        last = blocks[-1] if blocks else None
        if last is not None and last.kind == kind and kind in ("paragraph", "bullets", "footnotes") and join:
            last.lines.append(line)
        else:
            blocks.append(Block(kind, [line]))

    previous_blank = True
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            previous_blank = True
            continue
        heading = _HEADING.match(line)
        if heading:
            blocks.append(Block(f"heading{len(heading.group(1))}", [heading.group(2).strip()]))
        elif _FOOTNOTE.match(line):
            add("footnotes", line.strip(), join=True)
        elif _BULLET.match(line):
            add("bullets", _BULLET.sub("", line, count=1), join=True)
        elif not previous_blank and blocks and blocks[-1].kind == "bullets":
            blocks[-1].lines[-1] += "\n" + line.strip()  # a bullet's text goes on
        else:
            add("paragraph", line, join=not previous_blank)
        previous_blank = False
    return blocks


def _bold(flowables: list) -> list:
    """``**x**`` in escaped paragraph text as bold (pairs within one paragraph piece only)."""
    return [Paragraph(_BOLD.sub(r"<b>\1</b>", f.text), f.style) if "**" in f.text else f for f in flowables]


def _marker(note: str) -> str:
    return note[:len(note) - len(note.lstrip(SUPERSCRIPTS))]


def _attach(story: list, note: str) -> bool:
    """Hang ``note`` on the nearest passage before it that refers to it; False when none does."""
    marker = _marker(note)
    for i in range(len(story) - 1, -1, -1):
        if footnotes.refers(story[i], marker):
            item = footnotes.Note(marker, _bold(paras(note, "small", blank_lines=False)))
            if isinstance(story[i], footnotes.Footnoted):
                story[i].add(item)
            else:
                story[i] = footnotes.Footnoted(story[i], [item])
            return True
    return False


def flowables(text: str) -> list:
    """The signed text as flowables for the agreement document."""
    story: list = []
    for block in parse(text):
        if block.kind == "heading1":
            story += paras(block.lines[0], "h1", blank_lines=False)
        elif block.kind == "heading2":
            story += paras(block.lines[0], "h2", blank_lines=False)
        elif block.kind == "paragraph":
            lead = block.lines[-1].rstrip().endswith(":")  # a lead-in stays with the list it opens
            story += _bold(paras("\n".join(block.lines), "lead" if lead else "body", blank_lines=False))
        elif block.kind == "bullets":
            story.append(ListFlowable(
                [ListItem(_bold(paras(t, blank_lines=False)), leftIndent=12, value="•") for t in block.lines],
                bulletType="bullet", start="•", leftIndent=12, bulletFontName="DejaVuSans", spaceAfter=4))
        else:  # footnotes: at the foot of the page of their reference, else here under a short rule
            loose = [note for note in block.lines if not _attach(story, note)]
            if loose:
                story.append(HRFlowable(width=40 * mm, thickness=0.5, color=MUTED, hAlign="LEFT",
                                        spaceBefore=4, spaceAfter=2))
            for note in loose:
                story += _bold(paras(note, "small", blank_lines=False))
    return story
