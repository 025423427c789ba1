"""Editing an agreement: its own fields, its purposes and its parties (each a core operation).

Every function here is one user action: it writes in one transaction and returns the
:class:`OpChanges` (for undo and for refreshing the views). Forms of cooperation are edited in
:mod:`.form_ops`, templates and new periods in :mod:`.agreement_copy`.
"""

from __future__ import annotations

import datetime as dt

from ..errors import ValidationError
from ..i18n import N_
from ..store import ordering
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges

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
            raise ValidationError(f"{label} saknas (skriv ÅÅÅÅ-MM-DD).", field=field)
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{label}: {text!r} är inget datum (skriv ÅÅÅÅ-MM-DD).", field=field) from None


def check_agreement_values(current: dict, values: dict) -> None:
    """Refuse values that cannot be saved: an empty title, a bad date, a period that ends too early.

    :raises ValidationError: with ``field`` set to the offending field
    """
    merged = {**current, **values}
    if "title" in values and not (values["title"] or "").strip():
        raise ValidationError("Överenskommelsen måste ha en titel.", field="title")
    if "status" in values and values["status"] not in STATUSES:
        raise ValidationError(f"Okänd status: {values['status']}.", field="status")
    start = parse_date(merged.get("period_from"), field="period_from", label="Periodens början")
    end = parse_date(merged.get("period_to"), field="period_to", label="Periodens slut")
    if end <= start:
        field = "period_to" if "period_to" in values else "period_from"
        raise ValidationError("Perioden måste sluta efter att den börjar.", field=field)
    if "signed_date" in values:
        parse_date(values["signed_date"], field="signed_date", label="Undertecknad", required=False)


def _clean(values: dict) -> dict:
    out = {}
    for key, value in values.items():
        if key not in AGREEMENT_FIELDS:
            raise ValidationError(f"Okänt fält: {key}.")
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
    with store.write(_label(values)) as tx:
        tx.update("agreement", uuid, values)
    return tx.changes


_LABELS = {"title": "titel", "period_from": "period", "period_to": "period", "vision": "vision",
           "preamble": "inledning", "legal_basis": "lagstöd", "signed_date": "undertecknandedatum",
           "signed_place": "ort", "communication_clause": "kommunikation", "economy_clause": "ekonomi",
           "responsibility_clause": "ansvar", "follow_up_clause": "uppföljning",
           "validity_clause": "giltighetstid", "status": "status", "revision_notes": "revideringsanteckningar",
           "signed_text": "undertecknad text"}


def _label(values: dict) -> str:
    names = sorted({_LABELS.get(k, k) for k in values})
    return "Ändra " + ", ".join(names)


# Rows that belong to an agreement, tombstoned with it (and restored by one undo).
_CHILDREN = ("agreement_purpose", "agreement_party", "cooperation_form", "guaranteed_resource")


@operation
def delete_agreement(store: Store, uuid: str) -> OpChanges:
    """Tombstone an agreement with its purposes, parties, forms, resources and their links."""
    with store.write("Ta bort överenskommelse") as tx:
        for table in _CHILDREN:
            for (child,) in tx.execute(f"SELECT uuid FROM {table} WHERE agreement_uuid = ? AND deleted = 0",
                                       (uuid,)).fetchall():
                if table == "cooperation_form":
                    _delete_links(tx, "form_uuid", child)
                if table == "guaranteed_resource":
                    _delete_links(tx, "resource_uuid", child)
                tx.delete(table, child)
        tx.delete("agreement", uuid)
    return tx.changes


def _delete_links(tx, column: str, uuid: str) -> None:
    tables = ("resource_form", "cooperation_form_party") if column == "form_uuid" else ("resource_form",)
    for table in tables:
        for (link,) in tx.execute(f"SELECT uuid FROM {table} WHERE {column} = ? AND deleted = 0",
                                  (uuid,)).fetchall():
            tx.delete(table, link)


# -- purposes ------------------------------------------------------------------------------------

@operation
def add_purpose(store: Store, agreement_uuid: str, text: str = "") -> OpChanges:
    """Append a purpose ("Syftet … är att: …") at the end of the list."""
    with store.write("Nytt syfte") as tx:
        pos = ordering.next_position(tx, "agreement_purpose", "agreement_uuid", agreement_uuid)
        tx.insert("agreement_purpose", {"agreement_uuid": agreement_uuid, "position": pos, "text": text})
    return tx.changes


@operation
def update_purpose(store: Store, uuid: str, text: str) -> OpChanges:
    """Change the text of a purpose."""
    with store.write("Ändra syfte") as tx:
        tx.update("agreement_purpose", uuid, {"text": text})
    return tx.changes


@operation
def delete_purpose(store: Store, uuid: str) -> OpChanges:
    """Remove a purpose (tombstone)."""
    with store.write("Ta bort syfte") as tx:
        tx.delete("agreement_purpose", uuid)
    return tx.changes


@operation
def move_purpose(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a purpose up (−1) or down (+1)."""
    with store.write("Flytta syfte") as tx:
        ordering.move(tx, "agreement_purpose", "agreement_uuid", uuid, delta)
    return tx.changes


# -- parties --------------------------------------------------------------------------------------

@operation
def create_party(store: Store, name: str, kind: str, short_name: str = "") -> OpChanges:
    """A new party in the register (kommun, polis, annan myndighet or organisation)."""
    name = name.strip()
    if not name:
        raise ValidationError("Parten måste ha ett namn.", field="name")
    if kind not in PARTY_KINDS:
        raise ValidationError(f"Okänd typ av part: {kind}.", field="kind")
    with store.write("Ny part") as tx:
        tx.insert("party", {"name": name, "kind": kind, "short_name": short_name.strip()})
    return tx.changes


@operation
def add_agreement_party(store: Store, agreement_uuid: str, party_uuid: str, **values) -> OpChanges:
    """Add a party to an agreement, last in order; a party can stand only once in an agreement."""
    if store.scalar("SELECT 1 FROM agreement_party WHERE agreement_uuid = ? AND party_uuid = ? AND deleted = 0",
                    (agreement_uuid, party_uuid)):
        raise ValidationError("Parten finns redan i överenskommelsen.", field="party")
    values = {k: v for k, v in values.items() if k in PARTY_FIELDS}
    with store.write("Lägg till part") as tx:
        pos = ordering.next_position(tx, "agreement_party", "agreement_uuid", agreement_uuid)
        tx.insert("agreement_party", {"agreement_uuid": agreement_uuid, "party_uuid": party_uuid,
                                      "position": pos, **values})
    return tx.changes


@operation
def update_agreement_party(store: Store, uuid: str, values: dict) -> OpChanges:
    """Change a party's diarienummer or signatory in one agreement."""
    unknown = set(values) - set(PARTY_FIELDS)
    if unknown:
        raise ValidationError(f"Okänt fält: {', '.join(sorted(unknown))}.")
    label = "Ändra diarienummer" if set(values) == {"case_number"} else "Ändra part"
    with store.write(label) as tx:
        tx.update("agreement_party", uuid, {k: (v or "").strip() for k, v in values.items()})
    return tx.changes


@operation
def remove_agreement_party(store: Store, uuid: str) -> OpChanges:
    """Take a party out of an agreement (the party stays in the register)."""
    with store.write("Ta bort part ur överenskommelsen") as tx:
        tx.delete("agreement_party", uuid)
    return tx.changes


@operation
def move_agreement_party(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a party up (−1) or down (+1) in the agreement's order (headers, signatures)."""
    with store.write("Flytta part") as tx:
        ordering.move(tx, "agreement_party", "agreement_uuid", uuid, delta)
    return tx.changes
