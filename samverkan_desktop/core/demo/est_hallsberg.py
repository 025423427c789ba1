"""Demo: INVENTED EST data for the Hallsberg agreement's four kommuner (Askersund, Hallsberg, Kumla,
Laxå), so that EST views, analyses and PDFs can be shown per kommun and for all.

The same generator as the Örebro demo (:mod:`.est`), with its own seed, areas and rates: every
week of 2024 and 2025, 2026 to week 48, EST weeks with a status per område, and a few prioritised
problems with actions per kommun. Everything is made up and marked :data:`DEMO_MARK`.
"""

from __future__ import annotations

import random

from ..est.codelists import ensure_default_codes
from . import est
from .est import DEMO_MARK, YEAR
from .hallsberg import AREAS, TITLE
from .orebro import party_uuid

SEED = 2024
POLIS = "Lokalpolisområde Hallsberg"

# Expected incidents relative to the Örebro base rate (small towns: fewer).
AREA_FACTOR = {
    "Askersund centrum": 0.35, "Askersund hamnen": 0.25,
    "Hallsberg centrum": 0.45, "Samzonen": 0.3,
    "Kumla centrum": 0.6, "Kumla resecentrum": 0.45,
    "Laxå centrum": 0.25, "Laxå station": 0.2,
}

# (key, område, problem, raised week 2026, priority, status)
PROBLEMS = [
    ("kumla-narkotika", "Kumla resecentrum",
     "Misstänkt narkotikaförsäljning vid Kumla resecentrum kvällstid.", 12, 1, "aktivt"),
    ("kumla-skadegörelse", "Kumla centrum",
     "Skadegörelse och klotter i Kumla centrum fredag och lördag kväll.", 16, 2, "aktivt"),
    ("hallsberg-ungdomar", "Samzonen",
     "Samling av ungdomar vid Samzonen sena kvällar med ordningsstörningar.", 24, 2, "aktivt"),
    ("askersund-buskörning", "Askersund hamnen", "Buskörning med moped i hamnen sommartid.", 22, 3, "bevakas"),
    ("laxå-station", "Laxå station", "Otrygghet och skadegörelse vid Laxå station kvällstid.", 30, 2, "aktivt"),
]

# (problem key, raised week, description, party, function, due, status, closed_on, feedback)
ACTIONS = [
    ("kumla-narkotika", 13, "Riktad polisnärvaro vid resecentrum torsdag–lördag kväll", POLIS, "Kommunpolis",
     "2026-06-30", "klar", "2026-06-26", "Genomfört; färre iakttagelser efter vecka 20."),
    ("kumla-narkotika", 14, "Bättre belysning och rensning av buskage vid resecentrum", "Kumla kommun",
     "Gata/park", "2026-09-30", "pågår", None, ""),
    ("kumla-skadegörelse", 21, "Snabb sanering av klotter inom 24 timmar i centrum", "Kumla kommun",
     "Gata/park", "2026-12-31", "pågår", None, ""),
    ("kumla-skadegörelse", 22, "Ordningsvakter i centrum fredag och lördag kväll", "Kumla kommun",
     "Brottsförebyggande samordnare", "2026-08-31", "klar", "2026-08-29", "Genomfört under sommaren."),
    ("hallsberg-ungdomar", 25, "Fältassistenter och fritidsgård med kvällsöppet under sommaren",
     "Hallsbergs kommun", "Fältassistenter", "2026-08-31", "klar", "2026-08-28", "Kvällsöppet sex veckor."),
    ("askersund-buskörning", 23, "Mopedkontroller i hamnen", POLIS, "Områdespolis",
     "2026-08-15", "klar", "2026-08-14", "Fyra kontrolltillfällen."),
    ("laxå-station", 31, "Trygghetsvandring vid stationen med boende och kollektivtrafiken", "Laxå kommun",
     "Brottsförebyggande samordnare", "2026-12-15", "planerad", None, ""),
]

PARTICIPANTS = ("Kommunpolis, brottsförebyggande samordnare i Askersund, Hallsberg, Kumla och Laxå, "
                "fältassistenter, räddningstjänst, bostadsbolag")


def find_agreement(store) -> str:
    """The uuid of the Hallsberg demo agreement."""
    return store.scalar("SELECT uuid FROM agreement WHERE title = ? AND deleted = 0", (TITLE,))


def find_areas(store, agreement_uuid: str) -> dict[str, str]:
    """{name: uuid} of the Hallsberg agreement's kommun areas and områden."""
    from ..est.areas import agreement_areas

    return {a.name: a.uuid for a in agreement_areas(store, agreement_uuid)}


def build(tx) -> None:
    """Add invented incidents, EST weeks, problems and actions for the four kommuner."""
    store = tx.store
    ag = find_agreement(store)
    areas = find_areas(store, ag)
    codes = ensure_default_codes(tx)
    names = [name for municipality in AREAS.values() for name in municipality]
    made = est.incidents(random.Random(SEED), names, AREA_FACTOR, {})
    est.insert_incidents(tx, ag, areas, codes, made)
    group_of = {area: municipality.removesuffix(" kommun").removesuffix("s")
                for municipality, names_ in AREAS.items() for area in names_}
    est.weeks(tx, ag, areas, made, names, AREA_FACTOR, participants=PARTICIPANTS, group_of=group_of)
    problems = {}
    for key, area, text, week, priority, status in PROBLEMS:
        problems[key] = tx.insert("problem", {
            "agreement_uuid": ag, "area_uuid": areas[area], "description": f"{text} {DEMO_MARK}",
            "raised_year": YEAR, "raised_week": week, "priority": priority, "status": status},
            uuid=est.problem_uuid(ag, key))
    for key, week, text, party, function, due, status, closed, feedback in ACTIONS:
        tx.insert("action", {
            "agreement_uuid": ag, "problem_uuid": problems[key], "raised_year": YEAR, "raised_week": week,
            "description": f"{text} {DEMO_MARK}", "responsible_party_uuid": party_uuid(party),
            "responsible_function": function, "due_date": due, "status": status, "closed_on": closed,
            "feedback": f"{feedback} {DEMO_MARK}" if feedback else ""})
