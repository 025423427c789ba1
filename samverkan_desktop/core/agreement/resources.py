"""Guaranteed resources (resurser som garanteras) and the forms they serve — reading."""

from __future__ import annotations

from ..store.database import Store
from ..store.declare import contact_joins
from .resource_fields import RESOURCE


def list_resources(store: Store, agreement_uuid: str) -> list[dict]:
    """Live resources of an agreement, per party in agreed order, with party, contact and form names.

    Each contact field of RESOURCE (``contact_uuid``…) comes with ``contact_name``, ``_title``,
    ``_email`` and ``_phone``.

    ``form_names`` (abbreviation or name, in the agreement's order) and ``form_uuids`` (a list) say
    which forms the resource serves.
    """
    contact_columns, contact_joins_sql = contact_joins(RESOURCE, "r")
    rows = store.query(
        f"""SELECT r.*, p.name AS party_name, p.short_name AS party_short_name{contact_columns},
                  (SELECT group_concat(name, ', ') FROM (
                       SELECT coalesce(nullif(f.abbreviation, ''), f.name) AS name
                       FROM resource_form rf JOIN cooperation_form f ON f.uuid = rf.form_uuid
                       WHERE rf.resource_uuid = r.uuid AND rf.deleted = 0 AND f.deleted = 0
                       ORDER BY f.position)) AS form_names,
                  (SELECT group_concat(rf.form_uuid, ' ') FROM resource_form rf
                       JOIN cooperation_form f ON f.uuid = rf.form_uuid
                       WHERE rf.resource_uuid = r.uuid AND rf.deleted = 0 AND f.deleted = 0) AS form_uuid_list
           FROM guaranteed_resource r
           JOIN party p ON p.uuid = r.party_uuid
           {contact_joins_sql}
           LEFT JOIN agreement_party ap ON ap.agreement_uuid = r.agreement_uuid
                AND ap.party_uuid = r.party_uuid AND ap.deleted = 0
           WHERE r.agreement_uuid = ? AND r.deleted = 0
           ORDER BY coalesce(ap.position, 999), p.name COLLATE sv, r.position""", (agreement_uuid,))
    out = []
    for r in rows:
        row = dict(r)
        row["form_uuids"] = (row.pop("form_uuid_list") or "").split()
        out.append(row)
    return out


def resource_form_uuids(store: Store, resource_uuid: str) -> list[str]:
    """The forms a resource serves."""
    return [r[0] for r in store.query(
        "SELECT form_uuid FROM resource_form WHERE resource_uuid = ? AND deleted = 0", (resource_uuid,))]


def party_summary(store: Store, agreement_uuid: str) -> list[dict]:
    """Per party of the agreement (in agreed order): resources guaranteed, staffed, vacant, recruiting, FTE."""
    return [dict(r) for r in store.query(
        """SELECT p.uuid AS party_uuid, p.name AS party_name, p.short_name AS party_short_name,
                  count(r.uuid) AS guaranteed,
                  coalesce(sum(r.status = 'tillsatt'), 0) AS staffed,
                  coalesce(sum(r.status = 'vakant'), 0) AS vacant,
                  coalesce(sum(r.status = 'under rekrytering'), 0) AS recruiting,
                  sum(r.extent_fte) AS fte
           FROM agreement_party ap JOIN party p ON p.uuid = ap.party_uuid
           LEFT JOIN guaranteed_resource r ON r.agreement_uuid = ap.agreement_uuid
                AND r.party_uuid = ap.party_uuid AND r.deleted = 0
           WHERE ap.agreement_uuid = ? AND ap.deleted = 0
           GROUP BY ap.uuid ORDER BY ap.position, p.name COLLATE sv""", (agreement_uuid,))]


def guarantees_none(store: Store, agreement_uuid: str) -> bool:
    """True when the agreement names no guaranteed resource at all (Hallsberg, seed 003, by design):
    then its forms are not "without a resource" one by one."""
    return not store.scalar("SELECT count(*) FROM guaranteed_resource WHERE agreement_uuid = ? AND deleted = 0",
                            (agreement_uuid,))


def form_coverage(store: Store, agreement_uuid: str) -> list[dict]:
    """Per form (agreed order): the resources that serve it; ``uncovered`` when none does, in an
    agreement that guarantees resources at all (one that names none, like Hallsberg's, leaves no
    form uncovered: see :func:`guarantees_none`).

    Each row: uuid, name, abbreviation, kind, resources (list of dicts with text, party_name,
    status), staffed (how many of those are tillsatt), uncovered (bool).
    """
    forms = [dict(r) for r in store.query(
        "SELECT uuid, name, abbreviation, kind FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 "
        "ORDER BY position, name COLLATE sv", (agreement_uuid,))]
    links = store.query(
        """SELECT rf.form_uuid, r.uuid, r.text, r.status, r.function_role, p.name AS party_name
           FROM resource_form rf
           JOIN guaranteed_resource r ON r.uuid = rf.resource_uuid AND r.deleted = 0
           JOIN party p ON p.uuid = r.party_uuid
           LEFT JOIN agreement_party ap ON ap.agreement_uuid = r.agreement_uuid
                AND ap.party_uuid = r.party_uuid AND ap.deleted = 0
           WHERE rf.deleted = 0 AND r.agreement_uuid = ?
           ORDER BY coalesce(ap.position, 999), r.position""", (agreement_uuid,))
    by_form: dict[str, list[dict]] = {}
    for link in links:
        by_form.setdefault(link["form_uuid"], []).append(dict(link))
    none = guarantees_none(store, agreement_uuid)
    for f in forms:
        f["resources"] = by_form.get(f["uuid"], [])
        f["staffed"] = sum(1 for r in f["resources"] if r["status"] == "tillsatt")
        f["uncovered"] = not f["resources"] and not none
    return forms
