"""Ta bort personuppgifter: replace a record's text for good — the file, its audit and conflict
records, and the backups made before.

The new text is an ordinary edit (its field vector advances), so it reaches the other coordinators
at the next merge and wins over every older value there. A deleted record's text (a tombstone from
an older version) is cleared in place. Each backup in the workspace's backup folder is rewritten
with the same redaction and vacuumed; one that cannot be rewritten is removed, and the result says
how many of each, so no copy of the old text is left beside the workspace.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NotFound, StoreError, ValidationError
from .i18n import _
from .privacy import text_columns
from .store import backup as backups
from .store.changes import OpChanges
from .store.database import Store
from .store.tombstone import blank_values
from .text import find_personal_numbers, mask_all

REMOVED = "(borttaget)"


@dataclass
class Redaction:
    """What a redaction did: the edit (for the views), and the backups it rewrote or removed."""

    changes: OpChanges
    rewritten: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def message(self) -> str:
        parts = [_("Texten är ersatt i arbetsytan, dess historik och konflikter.")]
        if self.rewritten:
            parts.append(_("{n} säkerhetskopior skrevs om.").format(n=len(self.rewritten)))
        if self.removed:
            parts.append(_("{n} säkerhetskopior som inte gick att skriva om togs bort.").format(n=len(self.removed)))
        return " ".join(parts)


def replacement(text: str | None) -> str:
    """The default new text: every personnummer masked, or a marker when none is found (a name)."""
    if text and find_personal_numbers(text):
        return mask_all(text)
    return REMOVED


def _clean(value, old: str, new: str):
    if not isinstance(value, str) or not value:
        return value
    if old and old in value:
        value = value.replace(old, new)
    return mask_all(value)


def _purge_local(conn: sqlite3.Connection, table: str, uuid: str, old: str, new: str) -> None:
    """The old text out of the audit and the conflict records of the row (any field)."""
    for t, key, columns in (("audit", "row_uuid", ("changes", "source", "by")),
                            ("merge_conflict", "row_uuid", ("mine", "theirs", "source", "theirs_by"))):
        for rowid, *values in conn.execute(
                f"SELECT rowid, {', '.join(columns)} FROM {t} WHERE table_name = ? AND {key} = ?", (table, uuid)).fetchall():
            cleaned = [_clean(v, old, new) for v in values]
            if cleaned != values:
                conn.execute(f"UPDATE {t} SET {', '.join(f'{c} = ?' for c in columns)} WHERE rowid = ?",
                             (*cleaned, rowid))


def redact(store: Store, table: str, uuid: str, column: str, new_text: str | None = None, *,
           backup_dir: Path | None = None) -> Redaction:
    """Replace ``table.column`` of row ``uuid`` (default: :func:`replacement`) and purge the old text."""
    store.check_table(table)
    with store.lock:
        if column not in text_columns(store.conn, table):
            raise ValidationError(_("{column} är inget textfält i {table}.").format(column=column, table=table))
    row = store.get(table, uuid)
    if row is None:
        raise NotFound(_("Posten finns inte ({table} {uuid}).").format(table=table, uuid=uuid[:8]))
    old = row[column] or ""
    if row["deleted"]:
        new = blank_values(store, table).get(column, "")
    else:
        new = replacement(old) if new_text is None else new_text
    with store.write(_("Ta bort personuppgifter")) as tx:
        if row["deleted"]:
            tx.execute(f"UPDATE {table} SET {column} = ? WHERE uuid = ?", (new, uuid))
        else:
            tx.confirm(table, uuid, {column: new})
        _purge_local(store.conn, table, uuid, old, new)
        tx.changes.purged = True
    folder = backup_dir or backups.default_backup_dir(store.path)
    result = Redaction(tx.changes)
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        try:
            _rewrite(path, table, uuid, column, old, new)
            result.rewritten.append(path)
        except (sqlite3.Error, OSError, StoreError):
            with contextlib.suppress(OSError):
                path.unlink()
            result.removed.append(path)
    return result


def redact_finding(store: Store, finding, *, backup_dir: Path | None = None) -> Redaction:
    """Remove the personnummer of a :class:`..privacy.Finding`, wherever it was found."""
    if finding.table in store.merge_tables:
        return redact(store, finding.table, finding.uuid, finding.field, backup_dir=backup_dir)
    with store.write(_("Ta bort personuppgifter")) as tx:
        if finding.table == "exchange_manifest":
            value = store.scalar("SELECT value FROM exchange_manifest WHERE key = ?", (finding.uuid,))
            tx.execute("UPDATE exchange_manifest SET value = ? WHERE key = ?", (mask_all(value or ""), finding.uuid))
        else:
            _purge_local(store.conn, finding.record_table, finding.uuid, finding.match, mask_all(finding.match))
        tx.changes.purged = True
    return Redaction(tx.changes)


def _rewrite(path: Path, table: str, uuid: str, column: str, old: str, new: str) -> None:
    """Apply the redaction to one backup copy, vacuumed so the old text leaves its free pages."""
    tmp = path.with_name(path.name + ".tmp")
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE uuid = ? AND {column} IS NOT ?", (new, uuid, new))
        _purge_local(conn, table, uuid, old, new)
        conn.execute("COMMIT")
        conn.execute("VACUUM INTO ?", (str(tmp),))
    finally:
        conn.close()
    try:
        backups.verify(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    for side in ("-wal", "-journal"):
        Path(str(path) + side).unlink(missing_ok=True)
