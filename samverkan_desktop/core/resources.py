"""Guaranteed resources (resurser som garanteras) and the forms they serve."""

from __future__ import annotations

from .store import Store


def list_resources(store: Store, agreement_uuid: str) -> list[dict]:
    """Live resources of an agreement, per party in agreed order, with party name and form names."""
    rows = store.query(
        """SELECT r.*, p.name AS party_name,
                  (SELECT group_concat(name, ', ') FROM (
                       SELECT coalesce(nullif(f.abbreviation, ''), f.name) AS name
                       FROM resource_form rf JOIN cooperation_form f ON f.uuid = rf.form_uuid
                       WHERE rf.resource_uuid = r.uuid AND rf.deleted = 0 AND f.deleted = 0
                       ORDER BY f.position)) AS form_names
           FROM guaranteed_resource r
           JOIN party p ON p.uuid = r.party_uuid
           LEFT JOIN agreement_party ap ON ap.agreement_uuid = r.agreement_uuid
                AND ap.party_uuid = r.party_uuid AND ap.deleted = 0
           WHERE r.agreement_uuid = ? AND r.deleted = 0
           ORDER BY ap.position, r.position""", (agreement_uuid,))
    return [dict(r) for r in rows]
