<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Kein Termin mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>ist kein Feld eines Termins</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>ist {length} Zeichen lang; höchstens {limit} passen</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>muss ein Datum sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} liegt mehr als zwei Jahre voraus</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} liegt zu lange zurück</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Notiz zum Termin</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Termine (in den Diagrammen gestrichelt)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Bleibt hier und steht oben im Bericht. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Fragen für meinen nächsten Termin</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Termin eintragen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Was besprochen wurde (freiwillig)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Bei wem</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>z. B. Dr. Okafor, Neurologie</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>In diesem Zeitraum nichts eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n Spasmus</numerusform>
            <numerusform>{label}: %n Spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Körperstellen</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Tage mit und ohne jeden Faktor</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Markierte Auslöser</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Arten</translation>
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
        <translation>davor: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>Stärke {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now}; davor: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} von {due}; {skipped} ausgelassen, {not_recorded} nicht eingetragen</translation>
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
        <translation>Zoomen: Strg+Mausrad, oder + und − im gewählten Diagramm (0 zeigt wieder alle Tage).</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Angezeigte Tage wählen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Wieder alle Tage des Zeitraums zeigen (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n Tag gezählt: {complete} vollständig, {partial} lückenhaft, {unknown} unbekannt</numerusform>
            <numerusform>%n Tage gezählt: {complete} vollständig, {partial} lückenhaft, {unknown} unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n Tag gezählt: {complete} vollständig, {partial} lückenhaft, {unknown} unbekannt (heute zählt, wenn der Tag vorbei oder im Rückblick vollständig ist)</numerusform>
            <numerusform>%n Tage gezählt: {complete} vollständig, {partial} lückenhaft, {unknown} unbekannt (heute zählt, wenn der Tag vorbei oder im Rückblick vollständig ist)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>aus %n Tag ({complete} vollständig, {partial} lückenhaft: weniger als {steadier} vollständige, also fehlen vielleicht Spasmen)</numerusform>
            <numerusform>aus %n Tagen ({complete} vollständig, {partial} lückenhaft: weniger als {steadier} vollständige, also fehlen vielleicht Spasmen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>aus nur %n vollständigen Tag ({steadier} ergeben einen stabileren Wert)</numerusform>
            <numerusform>aus nur %n vollständigen Tagen ({steadier} ergeben einen stabileren Wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>aus {complete} von {counted} Tagen (vollständige Tage)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>noch kein Tag mit Einträgen</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> Sek.</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 Min.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Eigenen Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Was Sie sich dazu merken möchten</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Zeit ändern…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Details zum Spasmus um {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Genau:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Wie stark war er? (oder 0–9 drücken)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Mögliche Auslöser</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Gespeichert {time} · Details ergänzt</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>Die Notiz ist zu lang (%n Zeichen; höchstens {limit} passen).</numerusform>
            <numerusform>Die Notiz ist zu lang (%n Zeichen; höchstens {limit} passen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Art des Spasmus</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Unter 1 Min.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Wo im Körper</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Eigener Auslöser</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Den Spasmus um {time} löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Den Spasmus um {time} ändern</translation>
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
        <translation>Ohne Stärke</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Stärke {value}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation>&lt;b&gt;Tabellendateien (CSV)&lt;/b&gt; öffnen sich in Excel, LibreOffice oder Numbers: eine Datei je Art von Eintrag, zusammen in einer ZIP-Datei.&lt;br&gt;&lt;br&gt;&lt;b&gt;Vollständige Kopie (JSON)&lt;/b&gt; enthält alles, was MSLog speichert, zum sicheren Aufbewahren oder zum Einlesen in MSLog auf einem anderen Computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;Für Ihre Praxis (FHIR)&lt;/b&gt; ist eine Datei in HL7 FHIR R4, dem Standard, den Praxis- und Kliniksysteme lesen: tägliche Spasmenzahlen und Spastik-Werte, Medikamente mit ihrem Dosisverlauf, Behandlungen und Antworten aus dem Rückblick für die unten gewählten Tage.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Abgebrochen. Keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Abbrechen hinterlässt keine Datei.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Vollständige Kopie (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Tage für Ihre Praxis</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Tage in der Datei für die Praxis</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Für Ihre Praxis (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog für Praxis {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Vollständige Kopie speichern</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Tabellendateien speichern</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Datei für Ihre Praxis speichern</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Gespeichert: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Gespeichert: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Vollständige Kopie wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Datei für Ihre Praxis wird gespeichert</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Tabellendateien werden gespeichert</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Tabellendateien (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>Die Datei für die Praxis wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>Die Kopie wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>Der Export wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>ZIP mit CSV-Dateien (*.zip);;CSV (*.csv)</translation>
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
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Aus %n vollständigen Tag von {days}: Ein Tag zählt, sobald sein Rückblick sagt, dass jeder Spasmus eingetragen ist (oder dass es keinen gab). Ein Faktor zählt nur an Tagen, die MSLog kennt: Faktoren aus dem Rückblick an Tagen mit Rückblick, Gewohnheiten, Dehnen und Einnahmen ab dem ersten Tag, an dem Sie sie eingetragen haben.</numerusform>
            <numerusform>Aus %n vollständigen Tagen von {days}: Ein Tag zählt, sobald sein Rückblick sagt, dass jeder Spasmus eingetragen ist (oder dass es keinen gab). Ein Faktor zählt nur an Tagen, die MSLog kennt: Faktoren aus dem Rückblick an Tagen mit Rückblick, Gewohnheiten, Dehnen und Einnahmen ab dem ersten Tag, an dem Sie sie eingetragen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Noch hat kein Faktor {needed} vollständige Tage mit und {needed} ohne ihn (%n vollständiger Tag).</numerusform>
            <numerusform>Noch hat kein Faktor {needed} vollständige Tage mit und {needed} ohne ihn (%n vollständige Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Kein Faktor fiel auf: %n Faktor an {complete} vollständigen Tagen geprüft, keiner mit einem klaren Unterschied.</numerusform>
            <numerusform>Kein Faktor fiel auf: %n Faktoren an {complete} vollständigen Tagen geprüft, keiner mit einem klaren Unterschied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Spasmen je vollständigem Tag an Tagen mit und ohne jeden Faktor, als Ratenverhältnis; sein 95-%-Intervall kommt daher, wie stark Abschnitte des Tagebuchs von einer Woche oder mehr schwanken (ein Block-Bootstrap), damit Folgen guter und schlechter Tage nicht für eine Wirkung gehalten werden; die vielen Faktoren werden gemeinsam angepasst (Benjamini-Hochberg, 10&#xa0;%). Wochentage und Jahreszeiten werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>Das Intervall enthält 1, oder der Unterschied ist so klein, dass er bei so vielen Faktoren Zufall sein kann (q von 0,10 oder mehr).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Hier werden die Spasmen gezählt, bei denen Sie einen Auslöser markiert haben. Sie werden nicht verglichen: Ein Auslöser wird nur bei einem Spasmus markiert, er kann also nicht zeigen, ob Tage mit ihm mehr Spasmen haben. Kreuzen Sie dafür im täglichen Rückblick an, was zutraf.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Das zeigt einen Zusammenhang, keinen Beweis: An denselben Tagen ändern sich auch andere Dinge. Besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS im Rückblick {difference} Punkte</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS im Rückblick {difference} Punkte (95-%-Intervall {low} bis {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS im Rückblick: noch zu wenige Tage ({days} von {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>verglichen mit den Spasmen des Folgetags</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>verglichen mit den Spasmen desselben Tags</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>Tagesfaktor</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>weniger Spasmen {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>mehr Spasmen {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>Folgetag</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>kein klarer Unterschied</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>noch zu wenige Tage ({days} von {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>Ratenverhältnis {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>Ratenverhältnis {ratio} (95-%-Intervall {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>Ratenverhältnis –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>derselbe Tag</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>zu wenige Spasmen an diesen Tagen für einen Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Auffällig: {clear} von %n Faktor, geprüft an {complete} vollständigen Tagen.</numerusform>
            <numerusform>Auffällig: {clear} von %n Faktoren, geprüft an {complete} vollständigen Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} von {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} vollständige Tage mit, {without} ohne</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} zu {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} zu {without} Spasmen am Tag</translation>
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
        <translation>Jeder braucht mindestens {needed} vollständige Tage mit und {needed} ohne: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>So gerechnet: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Kein klarer Unterschied ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Noch zu wenige Tage</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Noch nichts zu vergleichen. Kreuzen Sie im täglichen Rückblick an, was zutraf (Hitze, Stress, schlechter Schlaf…), oder haken Sie Gewohnheiten und Einnahmen ab, und sagen Sie, wenn alle Spasmen eines Tages eingetragen sind.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Spasmen: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Auffällig ({clear} von {tested} geprüften)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>Sie haben in diesen Tagen bei keinem Spasmus einen Auslöser markiert.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Markiert haben Sie: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>keep</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} bei %n Spasmus</numerusform>
            <numerusform>{trigger} bei %n Spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Abgeschlossene Dehneinheit</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Jede geplante Dosis {medicine} eingenommen</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>an Tagen, an denen jede geplante Dosis {medicine} als eingenommen eingetragen ist</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>an Tagen mit abgeschlossenem Dehnen</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>an Tagen mit {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>am Tag nach Tagen, an denen jede geplante Dosis {medicine} als eingenommen eingetragen ist</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>am Tag nach Tagen mit abgeschlossenem Dehnen</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>am Tag nach Tagen mit {factor}</translation>
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
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Gespeichert {time} — im Tagebuch vom {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Gespeichert {time}, letzte Nacht — im Tagebuch vom {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Gespeichert {time}, gestern — im Tagebuch vom {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: day, short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: day, short month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern: day, month&apos;s name</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: day, month&apos;s name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd {date}</source>
        <comment>date pattern: short weekday, then a date</comment>
        <translation>ddd, {date}</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern: weekday, day, month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: weekday, day, month, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a clock time</comment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} Std. {min} Min.</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} Min.</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} Min. {s} Sek.</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n Stunde hat je {count}</numerusform>
            <numerusform>%n Stunden haben je {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n Spasmus</numerusform>
            <numerusform>%n Spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>vor Beginn Ihres Tagebuchs</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>mit täglichem Rückblick sichtbar</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>keine Änderung in % von einem Wert 0 aus</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>keine einzelne häufigste Stunde</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>keine Spasmen eingetragen</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>an den meisten dieser Tage keine</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>vor Beginn Ihres Tagebuchs nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>zu wenige Tage mit Rückblick für einen Vergleich ({now} und {before}; je Zeitraum {needed} nötig)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>zu wenig Daten: {spasms} Spasmen an {days} Tagen nötig</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, weniger als die {meaningful}&#xa0;% Änderung, die Studien als bedeutsam ansehen</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}: eine Änderung ab {meaningful}&#xa0;% sehen Studien als bedeutsam an</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>je {count}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} an %n Tag</numerusform>
            <numerusform>{nrs} an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} von {spasms} mit Stärke</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} und %n weiterer</numerusform>
            <numerusform>{triggers} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} am Tag</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (kein Rückblick mit Wert)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n Spasmus</numerusform>
            <numerusform>%n Spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n Spasmus, Stärke im Mittel {mean}, höchste {peak}</numerusform>
            <numerusform>%n Spasmen, Stärke im Mittel {mean}, höchste {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10: Spastik am Tag (gestrichelt) · Stärke der Spasmen: Mittel (Linie), max. (▲)</translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Zeigen Sie auf einen Tag, um seine genauen Werte zu sehen. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>Dehnen: {completed} abgeschlossen</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>Dehnen: {completed} abgeschlossen, {partial} abgebrochen</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n Gewohnheit erledigt</numerusform>
            <numerusform>%n Gewohnheiten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Termin: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Diagramme über die Zeit</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Tägliche Spastik</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Pfeil links und rechts gehen von Tag zu Tag und lesen die Werte des Tages vor. Plus und Minus zoomen hinein und heraus, 0 zeigt wieder alle Tage.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Geplante Dosen eingenommen (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Erledigte Gewohnheiten</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen am Tag</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Dehneinheiten: abgeschlossen (gefüllt), abgebrochen (Umriss)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Werte des gezeigten Tages</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>tägliche Spastik {rating} von 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>Dosen: {taken} von {due} eingenommen</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts eingetragen</translation>
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
        <translation>Nach dem Eintragen können Sie hier ergänzen, wie stark der Spasmus war, wo er war und was ihn ausgelöst haben könnte. Oder lassen Sie es: Die Zeit ist schon gespeichert.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Wie war heute? Der tägliche Rückblick</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Spasmus jetzt eintragen</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Früheren Spasmus eintragen</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Früheren Spasmus eintragen…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Spasmus, notiert um {times}, weil sich Ihr Tagebuch nicht öffnen ließ. Bitte schreiben Sie ihn auf und tragen Sie ihn mit „Früheren Spasmus eintragen“ nach, sobald es sich öffnet.</numerusform>
            <numerusform>Nicht gespeichert: %n Spasmen, notiert um {times}, weil sich Ihr Tagebuch nicht öffnen ließ. Bitte schreiben Sie sie auf und tragen Sie sie mit „Früheren Spasmus eintragen“ nach, sobald es sich öffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>{time} notiert. Wird gespeichert, sobald Ihr Tagebuch offen ist…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Trägt einen Spasmus für diesen Moment ein (Strg+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Trägt einen Spasmus für diesen Moment ein. Tastenkürzel Strg+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>Der tägliche Rückblick (Strg+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Wenn ein Spasmus beginnt, drücken Sie den Knopf. Details können warten.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>oder überall in MSLog Strg+L drücken</translation>
    </message>
</context>
<context>
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation>{medicine} begonnen, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} beendet</translation>
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
            <numerusform>Eine Zusammenfassung von {range} (%n Tag) auf ein bis zwei Seiten für Ihre Ärztin oder Ihren Arzt: wichtige Zahlen, Diagramme, Medikamente, Auslöser, Notizen und Ihre Fragen.</numerusform>
            <numerusform>Eine Zusammenfassung von {range} (%n Tage) auf ein bis zwei Seiten für Ihre Ärztin oder Ihren Arzt: wichtige Zahlen, Diagramme, Medikamente, Auslöser, Notizen und Ihre Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Bericht für den Termin</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Abgebrochen. Kein Bericht gespeichert.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Abbrechen speichert keinen Bericht.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>MSLog-Bericht {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Ihr Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>Der Bericht wurde nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Vor dem Termin: Ihre Spasmen einschätzen</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Zuletzt beantwortet am {day}: Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Drei Fragen aus Skalen, die Ärztinnen und Ärzte nutzen (Penn und Snow). Beantworten Sie beliebig viele; sie werden mit dem heutigen Datum gespeichert und in Trends und im Bericht als Selbsteinschätzung gezeigt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Ein neuer Tagebuchtag beginnt um</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Ein Spasmus oder eine Einnahme in der Nacht zählt bis zu dieser Uhrzeit zum Abend davor.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Nach dem Tag fragen um</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Ton und Stimme prüfen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Start bei der Anmeldung ließ sich nicht ändern: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Es bleibt auf diesem Computer, außer Sie exportieren es.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>MSLog nach dem Schließen im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog spricht</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Weniger Bewegung (kein Blinken oder Pulsieren; Farben wechseln weiter)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Erinnern, wenn eine Einnahme oder der tägliche Rückblick ansteht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Ton und Stimme funktionieren auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Töne beim Dehnen</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Gesprochene Anleitung beim Dehnen</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>MSLog bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>MSLog bei der Anmeldung starten (damit Erinnerungen kommen)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Sichtbare Hinweise beim Dehnen (der Schritt leuchtet auf, die letzten Sekunden pulsieren)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Ihr Tagebuch liegt in {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Ihr Tagebuch liegt in:
{folder}</translation>
    </message>
</context>
<context>
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation>fünf bis neun am Tag</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>keine Spasmen</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>einer oder weniger am Tag</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>einer bis fünf am Tag</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>zehn oder mehr am Tag</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Busiest hour</source>
        <translation>Häufigste Stunde</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Gezählt ab der ersten in MSLog eingetragenen Dosis jedes Medikaments.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Tage mit Dehnen</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Wie oft Sie bei einem Spasmus einen Auslöser angekreuzt haben: eine Zählung, kein Vergleich.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Mittlere Stärke eingetragener Spasmen</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn und Snow, selbst eingeschätzt</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplante Dosen eingenommen</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Snow-Score aus dem Tagebuch (Spasmen je 24 Std.)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen am Tag</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Spasmen am Tag beruhen auf vollständigen Tagen (der Rückblick sagt, dass jeder Spasmus eingetragen ist oder keiner auftrat), sobald es 7 davon gibt; bis dahin auf vollständigen und lückenhaften Tagen.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Spastik, täglicher Rückblick (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>Der Spastik-Wert 0–10 aus dem täglichen Rückblick, gemittelt über die Tage mit Wert. Eine Änderung in % steht nur da, wenn beide Zeiträume {days} oder mehr solcher Tage haben.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>Der Snow-Score für die Häufigkeit von Spasmen (1 keine … 5 zehn oder mehr am Tag) eines typischen Tages, aus Ihrem Tagebuch berechnet, nicht abgefragt.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>Die mittlere Stärke 0–10 der Spasmen, die Sie eingetragen und eingeschätzt haben.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Am häufigsten markierter Auslöser</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>noch keine Einnahme eingetragen</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>in diesen Tagen nicht beantwortet (siehe Termine)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>bei %n Spasmus</numerusform>
            <numerusform>bei %n Spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>bei je %n Spasmus</numerusform>
            <numerusform>bei je %n Spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>Ihre eigenen Antworten vom {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} von {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, typisch für dieselben Tage</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} von 5</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation>Jeder Punkt: Spasmen in dieser Stunde (Größe: wie viele; Farbe: stärkster)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Jeder Punkt: Spasmen in dieser Stunde über 32 Tage (Größe: wie viele)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Punktfarbe: Stärke 0 (dunkelviolett) → 10 (gelb); grau: ohne Stärke. Wärmekarte: dunkler = weniger, heller = mehr.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Plus und Minus zoomen die Tage hinein und heraus, 0 setzt zurück.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Zeigen Sie auf einen Punkt oder ein Feld, um seine Zahlen zu sehen. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Spasmen nach Wochentag und Stunde (Ortszeit)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Diagramme zur Tageszeit</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>Spasmen</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n Spasmus in diesem Zeitraum</numerusform>
            <numerusform>{weekday} {hours}: %n Spasmen in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n Spasmus</numerusform>
            <numerusform>{when}, {hours}: %n Spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n Spasmus, höchste Stärke {worst}</numerusform>
            <numerusform>{when}, {hours}: %n Spasmen, höchste Stärke {worst}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Heute noch nichts eingetragen. Das ist auch in Ordnung.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Heute · %n Spasmus</numerusform>
            <numerusform>Heute · %n Spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Frei wählen…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Seit dem letzten Termin</translation>
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
        <translation>Termine</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Vollständig: Der Rückblick sagt, dass jeder Spasmus eingetragen ist oder dass es keinen gab. Lückenhaft: Spasmen eingetragen, ohne das. Unbekannt: nichts eingetragen oder gesagt.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>In diesen Tagen noch nichts eingetragen. Wählen Sie einen längeren Zeitraum, oder tragen Sie Spasmen im Reiter Eintragen ein, dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Bericht drucken / speichern…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Diagramm als Bild…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>Das Bild wurde nicht unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n Tag (in den Tagen davor lief Ihr Tagebuch noch nicht)</numerusform>
            <numerusform>{range} · %n Tage (in den Tagen davor lief Ihr Tagebuch noch nicht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n Tag, verglichen mit dem Tag davor</numerusform>
            <numerusform>{range} · %n Tage, verglichen mit den %n davor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Rückgängig: {what}</translation>
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
        <translation>Früheren Spasmus eintragen</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Nicht gespeichert. Zeit: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Diese Zeit liegt noch in der Zukunft. Bitte wählen Sie eine vergangene Zeit.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wann war es?</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Klonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Klonus (rhythmisches Zucken)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>Streck­spasmus</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>Streck­spasmus (Beine gestreckt)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>Beuge­spasmus</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>Beuge­spasmus (Beine angezogen)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Volle Blase</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infekt</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Ober­schenkel</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Lagewechsel</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Ober­schenkel</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Enge Kleidung</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Aufwachen</translation>
    </message>
</context>
</TS>
