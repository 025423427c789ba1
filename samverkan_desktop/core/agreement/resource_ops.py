"""Editing guaranteed resources (resurser som garanteras): each function is one user action."""

from __future__ import annotations

from ..errors import ValidationError
from ..i18n import N_
from ..store import ordering
from ..store.database import Store
from ..store.records import OpChanges
from .form_ops import set_links

RESOURCE_STATUSES = (N_("tillsatt"), N_("vakant"), N_("under rekrytering"))
RESOURCE_FIELDS = ("party_uuid", "text", "function_role", "holder", "contact_uuid", "status", "extent_fte")
_LABELS = {"party_uuid": "part", "text": "text", "function_role": "funktion", "holder": "innehavare",
           "contact_uuid": "kontaktperson", "status": "status", "extent_fte": "omfattning"}


def check_values(values: dict) -> dict:
    """Normalise and check resource fields; raises ValidationError naming the field."""
    return _check(values)


def _check(values: dict) -> dict:
    unknown = set(values) - set(RESOURCE_FIELDS)
    if unknown:
        raise ValidationError(f"Okänt fält: {', '.join(sorted(unknown))}.")
    out = dict(values)
    if "text" in out:
        out["text"] = (out["text"] or "").strip()
        if not out["text"]:
            raise ValidationError("Skriv resursen som den står i överenskommelsen.", field="text")
    if "status" in out and out["status"] not in RESOURCE_STATUSES:
        raise ValidationError(f"Okänd status: {out['status']}.", field="status")
    if "extent_fte" in out:
        out["extent_fte"] = parse_fte(out["extent_fte"])
    if "contact_uuid" in out and not out["contact_uuid"]:
        out["contact_uuid"] = None
    if "party_uuid" in out and not out["party_uuid"]:
        raise ValidationError("Välj vilken part som garanterar resursen.", field="party_uuid")
    return out


def parse_fte(value) -> float | None:
    """Extent in full-time equivalents: "0,5", "1", "" (unknown) → 0.5, 1.0, None."""
    if value is None or isinstance(value, (int, float)):
        if isinstance(value, (int, float)) and value < 0:
            raise ValidationError("Omfattningen kan inte vara negativ.", field="extent_fte")
        return None if value is None else float(value)
    text = str(value).strip().replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(f"Omfattning: {value!r} är inget tal (skriv t.ex. 0,5).",
                              field="extent_fte") from None
    if number < 0:
        raise ValidationError("Omfattningen kan inte vara negativ.", field="extent_fte")
    return number


def add_resource(store: Store, agreement_uuid: str, party_uuid: str, text: str = "Ny resurs",
                 form_uuids=(), **values) -> OpChanges:
    """Append a resource that ``party_uuid`` guarantees, last among that party's resources."""
    values = _check({"party_uuid": party_uuid, "text": text, **values})
    with store.write("Ny resurs") as tx:
        pos = tx.execute("SELECT coalesce(max(position) + 1, 0) FROM guaranteed_resource "
                         "WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0",
                         (agreement_uuid, party_uuid)).fetchone()[0]
        res = tx.insert("guaranteed_resource", {"agreement_uuid": agreement_uuid, "position": pos, **values})
        set_links(tx, "resource_form", "resource_uuid", res, "form_uuid", form_uuids)
    return tx.changes


def update_resource(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change fields of a resource (one undo step)."""
    values = _check(values)
    with store.write("Ändra resurs: " + ", ".join(sorted({_LABELS[k] for k in values}))) as tx:
        tx.update("guaranteed_resource", uuid, values)
    return tx.changes


def set_resource_forms(store: Store, uuid: str, form_uuids) -> OpChanges:
    """The forms of cooperation a resource serves (exactly these)."""
    with store.write("Ändra samverkansformer för resurs") as tx:
        set_links(tx, "resource_form", "resource_uuid", uuid, "form_uuid", form_uuids)
    return tx.changes


def delete_resource(store: Store, uuid: str) -> OpChanges:
    """Tombstone a resource and its form links."""
    with store.write("Ta bort resurs") as tx:
        set_links(tx, "resource_form", "resource_uuid", uuid, "form_uuid", [])
        tx.delete("guaranteed_resource", uuid)
    return tx.changes


def move_resource(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a resource up/down among the same party's resources."""
    row = store.get("guaranteed_resource", uuid)
    with store.write("Flytta resurs") as tx:
        order = [r[0] for r in tx.execute(
            "SELECT uuid FROM guaranteed_resource WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0 "
            "ORDER BY position, created_at", (row["agreement_uuid"], row["party_uuid"])).fetchall()]
        i = order.index(uuid)
        j = max(0, min(len(order) - 1, i + delta))
        if i != j:
            order.insert(j, order.pop(i))
            ordering.renumber(tx, "guaranteed_resource", order)
    return tx.changes
