<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="30" />
        <source>Ny kommunikationsplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="30" />
        <source>Planens år:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="41" />
        <source>Spara kalenderfil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="41" />
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="48" />
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="50" />
        <source>Kalenderfil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="51" />
        <source>{n} aktiviteter sparades i
{path}

Importera filen i kalendern; en ny export uppdaterar samma händelser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="62" />
        <source>Spara PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/exports.py" line="62" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="91" />
        <source>t.ex. Områdespoliser, Fältassistenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="93" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="101" />
        <source>Återkoppling: vad blev gjort, vad gav det?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="30" />
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="89" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="32" />
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="39" />
        <source>Orsak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="39" />
        <source>Åtgärd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="40" />
        <source>Operativt mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="41" />
        <source>När</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="42" />
        <source>Vem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="43" />
        <source>Samverkansform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="44" />
        <source>Uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="57" />
        <source>Ny rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="59" />
        <source>Ta bort rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="61" />
        <source>Åtgärdsplan (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="64" />
        <source>&amp;Kommun:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="66" />
        <source>&amp;År:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/action_plan.py" line="75" />
        <source>Åtgärdsplan (Brås kolumner)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="86" />
        <source>Ändra den markerade åtgärdens status (Ctrl+1 planerad, Ctrl+2 pågår, Ctrl+3 klar, Ctrl+4 inställd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="89" />
        <source>Ny åtgärd…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="90" />
        <source>Ny åtgärd (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="91" />
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="92" />
        <source>Ändra den markerade åtgärden (dubbelklick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="96" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="59" />
        <source>Vad ska göras, t.ex. Pressmeddelande om …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="61" />
        <source>Syfte och budskap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="65" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="69" />
        <source>Vecka, när datumet inte är bestämt (– = ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="72" />
        <source>Funktion, t.ex. Kommunpolis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="76" />
        <source>sätts när den markeras genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="78" />
        <source>Resultat och utvärdering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="79" />
        <source>Återkommer varje år (följer med vid Kopiera till nästa år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="86" />
        <source>eller vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="90" />
        <source>genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="94" />
        <source>&amp;Aktivitet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="95" />
        <source>Syfte/&amp;budskap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="96" />
        <source>&amp;Målgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="97" />
        <source>&amp;Kanal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="98" />
        <source>&amp;Planerad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="99" />
        <source>Ansvarig &amp;part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="100" />
        <source>&amp;Funktion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="101" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="102" />
        <source>&amp;Resultat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="103" />
        <source>Samverkans&amp;form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="104" />
        <source>&amp;EST-åtgärd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="105" />
        <source>&amp;Uppföljning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="107" />
        <source>Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="108" />
        <source>Spara aktiviteten (Ctrl+Retur)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="110" />
        <source>Markera genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="111" />
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="142" />
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="143" />
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="144" />
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="145" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="158" />
        <source>Aktivitet: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="158" />
        <source>Ny aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="162" />
        <source>Spara ändringar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/activity_form.py" line="162" />
        <source>Lägg till</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgreementDialogs</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="27" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="40" />
        <source>&amp;Grunduppgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="41" />
        <source>S&amp;yften</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="42" />
        <source>&amp;Parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="43" />
        <source>Samverkans&amp;former</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="44" />
        <source>&amp;Villkor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="45" />
        <source>Förhands&amp;visning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="52" />
        <source>Ingen överenskommelse vald.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="61" />
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="70" />
        <source>Titel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="71" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="72" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="73" />
        <source>Parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="83" />
        <source>Filtrera (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="87" />
        <source>Ny…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="87" />
        <source>Ny överenskommelse (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="88" />
        <source>Ny period…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="88" />
        <source>Kopiera den valda överenskommelsen till nästa period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="89" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="89" />
        <source>Ta bort den valda överenskommelsen (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="90" />
        <source>Skriv ut / PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="90" />
        <source>Överenskommelsen som PDF-dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="99" />
        <source>Överenskommelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="168" />
        <source>Arbetsytan har ingen överenskommelse ännu. Skapa en med Ny… (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="203" />
        <source>Ta bort överenskommelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement.py" line="204" />
        <source>Ta bort ”%1” med dess parter, syften, samverkansformer och resurser?
Det går att ångra (Ctrl+Z).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="41" />
        <source>ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="54" />
        <source>mot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="87" />
        <source>Tertial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="88" />
        <source>Helår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="93" />
        <source>jan–apr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="93" />
        <source>maj–aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="93" />
        <source>sep–dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="94" />
        <source>T%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="98" />
        <source>Exportera PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="99" />
        <source>Tertial- eller årsrapporten med tabeller och diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="108" />
        <source>Per kategori</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="108" />
        <source>Per område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="109" />
        <source>Per källa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="116" />
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="249" />
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="284" />
        <source>Kategori</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="118" />
        <source>Kategori × område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="121" />
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="249" />
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="260" />
        <source>Område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="125" />
        <source>Slutsatser för perioden: vad har hänt, varför, vad gör vi?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="127" />
        <source>Prioriterade områden, t.ex. Vivalla (öppen narkotikahandel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="129" />
        <source>Spara slutsatser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="131" />
        <source>Spara slutsatser och prioriterade områden för perioden (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="143" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="163" />
        <source>&lt;b&gt;Störst förändring mot året innan&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="168" />
        <source>&lt;b&gt;Slutsatser&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="171" />
        <source>&lt;b&gt;Prioriterade områden&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="214" />
        <source>Osparade slutsatser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="215" />
        <source>Slutsatserna för %1 är inte sparade. Spara dem nu?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="232" />
        <source>Ingen överenskommelse vald.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="234" />
        <source>Räknar %1 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="240" />
        <source>Analys %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="249" />
        <source>Källa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="272" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 händelser (%3: %4, %5: %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_analysis.py" line="355" />
        <source>Spara PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../samverkan_desktop/ui/context.py" line="64" />
        <source>Personnummer i arbetsytan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/context.py" line="65" />
        <source>Vill du ändå fortsätta?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/context.py" line="77" />
        <source>Personnummer i texten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/context.py" line="78" />
        <source>Vill du ändå spara?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="147" />
        <source>Nytt område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="148" />
        <source>Nytt område under den markerade kommunen (eller samma kommun)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="149" />
        <source>Ny plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="150" />
        <source>Ny plats under det markerade området</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="151" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="152" />
        <source>Ta området ur bruk; registrerade händelser behåller namnet (kan ångras)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="159" />
        <source>Ny kommun för part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="161" />
        <source>Part:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="27" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="28" />
        <source>Resurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="64" />
        <source>Uppföljningstillfälle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="68" />
        <source>Slag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="69" />
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="70" />
        <source>Part / läge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="71" />
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="219" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="72" />
        <source>Kommentar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="73" />
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="106" />
        <source>Underlag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="87" />
        <source>Underlag i text: källor, siffror, vem som bedömt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="88" />
        <source>Spara underlag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="90" />
        <source>Kopplat underlag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="92" />
        <source>Koppla åtgärd…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="94" />
        <source>Koppla mätvärde…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="96" />
        <source>Ta bort koppling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="100" />
        <source>&amp;Tillfälle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="122" />
        <source>Bedömningar per samverkansform och resurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="135" />
        <source>, genomförd %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="169" />
        <source>%1 bedömningar: %2 gröna, %3 gula, %4 röda, %5 ej bedömda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="184" />
        <source>Välj en rad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="214" />
        <source>%1 v%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="215" />
        <source>Koppla åtgärd ur EST-loggen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="216" />
        <source>Vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="218" />
        <source>Åtgärd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="219" />
        <source>Samverkansform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="228" />
        <source>Koppla mätvärde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="229" />
        <source>Indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="229" />
        <source>Område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="230" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="231" />
        <source>Värde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="245" />
        <source>%1 kopplade</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CategoryBarChart</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est_charts.py" line="66" />
        <source>Händelser per kategori</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClausesPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="156" />
        <source>&amp;Kommunikation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="157" />
        <source>&amp;Ekonomi:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="158" />
        <source>&amp;Ansvariga:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="159" />
        <source>&amp;Uppföljning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="161" />
        <source>&amp;Giltighetstid:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeListPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="93" />
        <source>Lägg till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="94" />
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="116" />
        <source>Inaktivera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="95" />
        <source>En inaktiv kod syns inte vid registrering men finns kvar i historiken</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="229" />
        <source>Kodlistor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="234" />
        <source>Kategorier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="235" />
        <source>Källor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="236" />
        <source>Områden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="237" />
        <source>Lägg in standardkoder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="238" />
        <source>Kategorier och källor från EST-praxis (befintliga koder ändras inte)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="241" />
        <source>Stäng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="68" />
        <source>Aktiviteter och tidslinje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="69" />
        <source>Planens innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="97" />
        <source>Planens år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="99" />
        <source>Ny plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="99" />
        <source>Starta kommunikationsplanen för ett år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="100" />
        <source>Kopiera till nästa år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="101" />
        <source>Planens innehåll och de återkommande aktiviteterna följer med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="102" />
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="197" />
        <source>Ny aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="102" />
        <source>Ny aktivitet (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="103" />
        <source>Kalender (ICS)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="104" />
        <source>Aktiviteterna som kalenderfil för Outlook, Google eller Apple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="105" />
        <source>PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="105" />
        <source>Planen som PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="109" />
        <source>Kommunikationsplan</source>
        <translation>Communication plan</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="110" />
        <source>&amp;År:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="124" />
        <source>Visa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="130" />
        <source>&lt;span style='color:#1f4e79'&gt;■&lt;/span&gt; planerad &amp;nbsp; &lt;span style='color:#b38600'&gt;■&lt;/span&gt; pågår &amp;nbsp; &lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; genomförd &amp;nbsp; &lt;span style='color:#8a8a8a'&gt;■&lt;/span&gt; inställd &amp;nbsp; &lt;span style='color:#c62828'&gt;■&lt;/span&gt; försenad &amp;nbsp;·&amp;nbsp; dra en aktivitet till en annan månad för att flytta den (eller Alt+←/→)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="148" />
        <source>När</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="149" />
        <source>Aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="150" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="151" />
        <source>Kanal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="152" />
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="153" />
        <source>Ansvarig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="199" />
        <source>Ta bort aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="201" />
        <source>Flytta en månad tidigare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="203" />
        <source>Flytta en månad senare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="222" />
        <source>Alla parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="250" />
        <source>Alla kanaler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="256" />
        <source>Ingen plan för den valda överenskommelsen. Välj Ny plan… för att börja.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="257" />
        <source>Ingen överenskommelse vald.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="265" />
        <source>{n} aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="265" />
        <source>{n} aktiviteter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="267" />
        <source>, {n} försenad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/tab.py" line="267" />
        <source>, {n} försenade</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="48" />
        <source>Konflikter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="51" />
        <source>Slag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="52" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="53" />
        <source>Fält</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="54" />
        <source>Min version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="55" />
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="76" />
        <source>Deras version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="56" />
        <source>Från</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="69" />
        <source>Skriv ett eget värde och välj Redigera …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="70" />
        <source>&amp;Behåll min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="71" />
        <source>&amp;Ta deras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="72" />
        <source>&amp;Redigera</source>
        <translation type="unfinished">&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="77" />
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="173" />
        <source>&lt;b&gt;Min version&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="89" />
        <source>Vald konflikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="93" />
        <source>Eget värde:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="96" />
        <source>Inga olösta konflikter. Allt som slagits ihop stämmer överens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="110" />
        <source>Stäng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="113" />
        <source>Samma fält ändrades olika hos dig och hos den du slog ihop med. Båda värdena är sparade; posten visar just nu det värde som alla får efter utbytet. Välj vilket som ska gälla.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="166" />
        <source>&lt;b&gt;%1: %2&lt;/b&gt; — fältet &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="173" />
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="175" />
        <source> – gäller nu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/conflicts.py" line="174" />
        <source>&lt;b&gt;Deras version&lt;/b&gt; (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="22" />
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="22" />
        <source>Titel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="23" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="23" />
        <source>E-post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="24" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="31" />
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="88" />
        <source>Ny kontaktperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="31" />
        <source>Lägg till i registret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="32" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="32" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="36" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="36" />
        <source>&amp;Titel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="37" />
        <source>&amp;E-post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="37" />
        <source>Tele&amp;fon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="47" />
        <source>&amp;Part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="61" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="96" />
        <source>Ta bort kontaktperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/contacts_page.py" line="97" />
        <source>Ta bort den valda kontaktpersonen? Resurser som har den som kontakt blir utan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EstTab</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="30" />
        <source>Kodlistor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="31" />
        <source>Kategorier, källor och områden (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="32" />
        <source>Nytt problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="33" />
        <source>Nytt prioriterat problem (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="38" />
        <source>Veckan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="39" />
        <source>Öppna åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/est.py" line="41" />
        <source>Analys</source>
        <translation type="unfinished" />
    </message>
<message><source>EST-logg</source><translation>EST log</translation></message></context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="18" />
        <source>Samverkan-fil (*.sqlite);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="32" />
        <source>&amp;Dela…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="34" />
        <source>&amp;Importera och slå ihop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="36" />
        <source>&amp;Visa fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="39" />
        <source>Å&amp;terställ från säkerhetskopia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="40" />
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="74" />
        <source>&amp;Konflikter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="43" />
        <source>&amp;Historik för markerad post…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="73" />
        <source>&amp;Konflikter (%1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="80" />
        <source>Öppna en arbetsyta först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="101" />
        <source>Importera och slå ihop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="106" />
        <source>Det är den öppna arbetsytan; välj filen du har fått.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="118" />
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="167" />
        <source>Kontrollerar filen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="129" />
        <source>%1.

En säkerhetskopia togs före sammanslagningen. Vill du ångra hela sammanslagningen väljer du Återställ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="131" />
        <source>Sammanslaget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="134" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="135" />
        <source>Återställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="138" />
        <source>Visa konflikter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="153" />
        <source>Visa fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="186" />
        <source>Säkerhetskopian är återställd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange_menu.py" line="207" />
        <source>Markera en post först.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="46" />
        <source>PDF klar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="47" />
        <source>PDF:en sparades:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="53" />
        <source>Skapar PDF …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="62" />
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="109" />
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="114" />
        <source>Exportera PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="71" />
        <source>Spara som…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="72" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="77" />
        <source>&amp;Rapport:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="81" />
        <source>Inga rapporter finns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="109" />
        <source>Fyll i: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="114" />
        <source>Ogiltigt värde för %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="119" />
        <source>Spara PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/export_pdf.py" line="119" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../samverkan_desktop/ui/fields.py" line="231" />
        <source>rapport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/fields.py" line="232" />
        <source>Spara PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/fields.py" line="234" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpPages</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/common.py" line="184" />
        <source>Spara PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/common.py" line="19" />
        <source>grön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/common.py" line="20" />
        <source>gul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/common.py" line="21" />
        <source>röd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/common.py" line="22" />
        <source>ej bedömd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="21" />
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="37" />
        <source>&amp;Tillfällen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="38" />
        <source>&amp;Bedömningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="39" />
        <source>&amp;Matris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="40" />
        <source>&amp;Indikatorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="41" />
        <source>Å&amp;tgärdsplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/follow_up.py" line="42" />
        <source>&amp;Sammanträden</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="31" />
        <source>Nr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="32" />
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="32" />
        <source>Förk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="33" />
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="34" />
        <source>Huvudman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="39" />
        <source>Ny samverkansform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="39" />
        <source>Lägg till sist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="40" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="40" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="41" />
        <source>Upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="41" />
        <source>Flytta upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="42" />
        <source>Ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="42" />
        <source>Flytta ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="53" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="56" />
        <source>EST, SSPF …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="63" />
        <source>&amp;Förkortning, typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="68" />
        <source>&amp;Huvudman:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="69" />
        <source>Huvudmannaskap (&amp;text):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="74" />
        <source>&amp;Deltagande parter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="75" />
        <source>&amp;Beskrivning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="76" />
        <source>&amp;Uppföljning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="104" />
        <source>(ingen angiven)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="124" />
        <source>%1 (ej part)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="133" />
        <source>Samverkansformen måste ha ett namn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="156" />
        <source>Ta bort samverkansform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_forms.py" line="157" />
        <source>Ta bort den valda samverkansformen? Resursernas koppling till den tas också bort.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="115" />
        <source>&amp;Titel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="115" />
        <source>Samverkansöverenskommelse 2024-2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="118" />
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="120" />
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="130" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="119" />
        <source>till</source>
        <comment>period från &lt;datum&gt; till &lt;datum&gt;</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="121" />
        <source>&amp;Period från:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="128" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="131" />
        <source>i</source>
        <comment>undertecknad &lt;datum&gt; i &lt;ort&gt;</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="132" />
        <source>ort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="133" />
        <source>&amp;Undertecknad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="136" />
        <source>Föregående:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="137" />
        <source>&amp;Vision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="138" />
        <source>&amp;Inledning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="139" />
        <source>&amp;Lagstöd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="140" />
        <source>&amp;Revidering:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="140" />
        <source>Vad har ändrats och när</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="27" />
        <source>Konflikt i %1: här %2, i filen %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="33" />
        <source>(tomt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="44" />
        <source>Historik – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="47" />
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="48" />
        <source>Händelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="49" />
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="50" />
        <source>Från fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="51" />
        <source>Ändringar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/history.py" line="59" />
        <source>Stäng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="60" />
        <source>Importera händelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="67" />
        <source>Välj en CSV- eller Excelfil (.xlsx) med en rubrikrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="68" />
        <source>&amp;Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="71" />
        <source>Kolumner i filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="85" />
        <source>Okända värden: koppla till en befintlig kod eller skapa en ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="88" />
        <location filename="../../samverkan_desktop/ui/est_import.py" line="92" />
        <source>Rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="88" />
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="89" />
        <source>Vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="89" />
        <source>Kategori</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="90" />
        <source>Område</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="90" />
        <source>Källa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="91" />
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="91" />
        <source>Beskrivning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="93" />
        <source>Orsak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="97" />
        <source>Rader som importeras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="98" />
        <source>Rader som hoppas över</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="99" />
        <source>Ingen fil vald.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="103" />
        <source>&amp;Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="105" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="110" />
        <source>Fil:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="126" />
        <source>Välj fil med händelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="127" />
        <source>Händelser (*.csv *.xlsx *.txt);;Alla filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="134" />
        <location filename="../../samverkan_desktop/ui/est_import.py" line="136" />
        <source>Läser filen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="140" />
        <source>&lt;b&gt;Filen kan inte användas:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="149" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="151" />
        <source>kolumn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="173" />
        <source>Välj vilken kolumn som innehåller: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="179" />
        <location filename="../../samverkan_desktop/ui/est_import.py" line="185" />
        <source>Kontrollerar raderna …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="209" />
        <source>Alla kategorier, områden och källor i filen är kända.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="213" />
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (%3 rader)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="217" />
        <source>Hoppa över raderna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="218" />
        <location filename="../../samverkan_desktop/ui/est_import.py" line="251" />
        <source>Skapa ny: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="238" />
        <source>Rader som importeras (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="239" />
        <source>Rader som hoppas över (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="240" />
        <source> De första %1 visas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="242" />
        <source>&lt;b&gt;%1 rader&lt;/b&gt; (%2 händelser) importeras, &lt;b&gt;%3 rader&lt;/b&gt; hoppas över.%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="253" />
        <source>%1 (ny)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import.py" line="275" />
        <source>Importerar %1 rader …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import_menu.py" line="14" />
        <source>&amp;Importera händelser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import_menu.py" line="16" />
        <source>Importera EST-händelser från en CSV- eller Excelfil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import_menu.py" line="33" />
        <source>Importera händelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import_menu.py" line="34" />
        <source>Välj först en överenskommelse i verktygsfältet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est_import_menu.py" line="38" />
        <source>%1. Ångra med Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentEntry</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="136" />
        <source>Antal händelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="143" />
        <source>Kort beskrivning (inga namn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="144" />
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="274" />
        <source>Lägg till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="145" />
        <source>Lägg till händelsen (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="146" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="147" />
        <source>Avbryt ändringen (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="256" />
        <source>Spara ändring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="304" />
        <source>Filtrera händelser (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/incident_entry.py" line="311" />
        <source>&lt;b&gt;Händelser&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="90" />
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="160" />
        <source>Indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="90" />
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="91" />
        <source>Källa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="91" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="92" />
        <source>Värden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="95" />
        <source>Ny indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="97" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="101" />
        <source>%, antal …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="102" />
        <source>trygghetsmätning, SSPF-samordnare …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="103" />
        <source>Högre värde är bättre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="106" />
        <source>Spara indikatorn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="110" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="111" />
        <source>&amp;Enhet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="112" />
        <source>&amp;Källa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="114" />
        <source>Samverkans&amp;form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="115" />
        <source>&amp;Beskrivning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="120" />
        <source>Lägg till år/period…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="131" />
        <source>Indikatorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="145" />
        <source>Mätvärden per område och period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="171" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="278" />
        <source>Lägg till period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="279" />
        <source>År (ÅÅÅÅ) eller tertial (ÅÅÅÅ-T1):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="79" />
        <source>&amp;Ny arbetsyta…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="80" />
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="81" />
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="82" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="83" />
        <location filename="../../samverkan_desktop/ui/main_window.py" line="228" />
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="85" />
        <location filename="../../samverkan_desktop/ui/main_window.py" line="229" />
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="87" />
        <source>&amp;Om Samverkan Desktop</source>
        <translation>&amp;About Samverkan Desktop</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="91" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="94" />
        <source>&amp;Senaste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="100" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="103" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="107" />
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="113" />
        <source> Överenskommelse: </source>
        <translation> Agreement: </translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="135" />
        <source>Skapa en ny arbetsyta…</source>
        <translation>Create a new workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="135" />
        <source>Öppna en arbetsyta…</source>
        <translation>Open a workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="189" />
        <source>Kopiera filen till datorn och öppna kopian?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="192" />
        <source>Välj en lokal mapp för kopian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="198" />
        <source>Filen kunde inte kopieras: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="228" />
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="229" />
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="234" />
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="237" />
        <source>Ingen fil öppen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="239" />
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="245" />
        <source>Ny arbetsyta</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="246" />
        <source>Samverkan-arbetsyta (*.sqlite)</source>
        <translation>Samverkan workspace (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="257" />
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="258" />
        <source>Samverkan-arbetsyta (*.sqlite);;Alla filer (*)</source>
        <translation>Samverkan workspace (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="266" />
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/matrix.py" line="70" />
        <source>Samverkansformer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/matrix.py" line="71" />
        <source>Resurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/matrix.py" line="79" />
        <source>Håll muspekaren över en ruta för bedömningens kommentar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/matrix.py" line="81" />
        <source>&amp;Visa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/matrix.py" line="86" />
        <source>Status över avtalsperioden</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="57" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="60" />
        <source>Parter och funktioner som deltog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="61" />
        <source>Tidigare veckors deltagare föreslås när du skriver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="68" />
        <source>Veckans lägesbild: vad har hänt, var, vad behöver göras? (sparas när du lämnar fältet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="76" />
        <source>Mötesdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="77" />
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="94" />
        <source>&lt;b&gt;Lägesbild&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="96" />
        <source>Som förra veckan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="97" />
        <source>Hämta status och motivering från den senaste veckan som har sådana (områden som redan har status denna vecka ändras inte)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="101" />
        <source>&lt;b&gt;Status per område&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="142" />
        <source>Inget registrerat för veckan ännu – det du skriver här sparas för veckan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="169" />
        <source>Överenskommelsen har inga områden ännu (lägg till dem under Kodlistor, Ctrl+K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="182" />
        <source>Status för området denna vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/meeting_panel.py" line="184" />
        <source>Motivering</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="34" />
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="34" />
        <source>Organ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="35" />
        <source>Paragrafer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="41" />
        <source>Nytt sammanträde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="43" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="47" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="48" />
        <source>13.15–15.20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="54" />
        <source>&amp;Organ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="54" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="54" />
        <source>&amp;Tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="55" />
        <source>&amp;Plats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="57" />
        <source>Närvarande &amp;ledamöter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="58" />
        <source>Ö&amp;vriga:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="59" />
        <source>Ordförande:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="60" />
        <source>Sekreterare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="61" />
        <source>&amp;Justerare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="62" />
        <source>Spara sammanträdet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/meetings.py" line="71" />
        <source>Sammanträden</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="32" />
        <source>Ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="33" />
        <source>Ändrad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="34" />
        <source>Återkommer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="35" />
        <source>Borttagen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="36" />
        <source>Konflikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="55" />
        <source>(tomt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="62" />
        <source>Slag av post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="63" />
        <source>Nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="64" />
        <source>Ändrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="65" />
        <source>Borttagna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="66" />
        <source>Konflikter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="81" />
        <source>%1 — min: «%2»   deras: «%3»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="83" />
        <source>Min version:
%1

Deras version:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="109" />
        <source>Importera och slå ihop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="112" />
        <source>&lt;br&gt;Konflikter sparas: du väljer sedan i &lt;i&gt;Redigera → Konflikter&lt;/i&gt; vilket värde som ska gälla. Inget värde går förlorat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="129" />
        <source>&amp;Slå ihop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="130" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="134" />
        <source>Före sammanslagningen tas en säkerhetskopia. Sammanslagningen ångras inte med Ångra utan genom att återställa den kopian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/preview.py" line="170" />
        <source>Slår ihop …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="40" />
        <source>Ny överenskommelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="42" />
        <source>Samverkansöverenskommelse %1-%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="59" />
        <source>&amp;Titel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="60" />
        <source>Period &amp;från:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="61" />
        <source>Period &amp;till:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="62" />
        <source>&amp;Mall:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="64" />
        <source>&amp;Parter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="65" />
        <source>Fler parter (och nya) läggs till under fliken Parter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="69" />
        <source>Skapa</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="95" />
        <source>Ny period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="108" />
        <source>Bygger på:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="109" />
        <source>&amp;Titel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="110" />
        <source>Period &amp;från:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="111" />
        <source>Period &amp;till:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="114" />
        <source>Parter, syften, samverkansformer och resurser följer med; diarienummer och datum för undertecknande lämnas tomma.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="117" />
        <source>Skapa ny period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_dialogs.py" line="126" />
        <source>Den nya perioden måste börja efter den gamla.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="34" />
        <source>Inga kommande uppföljningar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="37" />
        <source>Försenad uppföljning: %1, skulle vara klar %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="39" />
        <source>Nästa uppföljning: %1, senast %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="51" />
        <source>Förfallodag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="51" />
        <source>Slag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="52" />
        <source>Rubrik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="53" />
        <source>Läge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="53" />
        <source>Genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="54" />
        <source>Gröna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="54" />
        <source>Gula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="55" />
        <source>Röda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="67" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="68" />
        <source>ÅÅÅÅ-MM-DD (tomt = inte genomförd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="72" />
        <source>Sammanfattning till utskottet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="74" />
        <source>&amp;Slag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="75" />
        <source>&amp;Förfallodag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="76" />
        <source>&amp;Genomförd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="77" />
        <source>&amp;Rubrik:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="78" />
        <source>&amp;Ansvariga:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="79" />
        <source>S&amp;ammanfattning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="81" />
        <source>Spara ändringar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="84" />
        <source>Markera genomförd i dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="86" />
        <source>Rapport till utskottet (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="90" />
        <source>Nytt tillfälle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="92" />
        <source>Skapa från överenskommelsen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="94" />
        <source>Föreslår en årlig rapport för varje år i avtalsperioden som saknar tillfälle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="96" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="102" />
        <source>Uppföljningstillfällen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="113" />
        <source>Tillfället</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="204" />
        <source>Uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="205" />
        <source>Varje år i avtalsperioden har redan ett uppföljningstillfälle. Lägg till fler med Nytt tillfälle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="208" />
        <source>• %1 (senast %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="211" />
        <source>Skapa från överenskommelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/occasions.py" line="212" />
        <source>Överenskommelsens uppföljningsdatum står i löptext och tolkas inte. Skapa en årlig rapport för varje år i avtalsperioden som saknar tillfälle?

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="187" />
        <source>Visa avslutade problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="188" />
        <source>Nytt problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="189" />
        <source>Ändra problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="191" />
        <source>Visa även klara och inställda åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/actions_view.py" line="198" />
        <source>&lt;b&gt;Prioriterade problem&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParagraphPanel</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="24" />
        <source>Ärendebeskrivning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="25" />
        <source>Beslutsunderlag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="26" />
        <source>Förslag till beslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="27" />
        <source>Beslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="38" />
        <source>Rubrik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="39" />
        <source>Ärendenummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="40" />
        <source>Handläggare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="45" />
        <source>Ny paragraf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="47" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="49" />
        <source>Protokollsutdrag (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="60" />
        <source>Rapporterar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="62" />
        <source>&amp;Nummer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="63" />
        <source>&amp;Rubrik:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="64" />
        <source>Ä&amp;rendenummer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="65" />
        <source>&amp;Handläggare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="69" />
        <source>Rapporterar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="70" />
        <source>Spara paragrafen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="81" />
        <source>Paragrafer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/paragraphs.py" line="105" />
        <source>(inget)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="103" />
        <source>Nr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="104" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="104" />
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="105" />
        <source>Diarienummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="106" />
        <source>Undertecknare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="107" />
        <source>Titel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="113" />
        <source>Lägg till part…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="113" />
        <source>Välj en part ur registret eller skapa en ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="114" />
        <source>Ta bort ur överenskommelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="114" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="115" />
        <source>Upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="115" />
        <source>Flytta upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="116" />
        <source>Ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="116" />
        <source>Flytta ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="122" />
        <source>&amp;Diarienummer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="122" />
        <source>t.ex. KS 1382/2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="123" />
        <source>&amp;Undertecknare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="123" />
        <source>namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="124" />
        <source>T&amp;itel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="124" />
        <source>t.ex. Kommundirektör</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="153" />
        <source>Ingen part vald.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="181" />
        <source>Ta bort part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="182" />
        <source>Ta bort den valda parten ur överenskommelsen? Parten finns kvar i registret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="33" />
        <source>Lägg till part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="39" />
        <source>Ny part …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="47" />
        <source>Ny part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="49" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="50" />
        <source>&amp;Kortnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="51" />
        <source>&amp;Typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="54" />
        <source>Lägg till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="55" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="59" />
        <source>&amp;Part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_parties.py" line="85" />
        <source>Skriv den nya partens namn.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="43" />
        <source>Koppla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/assessments.py" line="44" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="40" />
        <source>Kopiera till nästa år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="41" />
        <source>Planen för {year} är skapad med planens innehåll och {n} återkommande aktiviteter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="69" />
        <source>Kommunikationsplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="91" />
        <source>Ta bort aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="92" />
        <source>Ta bort aktiviteten ”{title}”?

Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="113" />
        <source>Flytta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/actions.py" line="114" />
        <source>Aktiviteten har inget datum. Skriv ett datum eller en vecka.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/header.py" line="62" />
        <source>Fälten sparas när du lämnar dem (Ctrl+Z ångrar).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="143" />
        <source>1 = högst prioritet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="172" />
        <source>Nr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="173" />
        <source>Syfte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="179" />
        <source>Syftet med denna samverkansöverenskommelse är att …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="183" />
        <source>Nytt syfte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="183" />
        <source>Lägg till ett syfte sist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="184" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="184" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="185" />
        <source>Upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="185" />
        <source>Flytta upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="186" />
        <source>Ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="186" />
        <source>Flytta ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="191" />
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="219" />
        <source>Ta bort syfte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/agreement_pages.py" line="219" />
        <source>Ta bort det valda syftet?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceivedFileDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="18" />
        <source>Visa fil – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="23" />
        <source>Innehåller en överenskommelse: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="25" />
        <source>Innehåller hela arbetsytan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="27" />
        <source>Filen saknar uppgift om vem som exporterade den.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="29" />
        <source>Samverkan Desktop %1, schemaversion %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="35" />
        <source>Överenskommelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="36" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="37" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="38" />
        <source>Parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="42" />
        <source>Slag av post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="43" />
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="44" />
        <source>Borttagna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="53" />
        <source>Stäng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="57" />
        <source>Överenskommelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="59" />
        <source>Innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/browse.py" line="61" />
        <source>Filen är bara visad: inget har slagits ihop med din arbetsyta.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="13" />
        <source>Tillsatt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="14" />
        <source>Vakant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="15" />
        <source>Under rekrytering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="32" />
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="89" />
        <source>Resurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="36" />
        <source>Resursen som den står i överenskommelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="43" />
        <source>t.ex. Kommunpolis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="46" />
        <source>namn på den som har uppdraget (frivilligt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="56" />
        <source>årsarbetskrafter, t.ex. 0,5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="62" />
        <source>&amp;Part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="63" />
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="64" />
        <source>Samverkans&amp;former:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="65" />
        <source>F&amp;unktion/roll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="66" />
        <source>&amp;Innehavare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="67" />
        <source>&amp;Kontaktperson:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="68" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="69" />
        <source>&amp;Omfattning (åa):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="84" />
        <source>Ingen resurs vald</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="90" />
        <source>VAKANT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="96" />
        <source>%1 (ej part)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_editor.py" line="105" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceSummary</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="26" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="28" />
        <source>Garanterade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="29" />
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="39" />
        <source>Tillsatta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="30" />
        <source>Vakanta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="31" />
        <source>Rekryteras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="32" />
        <source>Åa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="35" />
        <source>Samverkansform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="37" />
        <source>Resurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="37" />
        <source>INGEN RESURS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="40" />
        <source>Tjänas av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="43" />
        <source>Ingen garanterad resurs tjänar den här formen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="54" />
        <source>Per part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resource_summary.py" line="57" />
        <source>Per samverkansform</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="36" />
        <source>tillsatt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="37" />
        <source>VAKANT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="38" />
        <source>under rekrytering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="72" />
        <source>Resurser</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="81" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="83" />
        <source>Resurs enligt överenskommelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="84" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="85" />
        <source>Åa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="86" />
        <source>Samverkansformer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="87" />
        <source>Funktion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="88" />
        <source>Innehavare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="89" />
        <source>Kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="105" />
        <source>Alla statusar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="110" />
        <source>Sök (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="116" />
        <source>Ny resurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="116" />
        <source>Ny resurs (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="117" />
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="117" />
        <source>Ta bort den valda resursen (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="118" />
        <source>Upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="118" />
        <source>Flytta upp inom parten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="119" />
        <source>Ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="119" />
        <source>Flytta ner inom parten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="120" />
        <source>Skriv ut / PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="120" />
        <source>Resursregistret som PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="122" />
        <source>&amp;Part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="124" />
        <source>&amp;Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="126" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="146" />
        <source>Sammanställning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="147" />
        <source>Kontaktpersoner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="153" />
        <source>Resurser som garanteras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="186" />
        <source>Välj eller skapa en överenskommelse först (fliken Överenskommelse).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="188" />
        <source>Ingen resurs är registrerad för den valda överenskommelsen. Lägg till med Ny resurs (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="191" />
        <source>%1 vakant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="191" />
        <source>%1 vakanta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="192" />
        <source>%1 resurser. %2, %3 under rekrytering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="199" />
        <source>Utan garanterad resurs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="209" />
        <source>Alla parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="212" />
        <source>Alla samverkansformer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="248" />
        <source>Överenskommelsen har ingen part ännu: lägg till parter först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="262" />
        <source>Ta bort resurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="263" />
        <source>Ta bort den valda resursen? Det går att ångra (Ctrl+Z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tabs/resources.py" line="277" />
        <source>Resurser %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="17" />
        <source>(ingen överenskommelse)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="25" />
        <source>%1 EST-veckor, %2 händelser, %3 åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="34" />
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="38" />
        <source>Tagen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="39" />
        <source>Storlek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="40" />
        <source>Överenskommelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="41" />
        <source>Innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="50" />
        <source>&amp;Återställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="51" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="56" />
        <source>Säkerhetskopiorna tas när filen öppnas och före varje sammanslagning (de tio senaste, en per dag en vecka bakåt och en per vecka åtta veckor bakåt). Innan en kopia återställs sparas det du har nu som en ny kopia.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="59" />
        <source>Det finns ingen säkerhetskopia av den här arbetsytan än.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="74" />
        <source>Återställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/backups.py" line="74" />
        <source>Ersätta arbetsytan med säkerhetskopian från %1?

Det du har nu sparas först som en ny säkerhetskopia.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="31" />
        <source>Dela med en annan samordnare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="33" />
        <source>Hela arbetsytan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="41" />
        <source>&amp;Innehåll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="42" />
        <source>Ditt &amp;namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="43" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="45" />
        <source>Spara som…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="46" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="49" />
        <source>Filen innehåller en ren kopia av det du väljer, med ditt namn och din organisation. Mottagaren slår ihop den med sin arbetsyta (Arkiv → Importera och slå ihop…). Ändringshistorik och konflikter följer inte med.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="64" />
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="90" />
        <source>Dela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="65" />
        <source>Fyll i ditt namn: mottagaren ser vem filen kommer från.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="68" />
        <source>Spara fil att dela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="69" />
        <source>Samverkan-fil (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="91" />
        <source>Filen är sparad och kontrollerad:
%1

Skicka den till den du samverkar med.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/exchange/share.py" line="92" />
        <source>Skriver fil att dela …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../samverkan_desktop/ui/tasks.py" line="80" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/tasks.py" line="116" />
        <source>Något gick fel: %1: %2
Inget har sparats till hälften.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="45" />
        <source>Tidslinje över årets aktiviteter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="169" />
        <source>Inga aktiviteter att visa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="262" />
        <source>Utan datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="264" />
        <source>Kanal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="264" />
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/communication/timeline.py" line="265" />
        <source>Ansvarig</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="16" />
        <source>Välkommen till Samverkan Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="21" />
        <source>t.ex. Johanna Johansson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="22" />
        <source>t.ex. Lokalpolisområde Örebro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="23" />
        <source>Ditt namn och dina initialer skrivs in i varje ändring du gör, så att din samverkanspart ser vem som ändrat vad när ni delar filer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="27" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="28" />
        <source>&amp;Initialer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="29" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="31" />
        <source>Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/first_start.py" line="32" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <location filename="../../samverkan_desktop/ui/follow_up/indicators.py" line="75" />
        <source>Skriv ett tal, t.ex. 24,5 (inte %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekNavigator</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="29" />
        <source>Föregående vecka (Alt+Vänsterpil, Ctrl+PgUp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="32" />
        <source>Nästa vecka (Alt+Högerpil, Ctrl+PgDn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="40" />
        <source>Gå till vecka, t.ex. 2026-W53 eller 53</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="41" />
        <source>Skriv en vecka och tryck Enter (Ctrl+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="46" />
        <source>Denna vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/navigator.py" line="47" />
        <source>Gå till denna vecka (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeeklyTrendChart</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est_charts.py" line="101" />
        <source>Veckotrend (antal per ISO-vecka)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="43" />
        <source>Spara</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/action_dialog.py" line="44" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="35" />
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="37" />
        <source>Upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="38" />
        <source>Flytta upp (Ctrl+Upp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="39" />
        <source>Ner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="40" />
        <source>Flytta ner (Ctrl+Ner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="41" />
        <source>Byt namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/est/codelists_dialog.py" line="42" />
        <source>Byt namn på den markerade till texten i fältet (historiken behålls)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>