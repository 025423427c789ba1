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


# Personnummer and samordningsnummer (day + 60): ÅÅMMDD or ÅÅÅÅMMDD, then the four last digits,
# with one of - + – — − . / or a space (or nothing) between the parts. Unicode digits (full-width
# ０-９, Arabic-Indic, …) are read as ASCII digits first, one character for one, so a match keeps
# its place in the original text.
_SEPARATORS = "-+\u2010\u2011\u2012\u2013\u2014\u2212./"
_PNR = re.compile(r"(?<!\d)((?:19|20|18)?\d{2})(\d{2})(\d{2})"
                  r"(?:\s?[" + re.escape(_SEPARATORS) + r"]\s?|\s)?(\d{4})(?!\d)", re.ASCII)


_ANY_DIGIT = re.compile(r"\d")  # every character ascii_digits turns into an ASCII digit, and those


def ascii_digits(text: str) -> str:
    """``text`` with Unicode digits as ASCII digits, full-width punctuation as ASCII and any space
    as a space: one character for one, so positions stay."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            value = unicodedata.decimal(ch, None)
            out.append(str(value) if value is not None else ch)
        elif ch.isspace():
            out.append(" ")  # no-break and thin spaces separate like a space
        else:
            wide = unicodedata.normalize("NFKC", ch)  # full-width － ／ ． as - / .
            out.append(wide if len(wide) == 1 else ch)
    return "".join(out)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _valid(year: str, month: str, day: str, tail: str) -> bool:
    mm, dd = int(month), int(day)
    if dd > 60:  # samordningsnummer
        dd -= 60
    try:
        dt.date(2000 if len(year) == 2 else int(year), mm, dd)  # 2000 is a leap year
    except ValueError:
        return False
    return _luhn_ok(year[-2:] + month + day + tail)


def find_personal_numbers(text: str | None) -> list[str]:
    """Every personnummer or samordningsnummer in ``text`` (valid date and Luhn check digit),
    as written in ``text``. The one detector: the save warning, the scan, the guard on export."""
    if not text or len(_ANY_DIGIT.findall(text)) < 10:  # a number has ten digits (Unicode ones count)
        return []
    plain = ascii_digits(text)
    found = []
    for m in _PNR.finditer(plain):
        if _valid(*m.groups()):
            found.append(text[m.start():m.end()])
    return found


def has_personal_number(text: str | None) -> bool:
    """True when ``text`` holds a personnummer (registered as the SQL function ``has_pnr``)."""
    return bool(find_personal_numbers(text)) if isinstance(text, str) else False


def mask(number: str) -> str:
    """A found number as it may be shown: the date part, the last four hidden (``YYMMDD-****``)."""
    digits = "".join(ch for ch in ascii_digits(number) if ch.isdigit())
    return digits[-10:-4] + "-****"


def mask_all(text: str) -> str:
    """``text`` with every personnummer in it masked (for labels that name a record)."""
    for hit in find_personal_numbers(text):
        text = text.replace(hit, mask(hit))
    return text


def personal_number_warning(text: str | None) -> str | None:
    """A warning (in the chosen language) when ``text`` holds a personnummer, else None."""
    from .i18n import _

    hits = find_personal_numbers(text)
    if not hits:
        return None
    return _("Texten verkar innehålla ett personnummer ({numbers}). Skriv inte personuppgifter om enskilda i "
             "Samverkan Desktop.").format(numbers=", ".join(mask(h) for h in hits))


def plural(n: int, one: str, many: str) -> str:
    """``n`` with the Swedish noun or adjective form that agrees: "1 rad", "2 rader", "0 rader",
    "1 gul", "3 gula"."""
    return f"{n} {one if n == 1 else many}"
