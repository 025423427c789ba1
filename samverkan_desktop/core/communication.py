"""The joint communication plan per agreement and year, and its activities — reading."""

from __future__ import annotations

from .store import Store


def list_plans(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's plans, newest year first."""
    return [dict(r) for r in store.query(
        "SELECT * FROM communication_plan WHERE agreement_uuid = ? AND deleted = 0 ORDER BY year DESC",
        (agreement_uuid,))]


def list_activities(store: Store, plan_uuid: str) -> list[dict]:
    """A plan's activities by planned date (undated last), with the responsible party's name."""
    return [dict(r) for r in store.query(
        """SELECT a.*, p.name AS party_name
           FROM communication_activity a LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
           WHERE a.plan_uuid = ? AND a.deleted = 0
           ORDER BY a.planned_date IS NULL, a.planned_date, a.title COLLATE sv""", (plan_uuid,))]
