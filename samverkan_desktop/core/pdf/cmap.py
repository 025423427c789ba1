"""A fix for reportlab's ToUnicode CMap: characters beyond the BMP (emoji such as 😀) must be written
as UTF-16 surrogate pairs, or a PDF reader cannot map them back to text.

reportlab writes ``<05> <1F600>`` (an odd-length, invalid hex string); the PDF reference wants
``<05> <D83DDE00>``. Without this, an emoji the font has is drawn but extracts as nothing.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname, subset):
    """reportlab's CMap with every code point written as UTF-16BE (surrogate pairs above U+FFFF)."""
    text = _original(fontname, subset)
    if all(v <= 0xFFFF for v in subset):
        return text
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.endswith("beginbfchar")) + 1
    for i, v in enumerate(subset):
        lines[start + i] = f"<{i:02X}> <{_utf16_hex(v)}>"
    return "\n".join(lines)


def install() -> None:
    """Use the fixed CMap (idempotent)."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
