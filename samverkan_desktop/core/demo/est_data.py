"""Invented EST data for the Örebro demo: rates, texts, problems and actions.

NOTHING here is real. The patterns are made up to look believable in a demo (more fires around
New Year and Valborg, youth gatherings in summer, a rising drug trade in Vivalla in T3 2026).
No text names or describes an individual.
"""

from __future__ import annotations

DEMO_MARK = "(påhittad demodata)"

PARTICIPANTS = ("Kommunpolis, brottsförebyggare, fältassistenter, fastighet, bostadsbolag, "
                "ordningsvakter, räddningstjänst")

# Expected incidents per område and week, before area, season and year factors.
BASE_RATE = {
    "Skadegörelse": 0.8, "Klotter": 0.6, "Brand": 0.22, "Narkotikahantering": 0.35,
    "Ordningsstörning": 0.7, "Otrygg plats": 0.3, "Samling av ungdomar": 0.4, "Hot/våld": 0.22,
    "Inbrott": 0.25, "Nedskräpning": 0.45, "Fordon/buskörning": 0.3, "Incident mot anställd": 0.1,
}

AREA_FACTOR = {"Vivalla": 1.3, "Baronbackarna": 0.9, "Varberga": 1.0, "Oxhagen": 0.7,
               "Brickebacken": 1.0, "Centrum": 1.1}

YEAR_FACTOR = {2024: 1.08, 2025: 1.0, 2026: 0.94}

# Share of an område's incidents that are placed on one of its platser.
PLACE_SHARE = 0.35

COUNT_WEIGHTS = [70, 15, 8, 4, 3]  # count 1..5

# Sources per category (labels of codelists.DEFAULT_SOURCES), most likely first.
SOURCES = {
    "Skadegörelse": ["Fastighet", "Bostadsbolag", "Gata/park", "Polis", "Skola"],
    "Klotter": ["Gata/park", "Fastighet", "Bostadsbolag", "Kollektivtrafik"],
    "Brand": ["Räddningstjänst", "Polis", "Bostadsbolag"],
    "Narkotikahantering": ["Polis", "Fältassistenter", "Ordningsvakter", "Allmänheten", "Bevakningsföretag"],
    "Ordningsstörning": ["Ordningsvakter", "Polis", "Bevakningsföretag", "Allmänheten"],
    "Otrygg plats": ["Allmänheten", "Nattvandrare", "Gata/park", "Fältassistenter"],
    "Samling av ungdomar": ["Fältassistenter", "Fritidsgård", "Nattvandrare", "Ordningsvakter", "Kollektivtrafik"],
    "Hot/våld": ["Polis", "Ordningsvakter", "Skola", "Socialtjänst"],
    "Inbrott": ["Polis", "Fastighet", "Bevakningsföretag", "Skola"],
    "Nedskräpning": ["Gata/park", "Bostadsbolag", "Allmänheten"],
    "Fordon/buskörning": ["Polis", "Allmänheten", "Gata/park", "Nattvandrare"],
    "Incident mot anställd": ["Kollektivtrafik", "Skola", "Fritidsgård", "Socialtjänst"],
}

DESCRIPTIONS = {
    "Skadegörelse": ["Krossad ruta i entrédörr", "Sönderslagen busskurskiva", "Skadad belysningsstolpe",
                     "Uppbrutet förråd i källare", "Vandaliserad lekplatsutrustning"],
    "Klotter": ["Klotter på fasad vid entré", "Klotter i gångtunnel", "Tags på elskåp",
                "Klotter på skolans gavel", "Klotter i trapphus"],
    "Brand": ["Brand i soprum", "Containerbrand", "Bilbrand på parkering", "Brand i papperskorg",
              "Fyrverkerier riktade mot fasad"],
    "Narkotikahantering": ["Misstänkt försäljning vid torget kvällstid", "Fynd av kanyler i buskage",
                           "Misstänkt överlämning vid busshållplats", "Lukt av cannabis i trapphus",
                           "Återkommande bilar som stannar kort vid parkering"],
    "Ordningsstörning": ["Högljudd grupp sent på kvällen", "Bråk utanför restaurang",
                         "Störande fest i allmän lokal", "Berusade personer vid entré"],
    "Otrygg plats": ["Trasig belysning i gångstråk", "Boende upplever stråket som otryggt",
                     "Igenvuxen buske skymmer sikt", "Mörk passage vid parkering"],
    "Samling av ungdomar": ["Större grupp ungdomar samlas kvällstid", "Ungdomar samlas vid fritidsgården efter stängning",
                            "Grupp ungdomar vid busshållplats", "Samling vid lekplats sent på kvällen"],
    "Hot/våld": ["Hot mellan ungdomar vid torget", "Slagsmål utanför butik", "Misshandel anmäld vid gångväg",
                 "Hotfull stämning vid kiosk"],
    "Inbrott": ["Inbrott i källarförråd", "Inbrottsförsök i lokal", "Inbrott i skolans förråd",
                "Inbrott i bil på parkering"],
    "Nedskräpning": ["Nedskräpning kring återvinningsstation", "Grovsopor dumpade i skogsdunge",
                     "Skräp efter samling vid lekplats", "Nedskräpning vid busshållplats"],
    "Fordon/buskörning": ["Buskörning med moped på gångväg", "EU-moped i hög fart i park",
                          "Bil kör i rondell på torg", "Övergivet fordon på parkering"],
    "Incident mot anställd": ["Busschaufför utsatt för hot", "Personal på fritidsgård hotad",
                              "Stenkastning mot buss", "Personal utsatt för glåpord"],
}

# Notes that colour the lägesbild of particular weeks of 2026.
WEEK_NOTES = {
    1: "Nyårshelgen gav fler bränder och fyrverkerier riktade mot fasader än vanligt.",
    8: "Sportlovsvecka: fältassistenterna förstärkte kvällstid i Brickebacken.",
    17: "Inför valborg: samordnad närvaro planeras i centrum och Varberga.",
    18: "Valborg: flera container- och papperskorgsbränder, i övrigt lugnt.",
    23: "Skolavslutning: fler samlingar av ungdomar i centrum kvällstid.",
    26: "Midsommarveckan: ökad nedskräpning vid lekplatser.",
    33: "Skolstart: fältassistenter och polis på plats vid skolorna.",
    36: "Ökande signaler om öppen narkotikahandel vid Vivalla centrum, lyfts som prioriterat problem.",
    40: "Flera hot mot personal i kollektivtrafiken vid Resecentrum.",
    44: "Halloween: ökad buskörning och skadegörelse i flera områden.",
}

# Prioritised problems: (key, område, description, raised week 2026, priority, status)
PROBLEMS = [
    ("narkotika", "Vivalla", "Öppen narkotikahandel vid Vivalla centrum kvällstid, ökande sedan augusti.", 36, 1, "aktivt"),
    ("järntorget", "Centrum", "Samling av ungdomar och ordningsstörningar vid Järntorget fredag och lördag kväll.", 22, 2, "aktivt"),
    ("soprum", "Varberga", "Upprepade bränder i soprum och containrar under vintern.", 2, 2, "avslutat"),
    ("buskörning", "Brickebacken", "Buskörning med mopeder och EU-mopeder på gång- och cykelvägar.", 18, 2, "bevakas"),
    ("gångtunnel", "Baronbackarna", "Klotter och skadegörelse i gångtunnlar ger upplevd otrygghet.", 10, 3, "aktivt"),
    ("belysning", "Oxhagen", "Otryggt parkstråk med trasig och bristfällig belysning.", 14, 3, "avslutat"),
    ("resecentrum", "Centrum", "Hot och incidenter mot personal i kollektivtrafiken vid Resecentrum.", 40, 2, "aktivt"),
    ("lekplats", "Vivalla", "Nedskräpning och skadegörelse på lekplatser under sommaren.", 26, 3, "bevakas"),
]

# Actions: (problem key, raised week 2026, description, party "kommun"|"polis", function,
#           due date, status, closed_on, feedback, form abbreviation or name)
ACTIONS = [
    ("narkotika", 36, "Riktad polisnärvaro vid Vivalla centrum torsdag–lördag kväll", "polis", "Områdespoliser",
     "2026-10-31", "pågår", None, "", "Öppen narkotikahandel"),
    ("narkotika", 36, "Gemensam lägesbild över öppen droghandel i Vivalla", "kommun", "Samordnare öppen narkotikahandel",
     "2026-10-15", "klar", "2026-10-13", "Lägesbild presenterad i EST vecka 42.", "Öppen narkotikahandel"),
    ("narkotika", 37, "Se över belysning och buskage vid centrumets baksida", "kommun", "Gata/park",
     "2026-11-15", "planerad", None, "", "EST"),
    ("narkotika", 38, "Fältassistenter i uppsökande arbete vid centrum kvällstid", "kommun", "Fältassistenter",
     "2026-12-20", "pågår", None, "", "EST"),
    ("narkotika", 41, "Dialog med fastighetsägare om kameraövervakning och låsning av entréer", "kommun",
     "Platssamverkansansvarig Vivalla", "2026-11-10", "pågår", None, "", "Partnerskap Örebro"),
    ("järntorget", 22, "Ordningsvakter förstärks vid Järntorget fredag och lördag", "kommun", "Samordnare ordningsvakter",
     "2026-06-30", "klar", "2026-06-05", "Förstärkning genomförd, färre störningar rapporterade.", "EST"),
    ("järntorget", 23, "Nattvandring samordnas med föreningar under sommaren", "kommun", "Operativ samordnare EST",
     "2026-08-31", "klar", "2026-08-28", "Nattvandrare på plats 10 av 12 helger.", "EST"),
    ("järntorget", 24, "Polisens närvaro vid Järntorget under skollovet", "polis", "Områdespoliser",
     "2026-08-16", "klar", "2026-08-16", "Genomfört enligt plan.", "EST"),
    ("järntorget", 30, "Aktiviteter på fritidsgård kvällstid som alternativ", "kommun", "Fritidsgårdschef",
     "2026-09-30", "inställd", "2026-09-02", "Inställt: lokalen ej tillgänglig under hösten.", None),
    ("soprum", 2, "Låsbara soprum och flytt av containrar från fasad", "kommun", "Bostadsbolag via platssamverkan",
     "2026-03-31", "klar", "2026-03-20", "Soprum låsta i tre kvarter; inga nya bränder sedan vecka 10.", "Partnerskap Örebro"),
    ("soprum", 3, "Räddningstjänstens information till boende om brandsäkerhet", "kommun", "Räddningstjänst",
     "2026-02-28", "klar", "2026-02-25", "Informationsblad utdelat.", None),
    ("soprum", 4, "Ökad patrullering kvällstid i Varberga", "polis", "Områdespoliser",
     "2026-03-15", "klar", "2026-03-15", "Genomfört.", "EST"),
    ("buskörning", 18, "Kontroller av mopeder i samverkan med trafikpolis", "polis", "Områdespoliser",
     "2026-06-30", "klar", "2026-06-26", "Sex kontrolltillfällen genomförda.", "EST"),
    ("buskörning", 19, "Fysiska hinder på gång- och cykelväg vid skolan", "kommun", "Gata/park",
     "2026-08-15", "klar", "2026-08-10", "Bommar uppsatta.", None),
    ("buskörning", 34, "Uppföljning i EST efter sommaren", "kommun", "Operativ samordnare EST",
     "2026-10-01", "planerad", None, "", "EST"),
    ("gångtunnel", 10, "Snabb sanering av klotter inom 24 timmar", "kommun", "Gata/park",
     "2026-04-30", "klar", "2026-04-28", "Rutin för sanering inom ett dygn införd.", None),
    ("gångtunnel", 11, "Konstprojekt med ungdomar i gångtunneln", "kommun", "Fältassistenter",
     "2026-09-30", "pågår", None, "", "Partnerskap Örebro"),
    ("gångtunnel", 12, "Trygghetsvandring med boende", "kommun", "Platssamverkansansvarig Baronbackarna",
     "2026-05-31", "klar", "2026-05-19", "Tolv synpunkter lämnade till Gata/park.", "Trygghetsmätningar"),
    ("belysning", 14, "Byte av trasig belysning längs parkstråket", "kommun", "Gata/park",
     "2026-05-31", "klar", "2026-05-12", "Belysning utbytt, stråket upplevs tryggare.", None),
    ("belysning", 15, "Röjning av buskage vid stråket", "kommun", "Gata/park",
     "2026-06-15", "klar", "2026-06-03", "Röjning genomförd.", None),
    ("resecentrum", 40, "Gemensam närvaro av polis och ordningsvakter vid Resecentrum", "polis", "Kommunpolis",
     "2026-11-30", "pågår", None, "", "EST"),
    ("resecentrum", 41, "Dialog med trafikföretaget om rutiner vid hot mot personal", "kommun",
     "Operativ samordnare EST", "2026-11-01", "planerad", None, "", "EST"),
    ("resecentrum", 43, "Kartläggning av tider och platser för incidenterna", "polis", "Kommunpolis",
     "2026-12-15", "planerad", None, "", "EST"),
    ("lekplats", 26, "Extra tömning av papperskorgar vid lekplatser under sommaren", "kommun", "Gata/park",
     "2026-08-31", "klar", "2026-08-31", "Genomfört; mindre skräp vid kontroll.", None),
    ("lekplats", 27, "Fältassistenter kvällstid vid lekplatserna", "kommun", "Fältassistenter",
     "2026-08-31", "inställd", "2026-07-20", "Inställt: personalen prioriterades till centrum.", None),
]

ANALYSIS_PRIORITIZED = ("Vivalla (öppen narkotikahandel), Centrum (Järntorget och Resecentrum), "
                        "Brickebacken (buskörning)")
