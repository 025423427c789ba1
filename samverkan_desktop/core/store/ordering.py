"""Ordered lists inside one transaction: append at the end, move up/down, renumber.

Purposes, parties of an agreement, forms and resources keep a ``position`` column. A move swaps
two neighbours and renumbers the group 0..n-1, writing only the rows whose position changed (so
a merge sees small, precise edits).
"""

from __future__ import annotations

from ..errors import NotFound
from ..i18n import _


def next_position(tx, table: str, group_column: str, group_value: str) -> int:
    """One past the highest live position in the group."""
    tx.store.check_table(table)
    value = tx.execute(
        f"SELECT max(position) FROM {table} WHERE {group_column} = ? AND deleted = 0",
        (group_value,)).fetchone()[0]
    return 0 if value is None else int(value) + 1


def siblings(tx, table: str, group_column: str, group_value: str) -> list[str]:
    """uuids of the live rows of a group in their order."""
    tx.store.check_table(table)
    return [r[0] for r in tx.execute(
        f"SELECT uuid FROM {table} WHERE {group_column} = ? AND deleted = 0 ORDER BY position, created_at",
        (group_value,)).fetchall()]


def move(tx, table: str, group_column: str, uuid: str, delta: int) -> None:
    """Move a row ``delta`` places (−1 up, +1 down) within its group; at an end nothing changes."""
    row = tx.store.get(table, uuid)
    if row is None or row["deleted"]:
        raise NotFound(_("Posten finns inte längre."))
    order = siblings(tx, table, group_column, row[group_column])
    i = order.index(uuid)
    j = max(0, min(len(order) - 1, i + delta))
    if i == j:
        return
    order.insert(j, order.pop(i))
    renumber(tx, table, order)


def renumber(tx, table: str, order: list[str]) -> None:
    """Give the rows of ``order`` positions 0..n-1 (only changed rows are written)."""
    for pos, uuid in enumerate(order):
        tx.update(table, uuid, {"position": pos})
