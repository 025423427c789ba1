"""Personal data check before anything leaves the workspace (a shared file, a PDF).

Free text must not carry personnummer (DESIGN §7). The check at saving can be overridden by the
user; before export every live free-text field is scanned again, so nothing slips out unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .store.database import Store
from .text import find_personal_numbers

# Ten digits in a row, possibly with a separator, is the least a personnummer needs: SQLite's
# GLOB narrows a large table down to the few rows Python has to look at.
_DIGITS = "*[0-9][0-9][0-9][0-9][0-9][0-9]*[0-9][0-9][0-9][0-9]*"


@dataclass(frozen=True)
class Finding:
    """A personnummer found in ``table.field`` of row ``uuid``."""

    table: str
    uuid: str
    field: str
    match: str


def _text_columns(store: Store, table: str) -> list[str]:
    skip = {"uuid", "created_at", "updated_at", "updated_by", "origin", "clock"}
    return [c.name for c in store.db[table].columns
            if c.type.upper() == "TEXT" and c.name not in skip and not c.name.endswith("_uuid")
            and not c.name.endswith("_date") and c.name not in ("period_from", "period_to", "occurred_on")]


def scan(store: Store, *, limit: int = 50) -> list[Finding]:
    """Personnummer in the live free text of every travelling table (at most ``limit`` findings)."""
    found: list[Finding] = []
    for table in store.merge_tables:
        for column in _text_columns(store, table):
            rows = store.query(f"SELECT uuid, {column} FROM {table} WHERE deleted = 0 AND {column} GLOB ?",
                               (_DIGITS,))
            for row in rows:
                for match in find_personal_numbers(row[1]):
                    found.append(Finding(table, row[0], column, match))
                    if len(found) >= limit:
                        return found
    return found


def warning_text(findings: list[Finding]) -> str:
    """A Swedish summary for a confirmation dialog or the command line."""
    if not findings:
        return ""
    places = sorted({f"{f.table}.{f.field}" for f in findings})
    return (f"Arbetsytan innehåller {len(findings)}{'+' if len(findings) >= 50 else ''} personnummer i fritext "
            f"({', '.join(places)}). Personuppgifter om enskilda ska inte finnas i Samverkan Desktop; "
            "ta bort dem innan du delar eller skriver ut.")
