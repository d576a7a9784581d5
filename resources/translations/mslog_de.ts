<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
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
        <source>Other</source>
        <translation>Anderes</translation>
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
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Tag danach  ▶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
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
        <source>{dose}: skipped, no reason given. {undo}</source>
        <translation>{dose}: ausgelassen, ohne Grund. {undo}</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. {undo}</source>
        <translation>{dose}: ausgelassen: {reason}. {undo}</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. {undo}</source>
        <translation>{dose}: genommen um {time}. {undo}</translation>
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
        <source>today</source>
        <comment>the side effects of today; also starts a sentence</comment>
        <translation>heute</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Bitte sprechen Sie ein Absetzen zuerst mit der Person ab, die es verordnet: Manche Medikamente gegen Spasmen dürfen nicht plötzlich abgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>{medication} absetzen</translation>
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
