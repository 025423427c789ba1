"""The state of an agreement as it stood on a day, for reports about a past date.

What the store can tell about the past, and what it cannot: the audit table records who changed
which field when, never the old value (the privacy work, issue 12). So an old value cannot be
rebuilt; what can be known is

- the rows' own dates: an indicator value's period, an action's raised week and closing day, a
  plan's validity and decision date, a row's ``created_at``;
- from the history (:mod:`..store.history`), whether a field was written after the day — then the
  value printed is today's and the report says so, or prints only what did not change.

A report for a past day uses these functions and nothing later than the day.
"""

from __future__ import annotations

import datetime as dt

from ..periods import IsoWeek, Period
from ..store.database import Store
from ..store.stamps import today
from .indicators import Series

OPEN = ("planerad", "pågår")
UNKNOWN_OPEN = "öppen"  # open on the day, but which of planerad/pågår is not known any more


def report_day(occasion: dict, on: dt.date | None = None) -> dt.date:
    """The day a follow-up occasion's report describes: the day it was done, else its due date
    (today when that lies ahead: nothing after today is known)."""
    if occasion.get("done_date"):
        return dt.date.fromisoformat(occasion["done_date"])
    return min(dt.date.fromisoformat(occasion["due_date"]), on or today())


def _after(day: dt.date) -> str:
    """The first audit time stamp that lies after ``day`` (audit times are UTC ISO)."""
    return (day + dt.timedelta(days=1)).isoformat()


def changed_after(store: Store, table: str, uuid: str, day: dt.date, fields: tuple[str, ...] = ()) -> bool:
    """Whether the row (any of ``fields``, or any field) was edited, here or by a merge, after ``day``."""
    for r in store.query("SELECT changes FROM audit WHERE table_name = ? AND row_uuid = ? AND at >= ? "
                         "AND action IN ('update', 'merge')", (table, uuid, _after(day))):
        names = {n.lstrip("!") for n in (r["changes"] or "").split(",") if n}
        if not fields or names & set(fields) or r["changes"] in ("", "{}"):
            return True
    return False


def edited_after(store: Store, table: str, uuids: list[str], day: dt.date) -> set[str]:
    """Those of ``uuids`` edited after ``day`` (one query)."""
    found: set[str] = set()
    for i in range(0, len(uuids), 500):
        chunk = uuids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found |= {r[0] for r in store.query(
            f"SELECT DISTINCT row_uuid FROM audit WHERE table_name = ? AND row_uuid IN ({marks}) AND at >= ? "
            "AND action IN ('update', 'merge')", (table, *chunk, _after(day)))}
    return found


def values_until(series: list[Series], day: dt.date) -> list[Series]:
    """The chart series with only the periods that had begun by ``day`` (a later year is not shown)."""
    out = []
    for s in series:
        keep = [i for i, p in enumerate(s.periods) if Period.parse(p).start <= day]
        out.append(Series(s.area_uuid, s.area_name, [s.points[i] for i in keep], [s.periods[i] for i in keep]))
    return out


def open_actions_on(store: Store, agreement_uuid: str, day: dt.date) -> list[dict]:
    """The EST actions that were open on ``day``: raised in or before its week and not closed by it.

    Each row has ``overdue`` (due before ``day``) and ``status_then``: the status if it is still
    open and its status was not changed after ``day``, else "öppen" (the history keeps no old
    values, so whether it was planerad or pågår then is not known).
    """
    week = IsoWeek.of(day)
    rows = [dict(r) for r in store.query(
        """SELECT a.*, p.name AS party_name, coalesce(nullif(f.abbreviation, ''), f.name) AS form_name
           FROM action a LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
           LEFT JOIN cooperation_form f ON f.uuid = a.form_uuid
           WHERE a.agreement_uuid = :agreement AND a.deleted = 0
             AND a.raised_year * 100 + a.raised_week <= :week
             AND (a.status IN ('planerad', 'pågår') OR a.closed_on > :day)
           ORDER BY a.due_date IS NULL, a.due_date, a.raised_year, a.raised_week""",
        {"agreement": agreement_uuid, "week": week.year * 100 + week.week, "day": day.isoformat()})]
    for r in rows:
        same = r["status"] in OPEN and not changed_after(store, "action", r["uuid"], day, ("status",))
        r["status_then"] = r["status"] if same else UNKNOWN_OPEN
        r["overdue"] = bool(r["due_date"] and r["due_date"] < day.isoformat())
    return rows


def entered_after(store: Store, agreement_uuid: str, day: dt.date) -> set[str]:
    """The agreement's forms and resources entered after ``day`` (not there to assess then)."""
    return {r[0] for r in store.query(
        """SELECT uuid FROM cooperation_form WHERE agreement_uuid = :a AND created_at >= :after
           UNION SELECT uuid FROM guaranteed_resource WHERE agreement_uuid = :a AND created_at >= :after""",
        {"a": agreement_uuid, "after": _after(day)})}
