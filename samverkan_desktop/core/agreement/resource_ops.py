"""Editing guaranteed resources (resurser som garanteras): each function is one user action."""

from __future__ import annotations

from ..i18n import _
from ..store import crud, ordering
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from .form_ops import RESOURCE_LINKS, set_links
from .resource_fields import RESOURCE

RESOURCE_STATUSES = tuple(c.value for c in RESOURCE["status"].choices)
RESOURCE_FIELDS = RESOURCE.names


def check_values(values: dict) -> dict:
    """Normalise and check resource fields (as declared in resource_fields.py); raises ValidationError."""
    return RESOURCE.check(values)


@operation
def add_resource(store: Store, agreement_uuid: str, party_uuid: str, text: str = "Ny resurs",
                 form_uuids=(), **values) -> OpChanges:
    """Append a resource that ``party_uuid`` guarantees, last among that party's resources."""
    values = RESOURCE.check({"party_uuid": party_uuid, "text": text, **values})
    with store.write(_("Ny resurs")) as tx:
        pos = tx.execute("SELECT coalesce(max(position) + 1, 0) FROM guaranteed_resource "
                         "WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0",
                         (agreement_uuid, party_uuid)).fetchone()[0]
        res = tx.insert("guaranteed_resource", {"agreement_uuid": agreement_uuid, "position": pos, **values})
        set_links(tx, "resource_form", "resource_uuid", res, "form_uuid", form_uuids)
    return tx.changes


@operation
def update_resource(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change fields of a resource (one undo step)."""
    values = RESOURCE.check(values)
    return crud.update(store, "guaranteed_resource", uuid, values, RESOURCE.change_label(_("Ändra resurs"), values))


@operation
def set_resource_forms(store: Store, uuid: str, form_uuids) -> OpChanges:
    """The forms of cooperation a resource serves (exactly these)."""
    with store.write(_("Ändra samverkansformer för resurs")) as tx:
        set_links(tx, "resource_form", "resource_uuid", uuid, "form_uuid", form_uuids)
    return tx.changes


@operation
def delete_resource(store: Store, uuid: str) -> OpChanges:
    """Tombstone a resource and its form links."""
    return crud.delete(store, "guaranteed_resource", uuid, _("Ta bort resurs"), dependants=RESOURCE_LINKS)


@operation
def move_resource(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a resource up/down among the same party's resources."""
    row = store.get("guaranteed_resource", uuid)
    with store.write(_("Flytta resurs")) as tx:
        order = [r[0] for r in tx.execute(
            "SELECT uuid FROM guaranteed_resource WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0 "
            "ORDER BY position, created_at", (row["agreement_uuid"], row["party_uuid"])).fetchall()]
        i = order.index(uuid)
        j = max(0, min(len(order) - 1, i + delta))
        if i != j:
            order.insert(j, order.pop(i))
            ordering.renumber(tx, "guaranteed_resource", order)
    return tx.changes
