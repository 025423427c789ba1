"""What the EST meeting pack of one week needs: the meeting, area statuses, counts, problems, actions.

Open actions follow the carry-over rule: an action belongs to a week's list when it was raised in
or before that week and was not closed before the week started (so an action left open in week 10
stands in the packs of weeks 11, 12 … until it is closed; the week it closes it still shows, with
its återkoppling; one marked klar/inställd without a closing day counts as closed in the week it
was raised — the same rule as the EST tab's ``est.open_actions_in_week``). Overdue: a due date before the meeting (or the week's Monday) while still open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..periods import IsoWeek
from ..store.database import Store
from ..text import swedish_key
from . import queries as est
from .areas import agreement_areas
from .kommun import Kommun, action_clause, area_clause, params

CLOSED = ("klar", "inställd")


@dataclass(frozen=True)
class WeekCount:
    """A category or area with its count this week and the week before."""

    label: str
    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous


def week_meeting(store: Store, agreement_uuid: str, week: IsoWeek) -> dict | None:
    """The est_week row of the week (meeting date, participants, lägesbild), or None."""
    rows = store.query("SELECT * FROM est_week WHERE agreement_uuid = ? AND iso_year = ? AND iso_week = ? "
                       "AND deleted = 0 ORDER BY created_at LIMIT 1", (agreement_uuid, week.year, week.week))
    return dict(rows[0]) if rows else None


def area_statuses(store: Store, agreement_uuid: str, week: IsoWeek, *,
                  kommun: Kommun | None = None) -> list[dict]:
    """(area, status, motivation) of the week's meeting, in the agreement's area order (a kommun's
    areas only when ``kommun`` is given)."""
    meeting = week_meeting(store, agreement_uuid, week)
    if meeting is None:
        return []
    order = {a.uuid: i for i, a in enumerate(agreement_areas(store, agreement_uuid))}
    rows = [dict(r) for r in store.query(
        f"""SELECT s.status, s.motivation, s.area_uuid, a.name AS area FROM est_area_status s
           JOIN area a ON a.uuid = s.area_uuid WHERE s.est_week_uuid = :week AND s.deleted = 0
             AND {area_clause('s.area_uuid')}""",
        {"week": meeting["uuid"], **params(kommun)})]
    rows.sort(key=lambda r: (order.get(r["area_uuid"], 10**6), swedish_key(r["area"])))
    return rows


# One query per week: a date range of incident_date (agreement_uuid, occurred_on).
_WEEK_SUMS = """SELECT {col} AS k, sum(count) AS n FROM incident INDEXED BY incident_date
                WHERE agreement_uuid = :agreement AND occurred_on BETWEEN :monday AND :sunday AND deleted = 0
                  AND {kommun}
                GROUP BY {col}"""


def _week_counts(store: Store, agreement_uuid: str, week: IsoWeek, col: str, labels: dict[str, str],
                 roll_up: dict[str, str], empty: str, kommun: Kommun | None) -> list[WeekCount]:
    prev = week.shifted(-1)
    sums: dict[str, list[int]] = {}
    sql = _WEEK_SUMS.format(col=col, kommun=area_clause("area_uuid"))
    for slot_index, w in enumerate((week, prev)):
        for r in store.query(sql, {"agreement": agreement_uuid, "monday": w.monday.isoformat(),
                                   "sunday": w.sunday.isoformat(), **params(kommun)}):
            key = roll_up.get(r["k"] or "", r["k"] or "")
            sums.setdefault(key, [0, 0])[slot_index] += r["n"]
    out = [WeekCount(labels.get(k, empty) if k else empty, c, p) for k, (c, p) in sums.items()]
    out.sort(key=lambda w: (-w.current, -w.previous, swedish_key(w.label)))
    return out


def category_counts(store: Store, agreement_uuid: str, week: IsoWeek, *,
                    kommun: Kommun | None = None) -> list[WeekCount]:
    """Incidents per category this week against the week before."""
    labels = {r["uuid"]: r["label"] for r in store.query(
        "SELECT uuid, label FROM code_item WHERE list_name = 'incident_category'")}
    return _week_counts(store, agreement_uuid, week, "category_uuid", labels, {}, "(ingen kategori)", kommun)


def area_counts(store: Store, agreement_uuid: str, week: IsoWeek, *,
                kommun: Kommun | None = None) -> list[WeekCount]:
    """Incidents per område (a plats counts under its område) this week against the week before."""
    areas = agreement_areas(store, agreement_uuid)
    labels = {a.uuid: a.name for a in areas}
    roll_up = {a.uuid: a.group_uuid for a in areas}
    return _week_counts(store, agreement_uuid, week, "area_uuid", labels, roll_up, "(inget område)", kommun)


def active_problems(store: Store, agreement_uuid: str, week: IsoWeek, *,
                    kommun: Kommun | None = None) -> list[dict]:
    """Prioritised problems raised in or before the week that were not closed then, priority 1 first.

    A problem closed since (its status written after the week, by the history in the audit) was
    still open in the week: it is listed with status "öppet" (the history keeps no old values, so
    whether it was aktivt or bevakas then is not known)."""
    rows = [dict(r) for r in store.query(
        f"""SELECT p.*, a.name AS area FROM problem p LEFT JOIN area a ON a.uuid = p.area_uuid
           WHERE p.agreement_uuid = :agreement AND p.deleted = 0
             AND (p.status <> 'avslutat' OR EXISTS (
                  SELECT 1 FROM audit u WHERE u.table_name = 'problem' AND u.row_uuid = p.uuid AND u.at > :sunday
                    AND u.action IN ('update', 'merge') AND ',' || u.changes || ',' LIKE '%,status,%'))
             AND (p.raised_year < :year OR (p.raised_year = :year AND p.raised_week <= :week))
             AND {area_clause('p.area_uuid')}
           ORDER BY p.priority, p.raised_year, p.raised_week, p.description COLLATE sv""",
        {"agreement": agreement_uuid, "year": week.year, "week": week.week,
         "sunday": (week.sunday + dt.timedelta(days=1)).isoformat(), **params(kommun)})]
    for r in rows:
        if r["status"] == "avslutat":
            r["status"] = "öppet"
    return rows


def actions_open_in_week(store: Store, agreement_uuid: str, week: IsoWeek,
                         reference: dt.date | None = None, *, kommun: Kommun | None = None) -> list[dict]:
    """The week's open actions (the EST tab's carry-over rule), with owner and ``overdue``.

    The rows are exactly the tab's (``est.open_actions_in_week``); only "overdue" is judged as
    the printed pack needs it: against the meeting day (default the Monday), and an action
    closed by then is not overdue even if it was late.

    :param reference: the day overdue is judged against (the meeting date; default the Monday)
    """
    ref = (reference or week.monday).isoformat()
    rows = est.open_actions_in_week(store, agreement_uuid, week, today=reference or week.monday, kommun=kommun)
    for r in rows:
        closed_by_ref = r["closed_on"] is not None and r["closed_on"] <= ref
        r["overdue"] = bool(r["due_date"] and r["due_date"] < ref and not closed_by_ref)
    return rows


def actions_closed_in_week(store: Store, agreement_uuid: str, week: IsoWeek, *,
                           kommun: Kommun | None = None) -> list[dict]:
    """Actions closed during the week (återkoppling since the last meeting)."""
    return [dict(r) for r in store.query(
        f"""SELECT a.*, coalesce(ac.name, p.name) AS party_name FROM action a
           LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
           LEFT JOIN actor ac ON ac.uuid = a.actor_uuid AND ac.deleted = 0
           LEFT JOIN problem pr ON pr.uuid = a.problem_uuid
           WHERE a.agreement_uuid = :agreement AND a.deleted = 0 AND a.closed_on BETWEEN :monday AND :sunday
             AND {action_clause('pr.area_uuid', 'a.responsible_party_uuid')}
           ORDER BY a.closed_on, a.description COLLATE sv""",
        {"agreement": agreement_uuid, "monday": week.monday.isoformat(), "sunday": week.sunday.isoformat(),
         **params(kommun)})]
