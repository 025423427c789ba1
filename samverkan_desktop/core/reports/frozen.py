"""Fastställda rapporter: a report frozen as the committee received it.

"Fastställ rapport" builds the PDF once and keeps its bytes in the workspace (``frozen_report``)
with what made it: the kind, its options, the day it describes, who froze it and when. "Skriv ut
igen" writes those very bytes, so the committee's copy comes back byte for byte whatever was
edited since; the row travels to the other coordinator like any other (exchange and merge).

A frozen report is never edited, except that "Ta bort personuppgifter" builds it again without the
removed text and marks it "Maskad" (:mod:`.frozen_mask`). Deleting it is a tombstone like every
other: its bytes and content are cleared in the same transaction (deleted means gone,
:mod:`..store.tombstone`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotFound, ValidationError
from ..i18n import _
from ..periods import IsoWeek, Period
from ..progress import Progress
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import today
from . import all_reports

MAX_PDF_BYTES = 20 * 1024 * 1024  # also the CHECK in db/schema.sql and the limit of a received file
TABLE = "frozen_report"


@dataclass(frozen=True)
class FrozenReport:
    """One frozen report, without its bytes (:func:`pdf_bytes` reads them)."""

    uuid: str
    agreement_uuid: str | None
    kind: str
    title: str
    parameters: dict
    report_date: str
    frozen_on: str
    frozen_by: str
    size: int
    sha256: str
    masked_on: str = ""  # the day text was last removed from it (reports/frozen_mask.py), or ""

    @property
    def kind_title(self) -> str:
        kind = all_reports().get(self.kind)
        return kind.title if kind else self.kind


def _options(options: dict) -> dict:
    """The options that say what the report is (empty ones left out), as JSON can hold them."""
    return {k: v for k, v in sorted(options.items()) if v not in (None, "")}


def describe(store: Store, kind: str, options: dict) -> tuple[str, str | None, dt.date]:
    """(title, agreement uuid or None, the day the report describes) of a report about to be frozen."""
    from ..agreement import queries as agreements
    from ..follow_up import as_of
    from ..follow_up import queries as fu

    reports = all_reports()
    if kind not in reports:
        raise ValidationError(_("Okänd rapportsort: {kind}.").format(kind=kind))
    title = str(reports[kind].title)
    agreement, day = None, today()
    if options.get("follow_up"):
        occasion = fu.resolve_follow_up(store, options["follow_up"])
        agreement, day = occasion["agreement_uuid"], as_of.report_day(occasion)
        title = occasion["title"] or f"{occasion['kind'].capitalize()} {occasion['due_date']}"
    elif options.get("agreement"):
        agreement = agreements.resolve_agreement(store, options["agreement"])["uuid"]
    if options.get("week"):
        week = IsoWeek.parse(str(options["week"]))
        day, title = min(week.sunday, day), f"{title}, vecka {week.week} {week.year}"
    elif options.get("period"):
        period = Period.parse(str(options["period"]))
        day, title = min(period.end, day), f"{title}, {period.label()}"
    elif options.get("year"):
        day, title = min(dt.date(int(options["year"]), 12, 31), day), f"{title} {options['year']}"
    if options.get("kommun"):
        title += f" – {options['kommun']}"
    return title, agreement, day


def render(store: Store, kind: str, options: dict, *, progress: Progress | None = None) -> bytes:
    """The report's PDF as bytes (built in a private temporary folder, then read)."""
    from . import build

    with tempfile.TemporaryDirectory(prefix="samverkan-fastst-") as folder:
        out = build(store, kind, Path(folder) / "rapport.pdf", progress=progress, **options)
        data = out.read_bytes()
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(_("Rapporten är {mb} MB; en fastställd rapport får vara högst {limit} MB.").format(
            mb=len(data) // (1024 * 1024), limit=MAX_PDF_BYTES // (1024 * 1024)))
    return data


@operation
def freeze_report(store: Store, kind: str, *, progress: Progress | None = None, **options) -> OpChanges:
    """Build the report ``kind`` with ``options`` and keep it frozen (one undoable step).

    The PDF is built inside the write transaction, so the bytes kept are exactly what the
    workspace held when the row was written (no edit can slip in between). Returns the changes;
    ``changes.created("frozen_report")[0]`` is its uuid.
    """
    options = _options(options)
    title, agreement, day = describe(store, kind, options)
    data = render(store, kind, options, progress=progress)
    return store_frozen(store, kind, options, data, title=title, agreement_uuid=agreement, report_date=day)


@operation
def store_frozen(store: Store, kind: str, options: dict, data: bytes, *, title: str, agreement_uuid: str | None,
                 report_date: dt.date) -> OpChanges:
    """Keep ``data`` (a PDF) as the frozen report of ``kind`` with ``options``."""
    if not data.startswith(b"%PDF-") or len(data) > MAX_PDF_BYTES:
        raise ValidationError(_("Det är ingen PDF som kan fastställas."))
    return crud.insert(store, TABLE, {
        "agreement_uuid": agreement_uuid, "kind": kind, "title": title,
        "parameters": json.dumps(options, ensure_ascii=False, sort_keys=True),
        "report_date": report_date.isoformat(), "frozen_on": today().isoformat(), "frozen_by": store.user,
        "pdf": data, "pdf_sha256": hashlib.sha256(data).hexdigest()}, _("Fastställ rapport"))


def _row(r) -> FrozenReport:
    try:
        parameters = json.loads(r["parameters"] or "{}")
    except ValueError:
        parameters = {}
    return FrozenReport(r["uuid"], r["agreement_uuid"], r["kind"], r["title"], parameters,
                        r["report_date"] or "", r["frozen_on"] or "", r["frozen_by"], r["size"] or 0,
                        r["pdf_sha256"], r["masked_on"] or "")


_SELECT = ("SELECT uuid, agreement_uuid, kind, title, parameters, report_date, frozen_on, frozen_by, "
           "length(pdf) AS size, pdf_sha256, masked_on FROM frozen_report")


def list_frozen(store: Store, agreement_uuid: str | None = None) -> list[FrozenReport]:
    """The live frozen reports (of one agreement, or all), newest report date first."""
    return [_row(r) for r in store.query(
        f"{_SELECT} WHERE deleted = 0 AND (:a IS NULL OR agreement_uuid = :a) "
        "ORDER BY report_date DESC, frozen_on DESC, title COLLATE sv", {"a": agreement_uuid})]


def resolve_frozen(store: Store, term: str) -> FrozenReport:
    """The live frozen report whose uuid is, or starts with, ``term`` (at least 4 characters).

    :raises NotFound: none, or several, match
    """
    term = (term or "").strip().lower()
    rows = [_row(r) for r in store.query(f"{_SELECT} WHERE deleted = 0 AND uuid LIKE ? || '%'", (term,))] \
        if len(term) >= 4 else []
    if len(rows) != 1:
        raise NotFound(_("Ingen fastställd rapport har id {term!r}.").format(term=term) if not rows else
                       _("{n} fastställda rapporter börjar med {term!r}; ange fler tecken.").format(n=len(rows), term=term))
    return rows[0]


def pdf_bytes(store: Store, uuid: str) -> bytes:
    """The frozen PDF exactly as it was stored (checked against its SHA-256).

    :raises NotFound: no such live report
    :raises ValidationError: the stored bytes do not match their checksum
    """
    rows = store.query("SELECT pdf, pdf_sha256 FROM frozen_report WHERE uuid = ? AND deleted = 0", (uuid,))
    if not rows or rows[0]["pdf"] is None:
        raise NotFound(_("Den fastställda rapporten finns inte längre."))
    data = bytes(rows[0]["pdf"])
    if hashlib.sha256(data).hexdigest() != rows[0]["pdf_sha256"]:
        raise ValidationError(_("Den fastställda rapportens innehåll stämmer inte med sin kontrollsumma."))
    return data


def write_pdf(store: Store, uuid: str, out: Path | str) -> Path:
    """Write the frozen PDF to ``out`` (a temporary name, then renamed: never half a file)."""
    out = Path(out)
    data = pdf_bytes(store, uuid)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


@operation
def refuse_edit(store: Store, uuid: str, values: dict | None = None) -> OpChanges:
    """A frozen report is not edited (``samverkan set`` comes here; a redaction builds it again)."""
    raise ValidationError(_("En fastställd rapport kan inte ändras. Fastställ en ny rapport i stället."))


@operation
def delete_frozen(store: Store, uuid: str) -> OpChanges:
    """Delete a frozen report: a tombstone whose bytes and content are cleared at once."""
    row = store.get(TABLE, uuid)
    if row is None or row["deleted"]:
        raise NotFound(_("Den fastställda rapporten finns inte längre."))
    return crud.delete(store, TABLE, uuid, _("Ta bort fastställd rapport"))
