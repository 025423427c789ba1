"""Demo: the Hallsberg agreement, one police area with four municipalities (seed 003).

"Samverkansöverenskommelse mellan lokalpolisområde Hallsberg och Askersund, Hallsberg, Kumla och
Laxå kommuner, 2024-2026": five parties and five signatories, three shared focus areas and four
forums (ANDTS also with Lekebergs kommun). The seed names no diarienummer.
"""

from __future__ import annotations

from ..store.stamps import natural_uuid
from . import signed_text
from .orebro import ensure_party

TITLE = ("Samverkansöverenskommelse mellan lokalpolisområde Hallsberg och Askersund, Hallsberg, "
         "Kumla och Laxå kommuner, 2024-2026")

# (name, kind, short name, signatory, title)
PARTIES = [
    ("Lokalpolisområde Hallsberg", "polis", "LPO Hallsberg", "Jens Hedenborg",
     "Chef Lokalpolisområde Hallsberg"),
    ("Askersunds kommun", "kommun", "Askersund", "Joakim Ljungqvist", "Kommundirektör Askersunds kommun"),
    ("Hallsbergs kommun", "kommun", "Hallsberg", "Lena Fagerlund", "Kommundirektör Hallsberg kommun"),
    ("Kumla kommun", "kommun", "Kumla", "Gabriella Mueller Prabin", "Kommundirektör Kumla kommun"),
    ("Laxå kommun", "kommun", "Laxå", "Ingmar Unosson", "Kommunchef Laxå kommun"),
]
LEKEBERG = "Lekebergs kommun"

VISION = (
    "Lokalpolisområde Hallsberg samt Askersund, Hallsberg, Kumla och Laxå kommuner har fattat beslut "
    "om samverkan inom det brottsförebyggande och trygghetskapande arbetet. Överenskommelsen ska "
    "stärka samverkan mellan parterna. Den ska ligga till grund för det strategiska samt operativa "
    "brottsförebyggande och trygghetskapande arbetet och verka för en minskad brottslighet och ökad "
    "trygghet."
)

LEGAL_BASIS = (
    "I Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete tydliggörs att det "
    "brottsförebyggande arbetet ska vara kunskapsbaserat, samordnas, ha ett strategiskt råd, grundas "
    "i en lokal analys och genomförs i samverkan.\n\n"
    "- Kommunen ska kartlägga brottsligheten och dess konsekvenser inom kommunens geografiska område. "
    "Resultatet ska analyseras och sammanställas i en lägesbild. Med lägesbilden som underlag ska "
    "kommunerna ta ställning till behovet av åtgärder för att förebygga brottslighet och formulera "
    "detta i en åtgärdsplan.\n"
    "- En av polisens viktigast uppgifter är att förebygga och förhindra att brott sker. En stor del "
    "av polisens uppgifter utöver akuta uppdrag och utredningsverksamhet handlar om brottsförebyggande "
    "arbete. Enligt polisens styrmodell ska huvuddelen av verksamheten utgå från lokala förhållanden "
    "och en aktuell lägesbild i lokalpolisområdet."
)

PREAMBLE = (
    "Kunskapsbaserat arbetssätt\n\n"
    "Respektive kommuns lägesbild kommer vara grunden i samverkan mellan kommun och polis, samt "
    "mellan kommunerna. Huvudfokus är de prioriterade delar som lyfts fram i kommunernas lägesbilder "
    "och som presenteras i lägesbildens åtgärdsplan.\n\n"
    "Åtgärder kan även vid behov vidtas utifrån det löpande lägesbildsarbetet. I samtliga kommuner i "
    "lokalpolisområde Hallsberg arbetas det enligt ”EST – Effektiv samordning för trygghet.” EST är en "
    "samverkansform som utför grunden för det kunskapsbaserade, förebyggande arbetet. I samverkan "
    "genomförs regelbundna avstämningar mellan kommun och polis, där en gemensam lägesbild tas fram "
    "och analyseras utifrån anmälda brott, inrapporterade händelser och iakttagelser från flera "
    "aktörer.\n\n"
    "Strukturen i EST ska säkerställa att det brottsförebyggande arbetet inom kommun och polis sker "
    "kunskapsbaserat genom kartläggning, analys, insatser, uppföljning och återkoppling. Med "
    "utgångspunkt i en gemensam lägesbild är det parternas uppdrag att gentemot varandra tydliggöra "
    "roller och ansvar samt vilka åtaganden som åligger respektive part. Parterna har ett ömsesidigt "
    "ansvar för att utveckla det brottsförebyggande och trygghetsskapande arbetet."
)

PURPOSE = (
    "Syftet med överenskommelsen är att säkerställa att parterna tar sitt ansvar samt avsätter tid och "
    "resurser för arbetet. Arbetet kommer att bidra till en gemensam syn mellan de olika aktörerna samt "
    "en ökad förståelse och samsyn på lägesbildernas möjliga orsaker. Arbetet ska bedrivas långsiktigt "
    "och uthålligt."
)

# The agreement's "Åtgärdsplan" clause has no field of its own: it leads the follow-up clause.
ACTION_PLAN = ("Åtgärdsplan för respektive kommun upprättas separat med koppling till kommunens "
               "lägesbild.")
FOLLOW_UP = ("Uppföljning ska ske inom arbetet med EST samt i de åtgärdsplaner som respektive kommun "
             "upprättat i sin lägesbild.")

COMMUNICATION = (
    "Polis och kommun åtar sig att utveckla en gemensam och tydlig kommunikation. Budskapet med "
    "kommunikationen är att skapa förståelse för hur samverkan kan bidra till ett tryggare närområde, "
    "öka delaktigheten och engagemanget kring brottsförebyggande arbete. Det ska också bidra till att "
    "skapa en kännedom om det brottsförebyggande och trygghetsskapande arbetet som bedrivs inom "
    "lokalpolisområdets kommuner."
)

VALIDITY = "Överenskommelsen gäller mellan år 2024 till och med år 2026."

# (name, abbreviation, kind, description)
FORMS = [
    ("Våld i nära relation", "", "fokusområde",
     "Med målet att utveckla vår samverkan för att öka kunskapen kring brott i nära relation och att "
     "färre ska utsätta sin närstående för brott."),
    ("Samverkan barn och unga", "", "fokusområde",
     "Med målet att utveckla en strukturerad samverkan mellan skola, socialtjänst, polis och fritid. "
     "Syftet är att stärka det förebyggande arbetet kring unga och minska risken för att de ska hamna "
     "i utanförskap, kriminalitet och missbruk."),
    ("Lokal avhopparverksamhet", "", "fokusområde",
     "Syftar till att individer ska få det stöd och skydd som de behöver för att lämna organiserad "
     "brottslighet och upphöra med sitt kriminella leverne. Kommunen har via socialtjänsten det "
     "yttersta ansvaret för att avhoppare får det stöd som denne behöver. Lokalpolisområde Hallsberg "
     "ska bistå med hjälp och stöd kring avhopparen och potentiella avhoppare."),
    ("Effektiv samordning för trygghet", "EST", "forum",
     "EST - Effektiv samordning för trygghet. Regelbundna avstämningar mellan kommun och polis där en "
     "gemensam lägesbild tas fram och analyseras."),
    ("Brottsförebyggande råd i samtliga kommuner", "", "forum",
     "Ett lokalt brottsförebyggande råd i var och en av kommunerna."),
    ("Samverkan mellan skola, socialtjänst, polis och fritid", "", "forum",
     "Samverkan mellan skola, socialtjänst, polis och fritid i kommunerna."),
    ("Alkohol, narkotika, doping, tobak och spel", "ANDTS", "forum",
     "ANDTS - Är ett samlingsbegrepp för alkohol, narkotika, doping, tobak och spel om pengar. "
     "Befintligt forum finns idag med polisen samt de fyra kommunerna ihop med Lekebergs kommun."),
]

# Områden per municipality (invented for the demo's place lists).
AREAS = {
    "Askersunds kommun": ["Askersund centrum", "Askersund hamnen"],
    "Hallsbergs kommun": ["Hallsberg centrum", "Samzonen"],
    "Kumla kommun": ["Kumla centrum", "Kumla resecentrum"],
    "Laxå kommun": ["Laxå centrum", "Laxå station"],
}


def build(tx) -> None:
    """Add the Hallsberg agreement with its five parties, focus areas, forums and areas."""
    parties = {name: ensure_party(tx, name, kind, short) for name, kind, short, _s, _t in PARTIES}
    lekeberg = ensure_party(tx, LEKEBERG, "kommun", "Lekeberg")
    ag = tx.insert("agreement", {
        "title": TITLE, "period_from": "2024-01-01", "period_to": "2026-12-31",
        "vision": VISION, "preamble": PREAMBLE, "legal_basis": LEGAL_BASIS,
        "signed_date": "2024-09-11", "signed_place": "Hallsberg",
        "communication_clause": COMMUNICATION, "follow_up_clause": f"{ACTION_PLAN}\n\n{FOLLOW_UP}",
        "validity_clause": VALIDITY, "status": "gällande", "signed_text": signed_text.HALLSBERG})
    tx.insert("agreement_purpose", {"agreement_uuid": ag, "position": 0, "text": PURPOSE})
    for pos, (name, _kind, _short, signatory, title) in enumerate(PARTIES):
        tx.insert("agreement_party", {
            "agreement_uuid": ag, "party_uuid": parties[name], "position": pos, "case_number": "",
            "signatory_name": signatory, "signatory_title": title})

    polis = parties["Lokalpolisområde Hallsberg"]
    municipalities = [parties[name] for name in AREAS]
    for pos, (name, abbr, kind, description) in enumerate(FORMS):
        form = tx.insert("cooperation_form", {
            "agreement_uuid": ag, "position": pos, "name": name, "abbreviation": abbr, "kind": kind,
            "description": description, "lead_party_uuid": None,  # the seed names no huvudman
            "lead_text": _lead_text(name), "follow_up_text": FOLLOW_UP})
        members = [polis, *municipalities] + ([lekeberg] if abbr == "ANDTS" else [])
        for party in members:
            tx.insert("cooperation_form_party", {"form_uuid": form, "party_uuid": party},
                      uuid=natural_uuid("cooperation_form_party", form, party))

    for pos, (municipality, names) in enumerate(AREAS.items()):
        root = tx.insert("area", {"party_uuid": parties[municipality], "level": "kommun",
                                  "area_type": "kommun", "name": municipality, "position": pos})
        for apos, name in enumerate(names):
            tx.insert("area", {"parent_uuid": root, "level": "område", "area_type": "tätort",
                               "name": name, "position": apos})


def _lead_text(name: str) -> str:
    if name == "Lokal avhopparverksamhet":
        return ("Kommunen har via socialtjänsten det yttersta ansvaret; Lokalpolisområde Hallsberg "
                "bistår med hjälp och stöd.")
    if name == "Brottsförebyggande råd i samtliga kommuner":
        return "Respektive kommun."
    return "Lokalpolisområde Hallsberg och kommunerna gemensamt."
