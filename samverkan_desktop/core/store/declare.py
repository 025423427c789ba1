"""Declaring an entity's fields once; labels, checks, copy lists, columns and titles derive from it.

A :class:`Field` says everything the program needs to know about one column of a table: its
Swedish label (marked with ``N_`` for the translation catalogue; the UI shows it through
``ui.i18n.core_text``), its kind, how a typed value is checked and normalised, whether it travels
in an exchange file, whether "Kopiera till ny period" copies it, and in which PDF and table
column it appears. An :class:`Entity` is a table's fields in display order.

Adding a field to a declared entity (the recipe, see docs/architecture.md): add a ``Field`` to
the declaration, add a migration (``ALTER TABLE … ADD COLUMN``) and regenerate the catalogue
(``python -m samverkan_desktop.i18n update``). The editor, the table, the PDF, the copy to a new
period, the exchange and the history titles pick it up from the declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..i18n import _

# Kinds: how a value is typed, checked and shown.
LINE, TEXT, CHOICE, NUMBER, CONTACT, PARTY, LINKS = "line", "text", "choice", "number", "contact", "party", "links"


@dataclass(frozen=True)
class Choice:
    """One allowed value of a CHOICE field: stored ``value``, its ``label`` and how it stands out."""

    value: str
    label: str                 # N_-marked Swedish: "Vakant"
    shout: str = ""            # where it must stand out (table, PDF): "VAKANT"
    colour: str | None = None  # row background where it stands out

    @property
    def shown(self) -> str:
        return self.shout or self.label


@dataclass(frozen=True)
class Field:
    """One column of an entity (see the module docstring)."""

    name: str
    label: str                          # N_-marked Swedish form label: "Funktion/roll"
    kind: str = LINE
    short: str = ""                     # the word in an undo label ("Ändra resurs: funktion")
    column: str | None = None           # header in the entity's table (None: not a column)
    pdf: tuple[str, ...] = ()           # the report kinds that print it ("resources")
    travels: bool = True                # in the exchange file (every stored column does)
    copied: bool = True                 # copied by "Kopiera till ny period"
    required: str = ""                  # the Swedish message when left empty
    free_text: bool = False             # scanned for personnummer before it is saved
    placeholder: str = ""               # N_-marked hint in an empty editor field
    choices: tuple[Choice, ...] = ()
    parse: Callable[[Any], Any] | None = None  # normalises a typed value, raises ValidationError
    stored: bool = True                 # False: kept elsewhere (a link table), not a column

    @property
    def title(self) -> str:
        """The word in history and conflict lists: the label without its mnemonic and colon."""
        return _(self.label).replace("&", "").rstrip(":")

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)

    def check(self, value: Any) -> Any:
        """The value to store, or ValidationError naming this field."""
        if self.kind in (LINE, TEXT):
            value = (value or "").strip()
        elif self.kind in (CONTACT, PARTY) and not value:
            value = None
        if self.required and value in (None, ""):
            raise ValidationError(_(self.required), field=self.name)
        if self.choices and value not in {c.value for c in self.choices}:
            raise ValidationError(_("Okänt värde för {field}: {value}.").format(field=self.title, value=value),
                                  field=self.name)
        return self.parse(value) if self.parse is not None else value


@dataclass(frozen=True)
class Entity:
    """A table's declared fields, in display order."""

    table: str
    title: str                          # N_-marked: "Resurs"
    fields: tuple[Field, ...] = field(default_factory=tuple)
    # Table columns that come first, in this order (a status a reader scans for belongs near the
    # left); the other columns follow in field order.
    leading_columns: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        """The stored columns a user edits."""
        return tuple(f.name for f in self.fields if f.stored)

    def check(self, values: dict) -> dict:
        """Normalise and check ``values``; ValidationError names the first bad field."""
        unknown = set(values) - set(self.names)
        if unknown:
            raise ValidationError(_("Okänt fält: {names}.").format(names=", ".join(sorted(unknown))))
        return {name: self[name].check(value) for name, value in values.items()}

    def change_label(self, verb: str, names) -> str:
        """An undo label: "Ändra resurs: funktion, status"."""
        return verb + ": " + ", ".join(sorted({self[n].short or self[n].title.lower() for n in names}))

    def copied(self) -> tuple[str, ...]:
        """The columns "Kopiera till ny period" carries over."""
        return tuple(f.name for f in self.fields if f.stored and f.copied)

    def columns(self) -> tuple[Field, ...]:
        """The fields shown as table columns, in order (``leading_columns`` first)."""
        shown = [f for f in self.fields if f.column]
        rank = {name: i for i, name in enumerate(self.leading_columns)}
        return tuple(sorted(shown, key=lambda f: rank.get(f.name, len(rank))))

    def printed(self, report: str) -> tuple[Field, ...]:
        """The fields printed in ``report``, in order."""
        return tuple(f for f in self.fields if report in f.pdf)

    def free_texts(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.free_text)

    def titles(self) -> dict[str, str]:
        """Column → the word for it in history and conflicts."""
        return {f.name: f.title for f in self.fields if f.stored}


ENTITIES: dict[str, Entity] = {}


def declare(entity: Entity) -> Entity:
    """Register ``entity`` (history and conflict titles, the exchange's value checks find it here)."""
    ENTITIES[entity.table] = entity
    return entity


def display(f: Field, row: dict, *, full: bool = False, translate: Callable[[str], str] = _) -> str:
    """``f``'s value in ``row`` (a query row) as a user reads it; "" when empty.

    References show the joined name the query selected (``<prefix>_name`` for ``<prefix>_uuid``;
    a party its short name); ``full`` gives a contact's title, e-mail and phone on further lines.
    """
    prefix = f.name.removesuffix("_uuid")
    if f.kind == PARTY:
        return row.get(f"{prefix}_short_name") or row.get(f"{prefix}_name") or ""
    if f.kind == CONTACT:
        keys = ("name", "title", "email", "phone") if full else ("name",)
        return "\n".join(str(row[k]) for k in (f"{prefix}_{key}" for key in keys) if row.get(k))
    if f.kind == LINKS:
        return row.get(f"{f.name.removesuffix('s')}_names") or ""
    value = row.get(f.name)
    if value is None:
        return ""
    if f.kind == NUMBER:
        return f"{value:g}".replace(".", ",")
    if f.kind == CHOICE:
        choice = f.choice(value)
        return translate(choice.shown) if choice else str(value)
    return str(value)


def contact_joins(entity: Entity, alias: str) -> tuple[str, str]:
    """SQL select list and joins that give each CONTACT field's ``<prefix>_name/_title/_email/_phone``."""
    selects, joins = [], []
    for f in entity.fields:
        if f.kind == CONTACT:
            p = f.name.removesuffix("_uuid")
            selects.append(f"{p}.name AS {p}_name, {p}.title AS {p}_title, {p}.email AS {p}_email, "
                           f"{p}.phone AS {p}_phone")
            joins.append(f"LEFT JOIN contact_person {p} ON {p}.uuid = {alias}.{f.name} AND {p}.deleted = 0")
    return "".join(", " + s for s in selects), " ".join(joins)
