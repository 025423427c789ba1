"""When incidents happen: weekday × time of day, for a period (and a kommun).

Only incidents with a time of day count in the hour table; those without are counted apart, so the
table never pretends to know more than was reported. Weekdays are Monday (0) … Sunday (6).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import N_
from ..periods import Period
from ..store.database import Store
from .kommun import Kommun, area_clause, params

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAY_SHORT = (N_("mån"), N_("tis"), N_("ons"), N_("tor"), N_("fre"), N_("lör"), N_("sön"))

_SQL = f"""SELECT (CAST(strftime('%w', occurred_on) AS INTEGER) + 6) % 7 AS weekday,
                  CAST(substr(occurred_time, 1, 2) AS INTEGER) AS hour, sum(count) AS n
           FROM incident
           WHERE agreement_uuid = :agreement AND occurred_on BETWEEN :start AND :end AND deleted = 0
             AND {area_clause('area_uuid')}
           GROUP BY weekday, occurred_time IS NULL, hour"""


@dataclass
class WeekdayHours:
    """Incident counts by weekday and hour of one period."""

    period: Period
    counts: dict[tuple[int, int], int] = field(default_factory=dict)  # (weekday, hour) → count
    by_weekday: list[int] = field(default_factory=lambda: [0] * 7)  # with or without a time
    without_time: int = 0

    def count(self, weekday: int, hour: int) -> int:
        return self.counts.get((weekday, hour), 0)

    def band(self, weekday: int, first_hour: int, hours: int) -> int:
        """The count of ``hours`` hours from ``first_hour`` on ``weekday`` (e.g. 18–21)."""
        return sum(self.count(weekday, h) for h in range(first_hour, first_hour + hours))

    @property
    def with_time(self) -> int:
        return sum(self.counts.values())

    @property
    def peak(self) -> int:
        return max(self.counts.values(), default=0)


def weekday_hours(store: Store, agreement_uuid: str, period: Period, *,
                  kommun: Kommun | None = None) -> WeekdayHours:
    """Count the period's incidents by weekday × hour (in ``kommun``'s areas when given)."""
    out = WeekdayHours(period)
    for r in store.query(_SQL, {"agreement": agreement_uuid, "start": period.start.isoformat(),
                                "end": period.end.isoformat(), **params(kommun)}):
        out.by_weekday[r["weekday"]] += r["n"]
        if r["hour"] is None:
            out.without_time += r["n"]
        else:
            out.counts[(r["weekday"], r["hour"])] = out.counts.get((r["weekday"], r["hour"]), 0) + r["n"]
    return out
