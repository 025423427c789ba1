"""Demo: the joint communication plans of Örebro for 2026 (a full year) and 2025 (a short one).

The agreement (seed 001) says the parties "ska ha en gemensam kommunikationsplan på årsbasis" and
that crime prevention "ska kommuniceras fortlöpande"; the committee's § 23 (seed 004) asks for a
communication effort about the drug situation. Everything else is invented and says so
(:data:`DEMO_MARK`). Activities are spread over 2026 with mixed statuses; seen from 2026-11-23 two
of them are overdue.
"""

from __future__ import annotations

from ..communication.ops import ensure_default_channels
from ..communication.queries import plan_uuid
from ..store.stamps import natural_uuid
from .est_data import DEMO_MARK
from .orebro import KOMMUN, POLIS, find_agreement, party_uuid

HEADER_2026 = {
    "purpose": ("Lokalpolisområde Örebro och Örebro kommun ska ha en gemensam kommunikationsplan på "
                "årsbasis. Brottsförebyggande åtgärder ska kommuniceras fortlöpande (samverkans"
                "överenskommelsen 2024–2026). Planen samlar vad parterna berättar, för vem och när."),
    "goals": ("Örebroarna känner till det gemensamma brottsförebyggande och trygghetsskapande arbetet. "
              "Boende i partnerskapsområdena vet vart de vänder sig och ser att det de berättar leder till "
              f"åtgärder. Samverkanspartner får en samlad lägesbild varje tertial. {DEMO_MARK}"),
    "target_primary": f"Boende i partnerskapsområdena, unga och vårdnadshavare. {DEMO_MARK}",
    "target_secondary": (f"Förtroendevalda i trygghetsutskottet, medarbetare i kommunen och polisen, "
                         f"föreningar, fastighetsägare och media. {DEMO_MARK}"),
    "key_messages": ("Polis och kommun arbetar tillsammans för ett tryggare Örebro. Det du berättar gör "
                     "skillnad – rapportera det du ser. Öppen narkotikahandel ska bort från våra "
                     f"bostadsområden. {DEMO_MARK}"),
    "channels": "Press, webb, sociala medier, möten och dialoger, trycksaker, intranät, nyhetsbrev per tertial.",
    "responsible": ("Brottsförebyggande strateg (Örebro kommun) och kommunpolis (Lokalpolisområde Örebro), "
                    "med stöd av respektive kommunikationsavdelning."),
    "evaluation": ("Planen följs upp varje tertial i samband med EST-analysen och redovisas för "
                   "trygghetsutskottet. Genomslag mäts i trygghetsmätningen (kännedom om arbetet) och "
                   f"i antal nådda mottagare per kanal. {DEMO_MARK}"),
}

HEADER_2025 = {
    "purpose": HEADER_2026["purpose"],
    "goals": f"Göra samverkansöverenskommelsen känd hos boende och medarbetare. {DEMO_MARK}",
    "target_primary": "Boende i partnerskapsområdena.",
    "target_secondary": "Förtroendevalda och medarbetare.",
    "key_messages": f"Polis och kommun arbetar tillsammans för ett tryggare Örebro. {DEMO_MARK}",
    "channels": "Press, webb, möten, nyhetsbrev.",
    "responsible": HEADER_2026["responsible"],
    "evaluation": "Redovisas vid slutuppföljningen i december 2025.",
}

# (title, message, target group, channel, date, week, party, function, status, done, outcome,
#  recurring, form name, action description start, follow-up title)
ACTIVITIES_2026 = [
    ("Nyhetsbrev tertial 3 (2025)", "Lägesbild och genomförda insatser sep–dec 2025.",
     "Samverkanspartner och förtroendevalda", "nyhetsbrev", "2026-01-22", None, "kommun",
     "Brottsförebyggande strateg", "genomförd", "2026-01-22", "Skickat till 240 mottagare.", 1, "ÖreBRÅ", None, None),
    ("Pressmeddelande om samverkansöverenskommelsens sista år",
     "Vad polis och kommun lovat varandra 2024–2026 och vad som är gjort.", "Media och allmänhet", "press",
     "2026-01-27", None, "kommun", "Kommunikatör", "genomförd", "2026-01-27",
     "Publicerat av två lokala medier.", 0, None, None, None),
    ("Information om EST på intranätet", "Hur medarbetare rapporterar till EST-lägesbilden.",
     "Medarbetare i kommunen", "intranät", "2026-02-16", None, "kommun", "Operativ samordnare EST",
     "genomförd", "2026-02-16", "", 0, "EST", None, None),
    ("Informationsblad om brandsäkerhet i Varberga", "Låsta soprum och vad boende kan göra.",
     "Boende i Varberga", "trycksak", "2026-02-25", None, "kommun", "Räddningstjänst", "genomförd",
     "2026-02-25", "Delat ut i tre kvarter.", 0, "Partnerskap Örebro", "Räddningstjänstens information", None),
    ("Information om narkotikateamet", "Narkotikateamet och stöd mot missbruk (trygghetsutskottet § 23).",
     "Allmänheten", "webb", "2026-03-10", None, "kommun", "Samordnare öppen narkotikahandel", "genomförd",
     "2026-03-12", "Webbsida publicerad; 1 900 besök första månaden.", 0, "Öppen narkotikahandel", None, None),
    ("Trygghetsvandring Vivalla", "Boende, bostadsbolag, kommun och polis går området tillsammans.",
     "Boende i Vivalla", "dialog", "2026-04-22", None, "polis", "Kommunpolis", "genomförd", "2026-04-22",
     "35 deltagare; belysning och buskage lyftes.", 1, "Partnerskap Örebro", None, None),
    ("Sociala medier inför valborg", "Trygg valborg: var vi finns och vart man vänder sig.",
     "Unga och vårdnadshavare", "sociala medier", "2026-04-27", None, "polis", "Kommunpolis", "genomförd",
     "2026-04-28", "", 1, None, None, None),
    ("Nyhetsbrev tertial 1", "Lägesbild och insatser jan–apr.", "Samverkanspartner och förtroendevalda",
     "nyhetsbrev", "2026-05-12", None, "kommun", "Brottsförebyggande strateg", "genomförd", "2026-05-13", "",
     1, "ÖreBRÅ", None, None),
    ("Sociala medier inför sommarlovet", "Aktiviteter för unga och nattvandring under lovet.",
     "Vårdnadshavare", "sociala medier", None, 24, "kommun", "Kommunikatör", "genomförd", "2026-06-10", "",
     1, None, None, None),
    ("Föräldramöte om unga och narkotika", "Tillsammans med SSPF på en skola i Brickebacken.",
     "Vårdnadshavare", "möte", None, 38, "kommun", "SSPF-samordnare", "inställd", "2026-09-02",
     "Inställt: skolan bytte datum, flyttas till våren 2027.", 0, "SSPF", None, None),
    ("Nyhetsbrev tertial 2", "Lägesbild och insatser maj–aug.", "Samverkanspartner och förtroendevalda",
     "nyhetsbrev", "2026-09-15", None, "kommun", "Brottsförebyggande strateg", "genomförd", "2026-09-16", "",
     1, "ÖreBRÅ", None, None),
    ("Medborgardialog i Baronbackarna", "Vad gör området tryggt, och vad behöver bli bättre?",
     "Boende i Baronbackarna", "dialog", "2026-09-30", None, "kommun", "Platssamverkansansvarig", "planerad",
     None, "", 0, "Partnerskap Örebro", None, None),
    ("Kommunikationssatsning om narkotikaläget",
     "Örebros lägesbild om narkotika och stödet mot missbruk (trygghetsutskottet § 23 punkt 4).",
     "Media och allmänhet", "press", "2026-10-20", None, "polis", "Kommunpolis", "pågår", None, "", 0,
     "Öppen narkotikahandel", "Gemensam lägesbild över öppen droghandel", None),
    ("Trygghetsmätningens resultat", "Resultat per område och vad parterna gör av dem.",
     "Media och allmänhet", "press", "2026-11-30", None, "kommun", "Brottsförebyggande strateg", "planerad",
     None, "", 0, "Trygghetsmätningar", None, None),
    ("Kommunikationsplanen redovisas i trygghetsutskottet", "Vad som genomförts 2026 och förslag till 2027.",
     "Förtroendevalda", "möte", "2026-12-09", None, "kommun", "Brottsförebyggande strateg", "planerad", None,
     "", 1, "ÖreBRÅ", None, None),
    ("Sociala medier inför nyår", "Fyrverkerier, trygg nyårsnatt och vart man ringer.", "Allmänheten",
     "sociala medier", "2026-12-28", None, "polis", "Kommunpolis", "planerad", None, "", 1, None, None, None),
    ("Film om GVI för sociala medier", "Hur gruppvåldsinterventionen fungerar; datum inte bestämt.",
     "Unga", "sociala medier", None, None, "polis", "GVI-samordnare", "planerad", None, "", 0, "GVI", None, None),
]

ACTIVITIES_2025 = [
    ("Pressmeddelande om samverkansöverenskommelsen", "Överenskommelsen 2024–2026 och vad den innebär.",
     "Media och allmänhet", "press", "2025-02-04", None, "kommun", "Kommunikatör", "genomförd", "2025-02-04",
     "", 0, None, None, None),
    ("Trygghetsvandring Vivalla", "Boende, bostadsbolag, kommun och polis går området tillsammans.",
     "Boende i Vivalla", "dialog", "2025-04-23", None, "polis", "Kommunpolis", "genomförd", "2025-04-23",
     "28 deltagare.", 1, "Partnerskap Örebro", None, None),
    ("Nyhetsbrev tertial 2", "Lägesbild och insatser maj–aug.", "Samverkanspartner och förtroendevalda",
     "nyhetsbrev", "2025-09-16", None, "kommun", "Brottsförebyggande strateg", "genomförd", "2025-09-16", "",
     1, "ÖreBRÅ", None, None),
    ("Slutuppföljningen presenteras", "Vad överenskommelsen gett hittills, inför nästa period.",
     "Förtroendevalda", "möte", "2025-12-10", None, "kommun", "Brottsförebyggande strateg", "genomförd",
     "2025-12-10", "", 0, None, None, "Slutlig uppföljning december 2025"),
]


def build(tx) -> None:
    """Add the Örebro plans for 2026 and 2025 (needs the Örebro agreement and the EST demo)."""
    store = tx.store
    ag = find_agreement(store)
    if ag is None:
        return
    ensure_default_channels(tx)
    for year, header, rows in ((2025, HEADER_2025, ACTIVITIES_2025), (2026, HEADER_2026, ACTIVITIES_2026)):
        plan = plan_uuid(ag, year)
        tx.ensure("communication_plan", plan, {"agreement_uuid": ag, "year": year, **header})
        for i, row in enumerate(rows):
            tx.insert("communication_activity", _activity(store, ag, plan, row),
                      uuid=natural_uuid("demo_communication_activity", year, i))


def _activity(store, ag: str, plan: str, row: tuple) -> dict:
    (title, message, target, channel, date, week, party, function, status, done, outcome, recurring,
     form, action, follow_up) = row
    parties = {"kommun": party_uuid(KOMMUN), "polis": party_uuid(POLIS)}
    return {
        "plan_uuid": plan, "title": title, "message": f"{message} {DEMO_MARK}", "target_group": target,
        "channel": channel, "planned_date": date, "planned_week": week, "responsible_party_uuid": parties[party],
        "responsible_function": function, "status": status, "done_date": done,
        "outcome": f"{outcome} {DEMO_MARK}" if outcome else "", "recurring": recurring,
        "form_uuid": store.scalar(
            "SELECT uuid FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 "
            "AND (name = ? OR abbreviation = ?)", (ag, form, form)) if form else None,
        "action_uuid": store.scalar(
            "SELECT uuid FROM action WHERE agreement_uuid = ? AND deleted = 0 AND description LIKE ?",
            (ag, f"{action}%")) if action else None,
        "follow_up_uuid": store.scalar(
            "SELECT uuid FROM follow_up WHERE agreement_uuid = ? AND deleted = 0 AND title = ?",
            (ag, follow_up)) if follow_up else None,
    }
