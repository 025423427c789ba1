"""Whole-workspace facts: the summary behind ``samverkan info`` and the status bar."""

from __future__ import annotations

from .agreement.queries import agreement_parties, count_live, list_agreements
from .est.kommun import agreement_kommuner
from .i18n import _
from .store.database import Store


def summary(store: Store) -> dict:
    """The workspace as ``samverkan info --json`` prints it."""
    agreements = []
    for a in list_agreements(store):
        agreements.append({
            "uuid": a["uuid"],
            "title": a["title"],
            "period_from": a["period_from"],
            "period_to": a["period_to"],
            "status": a["status"],
            "parties": [{"name": p.name, "case_number": p.case_number, "signatory": p.signatory_name}
                        for p in agreement_parties(store, a["uuid"])],
            "kommuner": [{"name": k.name, "short_name": k.short_name, "party_uuid": k.party_uuid,
                          "areas": list(k.areas)} for k in agreement_kommuner(store, a["uuid"])],
            "forms": count_live(store, "cooperation_form", a["uuid"]),
            "resources": count_live(store, "guaranteed_resource", a["uuid"]),
        })
    live = "SELECT count(*) FROM {} WHERE deleted = 0"
    return {
        "schema_version": store.schema_version(),
        "agreements": agreements,
        "counts": {
            "incidents": int(store.scalar(live.format("incident"))),
            "actions": int(store.scalar(live.format("action"))),
            "est_weeks": int(store.scalar(live.format("est_week"))),
        },
    }


def integrity_problems(store: Store) -> list[str]:
    """Everything ``samverkan check`` finds wrong; an empty list means the file is sound."""
    problems = []
    result = store.scalar("PRAGMA integrity_check")
    if result != "ok":
        problems.append(f"integrity_check: {result}")
    for row in store.query("PRAGMA foreign_key_check"):
        problems.append(_("Trasig referens i {table} (rad {row}) till {target}").format(
            table=row[0], row=row[1], target=row[2]))
    return problems
