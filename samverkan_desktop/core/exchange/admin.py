"""Editing single records from the command line (``samverkan set/delete/restore``).

Each goes through the same core operations as the window — the domain operation where the table
has one (an agreement is deleted with its parties, forms and resources), else the Transaction —
so validation, audit rows and version vectors are the same; plus the value rules a received file
must meet (values.py): a date is a date, a week exists.
"""

from __future__ import annotations

from ..agreement import contacts, form_ops, ops, resource_ops
from ..errors import NotFound, ValidationError
from ..i18n import _
from ..reports import frozen
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import META_COLUMNS, OpChanges
from . import values as value_rules
from .labels import field_title, printable, table_title

# Domain operations the window uses for these tables (the rest write through the Transaction).
UPDATE_OPS = {"agreement": ops.update_agreement, "agreement_party": ops.update_agreement_party,
              "cooperation_form": form_ops.update_form, "guaranteed_resource": resource_ops.update_resource,
              "contact_person": contacts.update_contact, "frozen_report": frozen.refuse_edit}
DELETE_OPS = {"agreement": ops.delete_agreement, "cooperation_form": form_ops.delete_form,
              "guaranteed_resource": resource_ops.delete_resource, "contact_person": contacts.delete_contact,
              "agreement_purpose": ops.delete_purpose, "frozen_report": frozen.delete_frozen}


def _row(store: Store, table: str, uuid: str) -> dict:
    if table not in store.merge_tables:
        raise NotFound(_("Okänd tabell: {table}. Tabellerna är: {tables}.").format(
            table=printable(table), tables=", ".join(store.merge_tables)))
    row = store.get(table, uuid)
    if row is None:
        raise NotFound(_("Det finns ingen post {uuid} i {table} ({title}).").format(
            uuid=printable(uuid), table=table, title=table_title(table)))
    return row


def parse_assignments(store: Store, table: str, assignments: list[str]) -> dict:
    """``["holder=Kim", "extent_fte=0,5"]`` → typed values by the columns' declared types."""
    declared = {c.name: (c.type or "").upper() for c in store.db[table].columns if c.name not in META_COLUMNS}
    values: dict = {}
    for item in assignments:
        name, eq, text = item.partition("=")
        if not eq:
            raise ValidationError(_("Skriv FÄLT=VÄRDE, inte {item!r}.").format(item=printable(item)))
        if name not in declared:
            raise ValidationError(_("Okänt fält för {table}: {field}. Fälten är: {fields}.").format(
                table=table, field=printable(name), fields=", ".join(sorted(declared))))
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
            raise ValidationError(_("{field}: {text!r} är inget tal.").format(
                field=field_title(name), text=printable(text)), field=name) from exc
    wrong = value_rules.problem(values)
    if wrong:
        raise ValidationError(_("Ogiltigt värde: {problem}.").format(problem=wrong))
    return values


@operation
def set_fields(store: Store, table: str, uuid: str, assignments: list[str]) -> OpChanges:
    """Change fields of one live record (``FIELD=VALUE``)."""
    row = _row(store, table, uuid)
    values = parse_assignments(store, table, assignments)
    if not values:
        raise ValidationError(_("Inga fält att ändra."))
    if row["deleted"]:
        raise ValidationError(_("Posten är borttagen. Återställ den först (samverkan restore FIL {table} {uuid}).")
                              .format(table=table, uuid=uuid))
    op = UPDATE_OPS.get(table)
    if op is not None:
        return op(store, uuid, values)
    return crud.update(store, table, uuid, values, f"Ändra {table_title(table).lower()}")


@operation
def delete_record(store: Store, table: str, uuid: str) -> OpChanges:
    """Delete one record (a tombstone that travels), as the window does."""
    row = _row(store, table, uuid)
    if row["deleted"]:
        return OpChanges(_("Ta bort"))
    op = DELETE_OPS.get(table)
    if op is not None:
        return op(store, uuid)
    return crud.delete(store, table, uuid, _("Ta bort {value}").format(value=table_title(table).lower()))


@operation
def restore_record(store: Store, table: str, uuid: str) -> OpChanges:
    """Bring a deleted record back (a new edit that travels and beats the delete it has seen)."""
    row = _row(store, table, uuid)
    if not row["deleted"]:
        return OpChanges(_("Återställ"))
    if table == frozen.TABLE:  # its bytes were cleared with the delete: there is nothing to bring back
        raise ValidationError(_("En borttagen fastställd rapport är borta och kan inte återställas."))
    with store.write(f"Återställ {table_title(table).lower()}") as tx:
        tx.restore(table, uuid)
    return tx.changes
