"""EST analysis of a tertial or a year: counts by category, area and source, three years side by side.

    result = analyse(store, agreement_uuid, Period.parse("2026-T2"))
    result.by_category[0].label, result.by_category[0].counts[2025]

The sums run in SQL (GROUP BY over the incident table's (agreement_uuid, occurred_on) index,
``sum(count)``): one grouped query per compared period for the category × area × source cube
and one for the weekly trend; Python only folds a few thousand grouped rows into the tables.
A plats counts under its område (the analysis is about areas). Conclusions and prioritised
areas are saved per period in the ``analysis`` table (one row per agreement and period).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ..agreement import queries as agreements
from ..errors import NotFound, ValidationError
from ..i18n import _
from ..periods import IsoWeek, Period
from ..progress import Progress, no_progress
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid
from ..text import swedish_key
from .areas import agreement_areas
from .kommun import Kommun, area_clause, areas_param
from .kommun import suffix as kommun_suffix

NO_CATEGORY = "(ingen kategori)"
NO_AREA = "(inget område)"
NO_SOURCE = "(ingen källa)"
YEARS_BACK = 2  # the same period in the two previous years is compared


@dataclass
class CountRow:
    """One line of a table: a category, area or source with its count per compared year."""

    key: str
    label: str
    counts: dict[int, int]

    def count(self, year: int) -> int:
        return self.counts.get(year, 0)


@dataclass(frozen=True)
class AreaChange:
    """How much an area changed against the same period the year before."""

    label: str
    previous: int
    current: int

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        """The change in per cent, None when the previous period had nothing."""
        return None if self.previous == 0 else 100.0 * self.delta / self.previous

    def describe(self) -> str:
        """Swedish: "Vivalla: 120 → 180 (+60, +50 %)"."""
        pct = "ny" if self.percent is None else f"{self.percent:+.0f} %"
        return f"{self.label}: {self.previous} → {self.current} ({self.delta:+d}, {pct})"


@dataclass
class Analysis:
    """The analysis of one period of an agreement, compared with the two previous years."""

    agreement_uuid: str
    period: Period
    periods: list[Period]  # oldest first; the last is ``period``
    totals: dict[int, int]
    by_category: list[CountRow]
    by_area: list[CountRow]
    by_source: list[CountRow]
    category_area: dict[tuple[str, str], int]  # (category label, area label) → count, this period
    weekly: dict[int, list[tuple[IsoWeek, int]]]  # year → counts per ISO week, in date order
    conclusions: str = ""
    prioritized_areas: str = ""
    saved: bool = False
    changes: list[AreaChange] = field(default_factory=list)
    kommun: Kommun | None = None

    @property
    def years(self) -> list[int]:
        return [p.year for p in self.periods]

    @property
    def year(self) -> int:
        return self.period.year

    def largest_changes(self, limit: int = 5) -> list[AreaChange]:
        """The areas that changed most against the year before (by absolute change)."""
        return self.changes[:limit]

    def trend_series(self, until: dt.date | None = None) -> tuple[list[int], dict[int, list[int | None]]]:
        """Week numbers of this period and, per year, the counts aligned on those week numbers.

        ``None`` where a count would mislead as a drop: a week only partly inside that year's
        period (the tertial starts or ends mid-week), a week that year does not have (week 53),
        every week of a year without a single registration (the work had not started), and,
        with ``until``, a week of this period not over by that day (the current week and
        the future).
        """
        current = self.weekly.get(self.year, [])
        weeks = [w.week for w, _ in current]
        series: dict[int, list[int | None]] = {}
        for period in self.periods:
            if not self.totals.get(period.year):  # a year without a single registration: no line, not 0
                series[period.year] = [None] * len(weeks)
                continue
            by_week = {w.week: (None if w.monday < period.start or w.sunday > period.end else n)
                       for w, n in self.weekly.get(period.year, [])}
            series[period.year] = [by_week.get(w) for w in weeks]
        if until is not None and self.year in series:
            series[self.year] = [None if w.sunday >= until else n for (w, _), n in zip(current, series[self.year],
                                                                                        strict=True)]
        return weeks, series

    def partial_weeks(self) -> list[int]:
        """Week numbers of this period's weeks that lie only partly inside it."""
        return [w.week for w, _ in self.weekly.get(self.year, [])
                if w.monday < self.period.start or w.sunday > self.period.end]

    def preliminary(self, today: dt.date) -> bool:
        """True while the period is not over: its figures are preliminary."""
        return self.period.running_on(today)


def _weeks_of(period: Period) -> list[IsoWeek]:
    """Every ISO week that has at least one day inside ``period``, in order."""
    weeks, week = [], IsoWeek.of(period.start)
    while week.monday <= period.end:
        weeks.append(week)
        week = week.shifted(1)
    return weeks


# INDEXED BY: the date range of incident_date reads only the period's rows, whatever the planner
# guesses without ANALYZE statistics.
_CUBE = f"""SELECT category_uuid, area_uuid, source_uuid, sum(count) AS n FROM incident INDEXED BY incident_date
           WHERE agreement_uuid = :agreement AND occurred_on BETWEEN :start AND :end AND deleted = 0
             AND {area_clause('area_uuid')}
           GROUP BY category_uuid, area_uuid, source_uuid"""
_WEEKLY = f"""SELECT iso_year, iso_week, sum(count) AS n FROM incident INDEXED BY incident_date
             WHERE agreement_uuid = :agreement AND occurred_on BETWEEN :start AND :end AND deleted = 0
               AND {area_clause('area_uuid')}
             GROUP BY iso_year, iso_week"""


def _labels(store: Store, uuids: set[str], table: str, column: str) -> dict[str, str]:
    """Labels of code items or areas by uuid (deleted ones too: history keeps its names)."""
    ids = [u for u in uuids if u]
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT uuid, {column} FROM {table} WHERE uuid IN ({marks})", chunk):
            out[r[0]] = r[1]
    return out


def _rows(sums: dict[str, dict[int, int]], labels: dict[str, str], empty: str, year: int) -> list[CountRow]:
    rows = [CountRow(k, labels.get(k, empty) if k else empty, dict(v)) for k, v in sums.items()]
    rows.sort(key=lambda r: (-r.count(year), swedish_key(r.label)))
    return rows


def analyse(store: Store, agreement_uuid: str, period: Period, *,
            progress: Progress | None = None, kommun: Kommun | None = None) -> Analysis:
    """Count the agreement's incidents in ``period`` and the same period of the two years before.

    :param kommun: only the incidents in this kommun's areas (None: the whole agreement)

    :param progress: ``progress(done, total, text)``; may raise Cancelled between queries
    :returns: an :class:`Analysis` (tables sorted by this period's count, largest first)
    """
    progress = progress or no_progress
    periods = [period.shifted_years(-k) for k in range(YEARS_BACK, -1, -1)]
    group = {a.uuid: a.group_uuid for a in agreement_areas(store, agreement_uuid)}
    by_cat: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_area: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_src: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    cube_now: dict[tuple[str, str], int] = defaultdict(int)
    totals: dict[int, int] = {}
    weekly: dict[int, list[tuple[IsoWeek, int]]] = {}
    steps = 2 * len(periods) + 1
    for i, p in enumerate(periods):
        progress(2 * i, steps, _("Räknar {value} …").format(value=p.label()))
        total = 0
        span = {"agreement": agreement_uuid, "start": p.start.isoformat(), "end": p.end.isoformat(),
                "kommun_areas": areas_param(kommun)}
        for r in store.query(_CUBE, span):
            cat, area, src, n = r["category_uuid"] or "", r["area_uuid"] or "", r["source_uuid"] or "", r["n"]
            area = group.get(area, area)
            by_cat[cat][p.year] += n
            by_area[area][p.year] += n
            by_src[src][p.year] += n
            if p == period:
                cube_now[(cat, area)] += n
            total += n
        totals[p.year] = total
        progress(2 * i + 1, steps, _("Veckotrend {value} …").format(value=p.label()))
        per_week = {(r["iso_year"], r["iso_week"]): r["n"] for r in store.query(_WEEKLY, span)}
        weekly[p.year] = [(w, per_week.get((w.year, w.week), 0)) for w in _weeks_of(p)]
    progress(steps - 1, steps, _("Sammanställer …"))
    cat_labels = _labels(store, set(by_cat) | set(by_src), "code_item", "label")
    area_labels = _labels(store, set(by_area), "area", "name")
    year = period.year
    result = Analysis(
        agreement_uuid=agreement_uuid, period=period, periods=periods, totals=totals,
        by_category=_rows(by_cat, cat_labels, NO_CATEGORY, year),
        by_area=_rows(by_area, area_labels, NO_AREA, year),
        by_source=_rows(by_src, cat_labels, NO_SOURCE, year),
        category_area={(cat_labels.get(c, NO_CATEGORY) if c else NO_CATEGORY,
                        area_labels.get(a, NO_AREA) if a else NO_AREA): n for (c, a), n in cube_now.items()},
        weekly=weekly, kommun=kommun)
    result.changes = sorted(
        (AreaChange(r.label, r.count(year - 1), r.count(year)) for r in result.by_area),
        key=lambda c: (-abs(c.delta), swedish_key(c.label)))
    saved = saved_analysis(store, agreement_uuid, period, kommun=kommun)
    if saved:
        result.conclusions, result.prioritized_areas, result.saved = saved["conclusions"], saved["prioritized_areas"], True
    progress(steps, steps, "")
    return result


def analysis_uuid(agreement_uuid: str, period: Period, kommun: Kommun | None = None) -> str:
    """The natural uuid of an agreement's analysis of ``period`` (the same on every installation);
    a kommun's own analysis has its own."""
    if kommun is None:
        return natural_uuid("analysis", agreement_uuid, str(period))
    return natural_uuid("analysis", agreement_uuid, str(period), kommun.party_uuid)


def saved_analysis(store: Store, agreement_uuid: str, period: Period, *,
                   kommun: Kommun | None = None) -> dict | None:
    """The saved conclusions and prioritised areas of a period (of one kommun, or all), or None."""
    row = store.get("analysis", analysis_uuid(agreement_uuid, period, kommun))
    return row if row and not row["deleted"] else None


@operation
def save_analysis(store: Store, agreement_uuid: str, period: Period, *, conclusions: str,
                  prioritized_areas: str, kommun: Kommun | None = None) -> OpChanges:
    """Save the conclusions and prioritised areas of ``period`` (one undoable step)."""
    with store.write(_("Spara analys {value}{value2}").format(value=period.label(), value2=kommun_suffix(kommun))) as tx:
        tx.ensure("analysis", analysis_uuid(agreement_uuid, period, kommun), {
            "agreement_uuid": agreement_uuid, "period": str(period),
            "party_uuid": kommun.party_uuid if kommun else None,
            "conclusions": conclusions.strip(), "prioritized_areas": prioritized_areas.strip()})
    return tx.changes


def pick_agreement(store: Store, term: str | None) -> dict:
    """The agreement named by ``term`` (uuid or part of the title), or the only one when ``term`` is empty.

    :raises NotFound: no agreement in the workspace, or none matching
    :raises ValidationError: no ``term`` while the workspace holds several agreements
    """
    if term:
        return agreements.resolve_agreement(store, term)
    rows = agreements.list_agreements(store)
    if not rows:
        raise NotFound(_("Arbetsytan har ingen överenskommelse."))
    if len(rows) > 1:
        titles = "; ".join(r["title"] for r in rows)
        raise ValidationError(_("Arbetsytan har {n} överenskommelser ({titles}): ange vilken med --agreement (del av titeln eller uuid).").format(n=len(rows), titles=titles))
    return rows[0]
