"""Demo: follow-up of the Örebro agreement — assessments, indicators, action plan, committee minutes.

The committee meeting of 2023-10-11 and its §§ 22–26 are real (seed 004, :mod:`minutes`).
Everything else is INVENTED and says so in its text (:data:`DEMO_MARK`): the assessments of the
November 2024 and December 2025 occasions, the indicator values (except the level of about 25 %
in some areas in 2022, which § 23 reports), the program statistics (the action plans are in :mod:`.plans`).
"""

from __future__ import annotations

from ..store.stamps import natural_uuid
from . import minutes
from .est_data import DEMO_MARK
from .orebro import KOMMUN, PARTNERSHIP_AREAS, find_agreement, find_areas, party_uuid

# Form name → (status Nov 2024, comment Nov 2024, status Dec 2025, comment Dec 2025)
FORM_ASSESSMENTS = {
    "Örebro brottsförebyggande råd": ("grön", "Rådet har sammanträtt enligt plan.", "grön", "Fyra möten under året."),
    "Partnerskap Örebro": ("grön", "Platssamverkan igång i alla fem områden.", "grön", "Fungerar väl."),
    "Kommunal planering för Systematiskt Socialt brottsförebyggande arbete":
        ("gul", "Implementeringen har påbörjats, förvaltningarna är inte med fullt ut.", "grön",
         "Alla förvaltningar har utsett kontaktpersoner."),
    "Gemensamt riktat arbete för ungdomar": ("gul", "Sommarinsatser genomförda, uppföljning saknas.", "gul",
                                             "Uppföljningen av sommarinsatserna är försenad."),
    "Strukturerad samverkan mellan skola, socialtjänst, fritidsgårdar och polis":
        ("gul", "SSPF-samordnare under rekrytering; ärenden hanteras tillfälligt av socialtjänsten.", "grön",
         "Två samordnare på plats, ärendeflödet stabilt."),
    "Sociala insatsgrupper": ("grön", "Styrgruppen möts varje månad.", "grön", "Enligt plan."),
    "Gruppvåldsintervention": ("grön", "Call-ins genomförda enligt plan.", "grön", "Enligt plan."),
    "Lokal avhopparverksamhet": ("grön", "Funktionen finns hos båda parter.", "gul",
                                 "Ökat antal förfrågningar, väntetid uppstår."),
    "Brott i nära relationer": ("röd", "Strukturer ej på plats: ingen gemensam rutin och ingen utsedd samordnare.",
                                "gul", "Rutin antagen, samordnare utsedd från hösten."),
    "Förebyggande arbete mot radikalisering och våldsbejakande extremism":
        ("grön", "Samordnarfunktioner finns i båda organisationerna.", "grön", "Enligt plan."),
    "Effektiv samordning för trygghet": ("grön", "EST-möte varje vecka, tertialanalyser lämnade.", "grön",
                                         "Alla veckor genomförda."),
    "Öppen narkotikahandel": ("gul", "Narkotikateam under uppbyggnad; lägesbild finns.", "gul",
                              "Minskning i flera områden men Vivalla ligger kvar högt."),
    "Trygghetsmätningar": ("grön", "Mätningen 2024 genomförd.", "grön", "Mätningen 2025 genomförd."),
    "Samverkan mot branscher med oseriösa aktörer": ("gul", "Två gemensamma tillsyner, färre än planerat.",
                                                     "grön", "Sex gemensamma tillsyner."),
    "Arbete mot välfärdsbrottslighet": ("ej bedömd", "Arbetet startar nästa år.", "gul",
                                        "Rutiner för underrättelser under framtagande."),
}
RESOURCE_STATUS = {"tillsatt": ("grön", "Tillsatt."), "vakant": ("röd", "Vakant, rekrytering ej påbörjad."),
                   "under rekrytering": ("gul", "Under rekrytering.")}

# Andel (%) som sett narkotikahandel i sitt bostadsområde, 2022–2025, per partnerskapsområde.
DRUG_SHARE = {
    "Vivalla": (26, 25, 23, 21), "Baronbackarna": (24, 22, 21, 18), "Varberga": (25, 23, 20, 17),
    "Oxhagen": (14, 13, 13, 11), "Brickebacken": (21, 20, 18, 16),
}
SURVEY_YEARS = (2022, 2023, 2024, 2025)



def build(tx) -> None:
    """Add the follow-up demo: occasions done, assessments, indicators, action plan, minutes."""
    store = tx.store
    ag = find_agreement(store)
    forms = {r["name"]: r["uuid"] for r in store.query(
        "SELECT uuid, name FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0", (ag,))}
    forms.update({r["abbreviation"]: r["uuid"] for r in store.query(
        "SELECT uuid, abbreviation FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 "
        "AND abbreviation <> ''", (ag,))})
    occasions = {r["due_date"]: r["uuid"] for r in store.query(
        "SELECT uuid, due_date FROM follow_up WHERE agreement_uuid = ? AND deleted = 0", (ag,))}
    nov, dec = occasions["2024-11-30"], occasions["2025-12-31"]
    tx.update("follow_up", nov, {"done_date": "2024-11-27", "summary": (
        "Deluppföljningen visar att de flesta samverkansformer fungerar. Brott i nära relationer saknar "
        f"strukturer och SSPF väntar på rekrytering. {DEMO_MARK}")})
    tx.update("follow_up", dec, {"done_date": "2025-12-10", "summary": (
        "Slutlig uppföljning inför nytt avtal: SSPF och KOMPASS är på plats, brott i nära relationer har "
        f"en rutin men arbetet är nytt. Öppen narkotikahandel kräver fortsatt fokus. {DEMO_MARK}")})
    tx.insert("follow_up", {
        "agreement_uuid": ag, "kind": "årlig rapport", "due_date": "2026-12-09",
        "title": "Årlig avrapportering SSPF och narkotikahandel 2026",
        "responsible": "Brottsförebyggande strateg",
        "summary": f"Till Kommunstyrelsens trygghetsutskott enligt beslut 2023-10-11 § 23. {DEMO_MARK}"},
        uuid=natural_uuid("follow_up", ag, "årlig rapport", 2026))
    evidence = {(nov, "Brott i nära relationer"): "Genomgång med socialtjänsten och områdespolisen 2024-11-12.",
                (nov, "Öppen narkotikahandel"): "Trygghetsmätningen 2024; lägesbild från EST.",
                (dec, "Öppen narkotikahandel"): "Trygghetsmätningen 2025: Vivalla högst av partnerskapsområdena."}
    for name, (s1, c1, s2, c2) in FORM_ASSESSMENTS.items():
        # Written once, as assessed then: a later edit would mark the printed report "ändrad efter".
        _assess(tx, nov, "form", forms[name], s1, c1, evidence.get((nov, name), ""))
        _assess(tx, dec, "form", forms[name], s2, c2, evidence.get((dec, name), ""))
    for r in store.query("SELECT uuid, status FROM guaranteed_resource WHERE agreement_uuid = ? AND deleted = 0",
                         (ag,)):
        status, comment = RESOURCE_STATUS[r["status"]]
        _assess(tx, nov, "resource", r["uuid"], status, comment)
        _assess(tx, dec, "resource", r["uuid"], "grön" if status == "gul" else status,
                "Tillsatt under 2025." if status == "gul" else comment)
    drugs = _indicators(tx, ag, forms)
    _evidence(tx, nov, dec, forms, drugs)
    _minutes(tx, ag)


def _assess(tx, occasion: str, kind: str, target: str, status: str, comment: str, evidence: str = "") -> None:
    tx.insert("assessment", {"follow_up_uuid": occasion, "target_kind": kind, "target_uuid": target,
                             "status": status, "comment": f"{comment} {DEMO_MARK}",
                             "evidence": f"{evidence} {DEMO_MARK}" if evidence else ""},
              uuid=natural_uuid("assessment", occasion, kind, target))


def _value(tx, indicator: str, area: str | None, period: str, value: float) -> None:
    tx.insert("indicator_value", {"indicator_uuid": indicator, "area_uuid": area, "period": period,
                                  "value": float(value)},
              uuid=natural_uuid("indicator_value", indicator, area or "", period))


def _indicators(tx, ag: str, forms: dict[str, str]) -> tuple[str, dict[str, str]]:
    areas = find_areas(tx.store)
    drugs = tx.insert("indicator", {
        "agreement_uuid": ag, "name": "Andel som sett narkotikahandel i sitt bostadsområde", "unit": "%",
        "source": "trygghetsmätning", "higher_is_better": 0, "form_uuid": forms["Öppen narkotikahandel"],
        "description": ("Andel svarande som under året sett narkotikahandel i sitt bostadsområde. Nivån cirka "
                        "25 % i vissa områden 2022 enligt KS trygghetsutskott 2023-10-11 § 23; övriga värden "
                        f"{DEMO_MARK}")})
    for name in PARTNERSHIP_AREAS:
        for year, value in zip(SURVEY_YEARS, DRUG_SHARE[name], strict=True):
            _value(tx, drugs, areas[name], str(year), value)
    drugs_by_area = {name: areas[name] for name in PARTNERSHIP_AREAS}
    sspf = tx.insert("indicator", {
        "agreement_uuid": ag, "name": "SSPF: nya ärenden", "unit": "antal", "source": "SSPF-samordnare",
        "higher_is_better": 1, "form_uuid": forms["SSPF"],
        "description": f"Programstatistik, antal nya ärenden per år (inga uppgifter om enskilda). {DEMO_MARK}"})
    for year, value in ((2024, 18), (2025, 37), (2026, 42)):
        _value(tx, sspf, None, str(year), value)
    gvi = tx.insert("indicator", {
        "agreement_uuid": ag, "name": "GVI: genomförda call-ins", "unit": "antal", "source": "GVI-samordnare",
        "higher_is_better": 1, "form_uuid": forms["GVI"],
        "description": f"Programstatistik, antal call-ins per år. {DEMO_MARK}"})
    for year, value in ((2024, 4), (2025, 5), (2026, 3)):
        _value(tx, gvi, None, str(year), value)
    return drugs, drugs_by_area


def _evidence(tx, nov: str, dec: str, forms: dict[str, str], drugs) -> None:
    """The survey values a few assessments rest on."""
    indicator, areas = drugs
    for occasion, year in ((nov, "2024"), (dec, "2025")):
        assessment = natural_uuid("assessment", occasion, "form", forms["Öppen narkotikahandel"])
        value = natural_uuid("indicator_value", indicator, areas["Vivalla"], year)
        tx.insert("assessment_evidence", {"assessment_uuid": assessment, "kind": "indicator_value",
                                          "target_uuid": value},
                  uuid=natural_uuid("assessment_evidence", assessment, "indicator_value", value))


# § 23's decision: "Särskild avrapportering … lämnas till Kommunstyrelsens trygghetsutskott minst
# en gång per år" as a duty each year, recorded when the year's report before it was given (so a
# reprinted report lists what it listed then). The text is the seed's; dates and who are INVENTED.
REPORT_DUTY = "Särskild avrapportering av SSPF-arbetet och arbetet mot narkotikahandel till trygghetsutskottet"
DUTIES = (("2024-11-30", "2024-11-27", "2023-10-11"), ("2025-12-10", "2025-12-10", "2024-12-02"),
          ("2026-12-09", None, "2025-12-11"))


def _minutes(tx, ag: str) -> None:
    # Seed 004 is Örebro kommun's, and digitally justerat (its first page: "Digitalt justerat protokoll.").
    meeting = tx.insert("meeting", {**minutes.MEETING, "party_uuid": party_uuid(KOMMUN), "adjusted_digitally": 1})
    numbers = {}
    for p in minutes.PARAGRAPHS:
        # § 25 reports "Samverkansöverenskommelse 2023–2025 / Ks 214/2023": the agreement it concerns is
        # the one signed as 2024–2026 / KS 1382/2023, the demo's Örebro agreement.
        numbers[p["number"]] = tx.insert("paragraph", {"meeting_uuid": meeting, **p,
                                                       "agreement_uuid": ag if p["number"] == 25 else None})
    for due, done, recorded in DUTIES:
        uuid = tx.insert("committee_duty", {
            "agreement_uuid": ag, "paragraph_uuid": numbers[23], "what": f"{REPORT_DUTY} {due[:4]}",
            "who": "Säkerhetsavdelningen, Kommunledningsförvaltningen", "due_date": due, "done_date": done,
            "note": f"Enligt beslut 2023-10-11 § 23, punkt 5. {DEMO_MARK}"},
            uuid=natural_uuid("committee_duty", ag, "§23", due[:4]))
        # The demo is built today; the day a duty was recorded is part of the story it tells.
        tx.execute("UPDATE committee_duty SET created_at = ? WHERE uuid = ?", (f"{recorded}T09:00:00Z", uuid))
