<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
