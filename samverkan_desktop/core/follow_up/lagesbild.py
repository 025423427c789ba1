"""Lägesbild (Lag 2023:196 4 §): one kommun's kartläggning, omfattning och konsekvenser, annan
relevant information, analys and prioriterade problem, for a year (or a tertial).

A lägesbild is made from EST: :func:`draft_figures` fills the kartläggning's figures (incidents per
year, category and area, the prioritised problems, the indicators) and :func:`create` starts the
document with them and with the kommun's active problems as its prioritised problems. Everything
stays editable while it is an utkast; :func:`establish` makes it fastställd and frozen (what was
decided is what prints, byte for byte). An åtgärdsplan rests on a lägesbild
(``action_plan.lagesbild_uuid``), and its rows address the lägesbild's problems.
"""

from __future__ import annotations

import datetime as dt
import json

from ..errors import ValidationError
from ..est.analysis import analyse
from ..est.kommun import Kommun, kommun_of
from ..est.queries import list_problems
from ..i18n import N_, _
from ..periods import Period, parse_date
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid

STATUSES = (N_("utkast"), N_("fastställd"))
SECTIONS = {  # column → heading, in the order of the law and of the document
    "mapping": "Kartläggning",
    "extent": "Omfattning och konsekvenser",
    "other_info": "Annan relevant information",
    "analysis": "Analys",
    "priorities": "Prioriterade problem",
}
FIGURE_KEYS = ("section", "label", "value", "previous", "note")
TOP_CATEGORIES = 8


def lagesbild_uuid(agreement_uuid: str, party_uuid: str, period: Period) -> str:
    """One lägesbild per agreement, kommun and period (the same uuid on every installation)."""
    return natural_uuid("lagesbild", agreement_uuid, party_uuid, str(period))


def find(store: Store, agreement_uuid: str, party_uuid: str, period: Period) -> dict | None:
    """The live lägesbild of the kommun and period, or None."""
    row = store.get("lagesbild", lagesbild_uuid(agreement_uuid, party_uuid, period))
    return row if row and not row["deleted"] else None


def list_lagesbilder(store: Store, agreement_uuid: str, party_uuid: str | None = None) -> list[dict]:
    """The agreement's lägesbilder (of one kommun), newest period first, with the kommun's name."""
    return [dict(r) for r in store.query(
        """SELECT l.*, p.name AS party_name FROM lagesbild l LEFT JOIN party p ON p.uuid = l.party_uuid
           WHERE l.agreement_uuid = ? AND l.deleted = 0 AND (? IS NULL OR l.party_uuid = ?)
           ORDER BY l.period DESC, p.name COLLATE sv""", (agreement_uuid, party_uuid, party_uuid))]


def figures(row: dict) -> list[dict]:
    """The kartläggning's figures of a saved lägesbild (a list of rows with :data:`FIGURE_KEYS`)."""
    try:
        data = json.loads(row.get("figures") or "[]")
    except ValueError:
        return []
    return [{k: str(item.get(k, "")) for k in FIGURE_KEYS} for item in data if isinstance(item, dict)]


def problems(store: Store, lagesbild: str) -> list[dict]:
    """The lägesbild's prioritised problems in order, with area, priority and status."""
    return [dict(r) for r in store.query(
        """SELECT lp.uuid AS link_uuid, lp.comment, lp.position, p.*, a.name AS area
           FROM lagesbild_problem lp JOIN problem p ON p.uuid = lp.problem_uuid
           LEFT JOIN area a ON a.uuid = p.area_uuid
           WHERE lp.lagesbild_uuid = ? AND lp.deleted = 0 AND p.deleted = 0
           ORDER BY lp.position, p.priority, p.description COLLATE sv""", (lagesbild,))]


def plan_rows_for(store: Store, lagesbild: str) -> list[dict]:
    """The action plan rows that address the lägesbild's problems (the chain to the åtgärdsplan)."""
    return [dict(r) for r in store.query(
        """SELECT i.problem_uuid, i.measure, ap.plan_version, ap.status AS plan_status
           FROM action_plan_item i JOIN action_plan ap ON ap.uuid = i.plan_uuid AND ap.deleted = 0
           JOIN lagesbild_problem lp ON lp.problem_uuid = i.problem_uuid AND lp.deleted = 0
           WHERE lp.lagesbild_uuid = ? AND i.deleted = 0 AND ap.status <> 'ersatt'
           ORDER BY i.position""", (lagesbild,))]


# -- drawing the kartläggning from EST -------------------------------------------------------------

def draft_figures(store: Store, agreement_uuid: str, kommun: Kommun, period: Period) -> list[dict]:
    """The kartläggning's figures from EST: incidents this period and the same period last year, the
    largest categories, every område, the prioritised problems, and the indicators of the kommun."""
    result = analyse(store, agreement_uuid, period, kommun=kommun)
    now, before = result.year, result.year - 1

    def row(section: str, label: str, value, previous="", note="") -> dict:
        return {"section": section, "label": label, "value": str(value), "previous": str(previous), "note": note}

    out = [row("Händelser", "Registrerade händelser i EST", result.totals.get(now, 0), result.totals.get(before, 0),
               f"{period.label()} mot samma period {before}")]
    for r in [r for r in result.by_category if r.count(now) or r.count(before)][:TOP_CATEGORIES]:
        out.append(row("Per kategori", r.label, r.count(now), r.count(before)))
    for r in result.by_area:
        out.append(row("Per område", r.label, r.count(now), r.count(before)))
    active = list_problems(store, agreement_uuid, kommun=kommun)
    out.append(row("Problem", "Aktiva prioriterade problem", len(active), "",
                   f"varav {sum(p['priority'] == 1 for p in active)} med prioritet 1"))
    for v in store.query(
            f"""SELECT i.name, i.unit, v.period, v.value, a.name AS area FROM indicator_value v
               JOIN indicator i ON i.uuid = v.indicator_uuid AND i.deleted = 0
               LEFT JOIN area a ON a.uuid = v.area_uuid
               WHERE v.deleted = 0 AND i.agreement_uuid = ? AND v.period IN (?, ?)
                 AND (v.area_uuid IS NULL OR v.area_uuid IN ({",".join("?" * len(kommun.area_uuids)) or "''"}))
               ORDER BY i.name COLLATE sv, a.name COLLATE sv, v.period""",
            (agreement_uuid, str(now), str(before), *kommun.area_uuids)):
        label = f"{v['name']}" + (f" ({v['area']})" if v["area"] else "")
        value = f"{v['value']:g} {v['unit']}".strip()
        out.append(row("Indikatorer", label, value if v["period"] == str(now) else "",
                       value if v["period"] == str(before) else "", f"mätår {v['period']}"))
    return out


def mapping_text(kommun: Kommun, period: Period, figures_: list[dict]) -> str:
    total = next((f for f in figures_ if f["section"] == "Händelser"), None)
    cats = [f["label"].lower() for f in figures_ if f["section"] == "Per kategori"][:3]
    text = (f"Kartläggningen bygger på händelser och iakttagelser som rapporterats i EST för {kommun.name} "
            f"under {period.label()}")
    if total:
        text += f": {total['value']} registrerade händelser, mot {total['previous']} samma period året innan"
    if cats:
        text += f". Mest rapporterat: {', '.join(cats)}"
    return text + "."


# -- writing ---------------------------------------------------------------------------------------

def _kommun(store: Store, agreement_uuid: str, party_uuid: str) -> Kommun:
    kommun = kommun_of(store, agreement_uuid, party_uuid)
    if kommun is None:
        raise ValidationError(_("En lägesbild görs för en kommun som är part i överenskommelsen."))
    return kommun


@operation
def create(store: Store, agreement_uuid: str, party_uuid: str, period: Period) -> OpChanges:
    """Start the kommun's lägesbild for ``period`` from EST (figures, kartläggning, active problems)."""
    kommun = _kommun(store, agreement_uuid, party_uuid)
    if find(store, agreement_uuid, party_uuid, period):
        raise ValidationError(_("{name} har redan en lägesbild för {value}.").format(name=kommun.name, value=period.label()))
    drafted = draft_figures(store, agreement_uuid, kommun, period)
    active = list_problems(store, agreement_uuid, kommun=kommun)
    uuid = lagesbild_uuid(agreement_uuid, party_uuid, period)
    with store.write(_("Ny lägesbild {value} – {name}").format(value=period.label(), name=kommun.name)) as tx:
        tx.ensure("lagesbild", uuid, {
            "agreement_uuid": agreement_uuid, "party_uuid": party_uuid, "period": str(period), "status": "utkast",
            "established_on": None, "established_by": "",
            "figures": json.dumps(drafted, ensure_ascii=False), "mapping": mapping_text(kommun, period, drafted),
            "extent": "", "other_info": "", "analysis": "",
            "priorities": "\n".join(f"{i}. {p['description']}" for i, p in enumerate(active, start=1))})
        for pos, p in enumerate(active):
            tx.ensure("lagesbild_problem", natural_uuid("lagesbild_problem", uuid, p["uuid"]),
                      {"lagesbild_uuid": uuid, "problem_uuid": p["uuid"], "position": pos})
    return tx.changes


def _draft(store: Store, uuid: str) -> dict:
    row = store.live("lagesbild", uuid, _("Lägesbilden finns inte längre."))
    if row["status"] == "fastställd":
        raise ValidationError(_("Lägesbilden fastställdes {established_on} och kan inte ändras.").format(established_on=row['established_on']))
    return row


@operation
def update(store: Store, uuid: str, **fields) -> OpChanges:
    """Change the texts of the sections and/or the figures (a list of dicts) of an utkast."""
    _draft(store, uuid)
    unknown = set(fields) - set(SECTIONS) - {"figures"}
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    values = {k: (v or "").strip() for k, v in fields.items() if k in SECTIONS}
    if "figures" in fields:
        values["figures"] = json.dumps([{k: str(f.get(k, "")).strip() for k in FIGURE_KEYS}
                                        for f in fields["figures"]], ensure_ascii=False)
    return crud.update(store, "lagesbild", uuid, values, _("Ändra lägesbild"))


@operation
def refresh_figures(store: Store, uuid: str) -> OpChanges:
    """Fill the figures again from EST (the texts are kept)."""
    row = _draft(store, uuid)
    kommun = _kommun(store, row["agreement_uuid"], row["party_uuid"])
    drafted = draft_figures(store, row["agreement_uuid"], kommun, Period.parse(row["period"]))
    return crud.update(store, "lagesbild", uuid, {"figures": json.dumps(drafted, ensure_ascii=False)}, _("Hämta siffror till lägesbilden"))


@operation
def set_problem(store: Store, uuid: str, problem_uuid: str, prioritized: bool) -> OpChanges:
    """Add a problem to (or take it off) the lägesbild's prioritised problems."""
    _draft(store, uuid)
    link = natural_uuid("lagesbild_problem", uuid, problem_uuid)
    with store.write(_("Prioriterat problem i lägesbilden")) as tx:
        if prioritized:
            position = int(store.scalar("SELECT count(*) FROM lagesbild_problem WHERE lagesbild_uuid = ? "
                                        "AND deleted = 0", (uuid,)))
            tx.ensure("lagesbild_problem", link, {"lagesbild_uuid": uuid, "problem_uuid": problem_uuid,
                                                  "position": position})
        elif store.get("lagesbild_problem", link) and not store.get("lagesbild_problem", link)["deleted"]:
            tx.delete("lagesbild_problem", link)
    return tx.changes


@operation
def establish(store: Store, uuid: str, *, on: str | dt.date, by: str) -> OpChanges:
    """Fastställ the lägesbild (date, and by whom: "Kommunstyrelsen 2026-03-16 § 40"): it is frozen."""
    _draft(store, uuid)
    if not (by or "").strip():
        raise ValidationError(_("Ange vem som fastställde lägesbilden."), field="established_by")
    day = parse_date(str(on)).isoformat()
    return crud.update(store, "lagesbild", uuid, {"status": "fastställd", "established_on": day, "established_by": by.strip()}, _("Fastställ lägesbild"))
