<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Day after ▶</source>
        <translation>Tag danach ▶</translation>
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
        <source>The day after</source>
        <translation>Der Tag danach</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Der Tag danach (Alt+Rechts)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Der Tag davor</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>Der Tag davor (Alt+Links)</translation>
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
    <message>
        <source>◀ Day before</source>
        <translation>◀ Tag davor</translation>
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
