"""ISO weeks and tertials (core/periods.py): week 53, week 1 starting in December, tertial edges."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.periods import IsoWeek, Period, tertial_of, weeks_in_year


def test_2026_has_week_53_spanning_new_year():
    week = IsoWeek.parse("2026-W53")
    assert (week.monday, week.sunday) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert weeks_in_year(2026) == 53
    assert IsoWeek.of(dt.date(2027, 1, 3)) == week
    assert week.shifted(1) == IsoWeek(2027, 1)
    assert str(week) == "2026-v53"


def test_2025_w01_starts_in_december_2024():
    week = IsoWeek.parse("2025-W01")
    assert week.monday == dt.date(2024, 12, 30)
    assert IsoWeek.of(dt.date(2024, 12, 30)) == week
    assert IsoWeek(2025, 1).shifted(-1) == IsoWeek(2024, 52)


def test_2020_w53_and_years_without_it():
    week = IsoWeek(2020, 53)
    assert (week.monday, week.sunday) == (dt.date(2020, 12, 28), dt.date(2021, 1, 3))
    assert IsoWeek.of(dt.date(2021, 1, 1)) == week
    with pytest.raises(ValidationError):
        IsoWeek(2025, 53)
    with pytest.raises(ValidationError):
        IsoWeek.parse("2026-53")


def test_tertial_boundaries():
    assert tertial_of(dt.date(2026, 4, 30)) == 1
    assert tertial_of(dt.date(2026, 5, 1)) == 2
    assert tertial_of(dt.date(2026, 8, 31)) == 2
    assert tertial_of(dt.date(2026, 9, 1)) == 3
    t1, t2 = Period.parse("2026-T1"), Period.parse("2026-T2")
    assert t1.contains(dt.date(2026, 4, 30)) and not t1.contains(dt.date(2026, 5, 1))
    assert t2.contains(dt.date(2026, 5, 1)) and not t2.contains(dt.date(2026, 4, 30))
    assert (t2.start, t2.end) == (dt.date(2026, 5, 1), dt.date(2026, 8, 31))
    assert Period.parse("2026-T3").end == dt.date(2026, 12, 31)


def test_year_period_and_shift():
    year = Period.parse("2024")
    assert (year.start, year.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert str(Period.parse("2026-T2").shifted_years(-2)) == "2024-T2"
    assert Period.parse("2026-T2").label() == "T2 2026 (maj–aug)"
    with pytest.raises(ValidationError):
        Period.parse("2026-T4")
