<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppointmentList</name>
    <message>
        <source>{day} — {clinician}</source>
        <translation>{day} — {clinician}</translation>
    </message>
    <message>
        <source>{day} — {clinician}: {note}</source>
        <translation>{day} — {clinician}: {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <comment>an appointment&apos;s day and its note</comment>
        <translation>{day}: {note}</translation>
    </message>
</context>
<context>
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation>Geen afspraak met id {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>is geen veld van een afspraak</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>is {length} tekens lang; er passen er hoogstens {limit}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>moet een datum zijn, geen {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} ligt meer dan twee jaar vooruit</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} is te lang geleden</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum van de afspraak</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Notitie bij de afspraak</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Afspraken (stippellijnen in de grafieken)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Blijft hier en staat bovenaan het verslag. Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Vragen voor mijn volgende afspraak</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Afspraak noteren</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Wat er besloten is (optioneel)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Bij</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>bijv. dr. Okafor, neuroloog</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>Niets genoteerd in deze periode</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n spasme</numerusform>
            <numerusform>{label}: %n spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Plekken op het lichaam</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Dagen met en zonder elke factor</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Aangegeven uitlokkers</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <source>{counts} {note}</source>
        <comment>the trigger counts, then why they are not compared</comment>
        <translation>{counts} {note}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Penn {score}</source>
        <translation>Penn {score}</translation>
    </message>
    <message>
        <source>Snow {score}</source>
        <translation>Snow {score}</translation>
    </message>
    <message>
        <source>before: {figure}</source>
        <comment>the same figure for the days before</comment>
        <translation>ervoor: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>sterkte {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now}; ervoor: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} van {due}; {skipped} overgeslagen, {not_recorded} niet genoteerd</translation>
    </message>
    <message>
        <source>{title}: {value}. {compare}</source>
        <comment>a card read out: its title, figure, basis</comment>
        <translation>{title}: {value}. {compare}</translation>
    </message>
</context>
<context>
    <name>ChartZoom</name>
    <message>
        <source>Zoom: Ctrl+wheel, or + and − with the chart selected (0 shows every day again).</source>
        <translation>Zoomen: Ctrl+scrollwiel, of + en − met de grafiek gekozen (0 toont weer alle dagen).</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Kies de dagen die je wilt zien</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Weer alle dagen van de periode tonen (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n dag geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
            <numerusform>%n dagen geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n dag geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend (vandaag telt zodra de dag voorbij is of in de terugblik volledig is)</numerusform>
            <numerusform>%n dagen geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend (vandaag telt zodra de dag voorbij is of in de terugblik volledig is)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>op basis van %n dag ({complete} volledig, {partial} gedeeltelijk: minder dan {steadier} volledige, dus er kunnen spasmen ontbreken)</numerusform>
            <numerusform>op basis van %n dagen ({complete} volledig, {partial} gedeeltelijk: minder dan {steadier} volledige, dus er kunnen spasmen ontbreken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>op basis van maar %n volledige dag ({steadier} geven een stabieler getal)</numerusform>
            <numerusform>op basis van maar %n volledige dagen ({steadier} geven een stabieler getal)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>op basis van {complete} van {counted} dagen (volledige dagen)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>nog geen dag met notities</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> sec</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Eigen uitlokker toevoegen</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Wat je erover wilt onthouden</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Tijd wijzigen…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Details van de spasme om {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Duur in seconden</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Precies:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Hoe sterk was het? (of druk op 0–9)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Langer</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Mogelijke uitlokkers</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Bewaard om {time} · details bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>De notitie is te lang (%n teken; er passen er hoogstens {limit}).</numerusform>
            <numerusform>De notitie is te lang (%n tekens; er passen er hoogstens {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Soort spasme</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Korter dan 1 min</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Waar in het lichaam</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Eigen uitlokker</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>De spasme om {time} verwijderen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>De spasme om {time} wijzigen</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <source> · </source>
        <comment>between the parts of a summary</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Sterkte {value}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation>&lt;b&gt;Spreadsheetbestanden (CSV)&lt;/b&gt; openen in Excel, LibreOffice of Numbers: één bestand per soort notitie, samen in een zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Volledige kopie (JSON)&lt;/b&gt; bevat alles wat MSLog bewaart, om veilig te bewaren of in MSLog op een andere computer te importeren.&lt;br&gt;&lt;br&gt;&lt;b&gt;Voor je arts (FHIR)&lt;/b&gt; is een bestand in HL7 FHIR R4, de standaard die systemen van praktijken en ziekenhuizen lezen: spasmen per dag en spasticiteitsscores, medicijnen met hun dosisgeschiedenis, behandelingen en antwoorden uit de terugblik voor de dagen die je hieronder kiest.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Geannuleerd. Er is geen bestand bewaard.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Annuleren laat geen bestand achter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Volledige kopie (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Dagen voor je arts</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Dagen in het bestand voor je arts</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Je dagboek exporteren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Voor je arts (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog voor arts {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Volledige kopie bewaren</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Spreadsheetbestanden bewaren</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Bestand voor je arts bewaren</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Bewaard: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Bewaard: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Volledige kopie wordt bewaard</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Bestand voor je arts wordt bewaard</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Spreadsheetbestanden worden bewaard</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Spreadsheetbestanden (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>Het bestand voor je arts kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>De kopie kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>De export kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>Zip met CSV-bestanden (*.zip);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{saved}. {notice}</source>
        <comment>a file saved, then a notice about it</comment>
        <translation>{saved}. {notice}</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Op basis van %n volledige dag van {days}: een dag telt zodra de terugblik zegt dat elke spasme genoteerd is (of dat er geen waren). Een factor telt alleen op dagen die MSLog kent: factoren uit de terugblik op dagen met een terugblik, gewoonten, rekken en doses vanaf de eerste dag dat je ze noteerde.</numerusform>
            <numerusform>Op basis van %n volledige dagen van {days}: een dag telt zodra de terugblik zegt dat elke spasme genoteerd is (of dat er geen waren). Een factor telt alleen op dagen die MSLog kent: factoren uit de terugblik op dagen met een terugblik, gewoonten, rekken en doses vanaf de eerste dag dat je ze noteerde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Nog geen factor heeft {needed} volledige dagen met en {needed} zonder (%n volledige dag).</numerusform>
            <numerusform>Nog geen factor heeft {needed} volledige dagen met en {needed} zonder (%n volledige dagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Geen factor viel op: %n factor getest op {complete} volledige dagen, geen met een duidelijk verschil.</numerusform>
            <numerusform>Geen factor viel op: %n factoren getest op {complete} volledige dagen, geen met een duidelijk verschil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Spasmen per volledige dag op dagen met en zonder elke factor, als rate ratio; het 95&#xa0;%-interval komt uit hoeveel stukken van een week of langer in het dagboek variëren (een blok-bootstrap), zodat reeksen goede en slechte dagen niet voor een effect worden aangezien, en de vele factoren worden samen gecorrigeerd (Benjamini-Hochberg, 10&#xa0;%). Er is niet gecorrigeerd voor weekdagen en seizoenen.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>Het interval bevat 1, of het verschil is zo klein dat het bij zoveel factoren toeval kan zijn (q van 0,10 of meer).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Dit telt de spasmen waarbij je elke uitlokker aangaf. Ze worden niet vergeleken: een uitlokker wordt alleen bij een spasme aangegeven, dus kan hij niet laten zien of dagen met die uitlokker meer spasmen hebben. Vink daarvoor in de terugblik op de dag aan wat klopte.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Dit laat een verband zien, geen bewijs: op dezelfde dagen veranderen ook andere dingen. Bespreek het met je zorgverlener voordat je iets verandert.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS in de terugblik {difference} punten</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS in de terugblik {difference} punten (95&#xa0;%-interval {low} tot {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS in de terugblik: nog niet genoeg dagen ({days} van {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>vergeleken met de spasmen van de volgende dag</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>vergeleken met de spasmen van dezelfde dag</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>dagfactor</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>doses</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>minder spasmen {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>gewoonte</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>meer spasmen {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>volgende dag</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>geen duidelijk verschil</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>nog niet genoeg dagen ({days} van {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>rate ratio {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>rate ratio {ratio} (95&#xa0;%-interval {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>rate ratio –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>rekken</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>te weinig spasmen op deze dagen om te vergelijken</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Opvallend: {clear} van %n factor, getest op {complete} volledige dagen.</numerusform>
            <numerusform>Opvallend: {clear} van %n factoren, getest op {complete} volledige dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} van {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} volledige dagen met, {without} zonder</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} tegen {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} tegen {without} spasmen per dag</translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Each needs at least {needed} complete days with it and {needed} without: {factors}.</source>
        <translation>Elke factor heeft minstens {needed} volledige dagen met en {needed} zonder nodig: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Zo berekend: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Geen duidelijk verschil ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Nog niet genoeg dagen</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Nog niets om te vergelijken. Vink in de terugblik op de dag aan wat klopte (warm weer, stress, slecht geslapen…), of vink gewoonten en doses af, en geef aan wanneer alle spasmen van een dag genoteerd zijn.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Spasmen: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Opvallend ({clear} van {tested} getest)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>Je hebt in deze dagen bij geen enkele spasme een uitlokker aangegeven.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Je gaf aan: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} bij %n spasme</numerusform>
            <numerusform>{trigger} bij %n spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Voltooide rekoefening</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Elke geplande dosis {medicine} ingenomen</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>op dagen waarop elke geplande dosis {medicine} als ingenomen is genoteerd</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>op dagen met een voltooide rekoefening</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>op dagen met {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>op de dag na dagen waarop elke geplande dosis {medicine} als ingenomen is genoteerd</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>op de dag na dagen met een voltooide rekoefening</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>op de dag na dagen met {factor}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: month, year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Bewaard om {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Bewaard om {time} — in het dagboek van {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Bewaard om {time}, vannacht — in het dagboek van {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Bewaard om {time}, gisteren — in het dagboek van {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: day, short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: day, short month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern: day, month&apos;s name</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: day, month&apos;s name, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd {date}</source>
        <comment>date pattern: short weekday, then a date</comment>
        <translation>ddd {date}</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern: weekday, day, month</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: weekday, day, month, year</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a clock time</comment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} u</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} u {min} min</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} sec</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} sec</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n uur heeft er {count}</numerusform>
            <numerusform>%n uren hebben er elk {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>voor het begin van je dagboek</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>doe de dagelijkse terugblik om het te zien</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>geen verandering in % vanaf een score van 0</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>geen enkel drukste uur</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>geen spasmen genoteerd</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>geen op de meeste van deze dagen</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>niets om mee te vergelijken voor het begin van je dagboek</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>te weinig dagen met terugblik om te vergelijken ({now} en {before}; {needed} nodig per periode)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>te weinig gegevens: {spasms} spasmen op {days} dagen nodig</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, minder dan de verandering van {meaningful}% die studies betekenisvol noemen</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}: een verandering van {meaningful}% of meer noemen studies betekenisvol</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>elk {count}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} en {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} op %n dag</numerusform>
            <numerusform>{nrs} op %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} van {spasms} met score</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} en nog %n</numerusform>
            <numerusform>{triggers} en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} per dag</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (geen terugblik met een score)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n spasme, gemiddelde sterkte {mean}, hoogste {peak}</numerusform>
            <numerusform>%n spasmen, gemiddelde sterkte {mean}, hoogste {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10: spasticiteit per dag (streepjes) · spasmen: gemiddeld (lijn), hoogste (▲)</translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Wijs een dag aan om de precieze waarden te zien. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>rekken: {completed} voltooid</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>rekken: {completed} voltooid, {partial} gedeeltelijk</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n gewoonte gedaan</numerusform>
            <numerusform>%n gewoonten gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Afspraak: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Grafieken door de tijd</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Dagelijkse spasticiteit</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Pijl links en rechts gaan van dag tot dag en lezen de waarden van die dag voor. Plus en min zoomen in en uit, 0 toont weer alle dagen.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Geplande doses ingenomen (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Gedane gewoonten</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen per dag</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Rekoefeningen: voltooid (gevuld), gedeeltelijk (omtrek)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Waarden van de aangewezen dag</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>dagelijkse spasticiteit {rating} van 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>doses: {taken} van {due} ingenomen</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>niets genoteerd</translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <comment>a day pointed at and its values</comment>
        <translation>{day}: {values}</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>After you log a spasm, you can add how strong it was, where, and what may have set it off here. Or leave it: the time is already saved.</source>
        <translation>Als je een spasme hebt genoteerd, kun je hier toevoegen hoe sterk hij was, waar, en wat hem misschien uitlokte. Of laat het zo: de tijd is al bewaard.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>De tijd wijzigen</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Hoe was vandaag?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Hoe was vandaag? De terugblik op de dag</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Nu een spasme noteren</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Eerdere spasme noteren</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Eerdere spasme noteren…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Niet bewaard: %n spasme, genoteerd om {times}, omdat je dagboek niet openging. Schrijf hem op papier en voeg hem toe met ‘Eerdere spasme noteren’ zodra het opengaat.</numerusform>
            <numerusform>Niet bewaard: %n spasmen, genoteerd om {times}, omdat je dagboek niet openging. Schrijf ze op papier en voeg ze toe met ‘Eerdere spasme noteren’ zodra het opengaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>Genoteerd om {time}. Wordt bewaard zodra je dagboek opengaat…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Noteert een spasme op dit moment (Ctrl+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Noteert een spasme op dit moment. Sneltoets Ctrl+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>De terugblik op de dag (Ctrl+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Druk op de knop als een spasme begint. Details kunnen wachten.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>of druk overal in MSLog op Ctrl+L</translation>
    </message>
</context>
<context>
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation>{medicine} gestart, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} gestopt</translation>
    </message>
    <message>
        <source>{medicine} {dose}</source>
        <comment>a medicine and its new dose</comment>
        <translation>{medicine} {dose}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation>
            <numerusform>Een samenvatting van één of twee pagina’s over {range} (%n dag) voor je zorgverlener: belangrijkste cijfers, grafieken, medicijnen, uitlokkers, notities en je vragen.</numerusform>
            <numerusform>Een samenvatting van één of twee pagina’s over {range} (%n dagen) voor je zorgverlener: belangrijkste cijfers, grafieken, medicijnen, uitlokkers, notities en je vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Verslag voor de afspraak</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Geannuleerd. Er is geen verslag bewaard.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Annuleren bewaart geen verslag.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>MSLog-verslag {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Je verslag wordt gemaakt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als pdf bewaren…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Verslag als pdf bewaren</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Bewaard in {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>Het verslag kon niet worden bewaard: {problem}</translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Voor de afspraak: beoordeel je spasmen</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Laatst beantwoord op {day}: Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Mijn antwoorden bewaren</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Drie vragen uit schalen die zorgverleners gebruiken (Penn en Snow). Beantwoord er zoveel je wilt; ze worden bewaard met de datum van vandaag en als eigen beoordeling getoond in Trends en in het verslag.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Een nieuwe dagboekdag begint om</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende keer dat MSLog start.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Tot dit uur telt een spasme of dosis in de nacht mee voor de avond ervoor.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Vragen hoe de dag was om</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Geluid en stem testen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Starten bij aanmelden kon niet worden gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Het blijft op deze computer, tenzij je het exporteert.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>MSLog in het systeemvak laten draaien als het venster dicht is</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog spreekt</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Niet beschikbaar op dit systeem</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Minder beweging (geen knipperen of pulseren; kleuren veranderen nog wel)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Herinner me als een dosis of de terugblik op de dag aan de beurt is</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Geluid en stem werken allebei op deze computer.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Geluiden tijdens het rekken</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Gesproken uitleg tijdens het rekken</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>MSLog starten als ik me aanmeld</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>MSLog starten als ik me aanmeld (zodat herinneringen werken)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Zichtbare hints tijdens het rekken (de stap licht op, de laatste seconden pulseren)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Je dag</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Je dagboek staat in {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Je dagboek staat in:
{folder}</translation>
    </message>
</context>
<context>
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation>vijf tot negen per dag</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>geen spasmen</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>één of minder per dag</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>één tot vijf per dag</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>tien of meer per dag</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Busiest hour</source>
        <translation>Drukste uur</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Geteld vanaf de eerste dosis van elk medicijn die in MSLog is genoteerd.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Dagen met rekken</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Hoe vaak je een uitlokker aanvinkte bij een spasme: een telling, geen vergelijking.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Gemiddelde sterkte van genoteerde spasmen</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn en Snow, zelf beoordeeld</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplande doses ingenomen</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Snow-score uit het dagboek (spasmen per 24 uur)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen per dag</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Spasmen per dag zijn gebaseerd op volledige dagen (de terugblik zegt dat elke spasme genoteerd is, of dat er geen waren) zodra er 7 zijn; tot dan op volledige en gedeeltelijke dagen.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Spasticiteit, dagelijkse terugblik (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>De spasticiteitsscore van 0 tot 10 uit de dagelijkse terugblik, gemiddeld over de dagen die er een hebben. Een verandering staat alleen in % als beide periodes {days} of meer van zulke dagen hebben.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>De Snow-score voor hoe vaak spasmen komen (1 geen … 5 tien of meer per dag) van een gewone dag, berekend uit je dagboek, niet gevraagd.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>De gemiddelde sterkte van 0 tot 10 van de spasmen die je noteerde en een score gaf.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Vaakst aangegeven uitlokker</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>nog geen doses genoteerd</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>niet beantwoord in deze dagen (zie Afspraken)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>bij %n spasme</numerusform>
            <numerusform>bij %n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>bij elk %n spasme</numerusform>
            <numerusform>bij elk %n spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>je eigen antwoorden, gegeven op {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} van {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, typisch voor dezelfde dagen</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} van 5</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation>Elke stip: spasmen in dat uur (grootte: hoeveel; kleur: sterkste)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Elke stip: spasmen in dat uur over 32 dagen (grootte: hoeveel)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Kleur van de stip: sterkte 0 (donkerpaars) → 10 (geel); grijs: geen score. Warmtekaart: donkerder = minder, lichter = meer.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Plus en min zoomen de dagen in en uit, 0 herstelt.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Wijs een stip of vakje aan om de getallen te zien. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Spasmen per weekdag en uur (plaatselijke tijd)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Grafieken per tijd van de dag</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>spasmen</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n spasme in deze periode</numerusform>
            <numerusform>{weekday} {hours}: %n spasmen in deze periode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasme</numerusform>
            <numerusform>{when}, {hours}: %n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasme, hoogste sterkte {worst}</numerusform>
            <numerusform>{when}, {hours}: %n spasmen, hoogste sterkte {worst}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Vandaag nog niets genoteerd. Dat is ook goed.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Vandaag · %n spasme</numerusform>
            <numerusform>Vandaag · %n spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Sinds de laatste afspraak</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of days: the first and the last</comment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Volledig: de terugblik zegt dat elke spasme genoteerd is, of dat er geen waren. Gedeeltelijk: spasmen genoteerd zonder dat. Onbekend: niets genoteerd of gezegd.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>Nog niets genoteerd in deze dagen. Kies een langere periode, of noteer spasmen op het tabblad Noteren, dan verschijnen ze hier.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Door de tijd</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Verslag afdrukken / bewaren…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Grafiek als afbeelding bewaren</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Grafiek als afbeelding…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>De afbeelding kon niet worden bewaard in {path}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tijd van de dag</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Weergaven van het verloop</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Uitlokkers</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n dag (je dagboek was in de dagen ervoor nog niet begonnen)</numerusform>
            <numerusform>{range} · %n dagen (je dagboek was in de dagen ervoor nog niet begonnen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n dag, vergeleken met de dag ervoor</numerusform>
            <numerusform>{range} · %n dagen, vergeleken met de %n ervoor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Ongedaan maken: {what}</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Eerdere spasme noteren</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Niet bewaard. Tijd: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Die tijd moet nog komen. Kies een tijd die al voorbij is.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wanneer was het?</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Back</source>
        <translation>Rug</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Clonus (ritmisch schokken)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kou</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopping</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Kramp</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>Strek­spasme</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>Strek­spasme (benen gestrekt)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Vermoeidheid</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>Buig­spasme</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>Buig­spasme (benen opgetrokken)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Volle blaas</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Warmte</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infectie</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linkerkuit</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linkervoet</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linkerhand</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linkerheup</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker­dijbeen</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Andere houding</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechterkuit</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechtervoet</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechterhand</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechterheup</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter­dijbeen</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Rekken</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Strakke kleding</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Romp</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Wakker worden</translation>
    </message>
</context>
</TS>
