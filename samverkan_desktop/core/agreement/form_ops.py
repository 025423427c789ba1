"""Editing the forms of cooperation / focus areas of an agreement (each function one user action)."""

from __future__ import annotations

from ..errors import ValidationError
from ..i18n import N_, _
from ..store import crud, ordering
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid

FORM_KINDS = (N_("samverkansform"), N_("forum"), N_("fokusområde"), N_("arbetsområde"))
FORM_FIELDS = ("name", "abbreviation", "kind", "description", "lead_party_uuid", "lead_text",
               "follow_up_text")
# The link rows that go with a form or a resource when it is deleted (and come back with its undo).
FORM_LINKS = (("cooperation_form_party", "form_uuid"), ("resource_form", "form_uuid"))
RESOURCE_LINKS = (("resource_form", "resource_uuid"),)
_LABELS = {"name": "namn", "abbreviation": "förkortning", "kind": "typ", "description": "beskrivning",
           "lead_party_uuid": "ansvarig part", "lead_text": "ansvar", "follow_up_text": "uppföljning"}


def _check(values: dict) -> dict:
    unknown = set(values) - set(FORM_FIELDS)
    if unknown:
        raise ValidationError(_("Okänt fält: {names}.").format(names=', '.join(sorted(unknown))))
    out = dict(values)
    if "name" in out:
        out["name"] = (out["name"] or "").strip()
        if not out["name"]:
            raise ValidationError(_("Samverkansformen måste ha ett namn."), field="name")
    if "kind" in out and out["kind"] not in FORM_KINDS:
        raise ValidationError(_("Okänd typ: {kind}.").format(kind=out['kind']), field="kind")
    if "lead_party_uuid" in out and not out["lead_party_uuid"]:
        out["lead_party_uuid"] = None
    return out


@operation
def add_form(store: Store, agreement_uuid: str, name: str = "Ny samverkansform", *, party_uuids=(),
             **values) -> OpChanges:
    """Append a form of cooperation at the end of the agreement's list, with its parties."""
    values = _check({"name": name, **values})
    with store.write(_("Ny samverkansform")) as tx:
        pos = ordering.next_position(tx, "cooperation_form", "agreement_uuid", agreement_uuid)
        form = tx.insert("cooperation_form", {"agreement_uuid": agreement_uuid, "position": pos, **values})
        set_links(tx, "cooperation_form_party", "form_uuid", form, "party_uuid", party_uuids)
    return tx.changes


@operation
def update_form(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change fields of a form of cooperation."""
    values = _check(values)
    label = _("Ändra samverkansform: ") + ", ".join(sorted({_LABELS[k] for k in values}))
    return crud.update(store, "cooperation_form", uuid, values, label)


@operation
def delete_form(store: Store, uuid: str) -> OpChanges:
    """Tombstone a form with its party and resource links (one undo brings all back)."""
    return crud.delete(store, "cooperation_form", uuid, _("Ta bort samverkansform"), dependants=FORM_LINKS)


@operation
def move_form(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a form up (−1) or down (+1)."""
    return crud.move(store, "cooperation_form", "agreement_uuid", uuid, delta, _("Flytta samverkansform"))


def set_links(tx, table: str, owner_column: str, owner: str, other_column: str, wanted) -> None:
    """Make the live links of ``owner`` exactly ``wanted`` (natural uuids, so merges agree)."""
    wanted = list(dict.fromkeys(wanted))
    current = {r[1]: r[0] for r in tx.execute(
        f"SELECT uuid, {other_column} FROM {table} WHERE {owner_column} = ? AND deleted = 0", (owner,))}
    for other, link in current.items():
        if other not in wanted:
            tx.delete(table, link)
    for other in wanted:
        if other not in current:
            tx.ensure(table, natural_uuid(table, owner, other), {owner_column: owner, other_column: other})


@operation
def set_form_parties(store: Store, form_uuid: str, party_uuids) -> OpChanges:
    """The parties that take part in a form (besides the lead party)."""
    with store.write(_("Ändra deltagande parter")) as tx:
        set_links(tx, "cooperation_form_party", "form_uuid", form_uuid, "party_uuid", party_uuids)
    return tx.changes
