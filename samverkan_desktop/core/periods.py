"""Calendar periods of the work: ISO weeks ("2026-v53"), months ("2026-05"), tertials ("2026-T2"),
years ("2026").

One week notation everywhere: "vecka 48, 2026" in prose (:meth:`IsoWeek.prose`), "2026-v48" in
tables and input (``str(week)``); input also takes "v48", "48", "vecka 48" and "2026-W48".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import N_, _

_WEEK = re.compile(r"^(\d{4})\s*-?\s*(?:w|v|vecka)\s*(\d{1,2})$", re.IGNORECASE)
_WEEK_LENIENT = re.compile(r"^(\d{4})\s*[-/ ]?\s*(?:w|v|vecka)?\s*(\d{1,2})$", re.IGNORECASE)
_TERTIAL = re.compile(r"^(\d{4})-?T([123])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-M?(\d{1,2})$", re.IGNORECASE)
MONTH_NAMES = (N_("januari"), N_("februari"), N_("mars"), N_("april"), N_("maj"), N_("juni"), N_("juli"),
               N_("augusti"), N_("september"), N_("oktober"), N_("november"), N_("december"))
TERTIAL_NAMES = {1: N_("jan–apr"), 2: N_("maj–aug"), 3: N_("sep–dec")}
TERTIAL_MONTHS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week. Week 1 holds the year's first Thursday; some years have a week 53."""

    year: int
    week: int

    def __post_init__(self):
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise ValidationError(_("År {year} har ingen vecka {week}.").format(year=self.year, week=self.week))

    @classmethod
    def parse(cls, text: str, default_year: int | None = None) -> IsoWeek:
        """Parse "2026-v53", "2026-W53", "2026v53"; with ``default_year`` (typed input) also
        "2026-53", "v53", "vecka 53" and "53".

        :raises ValidationError: not a week, or the year has no such week
        """
        raw = (text or "").strip().lower()
        short = raw
        for prefix in ("vecka", "v.", "v", "w"):
            if short.startswith(prefix) and short[len(prefix):].strip().isdigit():
                short = short[len(prefix):].strip()
                break
        if default_year is not None and short.isdigit() and len(short) <= 2:
            return cls(default_year, int(short))
        m = (_WEEK if default_year is None else _WEEK_LENIENT).match(raw)
        if not m:
            example = _("2026-v53 eller 53") if default_year is not None else "2026-v53"
            raise ValidationError(_("Ogiltig vecka: {text} (skriv t.ex. {example}).").format(
                text=repr(text), example=example))
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> IsoWeek:
        """The ISO week that contains ``day``."""
        y, w, _ = day.isocalendar()
        return cls(y, w)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 7)

    def shifted(self, weeks: int) -> IsoWeek:
        """The week ``weeks`` later (negative: earlier)."""
        return IsoWeek.of(self.monday + dt.timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-v{self.week:02d}"

    def prose(self) -> str:
        """"vecka 48, 2026" (in the current language)."""
        return _("vecka {week}, {year}").format(week=self.week, year=self.year)

    def label(self) -> str:
        """"vecka 53, 2026 (2026-12-28 – 2027-01-03)" (in the current language)."""
        return _("vecka {week}, {year} ({first} – {last})").format(
            week=self.week, year=self.year, first=self.monday.isoformat(), last=self.sunday.isoformat())


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always lies in the last ISO week."""
    return dt.date(year, 12, 28).isocalendar()[1]


def tertial_of(day: dt.date) -> int:
    """1 for January–April, 2 for May–August, 3 for September–December."""
    return (day.month - 1) // 4 + 1


@dataclass(frozen=True)
class Period:
    """A month ("2026-05"), a tertial ("2026-T2") or a whole year ("2026"), with its first and last day."""

    year: int
    tertial: int | None = None
    month: int | None = None

    def __post_init__(self):
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(_("Ogiltig månad: {month}.").format(month=self.month))

    @classmethod
    def parse(cls, text: str) -> Period:
        text = text.strip()
        if m := _TERTIAL.match(text):
            return cls(int(m.group(1)), int(m.group(2)))
        if m := _YEAR.match(text):
            return cls(int(m.group(1)))
        if m := _MONTH.match(text):
            return cls(int(m.group(1)), month=int(m.group(2)))
        raise ValidationError(_("Ogiltig period: {text!r} (skriv t.ex. 2026-05, 2026-T2 eller 2026).").format(text=text))

    @property
    def start(self) -> dt.date:
        month = self.month or (TERTIAL_MONTHS[self.tertial][0] if self.tertial else 1)
        return dt.date(self.year, month, 1)

    @property
    def end(self) -> dt.date:
        month = self.month or (TERTIAL_MONTHS[self.tertial][1] if self.tertial else 12)
        nxt = dt.date(self.year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def running_on(self, day: dt.date) -> bool:
        """True while the period is not over on ``day`` (its last day included): its figures are
        preliminary then, and no verdict on them is final."""
        return self.end >= day

    def shifted_years(self, years: int) -> Period:
        """The same tertial (or year) ``years`` later; negative for earlier years."""
        return Period(self.year + years, self.tertial, self.month)

    def __str__(self) -> str:
        if self.month:
            return f"{self.year}-{self.month:02d}"
        return f"{self.year}-T{self.tertial}" if self.tertial else str(self.year)

    def label(self) -> str:
        """"maj 2026", "T2 2026 (maj–aug)" or "helår 2026" (in the current language)."""
        if self.month:
            return f"{_(MONTH_NAMES[self.month - 1])} {self.year}"
        if self.tertial:
            return f"T{self.tertial} {self.year} ({_(TERTIAL_NAMES[self.tertial])})"
        return _("helår {year}").format(year=self.year)


def parse_date(text: str) -> dt.date:
    """Parse ÅÅÅÅ-MM-DD with a Swedish error message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(_("Ogiltigt datum: {text!r} (skriv ÅÅÅÅ-MM-DD).").format(text=text)) from None


_DAY_MONTH = re.compile(r"^(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/. ]\s*(\d{2}|\d{4}))?$")
_RELATIVE = {"idag": 0, "i dag": 0, "today": 0, "igår": -1, "i går": -1, "yesterday": -1,
             "i förrgår": -2, "förrgår": -2}


def parse_day(text: str, *, today: dt.date, near: dt.date | None = None) -> dt.date:
    """A day as typed in a form: "2026-11-17", "17/11" or "17.11" (the year nearest ``near``, default
    ``today``), "17/11 2026", "idag", "igår".

    :raises ValidationError: not a day (one Swedish line saying how to write it)
    """
    raw = (text or "").strip().lower()
    if raw in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[raw])
    try:
        if m := _DAY_MONTH.match(raw):
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            if year:
                return dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day)
            anchor = near or today
            candidates = [dt.date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                          if _valid(y, month, day)]
            if candidates:
                return min(candidates, key=lambda d: abs((d - anchor).days))
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(_("Datumet {text} finns inte (skriv t.ex. 2026-11-17, 17/11 eller idag).").format(
            text=repr(text)), field="date") from None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
