"""The rows of an åtgärdsplan, in Brå's columns with Problem first.

problem (text, and ``problem_uuid``: the EST problem it addresses, through which it reaches the
lägesbild) · orsak (cause) · åtgärd (measure) · operativa mål (operational_goal) · när (timing) ·
vem (``actor_uuid``: an actor of the register or a party, and ``who``: the function) ·
uppföljning (status grön/gul/röd/ej bedömd); each row may name a form of cooperation. A row
belongs to a plan (:mod:`.plans`: decision, validity, version); a decided plan is frozen except
for the follow-up status. Rows from before plans existed are found by kommun and year.
"""

from __future__ import annotations

from ..agreement.queries import agreement_parties
from ..errors import NotFound, ValidationError
from ..i18n import _
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from .queries import STATUSES

FIELDS = ("problem", "cause", "measure", "operational_goal", "timing", "who", "status", "form_uuid", "position",
          "problem_uuid", "actor_uuid")
TEXT_FIELDS = ("problem", "cause", "measure", "operational_goal", "timing", "who")
COLUMN_LABELS = {"problem": "Problem", "cause": "Orsak", "measure": "Åtgärd", "operational_goal": "Operativa mål",
                 "timing": "När", "who": "Vem", "status": "Uppföljning"}
_ITEM_SELECT = """SELECT i.*, p.name AS party_name, f.name AS form_name,
                  coalesce(nullif(f.abbreviation, ''), f.name) AS form_short,
                  pr.description AS problem_description, coalesce(ac.name, op.name) AS owner_name
           FROM action_plan_item i LEFT JOIN party p ON p.uuid = i.party_uuid
           LEFT JOIN cooperation_form f ON f.uuid = i.form_uuid
           LEFT JOIN problem pr ON pr.uuid = i.problem_uuid AND pr.deleted = 0
           LEFT JOIN actor ac ON ac.uuid = i.actor_uuid AND ac.deleted = 0
           LEFT JOIN party op ON op.uuid = i.actor_uuid"""


def municipalities(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's parties of kind kommun (an action plan is per municipality)."""
    return [{"uuid": p.party_uuid, "name": p.name} for p in agreement_parties(store, agreement_uuid)
            if p.kind == "kommun"]


def plan_years(store: Store, agreement_uuid: str) -> list[int]:
    """Years that have action plan rows, and every year of the agreement's period."""
    ag = store.get("agreement", agreement_uuid)
    years = {r["year"] for r in store.query(
        "SELECT DISTINCT year FROM action_plan_item WHERE agreement_uuid = ? AND deleted = 0", (agreement_uuid,))}
    if ag:
        years.update(range(int(ag["period_from"][:4]), int(ag["period_to"][:4]) + 1))
    return sorted(years)


def list_items(store: Store, agreement_uuid: str, party_uuid: str | None, year: int) -> list[dict]:
    """The rows of one municipality's plan for ``year`` that belong to no plan (entered before plans
    existed), in order, with party and form names."""
    return [_shown(dict(r)) for r in store.query(
        f"""{_ITEM_SELECT}
           WHERE i.agreement_uuid = ? AND i.year = ? AND i.deleted = 0 AND i.plan_uuid IS NULL
             AND (? IS NULL OR i.party_uuid = ?)
           ORDER BY p.name COLLATE sv, i.position, i.created_at""",
        (agreement_uuid, year, party_uuid, party_uuid))]


def plan_items(store: Store, plan_uuid: str) -> list[dict]:
    """The rows of a plan in order, with the problem they address and Vem's name."""
    return [_shown(dict(r)) for r in store.query(
        f"{_ITEM_SELECT} WHERE i.plan_uuid = ? AND i.deleted = 0 ORDER BY i.position, i.created_at",
        (plan_uuid,))]


def _shown(row: dict) -> dict:
    """Adds ``problem_text`` (the row's Problem, else the linked problem's) and ``who_text``
    (Vem's name and function: "Kumla kommun – Gata/park")."""
    row["problem_text"] = row["problem"] or row["problem_description"] or ""
    row["who_text"] = " – ".join(x for x in (row["owner_name"] or "", row["who"] or "") if x)
    return row


def _clean(values: dict) -> dict:
    out = {k: v for k, v in values.items() if k in FIELDS}
    if "status" in out and out["status"] not in STATUSES:
        raise ValidationError(_("Okänd status: {status!r}.").format(status=out['status']), field="status")
    for key in TEXT_FIELDS:
        if key in out:
            out[key] = (out[key] or "").strip()
    for key in ("form_uuid", "problem_uuid", "actor_uuid"):
        if key in out:
            out[key] = out[key] or None
    return out


def _check_links(store: Store, agreement_uuid: str, values: dict, plan_uuid: str | None = None) -> None:
    """The links SQLite cannot hold as foreign keys without rebuilding the table (version 9 added
    them with ALTER TABLE), checked here: the plan and the problem are live rows of the same
    agreement, Vem (``actor_uuid``) is a live actor of it or a party (parties are actors too)."""
    for table, uuid, gone in (("action_plan", plan_uuid, "Åtgärdsplanen"),
                              ("problem", values.get("problem_uuid"), "Problemet")):
        if uuid and store.live(table, uuid, _("{gone} finns inte längre.").format(gone=gone))["agreement_uuid"] != agreement_uuid:
            raise NotFound(_("{gone} hör till en annan överenskommelse.").format(gone=gone))
    who = values.get("actor_uuid")
    if who:
        actor = store.get("actor", who)
        if actor is None or actor["deleted"] or actor["agreement_uuid"] != agreement_uuid:
            store.live("party", who, _("Aktören (Vem) finns inte längre."))


def _frozen(store: Store, plan_uuid: str | None, fields: set[str]) -> None:
    """A decided (or replaced) plan keeps its rows: only the follow-up status may change."""
    if not plan_uuid or fields <= {"status"}:
        return
    plan = store.get("action_plan", plan_uuid)
    if plan and plan["status"] != "utkast":
        raise ValidationError(_("Åtgärdsplanen är {status} och kan inte ändras: gör en ny version för att ändra den (uppföljningen kan alltid fyllas i).").format(status=_(plan['status'])))


@operation
def add_item(store: Store, agreement_uuid: str, party_uuid: str | None, year: int, *,
             plan_uuid: str | None = None, **values) -> OpChanges:
    """Add a row at the end of the plan (``plan_uuid``), or of the kommun's rows of ``year``."""
    clean = _clean(values)
    _check_links(store, agreement_uuid, clean, plan_uuid)
    _frozen(store, plan_uuid, {"measure"})
    if not 1900 < int(year) < 2200:
        raise ValidationError(_("Ogiltigt år: {year}.").format(year=year), field="year")
    if not clean.get("measure") and not clean.get("cause") and not clean.get("problem"):
        clean.setdefault("measure", "Ny åtgärd")
    if "position" not in clean:
        clean["position"] = int(store.scalar(
            "SELECT coalesce(max(position), -1) + 1 FROM action_plan_item WHERE agreement_uuid = ? "
            "AND year = ? AND party_uuid IS ? AND plan_uuid IS ? AND deleted = 0",
            (agreement_uuid, year, party_uuid, plan_uuid)))
    with store.write(_("Ny rad i åtgärdsplanen")) as tx:
        tx.insert("action_plan_item", {"agreement_uuid": agreement_uuid, "party_uuid": party_uuid,
                                       "year": int(year), "plan_uuid": plan_uuid, **clean})
    return tx.changes


@operation
def update_item(store: Store, uuid: str, **values) -> OpChanges:
    """Change cells of a row."""
    clean = _clean(values)
    row = store.live("action_plan_item", uuid, _("Raden i åtgärdsplanen finns inte längre."))
    _check_links(store, row["agreement_uuid"], clean)
    _frozen(store, row["plan_uuid"], set(clean))
    label = _("Ändra åtgärdsplan") if set(clean) != {"status"} else _("Uppföljning: {status}").format(status=_(clean["status"]))
    return crud.update(store, "action_plan_item", uuid, clean, label)


@operation
def delete_item(store: Store, uuid: str) -> OpChanges:
    """Tombstone a row."""
    row = store.live("action_plan_item", uuid, _("Raden i åtgärdsplanen finns inte längre."))
    _frozen(store, row["plan_uuid"], {"deleted"})
    return crud.delete(store, "action_plan_item", uuid, _("Ta bort rad ur åtgärdsplanen"))
