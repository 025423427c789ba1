"""EST (Effektiv samordning för trygghet): weeks, incidents, problems and actions — reading."""

from __future__ import annotations

import datetime as dt

from ..periods import IsoWeek
from ..store import stamps as clock
from ..store.database import Store
from .kommun import Kommun, action_clause, area_clause, params

# The Monday of the ISO week of est_week row ``w`` (Monday on or before 4 January, plus the weeks).
_MONDAY = "date(printf('%04d-01-04', w.iso_year), '-6 days', 'weekday 1', printf('+%d days', 7 * (w.iso_week - 1)))"


def list_weeks(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's EST weeks, newest first, with their incident totals (a date range each)."""
    return [dict(r) for r in store.query(
        f"""SELECT w.*, (SELECT coalesce(sum(i.count), 0) FROM incident i
                        WHERE i.agreement_uuid = w.agreement_uuid
                          AND i.occurred_on BETWEEN {_MONDAY} AND date({_MONDAY}, '+6 days')
                          AND i.deleted = 0) AS incident_total
           FROM est_week w WHERE w.agreement_uuid = ? AND w.deleted = 0
           ORDER BY w.iso_year DESC, w.iso_week DESC""", (agreement_uuid,))]


def incidents_in_week(store: Store, agreement_uuid: str, year: int, week: int, *,
                      kommun: Kommun | None = None) -> list[dict]:
    """The week's incidents with category, area, source and linked problem (a date range of
    incident_date), by date and time of day; only those in ``kommun``'s areas when one is given."""
    days = IsoWeek(year, week)
    return [dict(r) for r in store.query(
        f"""SELECT i.*, c.label AS category, a.name AS area, s.label AS source, pr.description AS problem
           FROM incident i
           LEFT JOIN code_item c ON c.uuid = i.category_uuid
           LEFT JOIN area a ON a.uuid = i.area_uuid
           LEFT JOIN code_item s ON s.uuid = i.source_uuid
           LEFT JOIN problem pr ON pr.uuid = i.problem_uuid AND pr.deleted = 0
           WHERE i.agreement_uuid = :agreement AND i.occurred_on BETWEEN :monday AND :sunday AND i.deleted = 0
             AND {area_clause('i.area_uuid')}
           ORDER BY i.occurred_on, i.occurred_time, c.label COLLATE sv""",
        {"agreement": agreement_uuid, "monday": days.monday.isoformat(), "sunday": days.sunday.isoformat(),
         **params(kommun)})]


# -- the week view -------------------------------------------------------------------------------


def week_row(store: Store, agreement_uuid: str, week: IsoWeek) -> dict | None:
    """The agreement's live EST week row, or None when nothing has been entered for the week."""
    rows = store.query("SELECT * FROM est_week WHERE agreement_uuid = ? AND iso_year = ? AND iso_week = ? "
                       "AND deleted = 0", (agreement_uuid, week.year, week.week))
    return dict(rows[0]) if rows else None


def districts(store: Store, agreement_uuid: str, *, kommun: Kommun | None = None) -> list[dict]:
    """The områden of the agreement's municipalities (their kommun area belongs to a party of the
    agreement), in the kommun's and then the area's order, with ``kommun`` = the kommun's name.

    These are the rows of the weekly area-status grid; the whole tree (kommun, område, plats)
    with the analysis roll-up is ``est_areas.agreement_areas``.
    """
    return [dict(r) for r in store.query(
        f"""SELECT a.*, k.name AS kommun, k.party_uuid AS kommun_party_uuid
           FROM area a
           JOIN area k ON k.uuid = a.parent_uuid AND k.level = 'kommun' AND k.deleted = 0
           WHERE a.level = 'område' AND a.deleted = 0
             AND k.party_uuid IN (SELECT party_uuid FROM agreement_party
                                  WHERE agreement_uuid = :agreement AND deleted = 0)
             AND {area_clause('a.uuid')}
           ORDER BY k.position, k.name COLLATE sv, a.position, a.name COLLATE sv""",
        {"agreement": agreement_uuid, **params(kommun)})]


def entry_places(store: Store, agreement_uuid: str, *, kommun: Kommun | None = None) -> list[dict]:
    """Where an incident can be placed: each område followed by its platser.

    Rows carry ``uuid``, ``name``, ``level`` and ``label`` ("Vivalla" / "Vivalla › Vivalla centrum").
    """
    out = []
    areas = districts(store, agreement_uuid, kommun=kommun)
    places: dict[str, list[dict]] = {}
    if areas:
        marks = ", ".join("?" for _ in areas)
        for r in store.query(f"SELECT * FROM area WHERE level = 'plats' AND deleted = 0 AND parent_uuid IN ({marks}) "
                             "ORDER BY position, name COLLATE sv", [a["uuid"] for a in areas]):
            places.setdefault(r["parent_uuid"], []).append(dict(r))
    for area in areas:
        out.append({**area, "label": area["name"]})
        for place in places.get(area["uuid"], []):
            out.append({**place, "label": f"{area['name']} › {place['name']}"})
    return out


def area_statuses(store: Store, est_week_uuid: str) -> dict[str, dict]:
    """{area_uuid: status row} of one EST week."""
    return {r["area_uuid"]: dict(r) for r in store.query(
        "SELECT * FROM est_area_status WHERE est_week_uuid = ? AND deleted = 0", (est_week_uuid,))}


# -- problems and actions ------------------------------------------------------------------------

def list_problems(store: Store, agreement_uuid: str, *, include_closed: bool = False,
                  kommun: Kommun | None = None) -> list[dict]:
    """The agreement's prioritised problems (priority 1 first), with area name and open action count;
    a kommun's: those in its areas."""
    closed = "" if include_closed else "AND p.status <> 'avslutat'"
    return [dict(r) for r in store.query(
        f"""SELECT p.*, a.name AS area,
                   (SELECT count(*) FROM action x WHERE x.problem_uuid = p.uuid AND x.deleted = 0
                      AND x.status IN ('planerad', 'pågår')) AS open_actions
            FROM problem p LEFT JOIN area a ON a.uuid = p.area_uuid
            WHERE p.agreement_uuid = :agreement AND p.deleted = 0 {closed} AND {area_clause('p.area_uuid')}
            ORDER BY p.priority, p.raised_year, p.raised_week, p.description COLLATE sv""",
        {"agreement": agreement_uuid, **params(kommun)})]


_ACTION_SELECT = """SELECT x.*, coalesce(ac.name, pa.name) AS party_name,
                           coalesce(ac.name, pa.short_name) AS party_short, ac.name AS actor_name,
                           pr.description AS problem, ar.name AS area,
                           f.name AS form_name, (x.due_date IS NOT NULL AND x.due_date < :today
                             AND x.status IN ('planerad', 'pågår')) AS overdue
                    FROM action x
                    LEFT JOIN party pa ON pa.uuid = x.responsible_party_uuid
                    LEFT JOIN actor ac ON ac.uuid = x.actor_uuid AND ac.deleted = 0
                    LEFT JOIN problem pr ON pr.uuid = x.problem_uuid
                    LEFT JOIN area ar ON ar.uuid = pr.area_uuid
                    LEFT JOIN cooperation_form f ON f.uuid = x.form_uuid"""
_ACTION_KOMMUN = action_clause("pr.area_uuid", "x.responsible_party_uuid")
_ACTION_ORDER = "ORDER BY x.due_date IS NULL, x.due_date, x.raised_year, x.raised_week, x.description COLLATE sv"


def open_actions_in_week(store: Store, agreement_uuid: str, week: IsoWeek, *,
                         today: dt.date | None = None, kommun: Kommun | None = None) -> list[dict]:
    """Actions that were open in ``week``: raised in or before it and not closed before it began.

    This is how open actions follow the coordinators from week to week: an action raised in week
    10 and still open shows in week 11, 12 … and, once closed, last in the week it was closed in.
    An action marked klar/inställd without a closing day counts as closed when it was raised.
    Each row has ``overdue`` (1 when still open and past its due date on ``today``).
    """
    today = today or clock.today()
    return [dict(r) for r in store.query(
        f"""{_ACTION_SELECT}
            WHERE x.agreement_uuid = :agreement AND x.deleted = 0
              AND (x.raised_year * 100 + x.raised_week) <= :week
              AND (x.status IN ('planerad', 'pågår') OR x.closed_on >= :monday
                   OR (x.closed_on IS NULL AND x.raised_year * 100 + x.raised_week = :week))
              AND {_ACTION_KOMMUN}
            {_ACTION_ORDER}""",
        {"agreement": agreement_uuid, "week": week.year * 100 + week.week,
         "monday": week.monday.isoformat(), "today": today.isoformat(), **params(kommun)})]


def actions_overview(store: Store, agreement_uuid: str, *, include_closed: bool = False,
                     today: dt.date | None = None, kommun: Kommun | None = None) -> list[dict]:
    """The agreement's actions across weeks (open ones only unless ``include_closed``), earliest due first."""
    today = today or clock.today()
    status = "" if include_closed else "AND x.status IN ('planerad', 'pågår')"
    return [dict(r) for r in store.query(
        f"{_ACTION_SELECT} WHERE x.agreement_uuid = :agreement AND x.deleted = 0 {status} "
        f"AND {_ACTION_KOMMUN} {_ACTION_ORDER}",
        {"agreement": agreement_uuid, "today": today.isoformat(), **params(kommun)})]


def overdue_actions(store: Store, agreement_uuid: str, *, today: dt.date | None = None) -> list[dict]:
    """Open actions whose due date has passed (due_date < today)."""
    return [r for r in actions_overview(store, agreement_uuid, today=today) if r["overdue"]]


def parse_week_input(text: str, current: IsoWeek) -> IsoWeek:
    """A week typed by the user: "2026-v53", "2026-W53", "2026-53", "v53", "vecka 53" or "53"
    (a bare number means that week of ``current``'s year).

    :raises ValidationError: not a week, or the year has no such week
    """
    return IsoWeek.parse(text, default_year=current.year)


def recent_participants(store: Store, agreement_uuid: str, limit: int = 20) -> list[str]:
    """Distinct participant lines of the agreement's latest weeks, newest first (for completion)."""
    out: list[str] = []
    for r in store.query("SELECT participants FROM est_week WHERE agreement_uuid = ? AND deleted = 0 "
                         "AND participants <> '' ORDER BY iso_year DESC, iso_week DESC LIMIT 200",
                         (agreement_uuid,)):
        if r["participants"] not in out:
            out.append(r["participants"])
        if len(out) >= limit:
            break
    return out
