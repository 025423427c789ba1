"""The history of one record from the audit table: who changed what, when, and from which file."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_, _
from .database import Store

ACTIONS = {"insert": N_("Skapad"), "update": N_("Ändrad"), "delete": N_("Borttagen"), "restore": N_("Återställd"),
           "merge": N_("Sammanslagen")}


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a record: which fields, not their values (records.audit_fields).
    ``source`` names the received file for merged changes."""

    at: str
    action: str
    by: str
    origin: str
    source: str
    changes: list[str]  # the fields written
    conflicts: list[str] = ()  # fields a merge found in conflict

    @property
    def action_title(self) -> str:
        return _(ACTIONS.get(self.action, self.action))


def parse_fields(text: str | None) -> tuple[list[str], list[str]]:
    """(changed fields, fields in conflict) of an audit row's ``changes``."""
    names = [n for n in (text or "").split(",") if n]
    return [n for n in names if not n.startswith("!")], [n[1:] for n in names if n.startswith("!")]


def history(store: Store, table: str, uuid: str) -> list[HistoryEntry]:
    """Every audited change of a row, oldest first."""
    store.check_table(table)
    out = []
    for r in store.query("SELECT * FROM audit WHERE table_name = ? AND row_uuid = ? ORDER BY id", (table, uuid)):
        changes, clashes = parse_fields(r["changes"])
        out.append(HistoryEntry(r["at"], r["action"], r["by"], r["origin"], r["source"], changes, clashes))
    return out
