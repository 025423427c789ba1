"""The texts of "Samverkansöverenskommelse 2024-2026" (Örebro), as they stand in the agreement.

Kept apart from :mod:`.orebro` so the builder stays readable. The texts are quoted from the
public agreement (seed 001), including its own spelling.
"""

from __future__ import annotations

TITLE = "Samverkansöverenskommelse 2024-2026"

VISION = "Örebro ska vara en trygg och säker stad att bo, vistas och verka i."

PREAMBLE = (
    "Örebro ska vara en trygg och säker stad att bo, vistas och verka i. Samverkan mellan "
    "lokalpolisområde Örebro och Örebro kommun är en förutsättning för arbetet med att minska "
    "antalet utsatta områden i Örebro kommun, för att minska brottsligheten och öka tryggheten "
    "för de som bor, vistas eller verkar i hela Örebro kommun.\n\n"
    "Lokalpolisområde Örebro och Örebro kommun lovar att säkerställa avsatta resurser med tydlig "
    "ansvarsfördelning och förmåga att arbeta kunskapsbaserat för att uppnå ovanstående mål. "
    "(Åtgärder och insatser genomförs efter evidensbaserad praktik med stöd av "
    "kartläggning/lägesbild, orsaksanalys, aktivitet samt uppföljning.)"
)

LEGAL_BASIS = (
    "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.\n\n"
    "I juni 2023 träder lagen om Kommuners ansvar för det brottsförebyggande arbetet i kraft, "
    "vilket tydliggör att det brottsförebyggande arbetet ska vara kunskapsbaserat, ha en "
    "samordning, ett strategiskt råd, grundas i en lokal analys och genomförs i samverkan."
)

PURPOSES = [
    "Tydlig samverkan ska leda till att minska brottsligheten och öka tryggheten i Örebro kommun.",
    "Lokalt förankra polisverksamheten och det brottsförebyggande arbetet i kommunen samt "
    "säkerställa förmåga genom avsatta resurser med tydlig ansvarsfördelning.",
    "Det brottsförebyggande arbetet i Örebro ska utgå ifrån en kunskapsbaserad arbetsmodell. "
    "Parterna ska arbeta för att effektivt rikta samordnade insatser efter lägesbilder, analyser "
    "och uppföljning i de frågor som lokalpolisområde Örebro och Örebro kommun har ett gemensamt "
    "uppdrag kring.",
]

COMMUNICATION = (
    "Lokalpolisområde Örebro och Örebro kommun ska ha en gemensam kommunikationsplan på årsbasis. "
    "Brottsförebyggande åtgärder ska kommuniceras fortlöpande."
)

ECONOMY = (
    "Om inget annat överenskommets, svarar Lokalpolisområde Örebro och Örebro kommun för sina "
    "egna kostnader."
)

RESPONSIBILITY = (
    "För att säkerställa samverkan, förmåga, utveckling och beslut att gemensamma operativa "
    "åtgärder genomförs ansvarar Lokalpolisområdeschef i Örebro och Trygghetsutskottets "
    "ordförande i Örebro kommun."
)

FOLLOW_UP = (
    "Slutlig uppföljning av samverkansöverenskommelsen ska ske december 2025 i samband med att "
    "nytt avtal påbörjas. Del av uppföljning sker i november 2024. Revidering kan ske gemensamt "
    "vid behov. Ansvaret för uppföljning har kommunpolis och brottsförebyggare i Örebro kommun."
)

VALIDITY = "Överenskommelsen gäller för perioden 2024-01-01 – 2026-12-31."

# (name, abbreviation, lead: "kommun" | "polis" | None, lead_text, follow_up_text, description).
# A lead party only where the agreement names one ("Kommunstyrelsen är huvudman", "Kommunen är
# huvudman", "Kommunen ansvarar för …"); lead_text and follow_up_text are the app's notes, printed
# in the agreement's appendix, never in the signed text.
FORMS = [
    ("Örebro brottsförebyggande råd", "ÖreBRÅ", "kommun",
     "Kommunstyrelsen är huvudman. Arbetet samordnas och planeras av utsedda samordnare från polis och kommun.",
     "En verksamhetsplan beslutas kontinuerligt och följs upp inom ramen för verksamheten.",
     "Kommunstyrelsen är huvudman för Örebro Brottsförebyggande råd, ÖreBRÅ. Örebro "
     "brottsförebyggande råd är en strategisk samverkan mellan förvaltningarna i Örebro kommun, "
     "polis, Örebro universitet, civila samhället och näringslivet i Örebro. Utsedda "
     "representanter skall ha beslutsmandat inom sin verksamhet. En verksamhetsplan beslutas "
     "kontinuerligt och följs upp inom ramen för verksamheten.\n\n"
     "Arbetet samordnas och planeras av utsedda samordnare från polis och kommun."),
    ("Partnerskap Örebro", "", "kommun",
     "Örebro kommun (Partnerskap Örebro) samordnar trygghetsarbetet i partnerskapsområdena.",
     "Uppföljning sker inom ramen för verksamheten och i EST.",
     "Utifrån lokala problembilder och områdesanalyser har Örebro kommunorganisationen "
     "Partnerskap Örebro i områdena Vivalla/Baronbackarna, Varberga/Oxhagen och Brickebacken. "
     "En del uppdraget är att samordna trygghetsarbetet tillsammans med övriga aktörer i "
     "lokalsamhället. Målet är att arbeta för en bra utveckling för boende i våra områden. Det "
     "handlar om att på lokal nivå samordna och förenkla för kommunala förvaltningar i nära "
     "samverkan med polisen, civila samhället och övriga myndigheter för att skapa bättre "
     "förutsättningar för medborgarna. Det långsiktiga målet är att ta bort Örebros utsatta områden."),
    ("Kommunal planering för Systematiskt Socialt brottsförebyggande arbete", "KOMPASS", "kommun",
     "Kommunen är huvudman. Polisen medverkar till lägesbilden.",
     "Uppföljning genom återkommande lägesbilder över kriminalitet bland unga.",
     "Kommunen är huvudman och gör under året 2023- 2024 en lägesbild över kriminalitet bland "
     "unga i Örebro kommun, samt en kartläggning av nuvarande insatser på i kommunens olika "
     "verksamheter som arbetar för att förhindra utveckling av kriminalitet bland unga. I arbetet "
     "ingår att forma en modell för att möjliggöra återkommande lägesbilder. Arbetet genomförs i "
     "samverkan med Örebro universitet. Polisen medverkar till lägesbilden."),
    ("Gemensamt riktat arbete för ungdomar", "", None,
     "Kommun och polis gemensamt (socialtjänst och lokalpolisområdets utredningsverksamhet samt yttre verksamhet).",
     "Uppföljning sker inom ramen för verksamheten.",
     "Under perioden ska samverkan mellan socialtjänst och Lokalpolisområdets "
     "utredningsverksamhet samt yttre verksamhet utvecklas. Samverkan mellan kommunens individ "
     "och omsorg och personal från Lokalpolisområde Örebros verksamheter ska ske i linjearbetet. "
     "Lokalpolisområde Örebro och Örebro kommun ska utveckla strukturer och metoder för ett än "
     "mer nära operativt samarbete. Kommun och polis ansvarar för formandet och deltagandet i en "
     "styrgrupp för arbetet med Sociala Insatsgrupper."),
    ("Strukturerad samverkan mellan skola, socialtjänst, fritidsgårdar och polis", "SSPF", "kommun",
     "Kommunen ansvarar för utformandet av en struktur. Samverkan leds av en styrgrupp med "
     "representanter från kommunens verksamheter samt lokalpolisområde Örebro.",
     "Uppföljning sker i styrgruppen för SSPF.",
     "Under perioden ska en strukturerad samverkan mellan lokalpolisområdet och de kommunala "
     "verksamheterna skola, fritidsgård och socialtjänst formas. Detta med syfte att tillsammans "
     "arbeta förebyggande och stärkande kring ungdomar och minska risken för utveckling av "
     "kriminalitet, missbruk och annat normbrytande beteende. I en första del utformas en "
     "organisation av SSPF-samverkan i Örebro utifrån nuvarande förutsättningar. Kommunen "
     "ansvarar för utformandet av en struktur i samråd med internerna resurser och polisen för "
     "att tydliggöra vilka resurser som kan avsättas. Överenskommelsen innefattar en "
     "avsiktsförklaring från respektive verksamhet att från egen verksamhet tillsätta möjlig "
     "resurs in i arbetet. Samverkan inom SSPF leds av en styrgrupp med representanter från "
     "kommunens verksamheter samt lokalpolisområde Örebro."),
    ("Sociala insatsgrupper", "SIG", "kommun",
     "Kommunen ansvarar för samordningen; polisen för en samordnarfunktion och kontaktpoliser.",
     "Uppföljning sker inom ramen för verksamheten.",
     "Sociala insatsgrupper syftar till att hjälpa individer som riskerar att hamna i en "
     "kriminell livsstil och att hjälpa unga att hoppa av från ett kriminellt nätverk. Praktisk "
     "samverkan kring enskilda unga med känd problematik och hög risk att utveckla en kriminell "
     "livsstil är viktig. Kommunen ansvarar för att arbetet i de sociala insatsgrupperna "
     "samordnas och att rätt aktörer involveras. Polisen ansvarar för en samordnarfunktion och "
     "kontaktpoliser. Kommun och polis ansvarar för forandet och deltagandet i en styrgrupp för "
     "arbetet med Sociala Insatsgrupper. Uppföljning sker inom ramen för verksamheten."),
    ("Gruppvåldsintervention", "GVI", None,
     "Örebro kommun och Lokalpolisområde Örebro gemensamt inom ramen för GVI-strategin.",
     "Uppföljning sker genom koordinatorsmöten samt styrgruppsmöten.",
     "Under samverkansöverenskommelsens period ska Örebro kommun och Lokalpolisområde Örebro "
     "fortsätta samarbetet inom ramen för GVI strategin. GVI strategin riktar sig mot grovt och "
     "dödligt våld utfört av kriminella grupper. Grupper och individer kartläggs för att stärka "
     "sociala insatser mot individer. Samtidigt riktas sanktioner från myndigheter mot dem som "
     "väljer att fortsätta med det grova och dödliga våldet. Uppföljning sker genom "
     "koordinatorsmöten samt styrgruppsmöten."),
    ("Lokal avhopparverksamhet", "", "kommun",
     "Kommunen har via socialtjänsten det yttersta ansvaret; Lokalpolisområde Örebro tillser en "
     "funktion för lokal samordning av avhopparverksamheten.",
     "Uppföljning sker inom ramen för verksamheten.",
     "Myndigheternas och kommunernas avhopparverksamhet är en socialpreventiv och "
     "brottsförebyggande åtgärd som syftar till att individer ska få det stöd och skydd de "
     "behöver för att kunna lämna organiserad brottslighet och i övrigt upphöra med sitt "
     "kriminella leverne.\n\n"
     "Kommunen har via socialtjänsten det yttersta ansvaret för att avhoppare får det stöd och "
     "hjälp som den behöver. Lokalpolisområde Örebro ska bistå med hjälp och stöd kring "
     "avhopparen och potentiella avhoppare. Lokalpolisområde Örebro ska tillsammans med kommunen "
     "och övriga aktörer samverka inom avhopparverksamheten, uthålligt och på lång sikt.\n\n"
     "Lokalpolisområde Örebro ska tillse att det finns en funktion för lokal samordning av "
     "avhopparverksamheten. Den lokala avhopparsamordnaren hanterar avhoppare med låg hotbild.\n\n"
     "Uppföljning sker inom ramen för verksamheten."),
    ("Brott i nära relationer", "", None,
     "Örebro kommun och Lokalpolisområde Örebro gemensamt.",
     "Uppföljning av strukturerna vid deluppföljning och slutuppföljning av överenskommelsen.",
     "Under samverkansöverenskommelsens tidsperiod ska Örebro kommun och Lokalpolisområde Örebro "
     "skapa strukturer för samverkan i syfte att underlätta samordning för att upptäcka och "
     "motverka våld i nära relationer, samt skydda brottutsatta.\n\n"
     "Målet är att under tidsperioden utforma fungerande strukturer och tydligare samverkan för "
     "att gemensamt linjearbete mot våld i nära relationer."),
    ("Förebyggande arbete mot radikalisering och våldsbejakande extremism", "", None,
     "Samordnarfunktion i respektive organisation; kommunen samordnar arbetet.",
     "Uppföljning sker inom ramen för verksamheten.",
     "Örebro kommun och Lokalpolisområde Örebro ska arbeta för att motverka radikaliserings och "
     "våldsbejakande extremism. Samverkan ska ske i det långsiktiga och det direkt operativa "
     "arbetet. Lokalpolisområde Örebro och Örebro kommun har en samordnarfunktion i respektive "
     "organisation. I samordningsuppdraget ingår att upprätthålla kontaktytor internt och "
     "externt mot övriga aktörer.\n\n"
     "Uppföljning sker inom ramen för verksamheten."),
    ("Effektiv samordning för trygghet", "EST", None,
     "Funktionsbaserad: parterna ansvarar gemensamt; kommunpolis och brottsförebyggande operativ "
     "samordnare samordnar.",
     "Metoden följs upp enligt EST-handboken (Örebro universitet 2016). Tertial- och "
     "årsanalyser genomförs.",
     "EST är en gemensam samverkansorganisation och metod för att varje vecka upprätta en samlad "
     "lägesbild och effektivt samordna det trygghetsskapande arbetet. EST syftar till att "
     "aktörerna ska arbeta kunskapsbaserat med lokala problembilder genom att prioritera och "
     "samordna resurser. EST är funktionsbaserad och parterna ansvarar för att upprätthålla "
     "förmågan att bedriva samarbetet varje vecka, året runt. Metoden följs upp enligt den "
     "handbok som beskriver EST-arbetet. Tertiäl- och årsanalyser genomförs och lokala "
     "problembilder lyfts ur och analyseras innan kunskapsbaserade åtgärder sätts in."),
    ("Öppen narkotikahandel", "", None,
     "Lokalpolisområde Örebro och Örebro kommun inom ramen för EST.",
     "Uppföljning inom EST genom gemensamma lägesbilder och analyser av öppen droghandel.",
     "Lokalpolisområde Örebro och Örebro kommun ska inom ramen för EST öka fokus på att arbeta "
     "mot öppen droghandel. Målet är en ökad samverkan i arbete mot öppen droghandel och mer "
     "effektiva insatser mot narkotikahandel på allmän plats.\n\n"
     "Genom gemensamma lägesbilder av öppen droghandel, gemensamma analyser och prioriterade "
     "områden för insatser tillsätts samordnade insatser i den fysiska miljön samt adekvata "
     "sociala insatser av polis och berörda kommunala verksamheter."),
    ("Trygghetsmätningar", "", None,
     "Örebro kommun i samarbete med Polisregion Bergslagen och Örebro universitet.",
     "Årlig trygghetsmätning; resultaten används i lägesbilder och EST-arbetet.",
     "Trygghetsmätningar genomförs i Örebro kommun på årlig basis undersamverkansöverenskommelsens "
     "tidsperiod. Trygghetsmätningar genomförs i samarbete mellan Örebro kommun, Polisregion "
     "Bergslagen samt Örebro universitet. Trygghetsmätningarna ligger med i de övergripande "
     "lägesbilderna över kommunen och är en del i den medborgardialog polisen och kommunen "
     "bedriver med medborgarna.\n\n"
     "Underlaget från trygghetsmätningar används i gemensamt trygghetsarbete inom ramen för "
     "lokala problembilder och EST arbetet. Det är varje organisation fritt att använda "
     "resultaten inom egen verksamhets arbete."),
    ("Samverkan mot branscher med oseriösa aktörer", "", None,
     "Örebro kommun och Lokalpolisområde Örebro i samverkan med andra myndigheter.",
     "Uppföljning av genomförda myndighetsgemensamma tillsyner.",
     "Örebro kommun och Lokalpolisområde Örebro ska i samverkan med andra myndigheter bedriva "
     "ett arbete för att hitta oseriösa aktörer och illegala verksamheter som bidrar till osund "
     "konkurrens, upplevd otrygghet och risk för att hälsa och miljö påverkas negativ. Arbetet "
     "ska genomföras genom uppsökande myndighetsgemensam tillsyn av oseriösa aktörer."),
    ("Arbete mot välfärdsbrottslighet", "", "kommun",
     "Kommunen tillsätter en samordningsfunktion och skapar ett nätverk.",
     "Uppföljning inom nätverket och i det nationella arbetet inom ramen för Municipal.",
     "För att säkerställa samverkan och samordning samt ett effektivt arbete för att motverka "
     "välfärdsbrott, etablerar kommunen under perioden för överenskommelsen ett riktat arbete mot "
     "välfärdsbrottsligheten. Kommunen tillsätter en samordningsfunktion och ett nätverk skapas "
     "för kommunens verksamheter och berörda parter inom Lokalpolisområde Örebro.\n\n"
     "Parterna är överens om att under tidsperioden arbeta vidare i det gemensamma nationella "
     "arbetet inom ramen för Municipal."),
]

# (text, function_role, status, extent_fte, abbreviations/names of the forms it serves)
POLICE_RESOURCES = [
    ("Kommunpolis som samordnar EST, ANDTS, ÖreBrå, samt trygghetsmätningar.",
     "Kommunpolis", "tillsatt", 1.0, ["EST", "ÖreBRÅ", "Trygghetsmätningar", "Öppen narkotikahandel"]),
    ("Områdespolisverksamhet.", "Områdespoliser", "tillsatt", None,
     ["EST", "Partnerskap Örebro", "Öppen narkotikahandel"]),
    ("Samordnare och kontaktpersoner inom Sociala insatsgrupper (SIG).",
     "SIG-samordnare och kontaktpoliser", "tillsatt", None, ["SIG", "Gemensamt riktat arbete för ungdomar"]),
    ("Lokal avhopparsamordnare.", "Lokal avhopparsamordnare", "tillsatt", 0.5,
     ["Lokal avhopparverksamhet"]),
    ("Samordnare och resurser för att genomföra call-in och custom notifications samt sanktioner "
     "inom GVI – Gruppvåldsintervention.", "GVI-samordnare", "tillsatt", None, ["GVI"]),
    ("Representant till styrgrupp till SIG och SSPF.", "Styrgruppsrepresentant", "tillsatt", None,
     ["SIG", "SSPF"]),
    ("Samordnare och operativa resurser för det gemensamma arbetet mot branscher med oseriösa aktörer",
     "Samordnare oseriösa aktörer", "tillsatt", None, ["Samverkan mot branscher med oseriösa aktörer"]),
]

MUNICIPALITY_RESOURCES = [
    ("Utpekade tjänster som ansvarar för samordningen vad gäller arbetet med narkotika och doping, "
     "ÖreBRÅ, Sociala insatsgrupper, våldsbejakande extremism välfärdsbrottslighet, "
     "trygghetsmätningar och det övergripande brottsförebyggande arbetet.",
     "Brottsförebyggande strateg", "tillsatt", None,
     ["ÖreBRÅ", "SIG", "Förebyggande arbete mot radikalisering och våldsbejakande extremism",
      "Arbete mot välfärdsbrottslighet", "Trygghetsmätningar", "KOMPASS"]),
    ("Brottsförebyggande operativ samordnare för EST.", "Operativ samordnare EST", "tillsatt", 1.0, ["EST"]),
    ("Fältassistenter med ett uppsökande områdesuppdrag.", "Fältassistenter", "tillsatt", None,
     ["EST", "Gemensamt riktat arbete för ungdomar", "Partnerskap Örebro"]),
    ("Samordnare för ordningsvakter.", "Samordnare ordningsvakter", "vakant", 1.0, ["EST"]),
    ("Ansvariga för platssamverkan i kommunens fem partnerskapsområden.",
     "Platssamverkansansvariga", "tillsatt", None, ["Partnerskap Örebro", "EST"]),
    ("Samordnare, och resurser för att genomföra call-in och custom notifications samt sanktioner "
     "och sociala insatser inom GVI – Gruppvåldsintervention.", "GVI-samordnare", "tillsatt", None, ["GVI"]),
    ("Samordnare för arbetet med lokal avhoppbarverksamhet.", "Avhopparsamordnare", "tillsatt", 0.5,
     ["Lokal avhopparverksamhet"]),
    ("Representant till styrgrupp till SIG / SSPF", "Styrgruppsrepresentant", "tillsatt", None,
     ["SIG", "SSPF"]),
    ("Uttalade samordnare för arbetet med SSPF, en strukturerad samverkan med skola, socialtjänst, "
     "fritidsgårdar och polis.", "SSPF-samordnare", "under rekrytering", 1.0,
     ["SSPF", "Gemensamt riktat arbete för ungdomar"]),
    ("En samordnare för arbetet mot öppen narkotikahandling.", "Samordnare öppen narkotikahandel",
     "tillsatt", 1.0, ["Öppen narkotikahandel", "EST"]),
    ("Samordning för det gemensamma arbetet inom tillsyn av branscher med oseriösa aktörer",
     "Tillsynssamordnare", "tillsatt", None, ["Samverkan mot branscher med oseriösa aktörer"]),
]
