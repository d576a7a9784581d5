<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Klaar</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation type="unfinished">Hoe was vandaag?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished">Pijn</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation type="unfinished"></translation>
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
        <source>Your own thing to add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinReminderBar</name>
    <message>
        <source>A 10-second check-in. Every answer is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the times of a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the side effects of a note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Baclofen pump refill due on {day}, in %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
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
        <source>must be at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
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
        <source>only a taken dose has a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation type="unfinished">Hoe was vandaag?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is still to come</source>
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
    <name>FactorRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
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
    <name>SelfRated</name>
    <message>
        <source>answer at least one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation type="unfinished"></translation>
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
    <name>Trial</name>
    <message>
        <source>, </source>
        <comment>between the weeks of a trial</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}.</source>
        <translation type="unfinished"></translation>
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
    <name>cautions</name>
    <message>
        <source>Cold eases spasms for some people and makes them worse for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation type="unfinished">Verstopping</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished">Stress</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation type="unfinished">Rekken</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>medicines</name>
    <message>
        <source>Baclofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Anders</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation type="unfinished"></translation>
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
