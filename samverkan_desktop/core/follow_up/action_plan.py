"""Åtgärdsplan per municipality and year, in Brå's columns.

orsak (cause) · åtgärd (measure) · operativt mål (operational_goal) · när (timing) · vem (who) ·
uppföljning (status grön/gul/röd/ej bedömd); each row linked to a form of cooperation.
"""

from __future__ import annotations

from ..agreement.queries import agreement_parties
from ..errors import NotFound, ValidationError
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from .queries import STATUSES

FIELDS = ("cause", "measure", "operational_goal", "timing", "who", "status", "form_uuid", "position")
TEXT_FIELDS = ("cause", "measure", "operational_goal", "timing", "who")
COLUMN_LABELS = {"cause": "Orsak", "measure": "Åtgärd", "operational_goal": "Operativt mål",
                 "timing": "När", "who": "Vem", "status": "Uppföljning"}


def municipalities(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's parties of kind kommun (an action plan is per municipality)."""
    return [{"uuid": p.party_uuid, "name": p.name} for p in agreement_parties(store, agreement_uuid)
            if p.kind == "kommun"]


def plan_years(store: Store, agreement_uuid: str) -> list[int]:
    """Years that have action plan rows, and every year of the agreement's period."""
    ag = store.get("agreement", agreement_uuid)
    years = {r["year"] for r in store.query(
        "SELECT DISTINCT year FROM action_plan_item WHERE agreement_uuid = ? AND deleted = 0", (agreement_uuid,))}
    if ag:
        years.update(range(int(ag["period_from"][:4]), int(ag["period_to"][:4]) + 1))
    return sorted(years)


def list_items(store: Store, agreement_uuid: str, party_uuid: str | None, year: int) -> list[dict]:
    """The rows of one municipality's plan for ``year``, in order, with party and form names."""
    return [dict(r) for r in store.query(
        """SELECT i.*, p.name AS party_name, f.name AS form_name,
                  coalesce(nullif(f.abbreviation, ''), f.name) AS form_short
           FROM action_plan_item i LEFT JOIN party p ON p.uuid = i.party_uuid
           LEFT JOIN cooperation_form f ON f.uuid = i.form_uuid
           WHERE i.agreement_uuid = ? AND i.year = ? AND i.deleted = 0
             AND (? IS NULL OR i.party_uuid = ?)
           ORDER BY p.name COLLATE sv, i.position, i.created_at""",
        (agreement_uuid, year, party_uuid, party_uuid))]


def _clean(values: dict) -> dict:
    out = {k: v for k, v in values.items() if k in FIELDS}
    if "status" in out and out["status"] not in STATUSES:
        raise ValidationError(f"Okänd status: {out['status']!r}.", field="status")
    for key in TEXT_FIELDS:
        if key in out:
            out[key] = (out[key] or "").strip()
    if "form_uuid" in out:
        out["form_uuid"] = out["form_uuid"] or None
    return out


@operation
def add_item(store: Store, agreement_uuid: str, party_uuid: str | None, year: int, **values) -> OpChanges:
    """Add a row at the end of the plan."""
    clean = _clean(values)
    if not 1900 < int(year) < 2200:
        raise ValidationError(f"Ogiltigt år: {year}.", field="year")
    if not clean.get("measure") and not clean.get("cause"):
        clean.setdefault("measure", "Ny åtgärd")
    if "position" not in clean:
        clean["position"] = int(store.scalar(
            "SELECT coalesce(max(position), -1) + 1 FROM action_plan_item WHERE agreement_uuid = ? "
            "AND year = ? AND party_uuid IS ? AND deleted = 0", (agreement_uuid, year, party_uuid)))
    with store.write("Ny rad i åtgärdsplanen") as tx:
        tx.insert("action_plan_item", {"agreement_uuid": agreement_uuid, "party_uuid": party_uuid,
                                       "year": int(year), **clean})
    return tx.changes


@operation
def update_item(store: Store, uuid: str, **values) -> OpChanges:
    """Change cells of a row."""
    clean = _clean(values)
    row = store.get("action_plan_item", uuid)
    if row is None or row["deleted"]:
        raise NotFound("Raden i åtgärdsplanen finns inte längre.")
    label = "Ändra åtgärdsplan" if set(clean) != {"status"} else f"Uppföljning: {clean['status']}"
    with store.write(label) as tx:
        tx.update("action_plan_item", uuid, clean)
    return tx.changes


@operation
def delete_item(store: Store, uuid: str) -> OpChanges:
    """Tombstone a row."""
    with store.write("Ta bort rad ur åtgärdsplanen") as tx:
        tx.delete("action_plan_item", uuid)
    return tx.changes
