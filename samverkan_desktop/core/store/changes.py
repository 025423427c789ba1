"""What an operation changed: the rows and fields, for refreshing views and for undo/redo."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RowEdit:
    """One row's change: ``before``/``after`` hold only the fields that changed."""

    table: str
    uuid: str
    kind: str  # insert | update | delete | restore
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class OpChanges:
    """What one operation changed: for refreshing views and for undo/redo."""

    label: str
    edits: list[RowEdit] = field(default_factory=list)
    # Content was cleared (a delete, a redaction): the store empties the WAL after the commit so
    # the old text does not stay on disk in it.
    purged: bool = False

    @property
    def tables(self) -> set[str]:
        """The tables touched."""
        return {e.table for e in self.edits}

    @property
    def uuids(self) -> set[str]:
        """The rows touched."""
        return {e.uuid for e in self.edits}

    def touches(self, *tables: str) -> bool:
        """True when any of ``tables`` changed."""
        return bool(self.tables.intersection(tables))

    def created(self, table: str) -> list[str]:
        """uuids of the rows inserted into ``table``, in order."""
        return [e.uuid for e in self.edits if e.table == table and e.kind == "insert"]

    def __bool__(self) -> bool:
        return bool(self.edits)
