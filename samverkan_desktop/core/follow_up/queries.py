"""Follow-up occasions (uppföljningar) and their assessments — reading.

An occasion belongs to an agreement (deluppföljning, slutuppföljning, årlig rapport, annan).
At each occasion every form of cooperation and every guaranteed resource gets an assessment
(grön / gul / röd / ej bedömd); a target without an assessment row counts as "ej bedömd".
Writing lives in :mod:`follow_up_ops`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..i18n import N_, _
from ..store.database import Store
from ..store.pick import pick_one
from ..store.stamps import today

KINDS = (N_("deluppföljning"), N_("slutuppföljning"), N_("årlig rapport"), N_("annan"))
STATUSES = (N_("grön"), N_("gul"), N_("röd"), N_("ej bedömd"))
NOT_ASSESSED = "ej bedömd"


def list_follow_ups(store: Store, agreement_uuid: str) -> list[dict]:
    """Occasions of an agreement by due date, with counts of assessments per status."""
    return [dict(r) for r in store.query(
        """SELECT f.*,
                  (SELECT count(*) FROM assessment s WHERE s.follow_up_uuid = f.uuid AND s.deleted = 0
                      AND s.status = 'grön') AS green,
                  (SELECT count(*) FROM assessment s WHERE s.follow_up_uuid = f.uuid AND s.deleted = 0
                      AND s.status = 'gul') AS yellow,
                  (SELECT count(*) FROM assessment s WHERE s.follow_up_uuid = f.uuid AND s.deleted = 0
                      AND s.status = 'röd') AS red
           FROM follow_up f WHERE f.agreement_uuid = ? AND f.deleted = 0
           ORDER BY f.due_date, f.title COLLATE sv""", (agreement_uuid,))]


def due_state(row: dict, on: dt.date | None = None) -> str:
    """"genomförd", "försenad" (due date passed, not done) or "kommande"."""
    if row.get("done_date"):
        return N_("genomförd")
    on = on or today()
    return N_("försenad") if row["due_date"] < on.isoformat() else N_("kommande")


def due_overview(store: Store, agreement_uuid: str, on: dt.date | None = None) -> list[dict]:
    """The agreement's occasions, each with ``state`` (see :func:`due_state`) and ``days_left``."""
    on = on or today()
    rows = list_follow_ups(store, agreement_uuid)
    for row in rows:
        row["state"] = due_state(row, on)
        row["days_left"] = (dt.date.fromisoformat(row["due_date"]) - on).days
    return rows


def next_due(store: Store, on: dt.date | None = None, agreement_uuid: str | None = None) -> dict | None:
    """The earliest occasion not yet done (overdue ones first), over every live agreement or one.

    The row carries ``agreement_title`` and ``state``. None when nothing is owed.
    """
    sql = ("""SELECT f.*, a.title AS agreement_title FROM follow_up f
              JOIN agreement a ON a.uuid = f.agreement_uuid AND a.deleted = 0
              WHERE f.deleted = 0 AND f.done_date IS NULL""")
    params: tuple = ()
    if agreement_uuid:
        sql += " AND f.agreement_uuid = ?"
        params = (agreement_uuid,)
    rows = store.query(sql + " ORDER BY f.due_date LIMIT 1", params)
    if not rows:
        return None
    row = dict(rows[0])
    row["state"] = due_state(row, on)
    return row


OCCASION_GONE = N_("Uppföljningstillfället finns inte längre.")


def get_follow_up(store: Store, uuid: str) -> dict:
    """One live occasion. :raises NotFound: no such occasion."""
    return store.live("follow_up", uuid, OCCASION_GONE)


def resolve_follow_up(store: Store, term: str) -> dict:
    """The occasion whose uuid is ``term`` or whose due date (ÅÅÅÅ-MM-DD) is ``term``.

    :raises NotFound: nothing matches
    :raises Ambiguous: the date matches occasions of several agreements
    """
    term = (term or "").strip()
    rows = [dict(r) for r in store.query(
        "SELECT * FROM follow_up WHERE deleted = 0 AND (uuid = ? OR due_date = ?) ORDER BY due_date",
        (term, term))]
    return pick_one(rows, term, missing=_("Inget uppföljningstillfälle har uuid eller datum {term!r}.").format(term=term),
                    several=lambda rows: _("{n} uppföljningstillfällen har datum {term}; ange uuid ({names}…).").format(n=len(rows), term=term, names=', '.join(r['uuid'][:8] for r in rows)))


@dataclass(frozen=True)
class Target:
    """Something assessed at an occasion: a form of cooperation or a guaranteed resource."""

    kind: str  # form | resource
    uuid: str
    name: str
    party: str  # resource: the guaranteeing party; form: the lead party (may be "")
    detail: str  # resource: its status (tillsatt/vakant/…); form: its abbreviation


def targets(store: Store, agreement_uuid: str) -> list[Target]:
    """Every form (agreed order) and then every resource (per party, agreed order) of an agreement."""
    out = [Target("form", r["uuid"], r["name"], r["lead_name"] or "", r["abbreviation"]) for r in store.query(
        """SELECT f.uuid, f.name, f.abbreviation, p.name AS lead_name FROM cooperation_form f
           LEFT JOIN party p ON p.uuid = f.lead_party_uuid
           WHERE f.agreement_uuid = ? AND f.deleted = 0 ORDER BY f.position, f.name COLLATE sv""",
        (agreement_uuid,))]
    out += [Target("resource", r["uuid"], r["text"], r["party_name"], r["status"]) for r in store.query(
        """SELECT r.uuid, r.text, r.status, p.name AS party_name FROM guaranteed_resource r
           JOIN party p ON p.uuid = r.party_uuid
           LEFT JOIN agreement_party ap ON ap.agreement_uuid = r.agreement_uuid
                AND ap.party_uuid = r.party_uuid AND ap.deleted = 0
           WHERE r.agreement_uuid = ? AND r.deleted = 0 ORDER BY ap.position, r.position""",
        (agreement_uuid,))]
    return out


def assessment_rows(store: Store, follow_up_uuid: str) -> list[dict]:
    """One row per form and resource of the occasion's agreement, assessed or not.

    Keys: target_kind, target_uuid, name, party, detail, status, comment, evidence,
    assessment_uuid (None when never assessed), evidence_count (linked actions/values).
    """
    occasion = get_follow_up(store, follow_up_uuid)
    saved = {(r["target_kind"], r["target_uuid"]): dict(r) for r in store.query(
        """SELECT s.*, (SELECT count(*) FROM assessment_evidence e
                        WHERE e.assessment_uuid = s.uuid AND e.deleted = 0) AS evidence_count
           FROM assessment s WHERE s.follow_up_uuid = ? AND s.deleted = 0""", (follow_up_uuid,))}
    rows = []
    for t in targets(store, occasion["agreement_uuid"]):
        s = saved.get((t.kind, t.uuid), {})
        rows.append({"target_kind": t.kind, "target_uuid": t.uuid, "name": t.name, "party": t.party,
                     "detail": t.detail, "status": s.get("status", NOT_ASSESSED),
                     "comment": s.get("comment", ""), "evidence": s.get("evidence", ""),
                     "assessment_uuid": s.get("uuid"), "evidence_count": s.get("evidence_count", 0)})
    return rows


def status_matrix(store: Store, agreement_uuid: str, target_kind: str = "form") -> tuple[list[dict], list[dict]]:
    """(occasions by due date, rows) where each row is a target with ``statuses``: [status per occasion]."""
    occasions = list_follow_ups(store, agreement_uuid)
    found = {(r["follow_up_uuid"], r["target_uuid"]): (r["status"], r["comment"]) for r in store.query(
        """SELECT s.follow_up_uuid, s.target_uuid, s.status, s.comment FROM assessment s
           JOIN follow_up f ON f.uuid = s.follow_up_uuid
           WHERE f.agreement_uuid = ? AND f.deleted = 0 AND s.deleted = 0 AND s.target_kind = ?""",
        (agreement_uuid, target_kind))}
    rows = []
    for t in targets(store, agreement_uuid):
        if t.kind != target_kind:
            continue
        cells = [found.get((o["uuid"], t.uuid), (NOT_ASSESSED, "")) for o in occasions]
        rows.append({"uuid": t.uuid, "name": t.name, "detail": t.detail,
                     "statuses": [c[0] for c in cells], "comments": [c[1] for c in cells]})
    return occasions, rows


def evidence_links(store: Store, assessment_uuid: str) -> list[dict]:
    """The actions and indicator values an assessment rests on, with a readable ``label``."""
    out = []
    for r in store.query("SELECT * FROM assessment_evidence WHERE assessment_uuid = ? AND deleted = 0",
                         (assessment_uuid,)):
        row = dict(r)
        if row["kind"] == "action":
            a = store.get("action", row["target_uuid"])
            row["label"] = (_("Åtgärd v{raised_week} {raised_year}: {description} ({status})").format(raised_week=a['raised_week'], raised_year=a['raised_year'], description=a['description'], status=_(a['status']))
                            if a else _("Åtgärden finns inte längre"))
        else:
            v = store.query("""SELECT v.period, v.value, i.name, i.unit, a.name AS area FROM indicator_value v
                               JOIN indicator i ON i.uuid = v.indicator_uuid
                               LEFT JOIN area a ON a.uuid = v.area_uuid WHERE v.uuid = ?""",
                            (row["target_uuid"],))
            row["label"] = (f"{v[0]['name']}, {v[0]['area'] or 'hela kommunen'} {v[0]['period']}: "
                            f"{v[0]['value']:g} {v[0]['unit']}".rstrip() if v else _("Mätvärdet finns inte längre"))
        out.append(row)
    return sorted(out, key=lambda r: (r["kind"], r["label"]))


def agreement_actions(store: Store, agreement_uuid: str) -> list[dict]:
    """Every live EST action of an agreement (to pick evidence from), newest first, with form name."""
    return [dict(r) for r in store.query(
        """SELECT a.*, coalesce(nullif(f.abbreviation, ''), f.name) AS form_name
           FROM action a LEFT JOIN cooperation_form f ON f.uuid = a.form_uuid
           WHERE a.agreement_uuid = ? AND a.deleted = 0
           ORDER BY a.raised_year DESC, a.raised_week DESC, a.description COLLATE sv""", (agreement_uuid,))]


def open_and_overdue_actions(store: Store, agreement_uuid: str, on: dt.date | None = None) -> list[dict]:
    """Actions planerad/pågår, earliest due first, each with ``overdue`` (due date before ``on``)."""
    on = (on or today()).isoformat()
    rows = [dict(r) for r in store.query(
        """SELECT a.*, p.name AS party_name, coalesce(nullif(f.abbreviation, ''), f.name) AS form_name
           FROM action a LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
           LEFT JOIN cooperation_form f ON f.uuid = a.form_uuid
           WHERE a.agreement_uuid = ? AND a.deleted = 0 AND a.status IN ('planerad', 'pågår')
           ORDER BY a.due_date IS NULL, a.due_date, a.raised_year, a.raised_week""", (agreement_uuid,))]
    for r in rows:
        r["overdue"] = bool(r["due_date"] and r["due_date"] < on)
    return rows
