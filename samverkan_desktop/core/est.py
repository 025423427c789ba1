"""EST (Effektiv samordning för trygghet): weeks, incidents, problems and actions — reading."""

from __future__ import annotations

from .store import Store


def list_weeks(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's EST weeks, newest first, with their incident totals."""
    return [dict(r) for r in store.query(
        """SELECT w.*, (SELECT coalesce(sum(i.count), 0) FROM incident i
                        WHERE i.agreement_uuid = w.agreement_uuid AND i.iso_year = w.iso_year
                          AND i.iso_week = w.iso_week AND i.deleted = 0) AS incident_total
           FROM est_week w WHERE w.agreement_uuid = ? AND w.deleted = 0
           ORDER BY w.iso_year DESC, w.iso_week DESC""", (agreement_uuid,))]


def incidents_in_week(store: Store, agreement_uuid: str, year: int, week: int) -> list[dict]:
    """The week's incidents with category, area and source names."""
    return [dict(r) for r in store.query(
        """SELECT i.*, c.label AS category, a.name AS area, s.label AS source
           FROM incident i
           LEFT JOIN code_item c ON c.uuid = i.category_uuid
           LEFT JOIN area a ON a.uuid = i.area_uuid
           LEFT JOIN code_item s ON s.uuid = i.source_uuid
           WHERE i.agreement_uuid = ? AND i.iso_year = ? AND i.iso_week = ? AND i.deleted = 0
           ORDER BY i.occurred_on, c.label COLLATE sv""", (agreement_uuid, year, week))]


def open_actions(store: Store, agreement_uuid: str) -> list[dict]:
    """Actions not yet closed (planerad / pågår), earliest due first, with owner party name."""
    return [dict(r) for r in store.query(
        """SELECT a.*, p.name AS party_name
           FROM action a LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
           WHERE a.agreement_uuid = ? AND a.deleted = 0 AND a.status IN ('planerad', 'pågår')
           ORDER BY a.due_date IS NULL, a.due_date, a.raised_year, a.raised_week""", (agreement_uuid,))]
