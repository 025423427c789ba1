"""Uppdrag från utskottet: what a committee decision asks of someone (what, who, by when).

A decision such as § 23 of 2023-10-11 ("Särskild avrapportering … lämnas till Kommunstyrelsens
trygghetsutskott minst en gång per år") becomes a duty of the agreement, linked to its paragraph.
It stands in the follow-up's due overview (kommande / försenad) until it is marked done.
"""

from __future__ import annotations

import datetime as dt

from ..errors import ValidationError
from ..i18n import N_, _
from ..periods import parse_date
from ..store import crud, stamps
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges

FIELDS = ("what", "who", "due_date", "done_date", "note", "paragraph_uuid")
STATES = (N_("kommande"), N_("försenad"), N_("klar"))


def duty_state(row: dict, on: dt.date | None = None) -> str:
    """"klar" (done by ``on``), "försenad" (due date passed) or "kommande"."""
    on = on or stamps.today()
    if row.get("done_date") and row["done_date"] <= on.isoformat():
        return "klar"
    return "försenad" if row["due_date"] < on.isoformat() else "kommande"


_SELECT = """SELECT d.*, p.number AS paragraph_number, p.title AS paragraph_title, m.date AS meeting_date,
                    m.body AS meeting_body
             FROM committee_duty d LEFT JOIN paragraph p ON p.uuid = d.paragraph_uuid AND p.deleted = 0
             LEFT JOIN meeting m ON m.uuid = p.meeting_uuid AND m.deleted = 0"""


def _decorate(rows, on: dt.date) -> list[dict]:
    out = []
    for r in rows:
        row = dict(r)
        row["state"] = duty_state(row, on)
        row["decision"] = (f"{row['meeting_date']} § {row['paragraph_number']}"
                           if row["paragraph_number"] is not None and row["meeting_date"] else "")
        out.append(row)
    return out


def due_duties(store: Store, agreement_uuid: str, on: dt.date | None = None) -> list[dict]:
    """The agreement's duties not done by ``on`` (default: today, every duty recorded so far),
    earliest due first, each with ``state`` and ``decision`` ("2023-10-11 § 23"). For a report's
    day only the duties recorded by then count: a report reprinted later lists what it listed then."""
    recorded = on.isoformat() if on is not None else "9999-12-31"
    on = on or stamps.today()
    rows = store.query(
        f"""{_SELECT} WHERE d.agreement_uuid = ? AND d.deleted = 0
                AND (d.done_date IS NULL OR d.done_date > ?) AND substr(d.created_at, 1, 10) <= ?
            ORDER BY d.due_date, d.what COLLATE sv""",
        (agreement_uuid, on.isoformat(), recorded))
    return _decorate(rows, on)


def paragraph_duties(store: Store, paragraph_uuid: str) -> list[dict]:
    """Every live duty a paragraph gave, done (whatever day it says) or not, by due date."""
    rows = store.query(f"{_SELECT} WHERE d.paragraph_uuid = ? AND d.deleted = 0 ORDER BY d.due_date, d.what "
                       "COLLATE sv", (paragraph_uuid,))
    out = _decorate(rows, stamps.today())
    for row in out:
        row["state"] = "klar" if row["done_date"] else row["state"]
    return out


def get_duty(store: Store, uuid: str) -> dict:
    """One live duty. :raises NotFound:"""
    return store.live("committee_duty", uuid, _("Uppdraget finns inte längre."))


def _clean(store: Store, values: dict) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    out = dict(values)
    for key in ("what", "who", "note"):
        if key in out:
            out[key] = (out[key] or "").strip()
    if "what" in out and not out["what"]:
        raise ValidationError(_("Skriv vad uppdraget gäller."), field="what")
    if "due_date" in out:
        if not (out["due_date"] or "").strip():
            raise ValidationError(_("Ange när uppdraget ska vara klart (ÅÅÅÅ-MM-DD)."), field="due_date")
        out["due_date"] = parse_date(out["due_date"]).isoformat()
    if "done_date" in out:
        out["done_date"] = parse_date(out["done_date"]).isoformat() if (out["done_date"] or "").strip() else None
    if "paragraph_uuid" in out:
        out["paragraph_uuid"] = out["paragraph_uuid"] or None
        if out["paragraph_uuid"]:
            store.live("paragraph", out["paragraph_uuid"], _("Paragrafen finns inte längre."))
    return out


@operation
def add_duty(store: Store, agreement_uuid: str, *, what: str, due_date: str, who: str = "",
             paragraph_uuid: str | None = None, note: str = "", done_date: str | None = None) -> OpChanges:
    """Record a duty a committee decision gave (``paragraph_uuid``: the decision)."""
    store.live("agreement", agreement_uuid, _("Överenskommelsen finns inte längre."))
    clean = _clean(store, {"what": what, "due_date": due_date, "who": who, "paragraph_uuid": paragraph_uuid,
                           "note": note, "done_date": done_date})
    return crud.insert(store, "committee_duty", {"agreement_uuid": agreement_uuid, **clean}, _("Nytt uppdrag"))


@operation
def update_duty(store: Store, uuid: str, **values) -> OpChanges:
    """Change a duty (what, who, due_date, done_date, note, paragraph_uuid)."""
    get_duty(store, uuid)
    clean = _clean(store, values)
    return crud.update(store, "committee_duty", uuid, clean, _("Ändra uppdrag"))


@operation
def mark_duty_done(store: Store, uuid: str, on: dt.date | str | None = None) -> OpChanges:
    """Mark a duty done (today unless ``on``); it leaves the due overview."""
    get_duty(store, uuid)
    day = on.isoformat() if isinstance(on, dt.date) else (on or stamps.today().isoformat())
    clean = _clean(store, {"done_date": day})
    return crud.update(store, "committee_duty", uuid, clean, _("Uppdrag klart"))


@operation
def delete_duty(store: Store, uuid: str) -> OpChanges:
    """Tombstone a duty."""
    get_duty(store, uuid)
    return crud.delete(store, "committee_duty", uuid, _("Ta bort uppdrag"))
