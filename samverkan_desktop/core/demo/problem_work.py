"""Demo: work on two of Örebro's invented problems — orsaksanalys, effect measure, linked incidents.

All of it is INVENTED and marked (:data:`DEMO_MARK`): the drug problem at Vivalla centrum is to
move the safety survey's "sett narkotikahandel" share in Vivalla from 23 % to 18 %; the youth
gatherings at Järntorget are measured by their own incidents per tertial (the incidents of their
categories at Järntorget in 2026 are linked to the problem; from 8 a tertial to 4).
"""

from __future__ import annotations

from .est import problem_uuid
from .est_data import DEMO_MARK
from .orebro import find_agreement, find_areas

DRUG_INDICATOR = "Andel som sett narkotikahandel i sitt bostadsområde"


def build(tx) -> None:
    """Give the drug and Järntorget problems their orsaksanalys, effect measure and incidents."""
    store = tx.store
    ag = find_agreement(store)
    areas = find_areas(store)
    drugs = store.scalar("SELECT uuid FROM indicator WHERE agreement_uuid = ? AND name = ? AND deleted = 0",
                         (ag, DRUG_INDICATOR))
    tx.update("problem", problem_uuid(ag, "narkotika"), {
        "cause_analysis": ("Försäljningen sker kvällstid vid centrumets baksida där belysningen är svag och "
                           "vuxennärvaron låg efter butikernas stängning. Unga i området rekryteras som "
                           f"springpojkar. {DEMO_MARK}"),
        "effect_kind": "indikator", "effect_indicator_uuid": drugs, "effect_baseline": 23.0,
        "effect_target": 18.0})
    jarntorget = problem_uuid(ag, "järntorget")
    tx.update("problem", jarntorget, {
        "cause_analysis": ("Järntorget är samlingsplats när fritidsgården stänger kl. 21 fredag och lördag; "
                           f"få vuxna i rörelse och alkohol från langning. {DEMO_MARK}"),
        "effect_kind": "händelser", "effect_baseline": 8.0, "effect_target": 4.0})
    place = areas.get("Järntorget")
    if place is None:
        return
    rows = store.query(
        """SELECT i.uuid FROM incident i JOIN code_item c ON c.uuid = i.category_uuid
           WHERE i.agreement_uuid = ? AND i.area_uuid = ? AND i.deleted = 0 AND i.occurred_on >= '2026-01-01'
             AND c.label IN ('Samling av ungdomar', 'Ordningsstörning', 'Hot/våld', 'Narkotikahantering')""",
        (ag, place))
    for r in rows:
        tx.update("incident", r["uuid"], {"problem_uuid": jarntorget})

