"""EST (Effektiv samordning för trygghet): writing weeks, incidents, problems and actions.

Every function here is one user action: one transaction, returning its :class:`OpChanges` for undo.
Rows two coordinators could create for the same week (the week itself, an area's status in a week)
get natural uuids, so a merge sees one row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import ValidationError
from ..i18n import N_, _
from ..periods import IsoWeek, parse_date
from ..store import crud
from ..store import stamps as clock
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges, Transaction
from ..store.stamps import natural_uuid
from .problem_work import EFFECT_FIELDS, effect_values

# An incident's short description: a line in the week's list, not a report (the lägesbild and the
# comments have no limit). The GUI counts down to it, the import refuses longer cells.
DESCRIPTION_MAX = 300

AREA_STATUSES = (N_("grön"), N_("gul"), N_("röd"))
NOT_ASSESSED = N_("ej bedömd")  # a motivation written before anyone chose a status
PROBLEM_STATUSES = (N_("aktivt"), N_("bevakas"), N_("avslutat"))
ACTION_STATUSES = (N_("planerad"), N_("pågår"), N_("klar"), N_("inställd"))
OPEN_ACTION_STATUSES = ("planerad", "pågår")
CLOSED_ACTION_STATUSES = ("klar", "inställd")
_UNSET: Any = object()


def week_uuid(agreement_uuid: str, week: IsoWeek) -> str:
    """The natural uuid of an agreement's EST week (every installation computes the same)."""
    return natural_uuid("est_week", agreement_uuid, week.year, week.week)


def area_status_uuid(est_week_uuid: str, area_uuid: str) -> str:
    """The natural uuid of one area's status in one EST week."""
    return natural_uuid("est_area_status", est_week_uuid, area_uuid)


def ensure_week(tx: Transaction, agreement_uuid: str, week: IsoWeek) -> str:
    """The week's row, created (or restored) when it is not there yet; returns its uuid."""
    uuid = week_uuid(agreement_uuid, week)
    row = tx.store.get("est_week", uuid)
    if row is None or row["deleted"]:
        tx.ensure("est_week", uuid, {"agreement_uuid": agreement_uuid, "iso_year": week.year,
                                     "iso_week": week.week})
    return uuid


# -- validation helpers --------------------------------------------------------------------------

def _date(value: dt.date | str | None, what: str, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(_("{what} saknas (skriv ÅÅÅÅ-MM-DD).").format(what=_(what)), field=what)
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return parse_date(value).isoformat()
    except ValidationError:
        raise ValidationError(_("{what}: ogiltigt datum {value!r} (skriv ÅÅÅÅ-MM-DD).").format(what=_(what), value=value), field=what) from None


def _count(value: Any) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValidationError(_("Antal måste vara ett heltal, inte {value!r}.").format(value=value), field="count") from None
    if n < 1:
        raise ValidationError(_("Antal måste vara minst 1."), field="count")
    return n


def _text(value: str | None, what: str, *, required: bool = False, limit: int | None = None) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(_("{what} saknas.").format(what=_(what)), field=what)
    if limit is not None and len(text) > limit:
        raise ValidationError(_("{what} får vara högst {limit} tecken (nu {n}); skriv det längre i lägesbilden eller en kommentar.").format(what=_(what), limit=limit, n=len(text)), field="description")
    return text


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValidationError(_("Okänd {what}: {value!r} (välj {names}).").format(what=_(what), value=value, names=', '.join(allowed)), field=what)
    return value


def _live(store: Store, table: str, uuid: str | None, what: str, *, required: bool = False) -> str | None:
    if not uuid:
        if required:
            raise ValidationError(_("{what} saknas.").format(what=_(what)), field=what)
        return None
    store.live(table, uuid, _("{what} finns inte längre.").format(what=_(what)))
    return uuid


# -- incidents -----------------------------------------------------------------------------------

def _incident_values(store: Store, *, occurred_on, category_uuid, area_uuid, source_uuid, count,
                     description, occurred_time=None, new_text: bool = True) -> dict:
    """The checked values of an incident; the length limit applies to a description typed now
    (``new_text``), so an older, longer one does not block changing the count."""
    from .importer import parse_time

    day = _date(occurred_on, N_("Datum"), required=True)
    clock = parse_time(occurred_time) if occurred_time not in (None, "") else None
    if occurred_time not in (None, "") and clock is None:
        raise ValidationError(_("Ogiltigt klockslag: {occurred_time!r} (skriv TT:MM).").format(occurred_time=occurred_time), field="occurred_time")
    week = IsoWeek.of(dt.date.fromisoformat(day))
    return {"occurred_on": day, "iso_year": week.year, "iso_week": week.week,
            "category_uuid": _live(store, "code_item", category_uuid, N_("Kategori"), required=True),
            "area_uuid": _live(store, "area", area_uuid, N_("Område")),
            "source_uuid": _live(store, "code_item", source_uuid, N_("Källa")),
            "count": _count(count), "description": _text(description, N_("Beskrivningen"), limit=DESCRIPTION_MAX if new_text else None),
            "occurred_time": clock}


@operation
def add_incident(store: Store, agreement_uuid: str, *, occurred_on: dt.date | str, category_uuid: str,
                 area_uuid: str | None = None, source_uuid: str | None = None, count: int = 1,
                 description: str = "", occurred_time: str | None = None) -> OpChanges:
    """Register an incident (aggregate count, no names), with its time of day when known. Its ISO
    week follows its date.

    The EST week it falls in is created too, so the week shows up in the week list.
    :raises ValidationError: bad date, count < 1, missing category
    """
    values = _incident_values(store, occurred_on=occurred_on, category_uuid=category_uuid,
                              area_uuid=area_uuid, source_uuid=source_uuid, count=count,
                              description=description, occurred_time=occurred_time)
    with store.write(_("Ny händelse")) as tx:
        ensure_week(tx, agreement_uuid, IsoWeek(values["iso_year"], values["iso_week"]))
        tx.insert("incident", {"agreement_uuid": agreement_uuid, **values})
    return tx.changes


@operation
def update_incident(store: Store, uuid: str, **fields: Any) -> OpChanges:
    """Change an incident's fields (occurred_on, category_uuid, area_uuid, source_uuid, count,
    description); a new date moves it to that date's ISO week."""
    row = store.live("incident", uuid, _("Händelsen finns inte längre."))
    unknown = set(fields) - {"occurred_on", "category_uuid", "area_uuid", "source_uuid", "count", "description",
                             "occurred_time"}
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    merged = {k: row[k] for k in ("occurred_on", "category_uuid", "area_uuid", "source_uuid", "count",
                                  "description", "occurred_time")}
    merged.update(fields)
    values = _incident_values(store, **merged,
                              new_text="description" in fields
                              and (fields["description"] or "").strip() != (row["description"] or ""))
    with store.write(_("Ändra händelse")) as tx:
        ensure_week(tx, row["agreement_uuid"], IsoWeek(values["iso_year"], values["iso_week"]))
        tx.update("incident", uuid, values)
    return tx.changes


@operation
def delete_incidents(store: Store, uuids: list[str]) -> OpChanges:
    """Delete (tombstone) incidents, all in one undoable step."""
    label = _("Ta bort händelse") if len(uuids) == 1 else _("Ta bort {n} händelser").format(n=len(uuids))
    with store.write(label) as tx:
        for uuid in uuids:
            tx.delete("incident", uuid)
    return tx.changes


@operation
def delete_incident(store: Store, uuid: str) -> OpChanges:
    """Delete (tombstone) one incident."""
    return delete_incidents(store, [uuid])


# -- the week's meeting --------------------------------------------------------------------------

@operation
def save_week_meeting(store: Store, agreement_uuid: str, week: IsoWeek, *, meeting_date: Any = _UNSET,
                      participants: Any = _UNSET, situation_report: Any = _UNSET) -> OpChanges:
    """Save the week's meeting date, participants and/or lägesbild (only the fields given).

    Creates the week's row when it is the first thing entered for the week. Nothing is written
    (empty OpChanges) when the values are already stored.
    """
    values: dict[str, Any] = {}
    if meeting_date is not _UNSET:
        values["meeting_date"] = _date(meeting_date, N_("Mötesdatum"))
    if participants is not _UNSET:
        values["participants"] = _text(participants, N_("Deltagare"))
    if situation_report is not _UNSET:
        values["situation_report"] = (situation_report or "").rstrip()
    current = store.get("est_week", week_uuid(agreement_uuid, week))
    if current is not None and not current["deleted"] and all(current[k] == v for k, v in values.items()):
        return OpChanges(_("Spara veckans möte"))
    if current is None and not any(values.values()):
        return OpChanges(_("Spara veckans möte"))  # an empty week stays without a row
    label = _("Ändra lägesbild") if set(values) == {"situation_report"} else _("Spara veckans möte")
    with store.write(label) as tx:
        uuid = ensure_week(tx, agreement_uuid, week)
        tx.update("est_week", uuid, values)
    return tx.changes


@operation
def set_area_status(store: Store, agreement_uuid: str, week: IsoWeek, area_uuid: str, status: str | None,
                    motivation: str = "") -> OpChanges:
    """Set an area's status (grön / gul / röd, or ``None``: "ej bedömd") and motivation for the week."""
    status = status or NOT_ASSESSED
    _choice(status, (*AREA_STATUSES, NOT_ASSESSED), "status")
    _live(store, "area", area_uuid, N_("Område"), required=True)
    motivation = _text(motivation, N_("Motivering"))
    wuuid = week_uuid(agreement_uuid, week)
    suuid = area_status_uuid(wuuid, area_uuid)
    current = store.get("est_area_status", suuid)
    if current is not None and not current["deleted"] and (current["status"], current["motivation"]) == (
            status, motivation):
        return OpChanges(_("Områdesstatus"))
    with store.write(_("Områdesstatus")) as tx:
        ensure_week(tx, agreement_uuid, week)
        tx.ensure("est_area_status", suuid, {"est_week_uuid": wuuid, "area_uuid": area_uuid,
                                             "status": status, "motivation": motivation})
    return tx.changes


@operation
def copy_area_statuses(store: Store, agreement_uuid: str, week: IsoWeek) -> OpChanges:
    """Give the week the area statuses of the latest earlier week that has any (one undo step).

    Areas that already have a status this week keep it. Nothing is written when no earlier week
    has statuses.
    """
    wuuid = week_uuid(agreement_uuid, week)
    source = store.query(
        """SELECT s.area_uuid, s.status, s.motivation FROM est_area_status s
           JOIN est_week w ON w.uuid = s.est_week_uuid
           WHERE w.uuid = (SELECT w2.uuid FROM est_week w2 JOIN est_area_status s2 ON s2.est_week_uuid = w2.uuid
                           WHERE w2.agreement_uuid = ? AND w2.deleted = 0 AND s2.deleted = 0
                             AND w2.iso_year * 100 + w2.iso_week < ?
                           ORDER BY w2.iso_year DESC, w2.iso_week DESC LIMIT 1)
             AND s.deleted = 0""", (agreement_uuid, week.year * 100 + week.week))
    existing = {r["area_uuid"] for r in store.query(
        "SELECT area_uuid FROM est_area_status WHERE est_week_uuid = ? AND deleted = 0", (wuuid,))}
    rows = [r for r in source if r["area_uuid"] not in existing]
    if not rows:
        return OpChanges(_("Status som förra veckan"))
    with store.write(_("Status som förra veckan")) as tx:
        ensure_week(tx, agreement_uuid, week)
        for r in rows:
            tx.ensure("est_area_status", area_status_uuid(wuuid, r["area_uuid"]),
                      {"est_week_uuid": wuuid, "area_uuid": r["area_uuid"], "status": r["status"],
                       "motivation": r["motivation"]})
    return tx.changes


@operation
def clear_area_status(store: Store, agreement_uuid: str, week: IsoWeek, area_uuid: str) -> OpChanges:
    """Remove an area's status for the week (back to "not assessed")."""
    suuid = area_status_uuid(week_uuid(agreement_uuid, week), area_uuid)
    current = store.get("est_area_status", suuid)
    if current is None or current["deleted"]:
        return OpChanges(_("Ta bort områdesstatus"))
    return crud.delete(store, "est_area_status", suuid, _("Ta bort områdesstatus"))


# -- problems ------------------------------------------------------------------------------------

def _problem_values(store: Store, fields: dict) -> dict:
    out: dict[str, Any] = {}
    if "description" in fields:
        out["description"] = _text(fields["description"], N_("Beskrivning"), required=True)
    if "area_uuid" in fields:
        out["area_uuid"] = _live(store, "area", fields["area_uuid"], N_("Område"))
    if "raised" in fields:
        week: IsoWeek = fields["raised"]
        out.update(raised_year=week.year, raised_week=week.week)
    if "priority" in fields:
        if fields["priority"] not in (1, 2, 3):
            raise ValidationError(_("Prioritet måste vara 1, 2 eller 3."), field="priority")
        out["priority"] = int(fields["priority"])
    if "status" in fields:
        out["status"] = _choice(fields["status"], PROBLEM_STATUSES, "status")
    unknown = set(fields) - {"description", "area_uuid", "raised", "priority", "status", *EFFECT_FIELDS}
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    return {**out, **effect_values(store, fields)}


@operation
def add_problem(store: Store, agreement_uuid: str, *, description: str, raised: IsoWeek,
                area_uuid: str | None = None, priority: int = 2, status: str = "aktivt", **work: Any) -> OpChanges:
    """Add a prioritised local problem (priority 1 is the most urgent); ``work``: its orsaksanalys
    and effect measure (:data:`problem_work.EFFECT_FIELDS`)."""
    values = _problem_values(store, {"description": description, "raised": raised, "area_uuid": area_uuid,
                                     "priority": priority, "status": status, **work})
    return crud.insert(store, "problem", {"agreement_uuid": agreement_uuid, **values}, _("Nytt problem"))


@operation
def update_problem(store: Store, uuid: str, **fields: Any) -> OpChanges:
    """Change a problem (description, area_uuid, raised (IsoWeek), priority, status, and the
    orsaksanalys and effect measure of :mod:`problem_work`)."""
    _live(store, "problem", uuid, N_("Problemet"), required=True)
    values = _problem_values(store, fields)
    return crud.update(store, "problem", uuid, values, _("Ändra problem"))


# -- actions -------------------------------------------------------------------------------------

_ACTION_FIELDS = {"description", "problem_uuid", "raised", "responsible_party_uuid", "responsible_function",
                  "due_date", "status", "feedback", "form_uuid", "actor_uuid"}


def _action_values(store: Store, fields: dict, current: dict | None) -> dict:
    unknown = set(fields) - _ACTION_FIELDS
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    out: dict[str, Any] = {}
    if "description" in fields:
        out["description"] = _text(fields["description"], N_("Åtgärd"), required=True)
    if "problem_uuid" in fields:
        out["problem_uuid"] = _live(store, "problem", fields["problem_uuid"], N_("Problemet"))
    if "raised" in fields:
        week: IsoWeek = fields["raised"]
        out.update(raised_year=week.year, raised_week=week.week)
    if "responsible_party_uuid" in fields:
        out["responsible_party_uuid"] = _live(store, "party", fields["responsible_party_uuid"], N_("Ansvarig part"))
    if "actor_uuid" in fields:
        out["actor_uuid"] = _live(store, "actor", fields["actor_uuid"], N_("Ansvarig aktör"))
    if "responsible_function" in fields:
        out["responsible_function"] = _text(fields["responsible_function"], N_("Funktion"))
    if "due_date" in fields:
        out["due_date"] = _date(fields["due_date"], N_("Klart senast"))
    if "feedback" in fields:
        out["feedback"] = (fields["feedback"] or "").strip()
    if "form_uuid" in fields:
        out["form_uuid"] = _live(store, "cooperation_form", fields["form_uuid"], N_("Samverkansformen"))
    if "status" in fields:
        status = _choice(fields["status"], ACTION_STATUSES, "status")
        out["status"] = status
        was_closed = current is not None and current["status"] in CLOSED_ACTION_STATUSES
        if status in CLOSED_ACTION_STATUSES:
            # Closing stamps the day; switching klar ↔ inställd keeps the original day.
            if not (was_closed and current["closed_on"]):
                out["closed_on"] = clock.today().isoformat()
        else:
            out["closed_on"] = None
    return out


@operation
def add_action(store: Store, agreement_uuid: str, *, description: str, raised: IsoWeek,
               problem_uuid: str | None = None, responsible_party_uuid: str | None = None,
               responsible_function: str = "", due_date: dt.date | str | None = None,
               status: str = "planerad", feedback: str = "", form_uuid: str | None = None,
               actor_uuid: str | None = None) -> OpChanges:
    """Decide an action in a week's meeting. A closed status stamps closed_on with today."""
    values = _action_values(store, {
        "description": description, "raised": raised, "problem_uuid": problem_uuid,
        "responsible_party_uuid": responsible_party_uuid, "responsible_function": responsible_function,
        "due_date": due_date, "status": status, "feedback": feedback, "form_uuid": form_uuid,
        "actor_uuid": actor_uuid}, None)
    return crud.insert(store, "action", {"agreement_uuid": agreement_uuid, **values}, _("Ny åtgärd"))


@operation
def update_action(store: Store, uuid: str, **fields: Any) -> OpChanges:
    """Change an action; a status change closes (closed_on = today) or reopens (closed_on cleared) it."""
    _live(store, "action", uuid, N_("Åtgärden"), required=True)
    values = _action_values(store, fields, store.get("action", uuid))
    return crud.update(store, "action", uuid, values, _("Ändra åtgärd"))


@operation
def set_action_status(store: Store, uuid: str, status: str) -> OpChanges:
    """Change only an action's status (planerad / pågår / klar / inställd)."""
    _live(store, "action", uuid, N_("Åtgärden"), required=True)
    values = _action_values(store, {"status": status}, store.get("action", uuid))
    return crud.update(store, "action", uuid, values, f"Åtgärd {status}")
