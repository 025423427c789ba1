"""Fonts, paragraph styles and the one escaping function for user text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import pyphen
from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, tables

from .. import paths
from . import cmap

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6b7c")
ACCENT = colors.HexColor("#1f4e79")
STATUS_COLOURS = {
    "grön": colors.HexColor("#2e7d32"),
    "gul": colors.HexColor("#f2b600"),
    "röd": colors.HexColor("#c62828"),
    "ej bedömd": colors.HexColor("#9e9e9e"),
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (shipped in resources/fonts) so every glyph is embedded."""
    cmap.install()  # emoji and other characters beyond U+FFFF extract as typed
    folder = paths.fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-BoldOblique", str(folder / "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD,
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")
    # reportlab's own defaults name Helvetica (a table cell's font, a drawing's initial state):
    # even when nothing is drawn in it, the PDF would reference a font it does not embed.
    tables.CellStyle.fontname = FONT
    shapes.STATE_DEFAULTS["fontName"] = FONT


# What stands in for a character the embedded font cannot draw: visible, and it extracts as U+FFFD.
PLACEHOLDER = "\ufffd"
# Emoji presentation selectors and skin-tone modifiers only change how the emoji before them looks.
_INVISIBLE = {*range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)}


@lru_cache(maxsize=1)
def _unprintable() -> re.Pattern:
    """A character class of everything the embedded fonts cannot draw (and line breaks kept)."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    codes = sorted(c for c in regular if c in bold and c >= 0x20 and not 0x7F <= c < 0xA0
                   and unicodedata.category(chr(c)) != "Cf")
    ranges, start, prev = [], codes[0], codes[0]
    for c in codes[1:] + [-1]:
        if c != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = c
        prev = c
    return re.compile("[^\n" + "".join(ranges) + "]")


def _replace(match: re.Match) -> str:
    ch = match.group()
    if ord(ch) in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Cf"):
        return ""
    return PLACEHOLDER


def clean(text: object) -> str:
    """User text as it can be printed: control and format characters (bidi marks, zero-width
    joiners, NUL …) removed, tabs as spaces, line ends as ``\\n``, and every character the
    embedded font lacks (most emoji, private-use, lone surrogates) shown as :data:`PLACEHOLDER`.
    """
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _unprintable().sub(_replace, s)


def esc(text: object) -> str:
    """The one way user text enters a Paragraph: cleaned (:func:`clean`), & < > escaped,
    newlines as <br/>.

    Anything typed by a user (titles, descriptions, names) must pass here; markup written by
    the report code itself (``<b>`` around a label) is added around the escaped text.
    """
    if text is None:
        return ""
    return "<br/>".join(escape(clean(text)).split("\n"))


@lru_cache(maxsize=1)
def _swedish() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="sv")


@lru_cache(maxsize=50_000)
def hyphenate(word: str) -> tuple[tuple[str, str], ...]:
    """The (head, tail) pairs at which a Swedish word may be hyphenated, longest head first
    (pyphen's sv dictionary; cached, since reportlab asks again at every re-wrap)."""
    return tuple(_swedish().iterate(word))


SOFT_HYPHEN = "\xad"
# Words of six letters or more (letters only: never a date, a number or a code) get Swedish hyphenation points.
_LONG_WORD = re.compile(r"[^\W\d_]{6,}")


@lru_cache(maxsize=50_000)
def _with_soft_hyphens(word: str) -> str:
    return _swedish().inserted(word, hyphen=SOFT_HYPHEN)


def soft_hyphens(markup: str) -> str:
    """Escaped text (from :func:`esc`) with soft hyphens at pyphen's Swedish hyphenation points of
    every long word, for narrow columns: reportlab then breaks a word that does not fit at a
    syllable, with a visible hyphen, instead of cutting it anywhere ("Brottsförebyggand|e") or
    only the first word of a line. An unbroken soft hyphen is neither drawn nor extracted."""
    return _LONG_WORD.sub(lambda m: _with_soft_hyphens(m.group()), markup)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report."""
    register_fonts()
    # Swedish hyphenation (pyphen's sv dictionary) wherever a word does not fit on its line;
    # reportlab cuts a word without a hyphen only when no hyphenation point fits at all.
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4)
    narrow = {"hyphenationLang": hyphenate, "hyphenationMinWordLength": 7}
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0, **narrow),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11, spaceAfter=0, **narrow),
        "cell_compact": ParagraphStyle("cell_compact", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0,
                                       **narrow),
        "cell_compact_bold": ParagraphStyle("cell_compact_bold", parent=base, fontName=FONT_BOLD, fontSize=7.5,
                                            leading=9.5, spaceAfter=0, **narrow),
        "title": ParagraphStyle("title", parent=base, keepWithNext=1, fontName=FONT_BOLD, fontSize=18, leading=23,
                                textColor=ACCENT, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, keepWithNext=1, fontName=FONT_BOLD, fontSize=13.5, leading=17,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, keepWithNext=1, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        # a line that opens a list ("… är följande:") stays on the page of the list
        "lead": ParagraphStyle("lead", parent=base, keepWithNext=1),
    }


def para(text: object, style: str = "body", *, markup: str = "{}") -> Paragraph:
    """A Paragraph of escaped user ``text``; ``markup`` may wrap it, e.g. ``"<b>{}</b>"``.

    For text a user may make long, :func:`paras` is the faster choice; a long heading here at
    least lets go of what follows (keepWithNext over pages of text is slow and pointless).
    """
    st = styles()[style]
    if getattr(st, "keepWithNext", 0) and len(str(text or "")) > 600:
        st = ParagraphStyle(f"{st.name}_loose", parent=st, keepWithNext=0)
    return Paragraph(markup.format(esc(text)), st)


def pieces(text: object, limit: int) -> list[str]:
    """``text`` (cleaned) cut into pieces of at most about ``limit`` characters, at a paragraph,
    line, sentence or word end where there is one (a word longer than ``limit`` is cut)."""
    text = clean(text)
    if len(text) <= limit:
        return [text]
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, limit // 3)
            if cut > 0:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit
        out.append(text[start:start + cut].rstrip("\n"))
        start += cut
    out.append(text[start:])
    return out


def paras(text: object, style: str = "body", *, markup: str = "{}", prefix: str = "",
          blank_lines: bool = True) -> list[Paragraph]:
    """User ``text`` as Paragraphs: one per paragraph (blank line) when ``blank_lines``, and a
    long paragraph cut into pieces of about a third of a page, so that reportlab never
    re-wraps 100,000 characters at every page break. ``markup`` wraps every piece; ``prefix``
    (report markup such as ``"<b>Huvudman:</b> "``) stands before the first."""
    chunks = [c for c in clean(text).split("\n\n") if c.strip()] if blank_lines else [clean(text)]
    st = styles()[style]
    out = [Paragraph(markup.format(esc(piece)), st) for chunk in chunks for piece in pieces(chunk, 2500)]
    if prefix:
        out[:1] = [Paragraph(prefix + (out[0].text if out else ""), st)]
    if len(out) > 1 and getattr(st, "keepWithNext", 0):  # only the heading's last piece holds on to what follows
        loose = ParagraphStyle(f"{st.name}_loose", parent=st, keepWithNext=0)
        for p in out[:-1]:
            p.style = loose
    return out


def keep_together(flowables: list, *, limit: int = 3000) -> list:
    """``flowables`` kept on one page when they are short (KeepTogether re-measures its whole
    content at every page break: with long user text that is slow and pointless)."""
    size = sum(len(getattr(f, "text", "") or "") for f in flowables)
    return [KeepTogether(flowables)] if size <= limit else list(flowables)
