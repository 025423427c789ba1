"""Fonts, paragraph styles and the one escaping function for user text."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

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


def esc(text: object) -> str:
    """The one way user text enters a Paragraph: & < > escaped, newlines as <br/>.

    Anything typed by a user (titles, descriptions, names) must pass here; markup written by
    the report code itself (``<b>`` around a label) is added around the escaped text.
    """
    if text is None:
        return ""
    lines = escape(str(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(lines)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23,
                                textColor=ACCENT, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=13.5, leading=17,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
    }


def para(text: object, style: str = "body", *, markup: str = "{}") -> Paragraph:
    """A Paragraph of escaped user ``text``; ``markup`` may wrap it, e.g. ``"<b>{}</b>"``."""
    return Paragraph(markup.format(esc(text)), styles()[style])
