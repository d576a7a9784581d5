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
    <name>AppointmentOperations</name>
    <message>
        <source>Added the appointment on {day}.</source>
        <translation>Termin am {day} eingetragen.</translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Termin am {day} entfernt. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Termin eintragen</translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Termin entfernen</translation>
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
    <name>AsNeededDialog</name>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Bei Bedarf eingenommen</translation>
    </message>
    <message>
        <source>Which medication did you take, and when?</source>
        <translation>Welches Medikament haben Sie wann genommen?</translation>
    </message>
    <message>
        <source>optional, as prescribed</source>
        <translation>optional, wie verordnet</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the {medication} dose at {time}</source>
        <translation>Einnahme {medication} um {time} entfernen</translation>
    </message>
    <message>
        <source>{dose} · as needed</source>
        <translation>{dose} · bei Bedarf</translation>
    </message>
    <message>
        <source>{dose} · as needed · entered later</source>
        <translation>{dose} · bei Bedarf · nachgetragen</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>MSLog bei der Anmeldung starten, damit Erinnerungen erscheinen können</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>Der Sicherungsordner {folder} lässt sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>Die Sicherung in {folder} ließ sich nicht benennen: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>Die Sicherung {file} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>Die Prüfung der Sicherung ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>Die Sicherung wurde mittendrin angehalten.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>Der Sicherungsordner {folder} ist ein Verweis an einen anderen Ort, daher hat MSLog dort keine Sicherung gespeichert: Sicherungen kommen nur in einen echten Ordner im Datenordner. Entfernen Sie den Verweis (MSLog legt den Ordner neu an) oder geben Sie mit --data-dir einen anderen Ort an.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>Die Prüfung wurde mittendrin angehalten.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Ihr Tagebuch ist in einem anderen MSLog geöffnet (einem Fenster oder einem Befehl). Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Ihr Tagebuch ist in einem anderen MSLog geöffnet. Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist unvollständig (mittendrin abgeschnitten)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n Eintrag</numerusform>
            <numerusform>{made} — {why} — %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — beschädigt, nicht verwendbar</translation>
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
    <name>CheckInCommand</name>
    <message>
        <source>--day: {day} is still to come</source>
        <translation>--day: {day} liegt noch in der Zukunft</translation>
    </message>
    <message>
        <source>--factor: unknown factor {text} (choose from {offered})</source>
        <translation>--factor: unbekannter Faktor {text} (wählen Sie aus {offered})</translation>
    </message>
    <message>
        <source>--factor: {name} was removed from the list on {day}</source>
        <translation>--factor: {name} wurde am {day} aus der Liste genommen</translation>
    </message>
    <message>
        <source>--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)</source>
        <translation>--nights: {text} ist nicht 0, 1, 2, 3 oder 3+ (3+ steht für drei oder mehr)</translation>
    </message>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: am {day} ist %n Spasmus eingetragen; nutzen Sie --complete, wenn alles eingetragen ist</numerusform>
            <numerusform>--no-spasms: am {day} sind %n Spasmen eingetragen; nutzen Sie --complete, wenn alles eingetragen ist</numerusform>
        </translation>
    </message>
    <message>
        <source>--show: cannot be combined with {option}</source>
        <translation>--show: geht nicht zusammen mit {option}</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Rückblick auf {day}</translation>
    </message>
    <message>
        <source>Check-in for {day}: not filled in yet</source>
        <translation>Rückblick auf {day}: noch nicht ausgefüllt</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Den Rückblick auf den Tag ausfüllen; jede Option kann wegbleiben. Ohne Option (oder mit --show) wird der Rückblick des Tages angezeigt.</translation>
    </message>
    <message>
        <source>I had no spasms that day</source>
        <translation>Ich hatte an dem Tag keine Spasmen</translation>
    </message>
    <message>
        <source>I logged all my spasms that day</source>
        <translation>Ich habe an dem Tag alle Spasmen eingetragen</translation>
    </message>
    <message>
        <source>Nights woken by spasms: {nights}</source>
        <translation>Nachts durch Spasmen aufgewacht: {nights}</translation>
    </message>
    <message>
        <source>Pain: {score}</source>
        <translation>Schmerz: {score}</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Rückblick auf {day} gespeichert.</translation>
    </message>
    <message>
        <source>Sleep: {sleep}</source>
        <translation>Schlaf: {sleep}</translation>
    </message>
    <message>
        <source>Spasms: {spasms}</source>
        <translation>Spasmen: {spasms}</translation>
    </message>
    <message>
        <source>Spasticity, past 24 hours: {score}</source>
        <translation>Spastik, letzte 24 Stunden: {score}</translation>
    </message>
    <message>
        <source>What was true: {factors}</source>
        <translation>Was zutraf: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>alle eingetragen (%n im Tagebuch)</numerusform>
            <numerusform>alle eingetragen (%n im Tagebuch)</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in or show a day&apos;s check-in (spasticity, nights, pain, sleep, factors)</source>
        <translation>den Rückblick auf einen Tag ausfüllen oder anzeigen (Spastik, Nächte, Schmerz, Schlaf, Faktoren)</translation>
    </message>
    <message>
        <source>good, fair or poor</source>
        <comment>the words to type, kept in English</comment>
        <translation>good (gut), fair (mittel) oder poor (schlecht)</translation>
    </message>
    <message>
        <source>nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)</source>
        <translation>nachts durch Spasmen aufgewacht: 0, 1, 2, 3 oder 3+ (drei oder mehr)</translation>
    </message>
    <message>
        <source>no spasms that day</source>
        <translation>an dem Tag keine Spasmen</translation>
    </message>
    <message>
        <source>none of the list</source>
        <translation>nichts aus der Liste</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>nicht ausgefüllt</translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>nicht ausgefüllt (der Tag gilt als unbekannt; %n im Tagebuch)</numerusform>
            <numerusform>nicht ausgefüllt (der Tag gilt als unbekannt; %n im Tagebuch)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst)</source>
        <translation>Schmerz, 0 (keiner) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>print the day&apos;s check-in</source>
        <translation>den Rückblick des Tages anzeigen</translation>
    </message>
    <message>
        <source>something that was true that day, e.g. heat or stress (repeatable)</source>
        <translation>etwas, das an dem Tag zutraf, z. B. heat oder stress (wiederholbar)</translation>
    </message>
    <message>
        <source>spasticity over the past 24 hours, 0 (none) to 10 (worst)</source>
        <translation>Spastik in den letzten 24 Stunden, 0 (keine) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>the diary day, YYYY-MM-DD (default: today)</source>
        <translation>der Tagebuchtag, YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <comment>nights woken</comment>
        <translation>{count} oder mehr</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} von 10</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation>Ein Rückblick von 10 Sekunden auf {day}: Spastik, Schlaf und was zutraf. Jede Antwort ist freiwillig.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation>Rückblick: {question}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Täglicher Rückblick</translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation>Diese Karte bis morgen ausblenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation>Nicht jetzt: Rückblick auf {day} ausblenden</translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation>Begonnen. Eine Antwort fehlt noch: ob Ihr Spasmus-Tagebuch vollständig ist.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>Heute ist %n Spasmus eingetragen.</numerusform>
            <numerusform>Heute sind %n Spasmen eingetragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>Gestern ist %n Spasmus eingetragen.</numerusform>
            <numerusform>Gestern sind %n Spasmen eingetragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>Am {day} ist %n Spasmus eingetragen.</numerusform>
            <numerusform>Am {day} sind %n Spasmen eingetragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation>0 keine Spastik</translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 oder mehr</translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation>Ein Tag zählt in Ihren Trends, sobald Sie ihn als vollständig eingetragen angeben.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation>Eigenes zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Liste ändern</translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation>Liste ändern: umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation>Schließen (Esc). Alles ist schon gespeichert.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Fertig mit Ändern</translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation>Jede Antwort ist freiwillig und wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation>Ich habe alle Spasmen vom {day} eingetragen</translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation>Ich habe heute alle Spasmen eingetragen</translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation>Ich habe alle Spasmen von gestern eingetragen</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Neuer Name für {name}:</translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation>Nachts durch Spasmen geweckt</translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation>Heute ist kein Spasmus eingetragen.</translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation>Gestern ist kein Spasmus eingetragen.</translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation>Am {day} ist kein Spasmus eingetragen.</translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation>Keine Spasmen am {day}</translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation>Heute keine Spasmen</translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation>Gestern keine Spasmen</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Nicht durch Spasmen geweckt</translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation>Für diesen Tag ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation>Schlaf mittel</translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation>Schlaf gut</translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation>Schlaf schlecht</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation>Spastik</translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation>Spastik in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation>Begonnen: gespeichert, so weit Sie gekommen sind.</translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation>Dieser Tag ist fertig. Sie können alles ändern.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation>Zurück (Strg+Z); wiederholen mit Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>What was true</source>
        <translation>Was zutraf</translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation>Was am {day} zutraf</translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation>Was heute zutraf</translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation>Was gestern zutraf</translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3-mal oder öfter geweckt</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Einmal geweckt</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Zweimal geweckt</translation>
    </message>
    <message>
        <source>Your own thing to add to the list</source>
        <translation>Eigener Punkt für die Liste</translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation>Ihr Spasmus-Tagebuch</translation>
    </message>
    <message>
        <source>a factor</source>
        <translation>ein Punkt</translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation>alle Spasmen eingetragen</translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation>nächtliches Aufwachen nicht angegeben</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>keine Spasmen</translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation>nicht sicher, ob alle eingetragen sind</translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation>nicht sicher, ob es keine gab</translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation>nicht durch Spasmen geweckt</translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation>Schmerz nicht angegeben</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>Schmerz {value}</translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation>Schlaf mittel</translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation>Schlaf gut</translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation>Schlaf nicht angegeben</translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation>Schlaf schlecht</translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation>Spastik nicht angegeben</translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation>Spastik {value}</translation>
    </message>
    <message>
        <source>what was true</source>
        <translation>was zutraf</translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation>3-mal oder öfter geweckt</translation>
    </message>
    <message>
        <source>woken once</source>
        <translation>einmal geweckt</translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation>zweimal geweckt</translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation>{count} {why}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (heute)</translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation>{day} (gestern)</translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation>{factor}: nein</translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation>{factor}: ja</translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation>{name} steht jetzt auf der Liste. Haken Sie es an den Tagen an, an denen es zutraf.</translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation>{name} ist ab heute von der Liste entfernt. „Zurück“ holt es wieder.</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} heißt jetzt {new}.</translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation>Gespeichert: {answer}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Hinzufügen von {name}</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Entfernen von {name}</translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Umbenennen von {old} in {new}</translation>
    </message>
    <message>
        <source>{answer} ({day})</source>
        <comment>undo step: an answer of the check-in and its day</comment>
        <translation>{answer} ({day})</translation>
    </message>
</context>
<context>
    <name>CheckinReminderBar</name>
    <message>
        <source>A 10-second check-in. Every answer is optional.</source>
        <translation>Ein Rückblick von 10 Sekunden. Jede Antwort ist freiwillig.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt zurückblicken</translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation>Jetzt zurückblicken: {question}</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Erinnerung an den Rückblick</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation>Erinnerung an den Rückblick ausblenden</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>In 10 Min.</translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation>Erinnerung an den Rückblick in 10 Minuten wiederholen</translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation>&amp;Wie war heute?…</translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation>Ein Rückblick von 10 Sekunden in MSLog. Jede Antwort ist freiwillig.</translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation>Erinnerung an den Rückblick: {question}</translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation>Der Rückblick kommt um {time} noch einmal.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n Einnahme steht an</numerusform>
            <numerusform>%n Einnahmen stehen an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n Einnahme stand an, während MSLog pausierte</numerusform>
            <numerusform>%n Einnahmen standen an, während MSLog pausierte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the times of a day</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the side effects of a note</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Baclofen pump refill due on {day}, in %n days.</source>
        <translation>
            <numerusform>Füllung der Baclofen-Pumpe am {day} fällig, in %n Tag.</numerusform>
            <numerusform>Füllung der Baclofen-Pumpe am {day} fällig, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation>Füllung der Baclofen-Pumpe heute fällig.</translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation>Füllung der Baclofen-Pumpe morgen fällig, {day}.</translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation>Neue Rate: {rate}</translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation>Nächste Füllung {day}</translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation>Kein Punkt mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation>Keine Einnahme mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation>Keine Einnahmen oder Gewohnheiten auf der Liste</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Keine Gewohnheit mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation>Kein Medikament mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation>Keine Behandlung mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Stellen: {sites}</translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation>Die für {day} notierte Füllung der Baclofen-Pumpe ist noch nicht eingetragen. Tragen Sie sie danach unter Behandlungen ein.</translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation>Der Tag: {side_effects}</translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation>Haken Sie sie nach der Einnahme in MSLog ab oder lassen Sie sich später erinnern.</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Zeit für {dose}</translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation>eine Einnahme gehört zu einem Medikament</translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation>geben Sie mindestens eine Uhrzeit an oder wählen Sie „bei Bedarf“</translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation>ein Medikament bei Bedarf hat keine festen Uhrzeiten</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>höchstens 24 Uhrzeiten am Tag</translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation>um {time}: {problem}</translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation>Einnahmen von {name} sind eingetragen; setzen Sie es stattdessen ab</translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation>geben Sie eine Uhrzeit als HH:MM an</translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation>liegt nach heute; tragen Sie eine Behandlung ein, wenn sie stattgefunden hat</translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation>gilt nur für eine Baclofen-Pumpe</translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation>liegt mehr als ein Jahr nach diesem Eintrag</translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation>ist kein Feld einer Behandlung</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation>gilt nicht für eine Dosisänderung der Baclofen-Pumpe</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation>gilt nicht für eine Füllung der Baclofen-Pumpe</translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation>gilt nicht für eine Botulinumtoxin-Injektion</translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation>gilt nicht für eine Physiotherapie-Sitzung</translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation>gilt nicht für andere Behandlungen</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>ist {length} Zeichen lang; höchstens {limit} passen</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>muss ein Datum mit Uhrzeit sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>muss ein Datum sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation>muss nach dem Tag des Beginns liegen ({day})</translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
        <translation>muss nach dem Tag dieses Eintrags liegen</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>darf höchstens {most} sein</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>muss größer als null sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>only a taken dose has a time</source>
        <translation>nur eine genommene Einnahme hat eine Uhrzeit</translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation>geben Sie an, was die Behandlung war</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} liegt noch in der Zukunft</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} liegt zu weit zurück</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} von %n Gewohnheit erledigt</numerusform>
            <numerusform>{done} von %n Gewohnheiten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation>{dose} bei Bedarf</translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation>{moment} liegt nicht am {day}</translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation>{moment} liegt noch in der Zukunft</translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation>{name} hat am {day} keine festen Einnahmen</translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation>{name} steht schon auf der Checkliste</translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation>{name} steht schon auf der Liste</translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation>{name} steht schon auf Ihrer Liste</translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation>{name} ist um {slot} nicht fällig</translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation>{name} {dose} um {times}</translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation>{name} {dose} bei Bedarf</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation>{schedule} ab {day}</translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation>{side_effects}: {note}</translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation>{slot} ist keine Einnahmezeit</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} von %n Einnahme genommen</numerusform>
            <numerusform>{taken} von %n Einnahmen genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation>{time} steht zweimal da; ändern oder entfernen Sie eine davon</translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation>{time} ist keine der Uhrzeiten</translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation>{time} muss volle Minuten haben</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value} ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation>{value} ist keine Uhrzeit; schreiben Sie sie als HH:MM</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keines von {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation>{value} liegt außerhalb des Tages (00:00 bis 23:59)</translation>
    </message>
</context>
<context>
    <name>ChecklistCommands</name>
    <message>
        <source>0 to 23 (default 4: 01:30 counts for the evening)</source>
        <translation>0 bis 23 (Standard 4: 01:30 zählt zum Abend davor)</translation>
    </message>
    <message>
        <source>A new diary day now starts at {time}.</source>
        <translation>Ein neuer Tagebuchtag beginnt jetzt um {time}.</translation>
    </message>
    <message>
        <source>A new diary day starts at {time}.</source>
        <translation>Ein neuer Tagebuchtag beginnt um {time}.</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>erledigt {time}</translation>
    </message>
    <message>
        <source>hour: {text} is not a whole hour from 0 to 23</source>
        <translation>hour: {text} ist keine volle Stunde von 0 bis 23</translation>
    </message>
    <message>
        <source>late, not ticked</source>
        <translation>verspätet, nicht abgehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht abgehakt</translation>
    </message>
    <message>
        <source>print a day&apos;s doses and self-care ticks</source>
        <translation>Einnahmen und Selbstfürsorge eines Tages anzeigen</translation>
    </message>
    <message>
        <source>show or set the hour a new diary day starts</source>
        <translation>die Uhrzeit anzeigen oder ändern, zu der ein neuer Tagebuchtag beginnt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>ausgelassen ({reason})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>genommen {time}</translation>
    </message>
    <message>
        <source>taken {time} (late)</source>
        <translation>genommen {time} (verspätet)</translation>
    </message>
    <message>
        <source>the diary day (default: today)</source>
        <translation>der Tagebuchtag (Standard: heute)</translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <comment>a day&apos;s heading and its progress line</comment>
        <translation>{day}: {progress}</translation>
    </message>
</context>
<context>
    <name>ChecklistForms</name>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Tag der Änderung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Nicht gespeichert. {field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Nicht gespeichert. {problem}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Stärke und Form</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Einnahmezeit</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistOperations</name>
    <message>
        <source>&apos;{name}&apos; is already at the end.</source>
        <translation>„{name}“ steht schon ganz unten.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation>„{name}“ steht schon ganz oben.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation>„{name}“ behält seinen Namen.</translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation>Gewohnheit „{name}“ hinzugefügt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation>„{name}“ ist nach unten gerückt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation>„{name}“ ist nach oben gerückt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for today. Undo with Ctrl+Z.</source>
        <translation>Heute keine Nebenwirkungen notiert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {day}. Undo with Ctrl+Z.</source>
        <translation>Keine Nebenwirkungen für {day} notiert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {dose}. Undo with Ctrl+Z.</source>
        <translation>Keine Nebenwirkungen nach {dose} notiert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation>Die Bedarfsdosis ist entfernt. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation>{name} ist von der Checkliste entfernt. Frühere Haken bleiben. „Zurück“ holt es wieder.</translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation>Gewohnheit „{old}“ heißt jetzt „{new}“. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation>Gespeichert: {name} um {time}.</translation>
    </message>
    <message>
        <source>Side effects of today: {effects}. Undo with Ctrl+Z.</source>
        <translation>Nebenwirkungen heute: {effects}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Side effects of {day}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Nebenwirkungen am {day}: {effects}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Side effects of {dose}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Nebenwirkungen nach {dose}: {effects}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Hinzufügen der Gewohnheit „{name}“</translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Bedarfsdosis</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>„{name}“ nach unten</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>„{name}“ nach oben</translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Entfernen einer Bedarfsdosis</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Entfernen von {name}</translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Umbenennen von „{old}“ in „{new}“</translation>
    </message>
    <message>
        <source>side effects of today</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Nebenwirkungen von heute</translation>
    </message>
    <message>
        <source>side effects of {day}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Nebenwirkungen am {day}</translation>
    </message>
    <message>
        <source>side effects of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Nebenwirkungen nach {dose}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Auslassen von {dose}</translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Abhaken von {dose}</translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Abhaken von {name}</translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Haken weg bei {dose}</translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Haken weg bei {name}</translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation>{dose} ist wieder offen.</translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation>{dose}: ausgelassen. Sie können einen Grund angeben.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation>{dose}: genommen um {time}. War es früher, ändern Sie die Zeit.</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: erledigt.</translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation>{name}: nicht erledigt.</translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tick a dose when you take it. Unticking undoes it.</source>
        <translation>Haken Sie eine Einnahme ab, wenn Sie sie nehmen. Haken entfernen macht es rückgängig.</translation>
    </message>
    <message>
        <source>Ticks on a past day are saved as entered later.</source>
        <translation>Haken an einem vergangenen Tag werden als nachgetragen gespeichert.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Gestern · {day}</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>MSLog is still running</source>
        <translation>MSLog läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep working here in the tray. To quit, choose Quit MSLog from this icon&apos;s menu.</source>
        <translation>Erinnerungen kommen weiter, hier im Infobereich. Zum Beenden wählen Sie „MSLog beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: {text} ist keine lesbare Uhrzeit; bitte HH:MM oder YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: give a time, as HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: bitte eine Uhrzeit angeben, als HH:MM oder YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: {day} is outside the days a diary keeps</source>
        <translation>--at: {day} liegt außerhalb der Tage, die ein Tagebuch führt</translation>
    </message>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} gab es hier nicht: In der Nacht wurde die Uhr %n Minute vorgestellt; bitte die Zeit angeben, die die Uhr zeigte (etwa {later})</numerusform>
            <numerusform>--at: {time} gab es hier nicht: In der Nacht wurde die Uhr %n Minuten vorgestellt; bitte die Zeit angeben, die die Uhr zeigte (etwa {later})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at: {time} did not happen here: the clocks went forward an hour that night; give the time the clock showed (such as {later})</source>
        <translation>--at: {time} gab es hier nicht: In der Nacht wurde die Uhr um eine Stunde vorgestellt; bitte die Zeit angeben, die die Uhr zeigte (etwa {later})</translation>
    </message>
    <message>
        <source>--data-dir: give a folder</source>
        <translation>--data-dir: bitte einen Ordner angeben</translation>
    </message>
    <message>
        <source>--data-dir: {folder} is not a folder</source>
        <translation>--data-dir: {folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>--from: the first day is after the last day</source>
        <translation>--from: der erste Tag liegt nach dem letzten</translation>
    </message>
    <message>
        <source>MSLog, a private diary for MS spasms.</source>
        <translation>MSLog, ein privates Tagebuch für MS-Spasmen.</translation>
    </message>
    <message>
        <source>With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The
commands work in this terminal and never open the window; `mslog COMMAND --help` tells
more about each.

environment:
  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given

Your diary stays on this computer: MSLog sends nothing anywhere.</source>
        <comment>the end of `mslog --help`; keep its line breaks short (under 80 characters)</comment>
        <translation>Ohne COMMAND öffnet MSLog sein Fenster (`mslog` oder `mslog --data-dir PATH`).
Die Befehle laufen in diesem Terminal und öffnen nie das Fenster;
`mslog COMMAND --help` sagt mehr zu jedem.

Umgebung:
  MSLOG_DATA_DIR  der Ordner mit dem Tagebuch, wenn --data-dir fehlt

Ihr Tagebuch bleibt auf diesem Computer: MSLog sendet nichts irgendwohin.</translation>
    </message>
    <message>
        <source>folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)</source>
        <translation>Ordner mit dem Tagebuch (Standard: $MSLOG_DATA_DIR oder Ihr Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>mslog {command}: error: {problem}</source>
        <translation>mslog {command}: Fehler: {problem}</translation>
    </message>
    <message>
        <source>mslog: error: {problem}</source>
        <translation>mslog: Fehler: {problem}</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>eines von: {keys}</translation>
    </message>
    <message>
        <source>one of: {keys} (repeatable)</source>
        <translation>eines von: {keys} (wiederholbar)</translation>
    </message>
    <message>
        <source>{option}: cannot read {text} as a date; use YYYY-MM-DD</source>
        <translation>{option}: {text} ist kein lesbares Datum; bitte YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{option}: give a file name</source>
        <translation>{option}: bitte einen Dateinamen angeben</translation>
    </message>
    <message>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}: den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>{option}: unknown value {text} (choose from {known})</source>
        <translation>{option}: unbekannter Wert {text} (wählen Sie aus {known})</translation>
    </message>
    <message>
        <source>{option}: {day} is too far ahead; give a day up to {latest}</source>
        <translation>{option}: {day} liegt zu weit in der Zukunft; bitte einen Tag bis {latest}</translation>
    </message>
    <message>
        <source>{option}: {day} is too long ago; a diary starts in 1970 at the earliest</source>
        <translation>{option}: {day} ist zu lange her; ein Tagebuch beginnt frühestens 1970</translation>
    </message>
    <message>
        <source>{option}: {path} does not exist</source>
        <translation>{option}: {path} gibt es nicht</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder; give a file name inside it</source>
        <translation>{option}: {path} ist ein Ordner; bitte einen Dateinamen darin angeben</translation>
    </message>
    <message>
        <source>{option}: {path} is not a regular file</source>
        <translation>{option}: {path} ist keine normale Datei</translation>
    </message>
    <message>
        <source>{option}: {text} is not a whole number</source>
        <translation>{option}: {text} ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>CueBar</name>
    <message>
        <source>Step progress</source>
        <translation>Fortschritt des Schritts</translation>
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
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation>Wie war gestern?</translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation>Wie war {day}?</translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation>ist kein Feld des Rückblicks</translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation>muss eine Liste von Punkten sein, kein Text</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation>muss eine Uhrzeit als HH:MM sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation>muss zwischen 0 und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation>der Rückblick gilt für {day}, nicht für {other}</translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation>unbekannter Punkt {value}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} liegt noch in der Zukunft</translation>
    </message>
</context>
<context>
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Ein neues Tagebuch</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>Es wurde kein neues Tagebuch begonnen</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog hat einen Schaden in Ihrem Tagebuch gefunden</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Ihre beschädigte Tagebuchdatei bleibt unverändert erhalten als {file}. Das neue Tagebuch ist leer.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Eine geprüfte Kopie Ihres Tagebuchs (%n Eintrag) ist gespeichert in
{folder}</numerusform>
            <numerusform>Eine geprüfte Kopie Ihres Tagebuchs (%n Einträge) ist gespeichert in
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sicherung nicht erstellt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Abgebrochen. Ihr Tagebuch ist wie vorher.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Abbrechen importiert nichts: Ihr Tagebuch bleibt genau, wie es ist.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Abbrechen ändert jetzt nichts: Ihr Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Einträge aus einem MSLog-Export importieren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Einträge werden importiert</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>MSLog-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Nichts wurde wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Ihr Tagebuch enthält jetzt %n Eintrag aus der Sicherung.</numerusform>
            <numerusform>Ihr Tagebuch enthält jetzt die %n Einträge aus der Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Ihr Tagebuch, wie es eben noch war, ist ebenfalls als Sicherung erhalten. Sie können es genauso wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>Calendar: pick a day to see</source>
        <translation>Kalender: einen Tag zum Ansehen wählen</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
</context>
<context>
    <name>DayStart</name>
    <message>
        <source>must be a whole hour, not {value}</source>
        <translation>muss eine volle Stunde sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 23, not {value}</source>
        <translation>muss zwischen 0 und 23 liegen, nicht {value}</translation>
    </message>
</context>
<context>
    <name>DaySteps</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Tag danach  ▶</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Den Tag danach zeigen</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Den Tag davor zeigen</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <comment>a button&apos;s name and its shortcut</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Tag davor</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation>Den Rückblick ändern</translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation>Nebenwirkungen ändern: {effects}</translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation>Die Zeit des Spasmus um {time} ändern</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Ändern, wann {dose} genommen wurde</translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation>{treatment} ändern</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Den Spasmus um {time} löschen</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation>{treatment} löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation>Details des Spasmus um {time} ändern</translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation>Erledigte Gewohnheiten</translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation>{dose} als ausgelassen markieren</translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation>{dose} als genommen markieren</translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation>{habit} als erledigt markieren</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Nicht abgehakt</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>An diesem Tag wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Grund…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation>Bedarfsdosis {name} entfernen</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation>Bedarfsdosis {name} um {time} entfernen</translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation>Nebenwirkungen entfernen: {effects}</translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation>Die Dehneinheit um {time} entfernen</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Nebenwirkungen nach {dose}</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Nebenwirkungen…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation>
            <numerusform>Spasmen · %n</numerusform>
            <numerusform>Spasmen · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Haken weg</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Haken bei {dose} entfernen</translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation>Haken bei {habit} entfernen</translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation>Warum {dose} ausgelassen wurde</translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation>{dose} um {time}</translation>
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
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n Wert in Ihrem Tagebuch ist kein gültiger Text (UTF-8), daher werden die unlesbaren Bytes ersetzt angezeigt (durch U+FFFD); alles andere ist wie gespeichert, und das Tagebuch selbst wurde nicht geändert.</numerusform>
            <numerusform>%n Werte in Ihrem Tagebuch sind kein gültiger Text (UTF-8), daher werden die unlesbaren Bytes ersetzt angezeigt (durch U+FFFD); alles andere ist wie gespeichert, und das Tagebuch selbst wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>Unter {file} lässt sich kein neues Tagebuch anlegen: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>Der Datenordner {folder} lässt sich nicht verwenden: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog kann im Ordner {folder} nicht speichern ({reason}). Nichts wurde geändert. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog kann nicht in Ihre Tagebuchdatei {file} speichern ({reason}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog konnte unter {file} kein neues Tagebuch anlegen: Der Datenträger ist voll. Nichts ist halb angelegt und nichts ging verloren; schaffen Sie etwas Platz und starten Sie MSLog dann erneut.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog konnte Ihr Tagebuch nicht speichern oder lesen ({reason}). Nichts ging verloren und nichts wurde halb gespeichert. Prüfen Sie, ob der Datenträger freien Platz hat und der Datenordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog konnte nicht in Ihr Tagebuch speichern: Der Datenträger ist voll. Nichts ging verloren und nichts wurde halb gespeichert; schaffen Sie etwas Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog muss das Format Ihres Tagebuchs aktualisieren, konnte aber vorher keine Sicherheitskopie speichern, daher wurde nichts geändert. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>Der Datenordner {folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein defekter Verweis</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt (ihre Formatnummer {version} hat MSLog nie geschrieben)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (ein anderes Programm hat sie als eigene markiert: Kennung {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (ihr fehlt die Markierung, die jedes MSLog-Tagebuch dieses Formats hat)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch oder ein beschädigtes ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>sie enthält eine Tabelle, die MSLog nie anlegt: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>ihre Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>ihre Tabellen {tables} fehlen</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>die Spalten ihrer Tabelle {table} sind nicht die, die MSLog anlegt</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>das neue Tagebuch wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} ist kein lesbares MSLog-Tagebuch ({reason}). Es wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>the side effects of today</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>Wann haben Sie {dose} genommen?</translation>
    </message>
    <message>
        <source>reason for {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>Grund für {dose}</translation>
    </message>
    <message>
        <source>time of {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>Zeit von {dose}</translation>
    </message>
    <message>
        <source>{dose}: skipped, no reason given. Undo with Ctrl+Z.</source>
        <translation>{dose}: ausgelassen, ohne Grund. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. Undo with Ctrl+Z.</source>
        <translation>{dose}: ausgelassen: {reason}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Undo with Ctrl+Z.</source>
        <translation>{dose}: genommen um {time}. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Ändern, wann {dose} genommen wurde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason for skipping {dose}</source>
        <translation>Grund für das Auslassen von {dose}</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Nebenwirkungen nach {dose}</translation>
    </message>
    <message>
        <source>Side effects ✓</source>
        <translation>Nebenwirkungen ✓</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Nebenwirkungen…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip {dose}</source>
        <translation>{dose} auslassen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Tick {dose} as taken</source>
        <translation>{dose} als genommen abhaken</translation>
    </message>
    <message>
        <source>Time…</source>
        <translation>Zeit…</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Haken bei {dose} entfernen</translation>
    </message>
    <message>
        <source>{dose} (no longer scheduled)</source>
        <translation>{dose} (nicht mehr geplant)</translation>
    </message>
    <message>
        <source>{state} · side effects: {effects}</source>
        <translation>{state} · Nebenwirkungen: {effects}</translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Genommen</translation>
    </message>
</context>
<context>
    <name>DoseRows</name>
    <message>
        <source>Late: due at {time}</source>
        <translation>Verspätet: fällig um {time}</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Noch nicht abgehakt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Skipped · entered later</source>
        <translation>Ausgelassen · nachgetragen</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Ausgelassen: {reason} · nachgetragen</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Genommen um {time}</translation>
    </message>
    <message>
        <source>Taken at {time} · entered later</source>
        <translation>Genommen um {time} · nachgetragen</translation>
    </message>
    <message>
        <source>Taken at {time} · late</source>
        <translation>Genommen um {time} · verspätet</translation>
    </message>
    <message>
        <source>Taken at {time} · late · entered later</source>
        <translation>Genommen um {time} · verspätet · nachgetragen</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Add the medication first, under Your medications.</source>
        <translation>Tragen Sie das Medikament zuerst unter „Ihre Medikamente“ ein.</translation>
    </message>
    <message>
        <source>Add your medications below to tick off each dose here.</source>
        <translation>Tragen Sie unten Ihre Medikamente ein, um hier jede Einnahme abzuhaken.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No doses are scheduled for this day.</source>
        <translation>Für diesen Tag ist keine Einnahme geplant.</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Notiz ✓</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Side effects that day (optional)</source>
        <translation>Nebenwirkungen an diesem Tag (optional)</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Nebenwirkungen heute</translation>
    </message>
    <message>
        <source>Side effects today (optional)</source>
        <translation>Nebenwirkungen heute (optional)</translation>
    </message>
    <message>
        <source>Side effects today: add a note</source>
        <translation>Nebenwirkungen heute: Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Bei Bedarf eingenommen…</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
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
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog hat ein Problem mit Ihrer Tagebuchdatei gefunden: {file} {problem}. Daher speichert MSLog nicht mehr darin, damit es nicht schlimmer wird. Stellen Sie Ihre neueste intakte Sicherung wieder her, um weiterzumachen.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Dieses Tagebuch wurde von einer neueren MSLog-Version gespeichert (Datenformat {found}; diese Version versteht bis {supported}). Es wurde nicht geändert. Bitte aktualisieren Sie MSLog, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Ihre Tagebuchdatei {file} {problem}, daher hat MSLog sie nicht geöffnet. Sie ließ sich nicht beiseitelegen und wurde darum genau so gelassen, wie sie war.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Ihre Tagebuchdatei {file} {problem}, daher hat MSLog sie nicht geöffnet. Sie bleibt unverändert erhalten als {copy}.</translation>
    </message>
</context>
<context>
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Geplant: {habit} für %n Woche ab {day}, Wochen {order}. Strg+Z entfernt den Plan.</numerusform>
            <numerusform>Geplant: {habit} für %n Wochen ab {day}, Wochen {order}. Strg+Z entfernt den Plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation>Der Versuch mit {habit} ist beendet. Die Tage bisher zählen für das Ergebnis. Strg+Z lässt ihn weiterlaufen.</translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Plan, {habit} auszuprobieren</translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Ende des Versuchs mit {habit}</translation>
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
    <name>FactorRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>{name} aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} umbenennen</translation>
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
    <name>FigureWords</name>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>{description}. {side}</source>
        <translation>{description}. {side}</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>hier fehlt ein Komma (,)</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>hier fehlt ein Doppelpunkt (:)</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>hier fehlt ein Feldname in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>nach dem Ende folgen noch weitere Daten</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>überzähliges Komma vor dem Ende der Liste</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>überzähliges Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz (\)</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Sequenz</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>Text ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>eine Liste [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>ein Objekt {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>Byte {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>enthält eine Zahl mit {digits} Ziffern; höchstens {most} passen</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein Ordner; geben Sie eine normale Datei an</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist eine Pipe oder ein Gerät, keine Datei; geben Sie eine normale Datei an</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist größer als {size}, das Höchste, was MSLog liest</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>ist kein gültiger Text (enthält ein Zeichen, das nicht UTF-8 ist)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>Schlüsselhaltungen</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>muss eine Liste [...] sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>muss ein Objekt {{...}} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>muss mindestens {low} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>muss mindestens {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>darf höchstens {high} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>darf höchstens {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>muss zwischen {low} und {high} {unit} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>muss {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>muss {low} bis {high} Zeichen lang sein, nicht {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>muss mindestens {low} {noun} haben, nicht {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>muss {low} bis {high} {noun} haben, nicht {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>unbekanntes Feld (erwartet wird eines von: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} oder {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} ist keine Zahl, die MSLog annimmt</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
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
    <name>HabitNameDialog</name>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Move {habit} down</source>
        <translation>{habit} nach unten</translation>
    </message>
    <message>
        <source>Move {habit} up</source>
        <translation>{habit} nach oben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {habit} from the checklist</source>
        <translation>{habit} von der Liste nehmen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename {habit}</source>
        <translation>{habit} umbenennen</translation>
    </message>
    <message>
        <source>ticked later</source>
        <translation>nachgetragen</translation>
    </message>
    <message>
        <source>{habit}, done</source>
        <translation>{habit}, erledigt</translation>
    </message>
    <message>
        <source>{habit}, not done yet</source>
        <translation>{habit}, noch offen</translation>
    </message>
    <message>
        <source>{time} · stretch session</source>
        <translation>{time} · Dehnen</translation>
    </message>
</context>
<context>
    <name>HabitsCard</name>
    <message>
        <source>Add a habit</source>
        <translation>Gewohnheit hinzufügen</translation>
    </message>
    <message>
        <source>Add a habit…</source>
        <translation>Gewohnheit hinzufügen…</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Liste ändern</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>New name for {habit}:</source>
        <translation>Neuer Name für {habit}:</translation>
    </message>
    <message>
        <source>Rename a habit</source>
        <translation>Gewohnheit umbenennen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <source>What do you want to tick off each day?</source>
        <translation>Was möchten Sie jeden Tag abhaken?</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Wählen Sie einen Tag, um alles davon zu sehen. Änderungen lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute zeigen</translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation>Gestern zeigen</translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation>Angezeigt: {day}.</translation>
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
        <source>today</source>
        <comment>side effects of today</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation>{moved} Er steht jetzt im Tagebuch vom {day}. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <source> · </source>
        <comment>between the parts of an entry</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the day factors listed</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>After midnight</source>
        <translation>Nach Mitternacht</translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation>Alle Spasmen des Tages sind eingetragen</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>An dem Tag keine Spasmen</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Nicht durch Spasmen aufgewacht</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Schmerz {value} von 10</translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation>Schlaf: mittel</translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation>Schlaf: gut</translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation>Schlaf: schlecht</translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation>Schlaf: {quality}</translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation>Spastik {value} von 10</translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation>An dem Tag: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>%n-mal aufgewacht</numerusform>
            <numerusform>%n-mal aufgewacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3-mal oder öfter aufgewacht</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Einmal aufgewacht</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Zweimal aufgewacht</translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation>nächste Füllung {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation>ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation>genommen</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation>genommen um {time}</translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation>{dose} (bei Bedarf)</translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation>{dose}: {state}</translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation>{habit}: nicht abgehakt</translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation>{relative} · {day}</translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation>{state} (nachgetragen)</translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation>{treatment}: {details}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation>„{note}“</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n war schon in Ihrem Tagebuch</numerusform>
            <numerusform>%n waren schon in Ihrem Tagebuch</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(oberste Ebene)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>%n neuer Spasmus-Eintrag importiert</numerusform>
            <numerusform>%n neue Spasmus-Einträge importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>Die Datei {problem}. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>Es war kein Platz, die Einträge der Datei zwischenzuspeichern ({reason}). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>ein MSLog-Export ist ein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>und %n weiterer Datensatz</numerusform>
            <numerusform>und %n weitere Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>erwartet {expected}, gefunden {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>enthält ungültige Base64-Daten</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine Tabelle, die MSLog kennt</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine Zeit, die MSLog speichern kann</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine gültige Kennung</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>muss ein Tag als JJJJ-MM-TT sein, nicht {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>muss eine Liste aus %n Wert sein</numerusform>
            <numerusform>muss eine Liste aus %n Werten sein</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>muss eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>muss ein einfacher Wert sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>darf nicht leer sein (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>nennt eine Spalte zweimal</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>verweist auf {table} {id}, das nicht in der Datei ist</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>wiederholt die Kennung eines früheren Eintrags</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>wiederholt eine frühere Kennung</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>das Tagebuch hat es abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>{column} fehlt</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} ist kein Feld</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{imported} ({other}).</source>
        <translation>{imported} ({other}).</translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message>
        <source>{imported}; {already} ({other}).</source>
        <comment>the parts: “Imported 2 new spasm entries”, “3 were already in your diary”, “and 4 other records”</comment>
        <translation>{imported}; {already} ({other}).</translation>
    </message>
    <message>
        <source>{imported}; {already}.</source>
        <translation>{imported}; {already}.</translation>
    </message>
    <message>
        <source>{offset} minutes is not an offset a time zone uses (from {low} to {high})</source>
        <translation>{offset} Minuten sind kein Versatz, den eine Zeitzone verwendet (von {low} bis {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} ist keine gültige Version</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} ist keine Version, die MSLog liest</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}: Die Datei stammt von einem neueren MSLog; aktualisieren Sie zuerst MSLog</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}: {problem}. Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message>
        <source>--from: that day is too long ago</source>
        <translation>--from: dieser Tag ist zu lange her</translation>
    </message>
    <message>
        <source>--from: {first} is after the last day, {last}</source>
        <translation>--from: {first} liegt nach dem letzten Tag, {last}</translation>
    </message>
    <message>
        <source>--to: {day} is still to come</source>
        <translation>--to: {day} liegt noch in der Zukunft</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <comment>how the comparison was made</comment>
        <translation>Methode: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Noch zu wenige Tage (mindestens %n vollständiger Tag mit und %n ohne): {factors}.</numerusform>
            <numerusform>Noch zu wenige Tage (mindestens %n vollständige Tage mit und %n ohne): {factors}.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare days with and without each check-in factor, habit, stretching and dose</source>
        <translation>Tage mit und ohne jeden Faktor, jede Gewohnheit, Dehnen und Einnahme vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>erster Tag (Standard: vor %n Tag)</numerusform>
            <numerusform>erster Tag (Standard: vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>die Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <source>spasms: {comparison}</source>
        <translation>Spasmen: {comparison}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind, its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
</context>
<context>
    <name>KeyNumbers</name>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n Punkt</numerusform>
            <numerusform>+%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>A complete day is one the daily check-in says had every spasm logged (or none); days with nothing logged or said are unknown and never counted as calm. NRS, nights woken and pain are the person&apos;s own daily check-in answers (3 nights woken means three or more). The {mark} % mark: the change in the daily NRS that trials treat as meaningful. Changes compare the two periods only; they do not show a cause. Means are compared only with {days} days or more in each period. {before}: before the diary began; –: nothing to rest on. Nothing here is a clinical assessment.</source>
        <translation>Ein vollständiger Tag ist einer, an dem laut täglichem Rückblick jeder Spasmus eingetragen wurde (oder keiner war); Tage ohne Eintrag und ohne Angabe sind unbekannt und zählen nie als ruhig. NRS, nächtliches Aufwachen und Schmerz sind die eigenen Angaben der Person im täglichen Rückblick (3 Mal aufgewacht heißt dreimal oder öfter). Die {mark}-%-Marke: die Änderung der täglichen NRS, die Studien als bedeutsam ansehen. Änderungen vergleichen nur die beiden Zeiträume; sie zeigen keine Ursache. Mittelwerte werden nur mit {days} oder mehr Tagen je Zeitraum verglichen. {before}: vor Beginn des Tagebuchs; –: keine Grundlage. Nichts hiervon ist eine klinische Beurteilung.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Tage mit Dehnen</translation>
    </message>
    <message>
        <source>Pain (0–10), daily mean</source>
        <translation>Schmerz (0–10), Tagesmittel</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplante Dosen genommen</translation>
    </message>
    <message>
        <source>Spasms per complete day</source>
        <translation>Spasmen je vollständigem Tag</translation>
    </message>
    <message>
        <source>Spasms per day with entries</source>
        <translation>Spasmen je Tag mit Einträgen</translation>
    </message>
    <message>
        <source>Spasticity NRS (0–10), daily mean</source>
        <translation>Spastik-NRS (0–10), Tagesmittel</translation>
    </message>
    <message>
        <source>Times woken by spasms a night</source>
        <translation>Nachts wach durch Spasmen</translation>
    </message>
    <message>
        <source>no % change from 0</source>
        <translation>keine %-Änderung von 0 aus</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>{change} (reaches the {mark} % mark)</source>
        <translation>{change} (erreicht die {mark}-%-Marke)</translation>
    </message>
    <message>
        <source>{change} (under the {mark} % mark)</source>
        <translation>{change} (unter der {mark}-%-Marke)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} von %n Tag</numerusform>
            <numerusform>{count} von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} an %n vollständigen Tag</numerusform>
            <numerusform>{mean} an %n vollständigen Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} an %n Tag</numerusform>
            <numerusform>{mean} an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} an %n Tag (keiner vollständig: Spasmen können fehlen)</numerusform>
            <numerusform>{mean} an %n Tagen (keiner vollständig: Spasmen können fehlen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} an %n Tag (nur {complete} vollständig: Spasmen können fehlen)</numerusform>
            <numerusform>{mean} an %n Tagen (nur {complete} vollständig: Spasmen können fehlen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} in %n Nacht</numerusform>
            <numerusform>{mean} in %n Nächten</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent} % ({taken} von {due})</translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (weniger als %n vollständiger Tag in einem Zeitraum)</numerusform>
            <numerusform>– (weniger als %n vollständige Tage in einem Zeitraum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (weniger als %n Tag in einem Zeitraum)</numerusform>
            <numerusform>– (weniger als %n Tage in einem Zeitraum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (weniger als %n Tag mit Wertung in einem Zeitraum)</numerusform>
            <numerusform>– (weniger als %n Tage mit Wertung in einem Zeitraum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (weniger als %n fällige Dosis in einem Zeitraum)</numerusform>
            <numerusform>– (weniger als %n fällige Dosen in einem Zeitraum)</numerusform>
        </translation>
    </message>
    <message>
        <source>– (no day with entries)</source>
        <translation>– (kein Tag mit Einträgen)</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (noch keine Dosis erfasst)</translation>
    </message>
    <message>
        <source>– (no rating)</source>
        <translation>– (keine Wertung)</translation>
    </message>
    <message>
        <source>– (not answered)</source>
        <translation>– (nicht beantwortet)</translation>
    </message>
    <message>
        <source>– (nothing before the diary)</source>
        <translation>– (vor dem Tagebuch)</translation>
    </message>
    <message>
        <source>– (the previous period began before the diary)</source>
        <translation>– (der vorige Zeitraum begann vor dem Tagebuch)</translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n Punkt</numerusform>
            <numerusform>−%n Punkte</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Jeder Balken umfasst %n Tag: kräftig bis zum niedrigsten Wert, blass bis zum höchsten.</numerusform>
            <numerusform>Jeder Balken umfasst %n Tage: kräftig bis zum niedrigsten Wert, blass bis zum höchsten.</numerusform>
        </translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About MSLog</source>
        <translation>Über &amp;MSLog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Log a spasm now</source>
        <translation>Spasmus jetzt ein&amp;tragen</translation>
    </message>
    <message>
        <source>&amp;Print / save report…</source>
        <translation>Bericht &amp;drucken / speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private diary for multiple sclerosis spasms, stretching and medication.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;MSLog records and summarises; it is not medical advice. Talk to your clinician before changing any treatment.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein privates Tagebuch für Spasmen, Dehnen und Medikamente bei Multipler Sklerose.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer, außer Sie exportieren es.&lt;/p&gt;&lt;p&gt;MSLog hält fest und fasst zusammen; es ist keine medizinische Beratung. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie eine Behandlung ändern.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MSLog</source>
        <translation>Über MSLog</translation>
    </message>
    <message>
        <source>Checklists</source>
        <comment>tab</comment>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Choose text size and colours…</source>
        <translation>Textgröße und Farben wählen…</translation>
    </message>
    <message>
        <source>Drawing your trends…</source>
        <translation>Ihre Trends werden gezeichnet…</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>tab</comment>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>Saved at {time}. Details can wait.</source>
        <translation>Gespeichert um {time}. Details können warten.</translation>
    </message>
    <message>
        <source>Spasm logged</source>
        <translation>Spasmus eingetragen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <comment>tab</comment>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Trends</source>
        <comment>tab</comment>
        <translation>Trends</translation>
    </message>
</context>
<context>
    <name>MedicationChanges</name>
    <message>
        <source>new schedule from {day}</source>
        <translation>neuer Plan ab {day}</translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation>Erinnerungen aus</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>umbenannt in {name}</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation>{schedule} ab {day}</translation>
    </message>
</context>
<context>
    <name>MedicationDetail</name>
    <message>
        <source> · </source>
        <comment>between the parts of a medication&apos;s line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between times of day</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>At {times}</source>
        <comment>times of day</comment>
        <translation>Um {times}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Beginnt am {day}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Taken when needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>keine Erinnerungen</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>3 times a day</source>
        <translation>3-mal täglich</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4-mal täglich</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Menge je Einnahme</translation>
    </message>
    <message>
        <source>At set times each day</source>
        <translation>Täglich zu festen Zeiten</translation>
    </message>
    <message>
        <source>Change applies from</source>
        <translation>Änderung gilt ab</translation>
    </message>
    <message>
        <source>Change {medication}</source>
        <translation>{medication} ändern</translation>
    </message>
    <message>
        <source>Choose or type any name</source>
        <translation>Auswählen oder Namen eingeben</translation>
    </message>
    <message>
        <source>Enter the medication as prescribed. MSLog only keeps a record; it never suggests doses.</source>
        <translation>Tragen Sie das Medikament so ein, wie es verordnet ist. MSLog hält nur fest; es schlägt nie Dosen vor.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Tragen Sie ein, was Ihnen verordnet wurde. Eine Änderung gilt ab dem gewählten Tag; frühere Tage behalten, was damals galt.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Erinnern, wenn eine Einnahme ansteht</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Bisher: {history}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Stärke und Form</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>how a medication is taken</comment>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Times and amounts</source>
        <translation>Zeiten und Mengen</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Zweimal täglich</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>wie verordnet</translation>
    </message>
    <message>
        <source>capsules</source>
        <translation>Kapseln</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>Tropfen</translation>
    </message>
    <message>
        <source>e.g. tablets, liquid, spray</source>
        <translation>z. B. Tabletten, Saft, Spray</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>patches</source>
        <translation>Pflaster</translation>
    </message>
    <message>
        <source>sprays</source>
        <translation>Sprühstöße</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>Tabletten</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>at {time}, {text} is not a number</source>
        <translation>um {time}: {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Change {medication}</source>
        <translation>{medication} ändern</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>{medication} absetzen</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Absetzen…</translation>
    </message>
</context>
<context>
    <name>MedicationOperations</name>
    <message>
        <source>, </source>
        <comment>between the changes listed</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Added {medication}. Undo with Ctrl+Z.</source>
        <comment>{medication}: name and schedule</comment>
        <translation>Hinzugefügt: {medication}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation>{name} geändert: {changes}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation>Für {name} hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Hinzufügen von {name}</translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Änderung von {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Absetzen von {name}</translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation>{name} ist ab {day} abgesetzt. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Medikament hinzufügen…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog hält fest, was Ihnen verordnet wurde und was Sie genommen haben. Es schlägt nie Dosen vor: Sprechen Sie mit Ihrem Behandlungsteam, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation>Noch keine Medikamente.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Ihre Medikamente</translation>
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
    <name>NoteHits</name>
    <message>
        <source>{day}, {time}</source>
        <comment>a diary day and a clock time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{day}, {time} after midnight</source>
        <comment>the night after the diary day</comment>
        <translation>{day}, {time} nach Mitternacht</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n Eintrag enthält „{words}“, die neuesten %n stehen hier. Eingabe oder Klick öffnet den Tag.</numerusform>
            <numerusform>%n Einträge enthalten „{words}“, die neuesten %n stehen hier. Eingabe oder Klick öffnet den Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n Eintrag enthält „{words}“. Eingabe oder Klick öffnet den Tag.</numerusform>
            <numerusform>%n Einträge enthalten „{words}“. Eingabe oder Klick öffnet den Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation>Keine Notiz enthält „{words}“.</translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation>Gefundene Notizen: Eingabe öffnet den Tag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>In Ihren Notizen suchen</translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation>Notizen zu Spasmen, Behandlungen und Nebenwirkungen aller Tage.</translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation>Tippen Sie ein, zwei Wörter aus einer Notiz, dann Eingabe.</translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation>Wörter aus einer Notiz</translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation>Wörter, die in Ihren Notizen gesucht werden</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n teilweise gemacht</numerusform>
            <numerusform>%n teilweise gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: each movement is shown, timed and announced.</source>
        <translation>Eine geführte Übungsfolge: Jede Bewegung wird gezeigt, gezeitet und angesagt.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; this makes your own copy to change</source>
        <translation>Mitgelieferte Programme bleiben, wie sie sind; so entsteht Ihre eigene Kopie zum Ändern</translation>
    </message>
    <message>
        <source>Change the steps, times and rests</source>
        <translation>Schritte, Zeiten und Pausen ändern</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Kopieren und ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Move slowly into each stretch and hold it still: no bouncing. A gentle pull is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new stretches with your physiotherapist.</source>
        <translation>Gehen Sie langsam in jede Dehnung und halten Sie sie ruhig, ohne zu wippen. Ein leichtes Ziehen ist richtig, Schmerz nicht. Hören Sie auf, wenn es wehtut oder einen starken Spasmus auslöst. Besprechen Sie neue Dehnungen mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Einheiten</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Some routine files could not be read and were left out:
{files}</source>
        <translation>Einige Programmdateien ließen sich nicht lesen und wurden weggelassen:
{files}</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Speak each step</source>
        <translation>Schritte ansagen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start  ·  {length}</source>
        <translation>Start  ·  {length}</translation>
    </message>
    <message>
        <source>Start the chosen routine (Enter)</source>
        <translation>Das gewählte Programm starten (Eingabe)</translation>
    </message>
    <message>
        <source>Start {routine}, {length} minutes</source>
        <translation>{routine} starten, {length} Minuten</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Your sessions will appear here.</source>
        <translation>Ihre Einheiten erscheinen hier.</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (Ihres)</translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}: {done} von %n Schritt</numerusform>
            <numerusform>{outcome}: {done} von %n Schritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>Habit to try</source>
        <translation>Gewohnheit zum Ausprobieren</translation>
    </message>
    <message>
        <source>Next Monday, {day}</source>
        <translation>Nächsten Montag, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>%n Woche planen</numerusform>
            <numerusform>Die %n Wochen planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Eine Gewohnheit %n Woche ausprobieren</numerusform>
            <numerusform>Eine Gewohnheit %n Wochen ausprobieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a habit in planned weeks: {half} weeks with it and {half} without, taking turns, in an order drawn at random. Tick it on the days you do it, and fill in the daily check-in. After the {weeks} weeks MSLog compares your spasms in the weeks with and without it: an association in your own diary, not proof.</source>
        <translation>Probieren Sie eine Gewohnheit in geplanten Wochen aus: {half} Wochen mit und {half} ohne, im Wechsel, in zufällig gezogener Reihenfolge. Haken Sie sie an den Tagen ab, an denen Sie sie machen, und füllen Sie den täglichen Rückblick aus. Nach den {weeks} Wochen vergleicht MSLog Ihre Spasmen in den Wochen mit und ohne: ein Zusammenhang in Ihrem eigenen Tagebuch, kein Beweis.</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n Sekunde · normal atmen</numerusform>
            <numerusform>%n Sekunden · normal atmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Another way to do it</source>
        <translation>Eine andere Möglichkeit</translation>
    </message>
    <message>
        <source>Another way: {variant}</source>
        <translation>Andere Möglichkeit: {variant}</translation>
    </message>
    <message>
        <source>Back to the step before, or restart this one (Left arrow)</source>
        <translation>Zurück zum vorigen Schritt oder diesen neu beginnen (Pfeil links)</translation>
    </message>
    <message>
        <source>End the session now; what you did is saved</source>
        <translation>Die Einheit jetzt beenden; was Sie gemacht haben, bleibt gespeichert</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc to leave</source>
        <translation>Ganzer Bildschirm (F11); Esc zum Verlassen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Get into position · {amount}</source>
        <translation>In Position gehen · {amount}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Paused. Press Resume (Space) when you are ready.</source>
        <translation>Pausiert. Drücken Sie „Fortsetzen“ (Leertaste), wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Überspringen  ▶</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Starting again in</source>
        <translation>Es geht weiter in</translation>
    </message>
    <message>
        <source>Starting again…</source>
        <translation>Es geht weiter…</translation>
    </message>
    <message>
        <source>Step skipped. Why? (optional)</source>
        <translation>Schritt übersprungen. Warum? (freiwillig)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Zurück</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: {doing}</source>
        <translation>Abbrechen: {doing}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>This cannot be stopped part-way; it will not be long.</source>
        <translation>Das lässt sich nicht mittendrin anhalten; es dauert nicht lange.</translation>
    </message>
    <message>
        <source>{doing}…</source>
        <comment>busy, without a measure of how far</comment>
        <translation>{doing}…</translation>
    </message>
    <message>
        <source>{doing}… {percent} %</source>
        <translation>{doing}… {percent} %</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why was it skipped?</source>
        <translation>Warum ausgelassen?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose}: Warum ausgelassen? (optional)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog konnte die Sicherung nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog konnte Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Neues Tagebuch beginnen</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Sie können ein neues, leeres Tagebuch beginnen.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Ihre Tagebuchdatei ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Ihre neueste intakte Sicherung ist vom {day} um {time} und enthält %n Eintrag. Sie wiederherzustellen ist meist die beste Wahl.</numerusform>
            <numerusform>Ihre neueste intakte Sicherung ist vom {day} um {time} und enthält %n Einträge. Sie wiederherzustellen ist meist die beste Wahl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefillBanner</name>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the pump refill reminder</source>
        <translation>Erinnerung ans Nachfüllen der Pumpe ausblenden</translation>
    </message>
    <message>
        <source>Once it is done, record it under Checklists ▸ Treatments.</source>
        <translation>Danach unter Checklisten ▸ Behandlungen eintragen.</translation>
    </message>
    <message>
        <source>Pump refill reminder</source>
        <translation>Erinnerung: Pumpe nachfüllen</translation>
    </message>
</context>
<context>
    <name>RefillReminderUi</name>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Baclofenpumpe nachfüllen</translation>
    </message>
    <message>
        <source>Baclofen pump refill: {due}</source>
        <translation>Baclofenpumpe nachfüllen: {due}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n Einnahme steht an</numerusform>
            <numerusform>%n Einnahmen stehen an</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose reminder</source>
        <translation>Erinnerung an Einnahme</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>Erinnerung ausblenden</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Zeit für {dose}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{dose}: reminding you again at {time}.</source>
        <translation>{dose}: Sie werden um {time} erneut erinnert.</translation>
    </message>
    <message>
        <source>{title}: {doses}.</source>
        <translation>{title}: {doses}.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip: {dose}</source>
        <translation>Auslassen: {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Später: {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Genommen: {dose}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n abgeschlossene Einheit</numerusform>
            <numerusform>%n abgeschlossene Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n Tag gezählt: {complete} vollständig, {partial} teilweise, {unknown} unbekannt</numerusform>
            <numerusform>%n Tage gezählt: {complete} vollständig, {partial} teilweise, {unknown} unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Appointment in this period: {visit}</source>
        <translation>Termin in diesem Zeitraum: {visit}</translation>
    </message>
    <message>
        <source>Body locations: {found}</source>
        <translation>Körperstellen: {found}</translation>
    </message>
    <message>
        <source>Busiest hour: {hours}.</source>
        <translation>Häufigste Stunde: {hours}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Complete days with / without</source>
        <translation>Vollständige Tage mit / ohne</translation>
    </message>
    <message>
        <source>Days with and without each factor (association, not proof)</source>
        <translation>Tage mit und ohne jeden Faktor (Zusammenhang, kein Beweis)</translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Tage mit Dehnen (eine Einheit oder eine Dehn-Gewohnheit): {count} von %n Tag.</numerusform>
            <numerusform>Tage mit Dehnen (eine Einheit oder eine Dehn-Gewohnheit): {count} von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Wie: {method}</translation>
    </message>
    <message>
        <source>Last before this period: {treatment}, {date}.</source>
        <translation>Zuletzt vor diesem Zeitraum: {treatment}, {date}.</translation>
    </message>
    <message>
        <source>Marked on spasms most often (number of spasms: a count, not a comparison)</source>
        <translation>Am häufigsten bei Spasmen markiert (Zahl der Spasmen: eine Zählung, kein Vergleich)</translation>
    </message>
    <message>
        <source>NRS with minus without (95&#xa0;% interval)</source>
        <translation>NRS mit minus ohne (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Next pump refill noted as due {date}.</source>
        <translation>Nächste Pumpenbefüllung vermerkt für {date}.</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>In diesem Zeitraum keine Spasmen eingetragen.</translation>
    </message>
    <message>
        <source>No trigger, body location or type marked on a spasm.</source>
        <translation>Bei keinem Spasmus ein Auslöser, eine Körperstelle oder eine Art markiert.</translation>
    </message>
    <message>
        <source>Notes from the diary (the most severe noted spasms)</source>
        <translation>Notizen aus dem Tagebuch (die stärksten Spasmen mit Notiz)</translation>
    </message>
    <message>
        <source>Penn frequency {level}</source>
        <translation>Penn-Frequenz {level}</translation>
    </message>
    <message>
        <source>Previous appointment: {visit}</source>
        <translation>Letzter Termin: {visit}</translation>
    </message>
    <message>
        <source>Previous period: {days}.</source>
        <translation>Vorheriger Zeitraum: {days}.</translation>
    </message>
    <message>
        <source>Rate ratio (95&#xa0;% interval)</source>
        <translation>Ratenverhältnis (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Self-care habits ticked (days): {habits}.</source>
        <translation>Abgehakte Gewohnheiten der Selbstfürsorge (Tage): {habits}.</translation>
    </message>
    <message>
        <source>Self-rated: this period {now}. Previous period {before}.</source>
        <translation>Selbsteinschätzung: dieser Zeitraum {now}. Vorheriger Zeitraum {before}.</translation>
    </message>
    <message>
        <source>Snow {level}</source>
        <translation>Snow {level}</translation>
    </message>
    <message>
        <source>Spasms a day, with vs without</source>
        <translation>Spasmen pro Tag, mit vs. ohne</translation>
    </message>
    <message>
        <source>Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}.</source>
        <translation>Dehneinheiten in MSLog: {completed} und {partial} vorzeitig beendet, an {days}.</translation>
    </message>
    <message>
        <source>Stretching and self-care</source>
        <translation>Dehnen und Selbstfürsorge</translation>
    </message>
    <message>
        <source>This period: {days}.</source>
        <translation>Dieser Zeitraum: {days}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Triggers: {found}</source>
        <translation>Auslöser: {found}</translation>
    </message>
    <message>
        <source>Types: {found}</source>
        <translation>Arten: {found}</translation>
    </message>
    <message>
        <source>before the diary began</source>
        <translation>vor Beginn des Tagebuchs</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>dem nächsten Tag</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>demselben Tag</translation>
    </message>
    <message>
        <source>{answers}; answered {date}</source>
        <translation>{answers}; beantwortet am {date}</translation>
    </message>
    <message>
        <source>{appointment}: {note}</source>
        <translation>{appointment}: {note}</translation>
    </message>
    <message>
        <source>{date} with {clinician}</source>
        <translation>{date} bei {clinician}</translation>
    </message>
    <message>
        <source>{date}: {treatment}</source>
        <comment>a treatment given</comment>
        <translation>{date}: {treatment}</translation>
    </message>
    <message>
        <source>{date}: {treatment} ({detail})</source>
        <comment>a treatment given, with its detail</comment>
        <translation>{date}: {treatment} ({detail})</translation>
    </message>
    <message>
        <source>{days} (today counts once it is over)</source>
        <translation>{days} (heute zählt, sobald der Tag vorbei ist)</translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}; %n Spasmus eingetragen</numerusform>
            <numerusform>{days}; %n Spasmen eingetragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} von %n eingetragenen Spasmus ({share} %) war nachts, zwischen {evening} und {morning} Ortszeit.</numerusform>
            <numerusform>{night} von %n eingetragenen Spasmen ({share} %) war nachts, zwischen {evening} und {morning} Ortszeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} von %n eingetragenen Spasmus ({share} %) waren nachts, zwischen {evening} und {morning} Ortszeit.</numerusform>
            <numerusform>{night} von %n eingetragenen Spasmen ({share} %) waren nachts, zwischen {evening} und {morning} Ortszeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)</source>
        <translation>{percent} % ({taken} von {due}; {skipped} ausgelassen, {missing} nicht erfasst)</translation>
    </message>
    <message>
        <source>{stood_out} These show an association, not proof: other things change on the same days.</source>
        <translation>{stood_out} Das zeigt einen Zusammenhang, keinen Beweis: An denselben Tagen ändert sich auch anderes.</translation>
    </message>
    <message>
        <source>{when} (severity {severity}): {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when} (Stärke {severity}): {note}</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when}: {note}</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (noch keine Dosis erfasst)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from/--to: the JSON copy is always the whole diary; use CSV for a range</source>
        <translation>--from/--to: die JSON-Kopie ist immer das ganze Tagebuch; für einen Zeitraum CSV nutzen</translation>
    </message>
    <message>
        <source>--since-last-appointment: give either it or --from/--to, not both</source>
        <translation>--since-last-appointment: entweder dies oder --from/--to angeben, nicht beides</translation>
    </message>
    <message>
        <source>Key numbers (this period; previous period; change):</source>
        <translation>Kennzahlen (dieser Zeitraum; vorheriger Zeitraum; Änderung):</translation>
    </message>
    <message>
        <source>Medicines (on the last day; changes in the period):</source>
        <translation>Medikamente (am letzten Tag; Änderungen im Zeitraum):</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Bericht für {period} gespeichert in {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <comment>a file written</comment>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic&apos;s system)</source>
        <translation>csv, json oder fhir (ein HL7-FHIR-R4-Bundle in JSON, für das System einer Praxis)</translation>
    </message>
    <message>
        <source>file to write; for CSV a .zip holds every file, a .csv gets the others next to it (default: print to the terminal; CSV: the spasm file only)</source>
        <translation>die Datei zum Schreiben; bei CSV enthält eine .zip alle Dateien, neben eine .csv kommen die anderen (Standard: Ausgabe im Terminal; CSV: nur die Spasmus-Datei)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>first day (CSV and FHIR)</source>
        <translation>erster Tag (CSV und FHIR)</translation>
    </message>
    <message>
        <source>from the day after the last appointment (the default)</source>
        <translation>ab dem Tag nach dem letzten Termin (Standard)</translation>
    </message>
    <message>
        <source>last day (CSV and FHIR)</source>
        <translation>letzter Tag (CSV und FHIR)</translation>
    </message>
    <message>
        <source>make a PDF report for an appointment</source>
        <translation>einen PDF-Bericht für einen Termin erstellen</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>a medicine in the period</comment>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)</source>
        <translation>Ihr Tagebuch als CSV (Tabellen), JSON (alles) oder FHIR (für die Praxis) speichern</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die PDF-Datei, die geschrieben wird</translation>
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
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n frühere Änderung, die erste {change}</numerusform>
            <numerusform>%n frühere Änderungen, die erste {change}</numerusform>
        </translation>
    </message>
    <message>
        <source>No dose recorded yet, so not counted: {medicines}.</source>
        <translation>Noch keine Dosis erfasst, daher nicht gezählt: {medicines}.</translation>
    </message>
    <message>
        <source>Scheduled doses count from each medicine&apos;s first dose recorded in MSLog; days before it are not counted as missed.</source>
        <translation>Geplante Dosen zählen ab der ersten in MSLog erfassten Dosis jedes Medikaments; Tage davor gelten nicht als versäumt.</translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Nebenwirkungen an %n Tag vermerkt.</numerusform>
            <numerusform>Nebenwirkungen an %n Tagen vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Nebenwirkungen an %n Tag vermerkt: {kinds}.</numerusform>
            <numerusform>Nebenwirkungen an %n Tagen vermerkt: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>at night</source>
        <translation>nachts</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>nachmittags</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>no reason given ({count})</source>
        <translation>ohne Grund ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no dose skipped or unrecorded</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>other reasons ({count})</source>
        <translation>andere Gründe ({count})</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <comment>doses</comment>
        <translation>{count} nicht erfasst</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <comment>doses skipped</comment>
        <translation>{count} ausgelassen</translation>
    </message>
    <message>
        <source>{count} skipped: {reasons}</source>
        <comment>doses skipped</comment>
        <translation>{count} ausgelassen: {reasons}</translation>
    </message>
    <message>
        <source>{date} ({medicine}): {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date} ({medicine}): {note}</translation>
    </message>
    <message>
        <source>{date}: started, {prescription}</source>
        <translation>{date}: begonnen, {prescription}</translation>
    </message>
    <message>
        <source>{date}: {change}</source>
        <comment>a change of a prescription</comment>
        <translation>{date}: {change}</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date}: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n days)</source>
        <translation>
            <numerusform>{kind} (%n Tag)</numerusform>
            <numerusform>{kind} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine} started {prescription}</source>
        <translation>{medicine}: Beginn {prescription}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} beendet</translation>
    </message>
    <message>
        <source>{medicine} {change}</source>
        <comment>a chart label: a medicine changed</comment>
        <translation>{medicine} {change}</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n Dosis bei Bedarf genommen, {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n Dosen bei Bedarf genommen, alle {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}: %n Dosis bei Bedarf genommen, zu verschiedenen Tageszeiten.</numerusform>
            <numerusform>{medicine}: %n Dosen bei Bedarf genommen, zu verschiedenen Tageszeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n Dosis bei Bedarf genommen, {most} von {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n Dosen bei Bedarf genommen, {most} von {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}: %n Dosis bei Bedarf genommen.</numerusform>
            <numerusform>{medicine}: %n Dosen bei Bedarf genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent} % ({taken} von {due})</translation>
    </message>
    <message>
        <source>– (as needed)</source>
        <translation>– (bei Bedarf)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>(both 0–10, right)</source>
        <translation>(beide 0–10, rechts)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes in this period</source>
        <translation>Änderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Check-in NRS</source>
        <translation>NRS im Rückblick</translation>
    </message>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>Aus dem eigenen MSLog-Tagebuch der Person: %n Tag, verglichen mit dem %n Tag davor ({previous}). Erstellt am {date} mit MSLog {version}.</numerusform>
            <numerusform>Aus dem eigenen MSLog-Tagebuch der Person: %n Tage, verglichen mit den %n Tagen davor ({previous}). Erstellt am {date} mit MSLog {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Lines: {kinds}.</source>
        <translation>Linien: {kinds}.</translation>
    </message>
    <message>
        <source>MSLog report {period}</source>
        <translation>MSLog-Bericht {period}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No spasms logged in this period</source>
        <translation>In diesem Zeitraum keine Spasmen eingetragen</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>In diesem Zeitraum keine Spasmen eingetragen.</translation>
    </message>
    <message>
        <source>None written in MSLog.</source>
        <translation>In MSLog keine notiert.</translation>
    </message>
    <message>
        <source>Numbered lines on the chart: {key}.</source>
        <translation>Nummerierte Linien im Diagramm: {key}.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>Am letzten Tag</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Fragen für diesen Termin</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplante Dosen genommen</translation>
    </message>
    <message>
        <source>Skipped (commonest reasons); not recorded</source>
        <translation>Ausgelassen (häufigste Gründe); nicht erfasst</translation>
    </message>
    <message>
        <source>Spasm diary summary · {period}</source>
        <translation>Spasmus-Tagebuch: Übersicht · {period}</translation>
    </message>
    <message>
        <source>Spasms</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <source>Spasms logged a day</source>
        <translation>Eingetragene Spasmen pro Tag</translation>
    </message>
    <message>
        <source>Spasms logged a day (weekly average)</source>
        <translation>Eingetragene Spasmen pro Tag (Wochenmittel)</translation>
    </message>
    <message>
        <source>Spasms: {none}</source>
        <comment>the heat map&apos;s legend, from none</comment>
        <translation>Spasmen: {none}</translation>
    </message>
    <message>
        <source>Their mean rating</source>
        <translation>Deren mittlere Stärke</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Unbekannter Tag</translation>
    </message>
    <message>
        <source>dashed: a medicine started, changed or stopped</source>
        <translation>gestrichelt: Medikament begonnen, geändert, beendet</translation>
    </message>
    <message>
        <source>dotted: a treatment</source>
        <translation>gepunktet: Behandlung</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no change of a medicine</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>solid: an appointment</source>
        <translation>durchgezogen: Termin</translation>
    </message>
    <message>
        <source>{number}: {date}, {label}</source>
        <comment>a numbered line on the chart</comment>
        <translation>{number}: {date}, {label}</translation>
    </message>
    <message>
        <source>{number}: {date}, {label} (its line is unlabelled: too close to others)</source>
        <translation>{number}: {date}, {label} (Linie ohne Beschriftung: zu nah an anderen)</translation>
    </message>
    <message>
        <source>{peak}  (local time of day)</source>
        <comment>the heat map&apos;s legend, to the most</comment>
        <translation>{peak}  (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>MSLog-Sicherungen (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Noch keine Sicherungen. MSLog legt an jedem Tag, an dem Sie es öffnen, eine an.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Ihr Tagebuch wird durch die gewählte Sicherung ersetzt. Vorher wird eine Kopie Ihres jetzigen Tagebuchs gespeichert, Sie können also jederzeit zurück.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>Die Sicherung ließ sich nicht einsetzen. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>Die Sicherung ließ sich nicht einsetzen: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein defekter Verweis</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (sie enthält gar kein Tagebuch)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} gibt es nicht; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} wurde von einer neueren MSLog-Version gespeichert; aktualisieren Sie MSLog, um es wiederherzustellen. Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, ist also kein vollständiges MSLog-Tagebuch; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> s each</source>
        <comment>seconds for each repetition</comment>
        <translation> s je Wiederholung</translation>
    </message>
    <message>
        <source> times</source>
        <comment>after a number of repetitions</comment>
        <translation> Mal</translation>
    </message>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n Schritt · {length} mit Vorbereitung</numerusform>
            <numerusform>%n Schritte · {length} mit Vorbereitung</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>Ein Programm braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Programm ändern</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Halten für</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Eine Zeit lang halten</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Nicht gespeichert: {field}: {problem}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Mehrmals wiederholen</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>rest {seconds} s</source>
        <translation>Pause {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>is missing (reps and pace_s go together)</source>
        <translation>fehlt (reps und pace_s gehören zusammen)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid JSON ({where}: {problem})</source>
        <translation>ist kein gültiges JSON ({where}: {problem})</translation>
    </message>
    <message>
        <source>lasts {seconds} s; at most {most} s fit</source>
        <translation>dauert {seconds} s; höchstens {most} s sind möglich</translation>
    </message>
    <message>
        <source>must be an .svg file name without folders, not {name}</source>
        <translation>muss ein .svg-Dateiname ohne Ordner sein, nicht {name}</translation>
    </message>
    <message>
        <source>needs duration_s, or reps with pace_s (not both)</source>
        <translation>braucht duration_s oder reps mit pace_s (nicht beides)</translation>
    </message>
    <message>
        <source>unknown exercise {key}</source>
        <translation>unbekannte Übung {key}</translation>
    </message>
    <message>
        <source>{exercise} has no sides; use both</source>
        <translation>{exercise} hat keine Seiten; nehmen Sie both</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n Schritt · {length}</numerusform>
            <numerusform>%n Schritte · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <source>There is no routine {key} any more.</source>
        <translation>Das Programm {key} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>bundled routines cannot be changed</source>
        <translation>mitgelieferte Programme lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>bundled routines cannot be deleted</source>
        <translation>mitgelieferte Programme lassen sich nicht löschen</translation>
    </message>
    <message>
        <source>there is no data folder to save in</source>
        <translation>es gibt keinen Datenordner zum Speichern</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n Problem in {file}</numerusform>
            <numerusform>%n Probleme in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(built in)</source>
        <comment>a routine that comes with MSLog</comment>
        <translation>(eingebaut)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <comment>a routine the person made</comment>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not loaded: {problem}</source>
        <translation>Nicht geladen: {problem}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>list stretch routines, or --check a routine file</source>
        <translation>Dehnroutinen auflisten oder eine Routine-Datei mit --check prüfen</translation>
    </message>
    <message>
        <source>validate a routine file and print its problems</source>
        <translation>eine Routine-Datei prüfen und ihre Probleme ausgeben</translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}: OK, {name}: %n Schritt, {length}</numerusform>
            <numerusform>{file}: OK, {name}: %n Schritte, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>--out: {path} already exists; MSLog does not overwrite a file, give a new name or a folder</source>
        <translation>--out: {path} gibt es schon; MSLog überschreibt keine Datei, bitte einen neuen Namen oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>Noch keine Sicherungen in {folder}</translation>
    </message>
    <message>
        <source>Or run MSLog again to start a fresh, empty diary.</source>
        <translation>Oder starten Sie MSLog neu, um ein frisches, leeres Tagebuch zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>%n Eintrag wiederhergestellt aus {source}</numerusform>
            <numerusform>%n Einträge wiederhergestellt aus {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the newest good backup: {backup}</source>
        <translation>Die neueste gute Sicherung wird wiederhergestellt: {backup}</translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Geprüfte Sicherung mit %n Eintrag gespeichert: {path}</numerusform>
            <numerusform>Geprüfte Sicherung mit %n Einträgen gespeichert: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged diary is kept, unchanged, as {path}</source>
        <translation>Das beschädigte Tagebuch bleibt unverändert erhalten als {path}</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>In {folder} gibt es keine gute Sicherung.</translation>
    </message>
    <message>
        <source>Your diary as it was is kept in {path}</source>
        <translation>Ihr Tagebuch, wie es war, liegt in {path}</translation>
    </message>
    <message>
        <source>Your newest good backup ({backup}) can be restored with:</source>
        <translation>Ihre neueste gute Sicherung ({backup}) lässt sich so wiederherstellen:</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (MSLog&apos;s own format)</source>
        <translation>die Einträge eines JSON-Exports hinzufügen (das eigene Format von MSLog)</translation>
    </message>
    <message>
        <source>give the backup file to restore, &apos;newest&apos;, or --list</source>
        <translation>bitte die Sicherungsdatei angeben, &apos;newest&apos; oder --list</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>stattdessen die Sicherungen auflisten</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the current one is kept)</source>
        <translation>das Tagebuch durch eine Sicherung ersetzen (das jetzige bleibt erhalten)</translation>
    </message>
    <message>
        <source>save a verified copy of the diary now</source>
        <translation>jetzt eine geprüfte Kopie des Tagebuchs speichern</translation>
    </message>
    <message>
        <source>the .json file written by mslog export</source>
        <translation>die .json-Datei von mslog export</translation>
    </message>
    <message>
        <source>the backup file, or &apos;newest&apos; for the newest good one</source>
        <translation>die Sicherungsdatei, oder &apos;newest&apos; für die neueste gute</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>wohin sie geschrieben wird (Standard: der Sicherungsordner)</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation>Nebenwirkungen: {words}</translation>
    </message>
    <message>
        <source>{treatment}: {words}</source>
        <comment>a treatment and its words found</comment>
        <translation>{treatment}: {words}</translation>
    </message>
</context>
<context>
    <name>SelfRated</name>
    <message>
        <source>answer at least one question</source>
        <translation>beantworten Sie mindestens eine Frage</translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation>wird nur gefragt, wenn Spasmen auftreten (Häufigkeit über 0)</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation>die Antworten gelten für {day}, nicht für {other}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} liegt noch in der Zukunft</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation>{frequency} von 4 ({frequency_words})</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation>{frequency} von 4 ({frequency_words}); Stärke {severity} von 3 ({severity_words})</translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation>{score} von 5 ({score_words})</translation>
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
    <name>SelfRatingOperations</name>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation>Für den {day} gespeichert. „Zurück“ nimmt sie zurück.</translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Speichern der eigenen Einschätzung</translation>
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
    <name>SeverityPicker</name>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>one button of the scale: what is rated, its number</comment>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every part of MSLog can be used from the keyboard.</source>
        <translation>Jeder Teil von MSLog lässt sich mit der Tastatur bedienen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>SideEffectDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Nebenwirkungen nach {dose}</translation>
    </message>
    <message>
        <source>optional, in your own words</source>
        <translation>optional, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>{dose}: anything you noticed after it? Your clinician can read it in the report. Leave everything empty to remove a note.</source>
        <translation>{dose}: Ist Ihnen danach etwas aufgefallen? Ihr Behandlungsteam kann es im Bericht lesen. Lassen Sie alles leer, um eine Notiz zu entfernen.</translation>
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
    <name>SoundAndVoice</name>
    <message>
        <source>No sound device was found</source>
        <translation>Kein Audiogerät gefunden</translation>
    </message>
    <message>
        <source>No voice engine is installed</source>
        <translation>Keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>No voice for {language} is installed</source>
        <translation>Keine Stimme für {language} installiert</translation>
    </message>
    <message>
        <source>Sounds cannot be played on this computer</source>
        <translation>Töne lassen sich auf diesem Computer nicht abspielen</translation>
    </message>
    <message>
        <source>The speech engine stopped working</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>The voice engine could not start</source>
        <translation>Die Sprachausgabe konnte nicht starten</translation>
    </message>
    <message>
        <source>To hear the steps read aloud, install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog.</source>
        <translation>Damit die Schritte vorgelesen werden, installieren Sie speech-dispatcher und espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng) und starten Sie MSLog neu.</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud (a voice of another language would mangle the words); beeps still play. {install}</source>
        <translation>{problem}, daher werden die Schritte nicht vorgelesen (eine Stimme einer anderen Sprache würde die Wörter verzerren); die Töne sind weiter zu hören. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud. {install}</source>
        <translation>{problem}, daher werden die Schritte nicht vorgelesen. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud; beeps still play. {install}</source>
        <translation>{problem}, daher werden die Schritte nicht vorgelesen; die Töne sind weiter zu hören. {install}</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps and no voice. The screen shows every cue and the timer works as usual.</source>
        <translation>{problem}, daher gibt es weder Töne noch Stimme. Der Bildschirm zeigt jeden Hinweis, und die Zeitmessung läuft wie gewohnt.</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps. The screen shows every cue.</source>
        <translation>{problem}, daher gibt es keine Töne. Der Bildschirm zeigt jeden Hinweis.</translation>
    </message>
</context>
<context>
    <name>SpasmChecks</name>
    <message>
        <source>No spasm entry with id {id}</source>
        <translation>Kein Spasmus-Eintrag mit der ID {id}</translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation>enthält ein Zeichen, das kein UTF-8-Text ist (ein verirrtes Byte?); bitte neu eintippen</translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation>ist kein Feld eines Spasmus-Eintrags</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>ist {length} Zeichen lang; höchstens {most} passen</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>muss Datum und Uhrzeit sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>muss von 0 bis 10 gehen, nicht {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation>muss von 0 bis {most} Sekunden gehen (24 Stunden)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation>die UTC-Abweichung {offset} gibt es in keiner Zeitzone; bitte eine von -12:00 bis +14:00 angeben</translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation>unbekannte Körperstelle {value}</translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation>unbekannte Art {value} (zur Wahl: {known})</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation>{day} liegt zu weit zurück</translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation>{when} liegt in der Zukunft; ein Spasmus lässt sich erst eintragen, wenn er begonnen hat</translation>
    </message>
</context>
<context>
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n Spasmus vom {first} bis {last}</numerusform>
            <numerusform>%n Spasmen vom {first} bis {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>0 (keine) bis 10 (am schlimmsten vorstellbar)</translation>
    </message>
    <message>
        <source>Saved spasm at {time} (id {id})</source>
        <translation>Spasmus gespeichert: {time} (ID {id})</translation>
    </message>
    <message>
        <source>a listed trigger or your own words (repeatable)</source>
        <translation>ein Auslöser aus der Liste oder eigene Worte (wiederholbar)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>first day (default: 6 days ago)</source>
        <translation>erster Tag (Standard: vor 6 Tagen)</translation>
    </message>
    <message>
        <source>how long it lasted, in seconds</source>
        <translation>wie lange er dauerte, in Sekunden</translation>
    </message>
    <message>
        <source>print entries as a table</source>
        <translation>Einträge als Tabelle ausgeben</translation>
    </message>
    <message>
        <source>record a spasm (now, or --at a time)</source>
        <translation>einen Spasmus eintragen (jetzt oder mit --at zu einer Zeit)</translation>
    </message>
    <message>
        <source>when it started: HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>wann er begann: HH:MM oder YYYY-MM-DD HH:MM</translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation>Der Spasmus um {time}</translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Der Spasmus um {time} ist gelöscht. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation>Der Spasmus um {time} vom {day} ist gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation>Wieder eingetragen: der Spasmus um {time}.</translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation>Der Spasmus ist zurück auf {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation>Der Spasmus ist wieder auf {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation>Der Spasmus ist jetzt auf {when}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation>Der Spasmus um {time} ist entfernt. „Erneut“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation>Der Spasmus um {time} ist wieder da.</translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Löschen des Spasmus um {time}</translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Eintrag des Spasmus um {time}</translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Verschieben des Spasmus auf {time}</translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation>{saved}. Details können Sie unten ergänzen – oder es so lassen.</translation>
    </message>
</context>
<context>
    <name>SpasmTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Etwas Unerwartetes hat MSLog am Öffnen Ihres Tagebuchs gehindert ({problem}). Nichts wurde gelöscht; bitte melden Sie das.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Ihr Tagebuch wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Before you stop</source>
        <translation>Bevor Sie absetzen</translation>
    </message>
    <message>
        <source>First day without it</source>
        <translation>Erster Tag ohne</translation>
    </message>
    <message>
        <source>From which day do you no longer take {medication}? Its history stays in your diary.</source>
        <translation>Ab welchem Tag nehmen Sie {medication} nicht mehr? Der Verlauf bleibt in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Bitte sprechen Sie ein Absetzen zuerst mit der Person ab, die es verordnet: Manche Medikamente gegen Spasmen dürfen nicht plötzlich abgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Beenden und speichern</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>{medication} absetzen</translation>
    </message>
    <message>
        <source>The timer is paused while you decide. What you have done so far is saved, and a step you are part-way through counts as partly done.</source>
        <translation>Die Zeit ist angehalten, solange Sie überlegen. Was Sie bisher gemacht haben, bleibt gespeichert; ein angefangener Schritt zählt als teilweise gemacht.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation>Nicht entfernt: {reason}.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Entfernt: {what}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} entfernt</translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>There is no stretch session {uuid}.</source>
        <translation>Es gibt keine Dehn-Einheit {uuid}.</translation>
    </message>
    <message>
        <source>it is being played now; stop it first</source>
        <translation>sie läuft gerade; beenden Sie sie zuerst</translation>
    </message>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>die Dehneinheit „{routine}“ um {time} am {day}</translation>
    </message>
</context>
<context>
    <name>StretchTab</name>
    <message>
        <source>Delete routine?</source>
        <translation>Programm löschen?</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? Sessions already done stay in your history.</source>
        <translation>Ihr Programm „{name}“ löschen? Bereits gemachte Einheiten bleiben in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Get ready. {step}</source>
        <translation>Machen Sie sich bereit. {step}</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Einheit beendet. Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>Well done. That is the end of the session.</source>
        <translation>Gut gemacht. Das war die Einheit.</translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest. Next: {exercise}</source>
        <translation>Pause. Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Switch to the {side}</source>
        <translation>Seitenwechsel: {side}</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>Schritt {number} von {count} · noch {left}</translation>
    </message>
    <message>
        <source>{exercise}, {side}</source>
        <translation>{exercise}, {side}</translation>
    </message>
    <message>
        <source>{step}, {amount}</source>
        <translation>{step}, {amount}</translation>
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
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n teilweise gemacht</numerusform>
            <numerusform>%n teilweise gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Programmen</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Einheit geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Session saved as unfinished.</source>
        <translation>Einheit als nicht beendet gespeichert.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is saved.</source>
        <translation>Einheit beendet. Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>This session is in your history. A drink of water and a rest are a good idea.</source>
        <translation>Diese Einheit steht in Ihrem Verlauf. Etwas trinken und ausruhen tut jetzt gut.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>{done} von %n Schritt gemacht</numerusform>
            <numerusform>{done} von %n Schritten gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} ({reason})</source>
        <translation>{step} ({reason})</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} gedehnt</translation>
    </message>
    <message>
        <source>· not reached</source>
        <translation>· nicht erreicht</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>■  Session ended</source>
        <translation>■  Einheit beendet</translation>
    </message>
    <message>
        <source>◐ partly done</source>
        <translation>◐ teilweise gemacht</translation>
    </message>
    <message>
        <source>✓  All done</source>
        <translation>✓  Geschafft</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ gemacht</translation>
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
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <comment>hours and minutes, shown in an empty time</comment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930 (Up and Down: 5 minutes)</source>
        <translation>Uhrzeit eingeben, etwa 09:30 oder 930 (Pfeil hoch/runter: 5 Minuten)</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930; Up and Down change it by 5 minutes</source>
        <translation>Uhrzeit eingeben, etwa 09:30 oder 930; Pfeil hoch und runter ändern sie um 5 Minuten</translation>
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
    <name>TimesEditor</name>
    <message>
        <source>Add a time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Amount at time {number}</source>
        <translation>Menge zur Zeit {number}</translation>
    </message>
    <message>
        <source>Leave empty for the usual amount per dose</source>
        <translation>Leer lassen für die übliche Menge je Einnahme</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove time {number}</source>
        <translation>Zeit {number} entfernen</translation>
    </message>
    <message>
        <source>The amount at this time, if it differs (leave empty for the usual)</source>
        <translation>Die Menge zu dieser Zeit, falls sie abweicht (leer für die übliche)</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Zeit {number}</translation>
    </message>
    <message>
        <source>usual</source>
        <comment>the usual amount</comment>
        <translation>üblich</translation>
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
    <name>TrayIcon</name>
    <message>
        <source>How was today?…</source>
        <translation>Wie war heute?…</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Spasmus jetzt eintragen</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>MSLog is still importing or restoring your diary. Once that ends, the reminder&apos;s buttons are in MSLog&apos;s window.</source>
        <translation>MSLog importiert oder stellt Ihr Tagebuch noch wieder her. Danach finden Sie die Knöpfe der Erinnerung im Fenster von MSLog.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>Open MSLog</source>
        <translation>MSLog öffnen</translation>
    </message>
    <message>
        <source>Quit MSLog</source>
        <translation>MSLog beenden</translation>
    </message>
</context>
<context>
    <name>TreatmentCommands</name>
    <message>
        <source>No treatments recorded in that range.</source>
        <translation>In diesem Zeitraum sind keine Behandlungen eingetragen.</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>Keine Behandlungen eingetragen.</translation>
    </message>
    <message>
        <source>Recorded: {treatment}</source>
        <comment>a treatment saved</comment>
        <translation>Eingetragen: {treatment}</translation>
    </message>
    <message>
        <source>anything else worth keeping</source>
        <translation>alles andere, was festgehalten werden soll</translation>
    </message>
    <message>
        <source>print the treatments, newest first</source>
        <translation>die Behandlungen ausgeben, neueste zuerst</translation>
    </message>
    <message>
        <source>record a treatment that happened</source>
        <translation>eine erfolgte Behandlung eintragen</translation>
    </message>
    <message>
        <source>record or list treatments such as injections, pump refills and physiotherapy</source>
        <translation>Behandlungen wie Injektionen, Pumpenbefüllungen und Physiotherapie eintragen oder auflisten</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>der Tag der Behandlung (Standard: heute)</translation>
    </message>
    <message>
        <source>the first day to list</source>
        <translation>der erste Tag der Liste</translation>
    </message>
    <message>
        <source>the last day to list</source>
        <translation>der letzte Tag der Liste</translation>
    </message>
    <message>
        <source>the muscles or sites injected</source>
        <translation>die gespritzten Muskeln oder Stellen</translation>
    </message>
    <message>
        <source>the pump&apos;s new rate, as your clinic gave it</source>
        <translation>die neue Pumpenrate, wie von Ihrer Klinik angegeben</translation>
    </message>
    <message>
        <source>what an &apos;other&apos; treatment was</source>
        <translation>was eine &apos;other&apos;-Behandlung war</translation>
    </message>
    <message>
        <source>what it was: {kinds}</source>
        <translation>was es war: {kinds}</translation>
    </message>
    <message>
        <source>when the pump is next due a refill (a reminder)</source>
        <translation>wann die Pumpe als Nächstes befüllt werden muss (eine Erinnerung)</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Change a treatment</source>
        <translation>Behandlung ändern</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muskeln oder Stellen</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Neue Förderrate</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Nächste Füllung fällig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Behandlung eintragen</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Remind me of the next refill</source>
        <translation>An die nächste Füllung erinnern</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Was es war</translation>
    </message>
    <message>
        <source>Which treatment was it, and when? The rest is optional.</source>
        <translation>Welche Behandlung war es, und wann? Der Rest ist optional.</translation>
    </message>
    <message>
        <source>e.g. TENS, hydrotherapy</source>
        <translation>z. B. TENS, Bewegungsbad</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional, as your clinic set it</source>
        <translation>optional, wie von der Klinik eingestellt</translation>
    </message>
    <message>
        <source>optional, e.g. left calf</source>
        <translation>optional, z. B. linke Wade</translation>
    </message>
</context>
<context>
    <name>TreatmentEvents</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muskeln oder Stellen</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Neue Rate</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Nächste Füllung fällig</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Nicht gespeichert. {field}: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Was es war</translation>
    </message>
    <message>
        <source>the baclofen pump dose change on {day}</source>
        <translation>die Dosisänderung der Baclofenpumpe am {day}</translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation>die Füllung der Baclofenpumpe am {day}</translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation>die Botulinumtoxin-Injektion am {day}</translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation>die Physiotherapie am {day}</translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation>„{name}“ am {day}</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Change {treatment} on {day}</source>
        <translation>{treatment} vom {day} ändern</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {treatment} on {day}</source>
        <translation>{treatment} vom {day} entfernen</translation>
    </message>
    <message>
        <source>{day} · {treatment}</source>
        <translation>{day} · {treatment}</translation>
    </message>
</context>
<context>
    <name>TreatmentOperations</name>
    <message>
        <source>Nothing changed in {what}.</source>
        <translation>Nichts geändert: {what}.</translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation>Eingetragen: {what}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Entfernt: {what}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation>Gespeichert: {what}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} geändert</translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} eingetragen</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} entfernt</translation>
    </message>
</context>
<context>
    <name>TreatmentsCard</name>
    <message>
        <source>Injections, pump refills and sessions show as markers on Trends and in the report. A rate is kept as your clinic set it: MSLog never suggests one.</source>
        <translation>Injektionen, Pumpenfüllungen und Sitzungen erscheinen als Marken in den Trends und im Bericht. Eine Förderrate wird so festgehalten, wie Ihre Klinik sie eingestellt hat: MSLog schlägt nie eine vor.</translation>
    </message>
    <message>
        <source>No treatments recorded yet.</source>
        <translation>Noch keine Behandlungen eingetragen.</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Behandlung eintragen…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>%n anzeigen</numerusform>
            <numerusform>Alle %n anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the latest only</source>
        <translation>Nur die neuesten</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
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
    <name>Trial</name>
    <message>
        <source>, </source>
        <comment>between the weeks of a trial</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</source>
        <translation>
            <numerusform>Grundlage: {complete} vollständige Tage von %n: {with_it} in den Wochen mit und {without_it} in den Wochen ohne. Jeder Tag zählt nach seiner geplanten Woche, ob der Plan an dem Tag eingehalten wurde oder nicht.</numerusform>
            <numerusform>Grundlage: {complete} vollständige Tage von %n: {with_it} in den Wochen mit und {without_it} in den Wochen ohne. Jeder Tag zählt nach seiner geplanten Woche, ob der Plan an dem Tag eingehalten wurde oder nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Tägliche Spastik (0–10, aus dem Rückblick): kein klarer Unterschied zwischen den Wochen (Unterschied {difference}, 95-%-Intervall {low} bis {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation>Tägliche Spastik (0–10, aus dem Rückblick): zu wenige Rückblicke für einen Vergleich ({days_with} Tage mit, {days_without} ohne; je {needed} sind nötig).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Tägliche Spastik (0–10, aus dem Rückblick): in den Wochen mit {amount} höher (Unterschied {difference}, 95-%-Intervall {low} bis {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Tägliche Spastik (0–10, aus dem Rückblick): in den Wochen mit {amount} niedriger (Unterschied {difference}, 95-%-Intervall {low} bis {high}).</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Keine Gewohnheit mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation>Kein Selbstversuch mit der Kennung {uuid}</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation>Spasmen pro vollständigem Tag: {with_it} in den Wochen mit, {without_it} in den Wochen ohne.</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation>Spasmen pro vollständigem Tag: {with_it} in den Wochen mit, {without_it} in den Wochen ohne; Ratenverhältnis {ratio} (95-%-Intervall {low} bis {high}).</translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>Der Plan wurde an {followed} von %n Tagen eingehalten: {name} war an {ticked} von {days_with} Tagen der Wochen mit abgehakt und an {unticked} von {days_without} Tagen der Wochen ohne nicht abgehakt.</numerusform>
            <numerusform>Der Plan wurde an {followed} von %n Tagen eingehalten: {name} war an {ticked} von {days_with} Tagen der Wochen mit abgehakt und an {unticked} von {days_without} Tagen der Wochen ohne nicht abgehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation>Das ist ein Zusammenhang in Ihrem eigenen Tagebuch, kein Beweis: Auch anderes ändert sich von Woche zu Woche.</translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Versuch mit {name}, %n Woche ab {day}. Wochen in der Reihenfolge {order} (die Reihenfolge wurde ausgelost).</numerusform>
            <numerusform>Versuch mit {name}, %n Wochen ab {day}. Wochen in der Reihenfolge {order} (die Reihenfolge wurde ausgelost).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Versuch mit {name}, am {day} nach %n Tag beendet. Wochen in der Reihenfolge {order} (die Reihenfolge wurde ausgelost).</numerusform>
            <numerusform>Versuch mit {name}, am {day} nach %n Tagen beendet. Wochen in der Reihenfolge {order} (die Reihenfolge wurde ausgelost).</numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation>ein Versuch beginnt heute oder später</translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation>ein Versuch beginnt innerhalb der nächsten 4 Wochen</translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation>weniger Spasmen in den Wochen mit</translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation>mehr Spasmen in den Wochen mit</translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation>muss eine gerade Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation>muss {low} bis {high} Buchstaben A oder B haben</translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation>braucht Wochen mit (A) und ohne (B) die Gewohnheit</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>kein klarer Unterschied</translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation>zu wenige vollständige Tage für einen Vergleich: {days_with} in den Wochen mit und {days_without} ohne; je {needed} sind nötig</translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation>der Versuch mit {name} ist schon vorbei</translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation>der Versuch mit {name} läuft bis {day}; beenden Sie ihn zuerst, um einen neuen zu planen</translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation>der wiederherzustellende Versuch hat eine andere Kennung</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>zu wenige Spasmen an diesen Tagen für einen Vergleich</translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation>nutzt nur die Buchstaben A und B, nicht {value}</translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation>mit</translation>
    </message>
    <message>
        <source>without</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation>{caution} Das Intervall entsteht durch zufälliges Neuziehen ganzer Wochen, dieselbe Methode wie bei den Faktoren auf der Seite Trends.</translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation>{name} steht nicht mehr auf der Checkliste</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}: Ein Versuch über %n Woche beginnt am {day}, die erste Woche mit.</numerusform>
            <numerusform>{name}: Ein Versuch über %n Wochen beginnt am {day}, die erste Woche mit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}: Ein Versuch über %n Woche beginnt am {day}, die erste Woche ohne.</numerusform>
            <numerusform>{name}: Ein Versuch über %n Wochen beginnt am {day}, die erste Woche ohne.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation>{name}: in der Woche machen (Woche {week} von {weeks})</translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation>{name}: diese Woche machen (Woche {week} von {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation>{name}: in der Woche auslassen (Woche {week} von {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation>{name}: diese Woche auslassen (Woche {week} von {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}: Der Versuch über %n Woche endete am {day}.</numerusform>
            <numerusform>{name}: Der Versuch über %n Wochen endete am {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation>{name}: Der Versuch wurde am {day} beendet.</translation>
    </message>
    <message>
        <source>{verdict}.</source>
        <translation>{verdict}.</translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message numerus="yes">
        <source>Add a habit first, then try it for %n weeks.</source>
        <translation>
            <numerusform>Fügen Sie zuerst eine Gewohnheit hinzu und probieren Sie sie dann %n Woche aus.</numerusform>
            <numerusform>Fügen Sie zuerst eine Gewohnheit hinzu und probieren Sie sie dann %n Wochen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its result compares the weeks with and without it.</source>
        <translation>Das Ergebnis vergleicht die Wochen mit und ohne.</translation>
    </message>
    <message>
        <source>Not sure whether a habit makes a difference for you? Try it in planned weeks.</source>
        <translation>Unsicher, ob eine Gewohnheit Ihnen etwas bringt? Probieren Sie sie in geplanten Wochen aus.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Ergebnis ansehen</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Selbstversuch</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Versuch beenden</translation>
    </message>
    <message>
        <source>The trial of {habit} ended on {day}.</source>
        <translation>Der Versuch mit {habit} endete am {day}.</translation>
    </message>
    <message>
        <source>Trial of {habit}: the result</source>
        <translation>Versuch mit {habit}: das Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Gewohnheit %n Woche ausprobieren…</numerusform>
            <numerusform>Gewohnheit %n Wochen ausprobieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Andere Gewohnheit %n Woche ausprobieren…</numerusform>
            <numerusform>Andere Gewohnheit %n Wochen ausprobieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in an order drawn at random ({order}). The result comes after {day}.</source>
        <translation>Wochen in zufälliger Reihenfolge ({order}). Das Ergebnis kommt nach dem {day}.</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation>Nicht gespeichert. {reason}.</translation>
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
    <name>UndoSteps</name>
    <message>
        <source>Could not redo it: {reason}</source>
        <translation>Ließ sich nicht wiederholen: {reason}</translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation>Ließ sich nicht rückgängig machen: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Wiederholt: {what}.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Rückgängig gemacht: {what}. „Erneut“ stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&lt;p&gt;MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm starts; add details later, or never.&lt;/p&gt;&lt;p&gt;It can also guide a short daily stretch, keep a checklist of your medicines and self-care, and print a one-page summary for your appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your diary stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;MSLog records and summarises. It is not medical advice: please talk to your clinician before changing any treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MSLog ist ein Tagebuch für Spasmen bei Multipler Sklerose. Drücken Sie einen großen Knopf, wenn ein Spasmus beginnt; Details später oder nie.&lt;/p&gt;&lt;p&gt;Es kann auch durch kurzes tägliches Dehnen führen, Ihre Medikamente und Selbstfürsorge in einer Checkliste halten und eine einseitige Zusammenfassung für Ihre Arzttermine drucken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihr Tagebuch bleibt auf diesem Computer.&lt;/b&gt; Nichts wird irgendwohin gesendet, außer Sie exportieren es selbst.&lt;/p&gt;&lt;p&gt;MSLog hält fest und fasst zusammen. Es ist keine medizinische Beratung: Bitte sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie eine Behandlung ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A quick set-up (all optional)</source>
        <translation>Kurz einrichten (alles freiwillig)</translation>
    </message>
    <message>
        <source>Add another medicine…</source>
        <translation>Weiteres Medikament hinzufügen…</translation>
    </message>
    <message>
        <source>Add my medicines…</source>
        <translation>Meine Medikamente hinzufügen…</translation>
    </message>
    <message>
        <source>Added: {medicine}</source>
        <translation>Hinzugefügt: {medicine}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Choose my daily stretch routine</source>
        <translation>Meine tägliche Dehnübung wählen</translation>
    </message>
    <message>
        <source>Choose the one that suits you today; each takes about five minutes. You can change it any time on the Stretch tab.</source>
        <translation>Wählen Sie die, die heute zu Ihnen passt; jede dauert etwa fünf Minuten. Sie können sie jederzeit im Reiter „Dehnen“ ändern.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Erinnern, wenn eine Einnahme ansteht</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Einrichten überspringen</translation>
    </message>
    <message>
        <source>Stretch routines</source>
        <translation>Dehnübungen</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Diese Übung nehmen</translation>
    </message>
    <message>
        <source>Welcome to MSLog</source>
        <translation>Willkommen bei MSLog</translation>
    </message>
    <message>
        <source>You can do any of this later, or not at all.</source>
        <translation>Das können Sie auch später tun oder ganz lassen.</translation>
    </message>
    <message>
        <source>Your daily routine: {name} ({summary}). It is ready on the Stretch tab.</source>
        <translation>Ihre tägliche Übung: {name} ({summary}). Sie wartet im Reiter „Dehnen“.</translation>
    </message>
    <message>
        <source>Your daily stretch routine</source>
        <translation>Ihre tägliche Dehnübung</translation>
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
    <name>cautions</name>
    <message>
        <source>Cold eases spasms for some people and makes them worse for others.</source>
        <translation>Kälte lindert Spasmen bei manchen Menschen und verstärkt sie bei anderen.</translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation>Warm, nicht heiß: Wärme kann MS-Beschwerden eine Zeit lang verstärken, und Haut mit weniger Gefühl verbrennt leichter.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation>Blasenprobleme</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation>Hitze oder Überwärmung</translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation>Infekt oder Krankheit</translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation>Lange still gesessen oder gelegen</translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation>Enge Schiene, Schuhe oder Kleidung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Schlecht geschlafen</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation>Blasenprobleme</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation>Hitze oder Überwärmung</translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation>Infekt oder Krankheit</translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation>lange still gesessen oder gelegen</translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation>enge Schiene, Schuhe oder Kleidung</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>schlecht geschlafen</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <source>A carer can hold the leg for you while you lie on your side.</source>
        <translation>Eine Betreuungsperson kann das Bein für Sie halten, während Sie auf der Seite liegen.</translation>
    </message>
    <message>
        <source>A gentle pull, never pain.</source>
        <translation>Ein sanftes Ziehen, nie Schmerz.</translation>
    </message>
    <message>
        <source>A leg over the edge can set off a spasm: if it does, bend the knee and bring the leg back onto the bed.</source>
        <translation>Ein Bein über der Kante kann einen Spasmus auslösen: Dann beugen Sie das Knie und holen das Bein zurück aufs Bett.</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Fußkreisen</translation>
    </message>
    <message>
        <source>Bend the knee of your {side} and bring the heel towards you.</source>
        <translation>Beugen Sie {side} im Knie und ziehen Sie die Ferse zu sich heran.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and roll to the other side.</source>
        <translation>Führen Sie sie über die Mitte zurück und kippen Sie sie zur anderen Seite.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Wade dehnen</translation>
    </message>
    <message>
        <source>Cross your arms over your chest or hold the armrest.</source>
        <translation>Kreuzen Sie die Arme vor der Brust oder halten Sie sich an der Armlehne fest.</translation>
    </message>
    <message>
        <source>Draw slow circles with the toes of that foot, as big as feels easy.</source>
        <translation>Zeichnen Sie mit den Zehen dieses Fußes langsame Kreise, so groß, wie es leicht geht.</translation>
    </message>
    <message>
        <source>Ease in gently; the fingers may be tight.</source>
        <translation>Gehen Sie sanft hinein; die Finger können steif sein.</translation>
    </message>
    <message>
        <source>Foot pumps</source>
        <translation>Fußwippen</translation>
    </message>
    <message>
        <source>Gently draw the toes back towards you until you feel a stretch in the calf.</source>
        <translation>Ziehen Sie die Zehen sanft zu sich heran, bis Sie eine Dehnung in der Wade spüren.</translation>
    </message>
    <message>
        <source>Halfway through, circle the other way.</source>
        <translation>Nach der Hälfte kreisen Sie andersherum.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Oberschenkel hinten dehnen</translation>
    </message>
    <message>
        <source>Have someone nearby who can help you back onto the bed.</source>
        <translation>Sorgen Sie dafür, dass jemand in der Nähe ist, der Ihnen zurück aufs Bett helfen kann.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Hüftbeuger dehnen</translation>
    </message>
    <message>
        <source>Hold gently, then come back to the middle.</source>
        <translation>Halten Sie sanft und kommen Sie dann zurück in die Mitte.</translation>
    </message>
    <message>
        <source>Hold it still the whole time and breathe; do not bounce.</source>
        <translation>Halten Sie die ganze Zeit still und atmen Sie; nicht wippen.</translation>
    </message>
    <message>
        <source>Hold still, breathing normally; do not bounce.</source>
        <translation>Halten Sie still und atmen Sie normal; nicht wippen.</translation>
    </message>
    <message>
        <source>Hold still, then lift the head back to the middle.</source>
        <translation>Halten Sie still und heben Sie den Kopf dann zurück in die Mitte.</translation>
    </message>
    <message>
        <source>Hold the ankle, or a strap round it, and ease it back a little.</source>
        <translation>Halten Sie das Fußgelenk fest, oder einen Gurt darum, und ziehen Sie es sanft etwas nach hinten.</translation>
    </message>
    <message>
        <source>Hold the chair if you feel unsteady.</source>
        <translation>Halten Sie sich am Stuhl fest, wenn Sie sich unsicher fühlen.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe.</source>
        <translation>Halten Sie die Dehnung und atmen Sie.</translation>
    </message>
    <message>
        <source>Hold there, relaxed, and breathe.</source>
        <translation>Halten Sie entspannt und atmen Sie.</translation>
    </message>
    <message>
        <source>Hold your {side} out in front, palm facing down.</source>
        <translation>Strecken Sie {side} nach vorn, die Handfläche nach unten.</translation>
    </message>
    <message>
        <source>Hug the knee of your {other} towards your chest.</source>
        <translation>Ziehen Sie {other} angewinkelt zur Brust und umfassen Sie das Knie.</translation>
    </message>
    <message>
        <source>If a foot starts to jerk, rest it flat on the floor until it settles.</source>
        <translation>Wenn ein Fuß zu zucken beginnt, stellen Sie ihn flach auf den Boden, bis er sich beruhigt.</translation>
    </message>
    <message>
        <source>If this sets off a spasm, bring the knees back together slowly.</source>
        <translation>Wenn das einen Spasmus auslöst, führen Sie die Knie langsam wieder zusammen.</translation>
    </message>
    <message>
        <source>In a wheelchair: rest the heel on a stool and use the strap the same way.</source>
        <translation>Im Rollstuhl: Legen Sie die Ferse auf einen Hocker und nutzen Sie den Gurt genauso.</translation>
    </message>
    <message>
        <source>Inner thigh stretch</source>
        <translation>Oberschenkel innen dehnen</translation>
    </message>
    <message>
        <source>Keep a slow, even rhythm and breathe normally.</source>
        <translation>Halten Sie einen langsamen, gleichmäßigen Rhythmus und atmen Sie normal.</translation>
    </message>
    <message>
        <source>Keep breathing; do not twist with a jerk.</source>
        <translation>Atmen Sie weiter; drehen Sie nicht ruckartig.</translation>
    </message>
    <message>
        <source>Keep looking forward; do not lift the shoulder.</source>
        <translation>Schauen Sie weiter geradeaus; ziehen Sie die Schulter nicht hoch.</translation>
    </message>
    <message>
        <source>Keep the elbow straight but not locked.</source>
        <translation>Halten Sie den Ellbogen gestreckt, aber nicht durchgedrückt.</translation>
    </message>
    <message>
        <source>Keep the knee soft rather than locked.</source>
        <translation>Lassen Sie das Knie locker, nicht durchgedrückt.</translation>
    </message>
    <message>
        <source>Keep the movement smooth and unhurried.</source>
        <translation>Bewegen Sie sich gleichmäßig und ohne Eile.</translation>
    </message>
    <message>
        <source>Keep your back long; do not curl forward.</source>
        <translation>Halten Sie den Rücken lang; machen Sie keinen runden Rücken.</translation>
    </message>
    <message>
        <source>Keep your knees close together and hold still.</source>
        <translation>Halten Sie die Knie nah beieinander und bleiben Sie still.</translation>
    </message>
    <message>
        <source>Keep your shoulders resting on the bed or mat.</source>
        <translation>Die Schultern bleiben auf dem Bett oder der Matte liegen.</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Knie pendeln</translation>
    </message>
    <message>
        <source>Let both knees fall slowly out to the sides.</source>
        <translation>Lassen Sie beide Knie langsam zu den Seiten fallen.</translation>
    </message>
    <message>
        <source>Let both knees roll slowly to one side, as far as is comfortable.</source>
        <translation>Lassen Sie beide Knie langsam zu einer Seite kippen, so weit es angenehm ist.</translation>
    </message>
    <message>
        <source>Let your {side} slide over the edge of the bed and lower slowly.</source>
        <translation>Lassen Sie {side} über die Bettkante gleiten und langsam sinken.</translation>
    </message>
    <message>
        <source>Lie on your back on a firm bed, with your {side} nearest the edge.</source>
        <translation>Legen Sie sich auf einem festen Bett auf den Rücken, {side} an der Bettkante.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and feet flat.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach aufgestellt.</translation>
    </message>
    <message>
        <source>Lie on your side with your {side} on top; rest your head on your arm or a pillow.</source>
        <translation>Legen Sie sich auf die Seite, {side} oben; legen Sie den Kopf auf Ihren Arm oder ein Kissen.</translation>
    </message>
    <message>
        <source>Lift both shoulders up towards your ears.</source>
        <translation>Ziehen Sie beide Schultern zu den Ohren hoch.</translation>
    </message>
    <message>
        <source>Lift your {side} a little, or rest its heel on the floor.</source>
        <translation>Heben Sie {side} etwas an oder lassen Sie die Ferse auf dem Boden.</translation>
    </message>
    <message>
        <source>Loop a towel or strap around the ball of that foot.</source>
        <translation>Legen Sie ein Handtuch oder einen Gurt um den Fußballen dieses Fußes.</translation>
    </message>
    <message>
        <source>Lying: do it on your back with a pillow under each knee.</source>
        <translation>Im Liegen: auf dem Rücken, mit einem Kissen unter jedem Knie.</translation>
    </message>
    <message>
        <source>Lying: do the same with your leg resting on the bed.</source>
        <translation>Im Liegen: dasselbe, mit dem Bein auf dem Bett.</translation>
    </message>
    <message>
        <source>Lying: loop a strap around the foot and raise the straight leg gently.</source>
        <translation>Im Liegen: Legen Sie einen Gurt um den Fuß und heben Sie das gestreckte Bein sanft an.</translation>
    </message>
    <message>
        <source>Lying: point and flex your feet with your legs resting on the bed.</source>
        <translation>Im Liegen: Füße strecken und anziehen, die Beine liegen auf dem Bett.</translation>
    </message>
    <message>
        <source>Lying: roll your shoulders gently against the bed.</source>
        <translation>Im Liegen: Kreisen Sie die Schultern sanft auf dem Bett.</translation>
    </message>
    <message>
        <source>Move slowly; go only as far as feels easy.</source>
        <translation>Bewegen Sie sich langsam; gehen Sie nur so weit, wie es leicht geht.</translation>
    </message>
    <message>
        <source>Move slowly; stop if the ankle starts to jerk or shake.</source>
        <translation>Bewegen Sie sich langsam; hören Sie auf, wenn das Fußgelenk zu zucken oder zittern beginnt.</translation>
    </message>
    <message>
        <source>Neck side bend</source>
        <translation>Kopf seitlich neigen</translation>
    </message>
    <message>
        <source>Only do this on a firm, steady bed.</source>
        <translation>Machen Sie das nur auf einem festen, stabilen Bett.</translation>
    </message>
    <message>
        <source>Pull your toes up towards your shins, keeping the heels down.</source>
        <translation>Ziehen Sie die Zehen zu den Schienbeinen hoch; die Fersen bleiben unten.</translation>
    </message>
    <message>
        <source>Rest there and let gravity do the work.</source>
        <translation>Bleiben Sie so liegen und lassen Sie die Schwerkraft arbeiten.</translation>
    </message>
    <message>
        <source>Roll them back and then down, in one slow circle.</source>
        <translation>Rollen Sie sie nach hinten und dann nach unten, in einem langsamen Kreis.</translation>
    </message>
    <message>
        <source>Seated: turn the knees gently from side to side.</source>
        <translation>Im Sitzen: Drehen Sie die Knie sanft von einer Seite zur anderen.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Sit tall with your arms resting loosely; in a wheelchair, put the brakes on.</source>
        <translation>Sitzen Sie aufrecht, die Arme locker abgelegt; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed and down; in a wheelchair, put the brakes on.</source>
        <translation>Sitzen Sie aufrecht, die Schultern locker und unten; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Sit tall, then lean forward slowly from the hips until you feel the back of that thigh.</source>
        <translation>Sitzen Sie aufrecht und neigen Sie sich dann langsam aus der Hüfte nach vorn, bis Sie die Rückseite dieses Oberschenkels spüren.</translation>
    </message>
    <message>
        <source>Sit well back (in a wheelchair, put the brakes on) or lie down, knees bent and the soles of your feet together.</source>
        <translation>Setzen Sie sich weit nach hinten (im Rollstuhl Bremsen anziehen) oder legen Sie sich hin, Knie gebeugt, Fußsohlen aneinander.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair (in a wheelchair, put the brakes on) with your {side} out straight in front.</source>
        <translation>Setzen Sie sich weit hinten auf einen stabilen Stuhl (im Rollstuhl Bremsen anziehen) und strecken Sie {side} gerade nach vorn.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair, both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Setzen Sie sich weit hinten auf einen stabilen Stuhl, beide Füße auf dem Boden; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair; in a wheelchair, put the brakes on.</source>
        <translation>Setzen Sie sich weit hinten auf einen stabilen Stuhl; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Sit well back in your chair with both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Setzen Sie sich weit hinten auf Ihren Stuhl, beide Füße auf dem Boden; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Sit well back with both feet resting on the floor in front of you; in a wheelchair, put the brakes on.</source>
        <translation>Setzen Sie sich weit nach hinten, beide Füße vor sich auf dem Boden; im Rollstuhl ziehen Sie die Bremsen an.</translation>
    </message>
    <message>
        <source>Slowly tip your head to your {side}, ear towards that shoulder.</source>
        <translation>Neigen Sie den Kopf langsam {side}, das Ohr zur Schulter hin.</translation>
    </message>
    <message>
        <source>Stop if the knee hurts.</source>
        <translation>Hören Sie auf, wenn das Knie schmerzt.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling or pain.</source>
        <translation>Hören Sie auf, wenn Ihnen schwindlig wird, es kribbelt oder schmerzt.</translation>
    </message>
    <message>
        <source>Stop where you feel a gentle stretch along the inner thighs.</source>
        <translation>Halten Sie an, wo Sie eine sanfte Dehnung an den Innenseiten der Oberschenkel spüren.</translation>
    </message>
    <message>
        <source>Straighten your {side} out in front, heel on the floor, toes up.</source>
        <translation>Strecken Sie {side} nach vorn aus, Ferse auf dem Boden, Zehen nach oben.</translation>
    </message>
    <message>
        <source>Then press the toes down, lifting the heels.</source>
        <translation>Dann drücken Sie die Zehen nach unten und heben die Fersen.</translation>
    </message>
    <message>
        <source>Thigh stretch</source>
        <translation>Oberschenkel vorn dehnen</translation>
    </message>
    <message>
        <source>Trunk rotation</source>
        <translation>Oberkörper drehen</translation>
    </message>
    <message>
        <source>Turn only as far as is comfortable.</source>
        <translation>Drehen Sie nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Turn your shoulders slowly to your {side}, keeping your hips still.</source>
        <translation>Drehen Sie die Schultern langsam {side}; die Hüften bleiben ruhig.</translation>
    </message>
    <message>
        <source>Use a strap if you cannot reach the ankle.</source>
        <translation>Nehmen Sie einen Gurt, wenn Sie das Fußgelenk nicht erreichen.</translation>
    </message>
    <message>
        <source>With your other hand, ease its fingers gently back and up.</source>
        <translation>Ziehen Sie mit der anderen Hand die Finger sanft nach hinten und oben.</translation>
    </message>
    <message>
        <source>Wrist and finger stretch</source>
        <translation>Handgelenk und Finger dehnen</translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation>Kühlpack</translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation>Wasser trinken</translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation>Warme Dusche oder warmes Bad</translation>
    </message>
</context>
<context>
    <name>medicines</name>
    <message>
        <source>Baclofen</source>
        <translation>Baclofen</translation>
    </message>
    <message>
        <source>Clinician&apos;s advice</source>
        <translation>Ärztlicher Rat</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazepam</translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation>Dantrolen</translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation>Diazepam</translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation>Zu müde</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentin</translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation>Nabiximols (Sativex)</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Pregabalin</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>Nichts mehr da</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidin</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>A short everyday set for the legs and shoulders: ankles, calves, hamstrings and a gentle roll. Sitting in a chair, with a towel for the calf stretch.</source>
        <translation>Eine kurze Folge für jeden Tag für Beine und Schultern: Fußgelenke, Waden, Oberschenkelrückseiten und sanftes Schulterkreisen. Im Sitzen auf einem Stuhl, mit einem Handtuch für die Wadendehnung.</translation>
    </message>
    <message>
        <source>Daily 5-minute routine</source>
        <translation>Tägliches 5-Minuten-Programm</translation>
    </message>
    <message>
        <source>Everything done sitting down, in a chair or wheelchair with the brakes on: feet, calves, trunk, neck, shoulders and hands, each stretch held for 30 seconds.</source>
        <translation>Alles im Sitzen, auf einem Stuhl oder im Rollstuhl mit angezogenen Bremsen: Füße, Waden, Oberkörper, Nacken, Schultern und Hände, jede Dehnung 30 Sekunden gehalten.</translation>
    </message>
    <message>
        <source>Gentle bedtime routine</source>
        <translation>Sanftes Programm vor dem Schlafen</translation>
    </message>
    <message>
        <source>Seated / wheelchair routine</source>
        <translation>Im Sitzen / im Rollstuhl</translation>
    </message>
    <message>
        <source>Slow stretches lying on the bed to ease the legs before sleep, each held for 30 seconds. Long rests, nothing hurried; have someone nearby for the hip stretch.</source>
        <translation>Langsame Dehnungen im Liegen auf dem Bett, die die Beine vor dem Schlafen lockern, jede 30 Sekunden gehalten. Lange Pausen, nichts in Eile; bei der Hüftdehnung sollte jemand in der Nähe sein.</translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation>Fünf bis neun am Tag</translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation>Einer bis fünf am Tag</translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation>Deutliche Spasmen, seltener als einmal pro Stunde</translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation>Wie stark sind sie meistens?</translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation>Wie oft kommen Ihre Spasmen in letzter Zeit?</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation>Leicht, nur bei Berührung oder Bewegung</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Keine Spasmen</translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation>Wie viele Spasmen haben Sie an einem üblichen Tag?</translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation>Ein Spasmus am Tag oder weniger</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation>Spasmen öfter als einmal pro Stunde</translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation>Spasmen öfter als zehnmal pro Stunde</translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation>Zehn oder mehr am Tag</translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation>fünf bis neun am Tag</translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation>einer bis fünf am Tag</translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation>deutliche Spasmen, seltener als einmal pro Stunde</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation>leicht, nur bei Berührung oder Bewegung</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>keine Spasmen</translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation>ein Spasmus am Tag oder weniger</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation>Spasmen öfter als einmal pro Stunde</translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation>Spasmen öfter als zehnmal pro Stunde</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>zehn oder mehr am Tag</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Close (every answer is already saved)</source>
        <translation>Schließen (jede Antwort ist schon gespeichert)</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Ihr Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Vollbild / Vollbild verlassen</translation>
    </message>
    <message>
        <source>Go to Log, Stretch, Checklists, Trends or History</source>
        <translation>Zu Eintrag, Dehnen, Listen, Trends oder Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>How was today? (the daily check-in)</source>
        <translation>Wie war heute? (der tägliche Rückblick)</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Ein Tagebuch aus einer Datei importieren</translation>
    </message>
    <message>
        <source>In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks</source>
        <translation>In einer Reihe von Auswahlen (0-10, Chips; ein Tab-Halt): bewegen; Leertaste oder Eingabe wählt</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Spasmus jetzt eintragen</translation>
    </message>
    <message>
        <source>Move between buttons and fields</source>
        <translation>Zwischen Knöpfen und Feldern wechseln</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>Press the button that has the focus ring</source>
        <translation>Den Knopf mit dem Fokusrahmen drücken</translation>
    </message>
    <message>
        <source>Previous step / skip step</source>
        <translation>Vorheriger Schritt / Schritt überspringen</translation>
    </message>
    <message>
        <source>Print or save the appointment report</source>
        <translation>Den Bericht für den Termin drucken oder speichern</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Step through the days and hear their values</source>
        <translation>Durch die Tage gehen und ihre Werte hören</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>The day before / the day after</source>
        <translation>Tag davor / Tag danach</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Trends charts</source>
        <translation>Diagramme in Trends</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Zoom in / out, show every day again (Ctrl+wheel zooms too)</source>
        <translation>Vergrößern / verkleinern, wieder alle Tage zeigen (Strg+Mausrad zoomt auch)</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>BOTH</source>
        <translation>BEIDE</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>both arms</source>
        <translation>beide Arme</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>linker Arm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>rechter Arm</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderes</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
</context>
<context>
    <name>side_in_sentence</name>
    <message>
        <source>chosen arm</source>
        <translation>den gewählten Arm</translation>
    </message>
    <message>
        <source>chosen leg</source>
        <translation>das gewählte Bein</translation>
    </message>
    <message>
        <source>chosen side</source>
        <translation>zur gewählten Seite</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>Ihren linken Arm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>Ihr linkes Bein</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>nach links</translation>
    </message>
    <message>
        <source>other arm</source>
        <translation>den anderen Arm</translation>
    </message>
    <message>
        <source>other leg</source>
        <translation>das andere Bein</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>zur anderen Seite</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>Ihren rechten Arm</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>Ihr rechtes Bein</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>nach rechts</translation>
    </message>
</context>
<context>
    <name>skip_reason</name>
    <message>
        <source>A spasm</source>
        <translation>Ein Spasmus</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Es tat weh</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Zu müde</translation>
    </message>
</context>
<context>
    <name>stretch_outcome</name>
    <message>
        <source>Completed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation>Dosisänderung der Baclofen-Pumpe</translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Füllung der Baclofen-Pumpe</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Botulinumtoxin-Injektion</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Physio</translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation>Physiotherapie-Sitzung</translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation>Pumpe geändert</translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation>Pumpe gefüllt</translation>
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
