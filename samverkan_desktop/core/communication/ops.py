"""The communication plan — writing: plans, their header, activities, moving, completing, copying.

Every function is one user action: one transaction, returning its :class:`OpChanges` for undo.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..errors import NotFound, ValidationError
from ..est.codelists import code_uuid
from ..i18n import _
from ..periods import IsoWeek, parse_date, weeks_in_year
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid, today
from .queries import (
    ACTIVITY_FIELDS,
    CHANNEL_LIST,
    DEFAULT_CHANNELS,
    HEADER_FIELDS,
    STATUSES,
    count_activities,
    get_plan,
    plan_uuid,
    planned_day,
)

_HEADER = {name for name, _label in HEADER_FIELDS}
_LINKS = ("responsible_party_uuid", "form_uuid", "action_uuid", "follow_up_uuid")


def ensure_default_channels(tx) -> None:
    """Install the default channels as the 'channel' code list, once (natural uuids, idempotent)."""
    for position, label in enumerate(DEFAULT_CHANNELS):
        uuid = code_uuid(CHANNEL_LIST, label)
        if tx.store.get("code_item", uuid) is None:
            tx.insert("code_item", {"list_name": CHANNEL_LIST, "label": label, "position": position}, uuid=uuid)


@operation
def create_plan(store: Store, agreement_uuid: str, year: int, header: dict | None = None) -> OpChanges:
    """Start the plan of ``agreement_uuid`` for ``year``.

    Without ``header`` the purpose starts as the agreement's communication clause, so the plan
    opens with what was agreed. A plan deleted earlier comes back (same natural uuid).

    :raises ValidationError: the year already has a plan, or is not a sensible year
    """
    year = _year(year)
    if get_plan(store, agreement_uuid, year) is not None:
        raise ValidationError(_("Det finns redan en kommunikationsplan för {year}.").format(year=year))
    agreement = store.get("agreement", agreement_uuid)
    if agreement is None or agreement["deleted"]:
        raise NotFound(_("Överenskommelsen finns inte längre."))
    values = _header(header) if header is not None else {"purpose": agreement["communication_clause"]}
    with store.write(_("Ny kommunikationsplan {year}").format(year=year)) as tx:
        tx.ensure("communication_plan", plan_uuid(agreement_uuid, year),
                  {"agreement_uuid": agreement_uuid, "year": year, **values})
    return tx.changes


@operation
def update_plan(store: Store, plan: str, values: dict) -> OpChanges:
    """Change header fields of a plan (syfte, mål, målgrupper, budskap, kanaler, ansvariga, uppföljning)."""
    values = _header(values)
    labels = dict(HEADER_FIELDS)
    label = labels[next(iter(values))].lower() if len(values) == 1 else "planens innehåll"
    _live(store, "communication_plan", plan)
    return crud.update(store, "communication_plan", plan, values, f"Ändra {label}")


@operation
def add_activity(store: Store, plan: str, values: dict) -> OpChanges:
    """A new activity in ``plan``; ``values`` as in :data:`ACTIVITY_FIELDS` (title required)."""
    row = _live(store, "communication_plan", plan)
    clean = _activity(row["year"], {"status": "planerad", **values}, full=True)
    return crud.insert(store, "communication_activity", {"plan_uuid": plan, **clean}, _("Ny kommunikationsaktivitet"))


@operation
def update_activity(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change fields of an activity (only those given). Marking it genomförd sets the done date."""
    current = _live(store, "communication_activity", uuid)
    year = _plan_year(store, current["plan_uuid"])
    clean = _activity(year, {**{k: current[k] for k in ("status", "done_date")}, **values})
    return crud.update(store, "communication_activity", uuid, clean, _("Ändra aktivitet: {value}").format(value=_short(clean.get('title') or current['title'])))


@operation
def complete_activity(store: Store, uuid: str, *, on: dt.date | None = None, outcome: str | None = None) -> OpChanges:
    """Mark an activity genomförd on ``on`` (default today), optionally with its outcome."""
    current = _live(store, "communication_activity", uuid)
    values = {"status": "genomförd", "done_date": (on or today()).isoformat()}
    if outcome is not None:
        values["outcome"] = outcome.strip()
    return crud.update(store, "communication_activity", uuid, values, f"Genomförd: {_short(current['title'])}")


@operation
def delete_activity(store: Store, uuid: str) -> OpChanges:
    """Delete an activity (a tombstone: undo and merges bring nothing back by accident)."""
    current = _live(store, "communication_activity", uuid)
    return crud.delete(store, "communication_activity", uuid, _("Ta bort aktivitet: {value}").format(value=_short(current['title'])))


@operation
def move_activity(store: Store, uuid: str, month: int) -> OpChanges:
    """Move an activity to ``month`` (1–12) of its plan's year, keeping the day of the month.

    An activity planned by week stays planned by week (the week that holds the moved day); an
    undated one gets the 15th of the month.
    """
    if not 1 <= month <= 12:
        raise ValidationError(_("Ogiltig månad: {month}.").format(month=month))
    current = _live(store, "communication_activity", uuid)
    year = _plan_year(store, current["plan_uuid"])
    day = planned_day(year, current["planned_date"], current["planned_week"])
    target = dt.date(year, month, min(day.day if day else 15, calendar.monthrange(year, month)[1]))
    if current["planned_week"] and not current["planned_date"]:
        # A week is shown in the month of its Monday: pick the week whose Monday is in ``month``.
        week = IsoWeek.of(target)
        if week.monday < target.replace(day=1):
            week = week.shifted(1)
        if week.year != year:  # 29–31 December can belong to week 1 of the next year
            week = week.shifted(-1)
        values = {"planned_week": week.week}
    else:
        values = {"planned_date": target.isoformat()}
    return crud.update(store, "communication_activity", uuid, values, _("Flytta aktivitet: {value}").format(value=_short(current['title'])))


@operation
def copy_to_next_year(store: Store, plan: str) -> OpChanges:
    """Carry the header and the recurring activities of ``plan`` into the next year's plan.

    Dates move one year on (29 February becomes 28 February), weeks keep their number (week 53
    becomes 52 when the next year has none), status starts as planerad. The header fills only
    fields that are still empty in an existing next-year plan. Copied activities get uuids
    derived from the original, so two coordinators who both copy get one set after a merge.

    :raises ValidationError: the next year's plan already has activities
    """
    source = _live(store, "communication_plan", plan)
    year = source["year"] + 1
    target = plan_uuid(source["agreement_uuid"], year)
    existing = get_plan(store, source["agreement_uuid"], year)
    if existing is not None and (n := count_activities(store, target)):
        raise ValidationError(_("Planen för {year} har redan {n} aktiviteter. Inget kopierades; ta bort dem först eller lägg till aktiviteterna för hand.").format(year=year, n=n))
    header = {k: source[k] for k in _HEADER}
    if existing is not None:
        header = {k: v for k, v in header.items() if not existing[k].strip()}
    recurring = store.query("SELECT * FROM communication_activity WHERE plan_uuid = ? AND deleted = 0 "
                            "AND recurring = 1 ORDER BY planned_date, title COLLATE sv", (plan,))
    with store.write(_("Kopiera kommunikationsplanen till {year}").format(year=year)) as tx:
        tx.ensure("communication_plan", target, {"agreement_uuid": source["agreement_uuid"], "year": year, **header})
        for row in recurring:
            values = {k: row[k] for k in ACTIVITY_FIELDS}
            values.update(status="planerad", done_date=None, outcome="",
                          planned_date=_next_year(row["planned_date"]),
                          planned_week=min(row["planned_week"], weeks_in_year(year)) if row["planned_week"] else None)
            tx.ensure("communication_activity", natural_uuid("communication_activity", row["uuid"], year),
                      {"plan_uuid": target, **values})
    return tx.changes


# -- validation -------------------------------------------------------------------------------

def _activity(year: int, values: dict, *, full: bool = False) -> dict:
    unknown = set(values) - set(ACTIVITY_FIELDS)
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    out = dict(values)
    for key in ("title", "message", "target_group", "channel", "responsible_function", "outcome"):
        if key in out:
            out[key] = (out[key] or "").strip()
    if (full or "title" in out) and not out.get("title"):
        raise ValidationError(_("Skriv vad aktiviteten är (rubrik)."), field="title")
    if "planned_date" in out:
        out["planned_date"] = _date(out["planned_date"], "planned_date")
        if out["planned_date"] and int(out["planned_date"][:4]) != year:
            raise ValidationError(_("Datumet {planned_date} ligger inte i planens år {year}.").format(planned_date=out['planned_date'], year=year),
                                  field="planned_date")
    if "planned_week" in out:
        week = out["planned_week"] or None
        if week is not None and not 1 <= int(week) <= weeks_in_year(year):
            raise ValidationError(_("År {year} har ingen vecka {week}.").format(year=year, week=week), field="planned_week")
        out["planned_week"] = int(week) if week else None
    if "status" in out and out["status"] not in STATUSES:
        raise ValidationError(_("Okänd status: {status!r}.").format(status=out['status']), field="status")
    if "done_date" in out:
        out["done_date"] = _date(out["done_date"], "done_date")
    status = out.get("status")
    if status == "genomförd" and not out.get("done_date"):
        out["done_date"] = today().isoformat()
    elif status in ("planerad", "pågår"):
        out["done_date"] = None
    if "recurring" in out:
        out["recurring"] = 1 if out["recurring"] else 0
    for key in _LINKS:
        if key in out:
            out[key] = out[key] or None
    return out


def _header(values: dict) -> dict:
    unknown = set(values) - _HEADER
    if unknown or not values:
        raise ValidationError(_("Okända fält i planen: {value}").format(value=", ".join(sorted(unknown)) or _("(inga)")))
    return {k: (v or "").strip() for k, v in values.items()}


def _date(text, field: str) -> str | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, dt.date):
        return text.isoformat()
    try:
        return parse_date(text).isoformat()
    except ValidationError as exc:
        raise ValidationError(str(exc), field=field) from None


def _year(year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ValidationError(_("Ogiltigt år: {year!r}.").format(year=year)) from None
    if not 2000 <= year <= 2100:
        raise ValidationError(_("Ogiltigt år: {year}.").format(year=year))
    return year


def _next_year(text: str | None) -> str | None:
    if not text:
        return None
    day = dt.date.fromisoformat(text)
    return day.replace(year=day.year + 1, day=min(day.day, calendar.monthrange(day.year + 1, day.month)[1])).isoformat()


def _live(store: Store, table: str, uuid: str) -> dict:
    row = store.get(table, uuid)
    if row is None or row["deleted"]:
        raise NotFound(_("Kommunikationsplanen finns inte längre.") if table == "communication_plan"
                       else _("Aktiviteten finns inte längre."))
    return row


def _plan_year(store: Store, plan: str) -> int:
    return int(store.scalar("SELECT year FROM communication_plan WHERE uuid = ?", (plan,)))


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
