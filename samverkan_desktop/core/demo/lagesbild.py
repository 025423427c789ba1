"""Demo: Kumla's lägesbilder — T1 2026 (fastställd, the ground of the åtgärdsplan) and the whole
of 2026 (an utkast being written). The figures are drawn from the invented EST data; the texts are
INVENTED and marked :data:`DEMO_MARK`.
"""

from __future__ import annotations

import json

from ..est.kommun import resolve_kommun
from ..follow_up import lagesbild as L
from ..periods import Period
from ..store.stamps import natural_uuid
from .est import problem_uuid
from .est_data import DEMO_MARK
from .est_hallsberg import find_agreement

TEXTS = {
    "extent": ("Skadegörelse och klotter i centrum drabbar fastighetsägare och kommunen med saneringskostnader "
               "och gör att boende undviker centrum kvällstid. Iakttagelser av narkotikaförsäljning vid "
               "resecentrum oroar resenärer och personal i kollektivtrafiken. Händelserna är koncentrerade till "
               "fredag och lördag kväll."),
    "other_info": ("Trygghetsmätningen 2025: 31 % av de svarande i centrum känner sig otrygga ute sent på kvällen "
                   "(27 % 2023). Skolenkäten i årskurs 9 visar att fler elever än tidigare har erbjudits narkotika. "
                   "Räddningstjänsten rapporterar färre anlagda bränder än året innan."),
    "analysis": ("Problemen hänger ihop med platser där vuxna saknas kvällstid och där miljön är mörk och skymd. "
                 "Ungas samlingsplatser har flyttat från fritidsgården till resecentrum sedan gården fick kortare "
                 "öppettider. Åtgärder bör riktas mot platserna (belysning, låsning, sanering) och mot tiderna "
                 "(närvaro av vuxna fredag och lördag kväll)."),
}


def build(tx) -> None:
    """Kumla: a fastställd lägesbild for T1 2026 and a 2026 utkast."""
    store = tx.store
    ag = find_agreement(store)
    kumla = resolve_kommun(store, ag, "Kumla")
    for period, status in ((Period(2026, 1), "fastställd"), (Period(2026), "utkast")):
        drafted = L.draft_figures(store, ag, kumla, period)
        uuid = L.lagesbild_uuid(ag, kumla.party_uuid, period)
        problems = ["kumla-narkotika", "kumla-skadegörelse"]
        tx.insert("lagesbild", {
            "agreement_uuid": ag, "party_uuid": kumla.party_uuid, "period": str(period), "status": status,
            "established_on": "2026-05-18" if status == "fastställd" else None,
            "established_by": "Kommunstyrelsen i Kumla, § 70" if status == "fastställd" else "",
            "figures": json.dumps(drafted, ensure_ascii=False),
            "mapping": f"{L.mapping_text(kumla, period, drafted)} {DEMO_MARK}",
            **{k: f"{v} {DEMO_MARK}" for k, v in TEXTS.items()},
            "priorities": ("Narkotikaförsäljningen vid resecentrum och skadegörelsen i centrum prioriteras; "
                           f"båda följs upp i EST varje vecka. {DEMO_MARK}")}, uuid=uuid)
        for pos, key in enumerate(problems):
            problem = problem_uuid(ag, key)
            tx.insert("lagesbild_problem", {"lagesbild_uuid": uuid, "problem_uuid": problem, "position": pos},
                      uuid=natural_uuid("lagesbild_problem", uuid, problem))


def ground_of_plan(store, agreement_uuid: str, party_uuid: str) -> str | None:
    """The fastställd lägesbild the demo's Kumla plan rests on."""
    row = L.find(store, agreement_uuid, party_uuid, Period(2026, 1))
    return row["uuid"] if row else None
