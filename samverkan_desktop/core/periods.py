"""Calendar periods of the work: ISO weeks ("2026-W53"), months ("2026-05"), tertials ("2026-T2"),
years ("2026")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_TERTIAL = re.compile(r"^(\d{4})-?T([123])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-M?(\d{1,2})$", re.IGNORECASE)
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")
TERTIAL_MONTHS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week. Week 1 holds the year's first Thursday; some years have a week 53."""

    year: int
    week: int

    def __post_init__(self):
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise ValidationError(f"År {self.year} har ingen vecka {self.week}.")

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Parse "2026-W53" (or "2026W53")."""
        m = _WEEK.match(text.strip())
        if not m:
            raise ValidationError(f"Ogiltig vecka: {text!r} (skriv t.ex. 2026-W53).")
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
        return f"{self.year}-W{self.week:02d}"

    def label(self) -> str:
        """Swedish: "vecka 53, 2026 (28 dec – 3 jan)"."""
        return f"vecka {self.week}, {self.year} ({self.monday.isoformat()} – {self.sunday.isoformat()})"


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
            raise ValidationError(f"Ogiltig månad: {self.month}.")

    @classmethod
    def parse(cls, text: str) -> Period:
        text = text.strip()
        if m := _TERTIAL.match(text):
            return cls(int(m.group(1)), int(m.group(2)))
        if m := _YEAR.match(text):
            return cls(int(m.group(1)))
        if m := _MONTH.match(text):
            return cls(int(m.group(1)), month=int(m.group(2)))
        raise ValidationError(f"Ogiltig period: {text!r} (skriv t.ex. 2026-05, 2026-T2 eller 2026).")

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

    def shifted_years(self, years: int) -> Period:
        """The same tertial (or year) ``years`` later; negative for earlier years."""
        return Period(self.year + years, self.tertial, self.month)

    def __str__(self) -> str:
        if self.month:
            return f"{self.year}-{self.month:02d}"
        return f"{self.year}-T{self.tertial}" if self.tertial else str(self.year)

    def label(self) -> str:
        """Swedish: "maj 2026", "T2 2026 (maj–aug)" or "helår 2026"."""
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        names = {1: "jan–apr", 2: "maj–aug", 3: "sep–dec"}
        return f"T{self.tertial} {self.year} ({names[self.tertial]})" if self.tertial else f"helår {self.year}"


def parse_date(text: str) -> dt.date:
    """Parse ÅÅÅÅ-MM-DD with a Swedish error message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(f"Ogiltigt datum: {text!r} (skriv ÅÅÅÅ-MM-DD).") from None
