"""Åtgärdsplaner (Lag 2023:196 5 §): one kommun's plan with its decision, validity and version.

A plan is an utkast until it is decided (organ, date, §, dnr): then it is ``beslutad`` and its
rows are frozen except for the follow-up status. To change a decided plan, make a new version: a
copy (version + 1, utkast, ``previous_uuid``) with copies of the rows; when it is decided the older
version becomes ``ersatt`` and stays readable. A plan may rest on the kommun's lägesbild.
"""

from __future__ import annotations

import datetime as dt

from ..errors import ValidationError
from ..i18n import N_, _
from ..periods import parse_date
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from . import action_plan

STATUSES = (N_("utkast"), N_("beslutad"), N_("ersatt"))
_COPIED = ("problem", "cause", "measure", "operational_goal", "timing", "who", "status", "form_uuid", "position",
           "problem_uuid", "actor_uuid", "party_uuid", "agreement_uuid", "year")


def list_plans(store: Store, agreement_uuid: str, party_uuid: str | None = None) -> list[dict]:
    """The agreement's plans (of one kommun), newest validity and version first, with ``label``."""
    rows = [dict(r) for r in store.query(
        """SELECT a.*, p.name AS party_name, l.period AS lagesbild_period, l.status AS lagesbild_status
           FROM action_plan a LEFT JOIN party p ON p.uuid = a.party_uuid
           LEFT JOIN lagesbild l ON l.uuid = a.lagesbild_uuid AND l.deleted = 0
           WHERE a.agreement_uuid = ? AND a.deleted = 0 AND (? IS NULL OR a.party_uuid = ?)
           ORDER BY a.valid_from DESC, a.plan_version DESC""", (agreement_uuid, party_uuid, party_uuid))]
    for r in rows:
        r["label"] = plan_label(r)
    return rows


def plan_label(plan: dict) -> str:
    """"Åtgärdsplan 2026 (version 2, beslutad)"."""
    years = plan["valid_from"][:4] if plan["valid_from"][:4] == plan["valid_to"][:4] else \
        f"{plan['valid_from'][:4]}–{plan['valid_to'][:4]}"
    return f"{plan['title'] or 'Åtgärdsplan'} {years} (version {plan['plan_version']}, {plan['status']})"


def plan_for_year(store: Store, agreement_uuid: str, party_uuid: str | None, year: int) -> dict | None:
    """The kommun's plan for ``year``: of the plans valid some day of the year the newest decided
    version, else the newest version."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    rows = [r for r in list_plans(store, agreement_uuid, party_uuid)
            if r["valid_from"] <= end and r["valid_to"] >= start and r["status"] != "ersatt"]
    decided = [r for r in rows if r["status"] == "beslutad"]
    return (decided or rows or [None])[0]


def decision_line(plan: dict) -> str:
    """The decision as a document prints it: "Beslutad av Kommunstyrelsen 2026-02-11, § 5, dnr KS
    2026/12. Gäller 2026-01-01 – 2026-12-31. Version 2 (ersätter version 1)."."""
    parts = []
    if plan["status"] == "utkast":
        parts.append("Utkast, ej beslutad.")
    else:
        decided = ", ".join(x for x in (
            f"Beslutad av {plan['decision_body']}" if plan["decision_body"] else "Beslutad",
            plan["decision_date"] or "",
            f"§ {plan['decision_paragraph']}" if plan["decision_paragraph"] else "",
            f"dnr {plan['decision_case_number']}" if plan["decision_case_number"] else "") if x)
        parts.append(decided + ".")
    parts.append(f"Gäller {plan['valid_from']} – {plan['valid_to']}.")
    version = f"Version {plan['plan_version']}"
    if plan["plan_version"] > 1:
        version += f" (ersätter version {plan['plan_version'] - 1})"
    if plan["status"] == "ersatt":
        version += ", ersatt av en senare version"
    parts.append(version + ".")
    return " ".join(parts)


def _require(store: Store, uuid: str) -> dict:
    return store.live("action_plan", uuid, _("Åtgärdsplanen finns inte längre."))


def _period(valid_from, valid_to) -> tuple[str, str]:
    start = parse_date(str(valid_from))
    end = parse_date(str(valid_to))
    if end < start:
        raise ValidationError(_("Planens giltighet slutar före den börjar."), field="valid_to")
    return start.isoformat(), end.isoformat()


@operation
def create_plan(store: Store, agreement_uuid: str, party_uuid: str | None, *, valid_from: str | dt.date,
                valid_to: str | dt.date, title: str = "Åtgärdsplan", lagesbild_uuid: str | None = None) -> OpChanges:
    """A new plan (version 1, utkast) for a kommun."""
    start, end = _period(valid_from, valid_to)
    with store.write(_("Ny åtgärdsplan")) as tx:
        tx.insert("action_plan", {"agreement_uuid": agreement_uuid, "party_uuid": party_uuid,
                                  "title": (title or "Åtgärdsplan").strip(), "valid_from": start, "valid_to": end,
                                  "lagesbild_uuid": lagesbild_uuid or None})
    return tx.changes


@operation
def update_plan(store: Store, uuid: str, **fields) -> OpChanges:
    """Change an undecided plan's title, validity or lägesbild."""
    plan = _require(store, uuid)
    if plan["status"] != "utkast":
        raise ValidationError(_("Åtgärdsplanen är {status}: gör en ny version för att ändra den.").format(status=_(plan['status'])))
    allowed = {"title", "valid_from", "valid_to", "lagesbild_uuid"}
    if set(fields) - allowed:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(set(fields) - allowed))))
    values = dict(fields)
    if "valid_from" in values or "valid_to" in values:
        values["valid_from"], values["valid_to"] = _period(values.get("valid_from", plan["valid_from"]),
                                                           values.get("valid_to", plan["valid_to"]))
    if "lagesbild_uuid" in values:
        values["lagesbild_uuid"] = values["lagesbild_uuid"] or None
    return crud.update(store, "action_plan", uuid, values, _("Ändra åtgärdsplan"))


@operation
def decide_plan(store: Store, uuid: str, *, body: str, date: str | dt.date, paragraph: str = "",
                case_number: str = "") -> OpChanges:
    """Record the decision (organ, date, §, dnr): the plan is beslutad and frozen, and the versions
    before it become ersatt."""
    plan = _require(store, uuid)
    if plan["status"] != "utkast":
        raise ValidationError(_("Åtgärdsplanen är redan {status}.").format(status=_(plan['status'])))
    if not (body or "").strip():
        raise ValidationError(_("Ange vilket organ som beslutade planen."), field="decision_body")
    day = parse_date(str(date)).isoformat()
    with store.write(_("Besluta åtgärdsplan")) as tx:
        tx.update("action_plan", uuid, {"status": "beslutad", "decision_body": body.strip(), "decision_date": day,
                                        "decision_paragraph": (paragraph or "").strip().lstrip("§").strip(),
                                        "decision_case_number": (case_number or "").strip()})
        previous = plan["previous_uuid"]
        while previous:
            old = store.get("action_plan", previous)
            if old is None:
                break
            if old["status"] == "beslutad":
                tx.update("action_plan", previous, {"status": "ersatt"})
            previous = old["previous_uuid"]
    return tx.changes


@operation
def new_version(store: Store, uuid: str) -> OpChanges:
    """A new version of a plan (utkast, version + 1) with copies of its rows; the old stays as it is."""
    plan = _require(store, uuid)
    newer = store.scalar("SELECT count(*) FROM action_plan WHERE previous_uuid = ? AND deleted = 0", (uuid,))
    if newer:
        raise ValidationError(_("Det finns redan en nyare version av planen."))
    with store.write(_("Ny version av åtgärdsplanen")) as tx:
        copy = tx.insert("action_plan", {
            "agreement_uuid": plan["agreement_uuid"], "party_uuid": plan["party_uuid"], "title": plan["title"],
            "valid_from": plan["valid_from"], "valid_to": plan["valid_to"],
            "plan_version": plan["plan_version"] + 1, "lagesbild_uuid": plan["lagesbild_uuid"],
            "previous_uuid": uuid})
        for item in action_plan.plan_items(store, uuid):
            tx.insert("action_plan_item", {**{k: item[k] for k in _COPIED}, "plan_uuid": copy})
    return tx.changes


@operation
def delete_plan(store: Store, uuid: str) -> OpChanges:
    """Remove an undecided plan and its rows (a decided plan is kept: it was decided)."""
    plan = _require(store, uuid)
    if plan["status"] != "utkast":
        raise ValidationError(_("En beslutad åtgärdsplan tas inte bort."))
    return crud.delete(store, "action_plan", uuid, _("Ta bort åtgärdsplan"), dependants=(("action_plan_item", "plan_uuid"),))
