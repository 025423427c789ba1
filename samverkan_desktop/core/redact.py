"""Ta bort personuppgifter: replace a record's text for good — the file, its audit and conflict
records, and the backups made before.

The new text is an ordinary edit (its field vector advances), so it reaches the other coordinators
at the next merge and wins over every older value there. A deleted record's text (a tombstone from
an older version) is cleared in place. Every frozen report whose PDF shows the removed text is built
again without it and marked "Maskad" (:mod:`.reports.frozen_mask`); :func:`redact_report` removes a
text from one frozen report when no record holds it any more (it was edited or deleted after the
report was frozen). Each backup in the workspace's backup folder is rewritten with the same
redaction (frozen reports included) and vacuumed; one that cannot be rewritten is removed, and the
result says how many of each, so no copy of the old text is left beside the workspace.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NotFound, StoreError, ValidationError
from .exchange.labels import record_label, table_title
from .i18n import _
from .privacy import Finding, merge_tables, scan_connection, text_columns
from .progress import Progress
from .reports import frozen, frozen_mask, frozen_text
from .store import backup as backups
from .store.changes import OpChanges
from .store.database import Store
from .store.tombstone import blank_values
from .text import ascii_digits, find_personal_numbers, mask_all

REMOVED = "(borttaget)"


@dataclass
class Redaction:
    """What a redaction did: the edit (for the views), and the backups it rewrote or removed."""

    changes: OpChanges
    rewritten: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    masking: frozen_mask.Masking = field(default_factory=frozen_mask.Masking)

    def message(self) -> str:
        parts = [_("Texten är ersatt i arbetsytan, dess historik och konflikter.")]
        if self.masking:
            parts.append(self.masking.message())
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
           backup_dir: Path | None = None, progress: Progress | None = None) -> Redaction:
    """Replace ``table.column`` of row ``uuid`` (default: :func:`replacement`) and purge the old text,
    from the frozen reports too."""
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
        masking = frozen_mask.mask(store, frozen_text.removed_parts(old, new), progress=progress)
        tx.changes.purged = True

    def fix(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE uuid = ? AND {column} IS NOT ?", (new, uuid, new))
        _purge_local(conn, table, uuid, old, new)
        frozen_mask.fix_copy(conn, lambda u: store.get(frozen.TABLE, u), masking)

    return _rewrite_backups(Redaction(tx.changes, masking=masking), backup_dir or backups.default_backup_dir(store.path),
                            fix)


def _rewrite_backups(result: Redaction, folder: Path, fix) -> Redaction:
    """Apply ``fix(conn)`` to every backup in ``folder`` (one that cannot be rewritten is removed)."""
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        try:
            _rewrite(path, fix)
            result.rewritten.append(path)
        except (sqlite3.Error, OSError, StoreError):
            with contextlib.suppress(OSError):
                path.unlink()
            result.removed.append(path)
    return result


def redact_finding(store: Store, finding: Finding, *, backup_dir: Path | None = None,
                   progress: Progress | None = None) -> Redaction:
    """Remove the personnummer of a :class:`..privacy.Finding`, wherever it was found."""
    if finding.in_report:
        return _redact_number_in_report(store, finding, backup_dir=backup_dir, progress=progress)
    if finding.table in store.merge_tables:
        return redact(store, finding.table, finding.uuid, finding.field, backup_dir=backup_dir, progress=progress)
    with store.write(_("Ta bort personuppgifter")) as tx:
        if finding.table == "exchange_manifest":
            value = store.scalar("SELECT value FROM exchange_manifest WHERE key = ?", (finding.uuid,))
            tx.execute("UPDATE exchange_manifest SET value = ? WHERE key = ?", (mask_all(value or ""), finding.uuid))
        else:
            _purge_local(store.conn, finding.record_table, finding.uuid, finding.match, mask_all(finding.match))
        tx.changes.purged = True
    return Redaction(tx.changes)


def _digits(number: str) -> str:
    return "".join(ch for ch in ascii_digits(number) if ch.isdigit())[-10:]


def _redact_number_in_report(store: Store, finding: Finding, *, backup_dir: Path | None,
                             progress: Progress | None) -> Redaction:
    """A personnummer in a frozen report: masked in every live record that holds it (which builds
    the report again), then, if the report still shows it, taken out of the report itself."""
    result = None
    number = _digits(finding.match)
    with store.lock:
        holders = [f for f in scan_connection(store.conn, deleted=False, local=False, reports=False)
                   if _digits(f.match) == number]
    for f in holders:
        done = redact(store, f.table, f.uuid, f.field, backup_dir=backup_dir, progress=progress)
        result = done if result is None else _joined(result, done)
    row = store.get(frozen.TABLE, finding.uuid)
    if row and not row["deleted"] and any(_digits(n) == number for n in frozen_text.personal_numbers(
            frozen_text.pdf_text(bytes(row["pdf"]), row["pdf_sha256"]))):
        done = redact_report(store, finding.uuid, finding.match, backup_dir=backup_dir, progress=progress)
        result = done if result is None else _joined(result, done)
    return result or Redaction(OpChanges(_("Ta bort personuppgifter")))


def _joined(first: Redaction, second: Redaction) -> Redaction:
    first.changes.edits += second.changes.edits
    first.changes.purged = True
    first.masking.rebuilt.update(second.masking.rebuilt)
    first.masking.deleted += second.masking.deleted
    first.rewritten = sorted(set(first.rewritten) | set(second.rewritten))
    first.removed = sorted(set(first.removed) | set(second.removed))
    return first


def holder(store: Store, text: str) -> str | None:
    """The first live record whose text holds ``text`` ("Händelser ”Skadegörelse …”"), or None."""
    with store.lock:
        for table in merge_tables(store.conn):
            for column in text_columns(store.conn, table):
                uuid = store.conn.execute(
                    f"SELECT uuid FROM {table} WHERE deleted = 0 AND instr(lower({column}), lower(?)) > 0 LIMIT 1",
                    (text,)).fetchone()
                if uuid:
                    return f"{table_title(table)} ”{mask_all(record_label(table, store.get(table, uuid[0])))}”"
    return None


def redact_report(store: Store, uuid: str, text: str, *, backup_dir: Path | None = None,
                  progress: Progress | None = None) -> Redaction:
    """Remove ``text`` from the frozen report ``uuid`` (and the backups): the report is built again
    from the workspace as it is and marked "Maskad".

    :raises ValidationError: the report does not show the text, or still shows it when built again
        (a record holds it: redact that first — it names the record)
    """
    row = store.get(frozen.TABLE, uuid)
    if row is None or row["deleted"] or row["pdf"] is None:
        raise NotFound(_("Den fastställda rapporten finns inte längre."))
    text = (text or "").strip()
    if not frozen_text.contains(frozen_text.pdf_text(bytes(row["pdf"]), row["pdf_sha256"]), text):
        raise ValidationError(_("Texten ”{text}” finns inte i den fastställda rapporten.").format(text=mask_all(text)))
    with store.write(_("Ta bort personuppgifter")) as tx:
        masking = frozen_mask.mask(store, [text], reports=[dict(row)], progress=progress)
        new = masking.rebuilt.get(uuid)
        if new and frozen_text.contains(frozen_text.pdf_text(new["pdf"]), text):
            where = holder(store, text)
            raise ValidationError((_("Texten ”{text}” står kvar när rapporten byggs igen: den finns i {where}. Ta bort "
                                     "den där först.") if where else
                                   _("Texten ”{text}” står kvar när rapporten byggs igen: den finns kvar i "
                                     "arbetsytan.")).format(text=mask_all(text), where=where))
    return _rewrite_backups(Redaction(tx.changes, masking=masking),
                            backup_dir or backups.default_backup_dir(store.path),
                            lambda conn: frozen_mask.fix_copy(conn, lambda u: store.get(frozen.TABLE, u), masking))


def _rewrite(path: Path, fix) -> None:
    """Apply the redaction ``fix(conn)`` to one backup copy, vacuumed so the old text leaves its free pages."""
    tmp = path.with_name(path.name + ".tmp")
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        fix(conn)
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
