<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppointmentOperations</name>
    <message>
        <source>Added the appointment on {day}.</source>
        <translation>Afspraak op {day} toegevoegd.</translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Afspraak op {day} weggehaald. Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>afspraak toevoegen</translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>afspraak weghalen</translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation>{name} staat nu op de lijst. Vink het aan op de dagen dat het zo was.</translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation>{name} is vanaf vandaag van de lijst gehaald. ‘Terug’ zet het terug.</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} heet nu {new}.</translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation>Bewaard: {answer}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>toevoegen van {name}</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>weghalen van {name}</translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>hernoemen van {old} naar {new}</translation>
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
        <translation>‘{name}’ staat al onderaan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation>‘{name}’ staat al bovenaan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation>‘{name}’ houdt zijn naam.</translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation>Gewoonte ‘{name}’ toegevoegd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation>‘{name}’ staat een plek lager. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation>‘{name}’ staat een plek hoger. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation>Geen bijwerkingen genoteerd ({what}). Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation>De dosis zo nodig is weggehaald. Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation>{name} is van de checklist gehaald. Eerdere vinkjes blijven. ‘Terug’ zet het terug.</translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation>Gewoonte ‘{old}’ heet nu ‘{new}’. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation>Bewaard: {name} om {time}.</translation>
    </message>
    <message>
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Bijwerkingen ({what}): {effects}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>toevoegen van gewoonte ‘{name}’</translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>dosis zo nodig</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>‘{name}’ omlaag</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>‘{name}’ omhoog</translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>weghalen van een dosis zo nodig</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>weghalen van {name}</translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>hernoemen van ‘{old}’ naar ‘{new}’</translation>
    </message>
    <message>
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bijwerkingen: {what}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>overslaan van {dose}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>afvinken van {dose}</translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>afvinken van {name}</translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>vinkje weg bij {dose}</translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>vinkje weg bij {name}</translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation>{dose} staat weer open.</translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation>{dose}: overgeslagen. Je kunt een reden toevoegen.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation>{dose}: ingenomen om {time}. Pas de tijd aan als het eerder was.</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: gedaan.</translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation>{name}: niet gedaan.</translation>
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
        <translation>Kalender: kies een dag om te bekijken</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation>De terugblik op de dag wijzigen</translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation>Bijwerkingen wijzigen: {effects}</translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation>De tijd van de spasme om {time} wijzigen</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Tijd wijzigen</translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Wijzigen wanneer {dose} is ingenomen</translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation>{treatment} wijzigen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>De spasme om {time} verwijderen</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation>{treatment} verwijderen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation>Details van de spasme om {time} wijzigen</translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation>Gedane gewoonten</translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation>{dose} als overgeslagen markeren</translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation>{dose} als ingenomen markeren</translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation>{habit} als gedaan markeren</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Niet afgevinkt</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>Op deze dag is niets genoteerd.</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Reden…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation>Dosis zo nodig van {name} weghalen</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation>Dosis zo nodig van {name} om {time} weghalen</translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation>Bijwerkingen weghalen: {effects}</translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation>De reksessie om {time} weghalen</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Bijwerkingen na {dose}</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Bijwerkingen…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
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
        <translation>Rekken</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ingenomen</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandelingen</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Vinkje weg</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Vinkje bij {dose} weghalen</translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation>Vinkje bij {habit} weghalen</translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation>Waarom {dose} is overgeslagen</translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation>{dose} om {time}</translation>
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
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Gepland: {habit} voor %n week vanaf {day}, weken {order}. Ctrl+Z haalt het plan weg.</numerusform>
            <numerusform>Gepland: {habit} voor %n weken vanaf {day}, weken {order}. Ctrl+Z haalt het plan weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation>De proef met {habit} is gestopt. De dagen tot nu tellen mee voor de uitkomst. Ctrl+Z laat hem doorlopen.</translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>plan om {habit} te proberen</translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>stoppen van de proef met {habit}</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>De tijd wijzigen</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation>Dag erna  ▶</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Kies een dag om alles ervan te zien. Wijzigingen kun je ongedaan maken.</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>De dag erna tonen</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>De dag erna tonen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>De dag ervoor tonen</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>De dag ervoor tonen (Alt+Links)</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Vandaag tonen</translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation>Gisteren tonen</translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation>Getoond: {day}.</translation>
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
        <source>today</source>
        <comment>side effects of today</comment>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation>{moved} Hij staat nu in het dagboek van {day}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Dag ervoor</translation>
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
        <translation>Na middernacht</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation>Alle spasmen van de dag zijn genoteerd</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Geen spasmen die dag</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet af</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Niet wakker geworden van spasmen</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Pijn {value} van 10</translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation>Slaap: redelijk</translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation>Slaap: goed</translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation>Slaap: slecht</translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation>Slaap: {quality}</translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation>Spasticiteit {value} van 10</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Eerder gestopt</translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation>Die dag: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>%n keer wakker geworden</numerusform>
            <numerusform>%n keer wakker geworden</numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3 keer of vaker wakker geworden</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Eén keer wakker geworden</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Twee keer wakker geworden</translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation>volgende vulling {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation>niets genoteerd</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation>overgeslagen: {reason}</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation>ingenomen</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation>ingenomen om {time}</translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation>{dose} (zo nodig)</translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation>{dose}: {state}</translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation>{habit}: niet afgevinkt</translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation>{relative} · {day}</translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation>{state} (later ingevoerd)</translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation>{treatment}: {details}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation>‘{note}’</translation>
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
    <name>MedicationChanges</name>
    <message>
        <source>new schedule from {day}</source>
        <translation>nieuw schema vanaf {day}</translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation>herinneringen uit</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>herinneringen aan</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>hernoemd naar {name}</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation>{schedule} vanaf {day}</translation>
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
        <translation>Toegevoegd: {medication}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation>{name} gewijzigd: {changes}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation>Niets gewijzigd voor {name}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>toevoegen van {name}</translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>wijziging van {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>stoppen met {name}</translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation>{name} is gestopt vanaf {day}. Ongedaan maken met Ctrl+Z.</translation>
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
        <translation>{day}, {time} na middernacht</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n item bevat ‘{words}’, de nieuwste %n staan hier. Enter of een klik opent de dag.</numerusform>
            <numerusform>%n items bevatten ‘{words}’, de nieuwste %n staan hier. Enter of een klik opent de dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n item bevat ‘{words}’. Enter of een klik opent de dag.</numerusform>
            <numerusform>%n items bevatten ‘{words}’. Enter of een klik opent de dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation>Geen notitie bevat ‘{words}’.</translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation>Gevonden notities: Enter opent de dag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Zoeken in je notities</translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation>Notities bij spasmen, behandelingen en bijwerkingen van elke dag.</translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation>Typ een of twee woorden uit een notitie en druk op Enter.</translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation>Woorden uit een notitie</translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation>Woorden om in je notities te zoeken</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation>Bijwerkingen: {words}</translation>
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
        <translation>Niet bewaard: {reason}.</translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation>Bewaard voor {day}. ‘Terug’ haalt ze weg.</translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bewaren van je eigen antwoorden</translation>
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
    <name>SpasmChecks</name>
    <message>
        <source>No spasm entry with id {id}</source>
        <translation>Geen spasme met id {id}</translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation>bevat een teken dat geen UTF-8-tekst is (een los byte?); typ het opnieuw</translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation>is geen veld van een spasme</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>is {length} tekens lang; er passen er hoogstens {most}</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>moet een datum en tijd zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>moet een heel getal zijn, niet {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>mag hoogstens %n teken hebben</numerusform>
            <numerusform>mag hoogstens %n tekens hebben</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>moet van 0 tot 10 zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation>moet van 0 tot {most} seconden zijn (24 uur)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>mag geen stuurtekens bevatten</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>heeft een tijdzone nodig</translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation>de UTC-afwijking {offset} hoort bij geen enkele tijdzone; geef er een van -12:00 tot +14:00</translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation>onbekende plek in het lichaam {value}</translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation>onbekende soort {value} (kies uit {known})</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation>{day} is te lang geleden</translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation>{when} ligt in de toekomst; een spasme kun je pas noteren als hij begonnen is</translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation>De spasme om {time}</translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation>De spasme om {time} is gewist. Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation>De spasme om {time} van {day} is gewist. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation>Opnieuw genoteerd: de spasme om {time}.</translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation>De spasme staat weer op {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation>De spasme staat weer op {when}, opnieuw verplaatst.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation>De spasme staat nu op {when}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation>De spasme van {time} is weggehaald. ‘Opnieuw’ zet hem terug.</translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation>De spasme om {time} is terug.</translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>wissen van de spasme om {time}</translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>noteren van de spasme om {time}</translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>verplaatsen van de spasme naar {time}</translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation>{saved}. Voeg hieronder details toe als je wilt, of laat het zo.</translation>
    </message>
</context>
<context>
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation>Niet weggehaald: {reason}.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Weggehaald: {what}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} weggehaald</translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>de sessie ‘{routine}’ op {day} om {time}</translation>
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
    <name>TreatmentEvents</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Spieren of plekken</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nieuwe snelheid</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Volgende vulling</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Niet bewaard. {field}: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Wat het was</translation>
    </message>
    <message>
        <source>the baclofen pump dose change on {day}</source>
        <translation>de dosiswijziging van de baclofenpomp op {day}</translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation>het bijvullen van de baclofenpomp op {day}</translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation>de botulinetoxine-injectie van {day}</translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation>de fysiotherapie op {day}</translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation>‘{name}’ op {day}</translation>
    </message>
</context>
<context>
    <name>TreatmentOperations</name>
    <message>
        <source>Nothing changed in {what}.</source>
        <translation>Niets gewijzigd: {what}.</translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation>Genoteerd: {what}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Weggehaald: {what}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation>Bewaard: {what}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} gewijzigd</translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} genoteerd</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>{what} weggehaald</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation>Niet bewaard. {reason}.</translation>
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
    <name>UndoSteps</name>
    <message>
        <source>Could not redo it: {reason}</source>
        <translation>Kon niet opnieuw worden gedaan: {reason}</translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation>Kon niet ongedaan worden gemaakt: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Opnieuw gedaan: {what}.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Ongedaan gemaakt: {what}. ‘Opnieuw’ zet het terug.</translation>
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
