<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppointmentOperations</name>
    <message>
        <source>Added the appointment on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} ({day})</source>
        <comment>undo step: an answer of the check-in and its day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistOperations</name>
    <message>
        <source>&apos;{name}&apos; is already at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>Calendar: pick a day to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation type="unfinished">Den Spasmus um {time} löschen</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fertig</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">Ändern</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation type="unfinished">Dehnen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Die Zeit ändern</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished">Gestern</translation>
    </message>
    <message>
        <source>today</source>
        <comment>side effects of today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <source> · </source>
        <comment>between the parts of an entry</comment>
        <translation type="unfinished"> · </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the day factors listed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationOperations</name>
    <message>
        <source>, </source>
        <comment>between the changes listed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {medication}. Undo with Ctrl+Z.</source>
        <comment>{medication}: name and schedule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteHits</name>
    <message>
        <source>{day}, {time}</source>
        <comment>a diary day and a clock time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time} after midnight</source>
        <comment>the night after the diary day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{treatment}: {words}</source>
        <comment>a treatment and its words found</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfRatingOperations</name>
    <message>
        <source>Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baclofen pump dose change on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentOperations</name>
    <message>
        <source>Nothing changed in {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation type="unfinished"></translation>
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
