"""Editing an agreement: its own fields, its purposes and its parties (each a core operation).

Every function here is one user action: it writes in one transaction and returns the
:class:`OpChanges` (for undo and for refreshing the views). Forms of cooperation are edited in
:mod:`.form_ops`, templates and new periods in :mod:`.agreement_copy`.
"""

from __future__ import annotations

import datetime as dt

from ..errors import ValidationError
from ..i18n import N_, _
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from .form_ops import FORM_LINKS, RESOURCE_LINKS

# The agreement's own text fields a user edits (previous_uuid is set by "Ny period" only).
AGREEMENT_FIELDS = ("title", "period_from", "period_to", "vision", "preamble", "legal_basis",
                    "signed_date", "signed_place", "communication_clause", "economy_clause",
                    "responsibility_clause", "follow_up_clause", "validity_clause", "status",
                    "revision_notes", "signed_text")
STATUSES = (N_("utkast"), N_("gällande"), N_("avslutad"))
PARTY_KINDS = (N_("kommun"), N_("polis"), N_("annan myndighet"), N_("organisation"))
PARTY_FIELDS = ("case_number", "signatory_name", "signatory_title")
# A follow-up may fall this many months after the period ends ("slutlig uppföljning" in the spring).
FOLLOW_UP_GRACE_MONTHS = 6


def parse_date(text: str | None, *, field: str, label: str, required: bool = True) -> dt.date | None:
    """An ISO date (ÅÅÅÅ-MM-DD) or a ValidationError naming ``field``."""
    text = (text or "").strip()
    if not text:
        if required:
            raise ValidationError(_("{label} saknas (skriv ÅÅÅÅ-MM-DD).").format(label=_(label)), field=field)
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("{label}: {text!r} är inget datum (skriv ÅÅÅÅ-MM-DD).").format(label=_(label), text=text), field=field) from None


def check_agreement_values(current: dict, values: dict) -> None:
    """Refuse values that cannot be saved: an empty title, a bad date, a period that ends too early.

    :raises ValidationError: with ``field`` set to the offending field
    """
    merged = {**current, **values}
    if "title" in values and not (values["title"] or "").strip():
        raise ValidationError(_("Överenskommelsen måste ha en titel."), field="title")
    if "status" in values and values["status"] not in STATUSES:
        raise ValidationError(_("Okänd status: {status}.").format(status=values['status']), field="status")
    start = parse_date(merged.get("period_from"), field="period_from", label=N_("Periodens början"))
    end = parse_date(merged.get("period_to"), field="period_to", label=N_("Periodens slut"))
    if end <= start:
        field = "period_to" if "period_to" in values else "period_from"
        raise ValidationError(_("Perioden måste sluta efter att den börjar."), field=field)
    if "signed_date" in values:
        parse_date(values["signed_date"], field="signed_date", label=N_("Undertecknad"), required=False)


def _clean(values: dict) -> dict:
    out = {}
    for key, value in values.items():
        if key not in AGREEMENT_FIELDS:
            raise ValidationError(_("Okänt fält: {key}.").format(key=key))
        if isinstance(value, str):
            value = value.strip() if key in ("title", "period_from", "period_to", "signed_date") else value
        if key == "signed_date" and not value:
            value = None
        out[key] = value
    return out


@operation
def create_agreement(store: Store, title: str, period_from: str, period_to: str, *,
                     party_uuids: list[str] = (), label: str = "Ny överenskommelse") -> OpChanges:
    """A new, blank agreement (status utkast), optionally with parties in the given order."""
    values = _clean({"title": title, "period_from": period_from, "period_to": period_to})
    check_agreement_values({}, values)
    with store.write(label) as tx:
        uuid = tx.insert("agreement", {**values, "status": "utkast"})
        for pos, party in enumerate(dict.fromkeys(party_uuids)):
            tx.insert("agreement_party", {"agreement_uuid": uuid, "party_uuid": party, "position": pos})
    return tx.changes


@operation
def update_agreement(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change fields of an agreement (one undo step); invalid values raise ValidationError."""
    values = _clean(values)
    current = store.get("agreement", uuid)
    check_agreement_values(current, values)
    return crud.update(store, "agreement", uuid, values, _label(values))


_LABELS = {"title": "titel", "period_from": "period", "period_to": "period", "vision": "vision",
           "preamble": "inledning", "legal_basis": "lagstöd", "signed_date": "undertecknandedatum",
           "signed_place": "ort", "communication_clause": "kommunikation", "economy_clause": "ekonomi",
           "responsibility_clause": "ansvar", "follow_up_clause": "uppföljning",
           "validity_clause": "giltighetstid", "status": "status", "revision_notes": "revideringsanteckningar",
           "signed_text": "undertecknad text"}


def _label(values: dict) -> str:
    names = sorted({_LABELS.get(k, k) for k in values})
    return _("Ändra ") + ", ".join(names)


# Rows that belong to an agreement, tombstoned with it (and restored by one undo).
_CHILDREN = ("agreement_purpose", "agreement_party", "cooperation_form", "guaranteed_resource")
_LINKS = {"cooperation_form": FORM_LINKS, "guaranteed_resource": RESOURCE_LINKS}


@operation
def delete_agreement(store: Store, uuid: str) -> OpChanges:
    """Tombstone an agreement with its purposes, parties, forms, resources and their links."""
    with store.write(_("Ta bort överenskommelse")) as tx:
        for table in _CHILDREN:
            for (child,) in tx.execute(f"SELECT uuid FROM {table} WHERE agreement_uuid = ? AND deleted = 0",
                                       (uuid,)).fetchall():
                crud.delete_dependants(tx, child, _LINKS.get(table, ()))
                tx.delete(table, child)
        tx.delete("agreement", uuid)
    return tx.changes


# -- purposes ------------------------------------------------------------------------------------

@operation
def add_purpose(store: Store, agreement_uuid: str, text: str = "") -> OpChanges:
    """Append a purpose ("Syftet … är att: …") at the end of the list."""
    return crud.append(store, "agreement_purpose", "agreement_uuid", agreement_uuid, {"text": text}, _("Nytt syfte"))


@operation
def update_purpose(store: Store, uuid: str, text: str) -> OpChanges:
    """Change the text of a purpose."""
    return crud.update(store, "agreement_purpose", uuid, {"text": text}, _("Ändra syfte"))


@operation
def delete_purpose(store: Store, uuid: str) -> OpChanges:
    """Remove a purpose (tombstone)."""
    return crud.delete(store, "agreement_purpose", uuid, _("Ta bort syfte"))


@operation
def move_purpose(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a purpose up (−1) or down (+1)."""
    return crud.move(store, "agreement_purpose", "agreement_uuid", uuid, delta, _("Flytta syfte"))


# -- parties --------------------------------------------------------------------------------------

@operation
def create_party(store: Store, name: str, kind: str, short_name: str = "") -> OpChanges:
    """A new party in the register (kommun, polis, annan myndighet or organisation)."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Parten måste ha ett namn."), field="name")
    if kind not in PARTY_KINDS:
        raise ValidationError(_("Okänd typ av part: {kind}.").format(kind=kind), field="kind")
    return crud.insert(store, "party", {"name": name, "kind": kind, "short_name": short_name.strip()}, _("Ny part"))


@operation
def add_agreement_party(store: Store, agreement_uuid: str, party_uuid: str, **values) -> OpChanges:
    """Add a party to an agreement, last in order; a party can stand only once in an agreement."""
    if store.scalar("SELECT 1 FROM agreement_party WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0",
                    (agreement_uuid, party_uuid)):
        raise ValidationError(_("Parten finns redan i överenskommelsen."), field="party")
    values = {k: v for k, v in values.items() if k in PARTY_FIELDS}
    return crud.append(store, "agreement_party", "agreement_uuid", agreement_uuid,
                       {"party_uuid": party_uuid, **values}, _("Lägg till part"))


@operation
def update_agreement_party(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change a party's diarienummer or signatory in one agreement."""
    unknown = set(values) - set(PARTY_FIELDS)
    if unknown:
        raise ValidationError(_("Okänt fält: {names}.").format(names=', '.join(sorted(unknown))))
    label = _("Ändra diarienummer") if set(values) == {"case_number"} else _("Ändra part")
    return crud.update(store, "agreement_party", uuid, {k: (v or "").strip() for k, v in values.items()}, label)


@operation
def remove_agreement_party(store: Store, uuid: str) -> OpChanges:
    """Take a party out of an agreement (the party stays in the register)."""
    return crud.delete(store, "agreement_party", uuid, _("Ta bort part ur överenskommelsen"))


@operation
def move_agreement_party(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a party up (−1) or down (+1) in the agreement's order (headers, signatures)."""
    return crud.move(store, "agreement_party", "agreement_uuid", uuid, delta, _("Flytta part"))
