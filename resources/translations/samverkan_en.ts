<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source> (varav 1 borttagning mot en ändring: posten finns kvar tills du bestämmer)</source>
        <translation> (of which 1 deletion against an edit: the record stays until you decide)</translation>
    </message>
    <message>
        <source> (varav {n} borttagningar mot en ändring: posterna finns kvar tills du bestämmer)</source>
        <translation> (of which {n} deletions against an edit: the records stay until you decide)</translation>
    </message>
    <message>
        <source> och {n} till</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>&amp;Ersättare</source>
        <translation>&amp;Deputy</translation>
    </message>
    <message>
        <source>&amp;Innehavare</source>
        <translation>&amp;Holder</translation>
    </message>
    <message>
        <source>&amp;Kontaktperson</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Omfattning (åa)</source>
        <translation>&amp;Extent (FTE)</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>(borttagen post)</source>
        <translation>(deleted record)</translation>
    </message>
    <message>
        <source>(från {source})</source>
        <translation>(from {source})</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(provkörning: inget har ändrats)</source>
        <translation>(dry run: nothing has changed)</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>, exporterad {date}</source>
        <translation>, exported {date}</translation>
    </message>
    <message>
        <source>2026-v53 eller 53</source>
        <translation>2026-v53 or 53</translation>
    </message>
    <message>
        <source>Aktivera {label}</source>
        <translation>Activate {label}</translation>
    </message>
    <message>
        <source>Aktiviteten finns inte längre.</source>
        <translation>The activity no longer exists.</translation>
    </message>
    <message>
        <source>Aktören (Vem) finns inte längre.</source>
        <translation>The actor (Who) no longer exists.</translation>
    </message>
    <message>
        <source>Aktören behöver ett namn.</source>
        <translation>The actor needs a name.</translation>
    </message>
    <message>
        <source>Aktören finns inte längre.</source>
        <translation>The actor no longer exists.</translation>
    </message>
    <message>
        <source>Aktörer</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Aktörernas kontaktpersoner</source>
        <translation>Actors&apos; contact persons</translation>
    </message>
    <message>
        <source>Analyser</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Ange datum (senast, ÅÅÅÅ-MM-DD).</source>
        <translation>Give the date (due, YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ange ett av -o UT.pdf (skriv ut igen), --delete (ta bort) eller --mask TEXT.</source>
        <translation>Give one of -o OUT.pdf (print again), --delete (delete) or --mask TEXT.</translation>
    </message>
    <message>
        <source>Ange kommunen med --kommun (t.ex. Kumla): en lägesbild gäller en kommun.</source>
        <translation>Give the municipality with --kommun (e.g. Kumla): a local crime survey covers one municipality.</translation>
    </message>
    <message>
        <source>Ange när uppdraget ska vara klart (ÅÅÅÅ-MM-DD).</source>
        <translation>Give the date the duty is due (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ange perioden med --period (t.ex. 2026-T2 eller 2026).</source>
        <translation>Give the period with --period (e.g. 2026-T2 or 2026).</translation>
    </message>
    <message>
        <source>Ange veckan med --week (t.ex. 2026-v53).</source>
        <translation>Give the week with --week (e.g. 2026-v53).</translation>
    </message>
    <message>
        <source>Ange vem som fastställde lägesbilden.</source>
        <translation>Give who approved the local crime survey.</translation>
    </message>
    <message>
        <source>Ange vilken rapport (ID) – samverkan reports FIL listar dem.</source>
        <translation>Say which report (ID) – samverkan reports FILE lists them.</translation>
    </message>
    <message>
        <source>Ange vilket organ som beslutade planen.</source>
        <translation>Give the body that decided the plan.</translation>
    </message>
    <message>
        <source>Ange vilket organ som sammanträder.</source>
        <translation>Give the body that meets.</translation>
    </message>
    <message>
        <source>Ange året med --year (t.ex. 2026) eller perioden med --period (t.ex. 2026-T2).</source>
        <translation>Give the year with --year (e.g. 2026) or the period with --period (e.g. 2026-T2).</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Ansvarig aktör</source>
        <translation>Responsible actor</translation>
    </message>
    <message>
        <source>Ansvarig part</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Ansvariga</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Antal måste vara ett heltal, inte {value!r}.</source>
        <translation>The count must be a whole number, not {value!r}.</translation>
    </message>
    <message>
        <source>Antal måste vara minst 1.</source>
        <translation>The count must be at least 1.</translation>
    </message>
    <message>
        <source>Antalet {value!r} är inget positivt heltal.</source>
        <translation>The count {value!r} is not a positive whole number.</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Arbetsytan har ingen överenskommelse.</source>
        <translation>The workspace has no agreement.</translation>
    </message>
    <message>
        <source>Arbetsytan har {n} överenskommelser ({titles}): ange vilken med --agreement (del av titeln eller uuid).</source>
        <translation>The workspace has {n} agreements ({titles}): say which with --agreement (part of the title or uuid).</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Avtalsparter</source>
        <translation>Agreement parties</translation>
    </message>
    <message>
        <source>Bara en kommuns områden (t.ex. Kumla); utelämnad: hela överenskommelsen</source>
        <translation>Only one municipality&apos;s areas (e.g. Kumla); left out: the whole agreement</translation>
    </message>
    <message>
        <source>Bara en kommuns plan (t.ex. Kumla); utelämnad: varje kommuns</source>
        <translation>Only one municipality&apos;s plan (e.g. Kumla); left out: every municipality&apos;s</translation>
    </message>
    <message>
        <source>Bara titel, period och de parter du väljer.</source>
        <translation>Only the title, the period and the parties you choose.</translation>
    </message>
    <message>
        <source>Bedömningar</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Benämning</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beskrivningen</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Beskrivningen innehåller ett personnummer; rader med personuppgifter importeras inte.</source>
        <translation>The description contains a personal identity number; rows with personal data are not imported.</translation>
    </message>
    <message>
        <source>Beskrivningen är längre än {n} tecken.</source>
        <translation>The description is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Besluta åtgärdsplan</source>
        <translation>Decide action plan</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Budskap</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bygger om ”{title}” …</source>
        <translation>Rebuilding “{title}” …</translation>
    </message>
    <message>
        <source>Byt namn: {label} → {label2}</source>
        <translation>Rename: {label} → {label2}</translation>
    </message>
    <message>
        <source>Byt namn: {name} → {name2}</source>
        <translation>Rename: {name} → {name2}</translation>
    </message>
    <message>
        <source>CSV- eller xlsx-filen med händelser</source>
        <translation>the CSV or xlsx file with incidents</translation>
    </message>
    <message>
        <source>CSV-filen kan inte läsas (rad {line_num}): {exc}</source>
        <translation>The CSV file cannot be read (line {line_num}): {exc}</translation>
    </message>
    <message>
        <source>DATAFIL</source>
        <translation>DATAFILE</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Databasinställningen {name} kunde inte sättas ({actual}).</source>
        <translation>The database setting {name} could not be set ({actual}).</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Datum saknas.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>Datumet {planned_date} ligger inte i planens år {year}.</source>
        <translation>The date {planned_date} is not in the plan&apos;s year {year}.</translation>
    </message>
    <message>
        <source>Datumet {text} finns inte (skriv t.ex. 2026-11-17, 17/11 eller idag).</source>
        <translation>The date {text} does not exist (write e.g. 2026-11-17, 17/11 or today).</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deltagare i samverkansformer</source>
        <translation>Participants in forms of cooperation</translation>
    </message>
    <message>
        <source>Den fastställda rapporten finns inte längre.</source>
        <translation>The approved report no longer exists.</translation>
    </message>
    <message>
        <source>Den fastställda rapportens innehåll stämmer inte med sin kontrollsumma.</source>
        <translation>The approved report&apos;s content does not match its checksum.</translation>
    </message>
    <message>
        <source>Den nya perioden måste börja efter den gamla.</source>
        <translation>The new period must start after the old one.</translation>
    </message>
    <message>
        <source>Det finns inga giltiga rader att importera.</source>
        <translation>There are no valid rows to import.</translation>
    </message>
    <message>
        <source>Det finns ingen post {uuid} i {table} ({title}).</source>
        <translation>There is no record {uuid} in {table} ({title}).</translation>
    </message>
    <message>
        <source>Det finns kvar en fil från en tidigare arbetsyta: {name}</source>
        <translation>A file from an earlier workspace is still there: {name}</translation>
    </message>
    <message>
        <source>Det finns redan en kommunikationsplan för {year}.</source>
        <translation>There is already a communication plan for {year}.</translation>
    </message>
    <message>
        <source>Det finns redan en nyare version av planen.</source>
        <translation>There is already a newer version of the plan.</translation>
    </message>
    <message>
        <source>Det finns redan en {kind} som heter {label!r}.</source>
        <translation>There is already a {kind} called {label!r}.</translation>
    </message>
    <message>
        <source>Det finns redan ett område som heter {name!r} där.</source>
        <translation>There is already an area called {name!r} there.</translation>
    </message>
    <message>
        <source>Det gamla Excel-formatet .xls kan inte läsas. Spara filen som .xlsx eller CSV i Excel: {name}</source>
        <translation>The old Excel format .xls cannot be read. Save the file as .xlsx or CSV in Excel: {name}</translation>
    </message>
    <message>
        <source>Det gick inte att {verb} ”{label}”.</source>
        <translation>Could not {verb} “{label}”.</translation>
    </message>
    <message>
        <source>Det valda ({table}) finns inte längre.</source>
        <translation>The chosen one ({table}) no longer exists.</translation>
    </message>
    <message>
        <source>Det är ingen PDF som kan fastställas.</source>
        <translation>That is not a PDF that can be approved.</translation>
    </message>
    <message>
        <source>Det är ingen fil: {path}</source>
        <translation>It is not a file: {path}</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>EST-analys för en tertial</source>
        <translation>EST analysis for a four-month period</translation>
    </message>
    <message>
        <source>EST-analys för ett år</source>
        <translation>EST analysis for a year</translation>
    </message>
    <message>
        <source>EST-mötesunderlag för en vecka</source>
        <translation>EST meeting pack for a week</translation>
    </message>
    <message>
        <source>EST-veckor</source>
        <translation>EST weeks</translation>
    </message>
    <message>
        <source>Effektindikator</source>
        <translation>Effect indicator</translation>
    </message>
    <message>
        <source>Effektmått</source>
        <translation>Effect measure</translation>
    </message>
    <message>
        <source>Ej nått</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Eller en tertial (t.ex. 2026-T2)</source>
        <translation>Or a four-month period (e.g. 2026-T2)</translation>
    </message>
    <message>
        <source>En beslutad åtgärdsplan tas inte bort.</source>
        <translation>A decided action plan is not deleted.</translation>
    </message>
    <message>
        <source>En borttagen fastställd rapport är borta och kan inte återställas.</source>
        <translation>A deleted approved report is gone and cannot be restored.</translation>
    </message>
    <message>
        <source>En fastställd rapport kan inte ändras. Fastställ en ny rapport i stället.</source>
        <translation>An approved report cannot be changed. Approve a new report instead.</translation>
    </message>
    <message>
        <source>En kommun måste höra till en part.</source>
        <translation>A municipality must belong to a party.</translation>
    </message>
    <message>
        <source>En lägesbild görs för en kommun som är part i överenskommelsen.</source>
        <translation>A local crime survey is made for a municipality that is a party to the agreement.</translation>
    </message>
    <message>
        <source>En överenskommelse behöver minst två parter (nu {n}).</source>
        <translation>An agreement needs at least two parties (now {n}).</translation>
    </message>
    <message>
        <source>Ersättare</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Ett lokalpolisområde med flera kommuner, tre gemensamma fokusområden och fyra forum; åtgärdsplan per kommun.</source>
        <translation>A local police area with several municipalities, three joint focus areas and four forums; an action plan per municipality.</translation>
    </message>
    <message>
        <source>Ett {level} måste ligga under ett {want}.</source>
        <translation>A {level} must lie under a {want}.</translation>
    </message>
    <message>
        <source>Excelfilen kan inte läsas ({name}): {name2}</source>
        <translation>The Excel file cannot be read ({name}): {name2}</translation>
    </message>
    <message>
        <source>Exporten blev inte hel: referens från {value} till {value2} saknas.</source>
        <translation>The export is incomplete: a reference from {value} to {value2} is missing.</translation>
    </message>
    <message>
        <source>Exportfilen</source>
        <translation>The export file</translation>
    </message>
    <message>
        <source>Exportfilen kan inte vara den öppna arbetsytan.</source>
        <translation>The export file cannot be the open workspace.</translation>
    </message>
    <message>
        <source>Exportfilen klarade inte kontrollen ({ok}).</source>
        <translation>The export file failed the check ({ok}).</translation>
    </message>
    <message>
        <source>F&amp;unktion/roll</source>
        <translation>F&amp;unction/role</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Fastställ lägesbild</source>
        <translation>Approve local crime survey</translation>
    </message>
    <message>
        <source>Fastställ rapport</source>
        <translation>Approve report</translation>
    </message>
    <message>
        <source>Fastställd rapport {id}</source>
        <translation>Approved report {id}</translation>
    </message>
    <message>
        <source>Fastställd rapport ”{title}” ({kind}, per {day})</source>
        <translation>Approved report “{title}” ({kind}, as of {day})</translation>
    </message>
    <message>
        <source>Fastställda rapporter</source>
        <translation>Approved reports</translation>
    </message>
    <message>
        <source>Fastställde rapporten {id} (samverkan reports {file} {id} -o UT.pdf skriver ut den igen)</source>
        <translation>Approved the report {id} (samverkan reports {file} {id} -o OUT.pdf prints it again)</translation>
    </message>
    <message>
        <source>Filen finns inte: {path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <source>Filen finns redan: {path}</source>
        <translation>The file already exists: {path}</translation>
    </message>
    <message>
        <source>Filen finns redan: {path} (använd --force för att skriva över).</source>
        <translation>The file already exists: {path} (use --force to overwrite it).</translation>
    </message>
    <message>
        <source>Filen har fler än {n} rader; dela upp den.</source>
        <translation>The file has more than {n} rows; split it.</translation>
    </message>
    <message>
        <source>Filen har ingen rubrikrad: {name}</source>
        <translation>The file has no header row: {name}</translation>
    </message>
    <message>
        <source>Filen har schemaversion {version}; den kan bara visas i version {value}. Öppna den vanligt först.</source>
        <translation>The file has schema version {version}; it can only be viewed in version {value}. Open it normally first.</translation>
    </message>
    <message>
        <source>Filen kunde inte öppnas: {name} ({value}).</source>
        <translation>The file could not be opened: {name} ({value}).</translation>
    </message>
    <message>
        <source>Filen ligger på en nätverksenhet ({path}). Arbetsytan måste ligga lokalt: kopiera den till datorn och öppna kopian.</source>
        <translation>The file is on a network drive ({path}). The workspace must be local: copy it to the computer and open the copy.</translation>
    </message>
    <message>
        <source>Filen är en SQLite-databas men ingen Samverkan-arbetsyta: {name}</source>
        <translation>The file is an SQLite database but not a Samverkan workspace: {name}</translation>
    </message>
    <message>
        <source>Filen är för stor ({value} MB; högst {value2} MB): {name}</source>
        <translation>The file is too large ({value} MB; at most {value2} MB): {name}</translation>
    </message>
    <message>
        <source>Filen är ingen SQLite-databas och kan inte öppnas: {name}</source>
        <translation>The file is not an SQLite database and cannot be opened: {name}</translation>
    </message>
    <message>
        <source>Filen är ingen textfil (CSV) och kan inte läsas: {name}</source>
        <translation>The file is not a text file (CSV) and cannot be read: {name}</translation>
    </message>
    <message>
        <source>Filen är skadad eller ingen SQLite-databas: {name} ({exc})</source>
        <translation>The file is damaged or not an SQLite database: {name} ({exc})</translation>
    </message>
    <message>
        <source>Filen är skapad av en nyare version av Samverkan Desktop (schemaversion {version}, den här versionen förstår {newest}). Uppdatera programmet för att öppna den.</source>
        <translation>The file was made by a newer version of Samverkan Desktop (schema version {version}; this version understands {newest}). Update the program to open it.</translation>
    </message>
    <message>
        <source>Filen är upptagen av ett annat program. Försök igen om en stund.</source>
        <translation>The file is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>Filens manifest</source>
        <translation>The file&apos;s manifest</translation>
    </message>
    <message>
        <source>Finns kvar (ändrad)</source>
        <translation>Kept (edited)</translation>
    </message>
    <message>
        <source>Flytta aktivitet: {value}</source>
        <translation>Move activity: {value}</translation>
    </message>
    <message>
        <source>Flytta part</source>
        <translation>Move party</translation>
    </message>
    <message>
        <source>Flytta resurs</source>
        <translation>Move resource</translation>
    </message>
    <message>
        <source>Flytta samverkansform</source>
        <translation>Move form of cooperation</translation>
    </message>
    <message>
        <source>Flytta syfte</source>
        <translation>Move purpose</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Från {source}</source>
        <translation>From {source}</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>FÄLT</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>FÄLT=VÄRDE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Giltighetstid</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Gör om {label}</source>
        <translation>Redo {label}</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hittar ingen kolumn för {fields} i {file} (rubrikerna är: {headers}).</source>
        <translation>No column found for {fields} in {file} (the headers are: {headers}).</translation>
    </message>
    <message>
        <source>Hämta siffror till lägesbilden</source>
        <translation>Fetch figures for the local crime survey</translation>
    </message>
    <message>
        <source>Händelsen finns inte längre.</source>
        <translation>The incident no longer exists.</translation>
    </message>
    <message>
        <source>Händelsen hör till en annan överenskommelse än problemet.</source>
        <translation>The incident belongs to another agreement than the problem.</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>ICS-filen som skrivs</source>
        <translation>the ICS file to write</translation>
    </message>
    <message>
        <source>Importera {n} händelser från {file_name}</source>
        <translation>Import {n} incidents from {file_name}</translation>
    </message>
    <message>
        <source>Importerade {rows} ({incidents}); hoppade över {skipped}.</source>
        <translation>Imported {rows} ({incidents}); skipped {skipped}.</translation>
    </message>
    <message>
        <source>Inaktivera {label}</source>
        <translation>Deactivate {label}</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indikatorn behöver ett namn.</source>
        <translation>The indicator needs a name.</translation>
    </message>
    <message>
        <source>Indikatorn finns inte längre.</source>
        <translation>The indicator no longer exists.</translation>
    </message>
    <message>
        <source>Indikatorvärden</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <source>Inga fastställda rapporter.</source>
        <translation>No approved reports.</translation>
    </message>
    <message>
        <source>Inga fält att ändra.</source>
        <translation>No fields to change.</translation>
    </message>
    <message>
        <source>Inga olösta konflikter.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <source>Inga personnummer hittades.</source>
        <translation>No personal identity numbers found.</translation>
    </message>
    <message>
        <source>Ingen fastställd rapport har id {term!r}.</source>
        <translation>No approved report has id {term!r}.</translation>
    </message>
    <message>
        <source>Ingen historik för posten.</source>
        <translation>No history for the record.</translation>
    </message>
    <message>
        <source>Ingen överenskommelse i arbetsytan har kommunen {kommun!r}.</source>
        <translation>No agreement in the workspace has the municipality {kommun!r}.</translation>
    </message>
    <message>
        <source>Ingen överenskommelse matchar {term!r}.</source>
        <translation>No agreement matches {term!r}.</translation>
    </message>
    <message>
        <source>Ingenting ändrades. Du kan försöka igen.</source>
        <translation>Nothing was changed. You can try again.</translation>
    </message>
    <message>
        <source>Inget nytt i filen.</source>
        <translation>Nothing new in the file.</translation>
    </message>
    <message>
        <source>Inget nytt i filen: den lästes in {when}.</source>
        <translation>Nothing new in the file: it was merged {when}.</translation>
    </message>
    <message>
        <source>Inget sammanträde har uuid eller datum {term!r}.</source>
        <translation>No meeting has the uuid or date {term!r}.</translation>
    </message>
    <message>
        <source>Inget uppföljningstillfälle har uuid eller datum {term!r}.</source>
        <translation>No follow-up occasion has the uuid or date {term!r}.</translation>
    </message>
    <message>
        <source>Inget ändrades: posten har redan de värdena.</source>
        <translation>Nothing changed: the record already has those values.</translation>
    </message>
    <message>
        <source>Innehavare</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Innehållet har {n} personnummer ({places}). Personuppgifter om enskilda ska inte finnas i Samverkan Desktop; ta bort dem innan du delar eller skriver ut.</source>
        <translation>The content has {n} personal identity numbers ({places}). Personal data about individuals must not be in Samverkan Desktop; remove it before you share or print.</translation>
    </message>
    <message>
        <source>Justerat</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Justerat digitalt</source>
        <translation>Approved digitally</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>KOMMUN</source>
        <translation>MUNICIPALITY</translation>
    </message>
    <message>
        <source>KONFLIKT</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <source>Kalenderfil</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>Kalenderfilen</source>
        <translation>The calendar file</translation>
    </message>
    <message>
        <source>Kalenderfilen kunde inte skrivas: {value}</source>
        <translation>The calendar file could not be written: {value}</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kategori saknas.</source>
        <translation>The category is missing.</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Klockslag</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Koden finns inte längre.</source>
        <translation>The code no longer exists.</translation>
    </message>
    <message>
        <source>Kodlistor</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <source>Kolumner: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Kommunen (t.ex. Kumla)</source>
        <translation>The municipality (e.g. Kumla)</translation>
    </message>
    <message>
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Kommunikationsaktiviteter</source>
        <translation>Communication activities</translation>
    </message>
    <message>
        <source>Kommunikationsplan (år)</source>
        <translation>Communication plan (year)</translation>
    </message>
    <message>
        <source>Kommunikationsplanen finns inte längre.</source>
        <translation>The communication plan no longer exists.</translation>
    </message>
    <message>
        <source>Kommunikationsplaner</source>
        <translation>Communication plans</translation>
    </message>
    <message>
        <source>Konflikten finns inte längre.</source>
        <translation>The conflict no longer exists.</translation>
    </message>
    <message>
        <source>Konflikten är löst.</source>
        <translation>The conflict is resolved.</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Kontaktpersonen behöver ett namn.</source>
        <translation>The contact person needs a name.</translation>
    </message>
    <message>
        <source>Kontaktpersonen finns inte längre.</source>
        <translation>The contact person no longer exists.</translation>
    </message>
    <message>
        <source>Kontaktpersonen måste ha ett namn.</source>
        <translation>The contact person must have a name.</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Kontrollerar filen</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>Kontrollerar rad {n} av {total} …</source>
        <translation>Checking row {n} of {total} …</translation>
    </message>
    <message>
        <source>Kopiera kommunikationsplanen till {year}</source>
        <translation>Copy the communication plan to {year}</translation>
    </message>
    <message>
        <source>Kopierar arbetsytan</source>
        <translation>Copying the workspace</translation>
    </message>
    <message>
        <source>Koppla händelse till problem</source>
        <translation>Link incident to problem</translation>
    </message>
    <message>
        <source>Koppla underlag</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Koppla {n} händelser till problem</source>
        <translation>Link {n} incidents to problem</translation>
    </message>
    <message>
        <source>Kopplade händelser per tertial</source>
        <translation>Linked incidents per four-month period</translation>
    </message>
    <message>
        <source>Kortnamn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kunde inte skriva{target}: {reason}. Inget halvfärdigt har sparats, och arbetsytan är oförändrad.</source>
        <translation>Could not write{target}: {reason}. Nothing half-finished has been saved, and the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>LÖSENORDSFIL</source>
        <translation>PASSWORDFILE</translation>
    </message>
    <message>
        <source>Lägesbild</source>
        <translation>Situation report</translation>
    </message>
    <message>
        <source>Lägesbild för en kommun (Lag 2023:196 4 §)</source>
        <translation>Local crime survey for a municipality (Act 2023:196, section 4)</translation>
    </message>
    <message>
        <source>Lägesbild per område</source>
        <translation>Situation per area</translation>
    </message>
    <message>
        <source>Lägesbilden fastställdes {established_on} och kan inte ändras.</source>
        <translation>The local crime survey was approved on {established_on} and cannot be changed.</translation>
    </message>
    <message>
        <source>Lägesbilden finns inte längre.</source>
        <translation>The local crime survey no longer exists.</translation>
    </message>
    <message>
        <source>Lägesbilder</source>
        <translation>Local crime surveys</translation>
    </message>
    <message>
        <source>Lägesbildernas prioriterade problem</source>
        <translation>Local crime surveys&apos; priority problems</translation>
    </message>
    <message>
        <source>Lägg till part</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>Lös konflikt: {value} i {value2}</source>
        <translation>Resolve conflict: {value} in {value2}</translation>
    </message>
    <message>
        <source>Lösenordet är tomt.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Lösenordsfilen kan inte läsas: {path} ({strerror}).</source>
        <translation>The password file cannot be read: {path} ({strerror}).</translation>
    </message>
    <message>
        <source>Lösenordsfilen är tom: {path}</source>
        <translation>The password file is empty: {path}</translation>
    </message>
    <message>
        <source>MOTTAGEN</source>
        <translation>RECEIVED</translation>
    </message>
    <message>
        <source>Mappen finns inte: {parent}</source>
        <translation>The folder does not exist: {parent}</translation>
    </message>
    <message>
        <source>Mappen ligger på en nätverksenhet. En arbetsyta måste ligga på datorn: databasen kan skadas när flera datorer skriver till den över nätverket.</source>
        <translation>The folder is on a network drive. A workspace must be on this computer: the database can be damaged when several computers write to it over the network.</translation>
    </message>
    <message>
        <source>Mappen synkroniseras av {service}. Lägg helst arbetsytan på datorn: synkroniseringen kan kopiera en halvskriven fil och skapa konfliktkopior. Dela i stället med Arkiv → Dela….</source>
        <translation>The folder is synchronised by {service}. Keep the workspace on this computer: synchronisation can copy a half-written file and create conflicting copies. Share with File → Share… instead.</translation>
    </message>
    <message>
        <source>Maskad {day}: text borttagen efter fastställandet</source>
        <translation>Masked {day}: text removed after approval</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Mätvärdet finns inte längre</source>
        <translation>The measured value no longer exists</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Målet nått</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namnet saknas ({kind}).</source>
        <translation>The name is missing ({kind}).</translation>
    </message>
    <message>
        <source>Ny aktör: {name}</source>
        <translation>New actor: {name}</translation>
    </message>
    <message>
        <source>Ny händelse</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Ny kommunikationsaktivitet</source>
        <translation>New communication activity</translation>
    </message>
    <message>
        <source>Ny kommunikationsplan</source>
        <translation>New communication plan</translation>
    </message>
    <message>
        <source>Ny kommunikationsplan {year}</source>
        <translation>New communication plan {year}</translation>
    </message>
    <message>
        <source>Ny kontaktperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Ny kontaktperson: {name}</source>
        <translation>New contact person: {name}</translation>
    </message>
    <message>
        <source>Ny lägesbild {value} – {name}</source>
        <translation>New local crime survey {value} – {name}</translation>
    </message>
    <message>
        <source>Ny part</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Ny period</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Ny rad i åtgärdsplanen</source>
        <translation>New action plan row</translation>
    </message>
    <message>
        <source>Ny resurs</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>Ny samverkansform</source>
        <translation>New form of cooperation</translation>
    </message>
    <message>
        <source>Ny version av åtgärdsplanen</source>
        <translation>New version of the action plan</translation>
    </message>
    <message>
        <source>Ny {kind}: {label}</source>
        <translation>New {kind}: {label}</translation>
    </message>
    <message>
        <source>Ny § {number}</source>
        <translation>New § {number}</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ny åtgärdsplan</source>
        <translation>New action plan</translation>
    </message>
    <message>
        <source>Ny överenskommelse ({value})</source>
        <translation>New agreement ({value})</translation>
    </message>
    <message>
        <source>Nytt mätvärde</source>
        <translation>New measured value</translation>
    </message>
    <message>
        <source>Nytt problem</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Nytt sammanträde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Nytt syfte</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <source>Nytt uppdrag</source>
        <translation>New duty</translation>
    </message>
    <message>
        <source>Nytt uppföljningstillfälle</source>
        <translation>New follow-up occasion</translation>
    </message>
    <message>
        <source>Nytt {level}: {name}</source>
        <translation>New {level}: {name}</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>Ogiltig månad: {month}.</source>
        <translation>Invalid month: {month}.</translation>
    </message>
    <message>
        <source>Ogiltig period: {text!r} (skriv t.ex. 2026-05, 2026-T2 eller 2026).</source>
        <translation>Invalid period: {text!r} (write e.g. 2026-05, 2026-T2 or 2026).</translation>
    </message>
    <message>
        <source>Ogiltig vecka: {text} (skriv t.ex. {example}).</source>
        <translation>Invalid week: {text} (write e.g. {example}).</translation>
    </message>
    <message>
        <source>Ogiltigt datum {value!r} (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>Invalid date {value!r} (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ogiltigt datum: {text!r} (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>Invalid date: {text!r} (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ogiltigt klockslag {value!r} (skriv TT:MM).</source>
        <translation>Invalid time {value!r} (write HH:MM).</translation>
    </message>
    <message>
        <source>Ogiltigt klockslag: {occurred_time!r} (skriv TT:MM).</source>
        <translation>Invalid time: {occurred_time!r} (write HH:MM).</translation>
    </message>
    <message>
        <source>Ogiltigt paragrafnummer: {number!r}.</source>
        <translation>Invalid paragraph number: {number!r}.</translation>
    </message>
    <message>
        <source>Ogiltigt värde: {problem}.</source>
        <translation>Invalid value: {problem}.</translation>
    </message>
    <message>
        <source>Ogiltigt år: {year!r}.</source>
        <translation>Invalid year: {year!r}.</translation>
    </message>
    <message>
        <source>Ogiltigt år: {year}.</source>
        <translation>Invalid year: {year}.</translation>
    </message>
    <message>
        <source>Okänd filtyp {value}: välj en CSV- eller Excelfil (.xlsx).</source>
        <translation>Unknown file type {value}: choose a CSV or Excel file (.xlsx).</translation>
    </message>
    <message>
        <source>Okänd kategori: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K).</source>
        <translation>Unknown category: {text}. Choose from the list or add it under Code lists (Ctrl+K).</translation>
    </message>
    <message>
        <source>Okänd kodlista: {list_name}</source>
        <translation>Unknown code list: {list_name}</translation>
    </message>
    <message>
        <source>Okänd källa: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K).</source>
        <translation>Unknown source: {text}. Choose from the list or add it under Code lists (Ctrl+K).</translation>
    </message>
    <message>
        <source>Okänd mall: {template}.</source>
        <translation>Unknown template: {template}.</translation>
    </message>
    <message>
        <source>Okänd nivå: {level!r}.</source>
        <translation>Unknown level: {level!r}.</translation>
    </message>
    <message>
        <source>Okänd rapportsort: {kind}.</source>
        <translation>Unknown kind of report: {kind}.</translation>
    </message>
    <message>
        <source>Okänd status: {status!r} (grön, gul, röd eller ej bedömd).</source>
        <translation>Unknown status: {status!r} (grön, gul, röd or ej bedömd).</translation>
    </message>
    <message>
        <source>Okänd status: {status!r}.</source>
        <translation>Unknown status: {status!r}.</translation>
    </message>
    <message>
        <source>Okänd status: {status}.</source>
        <translation>Unknown status: {status}.</translation>
    </message>
    <message>
        <source>Okänd tabell: {table}</source>
        <translation>Unknown table: {table}</translation>
    </message>
    <message>
        <source>Okänd tabell: {table}. Tabellerna är: {tables}.</source>
        <translation>Unknown table: {table}. The tables are: {tables}.</translation>
    </message>
    <message>
        <source>Okänd typ av part: {kind}.</source>
        <translation>Unknown kind of party: {kind}.</translation>
    </message>
    <message>
        <source>Okänd typ: {kind}.</source>
        <translation>Unknown kind: {kind}.</translation>
    </message>
    <message>
        <source>Okänd {kind} {label!r} (inte kopplad till kodlistan).</source>
        <translation>Unknown {kind} {label!r} (not mapped to the code list).</translation>
    </message>
    <message>
        <source>Okänd {kind} {label!r} ({rows}): {action}</source>
        <translation>Unknown {kind} {label!r} ({rows}): {action}</translation>
    </message>
    <message>
        <source>Okänd {what}: {value!r} (välj {names}).</source>
        <translation>Unknown {what}: {value!r} (choose {names}).</translation>
    </message>
    <message>
        <source>Okända fält för {table}: {names}</source>
        <translation>Unknown fields for {table}: {names}</translation>
    </message>
    <message>
        <source>Okända fält i planen: {value}</source>
        <translation>Unknown fields in the plan: {value}</translation>
    </message>
    <message>
        <source>Okända fält: {names}</source>
        <translation>Unknown fields: {names}</translation>
    </message>
    <message>
        <source>Okänt effektmått: {kind!r} (indikator eller händelser).</source>
        <translation>Unknown effect measure: {kind!r} (indikator or händelser).</translation>
    </message>
    <message>
        <source>Okänt fält för {table}: {field}. Fälten är: {fields}.</source>
        <translation>Unknown field for {table}: {field}. The fields are: {fields}.</translation>
    </message>
    <message>
        <source>Okänt fält: {key}.</source>
        <translation>Unknown field: {key}.</translation>
    </message>
    <message>
        <source>Okänt fält: {names}.</source>
        <translation>Unknown field: {names}.</translation>
    </message>
    <message>
        <source>Okänt område: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K).</source>
        <translation>Unknown area: {text}. Choose from the list or add it under Code lists (Ctrl+K).</translation>
    </message>
    <message>
        <source>Okänt slag av bedömning: {target_kind!r}.</source>
        <translation>Unknown kind of assessment: {target_kind!r}.</translation>
    </message>
    <message>
        <source>Okänt slag av underlag: {kind!r}.</source>
        <translation>Unknown kind of evidence: {kind!r}.</translation>
    </message>
    <message>
        <source>Okänt slag av uppföljning: {kind!r}.</source>
        <translation>Unknown kind of follow-up: {kind!r}.</translation>
    </message>
    <message>
        <source>Okänt val: {choice}</source>
        <translation>Unknown choice: {choice}</translation>
    </message>
    <message>
        <source>Okänt värde för {field}: {value}.</source>
        <translation>Unknown value for {field}: {value}.</translation>
    </message>
    <message>
        <source>Omfattning: {value!r} är inget tal (skriv t.ex. 0,5).</source>
        <translation>Extent: {value!r} is not a number (write e.g. 0.5).</translation>
    </message>
    <message>
        <source>Omfattningen kan inte vara negativ.</source>
        <translation>The extent cannot be negative.</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Område/plats</source>
        <translation>Area/place</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Områdesstatus</source>
        <translation>Area status</translation>
    </message>
    <message>
        <source>Området finns inte längre.</source>
        <translation>The area no longer exists.</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Orsaksanalys</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF-filen</source>
        <translation>The PDF file</translation>
    </message>
    <message>
        <source>PDF-filen som skrivs</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>PDF:en kunde inte sättas upp: något på sidan får inte plats. Inget skrevs; felet är loggat.</source>
        <translation>The PDF could not be laid out: something on the page does not fit. Nothing was written; the error is logged.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Paragrafen finns inte längre.</source>
        <translation>The paragraph no longer exists.</translation>
    </message>
    <message>
        <source>Paragrafer</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Paragrafnummer (§)</source>
        <translation>Paragraph number (§)</translation>
    </message>
    <message>
        <source>Paragrafnumret måste vara 1 eller högre.</source>
        <translation>The paragraph number must be 1 or higher.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Parten finns inte längre.</source>
        <translation>The party no longer exists.</translation>
    </message>
    <message>
        <source>Parten finns redan i överenskommelsen.</source>
        <translation>The party is already in the agreement.</translation>
    </message>
    <message>
        <source>Parten måste ha ett namn.</source>
        <translation>The party must have a name.</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Perioden måste sluta efter att den börjar.</source>
        <translation>The period must end after it starts.</translation>
    </message>
    <message>
        <source>Periodens början</source>
        <translation>The start of the period</translation>
    </message>
    <message>
        <source>Periodens slut</source>
        <translation>The end of the period</translation>
    </message>
    <message>
        <source>Planen för {year} har redan {n} aktiviteter. Inget kopierades; ta bort dem först eller lägg till aktiviteterna för hand.</source>
        <translation>The plan for {year} already has {n} activities. Nothing was copied; delete them first or add the activities by hand.</translation>
    </message>
    <message>
        <source>Planens giltighet slutar före den börjar.</source>
        <translation>The plan&apos;s validity ends before it starts.</translation>
    </message>
    <message>
        <source>Planens år:</source>
        <translation>Year of the plan:</translation>
    </message>
    <message>
        <source>Posten finns inte ({table} {uuid}).</source>
        <translation>The record does not exist ({table} {uuid}).</translation>
    </message>
    <message>
        <source>Posten finns inte längre ({table} {uuid}).</source>
        <translation>The record no longer exists ({table} {uuid}).</translation>
    </message>
    <message>
        <source>Posten finns inte längre.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Posten var redan borttagen.</source>
        <translation>The record was already deleted.</translation>
    </message>
    <message>
        <source>Posten är borttagen och kan inte ändras ({table} {uuid}). Ångra borttagningen först.</source>
        <translation>The record is deleted and cannot be changed ({table} {uuid}). Undo the deletion first.</translation>
    </message>
    <message>
        <source>Posten är borttagen.</source>
        <translation>The record is deleted.</translation>
    </message>
    <message>
        <source>Posten är borttagen. Återställ den först (samverkan restore FIL {table} {uuid}).</source>
        <translation>The record is deleted. Restore it first (samverkan restore FILE {table} {uuid}).</translation>
    </message>
    <message>
        <source>Posten är inte borttagen.</source>
        <translation>The record is not deleted.</translation>
    </message>
    <message>
        <source>Posten är ändrad.</source>
        <translation>The record is changed.</translation>
    </message>
    <message>
        <source>Posten är återställd.</source>
        <translation>The record is restored.</translation>
    </message>
    <message>
        <source>Prioriterade problem</source>
        <translation>Priority problems</translation>
    </message>
    <message>
        <source>Prioriterat problem i lägesbilden</source>
        <translation>Priority problem in the local crime survey</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Prioritet måste vara 1, 2 eller 3.</source>
        <translation>The priority must be 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problemet</source>
        <translation>The problem</translation>
    </message>
    <message>
        <source>Problemet finns inte längre.</source>
        <translation>The problem no longer exists.</translation>
    </message>
    <message>
        <source>Protokollsutdrag (en paragraf)</source>
        <translation>Minutes extract (one paragraph)</translation>
    </message>
    <message>
        <source>Provkörning: inget sparades.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>Pågår – preliminärt</source>
        <translation>Running – preliminary</translation>
    </message>
    <message>
        <source>Raden i åtgärdsplanen finns inte längre.</source>
        <translation>The action plan row no longer exists.</translation>
    </message>
    <message>
        <source>Rapporten är {mb} MB; en fastställd rapport får vara högst {limit} MB.</source>
        <translation>The report is {mb} MB; an approved report may be at most {limit} MB.</translation>
    </message>
    <message>
        <source>Resurs</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Resurs enligt överenskommelsen</source>
        <translation>Resource as agreed</translation>
    </message>
    <message>
        <source>Resursen som den står i överenskommelsen</source>
        <translation>The resource as worded in the agreement</translation>
    </message>
    <message>
        <source>Resurser</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Resursernas samverkansformer</source>
        <translation>Resources&apos; forms of cooperation</translation>
    </message>
    <message>
        <source>Resursregister (resurser som garanteras)</source>
        <translation>Resource register (guaranteed resources)</translation>
    </message>
    <message>
        <source>Räknar {value} …</source>
        <translation>Counting {value} …</translation>
    </message>
    <message>
        <source>SORT</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Samma part står två gånger.</source>
        <translation>The same party is listed twice.</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sammanslagen</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Sammanställer …</source>
        <translation>Compiling …</translation>
    </message>
    <message>
        <source>Sammanträde (uuid eller datum ÅÅÅÅ-MM-DD)</source>
        <translation>Meeting (uuid or date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Sammanträdet finns inte längre.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Sammanträdet har ingen § {number}.</source>
        <translation>The meeting has no § {number}.</translation>
    </message>
    <message>
        <source>Sammanträdet har redan en § {number}.</source>
        <translation>The meeting already has a § {number}.</translation>
    </message>
    <message>
        <source>Samverkan Desktop utan fönster.</source>
        <translation>Samverkan Desktop without a window.</translation>
    </message>
    <message>
        <source>Samverkans&amp;former</source>
        <translation>Forms of &amp;cooperation</translation>
    </message>
    <message>
        <source>Samverkansformen</source>
        <translation>The form of cooperation</translation>
    </message>
    <message>
        <source>Samverkansformen måste ha ett namn.</source>
        <translation>The form of cooperation must have a name.</translation>
    </message>
    <message>
        <source>Samverkansformer</source>
        <translation>Forms of cooperation</translation>
    </message>
    <message>
        <source>Samverkansformer och fokusområden</source>
        <translation>Forms of cooperation and focus areas</translation>
    </message>
    <message>
        <source>Schemaversion {version}</source>
        <translation>Schema version {version}</translation>
    </message>
    <message>
        <source>Skapa uppföljningar från överenskommelsen</source>
        <translation>Create follow-ups from the agreement</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Skapade {path}</source>
        <translation>Created {path}</translation>
    </message>
    <message>
        <source>Skrev {file}</source>
        <translation>Wrote {file}</translation>
    </message>
    <message>
        <source>Skrev {file} (fastställd {on} av {by})</source>
        <translation>Wrote {file} (approved {on} by {by})</translation>
    </message>
    <message>
        <source>Skrev {file} ({n} händelser)</source>
        <translation>Wrote {file} ({n} events)</translation>
    </message>
    <message>
        <source>Skriv FÄLT=VÄRDE, inte {item!r}.</source>
        <translation>Write FIELD=VALUE, not {item!r}.</translation>
    </message>
    <message>
        <source>Skriv ett namn på området.</source>
        <translation>Write a name for the area.</translation>
    </message>
    <message>
        <source>Skriv resursen som den står i överenskommelsen.</source>
        <translation>Write the resource as it is worded in the agreement.</translation>
    </message>
    <message>
        <source>Skriv vad aktiviteten är (rubrik).</source>
        <translation>Write what the activity is (heading).</translation>
    </message>
    <message>
        <source>Skriv vad uppdraget gäller.</source>
        <translation>Write what the duty is about.</translation>
    </message>
    <message>
        <source>Skriver filen</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <source>Skulle importera {rows} ({incidents}); hoppade över {skipped}.</source>
        <translation>Would import {rows} ({incidents}); skipped {skipped}.</translation>
    </message>
    <message>
        <source>Slutsatser</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Slå ihop {name}</source>
        <translation>Merge {name}</translation>
    </message>
    <message>
        <source>Som Hallsberg: lokalpolisområde och flera kommuner</source>
        <translation>Like Hallsberg: a local police area and several municipalities</translation>
    </message>
    <message>
        <source>Som Örebro: kommun och lokalpolisområde</source>
        <translation>Like Örebro: a municipality and its local police area</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Spara analys {value}{value2}</source>
        <translation>Save analysis {value}{value2}</translation>
    </message>
    <message>
        <source>Spara kalenderfil</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Spara veckans möte</source>
        <translation>Save the week&apos;s meeting</translation>
    </message>
    <message>
        <source>Sparar händelse {value} av {total} …</source>
        <translation>Saving incident {value} of {total} …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status som förra veckan</source>
        <translation>Status as last week</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Syften</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Säkerhetskopia före sammanslagningen: {file}</source>
        <translation>Backup before the merge: {file}</translation>
    </message>
    <message>
        <source>Säkerhetskopian klarar inte kontrollen: {name} ({result})</source>
        <translation>The backup fails the check: {name} ({result})</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte återställas: {exc}</source>
        <translation>The backup could not be restored: {exc}</translation>
    </message>
    <message>
        <source>Säkerhetskopian är skadad: {name} ({exc})</source>
        <translation>The backup is damaged: {name} ({exc})</translation>
    </message>
    <message>
        <source>TABELL</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort / behåll gäller bara en konflikt mellan en borttagning och en ändring.</source>
        <translation>Delete / keep only applies to a conflict between a deletion and an edit.</translation>
    </message>
    <message>
        <source>Ta bort aktivitet: {value}</source>
        <translation>Delete activity: {value}</translation>
    </message>
    <message>
        <source>Ta bort aktör</source>
        <translation>Delete actor</translation>
    </message>
    <message>
        <source>Ta bort fastställd rapport</source>
        <translation>Delete approved report</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <source>Ta bort indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Ta bort kontaktperson</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <source>Ta bort koppling till problem</source>
        <translation>Remove link to problem</translation>
    </message>
    <message>
        <source>Ta bort mätvärde</source>
        <translation>Delete measured value</translation>
    </message>
    <message>
        <source>Ta bort områdesstatus</source>
        <translation>Delete area status</translation>
    </message>
    <message>
        <source>Ta bort paragraf</source>
        <translation>Delete paragraph</translation>
    </message>
    <message>
        <source>Ta bort part ur överenskommelsen</source>
        <translation>Remove party from the agreement</translation>
    </message>
    <message>
        <source>Ta bort personuppgifter</source>
        <translation>Remove personal data</translation>
    </message>
    <message>
        <source>Ta bort rad ur åtgärdsplanen</source>
        <translation>Delete row from the action plan</translation>
    </message>
    <message>
        <source>Ta bort resurs</source>
        <translation>Delete resource</translation>
    </message>
    <message>
        <source>Ta bort sammanträde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Ta bort samverkansform</source>
        <translation>Delete form of cooperation</translation>
    </message>
    <message>
        <source>Ta bort syfte</source>
        <translation>Delete purpose</translation>
    </message>
    <message>
        <source>Ta bort underlag</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Ta bort uppdrag</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <source>Ta bort uppföljningstillfälle</source>
        <translation>Delete follow-up occasion</translation>
    </message>
    <message>
        <source>Ta bort {level}: {name}</source>
        <translation>Delete {level}: {name}</translation>
    </message>
    <message>
        <source>Ta bort {n} händelser</source>
        <translation>Delete {n} incidents</translation>
    </message>
    <message>
        <source>Ta bort {value}</source>
        <translation>Delete {value}</translation>
    </message>
    <message>
        <source>Ta bort åtgärdsplan</source>
        <translation>Delete action plan</translation>
    </message>
    <message>
        <source>Ta bort överenskommelse</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tertial (t.ex. 2026-T2)</source>
        <translation>Four-month period (e.g. 2026-T2)</translation>
    </message>
    <message>
        <source>Tertialrapporten gäller en tertial: skriv t.ex. --period {year}-T2.</source>
        <translation>The four-month report covers one four-month period: write e.g. --period {year}-T2.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Texten verkar innehålla ett personnummer ({numbers}). Skriv inte personuppgifter om enskilda i Samverkan Desktop.</source>
        <translation>The text seems to contain a personal identity number ({numbers}). Do not write personal data about individuals in Samverkan Desktop.</translation>
    </message>
    <message>
        <source>Texten är ersatt i arbetsytan, dess historik och konflikter.</source>
        <translation>The text is replaced in the workspace, its history and conflicts.</translation>
    </message>
    <message>
        <source>Texten ”{text}” finns inte i den fastställda rapporten.</source>
        <translation>The text “{text}” is not in the approved report.</translation>
    </message>
    <message>
        <source>Texten ”{text}” står kvar när rapporten byggs igen: den finns i {where}. Ta bort den där först.</source>
        <translation>The text “{text}” remains when the report is rebuilt: it is in {where}. Remove it there first.</translation>
    </message>
    <message>
        <source>Texten ”{text}” står kvar när rapporten byggs igen: den finns kvar i arbetsytan.</source>
        <translation>The text “{text}” remains when the report is rebuilt: it is still in the workspace.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tillsatt</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tog bort den fastställda rapporten {id} ({title}).</source>
        <translation>Deleted the approved report {id} ({title}).</translation>
    </message>
    <message>
        <source>Tom rad.</source>
        <translation>Empty row.</translation>
    </message>
    <message>
        <source>Tom överenskommelse</source>
        <translation>Blank agreement</translation>
    </message>
    <message>
        <source>Trasig referens i {table} (rad {row}) till {target}</source>
        <translation>Broken reference in {table} (row {row}) to {target}</translation>
    </message>
    <message>
        <source>Två parter, syften, resurser per part och femton samverkansformer (ÖreBRÅ, EST, SSPF, SIG, GVI …) med ansvarig part.</source>
        <translation>Two parties, purposes, resources per party and fifteen forms of cooperation (ÖreBRÅ, EST, SSPF, SIG, GVI …) with a responsible party.</translation>
    </message>
    <message>
        <source>UT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>UT.ics</source>
        <translation>OUT.ics</translation>
    </message>
    <message>
        <source>UT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Under rekrytering</source>
        <translation>Being recruited</translation>
    </message>
    <message>
        <source>Underlaget finns inte längre.</source>
        <translation>The evidence no longer exists.</translation>
    </message>
    <message>
        <source>Undertecknad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Undertecknad text</source>
        <translation>Signed text</translation>
    </message>
    <message>
        <source>Undertecknad:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <source>Undertecknare</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Undertecknarens titel</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Uppdrag</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Uppdrag från utskottet</source>
        <translation>Duties from the committee</translation>
    </message>
    <message>
        <source>Uppdrag klart</source>
        <translation>Duty done</translation>
    </message>
    <message>
        <source>Uppdraget finns inte längre.</source>
        <translation>The duty no longer exists.</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Uppföljning till utskottet</source>
        <translation>Follow-up to the committee</translation>
    </message>
    <message>
        <source>Uppföljning {names} ligger utanför perioden {period_from} – {period_to} (högst sex månader efter).</source>
        <translation>Follow-up {names} lies outside the period {period_from} – {period_to} (at most six months after).</translation>
    </message>
    <message>
        <source>Uppföljning: {status}</source>
        <translation>Follow-up: {status}</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Uppföljningstillfälle (uuid eller datum ÅÅÅÅ-MM-DD)</source>
        <translation>Follow-up occasion (uuid or date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Uppföljningstillfället finns inte längre.</source>
        <translation>The follow-up occasion no longer exists.</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>VAKANT</source>
        <translation>VACANT</translation>
    </message>
    <message>
        <source>VAL</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>VECKA</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <source>Vakant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Vecka (t.ex. 2026-v53)</source>
        <translation>Week (e.g. 2026-v53)</translation>
    </message>
    <message>
        <source>Vecka {year}-{week:02d}</source>
        <translation>Week {year}-{week:02d}</translation>
    </message>
    <message>
        <source>Veckotrend {value} …</source>
        <translation>Weekly trend {value} …</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>VÄRDE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Välj vilken indikator problemet ska påverka.</source>
        <translation>Choose the indicator the problem should move.</translation>
    </message>
    <message>
        <source>Välj vilken kolumn som innehåller: {names}.</source>
        <translation>Choose the column that holds: {names}.</translation>
    </message>
    <message>
        <source>Välj vilken part som garanterar resursen.</source>
        <translation>Choose the party that guarantees the resource.</translation>
    </message>
    <message>
        <source>Välj {what}.</source>
        <translation>Choose a {what}.</translation>
    </message>
    <message>
        <source>Väljer ut det som ska delas</source>
        <translation>Choosing what to share</translation>
    </message>
    <message>
        <source>Vänta: {verb} pågår redan.</source>
        <translation>Wait: {verb} is already running.</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Värdet kan inte sparas: {error}.</source>
        <translation>The value cannot be saved: {error}.</translation>
    </message>
    <message>
        <source>aktivt</source>
        <translation>active</translation>
    </message>
    <message>
        <source>annan</source>
        <translation>other</translation>
    </message>
    <message>
        <source>annan myndighet</source>
        <translation>other authority</translation>
    </message>
    <message>
        <source>ansvarig part:</source>
        <translation>responsible party:</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>arbetsområde</source>
        <translation>working area</translation>
    </message>
    <message>
        <source>arbetsytan</source>
        <translation>the workspace</translation>
    </message>
    <message>
        <source>arbetsytan som ska öppnas</source>
        <translation>the workspace to open</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>avbrutet</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>avslutad</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>avslutat</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>bara en överenskommelse (uuid eller del av titeln)</source>
        <translation>only one agreement (uuid or part of the title)</translation>
    </message>
    <message>
        <source>behörighet saknas</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>behörighet saknas för {name}</source>
        <translation>permission denied for {name}</translation>
    </message>
    <message>
        <source>beslutad</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>bevakas</source>
        <translation>monitored</translation>
    </message>
    <message>
        <source>binärdata i {where} tas inte emot.</source>
        <translation>binary data in {where} is not accepted.</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>borttagna</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>bostadsbolag</source>
        <translation>housing company</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>deluppföljning</source>
        <translation>interim follow-up</translation>
    </message>
    <message>
        <source>den</source>
        <translation>it</translation>
    </message>
    <message>
        <source>den innehåller ett främmande objekt ({kind} {name}).</source>
        <translation>it contains a foreign object ({kind} {name}).</translation>
    </message>
    <message>
        <source>den innehåller {what} ({name}) som inte hör till Samverkan Desktop.</source>
        <translation>it contains {what} ({name}) that does not belong to Samverkan Desktop.</translation>
    </message>
    <message>
        <source>den kommer från en nyare version av Samverkan Desktop (schemaversion {version}, den här versionen förstår {newest}). Uppdatera programmet först.</source>
        <translation>it comes from a newer version of Samverkan Desktop (schema version {version}, this version understands {newest}). Update the program first.</translation>
    </message>
    <message>
        <source>den nya texten (standard: personnumren maskeras, annars ersätts texten med (borttaget))</source>
        <translation>the new text (default: the personal identity numbers are masked, otherwise the text is replaced with (borttaget))</translation>
    </message>
    <message>
        <source>den är inte färdigskriven ({side} ligger bredvid): den skrivs fortfarande eller kopierades medan den var öppen. Be avsändaren dela den med Arkiv → Dela… i stället.</source>
        <translation>it is not completely written ({side} lies beside it): it is still being written or was copied while open. Ask the sender to share it with File → Share… instead.</translation>
    </message>
    <message>
        <source>deras ({by}): {value}</source>
        <translation>theirs ({by}): {value}</translation>
    </message>
    <message>
        <source>det nya värdet vid edited</source>
        <translation>the new value with edited</translation>
    </message>
    <message>
        <source>det är ingen SQLite-databas.</source>
        <translation>it is not an SQLite database.</translation>
    </message>
    <message>
        <source>det är ingen fil från Samverkan Desktop.</source>
        <translation>it is not a Samverkan Desktop file.</translation>
    </message>
    <message>
        <source>din organisation</source>
        <translation>your organisation</translation>
    </message>
    <message>
        <source>disken är full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>disken är skrivskyddad</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <source>diskkvoten är slut</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>ditt namn i filen (standard: --user)</source>
        <translation>your name in the file (default: --user)</translation>
    </message>
    <message>
        <source>du</source>
        <translation>you</translation>
    </message>
    <message>
        <source>ej bedömd</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>en fastställd rapport ({uuid}) är ingen hel PDF.</source>
        <translation>an approved report ({uuid}) is not a whole PDF.</translation>
    </message>
    <message>
        <source>en posts historik</source>
        <translation>a record&apos;s history</translation>
    </message>
    <message>
        <source>en synkroniserad mapp</source>
        <translation>a synchronised folder</translation>
    </message>
    <message>
        <source>en trigger</source>
        <translation>a trigger</translation>
    </message>
    <message>
        <source>en vy</source>
        <translation>a view</translation>
    </message>
    <message>
        <source>ersatt</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>ett decimaltal i {where}.</source>
        <translation>a decimal number in {where}.</translation>
    </message>
    <message>
        <source>ett för stort värde i {where}.</source>
        <translation>a value too large in {where}.</translation>
    </message>
    <message>
        <source>ett tal i stället för text i {where}.</source>
        <translation>a number instead of text in {where}.</translation>
    </message>
    <message>
        <source>fastighetsägare</source>
        <translation>property owner</translation>
    </message>
    <message>
        <source>fastställ rapporten: spara PDF:en i arbetsytan, så att den kan skrivas ut igen byte för byte (samverkan reports)</source>
        <translation>approve the report: keep the PDF in the workspace, so that it can be printed again byte for byte (samverkan reports)</translation>
    </message>
    <message>
        <source>fastställd</source>
        <translation>established</translation>
    </message>
    <message>
        <source>fastställda rapporter: lista, skriv ut igen (-o), ta bort (--delete) eller ta bort en text ur en (--mask)</source>
        <translation>approved reports: list, print again (-o), delete (--delete) or remove a text from one (--mask)</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>filen blir större än systemet tillåter</source>
        <translation>the file gets larger than the system allows</translation>
    </message>
    <message>
        <source>filen du har fått</source>
        <translation>the file you received</translation>
    </message>
    <message>
        <source>filen finns inte.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>filen som skrivs</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>filen är avkortad eller skadad.</source>
        <translation>the file is truncated or damaged.</translation>
    </message>
    <message>
        <source>filen är för stor.</source>
        <translation>the file is too large.</translation>
    </message>
    <message>
        <source>filen är skadad (integritetskontroll: {why}).</source>
        <translation>the file is damaged (integrity check: {why}).</translation>
    </message>
    <message>
        <source>filen är skadad (ogiltig teckenkodning i schemat).</source>
        <translation>the file is damaged (invalid character encoding in the schema).</translation>
    </message>
    <message>
        <source>filen är skadad (textkodningen är inte UTF-8).</source>
        <translation>the file is damaged (its text encoding is not UTF-8).</translation>
    </message>
    <message>
        <source>filen är skadad ({why}).</source>
        <translation>the file is damaged ({why}).</translation>
    </message>
    <message>
        <source>filen är skrivskyddad</source>
        <translation>the file is write-protected</translation>
    </message>
    <message>
        <source>filen är {size} MB, mer än gränsen {limit} MB.</source>
        <translation>the file is {size} MB, more than the limit of {limit} MB.</translation>
    </message>
    <message>
        <source>fokusområde</source>
        <translation>focus area</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>fritidsgård</source>
        <translation>youth centre</translation>
    </message>
    <message>
        <source>funktion</source>
        <translation>function</translation>
    </message>
    <message>
        <source>fyll med Örebro- och Hallsbergsöverenskommelserna och påhittad EST-data</source>
        <translation>fill with the Örebro and Hallsberg agreements and invented EST data</translation>
    </message>
    <message>
        <source>fältassistenter</source>
        <translation>youth outreach workers</translation>
    </message>
    <message>
        <source>fältet, t.ex. description</source>
        <translation>the field, e.g. description</translation>
    </message>
    <message>
        <source>förening</source>
        <translation>association</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>genomförd</source>
        <translation>done</translation>
    </message>
    <message>
        <source>grön</source>
        <translation>green</translation>
    </message>
    <message>
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>gällande</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>helår {year}</source>
        <translation>full year {year}</translation>
    </message>
    <message>
        <source>händelse</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>händelser</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>importera EST-händelser från CSV eller Excel (.xlsx)</source>
        <translation>import EST incidents from CSV or Excel (.xlsx)</translation>
    </message>
    <message>
        <source>indikator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ingen post med uuid {uuid} i {table}</source>
        <translation>no record with uuid {uuid} in {table}</translation>
    </message>
    <message>
        <source>inställd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>jan–apr</source>
        <translation>Jan–Apr</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>kanal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <source>klar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>kollektivtrafik</source>
        <translation>public transport</translation>
    </message>
    <message>
        <source>kommande</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>kommandon</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>kommun</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>kommunal förvaltning</source>
        <translation>municipal department</translation>
    </message>
    <message>
        <source>kommunikationsplanens aktiviteter som kalenderfil (iCalendar)</source>
        <translation>the communication plan&apos;s activities as a calendar file (iCalendar)</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>konflikt i {field}</source>
        <translation>conflict in {field}</translation>
    </message>
    <message>
        <source>konflikt: {label} ({fields})</source>
        <translation>conflict: {label} ({fields})</translation>
    </message>
    <message>
        <source>konfliktens nummer (se conflicts)</source>
        <translation>the conflict&apos;s number (see conflicts)</translation>
    </message>
    <message>
        <source>konflikter</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>kontrollera att filen är en hel arbetsyta</source>
        <translation>check that the file is a sound workspace</translation>
    </message>
    <message>
        <source>kontrollera filen utan att spara något</source>
        <translation>check the file without saving anything</translation>
    </message>
    <message>
        <source>kryptera filen med lösenordet i den här filen (AES-GCM)</source>
        <translation>encrypt the file with the password in this file (AES-GCM)</translation>
    </message>
    <message>
        <source>källa</source>
        <translation>source</translation>
    </message>
    <message>
        <source>lista olösta konflikter efter sammanslagning</source>
        <translation>list unresolved conflicts after a merge</translation>
    </message>
    <message>
        <source>lägg upp okända kategorier, områden och källor i stället för att hoppa över raderna</source>
        <translation>create unknown categories, areas and sources instead of skipping the rows</translation>
    </message>
    <message>
        <source>läggs upp</source>
        <translation>will be created</translation>
    </message>
    <message>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>lös en konflikt: mine, theirs eller edited med --value</source>
        <translation>resolve a conflict: mine, theirs or edited with --value</translation>
    </message>
    <message>
        <source>lösenordet till en krypterad fil</source>
        <translation>the password of an encrypted file</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>maj–aug</source>
        <translation>May–Aug</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>min: {value}</source>
        <translation>mine: {value}</translation>
    </message>
    <message>
        <source>mine, theirs eller edited; delete eller keep när en borttagning mötte en ändring</source>
        <translation>mine, theirs or edited; delete or keep when a deletion met an edit</translation>
    </message>
    <message>
        <source>myndighet</source>
        <translation>authority</translation>
    </message>
    <message>
        <source>målgrupp</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>namn eller initialer som skrivs i ändringarna</source>
        <translation>name or initials written into the changes</translation>
    </message>
    <message>
        <source>namn på den som har uppdraget (frivilligt)</source>
        <translation>name of the person holding the role (optional)</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>nya</source>
        <translation>new</translation>
    </message>
    <message>
        <source>näringsliv</source>
        <translation>business</translation>
    </message>
    <message>
        <source>någon</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>ogiltig teckenkodning (inte UTF-8) i {where}.</source>
        <translation>invalid character encoding (not UTF-8) in {where}.</translation>
    </message>
    <message>
        <source>ogiltig versionsklocka i {table} ({uuid}).</source>
        <translation>invalid version clock in {table} ({uuid}).</translation>
    </message>
    <message>
        <source>ogiltigt ursprung i {table}.</source>
        <translation>invalid origin in {table}.</translation>
    </message>
    <message>
        <source>ogiltigt uuid i {where}.</source>
        <translation>invalid uuid in {where}.</translation>
    </message>
    <message>
        <source>ogiltigt värde ({why}).</source>
        <translation>invalid value ({why}).</translation>
    </message>
    <message>
        <source>ogiltigt värde i {table} ({uuid}): {why}.</source>
        <translation>invalid value in {table} ({uuid}): {why}.</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>okänd avsändare</source>
        <translation>unknown sender</translation>
    </message>
    <message>
        <source>okänd värdetyp i {where}.</source>
        <translation>unknown value type in {where}.</translation>
    </message>
    <message>
        <source>okänt värde i {where}.</source>
        <translation>unknown value in {where}.</translation>
    </message>
    <message>
        <source>omfattning</source>
        <translation>extent</translation>
    </message>
    <message>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>ordningsvakter</source>
        <translation>security guards</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>oväntat fel: {kind}: {error}</source>
        <translation>unexpected error: {kind}: {error}</translation>
    </message>
    <message>
        <source>part</source>
        <translation>party</translation>
    </message>
    <message>
        <source>planens år, t.ex. 2026</source>
        <translation>the plan&apos;s year, e.g. 2026</translation>
    </message>
    <message>
        <source>planerad</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>polis</source>
        <translation>police</translation>
    </message>
    <message>
        <source>postens uuid</source>
        <translation>the record&apos;s uuid</translation>
    </message>
    <message>
        <source>postens uuid (se privacy-scan)</source>
        <translation>the record&apos;s uuid (see privacy-scan)</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>rad {line}: {reason}</source>
        <translation>row {line}: {reason}</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>raderna hoppas över</source>
        <translation>the rows are skipped</translation>
    </message>
    <message>
        <source>rapport.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <source>rapportens id (de första tecknen räcker, se listan)</source>
        <translation>the report&apos;s id (the first characters will do, see the list)</translation>
    </message>
    <message>
        <source>räddningstjänst</source>
        <translation>rescue service</translation>
    </message>
    <message>
        <source>röd</source>
        <translation>red</translation>
    </message>
    <message>
        <source>samverkan-desktop: --screenshots kräver --demo eller en fil</source>
        <translation>samverkan-desktop: --screenshots needs --demo or a file</translation>
    </message>
    <message>
        <source>samverkan-desktop: ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt); starta med xvfb-run -a samverkan-desktop, eller QT_QPA_PLATFORM=offscreen för --screenshots</source>
        <translation>samverkan-desktop: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); start with xvfb-run -a samverkan-desktop, or QT_QPA_PLATFORM=offscreen for --screenshots</translation>
    </message>
    <message>
        <source>samverkansform</source>
        <translation>form of cooperation</translation>
    </message>
    <message>
        <source>schemat stämmer inte (kolumnerna i {name}).</source>
        <translation>the schema does not match (the columns of {name}).</translation>
    </message>
    <message>
        <source>schemat stämmer inte (saknar {names}).</source>
        <translation>the schema does not match (missing {names}).</translation>
    </message>
    <message>
        <source>schemat stämmer inte ({kind} {name} är ändrad).</source>
        <translation>the schema does not match ({kind} {name} is changed).</translation>
    </message>
    <message>
        <source>schemat stämmer inte ({name}).</source>
        <translation>the schema does not match ({name}).</translation>
    </message>
    <message>
        <source>schemaversionen saknas.</source>
        <translation>the schema version is missing.</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>sep–dec</source>
        <translation>Sep–Dec</translation>
    </message>
    <message>
        <source>skapa en ny arbetsyta</source>
        <translation>create a new workspace</translation>
    </message>
    <message>
        <source>skola</source>
        <translation>school</translation>
    </message>
    <message>
        <source>skriv JSON i stället för text</source>
        <translation>write JSON instead of text</translation>
    </message>
    <message>
        <source>skriv den fastställda PDF:en, byte för byte</source>
        <translation>write the approved PDF, byte for byte</translation>
    </message>
    <message>
        <source>skriv en fil att dela med en annan samordnare</source>
        <translation>write a file to share with another coordinator</translation>
    </message>
    <message>
        <source>skriv ut en rapport som PDF: pdf FIL SORT … -o UT.pdf</source>
        <translation>print a report as PDF: pdf FILE KIND … -o OUT.pdf</translation>
    </message>
    <message>
        <source>skriv ändå, fast innehållet har personnummer</source>
        <translation>write anyway, although the content has personal identity numbers</translation>
    </message>
    <message>
        <source>skriv över en befintlig fil</source>
        <translation>overwrite an existing file</translation>
    </message>
    <message>
        <source>skrivfel på disken</source>
        <translation>write error on the disk</translation>
    </message>
    <message>
        <source>skrivfel på disken ({error})</source>
        <translation>write error on the disk ({error})</translation>
    </message>
    <message>
        <source>slutuppföljning</source>
        <translation>final follow-up</translation>
    </message>
    <message>
        <source>slå ihop en mottagen fil med arbetsytan</source>
        <translation>merge a received file into the workspace</translation>
    </message>
    <message>
        <source>socialtjänst</source>
        <translation>social services</translation>
    </message>
    <message>
        <source>spara en bild av varje flik i DIR och avsluta</source>
        <translation>save a picture of every tab in DIR and exit</translation>
    </message>
    <message>
        <source>språk: sv eller en (standard: inställningen i fönstret, annars svenska)</source>
        <translation>language: sv or en (default: the setting chosen in the window, else Swedish)</translation>
    </message>
    <message>
        <source>sök personnummer i alla poster, borttagna, historik, konflikter och filens manifest</source>
        <translation>search for personal identity numbers in all records, deleted ones, history, conflicts and the file&apos;s manifest</translation>
    </message>
    <message>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>t.ex. Kommunpolis</source>
        <translation>e.g. Municipal police officer</translation>
    </message>
    <message>
        <source>t.ex. holder=Kim extent_fte=0,5</source>
        <translation>e.g. holder=Kim extent_fte=0.5</translation>
    </message>
    <message>
        <source>ta bort TEXT ur rapporten för gott: den byggs om och märks maskad (också i säkerhetskopiorna)</source>
        <translation>remove TEXT from the report for good: it is rebuilt and marked as masked (in the backups too)</translation>
    </message>
    <message>
        <source>ta bort den fastställda rapporten (den blir borta)</source>
        <translation>delete the approved report (it is gone for good)</translation>
    </message>
    <message>
        <source>ta bort en post (borttagningen följer med vid delning)</source>
        <translation>delete a record (the deletion travels when sharing)</translation>
    </message>
    <message>
        <source>ta bort personuppgifter ur en posts text, dess historik och säkerhetskopiorna</source>
        <translation>remove personal data from a record&apos;s text, its history and the backups</translation>
    </message>
    <message>
        <source>tabellen, t.ex. agreement eller guaranteed_resource</source>
        <translation>the table, e.g. agreement or guaranteed_resource</translation>
    </message>
    <message>
        <source>tabellen, t.ex. incident</source>
        <translation>the table, e.g. incident</translation>
    </message>
    <message>
        <source>talet i {name} är för stort</source>
        <translation>the number in {name} is too large</translation>
    </message>
    <message>
        <source>talet i {name} är ogiltigt</source>
        <translation>the number in {name} is invalid</translation>
    </message>
    <message>
        <source>text i stället för tal i {where}.</source>
        <translation>text instead of a number in {where}.</translation>
    </message>
    <message>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>trasig referens i {table} till {parent}.</source>
        <translation>broken reference in {table} to {parent}.</translation>
    </message>
    <message>
        <source>träffarna som JSON</source>
        <translation>the hits as JSON</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>varning: den mottagna filen innehåller {n} personnummer:</source>
        <translation>warning: the received file contains {n} personal identity numbers:</translation>
    </message>
    <message>
        <source>varning: sammanslagningen förde in {n} personnummer:</source>
        <translation>warning: the merge brought in {n} personal identity numbers:</translation>
    </message>
    <message>
        <source>varning: {text}</source>
        <translation>warning: {text}</translation>
    </message>
    <message>
        <source>vecka {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <source>vecka {week} finns inte år {year}</source>
        <translation>week {week} does not exist in {year}</translation>
    </message>
    <message>
        <source>vecka {week}, {year}</source>
        <translation>week {week}, {year}</translation>
    </message>
    <message>
        <source>vecka {week}, {year} ({first} – {last})</source>
        <translation>week {week}, {year} ({first} – {last})</translation>
    </message>
    <message>
        <source>visa bara vad som skulle hända</source>
        <translation>only show what would happen</translation>
    </message>
    <message>
        <source>visa programmets version och avsluta</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>visa vad arbetsytan innehåller</source>
        <translation>show what the workspace contains</translation>
    </message>
    <message>
        <source>{column} är inget textfält i {table}.</source>
        <translation>{column} is not a text field in {table}.</translation>
    </message>
    <message>
        <source>{deleter} tog bort posten medan {editor} ändrade {fields}</source>
        <translation>{deleter} deleted the record while {editor} changed {fields}</translation>
    </message>
    <message>
        <source>{done} av {all} ändringar</source>
        <translation>{done} of {all} changes</translation>
    </message>
    <message>
        <source>{email!r} ser inte ut som en e-postadress.</source>
        <translation>{email!r} does not look like an email address.</translation>
    </message>
    <message>
        <source>{est_weeks} EST-veckor, {incidents} händelser, {actions} åtgärder</source>
        <translation>{est_weeks} EST weeks, {incidents} incidents, {actions} actions</translation>
    </message>
    <message>
        <source>{field}: {text!r} är inget tal.</source>
        <translation>{field}: {text!r} is not a number.</translation>
    </message>
    <message>
        <source>{field}: {who} skrev något annat</source>
        <translation>{field}: {who} wrote something else</translation>
    </message>
    <message>
        <source>{file} kan inte läsas in: filen påstår {claimed} ändringar av {table} {uuid} från den här arbetsytan, som bara har gjort {issued}. Den är förfalskad eller hör till en annan kopia av arbetsytan.</source>
        <translation>{file} cannot be read: the file claims {claimed} changes of {table} {uuid} from this workspace, which has made only {issued}. It is forged or belongs to another copy of the workspace.</translation>
    </message>
    <message>
        <source>{file} kan inte läsas in: tidsstämplarna i {table} ligger orimligt långt före arbetsytans ({n}).</source>
        <translation>{file} cannot be read: the timestamps in {table} are unreasonably far ahead of the workspace&apos;s ({n}).</translation>
    </message>
    <message>
        <source>{file} kan inte läsas in: {why}</source>
        <translation>{file} cannot be read: {why}</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: ok</translation>
    </message>
    <message>
        <source>{file}: {n} fel: </source>
        <translation>{file}: {n} errors: </translation>
    </message>
    <message>
        <source>{forms} samverkansformer, {resources} resurser</source>
        <translation>{forms} forms of cooperation, {resources} resources</translation>
    </message>
    <message>
        <source>{gone} finns inte längre.</source>
        <translation>{gone} no longer exists.</translation>
    </message>
    <message>
        <source>{gone} hör till en annan överenskommelse.</source>
        <translation>{gone} belongs to another agreement.</translation>
    </message>
    <message>
        <source>{id}  per {date}  {title}  ({kind}; fastställd {on} av {by}, {kb} kB)</source>
        <translation>{id}  as of {date}  {title}  ({kind}; approved {on} by {by}, {kb} kB)</translation>
    </message>
    <message>
        <source>{kind} om {table} ”{label}”</source>
        <translation>{kind} about {table} “{label}”</translation>
    </message>
    <message>
        <source>{label} saknas (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>{label} is missing (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: {text!r} är inget datum (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>{label}: {text!r} is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{name} finns inte</source>
        <translation>{name} does not exist</translation>
    </message>
    <message>
        <source>{name} har områden eller platser under sig; ta bort dem först.</source>
        <translation>{name} has areas or places under it; delete them first.</translation>
    </message>
    <message>
        <source>{name} har redan en lägesbild för {value}.</source>
        <translation>{name} already has a local crime survey for {value}.</translation>
    </message>
    <message>
        <source>{name} kunde inte öppnas: fel lösenord, eller så har filen ändrats.</source>
        <translation>{name} could not be opened: wrong password, or the file has been changed.</translation>
    </message>
    <message>
        <source>{name} är en krypterad fil som är avkortad eller skadad.</source>
        <translation>{name} is an encrypted file that is truncated or damaged.</translation>
    </message>
    <message>
        <source>{name} är en mapp; ange ett filnamn, t.ex. {example}</source>
        <translation>{name} is a folder; give a file name, e.g. {example}</translation>
    </message>
    <message>
        <source>{name} är ingen giltig tidpunkt ({value})</source>
        <translation>{name} is not a valid point in time ({value})</translation>
    </message>
    <message>
        <source>{name} är inget giltigt datum ({value})</source>
        <translation>{name} is not a valid date ({value})</translation>
    </message>
    <message>
        <source>{name} är inget giltigt år ({value})</source>
        <translation>{name} is not a valid year ({value})</translation>
    </message>
    <message>
        <source>{name} är krypterad: ange lösenordet (--password-file).</source>
        <translation>{name} is encrypted: give the password (--password-file).</translation>
    </message>
    <message>
        <source>{name} är {kind} i stället för {ours}.</source>
        <translation>{name} is a {kind} instead of a {ours}.</translation>
    </message>
    <message>
        <source>{name}: en del av sökvägen är inte en mapp</source>
        <translation>{name}: a part of the path is not a folder</translation>
    </message>
    <message>
        <source>{n} aktiviteter sparades i
{path}

Importera filen i kalendern; en ny export uppdaterar samma händelser.</source>
        <translation>{n} activities were saved in
{path}

Import the file into your calendar; a new export updates the same events.</translation>
    </message>
    <message>
        <source>{n} fastställda rapporter byggdes om utan texten och märktes maskade.</source>
        <translation>{n} approved reports were rebuilt without the text and marked as masked.</translation>
    </message>
    <message>
        <source>{n} fastställda rapporter börjar med {term!r}; ange fler tecken.</source>
        <translation>{n} approved reports begin with {term!r}; give more characters.</translation>
    </message>
    <message>
        <source>{n} fastställda rapporter som inte gick att bygga om togs bort.</source>
        <translation>{n} approved reports that could not be rebuilt were deleted.</translation>
    </message>
    <message>
        <source>{n} personnummer hittades.</source>
        <translation>{n} personal identity numbers found.</translation>
    </message>
    <message>
        <source>{n} sammanträden hölls {term} ({names}); ange uuid.</source>
        <translation>{n} meetings were held on {term} ({names}); give the uuid.</translation>
    </message>
    <message>
        <source>{n} säkerhetskopior skrevs om.</source>
        <translation>{n} backups were rewritten.</translation>
    </message>
    <message>
        <source>{n} säkerhetskopior som inte gick att skriva om togs bort.</source>
        <translation>{n} backups that could not be rewritten were deleted.</translation>
    </message>
    <message>
        <source>{n} uppföljningstillfällen har datum {term}; ange uuid ({names}…).</source>
        <translation>{n} follow-up occasions have the date {term}; give the uuid ({names}…).</translation>
    </message>
    <message>
        <source>{status} – försenad</source>
        <translation>{status} – overdue</translation>
    </message>
    <message>
        <source>{term!r} matchar {n} överenskommelser ({titles}). Ange mer av titeln eller uuid.</source>
        <translation>{term!r} matches {n} agreements ({titles}). Give more of the title or the uuid.</translation>
    </message>
    <message>
        <source>{text} passar flera val för {what}; skriv mer av namnet.</source>
        <translation>{text} matches several choices for {what}; type more of the name.</translation>
    </message>
    <message>
        <source>{title} har ingen kommunikationsplan för {year}.</source>
        <translation>{title} has no communication plan for {year}.</translation>
    </message>
    <message>
        <source>{title} har ingen kommunikationsplan.</source>
        <translation>{title} has no communication plan.</translation>
    </message>
    <message>
        <source>{value}: {text!r} är inget tal.</source>
        <translation>{value}: {text!r} is not a number.</translation>
    </message>
    <message>
        <source>{verb} avbröts. Ingenting ändrades.</source>
        <translation>{verb} was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>{verb} misslyckades. Ingenting ändrades.</source>
        <translation>{verb} failed. Nothing was changed.</translation>
    </message>
    <message>
        <source>{verb}: {label} ({n} ändringar) – klart.</source>
        <translation>{verb}: {label} ({n} changes) – done.</translation>
    </message>
    <message>
        <source>{verb}: {label} ({n} ändringar) …</source>
        <translation>{verb}: {label} ({n} changes) …</translation>
    </message>
    <message>
        <source>{what} finns inte längre.</source>
        <translation>{what} no longer exists.</translation>
    </message>
    <message>
        <source>{what} får vara högst {limit} tecken (nu {n}); skriv det längre i lägesbilden eller en kommentar.</source>
        <translation>{what} may be at most {limit} characters (now {n}); write the longer text in the situation report or a comment.</translation>
    </message>
    <message>
        <source>{what} innehåller personnummer: {first}{more}. Ta bort uppgiften (samverkan privacy-scan visar var) eller ange {override} om den verkligen ska med.</source>
        <translation>{what} contains personal identity numbers: {first}{more}. Remove the data (samverkan privacy-scan shows where) or give {override} if it really must be included.</translation>
    </message>
    <message>
        <source>{what} saknas (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>{what} is missing (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{what} saknas.</source>
        <translation>{what} is missing.</translation>
    </message>
    <message>
        <source>{what}: ogiltigt datum {value!r} (skriv ÅÅÅÅ-MM-DD).</source>
        <translation>{what}: invalid date {value!r} (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{what}: {value!r} är inget tal.</source>
        <translation>{what}: {value!r} is not a number.</translation>
    </message>
    <message>
        <source>Ändra </source>
        <translation>Change </translation>
    </message>
    <message>
        <source>Ändra aktivitet: {value}</source>
        <translation>Change activity: {value}</translation>
    </message>
    <message>
        <source>Ändra aktör</source>
        <translation>Change actor</translation>
    </message>
    <message>
        <source>Ändra bedömning</source>
        <translation>Change assessment</translation>
    </message>
    <message>
        <source>Ändra deltagande parter</source>
        <translation>Change participating parties</translation>
    </message>
    <message>
        <source>Ändra diarienummer</source>
        <translation>Change case number</translation>
    </message>
    <message>
        <source>Ändra händelse</source>
        <translation>Change incident</translation>
    </message>
    <message>
        <source>Ändra indikator</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <source>Ändra kontaktperson</source>
        <translation>Change contact person</translation>
    </message>
    <message>
        <source>Ändra lägesbild</source>
        <translation>Change situation report</translation>
    </message>
    <message>
        <source>Ändra part</source>
        <translation>Change party</translation>
    </message>
    <message>
        <source>Ändra problem</source>
        <translation>Change problem</translation>
    </message>
    <message>
        <source>Ändra resurs</source>
        <translation>Change resource</translation>
    </message>
    <message>
        <source>Ändra sammanträde</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <source>Ändra samverkansform: </source>
        <translation>Change form of cooperation: </translation>
    </message>
    <message>
        <source>Ändra samverkansformer för resurs</source>
        <translation>Change forms of cooperation of resource</translation>
    </message>
    <message>
        <source>Ändra syfte</source>
        <translation>Change purpose</translation>
    </message>
    <message>
        <source>Ändra uppdrag</source>
        <translation>Change duty</translation>
    </message>
    <message>
        <source>Ändra uppföljningstillfälle</source>
        <translation>Change follow-up occasion</translation>
    </message>
    <message>
        <source>Ändra § {number}</source>
        <translation>Change § {number}</translation>
    </message>
    <message>
        <source>Ändra åtgärd</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Ändra åtgärdsplan</source>
        <translation>Change action plan</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Ändringen kan inte göras om: {field} i {table} ({uuid}) har ändrats av någon annan sedan dess, nu ”{now}”. Ändra värdet direkt i stället.</source>
        <translation>The change cannot be redone: {field} in {table} ({uuid}) has been changed by someone else since, now “{now}”. Change the value directly instead.</translation>
    </message>
    <message>
        <source>Ändringen kan inte sparas: en post i {table} pekar på en {parent}-post som inte finns.</source>
        <translation>The change cannot be saved: a record in {table} points to a {parent} record that does not exist.</translation>
    </message>
    <message>
        <source>Ändringen kan inte ångras: {field} i {table} ({uuid}) har ändrats av någon annan sedan dess, nu ”{now}”. Ändra värdet direkt i stället.</source>
        <translation>The change cannot be undone: {field} in {table} ({uuid}) has been changed by someone else since, now “{now}”. Change the value directly instead.</translation>
    </message>
    <message>
        <source>ÅR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Åa</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>År (t.ex. 2026)</source>
        <translation>Year (e.g. 2026)</translation>
    </message>
    <message>
        <source>År (t.ex. 2026; tomt = senaste planen)</source>
        <translation>Year (e.g. 2026; empty = the latest plan)</translation>
    </message>
    <message>
        <source>År (ÅÅÅÅ)</source>
        <translation>Year (YYYY)</translation>
    </message>
    <message>
        <source>År {year} har ingen vecka {week}.</source>
        <translation>The year {year} has no week {week}.</translation>
    </message>
    <message>
        <source>Årsrapporten gäller ett helt år: skriv --period {year}.</source>
        <translation>The annual report covers a whole year: write --period {year}.</translation>
    </message>
    <message>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Åtgärd v{raised_week} {raised_year}: {description} ({status})</source>
        <translation>Action w{raised_week} {raised_year}: {description} ({status})</translation>
    </message>
    <message>
        <source>Åtgärden</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>Åtgärden finns inte längre</source>
        <translation>The action no longer exists</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Åtgärdsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Åtgärdsplanen finns inte längre.</source>
        <translation>The action plan no longer exists.</translation>
    </message>
    <message>
        <source>Åtgärdsplanen är redan {status}.</source>
        <translation>The action plan is already {status}.</translation>
    </message>
    <message>
        <source>Åtgärdsplanen är {status} och kan inte ändras: gör en ny version för att ändra den (uppföljningen kan alltid fyllas i).</source>
        <translation>The action plan is {status} and cannot be changed: make a new version to change it (the follow-up can always be filled in).</translation>
    </message>
    <message>
        <source>Åtgärdsplanen är {status}: gör en ny version för att ändra den.</source>
        <translation>The action plan is {status}: make a new version to change it.</translation>
    </message>
    <message>
        <source>Åtgärdsplanens rader</source>
        <translation>Action plan rows</translation>
    </message>
    <message>
        <source>Åtgärdsplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>ÖVERENSKOMMELSE</source>
        <translation>AGREEMENT</translation>
    </message>
    <message>
        <source>Överenskommelse (uuid eller del av titeln; behövs bara om kommunen finns i flera)</source>
        <translation>Agreement (uuid or part of the title; needed only when the municipality is in several)</translation>
    </message>
    <message>
        <source>Överenskommelse (uuid, del av titeln eller en parts namn, t.ex. Örebro eller Kumla)</source>
        <translation>Agreement (uuid, part of the title or a party&apos;s name, e.g. Örebro or Kumla)</translation>
    </message>
    <message>
        <source>Överenskommelse (uuid, del av titeln eller en parts namn; behövs när arbetsytan har flera)</source>
        <translation>Agreement (uuid, part of the title or a party&apos;s name; needed when the workspace has several)</translation>
    </message>
    <message>
        <source>Överenskommelse: {title}</source>
        <translation>Agreement: {title}</translation>
    </message>
    <message>
        <source>Överenskommelsen</source>
        <translation>The agreement</translation>
    </message>
    <message>
        <source>Överenskommelsen finns inte längre.</source>
        <translation>The agreement no longer exists.</translation>
    </message>
    <message>
        <source>Överenskommelsen har ingen kommun {raw!r} (kommunerna är: {names}).</source>
        <translation>The agreement has no municipality {raw!r} (the municipalities are: {names}).</translation>
    </message>
    <message>
        <source>Överenskommelsen har ingen kommunikationsplan för {year}.</source>
        <translation>The agreement has no communication plan for {year}.</translation>
    </message>
    <message>
        <source>Överenskommelsen har inget kommunområde att lägga nya områden under. Lägg upp områdena först eller koppla värdena till befintliga områden.</source>
        <translation>The agreement has no municipality area to put new areas under. Create the areas first or map the values to existing areas.</translation>
    </message>
    <message>
        <source>Överenskommelsen måste ha en titel.</source>
        <translation>The agreement must have a title.</translation>
    </message>
    <message>
        <source>Överenskommelsen som dokument</source>
        <translation>The agreement as a document</translation>
    </message>
    <message>
        <source>Överenskommelser</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>ändra fält i en post: FÄLT=VÄRDE … (samma kontroller som i fönstret)</source>
        <translation>change fields of a record: FIELD=VALUE … (the same checks as in the window)</translation>
    </message>
    <message>
        <source>ändrad</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>ändrade</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>ändrade fält: {fields}</source>
        <translation>changed fields: {fields}</translation>
    </message>
    <message>
        <source>årlig rapport</source>
        <translation>annual report</translation>
    </message>
    <message>
        <source>årsarbetskrafter, t.ex. 0,5</source>
        <translation>full-time equivalents, e.g. 0.5</translation>
    </message>
    <message>
        <source>återställ en borttagen post (inte en säkerhetskopia)</source>
        <translation>bring a deleted record back (not a backup)</translation>
    </message>
    <message>
        <source>öppna demoarbetsytan (skapas första gången; Arkiv → Återställ demodata börjar om)</source>
        <translation>open the demo workspace (created the first time; File → Reset demo data starts over)</translation>
    </message>
    <message>
        <source>överenskommelse (uuid eller del av titeln)</source>
        <translation>agreement (uuid or part of the title)</translation>
    </message>
    <message>
        <source>överenskommelse (uuid eller del av titeln); behövs om det finns flera</source>
        <translation>agreement (uuid or part of the title); needed when there are several</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Tabell: %1</source>
        <translation>Table: %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>(ingen part)</source>
        <translation>(no party)</translation>
    </message>
    <message>
        <source>(ingen – parten ansvarar)</source>
        <translation>(none – the party is responsible)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(inget problem)</source>
        <translation>(no problem)</translation>
    </message>
    <message>
        <source>Ansvarig aktör</source>
        <translation>Responsible actor</translation>
    </message>
    <message>
        <source>Ansvarig part</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Beslutad vecka</source>
        <translation>Week decided</translation>
    </message>
    <message>
        <source>En aktör som inte är part: bostadsbolag, räddningstjänst, skola … (registret under Aktörer…)</source>
        <translation>An actor that is not a party: housing company, rescue service, school … (the register under Actors…)</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Samverkansform</source>
        <translation>Form of cooperation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>t.ex. Områdespoliser, Fältassistenter</source>
        <translation>e.g. Area police officers, Field assistants</translation>
    </message>
    <message>
        <source>Ändra åtgärd</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Återkoppling: vad blev gjort, vad gav det?</source>
        <translation>Feedback: what was done, what did it achieve?</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Beslut:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Besluta</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dnr</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>EST-problem</source>
        <translation>EST problem</translation>
    </message>
    <message>
        <source>En ny åtgärdsplan för kommunen, giltig det valda året</source>
        <translation>A new action plan for the municipality, valid in the chosen year</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>För in beslutet (organ, datum, §, dnr); planen låses</source>
        <translation>Record the decision (body, date, §, case no.); the plan is locked</translation>
    </message>
    <message>
        <source>Ingen plan för året: skapa en med Ny plan.</source>
        <translation>No plan for the year: create one with New plan.</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kopiera planen till en ny version att ändra; den gamla finns kvar att läsa</source>
        <translation>Copy the plan into a new version to change; the old one stays readable</translation>
    </message>
    <message>
        <source>Ny plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Ny rad</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Ny version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operativa mål</source>
        <translation>Operational goals</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Plan och version</source>
        <translation>Plan and version</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rader som förts in innan planer hade beslut och versioner.</source>
        <translation>Rows entered before plans had decisions and versions.</translation>
    </message>
    <message>
        <source>Rader utan plan (%1)</source>
        <translation>Rows without a plan (%1)</translation>
    </message>
    <message>
        <source>Samverkansform</source>
        <translation>Form of cooperation</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>t.ex. 41</source>
        <translation>e.g. 41</translation>
    </message>
    <message>
        <source>t.ex. KS 2026/87</source>
        <translation>e.g. KS 2026/87</translation>
    </message>
    <message>
        <source>t.ex. Kommunstyrelsen</source>
        <translation>e.g. the Municipal Executive Board</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Åtgärdsplan (Brås kolumner)</source>
        <translation>Action plan (Brå&apos;s columns)</translation>
    </message>
    <message>
        <source>Åtgärdsplan (PDF)…</source>
        <translation>Action plan (PDF)…</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ny åtgärd (Ctrl+Shift+A)</source>
        <translation>New action (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ny åtgärd…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>{n} försenade</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n} st</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>Ändra den markerade åtgärden (dubbelklick)</source>
        <translation>Edit the selected action (double-click)</translation>
    </message>
    <message>
        <source>Ändra den markerade åtgärdens status (Ctrl+1 planerad, Ctrl+2 pågår, Ctrl+3 klar, Ctrl+4 inställd)</source>
        <translation>Change the selected action&apos;s status (Ctrl+1 planned, Ctrl+2 in progress, Ctrl+3 done, Ctrl+4 cancelled)</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Aktivitet:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>&amp;EST-åtgärd:</source>
        <translation>&amp;EST action:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Målgrupp:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Planerad:</source>
        <translation>&amp;Planned:</translation>
    </message>
    <message>
        <source>&amp;Resultat:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Aktivitet: {title}</source>
        <translation>Activity: {title}</translation>
    </message>
    <message>
        <source>Ansvarig &amp;part:</source>
        <translation>Responsible &amp;party:</translation>
    </message>
    <message>
        <source>Funktion, t.ex. Kommunpolis</source>
        <translation>Role, e.g. Municipal police officer</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Markera genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Resultat och utvärdering</source>
        <translation>Result and evaluation</translation>
    </message>
    <message>
        <source>Samverkans&amp;form:</source>
        <translation>&amp;Form of cooperation:</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara aktiviteten (Ctrl+Retur)</source>
        <translation>Save the activity (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Spara ändringar</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Syfte och budskap</source>
        <translation>Purpose and message</translation>
    </message>
    <message>
        <source>Syfte/&amp;budskap:</source>
        <translation>Purpose/&amp;message:</translation>
    </message>
    <message>
        <source>Ta bort…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Vad ska göras, t.ex. Pressmeddelande om …</source>
        <translation>What is to be done, e.g. Press release about …</translation>
    </message>
    <message>
        <source>Vecka, när datumet inte är bestämt (– = ingen)</source>
        <translation>Week, when the date is not fixed (– = none)</translation>
    </message>
    <message>
        <source>eller vecka</source>
        <translation>or week</translation>
    </message>
    <message>
        <source>genomförd</source>
        <translation>done</translation>
    </message>
    <message>
        <source>sätts när den markeras genomförd</source>
        <translation>set when it is marked done</translation>
    </message>
    <message>
        <source>Återkommer varje år (följer med vid Kopiera till nästa år)</source>
        <translation>Recurs every year (carried over by Copy to next year)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ActorsDialog</name>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Aktör</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Aktören</source>
        <translation>The actor</translation>
    </message>
    <message>
        <source>Aktörer i EST</source>
        <translation>Actors in EST</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Lägg till kontakt</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ny aktör</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Parterna är också aktörer: %1</source>
        <translation>The parties are actors too: %1</translation>
    </message>
    <message>
        <source>Rapporterar som &amp;källa:</source>
        <translation>Reports as &amp;source:</translation>
    </message>
    <message>
        <source>Rapporterar som källa</source>
        <translation>Reports as source</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara aktören</source>
        <translation>Save the actor</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort kontakt</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Är &amp;part:</source>
        <translation>Is &amp;party:</translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>&amp;Grunduppgifter</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <source>&amp;Parter</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;Undertecknad text</source>
        <translation>&amp;Signed text</translation>
    </message>
    <message>
        <source>&amp;Villkor</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <source>Förhands&amp;visning</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ingen överenskommelse vald.</source>
        <translation>No agreement selected.</translation>
    </message>
    <message>
        <source>S&amp;yften</source>
        <translation>P&amp;urposes</translation>
    </message>
    <message>
        <source>Samverkans&amp;former</source>
        <translation>&amp;Forms of cooperation</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Arbetsytan har ingen överenskommelse ännu. Skapa en med Ny… (Ctrl+N).</source>
        <translation>The workspace has no agreement yet. Create one with New… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Filtrera (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kopiera den valda överenskommelsen till nästa period</source>
        <translation>Copy the selected agreement to the next period</translation>
    </message>
    <message>
        <source>Ny period…</source>
        <translation>New period…</translation>
    </message>
    <message>
        <source>Ny överenskommelse (Ctrl+N)</source>
        <translation>New agreement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Skriv ut / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort den valda överenskommelsen (Delete)</source>
        <translation>Delete the selected agreement (Delete)</translation>
    </message>
    <message>
        <source>Ta bort överenskommelse</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Ta bort ”%1” med dess parter, syften, samverkansformer och resurser?
Det går att ångra (Ctrl+Z).</source>
        <translation>Delete “%1” with its parties, purposes, forms of cooperation and resources?
This can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Överenskommelsen som PDF-dokument</source>
        <translation>The agreement as a PDF document</translation>
    </message>
    <message>
        <source>Överenskommelser</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 händelser (%3: %4, %5: %6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 incidents (%3: %4, %5: %6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prioriterade områden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Priority areas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slutsatser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conclusions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Störst förändring mot året innan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Largest change from the previous year&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Analys %1</source>
        <translation>Analysis %1</translation>
    </message>
    <message>
        <source>EST-analys {period}</source>
        <translation>EST analysis {period}</translation>
    </message>
    <message>
        <source>Exportera PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Helår</source>
        <translation>Full year</translation>
    </message>
    <message>
        <source>Ingen överenskommelse vald.</source>
        <translation>No agreement selected.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kategori × område</source>
        <translation>Category × area</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Osparade slutsatser</source>
        <translation>Unsaved conclusions</translation>
    </message>
    <message>
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Per källa</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>Per område</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Prioriterade områden, t.ex. Vivalla (öppen narkotikahandel)</source>
        <translation>Priority areas, e.g. Vivalla (open drug dealing)</translation>
    </message>
    <message>
        <source>Räknar %1 …</source>
        <translation>Counting %1 …</translation>
    </message>
    <message>
        <source>Slutsatser för perioden: vad har hänt, varför, vad gör vi?</source>
        <translation>Conclusions for the period: what happened, why, what do we do?</translation>
    </message>
    <message>
        <source>Slutsatserna för %1 är inte sparade. Spara dem nu?</source>
        <translation>The conclusions for %1 are not saved. Save them now?</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Spara slutsatser</source>
        <translation>Save conclusions</translation>
    </message>
    <message>
        <source>Spara slutsatser och prioriterade områden för perioden (Ctrl+S)</source>
        <translation>Save conclusions and priority areas for the period (Ctrl+S)</translation>
    </message>
    <message>
        <source>T%1 (%2)</source>
        <translation>T%1 (%2)</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Four-month period</translation>
    </message>
    <message>
        <source>Tertial eller helår</source>
        <translation>Tertial or full year</translation>
    </message>
    <message>
        <source>Tertial- eller årsrapporten med tabeller och diagram</source>
        <translation>The four-month or annual report with tables and charts</translation>
    </message>
    <message>
        <source>Veckodag × klockslag</source>
        <translation>Weekday × time of day</translation>
    </message>
    <message>
        <source>jan–apr</source>
        <translation>Jan–Apr</translation>
    </message>
    <message>
        <source>maj–aug</source>
        <translation>May–Aug</translation>
    </message>
    <message>
        <source>mot %1</source>
        <translation>vs %1</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>sep–dec</source>
        <translation>Sep–Dec</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>(Redigera → Integritetskontroll… visar alla.)</source>
        <translation>(Edit → Privacy check… lists them all.)</translation>
    </message>
    <message>
        <source>Innehållet</source>
        <translation>The content</translation>
    </message>
    <message>
        <source>Personnummer i arbetsytan</source>
        <translation>Personal identity numbers in the workspace</translation>
    </message>
    <message>
        <source>Personnummer i texten</source>
        <translation>Personal identity number in the text</translation>
    </message>
    <message>
        <source>Vill du ändå fortsätta?</source>
        <translation>Do you want to continue anyway?</translation>
    </message>
    <message>
        <source>Vill du ändå spara?</source>
        <translation>Do you want to save anyway?</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ny kommun för part</source>
        <translation>New municipality for party</translation>
    </message>
    <message>
        <source>Ny plats</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Ny plats under det markerade området</source>
        <translation>New place under the selected area</translation>
    </message>
    <message>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>Nytt område under den markerade kommunen (eller samma kommun)</source>
        <translation>New area under the selected municipality (or the same municipality)</translation>
    </message>
    <message>
        <source>Områden och platser i överenskommelsens kommuner. Ett namnbyte behåller historiken.</source>
        <translation>Areas and places in the agreement&apos;s municipalities. Renaming keeps the history.</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta området ur bruk; registrerade händelser behåller namnet (kan ångras)</source>
        <translation>Retire the area; registered incidents keep the name (can be undone)</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>%1 bedömningar: %2 gröna, %3 gula, %4 röda, %5 ej bedömda</source>
        <translation>%1 assessments: %2 green, %3 yellow, %4 red, %5 not assessed</translation>
    </message>
    <message>
        <source>%1 kopplade</source>
        <translation>%1 linked</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 w%2</translation>
    </message>
    <message>
        <source>&amp;Tillfälle:</source>
        <translation>&amp;Occasion:</translation>
    </message>
    <message>
        <source>, genomförd %1</source>
        <translation>, held %1</translation>
    </message>
    <message>
        <source>Bedömningar per samverkansform och resurs</source>
        <translation>Assessments per form of cooperation and resource</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Koppla mätvärde</source>
        <translation>Link measurement</translation>
    </message>
    <message>
        <source>Koppla mätvärde…</source>
        <translation>Link measurement…</translation>
    </message>
    <message>
        <source>Koppla åtgärd ur EST-loggen</source>
        <translation>Link an action from the EST log</translation>
    </message>
    <message>
        <source>Koppla åtgärd…</source>
        <translation>Link action…</translation>
    </message>
    <message>
        <source>Kopplat underlag</source>
        <translation>Linked evidence</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Part / läge</source>
        <translation>Party / state</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Resurs</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Samverkansform</source>
        <translation>Form of cooperation</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara underlag</source>
        <translation>Save evidence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort koppling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Underlag i text: källor, siffror, vem som bedömt</source>
        <translation>Evidence as text: sources, figures, who assessed</translation>
    </message>
    <message>
        <source>Uppföljningstillfälle</source>
        <translation>Follow-up occasion</translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Välj en rad.</source>
        <translation>Select a row.</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>CategoryBarChart</name>
    <message>
        <source>Händelser per kategori</source>
        <translation>Incidents by category</translation>
    </message>
</context>
<context>
    <name>ClausesPage</name>
    <message>
        <source>&amp;Ansvariga:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Ekonomi:</source>
        <translation>&amp;Finances:</translation>
    </message>
    <message>
        <source>&amp;Giltighetstid:</source>
        <translation>&amp;Validity:</translation>
    </message>
    <message>
        <source>&amp;Kommunikation:</source>
        <translation>&amp;Communication:</translation>
    </message>
    <message>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
</context>
<context>
    <name>CodeListPage</name>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Aktivera</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>En inaktiv kod syns inte vid registrering men finns kvar i historiken</source>
        <translation>An inactive code is not offered when registering but stays in the history</translation>
    </message>
    <message>
        <source>Inaktivera</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Skriv ett namn och tryck Enter för att lägga till. Markera en rad för att byta namn, flytta eller inaktivera.</source>
        <translation>Type a name and press Enter to add it. Select a row to rename, move or deactivate it.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <source>Kategorier</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Kategorier och källor från EST-praxis (befintliga koder ändras inte)</source>
        <translation>Categories and sources from EST practice (existing codes are not changed)</translation>
    </message>
    <message>
        <source>Kodlistor</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lägg in standardkoder</source>
        <translation>Add standard codes</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>, {n} försenad</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <source>, {n} försenade</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1f4e79&apos;&gt;■&lt;/span&gt; planerad &amp;nbsp; &lt;span style=&apos;color:#b38600&apos;&gt;■&lt;/span&gt; pågår &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;■&lt;/span&gt; genomförd &amp;nbsp; &lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; inställd &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; försenad &amp;nbsp;·&amp;nbsp; dra en aktivitet till en annan månad för att flytta den (eller Alt+←/→)</source>
        <translation>&lt;span style=&apos;color:#1f4e79&apos;&gt;■&lt;/span&gt; planned &amp;nbsp; &lt;span style=&apos;color:#b38600&apos;&gt;■&lt;/span&gt; in progress &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;■&lt;/span&gt; done &amp;nbsp; &lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; cancelled &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; overdue &amp;nbsp;·&amp;nbsp; drag an activity to another month to move it (or Alt+←/→)</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Aktiviteter och tidslinje</source>
        <translation>Activities and timeline</translation>
    </message>
    <message>
        <source>Aktiviteterna som kalenderfil för Outlook, Google eller Apple</source>
        <translation>The activities as a calendar file for Outlook, Google or Apple</translation>
    </message>
    <message>
        <source>Alla kanaler</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Alla parter</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Flytta en månad senare</source>
        <translation>Move one month later</translation>
    </message>
    <message>
        <source>Flytta en månad tidigare</source>
        <translation>Move one month earlier</translation>
    </message>
    <message>
        <source>Ingen plan för den valda överenskommelsen. Välj Ny plan… för att börja.</source>
        <translation>No plan for the selected agreement. Choose New plan… to start.</translation>
    </message>
    <message>
        <source>Ingen överenskommelse vald.</source>
        <translation>No agreement selected.</translation>
    </message>
    <message>
        <source>Kalender (ICS)…</source>
        <translation>Calendar (ICS)…</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kommunikationsplan</source>
        <translation>Communication plan</translation>
    </message>
    <message>
        <source>Kopiera till nästa år</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Ny aktivitet (Ctrl+N)</source>
        <translation>New activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Planen som PDF</source>
        <translation>The plan as PDF</translation>
    </message>
    <message>
        <source>Planens innehåll</source>
        <translation>Contents of the plan</translation>
    </message>
    <message>
        <source>Planens innehåll och de återkommande aktiviteterna följer med</source>
        <translation>The plan&apos;s contents and the recurring activities are carried over</translation>
    </message>
    <message>
        <source>Planens år</source>
        <translation>Year of the plan</translation>
    </message>
    <message>
        <source>Starta kommunikationsplanen för ett år</source>
        <translation>Start the communication plan for a year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>försenade</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>{n} aktivitet</source>
        <translation>{n} activity</translation>
    </message>
    <message>
        <source>{n} aktiviteter</source>
        <translation>{n} activities</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source> – gäller nu</source>
        <translation> – in force now</translation>
    </message>
    <message>
        <source>&amp;Behåll min</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ta deras</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt; — %3</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt; — fältet &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt; — field &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deras version&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Their version&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Min version&lt;/b&gt;</source>
        <translation>&lt;b&gt;My version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deras version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Eget värde:</source>
        <translation>Own value:</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Inga olösta konflikter. Allt som slagits ihop stämmer överens.</source>
        <translation>No unresolved conflicts. Everything merged agrees.</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Min version</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Samma fält ändrades olika hos dig och hos den du slog ihop med. Båda värdena är sparade; posten visar just nu det värde som alla får efter utbytet. Välj vilket som ska gälla.</source>
        <translation>The same field was changed differently by you and by the person you merged with. Both values are kept; the record now shows the value everyone gets after the exchange. Choose which one applies.</translation>
    </message>
    <message>
        <source>Skriv ett eget värde och välj Redigera …</source>
        <translation>Type your own value and choose Edit …</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vald konflikt</source>
        <translation>Selected conflict</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Lägg till i registret</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ny kontaktperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort den valda kontaktpersonen? Resurser som har den som kontakt blir utan.</source>
        <translation>Delete the selected contact person? Resources that have them as contact will have none.</translation>
    </message>
    <message>
        <source>Ta bort kontaktperson</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>Tele&amp;phone:</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Ett oväntat fel inträffade. Inget har sparats till hälften: en ändring som inte hann bli klar har ångrats.

{summary}

Detaljer finns i loggfilen:
{log}</source>
        <translation>An unexpected error occurred. Nothing was half-saved: a change that did not finish has been undone.

{summary}

Details are in the log file:
{log}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Datum: 2026-11-17, 17/11, idag eller igår (kalendern med Alt+Ner)</source>
        <translation>Date: 2026-11-17, 17/11, today or yesterday (calendar with Alt+Down)</translation>
    </message>
    <message>
        <source>Välj i kalendern</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>Börja om med demoarbetsytan; den gamla sparas först som säkerhetskopia</source>
        <translation>Start the demo workspace over; the old one is saved as a backup first</translation>
    </message>
    <message>
        <source>Börja om med nya demodata i {path}?

Det som finns där nu sparas först som en säkerhetskopia.</source>
        <translation>Start over with new demo data in {path}?

What is there now is saved as a backup first.</translation>
    </message>
    <message>
        <source>Demodata återställda; den gamla demoarbetsytan sparades som {backup}</source>
        <translation>Demo data reset; the old demo workspace was saved as {backup}</translation>
    </message>
    <message>
        <source>Återställ &amp;demodata…</source>
        <translation>Reset &amp;demo data…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <source>&lt;b&gt;Uppdrag enligt beslutet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Duties under the decision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uppdrag från utskottet&lt;/b&gt; – visas här tills de är klara</source>
        <translation>&lt;b&gt;Duties from the committee&lt;/b&gt; – shown here until done</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Markera klart i dag</source>
        <translation>Mark done today</translation>
    </message>
    <message>
        <source>Nytt uppdrag från beslutet…</source>
        <translation>New duty from the decision…</translation>
    </message>
    <message>
        <source>Nytt uppdrag…</source>
        <translation>New duty…</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort det markerade uppdraget?</source>
        <translation>Delete the selected duty?</translation>
    </message>
    <message>
        <source>Ta bort uppdrag</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <source>Uppdrag</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Uppdraget är utfört: det lämnar översikten över det som ska göras</source>
        <translation>The duty is carried out: it leaves the overview of what is due</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Klart:</source>
        <translation>Do&amp;ne:</translation>
    </message>
    <message>
        <source>&amp;Senast:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>&amp;Uppdrag:</source>
        <translation>Du&amp;ty:</translation>
    </message>
    <message>
        <source>&amp;Vem:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>(inget beslut angivet)</source>
        <translation>(no decision given)</translation>
    </message>
    <message>
        <source>Nytt uppdrag från utskottet</source>
        <translation>New duty from the committee</translation>
    </message>
    <message>
        <source>Vad beslutet kräver, t.ex. Årlig avrapportering till utskottet</source>
        <translation>What the decision requires, e.g. Annual report to the committee</translation>
    </message>
    <message>
        <source>Vem, t.ex. Säkerhetsavdelningen</source>
        <translation>Who, e.g. the security department</translation>
    </message>
    <message>
        <source>Ändra uppdrag</source>
        <translation>Edit duty</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (tomt = inte klart)</source>
        <translation>YYYY-MM-DD (empty = not done)</translation>
    </message>
</context>
<context>
    <name>EffectsPage</name>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Effekt av prioriterade problem</source>
        <translation>Effect of prioritised problems</translation>
    </message>
    <message>
        <source>Effektmått</source>
        <translation>Effect measure</translation>
    </message>
    <message>
        <source>Kopplade händelser</source>
        <translation>Linked incidents</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Orsaksanalys, effektmått och kopplade händelser</source>
        <translation>Cause analysis, effect measure and linked incidents</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Perioden pågår: värdet är preliminärt och inget slutligt besked om målet.</source>
        <translation>The period is still running: the value is preliminary and no final verdict on the target.</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem med orsaksanalys eller effektmått. Nuläget är indikatorns senaste värde i problemets område, eller problemets kopplade händelser under innevarande tertial. Effektmått sätts i problemet (EST-logg → Öppna åtgärder).</source>
        <translation>Problems with a cause analysis or an effect measure. The current value is the indicator&apos;s latest value in the problem&apos;s area, or the problem&apos;s linked incidents in the current tertial. The effect measure is set in the problem (EST log → Open actions).</translation>
    </message>
    <message>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Öppna problemet…</source>
        <translation>Open the problem…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Något gick fel: %1: %2
Inget har sparats till hälften.</source>
        <translation>Something went wrong: %1: %2
Nothing was half-saved.</translation>
    </message>
</context>
<context>
    <name>EstTab</name>
    <message>
        <source>Aktörer…</source>
        <translation>Actors…</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Bostadsbolag, räddningstjänst, skola … som rapporterar eller ansvarar för åtgärder, med kontaktpersoner</source>
        <translation>Housing companies, rescue service, schools … that report or own actions, with contact persons</translation>
    </message>
    <message>
        <source>EST-logg</source>
        <translation>EST log</translation>
    </message>
    <message>
        <source>Kategorier, källor och områden (Ctrl+K)</source>
        <translation>Categories, sources and areas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Kodlistor…</source>
        <translation>Code lists…</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Nytt prioriterat problem (Ctrl+Shift+P)</source>
        <translation>New priority problem (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Nytt problem…</source>
        <translation>New problem…</translation>
    </message>
    <message>
        <source>Sök i loggen</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Veckan</source>
        <translation>The week</translation>
    </message>
    <message>
        <source>Visa en kommuns områden, händelser, problem och åtgärder – eller alla kommuner i överenskommelsen</source>
        <translation>Show one municipality&apos;s areas, incidents, problems and actions – or all municipalities of the agreement</translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>%1.

En säkerhetskopia togs före sammanslagningen. Vill du ångra hela sammanslagningen väljer du Återställ.</source>
        <translation>%1.

A backup was taken before the merge. To undo the whole merge, choose Restore.</translation>
    </message>
    <message>
        <source>&amp;Dela…</source>
        <translation>&amp;Share…</translation>
    </message>
    <message>
        <source>&amp;Historik för markerad post…</source>
        <translation>&amp;History of selected record…</translation>
    </message>
    <message>
        <source>&amp;Importera och slå ihop…</source>
        <translation>&amp;Import and merge…</translation>
    </message>
    <message>
        <source>&amp;Konflikter (%1)…</source>
        <translation>&amp;Conflicts (%1)…</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Visa fil…</source>
        <translation>&amp;View file…</translation>
    </message>
    <message>
        <source>Det är den öppna arbetsytan; välj filen du har fått.</source>
        <translation>That is the open workspace; choose the file you received.</translation>
    </message>
    <message>
        <source>Filen är krypterad. Lösenord:</source>
        <translation>The file is encrypted. Password:</translation>
    </message>
    <message>
        <source>Importera och slå ihop</source>
        <translation>Import and merge</translation>
    </message>
    <message>
        <source>Kontrollerar filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <source>Krypterad fil</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>Markera en post först.</source>
        <translation>Select a record first.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sammanslaget</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Samverkan-fil (*.samverkan-delning *.sqlite);;Alla filer (*)</source>
        <translation>Samverkan file (*.samverkan-delning *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>Visa fil</source>
        <translation>View file</translation>
    </message>
    <message>
        <source>Visa konflikter</source>
        <translation>Show conflicts</translation>
    </message>
    <message>
        <source>Å&amp;terställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <source>PDF klar</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <source>PDF:en sparades:
%1</source>
        <translation>The PDF was saved:
%1</translation>
    </message>
    <message>
        <source>Skapar PDF …</source>
        <translation>Creating PDF …</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Exportera PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Fastställ rapport</source>
        <translation>Approve report</translation>
    </message>
    <message>
        <source>Fastställ…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Fyll i: {field}.</source>
        <translation>Fill in: {field}.</translation>
    </message>
    <message>
        <source>Inga rapporter finns.</source>
        <translation>There are no reports.</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Ogiltigt värde för {field}: {value}.</source>
        <translation>Invalid value for {field}: {value}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paragraf (§):</source>
        <translation>Paragraph (§):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Sammanträde:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Uppföljningstillfälle:</source>
        <translation>Follow-up occasion:</translation>
    </message>
    <message>
        <source>Vecka:</source>
        <translation>Week:</translation>
    </message>
    <message>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Överenskommelse:</source>
        <translation>Agreement:</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <source>Andra som ska nås</source>
        <translation>Others to reach</translation>
    </message>
    <message>
        <source>De viktigaste mottagarna</source>
        <translation>The most important recipients</translation>
    </message>
    <message>
        <source>Det som ska gå fram, i alla kanaler</source>
        <translation>What must come across, in every channel</translation>
    </message>
    <message>
        <source>Hur och när planen följs upp och utvärderas</source>
        <translation>How and when the plan is followed up and evaluated</translation>
    </message>
    <message>
        <source>Press, webb, sociala medier, möten …</source>
        <translation>Press, web, social media, meetings …</translation>
    </message>
    <message>
        <source>Vad kommunikationen ska leda till under året</source>
        <translation>What the communication should achieve during the year</translation>
    </message>
    <message>
        <source>Varför parterna kommunicerar tillsammans</source>
        <translation>Why the parties communicate together</translation>
    </message>
    <message>
        <source>Vem som ansvarar för planen och för respektive part</source>
        <translation>Who is responsible for the plan and for each party</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Du kan ångra med Ctrl+Z så länge programmet är öppet. När programmet har stängts går borttagningen inte att ångra: innehållet raderas för gott.</source>
        <translation>You can undo with Ctrl+Z while the program is open. Once the program has closed, the deletion cannot be undone: the content is erased for good.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>rapport</source>
        <translation>report</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>&amp;Klar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryt och stäng</source>
        <translation>Cancel and close</translation>
    </message>
    <message>
        <source>Avbryta utan att skapa en arbetsyta?</source>
        <translation>Cancel without creating a workspace?</translation>
    </message>
    <message>
        <source>Avbryta välkomstguiden?</source>
        <translation>Cancel the welcome guide?</translation>
    </message>
    <message>
        <source>Fortsätt med guiden</source>
        <translation>Continue with the guide</translation>
    </message>
    <message>
        <source>Ingen arbetsyta skapas och inget av det du skrivit sparas. Samverkan Desktop stängs, och guiden visas igen nästa gång du startar programmet.</source>
        <translation>No workspace is created and nothing you typed is saved. Samverkan Desktop closes, and the guide appears again the next time you start the program.</translation>
    </message>
    <message>
        <source>Ingen fil skapas. Det som är öppet nu förblir öppet.</source>
        <translation>No file is created. What is open now stays open.</translation>
    </message>
    <message>
        <source>Ny arbetsyta</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Välkommen till Samverkan Desktop</source>
        <translation>Welcome to Samverkan Desktop</translation>
    </message>
</context>
<context>
    <name>FollowUpPages</name>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>&amp;Bedömningar</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <source>&amp;Effekt</source>
        <translation>&amp;Effect</translation>
    </message>
    <message>
        <source>&amp;Indikatorer</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Lägesbild</source>
        <translation>&amp;Local crime survey</translation>
    </message>
    <message>
        <source>&amp;Matris</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Sammanträden</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Tillfällen</source>
        <translation>&amp;Occasions</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Å&amp;tgärdsplan</source>
        <translation>Action &amp;plan</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>%1 (ej part)</source>
        <translation>%1 (not a party)</translation>
    </message>
    <message>
        <source>&amp;Ansvarig part:</source>
        <translation>&amp;Responsible party:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Deltagande parter:</source>
        <translation>&amp;Participating parties:</translation>
    </message>
    <message>
        <source>&amp;Förkortning, typ:</source>
        <translation>&amp;Abbreviation, type:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>(ingen angiven)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>Ansvar, sammankallande (&amp;text):</source>
        <translation>Responsibility, convener (&amp;text):</translation>
    </message>
    <message>
        <source>EST, SSPF …</source>
        <translation>EST, SSPF …</translation>
    </message>
    <message>
        <source>Förk.</source>
        <translation>Abbr.</translation>
    </message>
    <message>
        <source>Lägg till sist</source>
        <translation>Add at the end</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ny samverkansform</source>
        <translation>New form of cooperation</translation>
    </message>
    <message>
        <source>Sammankallande</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>Samverkansformen måste ha ett namn.</source>
        <translation>The form of cooperation needs a name.</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort den valda samverkansformen? Resursernas koppling till den tas också bort.</source>
        <translation>Delete the selected form of cooperation? The resources&apos; links to it are removed as well.</translation>
    </message>
    <message>
        <source>Ta bort samverkansform</source>
        <translation>Delete form of cooperation</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>FrozenReports</name>
    <message>
        <source>Anmärkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>De fastställda rapporterna: skriv ut igen, spara som PDF eller ta bort</source>
        <translation>The approved reports: print again, save as PDF or delete</translation>
    </message>
    <message>
        <source>Fa&amp;stställ rapport…</source>
        <translation>A&amp;pprove report…</translation>
    </message>
    <message>
        <source>Fastställ rapport</source>
        <translation>Approve report</translation>
    </message>
    <message>
        <source>Fastställd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Fastställda &amp;rapporter…</source>
        <translation>Approved &amp;reports…</translation>
    </message>
    <message>
        <source>Fastställer rapporten …</source>
        <translation>Approving the report …</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Rapporten sparas i arbetsytan som den ser ut nu, med dagens datum och ditt namn, och följer med när ni delar filen. Den kan skrivas ut igen byte för byte men inte ändras.

Fastställ rapporten?</source>
        <translation>The report is kept in the workspace as it looks now, with today&apos;s date and your name, and goes along when you share the file. It can be printed again byte for byte but not changed.

Approve the report?</translation>
    </message>
    <message>
        <source>Rapporten är fastställd.</source>
        <translation>The report is approved.</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara en rapport i arbetsytan som utskottet får den, så att den kan skrivas ut igen byte för byte</source>
        <translation>Keep a report in the workspace as the committee receives it, so that it can be printed again byte for byte</translation>
    </message>
    <message>
        <source>Visa fastställda rapporter</source>
        <translation>Show approved reports</translation>
    </message>
</context>
<context>
    <name>FrozenReportsDialog</name>
    <message>
        <source>Fastställda rapporter</source>
        <translation>Approved reports</translation>
    </message>
    <message>
        <source>Inga rapporter är fastställda ännu. Arkiv → Fastställ rapport… sparar en.</source>
        <translation>No reports are approved yet. File → Approve report… keeps one.</translation>
    </message>
    <message>
        <source>Skriv ut igen…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort ett namn eller en annan text ur rapporten för gott: den byggs om och märks maskad</source>
        <translation>Remove a name or other text from the report for good: it is rebuilt and marked as masked</translation>
    </message>
    <message>
        <source>Ta bort fastställd rapport</source>
        <translation>Delete approved report</translation>
    </message>
    <message>
        <source>Ta bort text ur fastställd rapport</source>
        <translation>Remove text from approved report</translation>
    </message>
    <message>
        <source>Ta bort text…</source>
        <translation>Remove text…</translation>
    </message>
    <message>
        <source>Ta bort ”{title}”? Den fastställda PDF:en tas bort ur arbetsytan, och hos den andra samordnaren när ni delar filen nästa gång.</source>
        <translation>Delete “{title}”? The approved PDF is removed from the workspace, and from the other coordinator&apos;s when you next share the file.</translation>
    </message>
    <message>
        <source>Tar bort texten ur rapporten …</source>
        <translation>Removing the text from the report …</translation>
    </message>
    <message>
        <source>Texten tas bort ur ”{title}” för gott: rapporten byggs om utan den, märks ”Maskad” och stämmer inte längre med den utskrivna. Också säkerhetskopiorna skrivs om, och ändringen följer med när ni delar filen. Det går inte att ångra.

Text att ta bort:</source>
        <translation>The text is removed from “{title}” for good: the report is rebuilt without it, marked “Masked” and no longer matches the printed copy. The backups are rewritten too, and the change travels when you share the file. This cannot be undone.

Text to remove:</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Inledning:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>&amp;Lagstöd:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Period från:</source>
        <translation>&amp;Period from:</translation>
    </message>
    <message>
        <source>&amp;Revidering:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Undertecknad:</source>
        <translation>&amp;Signed:</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>&amp;Vision:</translation>
    </message>
    <message>
        <source>Föregående:</source>
        <translation>Previous:</translation>
    </message>
    <message>
        <source>Samverkansöverenskommelse 2024-2026</source>
        <translation>Cooperation agreement 2024-2026</translation>
    </message>
    <message>
        <source>Vad har ändrats och när</source>
        <translation>What changed and when</translation>
    </message>
    <message>
        <source>i</source>
        <comment>undertecknad &lt;datum&gt; i &lt;ort&gt;</comment>
        <translation>in</translation>
    </message>
    <message>
        <source>ort</source>
        <translation>place</translation>
    </message>
    <message>
        <source>till</source>
        <comment>period från &lt;datum&gt; till &lt;datum&gt;</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Framåt &gt;</source>
        <translation>&amp;Forward &gt;</translation>
    </message>
    <message>
        <source>&amp;Innehåll</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&lt; &amp;Bakåt</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Användarguide – Samverkan Desktop</source>
        <translation>User guide – Samverkan Desktop (in Swedish)</translation>
    </message>
    <message>
        <source>Användarguidens text</source>
        <translation>Text of the user guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Från fil</source>
        <translation>From file</translation>
    </message>
    <message>
        <source>Historik – %1</source>
        <translation>History – %1</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>konflikt i %1</source>
        <translation>conflict in %1</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source> De första %1 visas.</source>
        <translation> The first %1 are shown.</translation>
    </message>
    <message>
        <source>%1 (ny)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (%3 rader)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (%3 rows)</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rader&lt;/b&gt; (%2 händelser) importeras, &lt;b&gt;%3 rader&lt;/b&gt; hoppas över.%4</source>
        <translation>&lt;b&gt;%1 rows&lt;/b&gt; (%2 incidents) are imported, &lt;b&gt;%3 rows&lt;/b&gt; are skipped.%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filen kan inte användas:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The file cannot be used:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Alla kategorier, områden och källor i filen är kända.</source>
        <translation>All categories, areas and sources in the file are known.</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Hoppa över raderna</source>
        <translation>Skip the rows</translation>
    </message>
    <message>
        <source>Händelser (*.csv *.xlsx *.txt);;Alla filer (*)</source>
        <translation>Incidents (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importera händelser</source>
        <translation>Import incidents</translation>
    </message>
    <message>
        <source>Importerar %1 rader …</source>
        <translation>Importing %1 rows …</translation>
    </message>
    <message>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kolumner i filen</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <source>Kontrollerar raderna …</source>
        <translation>Checking the rows …</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Läser filen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Okända värden: koppla till en befintlig kod eller skapa en ny</source>
        <translation>Unknown values: link to an existing code or create a new one</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Rader som hoppas över</source>
        <translation>Rows that are skipped</translation>
    </message>
    <message>
        <source>Rader som hoppas över (%1)</source>
        <translation>Rows that are skipped (%1)</translation>
    </message>
    <message>
        <source>Rader som importeras</source>
        <translation>Rows that are imported</translation>
    </message>
    <message>
        <source>Rader som importeras (%1)</source>
        <translation>Rows that are imported (%1)</translation>
    </message>
    <message>
        <source>Skapa ny: %1</source>
        <translation>Create new: %1</translation>
    </message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Välj en CSV- eller Excelfil (.xlsx) med en rubrikrad</source>
        <translation>Choose a CSV or Excel file (.xlsx) with a header row</translation>
    </message>
    <message>
        <source>Välj fil med händelser</source>
        <translation>Choose a file with incidents</translation>
    </message>
    <message>
        <source>Välj vilken kolumn som innehåller: %1.</source>
        <translation>Choose the column that contains: %1.</translation>
    </message>
    <message>
        <source>kolumn %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <source>%1. Ångra med Ctrl+Z.</source>
        <translation>%1. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Importera händelser…</source>
        <translation>&amp;Import incidents…</translation>
    </message>
    <message>
        <source>Importera EST-händelser från en CSV- eller Excelfil</source>
        <translation>Import EST incidents from a CSV or Excel file</translation>
    </message>
    <message>
        <source>Importera händelser</source>
        <translation>Import incidents</translation>
    </message>
    <message>
        <source>Välj först en överenskommelse i verktygsfältet.</source>
        <translation>First choose an agreement in the toolbar.</translation>
    </message>
</context>
<context>
    <name>IncidentEntry</name>
    <message>
        <source>Antal händelser</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryt ändringen (Esc)</source>
        <translation>Cancel the edit (Esc)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Det finns inga händelsekategorier ännu: öppna Kodlistor (Ctrl+K) och välj ”Lägg in standardkoder”.</source>
        <translation>There are no incident categories yet: open Code lists (Ctrl+K) and choose “Add standard codes”.</translation>
    </message>
    <message>
        <source>Händelsen den {day} hör till {week} och visas där.</source>
        <translation>The incident on {day} belongs to {week} and is shown there.</translation>
    </message>
    <message>
        <source>Högst %1 tecken i den korta beskrivningen; skriv mer i lägesbilden.</source>
        <translation>At most %1 characters in the short description; write more in the situation report.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Klockslag</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Klockslag om det är känt (t.ex. 21:30); lämna tomt annars</source>
        <translation>Time of day if known (e.g. 21:30); leave empty otherwise</translation>
    </message>
    <message>
        <source>Kort beskrivning (inga namn)</source>
        <translation>Short description (no names)</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till händelsen (Enter)</source>
        <translation>Add the incident (Enter)</translation>
    </message>
    <message>
        <source>Område/plats</source>
        <translation>Area/place</translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Tecken i beskrivningen: %1 av %2</source>
        <translation>Characters in the description: %1 of %2</translation>
    </message>
    <message>
        <source>Ändrar en registrerad händelse – Enter sparar, Esc avbryter.</source>
        <translation>Editing a registered incident – Enter saves, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>IncidentLogModel</name>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>IncidentLogView</name>
    <message>
        <source>%1 registreringar, %2 händelser</source>
        <translation>%1 records, %2 incidents</translation>
    </message>
    <message>
        <source>Alla kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Alla källor</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Från och med (tomt: från början av loggen)</source>
        <translation>From, inclusive (empty: from the start of the log)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Text i beskrivningen</source>
        <translation>Text in the description</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Till och med (tomt: till i dag)</source>
        <translation>To, inclusive (empty: until today)</translation>
    </message>
    <message>
        <source>ett datum skrivs ÅÅÅÅ-MM-DD; det felaktiga används inte</source>
        <translation>write a date as YYYY-MM-DD; the invalid one is not used</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>1 händelse</source>
        <translation>1 incident</translation>
    </message>
    <message>
        <source>1 registrering</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Händelser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Filtrera händelser (Ctrl+F)</source>
        <translation>Filter incidents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Koppla de markerade händelserna till ett prioriterat problem</source>
        <translation>Link the selected incidents to a prioritised problem</translation>
    </message>
    <message>
        <source>Koppla till problem</source>
        <translation>Link to problem</translation>
    </message>
    <message>
        <source>Koppla till problem…</source>
        <translation>Link to problem…</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Markera först en eller flera händelser i tabellen.</source>
        <translation>First select one or more incidents in the table.</translation>
    </message>
    <message>
        <source>Område/plats</source>
        <translation>Area/place</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ta bort de {n} markerade händelserna?</source>
        <translation>Delete the {n} selected incidents?</translation>
    </message>
    <message>
        <source>Ta bort den markerade händelsen?</source>
        <translation>Delete the selected incident?</translation>
    </message>
    <message>
        <source>Ta bort händelser</source>
        <translation>Delete incidents</translation>
    </message>
    <message>
        <source>Ta bort koppling till problem</source>
        <translation>Remove link to problem</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>{n} händelser</source>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <source>{n} registreringar</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>{n} visas</source>
        <translation>{n} shown</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>%, antal …</source>
        <translation>%, number …</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Högre värde är bättre</source>
        <translation>Higher value is better</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lägg till period</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Lägg till år/period…</source>
        <translation>Add year/period…</translation>
    </message>
    <message>
        <source>Mätvärden per område och period</source>
        <translation>Measurements per area and period</translation>
    </message>
    <message>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Samverkans&amp;form:</source>
        <translation>&amp;Form of cooperation:</translation>
    </message>
    <message>
        <source>Spara indikatorn</source>
        <translation>Save the indicator</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Värden</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Värden per period</source>
        <translation>Values per period</translation>
    </message>
    <message>
        <source>trygghetsmätning, SSPF-samordnare …</source>
        <translation>safety survey, SSPF coordinator …</translation>
    </message>
    <message>
        <source>År (ÅÅÅÅ) eller tertial (ÅÅÅÅ-T1):</source>
        <translation>Year (YYYY) or four-month period (YYYY-T1):</translation>
    </message>
</context>
<context>
    <name>LagesbildPage</name>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>1. Kartläggning</source>
        <translation>1. Mapping</translation>
    </message>
    <message>
        <source>2. Omfattning och konsekvenser</source>
        <translation>2. Extent and consequences</translation>
    </message>
    <message>
        <source>3. Annan relevant information (trygghetsmätning, skolenkäter …)</source>
        <translation>3. Other relevant information (safety survey, school surveys …)</translation>
    </message>
    <message>
        <source>4. Analys</source>
        <translation>4. Analysis</translation>
    </message>
    <message>
        <source>5. Prioriterade problem</source>
        <translation>5. Prioritised problems</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kartläggningens siffror&lt;/b&gt; (ur EST, går att ändra)</source>
        <translation>&lt;b&gt;Figures of the mapping&lt;/b&gt; (from EST, editable)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prioriterade problem&lt;/b&gt; (kommunens problem i EST; åtgärdsplanens rader kopplas till dem)</source>
        <translation>&lt;b&gt;Prioritised problems&lt;/b&gt; (the municipality&apos;s problems in EST; the action plan&apos;s rows link to them)</translation>
    </message>
    <message>
        <source>Avsnitt</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Fastställ</source>
        <translation>Establish</translation>
    </message>
    <message>
        <source>Fastställd %1 av %2: låst.</source>
        <translation>Established %1 by %2: locked.</translation>
    </message>
    <message>
        <source>Fastställd av:</source>
        <translation>Established by:</translation>
    </message>
    <message>
        <source>Fyll kartläggningens siffror på nytt ur EST (texterna behålls)</source>
        <translation>Fill the figures again from EST (the texts are kept)</translation>
    </message>
    <message>
        <source>Hämta siffror igen</source>
        <translation>Fetch figures again</translation>
    </message>
    <message>
        <source>Ingen lägesbild för %1 ännu: Skapa från EST fyller kartläggningen.</source>
        <translation>No local crime survey for %1 yet: Create from EST fills in the mapping.</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Lägesbild (PDF)…</source>
        <translation>Local crime survey (PDF)…</translation>
    </message>
    <message>
        <source>Lägesbild (lag 2023:196, 4 §)</source>
        <translation>Local crime survey (Act 2023:196, section 4)</translation>
    </message>
    <message>
        <source>Lägesbilden låses och skrivs ut som den fastställdes</source>
        <translation>The survey is locked and prints as it was established</translation>
    </message>
    <message>
        <source>Perioden</source>
        <translation>The period</translation>
    </message>
    <message>
        <source>Skapa från EST</source>
        <translation>Create from EST</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Starta lägesbilden med siffror och aktiva problem ur EST</source>
        <translation>Start the survey with figures and active problems from EST</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Utkast – senast ändrad %1.</source>
        <translation>Draft – last changed %1.</translation>
    </message>
    <message>
        <source>helår</source>
        <translation>whole year</translation>
    </message>
    <message>
        <source>t.ex. Kommunstyrelsen, § 70</source>
        <translation>e.g. the Municipal Executive Board, § 70</translation>
    </message>
    <message>
        <source>Året innan</source>
        <translation>The year before</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> Överenskommelse: </source>
        <translation> Agreement: </translation>
    </message>
    <message>
        <source>%1 är en delad fil från en samverkanspart. Öppna först den arbetsyta den ska slås ihop med; sedan visas vad som är nytt, ändrat och i konflikt innan något sparas.</source>
        <translation>%1 is a shared file from a cooperation partner. First open the workspace it is to be merged into; then you see what is new, changed and in conflict before anything is saved.</translation>
    </message>
    <message>
        <source>&amp;Användarguide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ny arbetsyta…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Om Samverkan Desktop</source>
        <translation>&amp;About Samverkan Desktop</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rensa listan</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>&amp;Senaste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Det här kan inte sparas som det står:

%1

Stäng ändå?</source>
        <translation>This cannot be saved as it stands:

%1

Close anyway?</translation>
    </message>
    <message>
        <source>Exportera överenskommelsen, resurserna, EST-loggen eller uppföljningen som PDF</source>
        <translation>Export the agreement, the resources, the EST log or the follow-up as PDF</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Filen kunde inte kopieras: %1</source>
        <translation>The file could not be copied: %1</translation>
    </message>
    <message>
        <source>Guiden: kom igång, EST-mötet, uppföljning, dela filer</source>
        <translation>The guide: getting started, the EST meeting, follow-up, sharing files</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Gör om det som ångrades</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <source>Ingen fil öppen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Kopiera filen till datorn och öppna kopian?</source>
        <translation>Copy the file to this computer and open the copy?</translation>
    </message>
    <message>
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Samverkan-arbetsyta (%1);;Delad fil (%2);;Alla filer (*)</source>
        <translation>Samverkan workspace (%1);;Shared file (%2);;All files (*)</translation>
    </message>
    <message>
        <source>Samverkansöverenskommelsen mellan lokalpolisområde och kommun: överenskommelse, resurser, EST-logg, uppföljning och kommunikationsplan i en lokal SQLite-fil.</source>
        <translation>The cooperation agreement between local police area and municipality: agreement, resources, EST log, follow-up and communication plan in one local SQLite file.</translation>
    </message>
    <message>
        <source>Samverkansöverenskommelsen mellan polis och kommun – EST-logg, uppföljning och kommunikationsplan i en fil.</source>
        <translation>The cooperation agreement between police and municipality – EST log, follow-up and communication plan in one file.</translation>
    </message>
    <message>
        <source>Skapa en ny arbetsyta…</source>
        <translation>Create a new workspace…</translation>
    </message>
    <message>
        <source>Typsnitt: DejaVu Sans.</source>
        <translation>Font: DejaVu Sans.</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Välj en lokal mapp för kopian</source>
        <translation>Choose a local folder for the copy</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ångra den senaste ändringen</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Öppna en arbetsyta…</source>
        <translation>Open a workspace…</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Överenskommelsen som flikarna visar</source>
        <translation>The agreement the tabs show</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Håll muspekaren över en ruta för bedömningens kommentar.</source>
        <translation>Hover over a cell for the assessment&apos;s comment.</translation>
    </message>
    <message>
        <source>Resurser</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Samverkansformer</source>
        <translation>Forms of cooperation</translation>
    </message>
    <message>
        <source>Status över avtalsperioden</source>
        <translation>Status over the agreement period</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>&lt;b&gt;Lägesbild&lt;/b&gt;</source>
        <translation>&lt;b&gt;Situation report&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status per område&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status per area&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Hämta status och motivering från den senaste veckan som har sådana (områden som redan har status denna vecka ändras inte)</source>
        <translation>Copy status and reason from the latest week that has them (areas that already have a status this week are not changed)</translation>
    </message>
    <message>
        <source>Inget registrerat för veckan ännu – det du skriver här sparas för veckan.</source>
        <translation>Nothing registered for the week yet – what you type here is saved for the week.</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Mötesdatum: {text} är inget datum.</source>
        <translation>Meeting date: {text} is not a date.</translation>
    </message>
    <message>
        <source>Parter och funktioner som deltog</source>
        <translation>Parties and roles that took part</translation>
    </message>
    <message>
        <source>Senast ändrad {day} av {who}.</source>
        <translation>Last changed {day} by {who}.</translation>
    </message>
    <message>
        <source>Senast ändrad {day}.</source>
        <translation>Last changed {day}.</translation>
    </message>
    <message>
        <source>Som förra veckan</source>
        <translation>As last week</translation>
    </message>
    <message>
        <source>Status för området denna vecka</source>
        <translation>Status of the area this week</translation>
    </message>
    <message>
        <source>Tidigare veckors deltagare föreslås när du skriver</source>
        <translation>Participants of earlier weeks are suggested as you type</translation>
    </message>
    <message>
        <source>Veckans lägesbild: vad har hänt, var, vad behöver göras? (sparas när du lämnar fältet)</source>
        <translation>The week&apos;s situation report: what happened, where, what needs doing? (saved when you leave the field)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Överenskommelsen har inga områden ännu (lägg till dem under Kodlistor, Ctrl+K).</source>
        <translation>The agreement has no areas yet (add them under Code lists, Ctrl+K).</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Justerare:</source>
        <translation>&amp;Minutes checker:</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>(ingen angiven)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>13.15–15.20</source>
        <translation>13:15–15:20</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>J&amp;usterat:</source>
        <translation>Appro&amp;ved:</translation>
    </message>
    <message>
        <source>Justerat digitalt</source>
        <translation>Approved digitally</translation>
    </message>
    <message>
        <source>Kommunen vars organ sammanträder (står i protokollsutdragets sidhuvud)</source>
        <translation>The municipality whose body meets (printed in the header of the minutes extract)</translation>
    </message>
    <message>
        <source>Nytt sammanträde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Närvarande &amp;ledamöter:</source>
        <translation>Members &amp;present:</translation>
    </message>
    <message>
        <source>Ordförande:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Paragrafer</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Sekreterare:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Spara sammanträdet</source>
        <translation>Save the meeting</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (tomt = inte justerat)</source>
        <translation>YYYY-MM-DD (empty = not approved)</translation>
    </message>
    <message>
        <source>Ö&amp;vriga:</source>
        <translation>O&amp;thers:</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>%1 — deras: «%2»</source>
        <translation>%1 — theirs: «%2»</translation>
    </message>
    <message>
        <source>%1 — min: «%2»</source>
        <translation>%1 — mine: «%2»</translation>
    </message>
    <message>
        <source>&amp;Slå ihop</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Konflikter sparas: du väljer sedan i &lt;i&gt;Redigera → Konflikter&lt;/i&gt; vilket värde som ska gälla. Inget värde går förlorat.</source>
        <translation>&lt;br&gt;Conflicts are kept: you then choose under &lt;i&gt;Edit → Conflicts&lt;/i&gt; which value applies. No value is lost.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Borttagna</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Filen innehåller %1 personnummer: %2. Ta bort dem efter sammanslagningen (Redigera → Integritetskontroll…).</source>
        <translation>The file holds %1 personal identity numbers: %2. Remove them after the merge (Edit → Privacy check…).</translation>
    </message>
    <message>
        <source>Före sammanslagningen tas en säkerhetskopia. Sammanslagningen ångras inte med Ångra utan genom att återställa den kopian.</source>
        <translation>A backup is taken before the merge. The merge is not undone with Undo but by restoring that backup.</translation>
    </message>
    <message>
        <source>Importera och slå ihop</source>
        <translation>Import and merge</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Min version:
%1

Deras version:
%2</source>
        <translation>My version:
%1

Their version:
%2</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Slag av post</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Slår ihop …</source>
        <translation>Merging …</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Återkommer</source>
        <translation>Recurring</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>&amp;Mall:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Parter:</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Fler parter (och nya) läggs till under fliken Parter.</source>
        <translation>More parties (and new ones) are added on the Parties tab.</translation>
    </message>
    <message>
        <source>Ny överenskommelse</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Period &amp;från:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>Period &amp;till:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <source>Samverkansöverenskommelse %1-%2</source>
        <translation>Cooperation agreement %1-%2</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Bygger på:</source>
        <translation>Based on:</translation>
    </message>
    <message>
        <source>Den nya perioden måste börja efter den gamla.</source>
        <translation>The new period must start after the old one.</translation>
    </message>
    <message>
        <source>Ny period</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Parter, syften, samverkansformer och resurser följer med; diarienummer och datum för undertecknande lämnas tomma.</source>
        <translation>Parties, purposes, forms of cooperation and resources are carried over; case numbers and signing dates are left empty.</translation>
    </message>
    <message>
        <source>Period &amp;från:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>Period &amp;till:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <source>Skapa ny period</source>
        <translation>Create new period</translation>
    </message>
</context>
<context>
    <name>NewWorkspacePage</name>
    <message>
        <source>&amp;Filnamn:</source>
        <translation>&amp;File name:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Sparas i:</source>
        <translation>&amp;Saved in:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Välj mapp…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Allt kan ändras efteråt; parterna kan du byta namn på redan nu.</source>
        <translation>Everything can be changed later; you can rename the parties right now.</translation>
    </message>
    <message>
        <source>Den första överenskommelsen</source>
        <translation>The first agreement</translation>
    </message>
    <message>
        <source>Filnamn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Mappen finns inte: %1</source>
        <translation>The folder does not exist: %1</translation>
    </message>
    <message>
        <source>Mappen är inte lokal</source>
        <translation>The folder is not local</translation>
    </message>
    <message>
        <source>P&amp;arter:</source>
        <translation>P&amp;arties:</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Samverkan</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Samverkan %1</source>
        <translation>Samverkan %1</translation>
    </message>
    <message>
        <source>Samverkansöverenskommelse %1-%2</source>
        <translation>Cooperation agreement %1-%2</translation>
    </message>
    <message>
        <source>Spara arbetsytan där ändå?</source>
        <translation>Save the workspace there anyway?</translation>
    </message>
    <message>
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Välj en annan mapp</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <source>Välj mapp för arbetsytan</source>
        <translation>Choose a folder for the workspace</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>&amp;Ansvariga:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Förslag till beslut:</source>
        <translation>&amp;Proposed decision:</translation>
    </message>
    <message>
        <source>&amp;Genomförd:</source>
        <translation>&amp;Held:</translation>
    </message>
    <message>
        <source>&amp;Handläggare:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>&amp;Senast:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Slag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fastställ rapport…</source>
        <translation>Approve report…</translation>
    </message>
    <message>
        <source>Föreslår en årlig rapport för varje år i avtalsperioden som saknar tillfälle</source>
        <translation>Proposes an annual report for every year of the agreement period that has no occasion</translation>
    </message>
    <message>
        <source>Försenad uppföljning: %1, skulle vara klar %2.</source>
        <translation>Overdue follow-up: %1, was due %2.</translation>
    </message>
    <message>
        <source>Förslag till beslut, t.ex. Informationen läggs till handlingarna.</source>
        <translation>Proposed decision, e.g. The information is placed on file.</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Gröna</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Gula</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Inga kommande uppföljningar.</source>
        <translation>No upcoming follow-ups.</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Markera genomförd i dag</source>
        <translation>Mark as held today</translation>
    </message>
    <message>
        <source>Nytt tillfälle</source>
        <translation>New occasion</translation>
    </message>
    <message>
        <source>Nytt uppföljningstillfälle</source>
        <translation>New follow-up occasion</translation>
    </message>
    <message>
        <source>Nästa uppföljning: %1, senast %2.</source>
        <translation>Next follow-up: %1, due %2.</translation>
    </message>
    <message>
        <source>Rapport till utskottet (PDF)…</source>
        <translation>Report to the committee (PDF)…</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Röda</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>S&amp;ammanfattning:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Sammanfattning till utskottet</source>
        <translation>Summary for the committee</translation>
    </message>
    <message>
        <source>Skapa från överenskommelsen</source>
        <translation>Create from the agreement</translation>
    </message>
    <message>
        <source>Skapa från överenskommelsen…</source>
        <translation>Create from the agreement…</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara rapporten i arbetsytan som utskottet får den, så att den kan skrivas ut igen byte för byte (Arkiv → Fastställda rapporter…)</source>
        <translation>Keep the report in the workspace as the committee receives it, so that it can be printed again byte for byte (File → Approved reports…)</translation>
    </message>
    <message>
        <source>Spara ändringar</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tillfället</source>
        <translation>The occasion</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Uppföljningstillfällen</source>
        <translation>Follow-up occasions</translation>
    </message>
    <message>
        <source>Varje år i avtalsperioden har redan ett uppföljningstillfälle. Lägg till fler med Nytt tillfälle.</source>
        <translation>Every year of the agreement period already has a follow-up occasion. Add more with New occasion.</translation>
    </message>
    <message>
        <source>Ärende&amp;nummer:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (tomt = inte genomförd)</source>
        <translation>YYYY-MM-DD (empty = not held)</translation>
    </message>
    <message>
        <source>Överenskommelsens uppföljningsdatum står i löptext och tolkas inte. Skapa en årlig rapport för varje år i avtalsperioden som saknar tillfälle?

%1</source>
        <translation>The agreement&apos;s follow-up dates are free text and are not interpreted. Create an annual report for every year of the agreement period that has no occasion?

%1</translation>
    </message>
    <message>
        <source>• %1 (senast %2)</source>
        <translation>• %1 (due %2)</translation>
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message>
        <source>&lt;b&gt;Prioriterade problem&lt;/b&gt;</source>
        <translation>&lt;b&gt;Priority problems&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nytt problem…</source>
        <translation>New problem…</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sedan</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visa avslutade problem</source>
        <translation>Show closed problems</translation>
    </message>
    <message>
        <source>Visa även klara och inställda åtgärder</source>
        <translation>Also show done and cancelled actions</translation>
    </message>
    <message>
        <source>Ändra problem…</source>
        <translation>Edit problem…</translation>
    </message>
    <message>
        <source>Åtgärder över alla veckor</source>
        <translation>Actions across all weeks</translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>OrderedListPage</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Flytta ner</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ner</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
</context>
<context>
    <name>ParagraphPanel</name>
    <message>
        <source>&amp;Handläggare:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Beslutsunderlag</source>
        <translation>Basis for decision</translation>
    </message>
    <message>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Gäller överenskommelse</source>
        <translation>Concerns agreement</translation>
    </message>
    <message>
        <source>Gäller överenskommelse:</source>
        <translation>Concerns agreement:</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Ny paragraf</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <source>Paragrafer</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Protokollsutdrag (PDF)…</source>
        <translation>Minutes extract (PDF)…</translation>
    </message>
    <message>
        <source>Rapporterar</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Rapporterar:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Spara paragrafen</source>
        <translation>Save the paragraph</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ä&amp;rendenummer:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Ärendebeskrivning</source>
        <translation>Description of the matter</translation>
    </message>
    <message>
        <source>Ärendenummer</source>
        <translation>Case number</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>&amp;Undertecknare:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Ingen part vald.</source>
        <translation>No party selected.</translation>
    </message>
    <message>
        <source>Lägg till part…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Ta bort den valda parten ur överenskommelsen? Parten finns kvar i registret.</source>
        <translation>Remove the selected party from the agreement? The party stays in the register.</translation>
    </message>
    <message>
        <source>Ta bort part</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <source>Ta bort ur överenskommelsen</source>
        <translation>Remove from the agreement</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Undertecknare</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Välj en part ur registret eller skapa en ny</source>
        <translation>Choose a party from the register or create a new one</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>t.ex. KS 1382/2023</source>
        <translation>e.g. KS 1382/2023</translation>
    </message>
    <message>
        <source>t.ex. Kommundirektör</source>
        <translation>e.g. Municipal director</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>&amp;Kortnamn:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till part</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>Ny part</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Ny part …</source>
        <translation>New party …</translation>
    </message>
    <message>
        <source>Skriv den nya partens namn.</source>
        <translation>Type the new party&apos;s name.</translation>
    </message>
</context>
<context>
    <name>PartyRows</name>
    <message>
        <source>&amp;Lägg till part</source>
        <translation>&amp;Add party</translation>
    </message>
    <message>
        <source>Part %1, namn</source>
        <translation>Party %1, name</translation>
    </message>
    <message>
        <source>Part %1, typ</source>
        <translation>Party %1, kind</translation>
    </message>
    <message>
        <source>t.ex. Kumla kommun</source>
        <translation>e.g. Kumla kommun</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Koppla</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Aktiviteten har inget datum. Skriv ett datum eller en vecka.</source>
        <translation>The activity has no date. Type a date or a week.</translation>
    </message>
    <message>
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Kopiera till nästa år</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <source>Planen för {year} är skapad med planens innehåll och {n} återkommande aktiviteter.</source>
        <translation>The plan for {year} has been created with the plan&apos;s contents and {n} recurring activities.</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Ta bort aktiviteten ”{title}”?</source>
        <translation>Delete the activity “{title}”?</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Fälten sparas när du lämnar dem (Ctrl+Z ångrar).</source>
        <translation>Fields are saved when you leave them (Ctrl+Z undoes).</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Det finns ingen kommunikationsplan att skriva ut.</source>
        <translation>There is no communication plan to print.</translation>
    </message>
    <message>
        <source>Det finns inget uppföljningstillfälle att skriva ut.</source>
        <translation>There is no follow-up occasion to print.</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Skriv ut det som visas: veckan, uppföljningen, planen … med förhandsvisning (Ctrl+P)</source>
        <translation>Print what is shown: the week, the follow-up, the plan … with a preview (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>Förhandsvisning – {name}</source>
        <translation>Print preview – {name}</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} sidor</source>
        <translation>{n} pages</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <source>&amp;Integritetskontroll…</source>
        <translation>&amp;Privacy check…</translation>
    </message>
    <message>
        <source>Ersätt text i den markerade posten för gott</source>
        <translation>Replace text in the selected record for good</translation>
    </message>
    <message>
        <source>Markera en post först.</source>
        <translation>Select a record first.</translation>
    </message>
    <message>
        <source>Sök personnummer i hela arbetsytan och rätta dem</source>
        <translation>Find personal identity numbers in the whole workspace and correct them</translation>
    </message>
    <message>
        <source>Ta bort &amp;personuppgifter…</source>
        <translation>Remove &amp;personal data…</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <source>%1 personnummer hittades.</source>
        <translation>%1 personal identity numbers found.</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Inga personnummer hittades.</source>
        <translation>No personal identity numbers found.</translation>
    </message>
    <message>
        <source>Integritetskontroll</source>
        <translation>Privacy check</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Personnumret maskeras i alla poster som har det, och den fastställda rapporten byggs om utan det och märks ”Maskad”. Den stämmer då inte längre med den utskrivna. Det går inte att ångra. Fortsätta?</source>
        <translation>The personal identity number is masked in every record that holds it, and the approved report is rebuilt without it and marked “Masked”. It will then no longer match the printed copy. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Personnumret maskeras i posten, dess historik och konflikter, i fastställda rapporter som visar det och i säkerhetskopiorna. Det går inte att ångra. Fortsätta?</source>
        <translation>The personal identity number is masked in the record, its history and conflicts, in approved reports that show it and in the backups. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Postens text:</source>
        <translation>The record&apos;s text:</translation>
    </message>
    <message>
        <source>Rätta %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <source>Samverkan Desktop ska inte innehålla personuppgifter om enskilda. Här är varje personnummer som finns i arbetsytan: i poster, borttagna poster, historik, konflikter och fastställda rapporter.</source>
        <translation>Samverkan Desktop must not hold personal data about individuals. Here is every personal identity number in the workspace: in records, deleted records, history, conflicts and approved reports.</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spara ändring</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Söker i fastställda rapporter …</source>
        <translation>Searching the approved reports …</translation>
    </message>
    <message>
        <source>Ta bort personuppgifter</source>
        <translation>Remove personal data</translation>
    </message>
    <message>
        <source>Tar bort personuppgifter …</source>
        <translation>Removing personal data …</translation>
    </message>
    <message>
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <source>borttagen post</source>
        <translation>deleted record</translation>
    </message>
    <message>
        <source>historik/konflikt</source>
        <translation>history/conflict</translation>
    </message>
    <message>
        <source>i fastställd rapport</source>
        <translation>in approved report</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>(inget effektmått)</source>
        <translation>(no effect measure)</translation>
    </message>
    <message>
        <source>(inget område)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>(välj indikator)</source>
        <translation>(choose indicator)</translation>
    </message>
    <message>
        <source>1 = högst prioritet</source>
        <translation>1 = highest priority</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kopplade händelser&lt;/b&gt; – inga ännu: markera händelser i veckans tabell och välj ”Koppla till problem…”.</source>
        <translation>&lt;b&gt;Linked incidents&lt;/b&gt; – none yet: select incidents in the week&apos;s table and choose “Link to problem…”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kopplade händelser&lt;/b&gt; – {n} registreringar, {total} händelser</source>
        <translation>&lt;b&gt;Linked incidents&lt;/b&gt; – {n} records, {total} incidents</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>De markerade händelserna hör inte längre till problemet</source>
        <translation>The selected incidents no longer belong to the problem</translation>
    </message>
    <message>
        <source>Det finns inga aktiva problem. Lägg till ett med Nytt problem… (Ctrl+Shift+P).</source>
        <translation>There are no active problems. Add one with New problem… (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Effektmått</source>
        <translation>Effect measure</translation>
    </message>
    <message>
        <source>En indikator</source>
        <translation>An indicator</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Koppla till problem</source>
        <translation>Link to problem</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nytt prioriterat problem</source>
        <translation>New priority problem</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Område/plats</source>
        <translation>Area/place</translation>
    </message>
    <message>
        <source>Orsaksanalys</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>Orsaksanalys: varför uppstår problemet här och nu – plats, tid, målgrupp, vad som saknas?</source>
        <translation>Cause analysis: why does the problem arise here and now – place, time, target group, what is missing?</translation>
    </message>
    <message>
        <source>Prioritet (1–3)</source>
        <translation>Priority (1–3)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problemet som händelserna hör till:</source>
        <translation>The problem the incidents belong to:</translation>
    </message>
    <message>
        <source>Problemets kopplade händelser per tertial</source>
        <translation>The problem&apos;s linked incidents per tertial</translation>
    </message>
    <message>
        <source>Sedan vecka</source>
        <translation>Since week</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta bort koppling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>tal, t.ex. 23 eller 2,5</source>
        <translation>number, e.g. 23 or 2.5</translation>
    </message>
    <message>
        <source>Ändra problem</source>
        <translation>Edit problem</translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Lägg till ett syfte sist</source>
        <translation>Add a purpose at the end</translation>
    </message>
    <message>
        <source>Nytt syfte</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Syftet med denna samverkansöverenskommelse är att …</source>
        <translation>The purpose of this cooperation agreement is to …</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort det valda syftet?</source>
        <translation>Delete the selected purpose?</translation>
    </message>
    <message>
        <source>Ta bort syfte</source>
        <translation>Delete purpose</translation>
    </message>
</context>
<context>
    <name>ReceivedFileDialog</name>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Borttagna</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Filen saknar uppgift om vem som exporterade den.</source>
        <translation>The file does not say who exported it.</translation>
    </message>
    <message>
        <source>Filen är bara visad: inget har slagits ihop med din arbetsyta.</source>
        <translation>The file is only shown: nothing has been merged into your workspace.</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Innehåller en överenskommelse: %1</source>
        <translation>Contains one agreement: %1</translation>
    </message>
    <message>
        <source>Innehåller hela arbetsytan.</source>
        <translation>Contains the whole workspace.</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Samverkan Desktop %1, schemaversion %2</source>
        <translation>Samverkan Desktop %1, schema version %2</translation>
    </message>
    <message>
        <source>Slag av post</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visa fil – %1</source>
        <translation>View file – %1</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Överenskommelser</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Den nya texten ersätter den gamla i posten, i dess historik och konflikter och i säkerhetskopiorna, och följer med vid nästa delning. Det går inte att ångra.</source>
        <translation>The new text replaces the old one in the record, in its history and conflicts and in the backups, and travels with the next share. It cannot be undone.</translation>
    </message>
    <message>
        <source>Ta bort för gott</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <source>Ta bort personuppgifter – %1</source>
        <translation>Remove personal data – %1</translation>
    </message>
    <message>
        <source>Tar bort personuppgifter …</source>
        <translation>Removing personal data …</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>%1 (ej part)</source>
        <translation>%1 (not a party)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ingen resurs vald</source>
        <translation>No resource selected</translation>
    </message>
</context>
<context>
    <name>ResourceSummary</name>
    <message>
        <source>Garanterade</source>
        <translation>Guaranteed</translation>
    </message>
    <message>
        <source>INGEN RESURS</source>
        <translation>NO RESOURCE</translation>
    </message>
    <message>
        <source>Ingen garanterad resurs tjänar den här formen.</source>
        <translation>No guaranteed resource serves this form.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Per part</source>
        <translation>By party</translation>
    </message>
    <message>
        <source>Per samverkansform</source>
        <translation>By form of cooperation</translation>
    </message>
    <message>
        <source>Rekryteras</source>
        <translation>Recruiting</translation>
    </message>
    <message>
        <source>Resurser</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Resurser som bidrar</source>
        <translation>Contributing resources</translation>
    </message>
    <message>
        <source>Samverkansform</source>
        <translation>Form of cooperation</translation>
    </message>
    <message>
        <source>Tillsatta</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Vakanta</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Åa</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Överenskommelsen garanterar inga namngivna resurser.</source>
        <translation>The agreement guarantees no named resources.</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>%1 resurser. %2, %3 under rekrytering.</source>
        <translation>%1 resources. %2, %3 being recruited.</translation>
    </message>
    <message>
        <source>%1 vakant</source>
        <translation>%1 vacant</translation>
    </message>
    <message>
        <source>%1 vakanta</source>
        <translation>%1 vacant</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>Alla parter</source>
        <translation>All parties</translation>
    </message>
    <message>
        <source>Alla samverkansformer</source>
        <translation>All forms of cooperation</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Flytta ner inom parten</source>
        <translation>Move down within the party</translation>
    </message>
    <message>
        <source>Flytta upp inom parten</source>
        <translation>Move up within the party</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Ner</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Ny resurs</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>Ny resurs (Ctrl+N)</source>
        <translation>New resource (Ctrl+N)</translation>
    </message>
    <message>
        <source>Resurser</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Resurser %1</source>
        <translation>Resources %1</translation>
    </message>
    <message>
        <source>Resurser som garanteras</source>
        <translation>Guaranteed resources</translation>
    </message>
    <message>
        <source>Resursregistret som PDF</source>
        <translation>The resource register as PDF</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Skriv ut / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>Sök (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort den valda resursen (Delete)</source>
        <translation>Delete the selected resource (Delete)</translation>
    </message>
    <message>
        <source>Ta bort den valda resursen? Det går att ångra (Ctrl+Z).</source>
        <translation>Delete the selected resource? This can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Ta bort resurs</source>
        <translation>Delete resource</translation>
    </message>
    <message>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Utan garanterad resurs: %1</source>
        <translation>Without a guaranteed resource: %1</translation>
    </message>
    <message>
        <source>Välj eller skapa en överenskommelse först (fliken Överenskommelse).</source>
        <translation>Choose or create an agreement first (the Agreement tab).</translation>
    </message>
    <message>
        <source>Överenskommelsen garanterar inga namngivna resurser, så ingen samverkansform saknar en. Lägg till med Ny resurs (Ctrl+N) om den gör det.</source>
        <translation>The agreement guarantees no named resources, so no form of cooperation lacks one. Add one with New resource (Ctrl+N) if it does.</translation>
    </message>
    <message>
        <source>Överenskommelsen har ingen part ännu: lägg till parter först.</source>
        <translation>The agreement has no party yet: add parties first.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 EST-veckor, %2 händelser, %3 åtgärder</source>
        <translation>%1 EST weeks, %2 incidents, %3 actions</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>(ingen överenskommelse)</source>
        <translation>(no agreement)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia av den här arbetsytan än.</source>
        <translation>There is no backup of this workspace yet.</translation>
    </message>
    <message>
        <source>Ersätta arbetsytan med säkerhetskopian från %1?

Det du har nu sparas först som en ny säkerhetskopia.</source>
        <translation>Replace the workspace with the backup from %1?

What you have now is first saved as a new backup.</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna tas när filen öppnas och före varje sammanslagning (de tio senaste, en per dag en vecka bakåt och en per vecka åtta veckor bakåt). Innan en kopia återställs sparas det du har nu som en ny kopia.</source>
        <translation>Backups are taken when the file is opened and before every merge (the ten latest, one per day for a week back and one per week for eight weeks back). Before a backup is restored, what you have now is saved as a new backup.</translation>
    </message>
    <message>
        <source>Tagen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Överenskommelser</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Språket byts nästa gång programmet startar.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>&amp;Innehåll:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Dela</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Dela med en annan samordnare</source>
        <translation>Share with another coordinator</translation>
    </message>
    <message>
        <source>Delad Samverkan-fil (*%1)</source>
        <translation>Shared Samverkan file (*%1)</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Filen innehåller en ren kopia av det du väljer, med ditt namn och din organisation. Mottagaren slår ihop den med sin arbetsyta (Arkiv → Importera och slå ihop…). Ändringshistorik och konflikter följer inte med. Med ett lösenord krypteras filen (AES-GCM); ge mottagaren lösenordet på annat sätt än i samma e-post.</source>
        <translation>The file holds a clean copy of what you choose, with your name and organisation. The recipient merges it into their workspace (File → Import and merge…). Change history and conflicts are not included. With a password the file is encrypted (AES-GCM); give the recipient the password some other way than in the same e-mail.</translation>
    </message>
    <message>
        <source>Filen är sparad och kontrollerad:
%1

Skicka den till den du samverkar med.</source>
        <translation>The file is saved and checked:
%1

Send it to the person you cooperate with.</translation>
    </message>
    <message>
        <source>Fyll i ditt namn: mottagaren ser vem filen kommer från.</source>
        <translation>Fill in your name: the recipient sees who the file is from.</translation>
    </message>
    <message>
        <source>Hela arbetsytan</source>
        <translation>The whole workspace</translation>
    </message>
    <message>
        <source>Lösenorden är inte lika.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <source>Skriver fil att dela …</source>
        <translation>Writing file to share …</translation>
    </message>
    <message>
        <source>Spara fil att dela</source>
        <translation>Save file to share</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>tomt = okrypterad fil</source>
        <translation>empty = unencrypted file</translation>
    </message>
</context>
<context>
    <name>SignedTextPage</name>
    <message>
        <source># Inledning …</source>
        <translation># Introduction …</translation>
    </message>
    <message>
        <source>&amp;Undertecknad text:</source>
        <translation>&amp;Signed text:</translation>
    </message>
    <message>
        <source>Texten som den undertecknades, från inledningen till sista villkoret (titel och underskrifter skrivs ut från Grunduppgifter och Parter). PDF:en skriver ut den ordagrant; ansvarig part, uppföljning och resurser per form hamnar i bilagan &quot;Bilaga: uppföljningsstruktur&quot;. Märkning: # Rubrik, ## Underrubrik, - punkt, **fetstil**, och en fotnot som en rad som börjar med upphöjd siffra (¹ Text). Tom: texten skrivs från överenskommelsens fält.</source>
        <translation>The text as it was signed, from the introduction to the last clause (the title and signatures are printed from General and Parties). The PDF prints it word for word; lead party, follow-up and resources per form go in the appendix &quot;Bilaga: uppföljningsstruktur&quot;. Marks: # Heading, ## Subheading, - bullet, **bold**, and a footnote as a line starting with a superscript number (¹ Text). Empty: the text is written from the agreement&apos;s fields.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;En kommun och dess lokalpolisområde (som Örebro)</source>
        <translation>&amp;One municipality and its local police area (like Örebro)</translation>
    </message>
    <message>
        <source>&amp;Ett lokalpolisområde med flera kommuner (som Hallsberg)</source>
        <translation>One local police area with &amp;several municipalities (like Hallsberg)</translation>
    </message>
    <message>
        <source>&amp;Tom överenskommelse</source>
        <translation>&amp;Blank agreement</translation>
    </message>
    <message>
        <source>Bara titel, period och de parter du skriver in.</source>
        <translation>Only title, period and the parties you enter.</translation>
    </message>
    <message>
        <source>Din arbetsyta</source>
        <translation>Your workspace</translation>
    </message>
    <message>
        <source>En arbetsyta (.samverkan eller .sqlite) som redan finns på datorn.</source>
        <translation>A workspace (.samverkan or .sqlite) already on this computer.</translation>
    </message>
    <message>
        <source>En arbetsyta är en fil med en eller flera överenskommelser. Börja från en mall, öppna en fil du redan har eller titta runt i demon.</source>
        <translation>A workspace is one file with one or more agreements. Start from a template, open a file you already have, or look around in the demo.</translation>
    </message>
    <message>
        <source>Fem parter, tre gemensamma fokusområden och fyra forum; åtgärdsplan per kommun.</source>
        <translation>Five parties, three shared focus areas and four forums; an action plan per municipality.</translation>
    </message>
    <message>
        <source>Fil att öppna</source>
        <translation>File to open</translation>
    </message>
    <message>
        <source>Samverkan-arbetsyta (%1);;Alla filer (*)</source>
        <translation>Samverkan workspace (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Två parter, femton samverkansformer (ÖreBRÅ, EST, SSPF, SIG, GVI …) med ansvarig part.</source>
        <translation>Two parties, fifteen forms of cooperation (ÖreBRÅ, EST, SSPF, SIG, GVI …) with a responsible party.</translation>
    </message>
    <message>
        <source>Välj fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Ö&amp;ppna en befintlig fil</source>
        <translation>O&amp;pen an existing file</translation>
    </message>
    <message>
        <source>Öppna &amp;demon</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Örebro och Hallsberg med påhittade EST-veckor, uppföljningar och kommunikationsplan – för att prova.</source>
        <translation>Örebro and Hallsberg with made-up EST weeks, follow-ups and a communication plan – to try things out.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Inga aktiviteter att visa.</source>
        <translation>No activities to show.</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Tidslinje över årets aktiviteter</source>
        <translation>Timeline of the year&apos;s activities</translation>
    </message>
    <message>
        <source>Utan datum</source>
        <translation>Without date</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Här håller du och din samverkanspart överenskommelsen levande: resurser, EST-möten, uppföljning och kommunikationsplan i en fil på din dator.</source>
        <translation>Here you and your cooperation partner keep the agreement alive: resources, EST meetings, follow-up and the communication plan in one file on your computer.</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namnet (eller initialerna) skrivs in i varje ändring du gör, så att din samverkanspart ser vem som ändrat vad när ni delar filer. Du kan ändra det senare.</source>
        <translation>Your name (or initials) is written into every change you make, so that your cooperation partner sees who changed what when you share files. You can change it later.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Välj i listan eller skriv</source>
        <translation>Pick from the list or type</translation>
    </message>
    <message>
        <source>Välkommen till Samverkan Desktop</source>
        <translation>Welcome to Samverkan Desktop</translation>
    </message>
    <message>
        <source>t.ex. JJ</source>
        <translation>e.g. JJ</translation>
    </message>
    <message>
        <source>t.ex. Johanna Johansson</source>
        <translation>e.g. Johanna Johansson</translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <source>Skriv ett tal, t.ex. 24,5 (inte %1).</source>
        <translation>Type a number, e.g. 24.5 (not %1).</translation>
    </message>
</context>
<context>
    <name>WeekNavigator</name>
    <message>
        <source>Denna vecka</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Föregående vecka (Alt+Vänsterpil, Ctrl+PgUp)</source>
        <translation>Previous week (Alt+Left, Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Gå till denna vecka (Ctrl+T)</source>
        <translation>Go to this week (Ctrl+T)</translation>
    </message>
    <message>
        <source>Gå till vecka, t.ex. 2026-v53 eller 53</source>
        <translation>Go to week, e.g. 2026-v53 or 53</translation>
    </message>
    <message>
        <source>Nästa vecka (Alt+Högerpil, Ctrl+PgDn)</source>
        <translation>Next week (Alt+Right, Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Skriv en vecka och tryck Enter (Ctrl+G)</source>
        <translation>Type a week and press Enter (Ctrl+G)</translation>
    </message>
    <message>
        <source>Vecka {week}, {year}</source>
        <translation>Week {week}, {year}</translation>
    </message>
    <message>
        <source>denna vecka</source>
        <translation>this week</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>&lt;b&gt;Prioriterade problem&lt;/b&gt;</source>
        <translation>&lt;b&gt;Priority problems&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allt sparas automatiskt när du lämnar ett fält – du behöver inte spara.</source>
        <translation>Everything is saved automatically when you leave a field – there is nothing to save.</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Åtgärder öppna denna vecka</source>
        <translation>Actions open this week</translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>WeekdayHoursModel</name>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>WeekdayHoursView</name>
    <message>
        <source>{n} händelser utan klockslag räknas inte i tabellen.</source>
        <translation>{n} incidents without a time of day are not counted in the table.</translation>
    </message>
    <message>
        <source>{with_time} händelser med klockslag.</source>
        <translation>{with_time} incidents with a time of day.</translation>
    </message>
</context>
<context>
    <name>WeeklyTrendChart</name>
    <message>
        <source>Veckotrend (antal per ISO-vecka)</source>
        <translation>Weekly trend (count per ISO week)</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Beslutad vecka: {error}</source>
        <translation>Week decided: {error}</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Byt namn på den markerade till texten i fältet (historiken behålls)</source>
        <translation>Rename the selected one to the text in the field (the history is kept)</translation>
    </message>
    <message>
        <source>Flytta ner (Ctrl+Ner)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta upp (Ctrl+Upp)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ner</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Nytt namn, eller nytt namn för ”{name}”</source>
        <translation>New name, or a new name for “{name}”</translation>
    </message>
    <message>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
</context>
</TS>
