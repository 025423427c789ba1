"""Values that must make sense, not only have the right type: dates, ISO weeks, sane integers.

Used for everything received in an exchange file (receive.py) and for what ``samverkan set``
writes, so a value that would break ``pdf est-week`` or a later write never enters the workspace.
Enumerations (status, kind …) are CHECK constraints in db/schema.sql and hold on every insert.
"""

from __future__ import annotations

import datetime as dt
import re

from ..i18n import _

# Integers beyond 2^53 are not exact in JSON or a double, and a Lamport time or version that large
# would overflow SQLite's 64-bit integers after a few more writes.
MAX_INT = 2 ** 53
DATE_COLUMNS = frozenset({"adjusted_on", "closed_on", "date", "done_date", "due_date", "frozen_on", "masked_on",
                          "meeting_date", "occurred_on", "period_from", "period_to", "planned_date", "report_date",
                          "signed_date"})
TIME_COLUMNS = frozenset({"created_at", "updated_at"})
YEAR_COLUMNS = frozenset({"iso_year", "raised_year", "year"})
WEEK_PAIRS = (("iso_year", "iso_week"), ("raised_year", "raised_week"))
MIN_YEAR, MAX_YEAR = 1900, 2200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")


def valid_date(text) -> bool:
    """``text`` is an ISO date (YYYY-MM-DD) that exists, in a sane range."""
    if not isinstance(text, str) or not _DATE.match(text):
        return False
    try:
        return MIN_YEAR <= dt.date.fromisoformat(text).year <= MAX_YEAR
    except ValueError:
        return False


def valid_time(text) -> bool:
    """``text`` is a UTC timestamp as stamps.utc_now() writes it."""
    if not isinstance(text, str) or not _TIME.match(text):
        return False
    try:
        dt.datetime.fromisoformat(text[:-1])
    except ValueError:
        return False
    return True


def valid_week(year, week) -> bool:
    """``week`` exists in ISO ``year`` (week 53 only in long years)."""
    try:
        dt.date.fromisocalendar(int(year), int(week), 1)
    except (TypeError, ValueError):
        return False
    return MIN_YEAR <= int(year) <= MAX_YEAR


def problem(row: dict) -> str:
    """What is wrong with the values of ``row`` (column → value), in Swedish; "" when nothing."""
    for name, value in row.items():
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            return _("talet i {name} är för stort").format(name=name)
        if isinstance(value, float) and (value != value or abs(value) > MAX_INT):
            return _("talet i {name} är ogiltigt").format(name=name)
        if name in DATE_COLUMNS and not valid_date(value):
            return _("{name} är inget giltigt datum ({value})").format(name=name, value=_short(value))
        if name in TIME_COLUMNS and not valid_time(value):
            return _("{name} är ingen giltig tidpunkt ({value})").format(name=name, value=_short(value))
        if name in YEAR_COLUMNS and not (isinstance(value, int) and MIN_YEAR <= value <= MAX_YEAR):
            return _("{name} är inget giltigt år ({value})").format(name=name, value=_short(value))
    for year, week in WEEK_PAIRS:
        if row.get(year) is not None and row.get(week) is not None and not valid_week(row[year], row[week]):
            return _("vecka {week} finns inte år {year}").format(week=_short(row[week]), year=_short(row[year]))
    return ""


def _short(value) -> str:
    from .labels import printable

    text = printable(str(value))
    return text if len(text) <= 20 else text[:19] + "…"
