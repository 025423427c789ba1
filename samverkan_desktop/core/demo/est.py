"""Demo: one year of INVENTED EST data for the Örebro agreement (plus incidents of two years before).

Everything written here is made up, and every lägesbild, incident, problem, action and analysis
text says so (:data:`DEMO_MARK`). A seeded ``random.Random(2026)`` makes the data the same on every
build. The demo's "today" is 2026-11-29 (Sunday of week 48): weeks 1–48 of 2026 are logged, every
week of 2024 and 2025 carries incidents only, so tertial analyses can compare three years and the
December charts of earlier years do not fall to zero. :func:`incidents` and :func:`weeks` are
shared with the Hallsberg agreement's EST demo (``est_hallsberg``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter

from ..est import pack
from ..est.analysis import analyse
from ..est.areas import agreement_areas
from ..est.codelists import INCIDENT_CATEGORY, SOURCE, ensure_default_codes
from ..est.kommun import Kommun
from ..periods import IsoWeek, Period, weeks_in_year
from ..store.stamps import natural_uuid
from ..text import plural
from . import est_data as D
from .orebro import CENTRUM, KOMMUN, PARTNERSHIP_AREAS, PLACES, POLIS, find_agreement, find_areas, party_uuid

DEMO_MARK = D.DEMO_MARK
YEAR = 2026
LAST_WEEK = 48
HISTORY_YEARS = (2024, 2025)
SEED = 2026
AREAS = [*PARTNERSHIP_AREAS, CENTRUM]


def build(tx) -> None:
    """Add the invented EST weeks, area statuses, incidents, problems, actions and one analysis."""
    store = tx.store
    ag = find_agreement(store)
    areas = find_areas(store)
    codes = ensure_default_codes(tx)
    rng = random.Random(SEED)
    made = incidents(rng, AREAS, D.AREA_FACTOR, PLACES)
    insert_incidents(tx, ag, areas, codes, made)
    weeks(tx, ag, areas, made, AREAS, D.AREA_FACTOR)
    _problems_and_actions(tx, ag, areas)
    _analysis(tx, ag)


EVENING = ("Samling av ungdomar", "Ordningsstörning", "Narkotikahantering", "Brand", "Fordon/buskörning",
           "Hot/våld")


def _time_of_day(rng: random.Random, category: str) -> str | None:
    """An invented time of day: evenings for youth, disorder and drugs; about one in ten unknown."""
    if rng.random() < 0.1:
        return None
    if category in EVENING:
        hour = rng.choices(range(24), weights=[3, 2, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 4, 5, 7, 9, 10, 10,
                                               8, 5])[0]
    else:
        hour = rng.choices(range(24), weights=[1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2,
                                               2, 1])[0]
    return f"{hour:02d}:{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"


def insert_incidents(tx, ag: str, areas: dict[str, str], codes: dict, made: list[dict]) -> None:
    """Write the invented incidents of agreement ``ag`` (areas by name → uuid), with invented times
    of day drawn from their own seeded generator (the rest of the demo stays as it was)."""
    times = random.Random(SEED + 1)
    for inc in made:
        tx.insert("incident", {
            "agreement_uuid": ag, "occurred_on": inc["day"].isoformat(), "iso_year": inc["year"],
            "iso_week": inc["week"], "category_uuid": codes[INCIDENT_CATEGORY][inc["category"]],
            "area_uuid": areas[inc["place"] or inc["area"]], "source_uuid": codes[SOURCE][inc["source"]],
            "count": inc["count"], "description": f"{inc['text']} {DEMO_MARK}",
            "occurred_time": _time_of_day(times, inc["category"])})


# -- incidents ---------------------------------------------------------------------------------

def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: fine for the small rates used here."""
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _season(category: str, area: str, year: int, week: int) -> float:
    """How much more (or less) of ``category`` a week sees than the base rate."""
    f = 1.0
    if category in ("Brand", "Fordon/buskörning") and week in (1, 17, 18, 44):
        f *= 3.0  # nyår, valborg, halloween
    if category == "Samling av ungdomar":
        f *= 2.2 if 23 <= week <= 33 else (0.6 if week <= 9 or week >= 45 else 1.0)
    if category == "Nedskräpning" and 22 <= week <= 34:
        f *= 1.6
    if category == "Fordon/buskörning" and 16 <= week <= 38:
        f *= 1.5
    if category == "Inbrott" and (week <= 8 or week >= 42):
        f *= 1.4  # mörkare kvällar
    if category == "Narkotikahantering" and area == "Vivalla" and year == YEAR and week >= 32:
        f *= 1.0 + 0.3 * (week - 31)  # the rising trend that T3 2026 is about
    if category == "Incident mot anställd" and area == CENTRUM and year == YEAR and 39 <= week <= 44:
        f *= 4.0
    return f


def _day(rng: random.Random, year: int, week: int, category: str) -> dt.date:
    monday = IsoWeek(year, week).monday
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    special = [d for d in days if (d.month, d.day) in ((12, 31), (1, 1), (4, 30), (10, 31))]
    if special and category in ("Brand", "Fordon/buskörning") and rng.random() < 0.6:
        return rng.choice(special)
    # Weekends and Fridays are busier.
    return rng.choices(days, weights=[1, 1, 1, 1.2, 1.6, 1.8, 1.3])[0]


def demo_weeks() -> list[tuple[int, int]]:
    """(year, week) of every week with invented incidents: all of 2024 and 2025, 2026 to week 48."""
    return [(year, week) for year in (*HISTORY_YEARS, YEAR)
            for week in range(1, (LAST_WEEK if year == YEAR else weeks_in_year(year)) + 1)]


def incidents(rng: random.Random, area_names: list[str], factor: dict[str, float],
              places_of: dict[str, list[str]]) -> list[dict]:
    """All invented incidents of the areas, in a fixed order (so the build is deterministic)."""
    out = []
    for year, week in demo_weeks():
        for area in area_names:
            for category, base in D.BASE_RATE.items():
                lam = base * factor[area] * D.YEAR_FACTOR[year] * _season(category, area, year, week)
                for _ in range(_poisson(rng, lam)):
                    places = places_of.get(area, [])
                    place = rng.choice(places) if places and rng.random() < D.PLACE_SHARE else None
                    sources = D.SOURCES[category]
                    out.append({
                        "year": year, "week": week, "area": area, "place": place,
                        "category": category, "day": _day(rng, year, week, category),
                        "source": rng.choices(sources, weights=range(len(sources), 0, -1))[0],
                        "count": rng.choices(range(1, 6), weights=D.COUNT_WEIGHTS)[0],
                        "text": rng.choice(D.DESCRIPTIONS[category])})
    return out


# -- weeks and area statuses ------------------------------------------------------------------

def _status(factor: float, n: int, drugs: int) -> tuple[str, float]:
    expected = sum(D.BASE_RATE.values()) * factor
    ratio = n / expected
    if ratio >= 1.6 or drugs >= 4:
        status = "röd"
    elif ratio >= 1.2 or drugs >= 2:
        status = "gul"
    else:
        status = "grön"
    return status, ratio


def _area_filter(store, ag: str, area_uuid: str) -> Kommun:
    """An område and its platser as a filter of the week-pack queries (they take a kommun's areas)."""
    members = tuple(a.uuid for a in agreement_areas(store, ag) if a.group_uuid == area_uuid)
    return Kommun("", "", "", members or (area_uuid,), ())


def _top(counts: list[pack.WeekCount], n: int) -> str:
    """"ordningsstörning (12), brand (7)": the week's largest categories with their antal."""
    return ", ".join(f"{c.label.lower()} ({c.current})" for c in counts[:n] if c.current)


def weeks(tx, ag: str, areas: dict[str, str], made: list[dict], area_names: list[str],
          factor: dict[str, float], *, participants: str = D.PARTICIPANTS,
          group_of: dict[str, str] | None = None) -> None:
    """The EST weeks of 2026 (to week 48) with a status per area and an invented lägesbild.

    The status is drawn from the invented rows; every figure in the texts comes from the week
    pack's own query functions (:mod:`..est.pack`: ``antal`` summed), so text and tables agree."""
    store = tx.store
    this_year = [i for i in made if i["year"] == YEAR]
    by_week: dict[int, list[dict]] = {w: [] for w in range(1, LAST_WEEK + 1)}
    for inc in this_year:
        by_week[inc["week"]].append(inc)
    filters = {area: _area_filter(store, ag, areas[area]) for area in area_names}
    for week, rows in by_week.items():
        iso = IsoWeek(YEAR, week)
        uuid = natural_uuid("est_week", ag, YEAR, week)
        statuses = {}
        for area in area_names:
            mine = [r for r in rows if r["area"] == area]
            cats = Counter(r["category"] for r in mine)
            status, _ratio = _status(factor[area], len(mine), cats["Narkotikahantering"])
            counts = pack.category_counts(store, ag, iso, kommun=filters[area])
            total = sum(c.current for c in counts)
            motivation = {"grön": "Normalläge", "gul": "Förhöjt läge", "röd": "Allvarligt läge"}[status]
            counted = f"{plural(total, 'händelse', 'händelser')}, mest {_top(counts, 2)}." if total else "inga händelser."
            statuses[area] = status
            tx.insert("est_area_status", {
                "est_week_uuid": uuid, "area_uuid": areas[area], "status": status,
                "motivation": f"{motivation}: {counted} {DEMO_MARK}"},
                uuid=natural_uuid("est_area_status", uuid, areas[area]))
        tx.insert("est_week", {
            "agreement_uuid": ag, "iso_year": YEAR, "iso_week": week,
            "meeting_date": (iso.monday + dt.timedelta(days=1)).isoformat(),
            "participants": participants,
            "situation_report": _report(week, pack.category_counts(store, ag, iso), statuses, group_of)}, uuid=uuid)


def _report(week: int, counts: list[pack.WeekCount], statuses: dict[str, str],
            group_of: dict[str, str] | None) -> str:
    top = _top(counts, 3)
    now, previous = sum(c.current for c in counts), sum(c.previous for c in counts)
    trend = f" ({previous} veckan innan)"
    if group_of:  # an agreement of several kommuner: the common lägesbild names kommuner, not areas
        worst: dict[str, str] = {}
        for a, s in statuses.items():
            if s != "grön" and worst.get(group_of[a]) != "röd":
                worst[group_of[a]] = s
        flagged = [f"{k} {s}" for k, s in worst.items()]
    else:
        flagged = [f"{a} {s}" for a, s in statuses.items() if s != "grön"]
    parts = [f"Lägesbild vecka {week}: {plural(now, 'händelse', 'händelser')}{trend}.",
             f"Mest rapporterat: {top}." if top else "",
             f"Förhöjt läge: {', '.join(flagged)}." if flagged else "Alla områden i normalläge.",
             D.WEEK_NOTES.get(week, ""), DEMO_MARK]
    return " ".join(p for p in parts if p)


# -- problems, actions, analysis --------------------------------------------------------------

def _problems_and_actions(tx, ag: str, areas: dict[str, str]) -> None:
    parties = {"kommun": party_uuid(KOMMUN), "polis": party_uuid(POLIS)}
    forms = {}
    for r in tx.store.query("SELECT uuid, name, abbreviation FROM cooperation_form "
                            "WHERE agreement_uuid = ? AND deleted = 0", (ag,)):
        forms[r["name"]] = r["uuid"]
        if r["abbreviation"]:
            forms[r["abbreviation"]] = r["uuid"]
    problems = {}
    for key, area, text, week, priority, status in D.PROBLEMS:
        problems[key] = tx.insert("problem", {
            "agreement_uuid": ag, "area_uuid": areas[area], "description": f"{text} {DEMO_MARK}",
            "raised_year": YEAR, "raised_week": week, "priority": priority, "status": status},
            uuid=problem_uuid(ag, key))
    for key, week, text, party, function, due, status, closed, feedback, form in D.ACTIONS:
        tx.insert("action", {
            "agreement_uuid": ag, "problem_uuid": problems[key], "raised_year": YEAR, "raised_week": week,
            "description": f"{text} {DEMO_MARK}", "responsible_party_uuid": parties[party],
            "responsible_function": function, "due_date": due, "status": status, "closed_on": closed,
            "feedback": f"{feedback} {DEMO_MARK}" if feedback else "", "form_uuid": forms[form] if form else None})


def problem_uuid(agreement_uuid: str, key: str) -> str:
    """The uuid of a demo problem by its key ("narkotika", "kumla-narkotika" …)."""
    return natural_uuid("demo-problem", agreement_uuid, key)


def _analysis(tx, ag: str) -> None:
    """The T2 analysis; its figures are the analysis report's own (:func:`..est.analysis.analyse`)."""
    period = Period.parse(f"{YEAR}-T2")
    result = analyse(tx.store, ag, period)
    now, last, before = (result.totals.get(y, 0) for y in (YEAR, YEAR - 1, YEAR - 2))
    youth_row = next((r for r in result.by_category if r.label == "Samling av ungdomar"), None)
    youth = [youth_row.count(y) if youth_row else 0 for y in (YEAR, YEAR - 1, YEAR - 2)]
    conclusions = (
        f"Under {period.label()} registrerades {now} händelser, mot {last} samma tertial {YEAR - 1} "
        f"och {before} tertialen {YEAR - 2}. Samling av ungdomar är vanligast under sommaren ({youth[0]} händelser, "
        f"{youth[1]} året innan och {youth[2]} för två år sedan), främst i centrum och kring Järntorget "
        "kvällstid. Förstärkningen med ordningsvakter och nattvandrare vid Järntorget gav färre "
        "störningar efter midsommar. Buskörningen i Brickebacken minskade efter kontroller och fysiska "
        "hinder. Signaler om narkotikahandel vid Vivalla centrum bör bevakas inför T3. "
        f"{DEMO_MARK}")
    tx.insert("analysis", {"agreement_uuid": ag, "period": str(period), "conclusions": conclusions,
                           "prioritized_areas": D.ANALYSIS_PRIORITIZED},
              uuid=natural_uuid("analysis", ag, str(period)))
