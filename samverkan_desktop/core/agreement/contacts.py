"""The register of contact persons (officials in their role: name, title, party, e-mail, phone)."""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..i18n import _
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges

CONTACT_FIELDS = ("name", "title", "party_uuid", "email", "phone")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def list_contacts(store: Store, party_uuid: str | None = None) -> list[dict]:
    """Live contact persons in Swedish order of name, with the party's name; optionally of one party."""
    sql = ("SELECT c.*, p.name AS party_name FROM contact_person c LEFT JOIN party p ON p.uuid = c.party_uuid "
           "WHERE c.deleted = 0")
    params: tuple = ()
    if party_uuid:
        sql += " AND c.party_uuid = ?"
        params = (party_uuid,)
    return [dict(r) for r in store.query(sql + " ORDER BY c.name COLLATE sv, c.title COLLATE sv", params)]


def check_values(values: dict) -> dict:
    """Normalise and check contact fields; raises ValidationError naming the field."""
    return _check(values)


def _check(values: dict) -> dict:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationError(_("Okänt fält: {names}.").format(names=', '.join(sorted(unknown))))
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    if "name" in out and not out["name"]:
        raise ValidationError(_("Kontaktpersonen måste ha ett namn."), field="name")
    if out.get("email") and not _EMAIL.match(out["email"]):
        raise ValidationError(_("{email!r} ser inte ut som en e-postadress.").format(email=out['email']), field="email")
    if "party_uuid" in out and not out["party_uuid"]:
        out["party_uuid"] = None
    return out


@operation
def add_contact(store: Store, name: str, **values) -> OpChanges:
    """A new contact person."""
    values = _check({"name": name, **values})
    return crud.insert(store, "contact_person", values, _("Ny kontaktperson"))


@operation
def update_contact(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change a contact person's fields."""
    values = _check(values)
    return crud.update(store, "contact_person", uuid, values, _("Ändra kontaktperson"))


@operation
def delete_contact(store: Store, uuid: str) -> OpChanges:
    """Tombstone a contact person and unlink it from the resources it was the contact of."""
    return crud.delete(store, "contact_person", uuid, _("Ta bort kontaktperson"),
                       unlinks=(("guaranteed_resource", "contact_uuid"),))
