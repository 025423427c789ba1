"""Demo: EST actors and the åtgärdsplaner of Örebro (2026) and Kumla (2026, two versions).

Everything here is INVENTED and marked (:data:`DEMO_MARK`): the actors and their contacts, the
plans' rows and their decisions. The rows are in Brå's columns with Problem first, each linked to
the EST problem it addresses; Vem is an actor or a party.
"""

from __future__ import annotations

from ..est.codelists import SOURCE
from ..store.stamps import natural_uuid
from .est import problem_uuid
from .est_data import DEMO_MARK
from .est_hallsberg import find_agreement as find_hallsberg
from .lagesbild import ground_of_plan
from .orebro import KOMMUN, POLIS, find_agreement, party_uuid

# (key, name, kind, source label, contact name, contact title)
ACTORS = [
    ("bostadsbolag", "Det kommunala bostadsbolaget", "bostadsbolag", "Bostadsbolag", "Kim Berg", "Trygghetssamordnare"),
    ("räddningstjänst", "Räddningstjänsten", "räddningstjänst", "Räddningstjänst", "Alex Holm", "Brandinspektör"),
    ("skola", "Grundskoleförvaltningen", "skola", "Skola", "Sam Lind", "Rektor"),
    ("fritidsgård", "Fritidsgårdarna", "fritidsgård", "Fritidsgård", "Robin Ek", "Fritidsgårdschef"),
    ("ordningsvakter", "Ordningsvakterna i centrum", "ordningsvakter", "Ordningsvakter", "Eli Sund", "Gruppchef"),
    ("kollektivtrafik", "Kollektivtrafiken", "kollektivtrafik", "Kollektivtrafik", "Nour Dahl", "Säkerhetschef"),
    ("fältassistenter", "Fältassistenterna", "fältassistenter", "Fältassistenter", "Ronja Falk", "Samordnare"),
]

# Örebro 2026: (problem, cause, measure, operational goal, when, owner key, function, status, form,
#               EST problem key)
OREBRO_PLAN = [
    ("Öppen narkotikahandel vid Vivalla centrum", "Etablerad försäljningsplats, få vuxna i rörelse kvällstid",
     "Riktade insatser av narkotikateamet kvällstid",
     "Andelen som sett narkotikahandel i Vivalla under 18 % i trygghetsmätningen 2026", "Helår 2026",
     "polis", "Narkotikateamet", "gul", "Öppen narkotikahandel", "narkotika"),
    ("Unga i riskzon får insatser för sent", "Skola, socialtjänst och fritid delar inte sin oro i tid",
     "Alla skolor i Vivalla och Varberga ansluts till SSPF", "Minst 40 SSPF-ärenden öppnade", "T1–T2 2026",
     "skola", "SSPF-samordnare", "grön", "SSPF", None),
    ("Otrygghet och ordningsstörningar vid Järntorget kvällstid",
     "Samlingsplats för unga fredag och lördag kväll, få vuxna på plats",
     "Ordningsvakter och fältassistenter samplaneras i EST",
     "Färre ordningsstörningar vid Järntorget än 2025", "Fredag–lördag hela året",
     "ordningsvakter", "Samordnare ordningsvakter", "gul", "EST", "järntorget"),
    ("Hot mot personal i kollektivtrafiken vid Resecentrum", "Konflikter vid biljettkontroll sena kvällar",
     "Gemensam rutin och närvaro med kollektivtrafiken", "Inga hot mot personal under T3 2026", "T3 2026",
     "kollektivtrafik", "Säkerhetschef", "ej bedömd", "EST", "resecentrum"),
    ("Våld i nära relationer upptäcks sent", "Ingen gemensam rutin för orosanmälan",
     "Gemensam rutin för orosanmälan och stöd införs",
     "Rutinen känd av alla områdespoliser och socialsekreterare", "Senast 2026-06-30",
     "kommun", "Brottsförebyggande strateg", "röd", "Brott i nära relationer", None),
]

# Kumla 2026: (problem, cause, measure, goal, when, owner key, function, status, EST problem key)
KUMLA_PLAN = [
    ("Narkotikaförsäljning vid Kumla resecentrum kvällstid", "Mörk och skymd plats nära pendeltrafiken",
     "Belysning och röjning av buskage vid resecentrum", "Färre iakttagelser av försäljning än 2025",
     "Maj–september 2026", "kommun", "Gata/park", "gul", "kumla-narkotika"),
    ("Narkotikaförsäljning vid Kumla resecentrum kvällstid", "Få vuxna i rörelse kvällstid",
     "Riktad polisnärvaro torsdag–lördag kväll", "Närvaro minst två kvällar i veckan", "Helår 2026",
     "polis", "Kommunpolis", "grön", "kumla-narkotika"),
    ("Skadegörelse och klotter i Kumla centrum helgkvällar", "Otillsynade trapphus och entréer",
     "Bostadsbolaget låser entréer och byter belysning i trapphus", "Alla entréer i centrum låsta nattetid",
     "Senast 2026-10-31", "bostadsbolag", "Trygghetssamordnare", "gul", "kumla-skadegörelse"),
    ("Skadegörelse och klotter i Kumla centrum helgkvällar", "Klotter som står kvar lockar till mer",
     "Sanering av klotter inom 24 timmar", "Klotter sanerat inom ett dygn i 90 % av fallen", "Helår 2026",
     "kommun", "Gata/park", "ej bedömd", "kumla-skadegörelse"),
]
KUMLA_VERSION_2_ROW = ("Skadegörelse och klotter i Kumla centrum helgkvällar", "Unga saknar en plats att vara på",
                       "Fritidsgården har kvällsöppet fredag och lördag", "Kvällsöppet 40 helger om året",
                       "Från september 2026", "fritidsgård", "Fritidsgårdschef", "ej bedömd", "kumla-skadegörelse")


def actor_uuid(agreement_uuid: str, key: str) -> str:
    return natural_uuid("demo-actor", agreement_uuid, key)


def _actors(tx, ag: str, place: str) -> None:
    sources = {r["label"]: r["uuid"] for r in tx.store.query(
        "SELECT uuid, label FROM code_item WHERE list_name = ? AND deleted = 0", (SOURCE,))}
    for key, name, kind, source, contact, title in ACTORS:
        uuid = tx.insert("actor", {"agreement_uuid": ag, "name": f"{name} {place}".strip(), "kind": kind,
                                   "source_uuid": sources.get(source),
                                   "description": f"Aktör i EST. {DEMO_MARK}"}, uuid=actor_uuid(ag, key))
        tx.insert("actor_contact", {"actor_uuid": uuid, "name": f"{contact} {DEMO_MARK}", "title": title,
                                    "email": "", "phone": ""})


def _owner(ag: str, key: str, parties: dict[str, str]) -> str:
    return parties.get(key) or actor_uuid(ag, key)


def _rows(tx, ag: str, kommun: str, plan: str, rows, parties: dict[str, str], forms: dict[str, str]) -> None:
    for pos, row in enumerate(rows):
        problem, cause, measure, goal, when, owner, function, status, *rest = row
        form, problem_key = (rest[0], rest[1]) if len(rest) == 2 else (None, rest[0])
        tx.insert("action_plan_item", {
            "agreement_uuid": ag, "party_uuid": kommun, "year": 2026, "position": pos, "plan_uuid": plan,
            "problem": problem, "cause": cause, "measure": f"{measure} {DEMO_MARK}", "operational_goal": goal,
            "timing": when, "who": function, "status": status, "form_uuid": forms.get(form) if form else None,
            "problem_uuid": problem_uuid(ag, problem_key) if problem_key else None,
            "actor_uuid": _owner(ag, owner, parties)})


def build(tx) -> None:
    """Actors of both agreements, an EST action owned by a bostadsbolag, and the plans."""
    store = tx.store
    orebro, hallsberg = find_agreement(store), find_hallsberg(store)
    _actors(tx, orebro, "i Örebro")
    _actors(tx, hallsberg, "i Kumla")
    # The Örebro action about locked soprum is the bostadsbolag's.
    for r in store.query("SELECT uuid FROM action WHERE agreement_uuid = ? AND description LIKE 'Låsbara soprum%'",
                         (orebro,)):
        tx.update("action", r["uuid"], {"actor_uuid": actor_uuid(orebro, "bostadsbolag"),
                                        "responsible_function": "Trygghetssamordnare"})
    forms = {}
    for r in store.query("SELECT uuid, name, abbreviation FROM cooperation_form WHERE agreement_uuid = ? "
                         "AND deleted = 0", (orebro,)):
        forms[r["name"]] = r["uuid"]
        if r["abbreviation"]:
            forms[r["abbreviation"]] = r["uuid"]
    kommun = party_uuid(KOMMUN)
    plan = tx.insert("action_plan", {
        "agreement_uuid": orebro, "party_uuid": kommun, "title": "Åtgärdsplan", "valid_from": "2026-01-01",
        "valid_to": "2026-12-31", "status": "beslutad", "decision_body": "Kommunstyrelsens trygghetsutskott",
        "decision_date": "2026-02-11", "decision_paragraph": "4", "decision_case_number": "KS 140/2026"},
        uuid=natural_uuid("demo-action-plan", orebro, 2026, 1))
    _rows(tx, orebro, kommun, plan, OREBRO_PLAN, {"kommun": kommun, "polis": party_uuid(POLIS)}, forms)
    _kumla(tx, hallsberg)


def _kumla(tx, ag: str) -> None:
    kumla = party_uuid("Kumla kommun")
    parties = {"kommun": kumla, "polis": party_uuid("Lokalpolisområde Hallsberg")}
    lagesbild = ground_of_plan(tx.store, ag, kumla)
    first = tx.insert("action_plan", {
        "agreement_uuid": ag, "party_uuid": kumla, "title": "Åtgärdsplan", "valid_from": "2026-01-01",
        "valid_to": "2026-12-31", "status": "ersatt", "decision_body": "Kommunstyrelsen i Kumla",
        "decision_date": "2026-06-15", "decision_paragraph": "88", "decision_case_number": "KS 2026/87",
        "lagesbild_uuid": lagesbild}, uuid=natural_uuid("demo-action-plan", ag, kumla, 1))
    _rows(tx, ag, kumla, first, KUMLA_PLAN, parties, {})
    second = tx.insert("action_plan", {
        "agreement_uuid": ag, "party_uuid": kumla, "title": "Åtgärdsplan", "valid_from": "2026-01-01",
        "valid_to": "2026-12-31", "plan_version": 2, "status": "beslutad",
        "decision_body": "Kommunstyrelsen i Kumla", "decision_date": "2026-09-14", "decision_paragraph": "122",
        "decision_case_number": "KS 2026/87", "lagesbild_uuid": lagesbild, "previous_uuid": first},
        uuid=natural_uuid("demo-action-plan", ag, kumla, 2))
    _rows(tx, ag, kumla, second, [*KUMLA_PLAN, KUMLA_VERSION_2_ROW], parties, {})
