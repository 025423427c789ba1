"""The text inside a frozen report's PDF, for the privacy scan and the redaction.

pypdf reads the text layer back. What our PDFs do to a text on its way there is undone before
matching: a soft hyphen (pyphen's Swedish hyphenation points, :func:`..pdf.text.soft_hyphens`) is
never extracted where the word did not break, a word broken at one comes out as "Brottsföre-" +
line break + "byggande", and a word too long for its column is cut without a hyphen. So a text is
looked for with any run of white space, soft hyphens and hyphens allowed between its characters,
and case ignored; it must not be part of a longer word at either end.

The extracted text of a PDF is kept in memory by its SHA-256 while the program runs (a scan reads
every frozen report each time); :func:`forget` drops it when a redaction replaces the PDF.
"""

from __future__ import annotations

import difflib
import io
import re
from collections import OrderedDict

from ..pdf.text import clean
from ..text import find_personal_numbers

_SEPARATORS = r"[\s\xad\-‐‑]*"
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])[-‐‑]\n(?=[^\W\d_])")
_CACHE: OrderedDict[str, str] = OrderedDict()
_CACHE_SIZE = 64
# A long removed text is looked for by its first and last this many letters: a report may print it
# split over pages (page header and footer in between) or cut, but rarely both ends.
_ENDS = 80


def pdf_text(data: bytes, sha256: str = "") -> str:
    """The text of the PDF ``data``, pages joined by line breaks: soft hyphens left out and a word
    broken at a line end joined again. Unreadable PDFs give "" (nothing found in them)."""
    if sha256 and sha256 in _CACHE:
        _CACHE.move_to_end(sha256)
        return _CACHE[sha256]
    from pypdf import PdfReader

    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except Exception:  # a received PDF is hostile: whatever breaks the reader, nothing is read
        pages = []
    text = _BROKEN_WORD.sub("", "\n".join(pages).replace("\xad", ""))
    if sha256:
        _CACHE[sha256] = text
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return text


def forget(sha256: str) -> None:
    """Drop the text of a PDF that is no longer kept (a redaction replaced it)."""
    _CACHE.pop(sha256, None)


def personal_numbers(text: str) -> list[str]:
    """The personnummer in an extracted text (a number broken over two lines counts)."""
    return find_personal_numbers(text)


def _letters(text: str) -> str:
    return re.sub(_SEPARATORS, "", clean(text))


def _pattern(letters: str) -> re.Pattern:
    body = _SEPARATORS.join(re.escape(ch) for ch in letters)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])" if letters[-1:].isalnum() and letters[:1].isalnum()
                      else body, re.IGNORECASE)


def contains(text: str, needle: str) -> bool:
    """Whether the extracted ``text`` shows ``needle`` (a long one: its beginning or its end)."""
    letters = _letters(needle)
    if not letters:
        return False
    if len(letters) <= 2 * _ENDS:
        return _pattern(letters).search(text) is not None
    return any(re.compile(_SEPARATORS.join(re.escape(ch) for ch in part), re.IGNORECASE).search(text)
               for part in (letters[:_ENDS], letters[-_ENDS:]))


def removed_parts(old: str, new: str) -> list[str]:
    """What replacing ``old`` by ``new`` takes away: each run of whole words of ``old`` that ``new``
    changes or leaves out, and every personnummer of ``old`` that ``new`` no longer holds."""
    old, new = old or "", new or ""
    words = list(re.finditer(r"\S+", old))
    kept = [m.group() for m in re.finditer(r"\S+", new)]
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, [m.group() for m in words], kept, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete") and i2 > i1:
            parts.append(old[words[i1].start():words[i2 - 1].end()])
    parts += [n for n in find_personal_numbers(old) if n not in new]
    return list(dict.fromkeys(p for p in parts if _letters(p)))
