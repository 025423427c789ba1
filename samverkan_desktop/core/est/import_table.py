"""Reading an incident file: CSV (UTF-8 with or without BOM, ; or , sniffed) or Excel .xlsx.

Step 1 of the import: :func:`read_table` gives the header and the rows as text or Excel values,
with the file's own line number for each row (so a skipped row can be named). Step 2:
:func:`guess_mapping` matches Swedish or English column names to the incident's fields.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import N_, _

MAX_BYTES = 60 * 1024 * 1024
MAX_ROWS = 200_000
FIELDS = ("date", "time", "category", "area", "source", "count", "description")
FIELD_LABELS = {"date": N_("Datum"), "time": N_("Klockslag"), "category": N_("Kategori"), "area": N_("Område/plats"),
                "source": N_("Källa"), "count": N_("Antal"), "description": N_("Beskrivning")}
REQUIRED = ("date", "category")
# Header words that name each field (compared case-insensitively, without surrounding space).
_NAMES = {
    "date": ("datum", "date", "händelsedatum", "dag", "day", "occurred_on", "tidpunkt"),
    "time": ("klockslag", "tid", "time", "kl", "klockan", "tid på dygnet", "time of day"),
    "category": ("kategori", "category", "händelsetyp", "typ", "type", "händelse"),
    "area": ("område", "plats", "area", "place", "location", "stadsdel", "omrade"),
    "source": ("källa", "aktör", "source", "rapportör", "actor", "kalla", "aktor", "inrapporterad av"),
    "count": ("antal", "count", "number", "st", "antal händelser"),
    "description": ("beskrivning", "text", "description", "kommentar", "anteckning", "notering"),
}


@dataclass
class Table:
    """A read file: header names and rows; ``lines[i]`` is the file line (or sheet row) of ``rows[i]``."""

    path: Path
    headers: list[str]
    rows: list[list[Any]]
    lines: list[int] = field(default_factory=list)


@dataclass
class ColumnMapping:
    """Which column (index into the headers) feeds each incident field; None: not in the file."""

    date: int | None = None
    category: int | None = None
    time: int | None = None
    area: int | None = None
    source: int | None = None
    count: int | None = None
    description: int | None = None

    def get(self, name: str) -> int | None:
        return getattr(self, name)

    def missing(self) -> list[str]:
        """The required fields that no column feeds (labels in the current language)."""
        return [_(FIELD_LABELS[f]) for f in REQUIRED if self.get(f) is None]


def read_table(path: Path | str) -> Table:
    """Read a CSV or .xlsx file of incidents.

    :raises ValidationError: missing, too big, an unknown kind of file, or unreadable, in one line
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError(_("Filen finns inte: {path}").format(path=path))
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError(_("Filen är för stor ({value} MB; högst {value2} MB): {name}").format(value=path.stat().st_size // 1_000_000, value2=MAX_BYTES // 1_000_000, name=path.name))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        table = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path)
    elif suffix == ".xls":
        raise ValidationError(_("Det gamla Excel-formatet .xls kan inte läsas. Spara filen som .xlsx eller CSV i Excel: {name}").format(name=path.name))
    else:
        raise ValidationError(_("Okänd filtyp {value}: välj en CSV- eller Excelfil (.xlsx).").format(value=suffix or _("(ingen)")))
    if not table.headers or not any(h.strip() for h in table.headers):
        raise ValidationError(_("Filen har ingen rubrikrad: {name}").format(name=path.name))
    return table


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ValidationError(_("Filen är ingen textfil (CSV) och kan inte läsas: {name}").format(name=name))
    # Older Swedish Excel saves "CSV (semikolonavgränsad)" as Windows-1252.
    return data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> Table:
    text = _decode(path.read_bytes(), path.name)
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows, lines = [], []
    try:
        for record in reader:
            line = reader.line_num
            if headers is None:
                if not any(c.strip() for c in record):
                    continue
                headers = [c.strip() for c in record]
                continue
            if len(rows) >= MAX_ROWS:
                raise ValidationError(_("Filen har fler än {n} rader; dela upp den.").format(n=f"{MAX_ROWS:,}".replace(",", " ")))
            rows.append(record)
            lines.append(line)
    except csv.Error as exc:
        raise ValidationError(_("CSV-filen kan inte läsas (rad {line_num}): {exc}").format(line_num=reader.line_num, exc=exc)) from None
    return Table(path, headers or [], rows, lines)


def _read_xlsx(path: Path) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(_("Excelfilen kan inte läsas ({name}): {name2}").format(name=exc.__class__.__name__, name2=path.name)) from None
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows, lines = [], []
        for number, record in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = list(record)
            if headers is None:
                if not any(v not in (None, "") for v in values):
                    continue
                headers = ["" if v is None else str(v).strip() for v in values]
                continue
            if len(rows) >= MAX_ROWS:
                raise ValidationError(_("Filen har fler än {n} rader; dela upp den.").format(n=f"{MAX_ROWS:,}".replace(",", " ")))
            rows.append(values)
            lines.append(number)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise ValidationError(_("Excelfilen kan inte läsas ({name}): {name2}").format(name=exc.__class__.__name__, name2=path.name)) from None
    finally:
        book.close()
    # Excel often reports formatted but empty rows after the data: drop them from the end.
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
        lines.pop()
    return Table(path, headers or [], rows, lines)


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """Match header names (Swedish or English) to the incident fields; the first match wins."""
    mapping = ColumnMapping()
    taken: set[int] = set()
    folded = [h.strip().casefold() for h in headers]
    for name in FIELDS:
        for i, h in enumerate(folded):
            if i not in taken and h in _NAMES[name]:
                setattr(mapping, name, i)
                taken.add(i)
                break
    # A second pass on word starts ("Datum för händelse", "Antal st"): only for fields still open.
    for name in FIELDS:
        if mapping.get(name) is not None:
            continue
        for i, h in enumerate(folded):
            if i not in taken and any(h.startswith(word) for word in _NAMES[name] if len(word) > 3):
                setattr(mapping, name, i)
                taken.add(i)
                break
    return mapping
