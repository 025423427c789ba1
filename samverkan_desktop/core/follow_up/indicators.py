"""Indicators (indikatorer) and their values per area and period — aggregates only, never individuals.

An indicator may come from a safety survey (trygghetsmätning: "andel som sett narkotikahandel i
sitt bostadsområde", %) or be a program statistic of a form of cooperation (SSPF, SIG, GVI,
avhopparverksamhet: cases opened/active/closed, meetings held, call-ins) — then ``form_uuid``
says which form, and the area is optional (NULL = the whole municipality).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import NotFound, ValidationError
from ..i18n import _
from ..periods import Period
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid

FIELDS = ("name", "unit", "source", "higher_is_better", "description", "form_uuid")
WHOLE = "Hela kommunen"


def list_indicators(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's indicators (and those not tied to any agreement), by name, with form name."""
    return [dict(r) for r in store.query(
        """SELECT i.*, coalesce(nullif(f.abbreviation, ''), f.name) AS form_name,
                  (SELECT count(*) FROM indicator_value v WHERE v.indicator_uuid = i.uuid
                   AND v.deleted = 0) AS value_count
           FROM indicator i LEFT JOIN cooperation_form f ON f.uuid = i.form_uuid
           WHERE i.deleted = 0 AND (i.agreement_uuid = ? OR i.agreement_uuid IS NULL)
           ORDER BY i.name COLLATE sv""", (agreement_uuid,))]


def _clean(values: dict) -> dict:
    out = {k: v for k, v in values.items() if k in FIELDS}
    if "name" in out:
        out["name"] = (out["name"] or "").strip()
        if not out["name"]:
            raise ValidationError(_("Indikatorn behöver ett namn."), field="name")
    if "higher_is_better" in out:
        out["higher_is_better"] = 1 if out["higher_is_better"] else 0
    for key in ("unit", "source", "description"):
        if key in out:
            out[key] = (out[key] or "").strip()
    if "form_uuid" in out:
        out["form_uuid"] = out["form_uuid"] or None
    return out


@operation
def add_indicator(store: Store, agreement_uuid: str | None, *, name: str, unit: str = "", source: str = "",
                  higher_is_better: bool = True, description: str = "", form_uuid: str | None = None) -> OpChanges:
    """Define an indicator for an agreement."""
    values = _clean({"name": name, "unit": unit, "source": source, "higher_is_better": higher_is_better,
                     "description": description, "form_uuid": form_uuid})
    return crud.insert(store, "indicator", {"agreement_uuid": agreement_uuid, **values}, _("Ny indikator"))


@operation
def update_indicator(store: Store, uuid: str, **values) -> OpChanges:
    """Change an indicator's definition."""
    clean = _clean(values)
    return crud.update(store, "indicator", uuid, clean, _("Ändra indikator"))


@operation
def delete_indicator(store: Store, uuid: str) -> OpChanges:
    """Tombstone an indicator and its values; a problem it measured keeps its effect kind without it."""
    return crud.delete(store, "indicator", uuid, _("Ta bort indikator"), dependants=(("indicator_value", "indicator_uuid"),),
                       unlinks=(("problem", "effect_indicator_uuid"),))


def normalise_period(text: str) -> str:
    """A year ("2024") or a tertial ("2024-T2"); anything else is refused with a clear message."""
    return str(Period.parse(str(text)))


def value_uuid(indicator_uuid: str, area_uuid: str | None, period: str) -> str:
    """The natural uuid of one value: one per indicator, area and period, whoever enters it."""
    return natural_uuid("indicator_value", indicator_uuid, area_uuid or "", period)


@operation
def set_value(store: Store, indicator_uuid: str, area_uuid: str | None, period: str, value: float | None,
              note: str | None = None) -> OpChanges:
    """Enter (or with ``value=None`` remove) the value of an indicator for an area and period."""
    period = normalise_period(period)
    ind = store.get("indicator", indicator_uuid)
    if ind is None or ind["deleted"]:
        raise NotFound(_("Indikatorn finns inte längre."))
    uuid = value_uuid(indicator_uuid, area_uuid, period)
    with store.write(_("Nytt mätvärde") if value is not None else _("Ta bort mätvärde")) as tx:
        if value is None:
            if store.get("indicator_value", uuid) is not None:
                tx.delete("indicator_value", uuid)
        else:
            values = {"indicator_uuid": indicator_uuid, "area_uuid": area_uuid, "period": period,
                      "value": float(value)}
            if note is not None:
                values["note"] = note.strip()
            tx.ensure("indicator_value", uuid, values)
    return tx.changes


def list_values(store: Store, indicator_uuid: str) -> list[dict]:
    """Live values of an indicator with area name (None area → "Hela kommunen"), by period and area."""
    return [dict(r) for r in store.query(
        """SELECT v.*, coalesce(a.name, ?) AS area_name
           FROM indicator_value v LEFT JOIN area a ON a.uuid = v.area_uuid
           WHERE v.indicator_uuid = ? AND v.deleted = 0
           ORDER BY v.period, v.area_uuid IS NOT NULL, a.position, a.name COLLATE sv""",
        (WHOLE, indicator_uuid))]


def indicator_areas(store: Store, agreement_uuid: str) -> list[dict]:
    """Areas an agreement's indicators are entered for: the områden under its municipalities.

    Partnerskapsområden first (they are what the surveys report), then the others, each in order.
    """
    return [dict(r) for r in store.query(
        """SELECT a.uuid, a.name, a.area_type FROM area a
           JOIN area k ON k.uuid = a.parent_uuid AND k.level = 'kommun' AND k.deleted = 0
           JOIN agreement_party ap ON ap.party_uuid = k.party_uuid AND ap.deleted = 0
           WHERE ap.agreement_uuid = ? AND a.deleted = 0 AND a.level = 'område'
           ORDER BY a.area_type <> 'partnerskapsområde', ap.position, a.position, a.name COLLATE sv""",
        (agreement_uuid,))]


@dataclass
class Series:
    """One line of an indicator chart: an area's values over periods."""

    area_uuid: str | None
    area_name: str
    points: list[tuple[float, float]] = field(default_factory=list)  # (x, value)
    periods: list[str] = field(default_factory=list)


def period_x(period: str) -> float:
    """A period on a year axis: "2024" → 2024.0, "2024-T2" → 2024.5 (the tertial's middle)."""
    p = Period.parse(period)
    return float(p.year) if p.tertial is None else p.year + (p.tertial - 0.5) / 3


def series(store: Store, indicator_uuid: str) -> list[Series]:
    """The chart data of an indicator: one :class:`Series` per area, points sorted by period."""
    by_area: dict[str | None, Series] = {}
    for v in list_values(store, indicator_uuid):
        s = by_area.setdefault(v["area_uuid"], Series(v["area_uuid"], v["area_name"]))
        s.points.append((period_x(v["period"]), v["value"]))
        s.periods.append(v["period"])
    for s in by_area.values():
        order = sorted(range(len(s.points)), key=lambda i: s.points[i][0])
        s.points = [s.points[i] for i in order]
        s.periods = [s.periods[i] for i in order]
    return list(by_area.values())


def periods_of(store: Store, indicator_uuid: str) -> list[str]:
    """The distinct periods an indicator has values for, in time order."""
    rows = store.query("SELECT DISTINCT period FROM indicator_value WHERE indicator_uuid = ? AND deleted = 0",
                       (indicator_uuid,))
    return sorted((r["period"] for r in rows), key=period_x)
