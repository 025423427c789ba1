"""Swedish text: sort order (… X Y Z Å Ä Ö), and detection of personnummer in free text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzåäö"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letters that Swedish sorts as a base letter (é as e, ü as y, æ as ä, ø as ö).
_FOLD = {"é": "e", "è": "e", "ê": "e", "à": "a", "á": "a", "ü": "y", "æ": "ä", "ø": "ö",
         "ç": "c", "ñ": "n", "ô": "o", "ó": "o", "í": "i", "ï": "i"}


def swedish_key(text: str | None) -> tuple:
    """A sort key that orders Swedish text as a Swede expects: å, ä, ö after z; case ignored first."""
    if text is None:
        return ((), "")
    primary = []
    for ch in text.casefold():
        ch = _FOLD.get(ch, ch)
        if ch in _RANK:
            primary.append(_RANK[ch])
        elif ch.isspace():
            primary.append(-1)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            primary.append(_RANK.get(base, 100 + ord(ch)))
    return (tuple(primary), text)


def swedish_collation(a: str | None, b: str | None) -> int:
    """SQLite collation ``sv``: use as ``ORDER BY name COLLATE sv``."""
    ka, kb = swedish_key(a), swedish_key(b)
    return (ka > kb) - (ka < kb)


# ÅÅMMDD-NNNN / ÅÅÅÅMMDDNNNN, with - or + or nothing between; samordningsnummer add 60 to the day.
_PNR = re.compile(r"(?<![\d])((?:19|20)?\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{4})(?![\d])")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def find_personal_numbers(text: str | None) -> list[str]:
    """Every personnummer or samordningsnummer in ``text`` (valid date and Luhn check digit)."""
    if not text:
        return []
    found = []
    for m in _PNR.finditer(text):
        year, month, day, _sep, tail = m.groups()
        mm, dd = int(month), int(day)
        if dd > 60:  # samordningsnummer
            dd -= 60
        try:
            dt.date(2000, mm, dd)  # 2000 is a leap year, so 29 February passes
        except ValueError:
            continue
        if _luhn_ok(year[-2:] + month + day + tail):
            found.append(m.group(0))
    return found


def personal_number_warning(text: str | None) -> str | None:
    """A Swedish warning when ``text`` holds a personnummer, else None."""
    hits = find_personal_numbers(text)
    if not hits:
        return None
    return ("Texten verkar innehålla ett personnummer (" + ", ".join(hits) + "). "
            "Skriv inte personuppgifter om enskilda i Samverkan Desktop.")
