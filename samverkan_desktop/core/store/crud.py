"""The write shapes every entity repeats, each in one transaction: add, change, delete, move.

An entity's ``@operation`` keeps its own checks and label and calls one of these for the write, so
that "open a write, touch one row, hand back the changes" is declared once::

    @operation
    def delete_purpose(store, uuid):
        return crud.delete(store, "agreement_purpose", uuid, "Ta bort syfte")

Checks that read the database belong inside the operation (``@operation`` runs them in the same
BEGIN IMMEDIATE transaction as the write).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import ordering
from .changes import OpChanges

if TYPE_CHECKING:
    from .database import Store
    from .records import Transaction

# (table, column naming the parent): the live rows that go with a parent when it is deleted.
Dependants = tuple[tuple[str, str], ...]


def insert(store: Store, table: str, values: dict, label: str) -> OpChanges:
    """A new row of ``table``."""
    with store.write(label) as tx:
        tx.insert(table, values)
    return tx.changes


def append(store: Store, table: str, owner_column: str, owner: str, values: dict, label: str) -> OpChanges:
    """A new row last in its owner's ordered list (``position`` one past the highest)."""
    with store.write(label) as tx:
        position = ordering.next_position(tx, table, owner_column, owner)
        tx.insert(table, {owner_column: owner, "position": position, **values})
    return tx.changes


def update(store: Store, table: str, uuid: str, values: dict, label: str, *, missing: str = "") -> OpChanges:
    """Change fields of one row (only those that differ are written); with ``missing``, a row that
    is gone is refused with that message (Store.live)."""
    if missing:
        store.live(table, uuid, missing)
    with store.write(label) as tx:
        tx.update(table, uuid, values)
    return tx.changes


def update_each(store: Store, table: str, uuids: list[str], values: dict, label: str) -> OpChanges:
    """The same ``values`` on each of ``uuids`` in one step; none: an empty change of that label."""
    if not uuids:
        return OpChanges(label)
    with store.write(label) as tx:
        for uuid in uuids:
            tx.update(table, uuid, values)
    return tx.changes


def delete(store: Store, table: str, uuid: str, label: str, *, dependants: Dependants = (),
           unlinks: Dependants = (), missing: str = "") -> OpChanges:
    """Tombstone a row and its live dependants in one step (one undo brings them all back); the
    live rows that merely point at it through each of ``unlinks`` (table, column) keep living,
    with that column emptied. ``missing`` as for :func:`update`."""
    if missing:
        store.live(table, uuid, missing)
    with store.write(label) as tx:
        delete_dependants(tx, uuid, dependants)
        for other, column in unlinks:
            for child in _pointing_at(tx, other, column, uuid):
                tx.update(other, child, {column: None})
        tx.delete(table, uuid)
    return tx.changes


def delete_dependants(tx: Transaction, uuid: str, dependants: Dependants) -> None:
    """Tombstone the live rows that point at ``uuid`` through each (table, column)."""
    for table, column in dependants:
        for child in _pointing_at(tx, table, column, uuid):
            tx.delete(table, child)


def _pointing_at(tx: Transaction, table: str, column: str, uuid: str) -> list[str]:
    tx.store.check_table(table)
    return [r[0] for r in tx.execute(f"SELECT uuid FROM {table} WHERE {column} = ? AND deleted = 0",
                                     (uuid,)).fetchall()]


def move(store: Store, table: str, owner_column: str, uuid: str, delta: int, label: str) -> OpChanges:
    """Move a row up (−1) or down (+1) among its owner's rows."""
    with store.write(label) as tx:
        ordering.move(tx, table, owner_column, uuid, delta)
    return tx.changes
