"""Personal data in a workspace: find it everywhere, refuse to let it leave, and know where it is.

The data in Samverkan Desktop is about places and situations, never about named individuals
(README, "Det här får aldrig skrivas in"). When a personnummer slips into a text anyway:

* :func:`scan_all` finds it in every text column of every record — deleted ones, the audit, the
  conflict records, an exchange file's manifest and the text inside every frozen report's PDF
  included (``samverkan privacy-scan``, Integritetskontroll in the window);
* :func:`guard` refuses, in one line naming the record, to let content that holds one leave the
  workspace (export, PDF, ICS), unless the user deliberately allows it.

The detector is :func:`..text.find_personal_numbers`; SQL filters with the same function,
registered on every connection as ``has_pnr``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .errors import SamverkanError
from .exchange.labels import field_title, printable, record_label, table_title
from .i18n import N_, _
from .progress import Progress
from .store.database import Store
from .store.tombstone import META_COLUMNS
from .text import find_personal_numbers, has_personal_number, mask, mask_all

# Local tables that may hold text: (table, key column, text columns).
LOCAL_TEXT = (("audit", "row_uuid", ("changes", "source", "by")),
              ("merge_conflict", "row_uuid", ("mine", "theirs", "source", "theirs_by")),
              ("exchange_manifest", "key", ("value",)))
LOCAL_TITLES = {"audit": N_("Historik"), "merge_conflict": N_("Konflikter"), "exchange_manifest": N_("Filens manifest")}
REPORT_FIELD = "pdf"  # a finding inside a frozen report's PDF (core/reports/frozen_text.py)
OVERRIDE = "--allow-personal-data"


class PersonalData(SamverkanError):
    """Content that would leave the workspace holds a personnummer."""

    def __init__(self, message: str, findings: list[Finding]):
        super().__init__(message)
        self.findings = findings


@dataclass(frozen=True)
class Finding:
    """A personnummer in ``field`` of the record ``uuid`` of ``table`` (or a local table)."""

    table: str
    uuid: str
    field: str
    match: str
    deleted: bool = False
    record_table: str = ""  # for an audit or conflict row: the table of the record it is about

    @property
    def masked(self) -> str:
        return mask(self.match)

    @property
    def kind(self) -> str:
        """The kind of record in Swedish ("Händelser", "Historik")."""
        return LOCAL_TITLES.get(self.table) or table_title(self.table)

    @property
    def in_report(self) -> bool:
        """Found in the text of a frozen report's PDF (removed by building the report again)."""
        return self.table == "frozen_report" and self.field == REPORT_FIELD

    @property
    def editable(self) -> bool:
        """A live record the user can open and fix."""
        return self.table not in LOCAL_TITLES and not self.deleted and not self.in_report

    def as_dict(self) -> dict:
        return {"kind": self.table, "title": self.kind, "uuid": self.uuid, "field": self.field,
                "number": self.masked, "deleted": self.deleted, "record_table": self.record_table}


def _ensure_function(conn: sqlite3.Connection) -> None:
    conn.create_function("has_pnr", 1, has_personal_number, deterministic=True)


def text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` that can hold typed text (not uuids, clocks or timestamps)."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
            if (r[2] or "").upper() == "TEXT" and r[1] not in META_COLUMNS and not r[1].endswith("_uuid")]


def merge_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names if any(r[1] == "clock" for r in conn.execute(f"PRAGMA table_info({n})"))]


def scan_reports(conn: sqlite3.Connection, only: set[str] | None = None) -> list[Finding]:
    """Personnummer in the text of the live frozen reports' PDFs (of the uuids ``only``, or all)."""
    return report_findings(_report_pdfs(conn, only))


def _report_pdfs(conn: sqlite3.Connection, only: set[str] | None = None) -> list[tuple[str, bytes, str]]:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'frozen_report'").fetchone():
        return []
    rows = conn.execute("SELECT uuid, pdf, pdf_sha256 FROM frozen_report WHERE deleted = 0 AND pdf IS NOT NULL "
                        "ORDER BY report_date, rowid").fetchall()
    return [(uuid, bytes(pdf), sha) for uuid, pdf, sha in rows if only is None or uuid in only]


def report_findings(pdfs: list[tuple[str, bytes, str]], progress: Progress | None = None) -> list[Finding]:
    """The findings in ``pdfs`` ((uuid, bytes, SHA-256) of frozen reports): their text read back."""
    from .reports import frozen_text

    found = []
    for i, (uuid, pdf, sha) in enumerate(pdfs):
        if progress:
            progress(i, len(pdfs), "")
        text = frozen_text.pdf_text(pdf, sha)
        found += [Finding("frozen_report", uuid, REPORT_FIELD, m) for m in frozen_text.personal_numbers(text)]
    return found


def report_pdfs(store: Store) -> list[tuple[str, bytes, str]]:
    """(uuid, bytes, SHA-256) of every live frozen report, for :func:`report_findings` — read under
    the store's lock, so that the slow part (reading the text back) can run without it."""
    with store.lock:
        return _report_pdfs(store.conn)


def scan_connection(conn: sqlite3.Connection, *, deleted: bool = True, local: bool = True,
                    only: dict[str, set[str]] | None = None, limit: int | None = None,
                    reports: bool = True) -> list[Finding]:
    """Findings in a workspace or exchange file opened as ``conn``.

    ``deleted``: tombstones too; ``local``: audit, conflicts and manifest too; ``only``: per table
    the uuids to look at (the content that would leave); ``reports``: the frozen reports' PDFs too.
    """
    _ensure_function(conn)
    found: list[Finding] = []
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in merge_tables(conn):
        if only is not None and not only.get(table):
            continue
        for column in text_columns(conn, table):
            where = "" if deleted else " AND deleted = 0"
            for uuid, text, gone in conn.execute(
                    f"SELECT uuid, {column}, deleted FROM {table} WHERE has_pnr({column}){where} ORDER BY rowid"):
                if only is not None and uuid not in only[table]:
                    continue
                found += [Finding(table, uuid, column, m, bool(gone)) for m in find_personal_numbers(text)]
                if limit and len(found) >= limit:
                    return found[:limit]
    if reports and (only is None or only.get("frozen_report")):
        found += scan_reports(conn, None if only is None else only["frozen_report"])
    if local:
        for table, key, columns in LOCAL_TEXT:
            if table not in existing:
                continue
            about = "table_name" if table != "exchange_manifest" else "''"
            for column in columns:
                for uuid, text, record_table in conn.execute(
                        f"SELECT {key}, {column}, {about} FROM {table} WHERE has_pnr({column}) ORDER BY rowid"):
                    found += [Finding(table, uuid, column, m, False, record_table)
                              for m in find_personal_numbers(text)]
    return found


def scan_merged(store: Store, since: tuple[int, int]) -> list[Finding]:
    """Personnummer a merge brought into the workspace: in the text fields its audit rows name
    (every text field of a record it added) and in the conflict records it made. ``since``: the
    last audit and conflict ids before the merge (MergeResult.since)."""
    found: list[Finding] = []
    with store.lock:
        conn = store.conn
        _ensure_function(conn)
        for table, changes in conn.execute("SELECT DISTINCT table_name, changes FROM audit WHERE id > ? "
                                           "AND action = 'merge'", (since[0],)).fetchall():
            if table not in store.merge_tables:
                continue
            texts = text_columns(conn, table)
            for column in [c for c in texts if c in changes.split(",")] if changes else texts:
                for uuid, text, gone in conn.execute(
                        f"SELECT t.uuid, t.{column}, t.deleted FROM audit a JOIN {table} t ON t.uuid = a.row_uuid "
                        f"WHERE a.id > ? AND a.action = 'merge' AND a.table_name = ? AND a.changes = ? "
                        f"AND has_pnr(t.{column}) ORDER BY a.id",
                        (since[0], table, changes)):
                    found += [Finding(table, uuid, column, m, bool(gone)) for m in find_personal_numbers(text)]
        for column in ("mine", "theirs"):
            for uuid, text, table in conn.execute(
                    f"SELECT row_uuid, {column}, table_name FROM merge_conflict WHERE id > ? AND has_pnr({column}) "
                    "ORDER BY id", (since[1],)):
                found += [Finding("merge_conflict", uuid, column, m, False, table) for m in find_personal_numbers(text)]
    return found


def scan(store: Store, *, limit: int | None = 50) -> list[Finding]:
    """Personnummer in the live free text of every travelling table (at most ``limit`` findings)."""
    with store.lock:
        return scan_connection(store.conn, deleted=False, local=False, limit=limit, reports=False)


def scan_all(store: Store, *, reports: bool = True) -> list[Finding]:
    """Every finding in the workspace: live and deleted records, audit, conflicts, manifest, and
    (``reports``) the frozen reports' PDFs."""
    with store.lock:
        return scan_connection(store.conn, reports=reports)


def record_name(store: Store | None, f: Finding) -> str:
    """The label of the record a finding is in (or about), its numbers masked."""
    table = f.record_table or f.table
    if store is not None and table in store.merge_tables:
        row = store.get(table, f.uuid)
        if row:
            return mask_all(record_label(table, row))
    return f.uuid if f.table == "exchange_manifest" else f.uuid[:8]


def report_name(store: Store | None, f: Finding) -> str:
    """"Fastställd rapport ”EST-möte vecka 10, 2026” (EST-mötesunderlag för en vecka, per 2026-03-08)"."""
    row = store.get("frozen_report", f.uuid) if store is not None else None
    if not row:
        return _("Fastställd rapport {id}").format(id=f.uuid[:8])
    from .reports import all_reports

    kind = all_reports().get(row["kind"])
    return _("Fastställd rapport ”{title}” ({kind}, per {day})").format(
        title=mask_all(printable(row["title"])), kind=_(kind.title) if kind else row["kind"], day=row["report_date"])


def describe(store: Store | None, f: Finding) -> str:
    """"Händelser ”Skadegörelse vid …” (Beskrivning): 811218-****" — the record named in one line."""
    table = f.record_table or f.table
    label = record_name(store, f)
    if f.in_report:
        return f"{report_name(store, f)}: {f.masked}"
    if f.table == "exchange_manifest":
        where = f"{f.kind} ”{f.uuid}”"
    elif f.table in LOCAL_TITLES:
        where = _("{kind} om {table} ”{label}”").format(kind=f.kind, table=table_title(table).lower(), label=label)
    else:
        where = f"{f.kind} ”{label}”"
    return f"{where} ({field_title(f.field)}): {f.masked}"


def refusal(store: Store | None, findings: list[Finding], what: str) -> str:
    """The one line a refused export, PDF or ICS prints."""
    first = describe(store, findings[0])
    more = _(" och {n} till").format(n=len(findings) - 1) if len(findings) > 1 else ""
    return _("{what} innehåller personnummer: {first}{more}. Ta bort uppgiften (samverkan privacy-scan visar var) "
             "eller ange {override} om den verkligen ska med.").format(what=what, first=first, more=more,
                                                                       override=OVERRIDE)


def guard(store: Store, what: str, *, agreement: str | None = None, allow: bool = False,
          reports: bool = False) -> list[Finding]:
    """Refuse (:class:`PersonalData`) when the live content that would leave holds a personnummer.

    ``agreement`` narrows the content to one agreement and what hangs on it; ``reports``: the
    frozen reports' PDFs leave too (an exchange file). With ``allow`` the findings are returned
    instead, for a warning.
    """
    only = None
    if agreement:
        from .agreement.queries import resolve_agreement
        from .exchange.export import agreement_closure

        row = resolve_agreement(store, agreement)
        with store.lock:
            only = agreement_closure(store.conn, list(store.merge_tables), row["uuid"])
    with store.lock:
        findings = scan_connection(store.conn, deleted=False, local=False, only=only, reports=reports)
    if findings and not allow:
        raise PersonalData(refusal(store, findings, what), findings)
    return findings


def warning_text(findings: list[Finding]) -> str:
    """A summary (in the chosen language) for a confirmation dialog or the command line."""
    if not findings:
        return ""
    places = sorted({f"{f.kind} ({field_title(f.field)})" for f in findings})
    return _("Innehållet har {n} personnummer ({places}). Personuppgifter om enskilda ska inte finnas i "
             "Samverkan Desktop; ta bort dem innan du delar eller skriver ut.").format(n=len(findings),
                                                                                     places=", ".join(places))
