"""Editing single records from the command line (``samverkan set/delete/restore``).

Each goes through the same core operations as the window — the domain operation where the table
has one (an agreement is deleted with its parties, forms and resources), else the Transaction —
so validation, audit rows and version vectors are the same; plus the value rules a received file
must meet (values.py): a date is a date, a week exists.
"""

from __future__ import annotations

from ..agreement import contacts, form_ops, ops, resource_ops
from ..errors import NotFound, ValidationError
from ..store.database import Store
from ..store.records import META_COLUMNS, OpChanges
from . import values as value_rules
from .labels import field_title, printable, table_title

# Domain operations the window uses for these tables (the rest write through the Transaction).
UPDATE_OPS = {"agreement": ops.update_agreement, "agreement_party": ops.update_agreement_party,
              "cooperation_form": form_ops.update_form, "guaranteed_resource": resource_ops.update_resource,
              "contact_person": contacts.update_contact}
DELETE_OPS = {"agreement": ops.delete_agreement, "cooperation_form": form_ops.delete_form,
              "guaranteed_resource": resource_ops.delete_resource, "contact_person": contacts.delete_contact,
              "agreement_purpose": ops.delete_purpose}


def _row(store: Store, table: str, uuid: str) -> dict:
    if table not in store.merge_tables:
        raise NotFound(f"Okänd tabell: {printable(table)}. Tabellerna är: {', '.join(store.merge_tables)}.")
    row = store.get(table, uuid)
    if row is None:
        raise NotFound(f"Det finns ingen post {printable(uuid)} i {table} ({table_title(table)}).")
    return row


def parse_assignments(store: Store, table: str, assignments: list[str]) -> dict:
    """``["holder=Kim", "extent_fte=0,5"]`` → typed values by the columns' declared types."""
    declared = {c.name: (c.type or "").upper() for c in store.db[table].columns if c.name not in META_COLUMNS}
    values: dict = {}
    for item in assignments:
        name, eq, text = item.partition("=")
        if not eq:
            raise ValidationError(f"Skriv FÄLT=VÄRDE, inte {printable(item)!r}.")
        if name not in declared:
            raise ValidationError(f"Okänt fält för {table}: {printable(name)}. Fälten är: {', '.join(sorted(declared))}.")
        kind = declared[name]
        try:
            if kind in ("INTEGER", "REAL") and text.strip() == "":
                values[name] = None
            elif kind == "INTEGER":
                values[name] = int(text)
            elif kind == "REAL":
                values[name] = float(text.replace(",", "."))
            else:
                values[name] = text
        except ValueError as exc:
            raise ValidationError(f"{field_title(name)}: {printable(text)!r} är inget tal.", field=name) from exc
    wrong = value_rules.problem(values)
    if wrong:
        raise ValidationError(f"Ogiltigt värde: {wrong}.")
    return values


def set_fields(store: Store, table: str, uuid: str, assignments: list[str]) -> OpChanges:
    """Change fields of one live record (``FIELD=VALUE``)."""
    row = _row(store, table, uuid)
    values = parse_assignments(store, table, assignments)
    if not values:
        raise ValidationError("Inga fält att ändra.")
    if row["deleted"]:
        raise ValidationError(f"Posten är borttagen. Återställ den först (samverkan restore FIL {table} {uuid}).")
    op = UPDATE_OPS.get(table)
    if op is not None:
        return op(store, uuid, values)
    with store.write(f"Ändra {table_title(table).lower()}") as tx:
        tx.update(table, uuid, values)
    return tx.changes


def delete_record(store: Store, table: str, uuid: str) -> OpChanges:
    """Delete one record (a tombstone that travels), as the window does."""
    row = _row(store, table, uuid)
    if row["deleted"]:
        return OpChanges("Ta bort")
    op = DELETE_OPS.get(table)
    if op is not None:
        return op(store, uuid)
    with store.write(f"Ta bort {table_title(table).lower()}") as tx:
        tx.delete(table, uuid)
    return tx.changes


def restore_record(store: Store, table: str, uuid: str) -> OpChanges:
    """Bring a deleted record back (a new edit that travels and beats the delete it has seen)."""
    row = _row(store, table, uuid)
    if not row["deleted"]:
        return OpChanges("Återställ")
    with store.write(f"Återställ {table_title(table).lower()}") as tx:
        tx.restore(table, uuid)
    return tx.changes
