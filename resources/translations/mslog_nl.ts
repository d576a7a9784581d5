<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AsNeededDialog</name>
    <message>
        <source>Amount</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicijn</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Dosis naar behoefte</translation>
    </message>
    <message>
        <source>Which medication did you take, and when?</source>
        <translation>Welk medicijn heb je genomen, en wanneer?</translation>
    </message>
    <message>
        <source>optional, as prescribed</source>
        <translation>optioneel, zoals voorgeschreven</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the {medication} dose at {time}</source>
        <translation>De dosis {medication} van {time} verwijderen</translation>
    </message>
    <message>
        <source>{dose} · as needed</source>
        <translation>{dose} · naar behoefte</translation>
    </message>
    <message>
        <source>{dose} · as needed · entered later</source>
        <translation>{dose} · naar behoefte · later ingevuld</translation>
    </message>
</context>
<context>
    <name>ChecklistForms</name>
    <message>
        <source>Amount</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Dag van de wijziging</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Duizeligheid</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Slaperigheid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Misselijkheid</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Niet bewaard. {field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Niet bewaard. {problem}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Startdag</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Sterkte en vorm</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tijd van inname</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Zwakte</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Dag erna  ▶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>De dag erna tonen</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>De dag ervoor tonen</translation>
    </message>
    <message>
        <source>Tick a dose when you take it. Unticking undoes it.</source>
        <translation>Vink een dosis af als je die neemt. Uitvinken maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Ticks on a past day are saved as entered later.</source>
        <translation>Vinkjes op een eerdere dag worden bewaard als later ingevuld.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Vandaag · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Gisteren · {day}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <comment>a button&apos;s name and its shortcut</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Dag ervoor</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>De tijd wijzigen</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>Wanneer heb je {dose} genomen?</translation>
    </message>
    <message>
        <source>reason for {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>reden voor {dose}</translation>
    </message>
    <message>
        <source>time of {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>tijd van {dose}</translation>
    </message>
    <message>
        <source>{dose}: skipped, no reason given. {undo}</source>
        <translation>{dose}: overgeslagen, geen reden opgegeven. {undo}</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. {undo}</source>
        <translation>{dose}: overgeslagen: {reason}. {undo}</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. {undo}</source>
        <translation>{dose}: genomen om {time}. {undo}</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Wijzigen wanneer {dose} is genomen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reason for skipping {dose}</source>
        <translation>Reden om {dose} over te slaan</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Bijwerkingen na {dose}</translation>
    </message>
    <message>
        <source>Side effects ✓</source>
        <translation>Bijwerkingen ✓</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Bijwerkingen…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip {dose}</source>
        <translation>{dose} overslaan</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Tick {dose} as taken</source>
        <translation>{dose} afvinken als genomen</translation>
    </message>
    <message>
        <source>Time…</source>
        <translation>Tijd…</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>{dose} uitvinken</translation>
    </message>
    <message>
        <source>{dose} (no longer scheduled)</source>
        <translation>{dose} (niet meer gepland)</translation>
    </message>
    <message>
        <source>{state} · side effects: {effects}</source>
        <translation>{state} · bijwerkingen: {effects}</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Genomen</translation>
    </message>
</context>
<context>
    <name>DoseRows</name>
    <message>
        <source>Late: due at {time}</source>
        <translation>Te laat: gepland om {time}</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Nog niet afgevinkt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Skipped · entered later</source>
        <translation>Overgeslagen · later ingevuld</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Overgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Overgeslagen: {reason} · later ingevuld</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Genomen om {time}</translation>
    </message>
    <message>
        <source>Taken at {time} · entered later</source>
        <translation>Genomen om {time} · later ingevuld</translation>
    </message>
    <message>
        <source>Taken at {time} · late</source>
        <translation>Genomen om {time} · te laat</translation>
    </message>
    <message>
        <source>Taken at {time} · late · entered later</source>
        <translation>Genomen om {time} · te laat · later ingevuld</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Add the medication first, under Your medications.</source>
        <translation>Voeg eerst het medicijn toe, onder ‘Je medicijnen’.</translation>
    </message>
    <message>
        <source>Add your medications below to tick off each dose here.</source>
        <translation>Voeg hieronder je medicijnen toe om hier elke dosis af te vinken.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <source>No doses are scheduled for this day.</source>
        <translation>Voor deze dag zijn geen doses gepland.</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Notitie ✓</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <source>Side effects that day (optional)</source>
        <translation>Bijwerkingen die dag (optioneel)</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Bijwerkingen vandaag</translation>
    </message>
    <message>
        <source>Side effects today (optional)</source>
        <translation>Bijwerkingen vandaag (optioneel)</translation>
    </message>
    <message>
        <source>Side effects today: add a note</source>
        <translation>Bijwerkingen vandaag: notitie toevoegen</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Dosis naar behoefte…</translation>
    </message>
    <message>
        <source>today</source>
        <comment>the side effects of today; also starts a sentence</comment>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} is geen getal</translation>
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
    <name>HabitNameDialog</name>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Move {habit} down</source>
        <translation>{habit} omlaag</translation>
    </message>
    <message>
        <source>Move {habit} up</source>
        <translation>{habit} omhoog</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove {habit} from the checklist</source>
        <translation>{habit} van de lijst halen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Rename {habit}</source>
        <translation>{habit} hernoemen</translation>
    </message>
    <message>
        <source>ticked later</source>
        <translation>later afgevinkt</translation>
    </message>
    <message>
        <source>{habit}, done</source>
        <translation>{habit}, gedaan</translation>
    </message>
    <message>
        <source>{habit}, not done yet</source>
        <translation>{habit}, nog niet gedaan</translation>
    </message>
    <message>
        <source>{time} · stretch session</source>
        <translation>{time} · rekoefeningen</translation>
    </message>
</context>
<context>
    <name>HabitsCard</name>
    <message>
        <source>Add a habit</source>
        <translation>Gewoonte toevoegen</translation>
    </message>
    <message>
        <source>Add a habit…</source>
        <translation>Gewoonte toevoegen…</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Lijst wijzigen</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>New name for {habit}:</source>
        <translation>Nieuwe naam voor {habit}:</translation>
    </message>
    <message>
        <source>Rename a habit</source>
        <translation>Gewoonte hernoemen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Zelfzorg</translation>
    </message>
    <message>
        <source>What do you want to tick off each day?</source>
        <translation>Wat wil je elke dag afvinken?</translation>
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
        <translation>Om {times}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Begint op {day}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Taken when needed</source>
        <translation>Naar behoefte</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>geen herinneringen</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>herinneringen aan</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>3 times a day</source>
        <translation>3 keer per dag</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4 keer per dag</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Medicijn toevoegen</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Hoeveelheid per dosis</translation>
    </message>
    <message>
        <source>At set times each day</source>
        <translation>Elke dag op vaste tijden</translation>
    </message>
    <message>
        <source>Change applies from</source>
        <translation>Wijziging geldt vanaf</translation>
    </message>
    <message>
        <source>Change {medication}</source>
        <translation>{medication} wijzigen</translation>
    </message>
    <message>
        <source>Choose or type any name</source>
        <translation>Kies of typ een naam</translation>
    </message>
    <message>
        <source>Enter the medication as prescribed. MSLog only keeps a record; it never suggests doses.</source>
        <translation>Vul het medicijn in zoals het is voorgeschreven. MSLog houdt alleen bij; het stelt nooit doses voor.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Vul in wat je voorschrijver heeft gezegd. Een wijziging begint een nieuwe regel vanaf de dag die je kiest; eerdere dagen houden wat toen gold.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Naam van het medicijn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Eén keer per dag</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Herinner me als een dosis aan de beurt is</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Tot nu toe: {history}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Sterkte en vorm</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>how a medication is taken</comment>
        <translation>Inname</translation>
    </message>
    <message>
        <source>Times and amounts</source>
        <translation>Tijden en hoeveelheden</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Twee keer per dag</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Naar behoefte</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>zoals voorgeschreven</translation>
    </message>
    <message>
        <source>capsules</source>
        <translation>capsules</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>druppels</translation>
    </message>
    <message>
        <source>e.g. tablets, liquid, spray</source>
        <translation>bijv. tabletten, drank, spray</translation>
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
        <translation>pleisters</translation>
    </message>
    <message>
        <source>sprays</source>
        <translation>sprays</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>tabletten</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>at {time}, {text} is not a number</source>
        <translation>om {time}: {text} is geen getal</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} is geen getal</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Change {medication}</source>
        <translation>{medication} wijzigen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Stoppen met {medication}</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stoppen…</translation>
    </message>
</context>
<context>
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Medicijn toevoegen…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog houdt bij wat je is voorgeschreven en wat je hebt genomen. Het stelt nooit doses voor: overleg met je behandelaar voordat je iets verandert.</translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation>Nog geen medicijnen.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Je medicijnen</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Gewoonte</translation>
    </message>
    <message>
        <source>Habit to try</source>
        <translation>Gewoonte om te proberen</translation>
    </message>
    <message>
        <source>Next Monday, {day}</source>
        <translation>Volgende maandag, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>De %n week plannen</numerusform>
            <numerusform>De %n weken plannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Een gewoonte %n week proberen</numerusform>
            <numerusform>Een gewoonte %n weken proberen</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a habit in planned weeks: {half} weeks with it and {half} without, taking turns, in an order drawn at random. Tick it on the days you do it, and fill in the daily check-in. After the {weeks} weeks MSLog compares your spasms in the weeks with and without it: an association in your own diary, not proof.</source>
        <translation>Probeer een gewoonte in geplande weken: {half} weken met en {half} zonder, om en om, in een willekeurig getrokken volgorde. Vink haar af op de dagen dat je haar doet en vul de terugblik op de dag in. Na de {weeks} weken vergelijkt MSLog je spasmen in de weken met en zonder: een verband in je eigen dagboek, geen bewijs.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why was it skipped?</source>
        <translation>Waarom overgeslagen?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose}: waarom overgeslagen? (optioneel)</translation>
    </message>
</context>
<context>
    <name>RefillBanner</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the pump refill reminder</source>
        <translation>Herinnering voor het bijvullen van de pomp verbergen</translation>
    </message>
    <message>
        <source>Once it is done, record it under Checklists ▸ Treatments.</source>
        <translation>Noteer het daarna onder Lijsten ▸ Behandelingen.</translation>
    </message>
    <message>
        <source>Pump refill reminder</source>
        <translation>Herinnering: pomp bijvullen</translation>
    </message>
</context>
<context>
    <name>RefillReminderUi</name>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Baclofenpomp bijvullen</translation>
    </message>
    <message>
        <source>Baclofen pump refill: {due}</source>
        <translation>Baclofenpomp bijvullen: {due}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n dosis aan de beurt</numerusform>
            <numerusform>%n doses aan de beurt</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose reminder</source>
        <translation>Herinnering voor een dosis</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>Herinnering verbergen</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Tijd voor {dose}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{dose}: reminding you again at {time}.</source>
        <translation>{dose}: je krijgt om {time} opnieuw een herinnering.</translation>
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
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip: {dose}</source>
        <translation>Overslaan: {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 min uitstellen</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Uitstellen: {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Genomen: {dose}</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <name>SideEffectDialog</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Gemerkt</translation>
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
        <source>optional, in your own words</source>
        <translation>optioneel, in je eigen woorden</translation>
    </message>
    <message>
        <source>{dose}: anything you noticed after it? Your clinician can read it in the report. Leave everything empty to remove a note.</source>
        <translation>{dose}: heb je daarna iets gemerkt? Je behandelaar kan het in het verslag lezen. Laat alles leeg om een notitie te verwijderen.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Before you stop</source>
        <translation>Voordat je stopt</translation>
    </message>
    <message>
        <source>First day without it</source>
        <translation>Eerste dag zonder</translation>
    </message>
    <message>
        <source>From which day do you no longer take {medication}? Its history stays in your diary.</source>
        <translation>Vanaf welke dag neem je {medication} niet meer? De geschiedenis blijft in je dagboek.</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Overleg een stop eerst met degene die het voorschrijft: sommige medicijnen tegen spasmen mogen niet plotseling worden gestopt.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Stoppen met {medication}</translation>
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
    <name>TimesEditor</name>
    <message>
        <source>Add a time</source>
        <translation>Tijd toevoegen</translation>
    </message>
    <message>
        <source>Amount at time {number}</source>
        <translation>Hoeveelheid bij tijd {number}</translation>
    </message>
    <message>
        <source>Leave empty for the usual amount per dose</source>
        <translation>Leeg laten voor de gewone hoeveelheid per dosis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove time {number}</source>
        <translation>Tijd {number} verwijderen</translation>
    </message>
    <message>
        <source>The amount at this time, if it differs (leave empty for the usual)</source>
        <translation>De hoeveelheid op deze tijd, als die afwijkt (leeg voor de gewone)</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Tijd {number}</translation>
    </message>
    <message>
        <source>usual</source>
        <comment>the usual amount</comment>
        <translation>gewoon</translation>
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
    <name>TreatmentDialog</name>
    <message>
        <source>Change a treatment</source>
        <translation>Behandeling wijzigen</translation>
    </message>
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
        <translation>Nieuwe afgiftesnelheid</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Volgende vulling gepland</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Behandeling noteren</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Herinner me</translation>
    </message>
    <message>
        <source>Remind me of the next refill</source>
        <translation>Herinner me aan de volgende vulling</translation>
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
        <source>Which treatment was it, and when? The rest is optional.</source>
        <translation>Welke behandeling was het, en wanneer? De rest is optioneel.</translation>
    </message>
    <message>
        <source>e.g. TENS, hydrotherapy</source>
        <translation>bijv. TENS, hydrotherapie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>optional, as your clinic set it</source>
        <translation>optioneel, zoals je kliniek het instelde</translation>
    </message>
    <message>
        <source>optional, e.g. left calf</source>
        <translation>optioneel, bijv. linkerkuit</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Change {treatment} on {day}</source>
        <translation>{treatment} van {day} wijzigen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove {treatment} on {day}</source>
        <translation>{treatment} van {day} verwijderen</translation>
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
        <translation>Injecties, pompvullingen en sessies staan als markering bij Trends en in het verslag. Een afgiftesnelheid wordt bewaard zoals je kliniek die instelde: MSLog stelt er nooit een voor.</translation>
    </message>
    <message>
        <source>No treatments recorded yet.</source>
        <translation>Nog geen behandelingen genoteerd.</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Behandeling noteren…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>%n tonen</numerusform>
            <numerusform>Alle %n tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the latest only</source>
        <translation>Alleen de nieuwste</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandelingen</translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message numerus="yes">
        <source>Add a habit first, then try it for %n weeks.</source>
        <translation>
            <numerusform>Voeg eerst een gewoonte toe en probeer die dan %n week.</numerusform>
            <numerusform>Voeg eerst een gewoonte toe en probeer die dan %n weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its result compares the weeks with and without it.</source>
        <translation>De uitkomst vergelijkt de weken met en zonder.</translation>
    </message>
    <message>
        <source>Not sure whether a habit makes a difference for you? Try it in planned weeks.</source>
        <translation>Weet je niet of een gewoonte verschil maakt? Probeer haar in geplande weken.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Uitkomst bekijken</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Zelfexperiment</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Proef stoppen</translation>
    </message>
    <message>
        <source>The trial of {habit} ended on {day}.</source>
        <translation>De proef met {habit} eindigde op {day}.</translation>
    </message>
    <message>
        <source>Trial of {habit}: the result</source>
        <translation>Proef met {habit}: de uitkomst</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Een gewoonte %n week proberen…</numerusform>
            <numerusform>Een gewoonte %n weken proberen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Een andere gewoonte %n week proberen…</numerusform>
            <numerusform>Een andere gewoonte %n weken proberen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in an order drawn at random ({order}). The result comes after {day}.</source>
        <translation>Weken in een willekeurige volgorde ({order}). De uitkomst komt na {day}.</translation>
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
