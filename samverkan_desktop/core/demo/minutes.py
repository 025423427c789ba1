"""The minutes of Kommunstyrelsens trygghetsutskott, Örebro, 2023-10-11, §§ 22–26 (seed 004).

Real, public text, entered as it stands in the protokoll (line breaks of the PDF joined).
Used by the demo and by the tests that check a protokollsutdrag comes back out whole.
"""

from __future__ import annotations

BODY = "Kommunstyrelsens trygghetsutskott"

MEETING = {
    "body": BODY,
    "date": "2023-10-11",
    "time": "13.15–15.20",
    "place": "Dialogen, Rådhuset",
    "members_present": (
        "Anders Åhrlin (M)\nJessica Ekerbring (S)\nHelena Ståhl (SD)\nAnna Ekström (C)\n"
        "Kemal Hoso (S) §§ 22–23\nMaja Gullberg (S)\nSusanne Lindholm Henningsson (KD)\n"
        "Tjänstgörande ersättare: Mats Sjöström (S) Ersätter Kemal Hoso (S) §§ 24–26"),
    "others_present": (
        "Närvarande ersättare: Mats Sjöström (S) §§ 22–23, Karolina Wallström (L)\n"
        "Mats Brantsberg Säkerhetschef\nRobert Lindby Nämndsekreterare\nJohanna Sollerman Strateg\n"
        "Anders Edlund Planerare § 22\nErika Pettersson Samordnare § 24\n"
        "Karin Hellfeldt Universitetslektor § 26\nKarl Olsson Universitetsadjunkt § 26"),
    "chair": "Anders Åhrlin (M)",
    "secretary": "Robert Lindby",
    "adjuster": "Susanne Lindholm Henningsson (KD)",
}

_PROPOSAL_INFO = ("Kommunledningsförvaltningens förslag till Kommunstyrelsens trygghetsutskott:\n\n"
                  "- Informationen läggs till handlingarna.")
_DECISION = "Kommunstyrelsens trygghetsutskott beslutar:\n\n- Enligt Kommunledningsförvaltningens förslag."

PARAGRAPHS = [
    {
        "number": 22,
        "title": "Svar på remiss från Utbildningsdepartementet om Samhället mot skolattacker (SOU 2023:28)",
        "case_number": "Ks 1118/2023",
        "officer": "Anders Edlund",
        "description": (
            "Örebro kommun har beretts tillfälle att yttra sig över Utbildningsdepartementets betänkande "
            "Samhället mot skolattacker.\n\nRemissvar ska vara Utbildningsdepartementet tillhanda senast den "
            "31 oktober 2023.\n\nKommunledningsförvaltningen har berett ärendet och anser att förslaget bör "
            "tillstyrkas. Det är positivt att betänkandet behandlar sekretessfrågor som ofta blir ett hinder "
            "vid samverkan mellan myndigheter."),
        "basis": ("Remiss om Samhället mot skolattacker\nFöljebrev, 2023-06-28\n"
                  "Kommunledningsförvaltningens tjänsteskrivelse, 2023-10-03\n"
                  "Yttrande över remiss om Samhället mot skolattacker, 2023-10-03"),
        "proposal": ("Kommunledningsförvaltningens förslag till Kommunstyrelsens trygghetsutskott:\n\n"
                     "- Yttrandet över remissen om Samhället mot skolattacker (SOU 2023:28) antas och "
                     "överlämnas till Utbildningsdepartementet."),
        "decision": _DECISION,
    },
    {
        "number": 23,
        "title": "Införande av narkotikateam i Örebro kommun",
        "case_number": "Ks 930/2023",
        "officer": "Johanna Sollerman",
        "description": (
            "I trygghetsmätningen från 2022 som Örebro kommun genomförde tillsammans med lokalpolisområde "
            "Örebro påvisas att i vissa områden i Örebro har cirka 25 procent av medborgarna bevittnat "
            "narkotikahantering i sitt bostadsområde. Öppen narkotikahantering påverkar allmänhetens "
            "upplevelse av trygghet och riskerar att normalisera attityder kring öppen droghandel och "
            "kriminalitet. Det är en riskmiljö för de personer som befinner sig i eller nära platsen. För "
            "unga, speciellt i social utsatthet, ökar risken för att använda eller hantera droger samt dras "
            "in i annan kriminalitet.\n\n"
            "Örebro kommuns \"Övergripande strategi och budget för 2024\" påvisar en önskad satsning på "
            "tidiga samlade insatser för att bryta en destruktiv utveckling för individer i risk för "
            "narkotikamissbruk och kriminalitet. För att tydliggöra och matcha befintlig lägesbild gällande "
            "narkotika samt komplettera befintliga insatser föreslås därför en satsning med fokus på platser "
            "med öppen narkotikahantering samt en långsiktig strukturerad samverkan för tidiga insatser "
            "riktade till unga i riskzon för narkotikabruk och kriminalitet.\n\n"
            "Kommunledningsförvaltningens föreslår följande åtgärder:\n\n"
            "1. Två samordnare för arbete mot öppen narkotikahantering och analytiskt arbete utifrån den "
            "kunskapsbaserade arbetsprocessen tillsätts vid Säkerhetsavdelningen, "
            "Kommunledningsförvaltningen\n"
            "2. En organisation för en strukturerad samverkan mellan skola, socialtjänst, polis och fritid "
            "(SSPF) upparbetas\n"
            "3. Två tjänster för organisation och samordning av arbetet med SSPF tillsätts vid "
            "Socialförvaltningen, Område Individ- och familjeomsorg\n"
            "4. En kommunikationssatsning görs i syfte att påvisa Örebros lägesbild och arbete gällande "
            "narkotika och stöd mot missbruk\n"
            "5. Särskild avrapportering kring arbetet med SSPF-arbetet och arbetet med narkotikahandel "
            "lämnas till Kommunstyrelsens trygghetsutskott minst en gång per år.\n\n"
            "Ärendet togs upp för beredning i trygghetsutskottet den 13 september 2023 och återkommer för "
            "beslut vid dagens sammanträde."),
        "basis": ("Kommunledningsförvaltningens tjänsteskrivelse, 2023-06-09\n"
                  "Presentationen \"Narkotikateam – förslag till ett riktat arbete mot narkotika\""),
        "proposal": (
            "Kommunledningsförvaltningens förslag till Kommunstyrelsens trygghetsutskott:\n\n"
            "1. Narkotikateam i Örebro kommun införs i enlighet med Kommunledningsförvaltingens förslag.\n\n"
            "2. Beslutet förutsätter att finansiering sker genom revidering av Övergripande strategier och "
            "budget 2024 med plan för 2025–2027."),
        "decision": "Kommunstyrelsens trygghetsutskott beslutar:\n\n- Enligt Kommunledningsförvaltingens förslag.",
    },
    {
        "number": 24,
        "title": "Effektiv samordning för ökad trygghet (EST), tertialanalys per augusti 2023",
        "case_number": "Ks 488/2023",
        "officer": "Erika Pettersson",
        "description": (
            "Kommunstyrelsens trygghetsutskott får vid sammanträdet information om Örebro kommuns arbete med "
            "Effektiv samordning för ökad trygghet (EST), tertialanalys per augusti 2023. Skadegörelsen mot "
            "skolor i Örebro kommun ligger på en markant lägre nivå i år jämfört med 2021 och 2022."),
        "basis": "Presentationen \"EST Tertial 2 2023\"",
        "proposal": _PROPOSAL_INFO,
        "decision": _DECISION,
    },
    {
        "number": 25,
        "title": "Samverkansöverenskommelse 2023–2025 mellan lokalpolisområde Örebro och Örebro kommun",
        "case_number": "Ks 214/2023",
        "officer": "Johanna Sollerman",
        "description": (
            "Kommunstyrelsens trygghetsutskott får vid sammanträdet information om samverkansöverenskommelse "
            "2023–2025 mellan lokalpolisområde Örebro och Örebro kommun. Samverkan är en förutsättning för "
            "arbetet med att minska antalet utsatta områden i Örebro kommun, för att minska brottsligheten och "
            "öka tryggheten för de som bor, vistas eller verkar i hela Örebro kommun."),
        "basis": "Presentationen \"Samverkansöverenskommelse 2023–2025\"\nSamverkansöverenskommelse 2023–2025",
        "proposal": _PROPOSAL_INFO,
        "decision": _DECISION,
    },
    {
        "number": 26,
        "title": "Implementeringen av gruppvåldsintervention (GVI) Örebro",
        "case_number": "Ks 1113/2021",
        "officer": "Johanna Sollerman",
        "description": (
            "Kommunstyrelsens trygghetsutskott får vid sammanträdet information om implementeringen av "
            "gruppvåldsintervention (GVI) Örebro. GVI är en strategi för att minska och förebygga utvecklingen "
            "av grovt och dödligt våld kopplat till kriminella grupper. Strategin bygger på tre centrala delar; "
            "ett tydligt budskap från samhället om att våldet måste upphöra, snabba och förutsägbara "
            "konsekvenser om våldet fortsätter och ett erbjudande om hjälp.\n\n"
            "GVI Örebro genomförs i samverkan mellan Polisen, Örebro kommun, Kriminalvården, Länsstyrelsen i "
            "Örebro län och lokalsamhället. En central utgångspunkt för strategin är att majoriteten av allt "
            "grovt våld i ett samhälle kan kopplas till ett fåtal individer. För att minska våldet ska samhället "
            "rikta sina resurser mot de mest våldsdrivande individerna och de grupper som de tillhör.\n\n"
            "Till sammanträdet har Karin Hellfeldt och Karl Olsson bjudits in. De arbetar vid Institutionen för "
            "beteende-, social- och rättsvetenskap och är programansvariga för kriminologiprogrammet vid "
            "Örebro universitet som gjort en processutvärderingen av GVI Örebro. Utvärderingen visar att "
            "implementeringen i stora drag är både välorganiserad och väl genomförd."),
        "basis": "Presentationen \"GVI Örebro\"\nPresentationen \"Processutvärdering av GVI Örebro\"",
        "proposal": _PROPOSAL_INFO,
        "decision": _DECISION,
    },
]
