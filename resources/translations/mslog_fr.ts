<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation type="unfinished">Supprimer</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation type="unfinished">Supprimer le spasme de {time}</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminé</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">Modifier</translation>
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
        <translation type="unfinished">Étirements</translation>
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
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1 à 5 min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Ajouter votre propre déclencheur</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Ce que vous voulez en retenir</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Changer l’heure…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Enregistré aussitôt.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Détails du spasme de {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Durée, en minutes</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Durée, en secondes</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Exactement&#xa0;:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Quelle intensité&#xa0;? (ou touches 0 à 9)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Déclencheurs possibles</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Enregistré à {time} · détails mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>La note est trop longue (%n caractère&#xa0;; {limit} au maximum).</numerusform>
            <numerusform>La note est trop longue (%n caractères&#xa0;; {limit} au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Type de spasme</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Moins d’1 min</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Où dans le corps</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Votre déclencheur</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Supprimer le spasme de {time}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Modifier le spasme de {time}</translation>
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
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Intensité {value}</translation>
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
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Enregistré à {time} — dans le journal du {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Enregistré à {time}, cette nuit — dans le journal de {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Enregistré à {time}, hier — dans le journal de {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation type="unfinished">Changer l’heure</translation>
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
        <translation type="unfinished">Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished">Hier</translation>
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
        <translation>Après avoir noté un spasme, vous pouvez ajouter ici son intensité, où il était et ce qui a pu le déclencher. Ou laissez cela&#xa0;: l’heure est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Comment s’est passée la journée&#xa0;?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Comment s’est passée la journée&#xa0;? Le bilan du jour</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Noter un spasme maintenant</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Noter un spasme passé</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Noter un spasme passé…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n spasme noté à {times}, car votre journal ne s’est pas ouvert. Merci de le noter sur papier, puis de l’ajouter avec «&#xa0;Noter un spasme passé&#xa0;» dès qu’il s’ouvre.</numerusform>
            <numerusform>Non enregistrés&#xa0;: %n spasmes notés à {times}, car votre journal ne s’est pas ouvert. Merci de les noter sur papier, puis de les ajouter avec «&#xa0;Noter un spasme passé&#xa0;» dès qu’il s’ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>Noté à {time}. Enregistrement dès que votre journal s’ouvre…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Note un spasme à cet instant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Note un spasme à cet instant. Raccourci Ctrl+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>Le bilan du jour (Ctrl+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Quand un spasme commence, appuyez sur le bouton. Les détails peuvent attendre.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>ou appuyez sur Ctrl+L partout dans MSLog</translation>
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
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Jusqu’à cette heure, un spasme ou une prise au milieu de la nuit compte pour la veille au soir.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Demander comment s’est passée la journée à</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Tester le son et la voix</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Impossible de changer le démarrage à l’ouverture de session&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Il reste sur cet ordinateur, sauf si vous l’exportez.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>Garder MSLog actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog parle</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Non disponible sur ce système</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Réduire les animations (ni clignotement ni pulsation&#xa0;; les couleurs changent toujours)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Me rappeler une prise ou le bilan du jour à l’heure prévue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Le son et la voix fonctionnent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Sons pendant les étirements</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Consignes parlées pendant les étirements</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>Lancer MSLog à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>Lancer MSLog à l’ouverture de session (pour les rappels)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Repères visuels pendant les étirements (l’étape s’allume, les dernières secondes clignotent doucement)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Votre journée</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Votre journal est conservé dans {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Votre journal est conservé dans&#xa0;:
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
        <translation type="unfinished">Non enregistré&#xa0;: {reason}</translation>
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
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Rien de noté aujourd’hui. C’est très bien aussi.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Aujourd’hui · %n spasme</numerusform>
            <numerusform>Aujourd’hui · %n spasmes</numerusform>
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
        <translation type="unfinished">Note</translation>
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
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler&#xa0;: {what}</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Noter un spasme passé</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Non enregistré. Heure&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Cette heure n’est pas encore passée. Choisissez une heure passée, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Heure du début</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quand était-ce&#xa0;?</translation>
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
        <translation>Dos</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Clonus (secousses rythmiques)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Constipation</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Crampe</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>En extension</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>En extension (jambes tendues)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>En flexion</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>En flexion (jambes repliées)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Vessie pleine</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Mollet gauche</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Hanche gauche</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Cuisse gauche</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Changement de position</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Mollet droit</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Hanche droite</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Cuisse droite</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Vêtements serrés</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Tronc</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Réveil</translation>
    </message>
</context>
</TS>
