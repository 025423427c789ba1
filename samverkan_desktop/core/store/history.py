"""The history of one record from the audit table: who changed what, when, and from which file."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .database import Store

ACTIONS = {"insert": "Skapad", "update": "Ändrad", "delete": "Borttagen", "restore": "Återställd",
           "merge": "Sammanslagen"}


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a record. ``source`` names the received file for merged changes."""

    at: str
    action: str
    by: str
    origin: str
    source: str
    changes: list[tuple[str, object, object]]  # (field, old, new)
    conflicts: list[tuple[str, object, object]] = ()  # (field, mine, theirs) found by a merge

    @property
    def action_title(self) -> str:
        return ACTIONS.get(self.action, self.action)


def history(store: Store, table: str, uuid: str) -> list[HistoryEntry]:
    """Every audited change of a row, oldest first."""
    store.check_table(table)
    out = []
    for r in store.query("SELECT * FROM audit WHERE table_name = ? AND row_uuid = ? ORDER BY id", (table, uuid)):
        try:
            raw = json.loads(r["changes"] or "{}")
        except ValueError:
            raw = {}
        changes = [(name, pair[0], pair[1]) for name, pair in raw.items()
                   if isinstance(pair, list) and len(pair) == 2]
        found = raw.get("_conflicts") if isinstance(raw.get("_conflicts"), dict) else {}
        clashes = [(name, v.get("mine"), v.get("theirs")) for name, v in found.items() if isinstance(v, dict)]
        out.append(HistoryEntry(r["at"], r["action"], r["by"], r["origin"], r["source"], changes, clashes))
    return out
