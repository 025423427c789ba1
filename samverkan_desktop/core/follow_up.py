"""Follow-up occasions (uppföljningar) and their assessments — reading."""

from __future__ import annotations

from .store import Store


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
           ORDER BY f.due_date""", (agreement_uuid,))]
