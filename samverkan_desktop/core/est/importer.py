"""Importing incidents from CSV or Excel: plan (a preview, no writes), then apply in one transaction.

    table = read_table(path)                                   # step 1 (import_table.py)
    mapping = guess_mapping(table.headers)                     # step 2
    plan = plan_import(store, agreement, table, mapping, {})   # step 3: valid / invalid / unknown
    plan = plan_import(..., {("category", "graffiti"): klotter_uuid, ("area", "ny plats"): CREATE})
    changes = apply_import(store, plan)                        # step 4: one transaction, one undo step

A row is skipped, with its file line and a Swedish reason, when it is empty, its date cannot be
read, its count is not a positive whole number, its text holds a personnummer, or it names a
category, area or source that is neither known nor mapped. Nothing about a skipped row is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..i18n import N_, _
from ..progress import Progress, no_progress
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..text import find_personal_numbers, swedish_key
from .areas import agreement_areas, kommun_roots
from .codelists import INCIDENT_CATEGORY, SOURCE
from .import_table import ColumnMapping, Table
from .ops import DESCRIPTION_MAX as MAX_DESCRIPTION

CREATE = "__create__"  # a code_mapping value: create a new code with the file's label
KINDS = ("category", "area", "source")
KIND_LABELS = {"category": N_("kategori"), "area": N_("område"), "source": N_("källa")}
_LIST_OF = {"category": INCIDENT_CATEGORY, "source": SOURCE}
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


@dataclass(frozen=True)
class PlannedRow:
    """A valid row, ready to insert. A code value is a uuid or ``(CREATE, kind, label)``."""

    line: int
    occurred_on: str
    iso_year: int
    iso_week: int
    category: Any
    area: Any
    source: Any
    count: int
    description: str
    occurred_time: str | None = None


@dataclass(frozen=True)
class InvalidRow:
    """A row that will not be imported: its line in the file and why (Swedish)."""

    line: int
    reason: str


@dataclass(frozen=True)
class UnknownValue:
    """A category, area or source in the file that the workspace does not know."""

    kind: str
    label: str
    rows: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.label.casefold())


@dataclass
class ImportPlan:
    """The preview of an import; :func:`apply_import` writes exactly ``rows``."""

    agreement_uuid: str
    file_name: str
    rows: list[PlannedRow] = field(default_factory=list)
    invalid: list[InvalidRow] = field(default_factory=list)
    unknown: list[UnknownValue] = field(default_factory=list)
    creates: dict[str, list[str]] = field(default_factory=dict)  # kind → labels to create

    @property
    def incident_total(self) -> int:
        return sum(r.count for r in self.rows)


def known_codes(store: Store, agreement_uuid: str) -> dict[str, dict[str, str]]:
    """{kind: {casefolded label: uuid}} of the codes and areas a file's values are matched with."""
    out: dict[str, dict[str, str]] = {"category": {}, "source": {}, "area": {}}
    for kind, list_name in _LIST_OF.items():
        for r in store.query("SELECT uuid, label FROM code_item WHERE list_name = ? AND deleted = 0 "
                             "ORDER BY active DESC, position", (list_name,)):
            out[kind].setdefault(r["label"].strip().casefold(), r["uuid"])
    for a in agreement_areas(store, agreement_uuid):
        out["area"].setdefault(a.name.strip().casefold(), a.uuid)
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_day(value: Any) -> dt.date | None:
    """A date from an Excel cell or text (ÅÅÅÅ-MM-DD, optionally with a time, or ÅÅÅÅMMDD)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    m = _DATE_TIME.match(text)
    if m:
        text = m.group(1)
    elif m := _COMPACT.match(text):
        text = "-".join(m.groups())
    else:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if 1990 <= day.year <= 2100 else None


_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2})(?::\d{2}(?:\.\d+)?)?)?$")
_TIME_IN_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}[ T](\d{1,2}:\d{2})")


def parse_time(value: Any) -> str | None:
    """A time of day "HH:MM" from an Excel cell or text ("21:30", "21.30", "2130", "21"); None when
    it is none."""
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    text = _text(value)
    if len(text) == 4 and text.isdigit():
        text = f"{text[:2]}:{text[2:]}"
    m = _TIME.match(text)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def time_in_date(value: Any) -> str | None:
    """The time of a date cell that carries one ("2026-05-01 21:30", an Excel date-time)."""
    if isinstance(value, dt.datetime):
        return None if (value.hour, value.minute) == (0, 0) else value.strftime("%H:%M")
    m = _TIME_IN_DATE.match(_text(value))
    return parse_time(m.group(1)) if m else None


def parse_count(value: Any) -> int | None:
    """A positive whole number (an empty cell counts as 1); None when it is not one."""
    if value is None or _text(value) == "":
        return 1
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(_text(value).replace(",", ".").replace(" ", ""))
        except ValueError:
            return None
    if not number.is_integer() or number < 1:
        return None
    return int(number)


def plan_import(store: Store, agreement_uuid: str, table: Table, mapping: ColumnMapping,
                code_mapping: dict[tuple[str, str], str] | None = None, *,
                progress: Progress | None = None) -> ImportPlan:
    """Check every row of ``table`` and resolve its codes; writes nothing.

    :param mapping: which column feeds which field (date and category are required)
    :param code_mapping: ``{(kind, casefolded label): uuid or CREATE}`` for values the workspace
        does not know; an unknown value without an entry makes its rows invalid
    :raises ValidationError: a required column is not mapped
    """
    missing = mapping.missing()
    if missing:
        raise ValidationError(_("Välj vilken kolumn som innehåller: {names}.").format(names=', '.join(missing)))
    progress = progress or no_progress
    code_mapping = code_mapping or {}
    known = known_codes(store, agreement_uuid)
    plan = ImportPlan(agreement_uuid, table.path.name)
    unknown_rows: Counter[tuple[str, str]] = Counter()
    unknown_label: dict[tuple[str, str], str] = {}
    creates: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    cols = {name: mapping.get(name) for name in ("date", "time", "category", "area", "source", "count",
                                                 "description")}

    def cell(values: list, name: str) -> Any:
        i = cols[name]
        return values[i] if i is not None and i < len(values) else None

    # A file repeats its dates, counts and texts: each distinct value is parsed (and searched for
    # personnummer) once. ``memo`` maps (what, raw value) to the result.
    memo: dict[tuple[str, Any], Any] = {}

    def once(what: str, fn, raw: Any) -> Any:
        key = (what, raw)
        try:
            return memo[key]
        except KeyError:
            memo[key] = result = fn(raw)
            return result
        except TypeError:  # an unhashable cell value: no memo
            return fn(raw)

    total = len(table.rows)
    for n, (values, line) in enumerate(zip(table.rows, table.lines or range(2, total + 2), strict=True)):
        if n % 5000 == 0:
            progress(n, total, _("Kontrollerar rad {n} av {total} …").format(n=n, total=total))
        if all((v.strip() == "" if type(v) is str else _text(v) == "") for v in values):
            plan.invalid.append(InvalidRow(line, _("Tom rad.")))
            continue
        reasons: list[str] = []
        raw_date = cell(values, "date")
        day = once("date", parse_day, raw_date)
        if day is None:
            reasons.append(_("Datum saknas.") if _text(raw_date) == "" else
                           _("Ogiltigt datum {value!r} (skriv ÅÅÅÅ-MM-DD).").format(value=_text(raw_date)))
        raw_time = cell(values, "time")
        occurred_time = parse_time(raw_time) if _text(raw_time) != "" else time_in_date(raw_date)
        if _text(raw_time) != "" and occurred_time is None:
            reasons.append(_("Ogiltigt klockslag {value!r} (skriv TT:MM).").format(value=_text(raw_time)))
        count = once("count", parse_count, cell(values, "count"))
        if count is None:
            reasons.append(_("Antalet {value!r} är inget positivt heltal.").format(value=_text(cell(values, "count"))))
        description = _text(cell(values, "description"))
        if once("pnr", find_personal_numbers, description):
            reasons.append(_("Beskrivningen innehåller ett personnummer; rader med personuppgifter importeras inte."))
        elif len(description) > MAX_DESCRIPTION:
            reasons.append(_("Beskrivningen är längre än {n} tecken.").format(n=MAX_DESCRIPTION))
        resolved: dict[str, Any] = {}
        for kind in KINDS:
            label = _text(cell(values, kind))
            if not label:
                if kind == "category":
                    reasons.append(_("Kategori saknas."))
                resolved[kind] = None
                continue
            key = (kind, label.casefold())
            if key[1] in known[kind]:
                resolved[kind] = known[kind][key[1]]
                continue
            unknown_rows[key] += 1
            unknown_label.setdefault(key, label)
            choice = code_mapping.get(key)
            if choice == CREATE:
                creates[kind].setdefault(key[1], unknown_label[key])
                resolved[kind] = (CREATE, kind, key[1])
            elif choice:
                resolved[kind] = choice
            else:
                reasons.append(_("Okänd {kind} {label!r} (inte kopplad till kodlistan).").format(
                    kind=_(KIND_LABELS[kind]), label=label))
        if reasons:
            plan.invalid.append(InvalidRow(line, " ".join(reasons)))
            continue
        y, w, _weekday = day.isocalendar()
        plan.rows.append(PlannedRow(line, day.isoformat(), y, w, resolved["category"], resolved["area"],
                                    resolved["source"], count, description, occurred_time))
    plan.unknown = sorted((UnknownValue(k[0], unknown_label[k], n) for k, n in unknown_rows.items()),
                          key=lambda u: (KINDS.index(u.kind), swedish_key(u.label)))
    plan.creates = {k: sorted(v.values(), key=swedish_key) for k, v in creates.items() if v}
    progress(total, total, "")
    return plan


@operation
def apply_import(store: Store, plan: ImportPlan, *, progress: Progress | None = None) -> OpChanges:
    """Write the plan's rows (and the codes it creates) in ONE transaction: one undo step.

    A cancel (progress raising Cancelled) or any error rolls the whole import back.
    """
    from .bulk import insert_incidents

    progress = progress or no_progress
    if not plan.rows:
        raise ValidationError(_("Det finns inga giltiga rader att importera."))
    label = _("Importera {n} händelser från {file_name}").format(n=len(plan.rows), file_name=plan.file_name)
    with store.write(label, source=plan.file_name) as tx:
        created = _create_codes(tx, plan)

        def code(value: Any) -> str | None:
            if isinstance(value, tuple):
                return created[(value[1], value[2])]
            return value

        records = [{
            "agreement_uuid": plan.agreement_uuid, "occurred_on": r.occurred_on, "iso_year": r.iso_year,
            "iso_week": r.iso_week, "category_uuid": code(r.category), "area_uuid": code(r.area),
            "source_uuid": code(r.source), "count": r.count, "description": r.description,
            "occurred_time": r.occurred_time,
        } for r in plan.rows]
        insert_incidents(tx, records, progress=progress)
    return tx.changes


def _create_codes(tx, plan: ImportPlan) -> dict[tuple[str, str], str]:
    created: dict[tuple[str, str], str] = {}
    for kind, labels in plan.creates.items():
        if kind == "area":
            roots = kommun_roots(tx.store, plan.agreement_uuid)
            if not roots:
                raise ValidationError(_("Överenskommelsen har inget kommunområde att lägga nya områden under. Lägg upp områdena först eller koppla värdena till befintliga områden."))
            position = int(tx.store.scalar("SELECT coalesce(max(position), -1) + 1 FROM area "
                                           "WHERE parent_uuid = ?", (roots[0].uuid,)))
            for i, label in enumerate(labels):
                created[(kind, label.casefold())] = tx.insert("area", {
                    "parent_uuid": roots[0].uuid, "level": "område", "name": label, "position": position + i})
        else:
            list_name = _LIST_OF[kind]
            position = int(tx.store.scalar("SELECT coalesce(max(position), -1) + 1 FROM code_item "
                                           "WHERE list_name = ?", (list_name,)))
            for i, label in enumerate(labels):
                created[(kind, label.casefold())] = tx.insert("code_item", {
                    "list_name": list_name, "label": label, "position": position + i})
    return created
