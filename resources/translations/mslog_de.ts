<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation>Keine Nebenwirkungen notiert ({what}). Rückgängig mit Strg+Z.</translation>
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
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Nebenwirkungen ({what}): {effects}. Rückgängig mit Strg+Z.</translation>
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
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Nebenwirkungen: {what}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>Auslassen von {dose}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>ganzer Tag</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation>Tag danach  ▶</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Wählen Sie einen Tag, um alles davon zu sehen. Änderungen lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Den Tag danach zeigen</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Den Tag danach zeigen (Alt+Pfeil rechts)</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Den Tag davor zeigen</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Den Tag davor zeigen (Alt+Pfeil links)</translation>
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
    <message>
        <source>◀  Day before</source>
        <translation>◀  Tag davor</translation>
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
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
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
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
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
        <source>Stopped early</source>
        <translation>Früher beendet</translation>
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
        <source>the {routine} session at {time} on {day}</source>
        <translation>die Dehneinheit „{routine}“ um {time} am {day}</translation>
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
