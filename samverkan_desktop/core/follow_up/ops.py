"""Follow-up occasions and assessments — writing. Every function is one undoable operation."""

from __future__ import annotations

from ..errors import NotFound, ValidationError
from ..i18n import _
from ..periods import parse_date
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid
from .queries import KINDS, OCCASION_GONE, STATUSES, get_follow_up

# A report to the committee is an ärende: case_number (ärendenummer), officer (handläggare), summary
# (sammanfattning) and proposal (förslag till beslut), printed as the ärenden of seed 004.
OCCASION_FIELDS = ("kind", "due_date", "done_date", "title", "responsible", "summary", "case_number", "officer",
                   "proposal")


def _clean_occasion(values: dict) -> dict:
    out = {k: v for k, v in values.items() if k in OCCASION_FIELDS}
    if "kind" in out and out["kind"] not in KINDS:
        raise ValidationError(_("Okänt slag av uppföljning: {kind!r}.").format(kind=out['kind']), field="kind")
    if "due_date" in out:
        if not out["due_date"]:
            raise ValidationError(_("Ange datum (senast, ÅÅÅÅ-MM-DD)."), field="due_date")
        out["due_date"] = parse_date(out["due_date"]).isoformat()
    if "done_date" in out:
        out["done_date"] = parse_date(out["done_date"]).isoformat() if out["done_date"] else None
    for key in ("title", "responsible", "summary", "case_number", "officer", "proposal"):
        if key in out:
            out[key] = (out[key] or "").strip()
    return out


@operation
def add_follow_up(store: Store, agreement_uuid: str, *, kind: str = "deluppföljning", due_date: str,
                  title: str = "", responsible: str = "", summary: str = "",
                  done_date: str | None = None, **case) -> OpChanges:
    """Add an occasion to an agreement (``case``: case_number, officer, proposal of its ärende)."""
    values = _clean_occasion({"kind": kind, "due_date": due_date, "title": title,
                              "responsible": responsible, "summary": summary, "done_date": done_date, **case})
    if not values["title"]:
        values["title"] = f"{kind.capitalize()} {values['due_date']}"
    return crud.insert(store, "follow_up", {"agreement_uuid": agreement_uuid, **values}, _("Nytt uppföljningstillfälle"))


@operation
def update_follow_up(store: Store, uuid: str, **values) -> OpChanges:
    """Change fields of an occasion (kind, due_date, done_date, title, responsible, summary, and the
    ärende's case_number, officer, proposal)."""
    return crud.update(store, "follow_up", uuid, _clean_occasion(values), _("Ändra uppföljningstillfälle"),
                       missing=OCCASION_GONE)


@operation
def delete_follow_up(store: Store, uuid: str) -> OpChanges:
    """Tombstone an occasion and its assessments (undo brings them back together)."""
    return crud.delete(store, "follow_up", uuid, _("Ta bort uppföljningstillfälle"),
                       dependants=(("assessment", "follow_up_uuid"),), missing=OCCASION_GONE)


def suggested_occasions(store: Store, agreement_uuid: str) -> list[dict]:
    """Occasions the agreement calls for that are not there yet.

    Agreement texts say their follow-up dates in prose ("Del av uppföljning sker i november 2024"),
    which we do not guess at: we offer an annual report at the end of each year of the period,
    skipping years that already have an occasion due in them.
    """
    ag = store.get("agreement", agreement_uuid)
    if ag is None or ag["deleted"]:
        raise NotFound(_("Överenskommelsen finns inte längre."))
    taken = {r["due_date"][:4] for r in store.query(
        "SELECT due_date FROM follow_up WHERE agreement_uuid = ? AND deleted = 0", (agreement_uuid,))}
    out = []
    for year in range(int(ag["period_from"][:4]), int(ag["period_to"][:4]) + 1):
        if str(year) not in taken:
            out.append({"kind": "årlig rapport", "due_date": f"{year}-12-31",
                        "title": f"Årlig rapport {year}", "responsible": "Kommunpolis och brottsförebyggare",
                        "uuid": natural_uuid("follow_up", agreement_uuid, "årlig rapport", year)})
    return out


@operation
def create_from_agreement(store: Store, agreement_uuid: str) -> OpChanges:
    """Create the suggested occasions (see :func:`suggested_occasions`) in one operation.

    Natural uuids: two coordinators who both press the button get the same rows after a merge.
    """
    suggestions = suggested_occasions(store, agreement_uuid)
    with store.write(_("Skapa uppföljningar från överenskommelsen")) as tx:
        for s in suggestions:
            uuid = s.pop("uuid")
            tx.ensure("follow_up", uuid, {"agreement_uuid": agreement_uuid, **s})
    return tx.changes


def assessment_uuid(follow_up_uuid: str, target_kind: str, target_uuid: str) -> str:
    """The natural uuid of the assessment of one target at one occasion."""
    return natural_uuid("assessment", follow_up_uuid, target_kind, target_uuid)


def _ensure_assessment(tx, follow_up_uuid: str, target_kind: str, target_uuid: str, values: dict) -> str:
    uuid = assessment_uuid(follow_up_uuid, target_kind, target_uuid)
    return tx.ensure("assessment", uuid, {"follow_up_uuid": follow_up_uuid, "target_kind": target_kind,
                                          "target_uuid": target_uuid, **values})


@operation
def set_assessment(store: Store, follow_up_uuid: str, target_kind: str, target_uuid: str, *,
                   status: str | None = None, comment: str | None = None,
                   evidence: str | None = None) -> OpChanges:
    """Set the status, comment and/or evidence text of one form or resource at an occasion."""
    if target_kind not in ("form", "resource"):
        raise ValidationError(_("Okänt slag av bedömning: {target_kind!r}.").format(target_kind=target_kind))
    if status is not None and status not in STATUSES:
        raise ValidationError(_("Okänd status: {status!r} (grön, gul, röd eller ej bedömd).").format(status=status), field="status")
    get_follow_up(store, follow_up_uuid)
    values = {k: v for k, v in (("status", status), ("comment", comment), ("evidence", evidence))
              if v is not None}
    for key in ("comment", "evidence"):
        if key in values:
            values[key] = values[key].strip()
    label = _("Ändra bedömning") if status is None else f"Bedömning: {status}"
    with store.write(label) as tx:
        _ensure_assessment(tx, follow_up_uuid, target_kind, target_uuid, values)
    return tx.changes


@operation
def link_evidence(store: Store, follow_up_uuid: str, target_kind: str, target_uuid: str,
                  kind: str, evidence_uuid: str) -> OpChanges:
    """Link an EST action (kind "action") or an indicator value ("indicator_value") as evidence."""
    table = {"action": "action", "indicator_value": "indicator_value"}.get(kind)
    if table is None:
        raise ValidationError(_("Okänt slag av underlag: {kind!r}.").format(kind=kind))
    if store.get(table, evidence_uuid) is None:
        raise NotFound(_("Underlaget finns inte längre."))
    get_follow_up(store, follow_up_uuid)
    with store.write(_("Koppla underlag")) as tx:
        a = _ensure_assessment(tx, follow_up_uuid, target_kind, target_uuid, {})
        tx.ensure("assessment_evidence", natural_uuid("assessment_evidence", a, kind, evidence_uuid),
                  {"assessment_uuid": a, "kind": kind, "target_uuid": evidence_uuid})
    return tx.changes


@operation
def unlink_evidence(store: Store, evidence_link_uuid: str) -> OpChanges:
    """Remove one evidence link (tombstone)."""
    return crud.delete(store, "assessment_evidence", evidence_link_uuid, _("Ta bort underlag"))
