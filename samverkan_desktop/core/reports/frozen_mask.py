"""Text removed after a report was frozen leaves the frozen report too ("Maskad").

A frozen report keeps the bytes the committee received (:mod:`.frozen`), so a name or a
personnummer printed in it would outlive every redaction of the record it came from. When "Ta bort
personuppgifter" removes a text (:mod:`..redact`), every live frozen report whose PDF shows it is
built again — the same kind, options and day, through the same builders, with "today" read as the
day it was frozen — from the workspace as it is after the redaction, and replaces the old PDF with a
new SHA-256. Every page then carries "Maskad <datum>: text borttagen efter fastställandet" in red,
and the list says the same, so the committee's secretary knows why it no longer matches the printed
copy. The replacement is an ordinary edit of the row: it travels at the next exchange and wins over
the old PDF there. A report that cannot be built any more (its agreement or occasion is gone) is
deleted instead: a tombstone without bytes.

The same is done for the backups the redaction rewrites (:func:`fix_copy`): there the old PDF is
replaced by the new one, or cleared, before the copy is vacuumed.

An ordinary delete does not touch a frozen report: the report is the document the committee got,
and a delete is routine and undoable. Text that must go from it goes by redaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import SamverkanError
from ..i18n import N_, _
from ..pdf.document import marked
from ..progress import Progress, no_progress
from ..store.database import Store
from ..store.stamps import as_if_on, today
from . import frozen, frozen_text

MASK_NOTE = N_("Maskad {day}: text borttagen efter fastställandet")


@dataclass
class Masking:
    """What removing a text did to the frozen reports: rebuilt (uuid → the new row) and deleted."""

    rebuilt: dict[str, dict] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rebuilt or self.deleted)

    def message(self) -> str:
        out = []
        if self.rebuilt:
            out.append(_("{n} fastställda rapporter byggdes om utan texten och märktes maskade.").format(
                n=len(self.rebuilt)))
        if self.deleted:
            out.append(_("{n} fastställda rapporter som inte gick att bygga om togs bort.").format(n=len(self.deleted)))
        return " ".join(out)


def mark_text(day: str) -> str:
    """The line on every page of a masked report (Swedish, as the report is)."""
    return MASK_NOTE.format(day=day)


def showing(store: Store, parts: list[str]) -> list[dict]:
    """The live frozen reports whose PDF shows any of ``parts``."""
    if not parts:
        return []
    out = []
    for row in store.query("SELECT uuid, pdf, pdf_sha256 FROM frozen_report WHERE deleted = 0 AND pdf IS NOT NULL"):
        text = frozen_text.pdf_text(bytes(row["pdf"]), row["pdf_sha256"])
        if any(frozen_text.contains(text, p) for p in parts):
            out.append(dict(store.get(frozen.TABLE, row["uuid"])))
    return out


def rebuild(store: Store, row: dict, *, progress: Progress | None = None) -> dict:
    """The new values of a frozen report built again now, marked as masked today."""
    day = today().isoformat()
    options = json.loads(row["parameters"] or "{}")
    frozen_day = dt.date.fromisoformat(row["frozen_on"]) if row["frozen_on"] else today()
    with as_if_on(frozen_day), marked(mark_text(day)):
        title, _agreement, _day = frozen.describe(store, row["kind"], options)
        data = frozen.render(store, row["kind"], options, progress=progress)
    return {"pdf": data, "pdf_sha256": hashlib.sha256(data).hexdigest(), "title": title, "masked_on": day}


def mask(store: Store, parts: list[str], *, reports: list[dict] | None = None,
         progress: Progress | None = None) -> Masking:
    """Build again every live frozen report showing ``parts`` (or the given ``reports``), inside the
    caller's write transaction. A report that cannot be built is deleted."""
    progress = progress or no_progress
    result = Masking(parts=list(parts))
    todo = showing(store, parts) if reports is None else reports
    with store.write(_("Ta bort personuppgifter")) as tx:
        for i, row in enumerate(todo):
            progress(i, len(todo), _("Bygger om ”{title}” …").format(title=row["title"]))
            try:
                values = rebuild(store, row)
            except SamverkanError:
                tx.delete(frozen.TABLE, row["uuid"])
                result.deleted.append(row["uuid"])
            else:
                tx.update(frozen.TABLE, row["uuid"], values)
                result.rebuilt[row["uuid"]] = dict(store.get(frozen.TABLE, row["uuid"]))
            frozen_text.forget(row["pdf_sha256"])
        if todo:
            tx.changes.purged = True
    return result


def fix_copy(conn: sqlite3.Connection, current: Callable[[str], dict | None], masking: Masking) -> None:
    """In a backup copy (open as ``conn``, in a transaction): every frozen report the masking
    rebuilt gets the new PDF, and any other whose PDF shows the removed text gets the workspace's
    current row (``current(uuid)``; its bytes cleared when there is none)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'frozen_report'").fetchone():
        return
    columns = [r[1] for r in conn.execute("PRAGMA table_info(frozen_report)")]
    for uuid, pdf, sha in conn.execute(
            "SELECT uuid, pdf, pdf_sha256 FROM frozen_report WHERE pdf IS NOT NULL").fetchall():
        row = masking.rebuilt.get(uuid)
        if row is None and uuid not in masking.deleted:
            text = frozen_text.pdf_text(bytes(pdf), sha)
            if not any(frozen_text.contains(text, p) for p in masking.parts):
                continue
            row = current(uuid)
            if row is not None and row["pdf_sha256"] == sha:
                continue  # the workspace holds the same report: the text is still in the workspace
        if row is None:
            conn.execute("UPDATE frozen_report SET pdf = NULL, pdf_sha256 = '' WHERE uuid = ?", (uuid,))
            continue
        names = [c for c in columns if c in row and c != "uuid"]
        conn.execute(f"UPDATE frozen_report SET {', '.join(f'{c} = ?' for c in names)} WHERE uuid = ?",
                     (*(row[c] for c in names), uuid))
