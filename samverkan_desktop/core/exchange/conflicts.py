"""Open merge conflicts and their resolution: "behåll min", "ta deras" or an edited value.

A resolution is an ordinary edit of the row (through the Transaction, so it gets a new field
vector that dominates both conflicting writes) and therefore travels to the other coordinators
with the next exchange, where it settles their record of the same conflict. Choosing the value the
row already holds still writes it, so that the decision itself travels.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotFound, ValidationError
from ..i18n import _
from ..store.database import Store
from ..store.operation import operation
from ..store.records import META_COLUMNS, OpChanges, load_clock
from .fields import field_state, settled_by, states_of, unseen_by_delete
from .labels import field_title, printable, record_label, table_title

CHOICES = ("mine", "theirs", "edited")
# A delete against an edit it had not seen ("deleted" conflict) is settled either way by these too.
DELETE_CHOICES = ("delete", "keep")


@dataclass(frozen=True)
class Conflict:
    """One open conflict: a field of a record that two coordinators changed differently."""

    id: int
    table: str
    uuid: str
    field: str
    mine: str | None
    theirs: str | None
    theirs_by: str
    source: str
    detected_at: str
    label: str
    current: object
    description: str = ""  # one line for the list: "Anna tog bort posten medan Kim ändrade Innehavare"

    @property
    def table_title(self) -> str:
        return table_title(self.table)

    @property
    def field_title(self) -> str:
        return field_title(self.field, self.table)


def display(field: str, value) -> str:
    """A conflict value as the user reads it."""
    if field == "deleted":
        return _("Borttagen") if str(value) == "1" else _("Finns kvar (ändrad)")
    if value is None:
        return _("(tomt)")
    return printable(value)


def open_conflicts(store: Store) -> list[Conflict]:
    """Every unresolved conflict, oldest first."""
    out = []
    for r in store.query("SELECT * FROM merge_conflict WHERE resolved_at IS NULL ORDER BY id"):
        if r["table_name"] not in store.merge_tables:
            continue
        row = store.get(r["table_name"], r["row_uuid"])
        if row is None or _settled_here(row, r["field"], r["writes"]):
            continue
        out.append(Conflict(r["id"], r["table_name"], r["row_uuid"], r["field"], r["mine"], r["theirs"],
                            printable(r["theirs_by"]), printable(r["source"]), r["detected_at"],
                            record_label(r["table_name"], row), row.get(r["field"]),
                            _describe(store, dict(r), row)))
    return out


def _describe(store: Store, record: dict, row: dict) -> str:
    """The conflict in one line; a delete against an edit names who did which, and what."""
    them = printable(record["theirs_by"]) or _("någon")
    if record["field"] != "deleted":
        return _("{field}: {who} skrev något annat").format(field=field_title(record["field"]), who=them)
    columns = [c.name for c in store.db[record["table_name"]].columns if c.name not in META_COLUMNS]
    states = states_of(row, load_clock(row["clock"]), columns)
    edited = ", ".join(field_title(n) for n in unseen_by_delete(states)) or _("den")
    me = printable(store.user) or _("du")
    deleter, editor = (them, me) if str(record["theirs"]) == "1" else (me, them)
    return _("{deleter} tog bort posten medan {editor} ändrade {fields}").format(
        deleter=deleter, editor=editor, fields=edited)


def _settled_here(row: dict, field: str, writes: str) -> bool:
    """A later edit made here, after seeing both values, settles the conflict (it travels and
    closes the record elsewhere when merged; here the record is simply no longer open)."""
    if not writes:
        return False
    return settled_by(writes, field_state(row, load_clock(row["clock"]), field).t)


def count_open(store: Store) -> int:
    """How many conflicts wait for a decision."""
    return len(open_conflicts(store))


def _typed(store: Store, table: str, field: str, text):
    """The conflict's text back as the column's type."""
    if text is None:
        return None
    declared = {c.name: (c.type or "").upper() for c in store.db[table].columns}[field]
    try:
        if declared == "INTEGER":
            return int(text)
        if declared == "REAL":
            return float(str(text).replace(",", "."))
    except ValueError as exc:
        raise ValidationError(_("{value}: {text!r} är inget tal.").format(value=field_title(field, table), text=text), field=field) from exc
    return str(text)


@operation
def resolve(store: Store, conflict_id: int, choice: str, value=None) -> OpChanges:
    """Settle a conflict: keep my value, take theirs, or write ``value`` (choice "edited").

    A delete against an edit ("deleted") is also settled by "delete" (confirm the delete) or
    "keep" (keep the row with the edit); either travels like any edit.
    """
    if choice not in CHOICES + DELETE_CHOICES:
        raise ValidationError(_("Okänt val: {choice}").format(choice=choice))
    rows = store.query("SELECT * FROM merge_conflict WHERE id = ?", (conflict_id,))
    if not rows:
        raise NotFound(_("Konflikten finns inte längre."))
    c = dict(rows[0])
    table, uuid, field = c["table_name"], c["row_uuid"], c["field"]
    if choice in DELETE_CHOICES:
        if field != "deleted":
            raise ValidationError(_("Ta bort / behåll gäller bara en konflikt mellan en borttagning och en ändring."))
        wanted = "1" if choice == "delete" else "0"
        choice = "mine" if str(c["mine"]) == wanted else "theirs"
        if str(c[choice]) != wanted:
            choice, value = "edited", int(wanted)
    if choice == "edited":
        target = _typed(store, table, field, value) if isinstance(value, str) and field != "deleted" else value
    else:
        target = _typed(store, table, field, c[choice])
    label = _("Lös konflikt: {value} i {value2}").format(value=field_title(field, table), value2=record_label(table, store.get(table, uuid) or {}))
    with store.write(label) as tx:
        if field == "deleted":
            gone = int(target or 0)
            if gone:
                tx.delete(table, uuid)
            else:
                tx.restore(table, uuid)
            if not tx.changes:
                tx.confirm(table, uuid, {"deleted": gone})
        else:
            tx.update(table, uuid, {field: target})
            if not tx.changes:
                tx.confirm(table, uuid, {field: target})
        # A confirmed delete settles the row's other open conflicts too: the row is gone.
        fields = "" if field == "deleted" and target else "AND field = ? "
        tx.execute("UPDATE merge_conflict SET resolved_at = ?, resolution = ? WHERE table_name = ? AND row_uuid = ? "
                   f"{fields}AND resolved_at IS NULL",
                   (tx.now, choice, table, uuid, *(() if not fields else (field,))))
    return tx.changes


