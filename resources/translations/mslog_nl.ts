<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation>Een terugblik van 10 seconden op {day}: spasticiteit, slaap en wat er speelde. Elk antwoord is vrijwillig.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Terugblikken</translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation>Terugblikken: {question}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Terugblik op de dag</translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation>Deze kaart tot morgen verbergen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation>Niet nu: terugblik op {day} verbergen</translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation>Begonnen. Nog één antwoord: zeg of je spasmelogboek compleet is.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>Vandaag is %n spasme genoteerd.</numerusform>
            <numerusform>Vandaag zijn %n spasmen genoteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>Gisteren is %n spasme genoteerd.</numerusform>
            <numerusform>Gisteren zijn %n spasmen genoteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>Op {day} is %n spasme genoteerd.</numerusform>
            <numerusform>Op {day} zijn %n spasmen genoteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 geen pijn</translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation>0 geen spasticiteit</translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation>10 ergst denkbaar</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 of meer</translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation>Een dag telt mee in je trends zodra je zegt dat hij compleet is genoteerd.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Aan de lijst toevoegen</translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation>Je eigen punt aan de lijst toevoegen</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Lijst wijzigen</translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation>Lijst wijzigen: hernoemen of weghalen</translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation>Sluiten (Esc). Alles is al bewaard.</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>Dag erna ▶</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Klaar met wijzigen</translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation>Elk antwoord is vrijwillig en wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Hoe was vandaag?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation>Ik heb al mijn spasmen van {day} genoteerd</translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation>Ik heb al mijn spasmen van vandaag genoteerd</translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation>Ik heb al mijn spasmen van gisteren genoteerd</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nieuwe naam voor {name}:</translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation>’s Nachts wakker door spasmen</translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation>Vandaag zijn geen spasmen genoteerd.</translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation>Gisteren zijn geen spasmen genoteerd.</translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation>Op {day} zijn geen spasmen genoteerd.</translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation>Geen spasmen op {day}</translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation>Vandaag geen spasmen</translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation>Gisteren geen spasmen</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Niet wakker geworden door spasmen</translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation>Voor deze dag is nog niets bewaard.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation>Slaap matig</translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation>Slaap goed</translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation>Slaap slecht</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation>Spasticiteit</translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation>Spasticiteit in de afgelopen 24 uur</translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation>Begonnen: bewaard tot waar je kwam.</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>De dag erna</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>De dag erna (Alt+Rechts)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>De dag ervoor</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>De dag ervoor (Alt+Links)</translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation>Deze dag is klaar. Je kunt alles wijzigen.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation>Terug (Ctrl+Z); opnieuw met Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>What was true</source>
        <translation>Wat er speelde</translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation>Wat er speelde op {day}</translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation>Wat er vandaag speelde</translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation>Wat er gisteren speelde</translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3 keer of vaker wakker</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Eén keer wakker</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Twee keer wakker</translation>
    </message>
    <message>
        <source>Your own thing to add to the list</source>
        <translation>Je eigen punt voor de lijst</translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation>Je spasmelogboek</translation>
    </message>
    <message>
        <source>a factor</source>
        <translation>een punt</translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation>alle spasmen genoteerd</translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation>nachtelijk wakker worden niet ingevuld</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>geen spasmen</translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation>niet zeker of alles is genoteerd</translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation>niet zeker of er geen waren</translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation>niet wakker geworden door spasmen</translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation>pijn niet ingevuld</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>pijn {value}</translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation>slaap matig</translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation>slaap goed</translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation>slaap niet ingevuld</translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation>slaap slecht</translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation>spasticiteit niet ingevuld</translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation>spasticiteit {value}</translation>
    </message>
    <message>
        <source>what was true</source>
        <translation>wat er speelde</translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation>3 keer of vaker wakker</translation>
    </message>
    <message>
        <source>woken once</source>
        <translation>één keer wakker</translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation>twee keer wakker</translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation>{count} {why}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (vandaag)</translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation>{day} (gisteren)</translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation>{factor}: nee</translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation>{factor}: ja</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ Dag ervoor</translation>
    </message>
</context>
<context>
    <name>CheckinReminderBar</name>
    <message>
        <source>A 10-second check-in. Every answer is optional.</source>
        <translation>Een terugblik van 10 seconden. Elk antwoord is vrijwillig.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Nu terugblikken</translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation>Nu terugblikken: {question}</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Herinnering aan de terugblik</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation>Herinnering aan de terugblik verbergen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Over 10 min</translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation>Herinnering aan de terugblik over 10 minuten herhalen</translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation>&amp;Hoe was vandaag?…</translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation>Een terugblik van 10 seconden in MSLog. Elk antwoord is vrijwillig.</translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation>Herinnering aan de terugblik: {question}</translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation>De terugblik wordt om {time} opnieuw gevraagd.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n dosis is aan de beurt</numerusform>
            <numerusform>%n doses zijn aan de beurt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n dosis was aan de beurt terwijl MSLog gepauzeerd was</numerusform>
            <numerusform>%n doses waren aan de beurt terwijl MSLog gepauzeerd was</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
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
            <numerusform>Bijvullen van de baclofenpomp gepland op {day}, over %n dag.</numerusform>
            <numerusform>Bijvullen van de baclofenpomp gepland op {day}, over %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation>Bijvullen van de baclofenpomp gepland voor vandaag.</translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation>Bijvullen van de baclofenpomp gepland voor morgen, {day}.</translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation>Nieuwe snelheid: {rate}</translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation>Volgende vulling {day}</translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation>Geen punt met id {uuid}</translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation>Geen dosis met id {uuid}</translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation>Geen doses of gewoonten op de lijst</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Geen gewoonte met id {uuid}</translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation>Geen medicijn met id {uuid}</translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation>Geen behandeling met id {uuid}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Plekken: {sites}</translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation>Het bijvullen van de baclofenpomp voor {day} is nog niet genoteerd. Noteer het onder Behandelingen als het gedaan is.</translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation>De dag: {side_effects}</translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation>Vink ze in MSLog af als je ze hebt genomen, of stel uit.</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Tijd voor {dose}</translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation>een dosis hoort bij een medicijn</translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation>voeg minstens één tijd toe, of kies ‘zo nodig’</translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation>een medicijn ‘zo nodig’ heeft geen vaste tijden</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>zo nodig</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>hoogstens 24 tijden per dag</translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation>om {time}: {problem}</translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation>er zijn doses van {name} genoteerd; zet het in plaats daarvan stop</translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation>geef een tijd als UU:MM</translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation>is na vandaag; noteer een behandeling als die heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation>hoort alleen bij een baclofenpomp</translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation>is meer dan een jaar na deze notitie</translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation>is geen veld van een behandeling</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation>hoort niet bij een dosiswijziging van de baclofenpomp</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation>hoort niet bij het bijvullen van de baclofenpomp</translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation>hoort niet bij een injectie met botulinetoxine</translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation>hoort niet bij een fysiotherapiesessie</translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation>hoort niet bij andere behandelingen</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>is {length} tekens lang; er passen er hoogstens {limit}</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>moet een datum en tijd zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>moet een datum zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>moet een getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation>moet na de dag liggen waarop het begon ({day})</translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
        <translation>moet na de dag van deze notitie liggen</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>mag hoogstens %n teken lang zijn</numerusform>
            <numerusform>mag hoogstens %n tekens lang zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>mag hoogstens {most} zijn</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>moet meer dan nul zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>moet een van {choices} zijn, niet {value}</translation>
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
        <source>only a taken dose has a time</source>
        <translation>alleen een genomen dosis heeft een tijd</translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation>zeg wat de behandeling was</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} moet nog komen</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} is te lang geleden</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} van %n gewoonte gedaan</numerusform>
            <numerusform>{done} van %n gewoonten gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation>{dose} zo nodig</translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation>{moment} valt niet op {day}</translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation>{moment} moet nog komen</translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation>{name} heeft op {day} geen vaste doses</translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation>{name} staat al op de lijst</translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation>{name} staat al op de lijst</translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation>{name} staat al op je lijst</translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation>{name} is niet aan de beurt om {slot}</translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation>{name} {dose} om {times}</translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation>{name} {dose} zo nodig</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation>{schedule} vanaf {day}</translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation>{side_effects}: {note}</translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation>{slot} is geen tijd voor een dosis</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} van %n dosis genomen</numerusform>
            <numerusform>{taken} van %n doses genomen</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation>{time} staat er twee keer; wijzig er een of haal hem weg</translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation>{time} is niet een van de tijden</translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation>{time} moet in hele minuten zijn</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value} is geen tijd</translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation>{value} is geen tijd; schrijf hem als UU:MM</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} is niet een van {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation>{value} valt buiten de dag (00:00 tot 23:59)</translation>
    </message>
</context>
<context>
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation>Hoe was vandaag?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation>Hoe was gisteren?</translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation>Hoe was {day}?</translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation>is geen veld van de terugblik</translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation>moet een lijst van punten zijn, geen tekst</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation>moet een tijd als UU:MM zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>moet een heel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation>moet van 0 tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>moet een van {choices} zijn, niet {value}</translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation>de terugblik is voor {day}, niet voor {other}</translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation>onbekend punt {value}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} moet nog komen</translation>
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
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>{name} van de lijst halen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} hernoemen</translation>
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
        <translation>beantwoord minstens één vraag</translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation>wordt alleen gevraagd als er spasmen zijn (frequentie boven 0)</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>moet een heel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>moet van {low} tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation>de antwoorden zijn voor {day}, niet voor {other}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} moet nog komen</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation>{frequency} van 4 ({frequency_words})</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation>{frequency} van 4 ({frequency_words}); ernst {severity} van 3 ({severity_words})</translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation>{score} van 5 ({score_words})</translation>
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
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</source>
        <translation>
            <numerusform>Gebaseerd op {complete} complete dagen van %n: {with_it} in de weken met en {without_it} in de weken zonder. Elke dag telt mee voor zijn geplande week, of het plan die dag nu gevolgd is of niet.</numerusform>
            <numerusform>Gebaseerd op {complete} complete dagen van %n: {with_it} in de weken met en {without_it} in de weken zonder. Elke dag telt mee voor zijn geplande week, of het plan die dag nu gevolgd is of niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Dagelijkse spasticiteit (0–10, uit de terugblik): geen duidelijk verschil tussen de weken (verschil {difference}, 95%-interval {low} tot {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation>Dagelijkse spasticiteit (0–10, uit de terugblik): te weinig terugblikken om te vergelijken ({days_with} dagen met, {days_without} zonder; van elk zijn er {needed} nodig).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Dagelijkse spasticiteit (0–10, uit de terugblik): {amount} hoger in de weken met (verschil {difference}, 95%-interval {low} tot {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Dagelijkse spasticiteit (0–10, uit de terugblik): {amount} lager in de weken met (verschil {difference}, 95%-interval {low} tot {high}).</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Geen gewoonte met id {uuid}</translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation>Geen eigen proef met id {uuid}</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation>Spasmen per complete dag: {with_it} in de weken met, {without_it} in de weken zonder.</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation>Spasmen per complete dag: {with_it} in de weken met, {without_it} in de weken zonder; verhouding {ratio} (95%-interval {low} tot {high}).</translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>Het plan is gevolgd op {followed} van %n dagen: {name} is afgevinkt op {ticked} van {days_with} dagen in de weken met, en niet afgevinkt op {unticked} van {days_without} dagen in de weken zonder.</numerusform>
            <numerusform>Het plan is gevolgd op {followed} van %n dagen: {name} is afgevinkt op {ticked} van {days_with} dagen in de weken met, en niet afgevinkt op {unticked} van {days_without} dagen in de weken zonder.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation>Dit is een verband in je eigen dagboek, geen bewijs: ook andere dingen veranderen van week tot week.</translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Proef met {name}, %n week vanaf {day}. Weken in de volgorde {order} (de volgorde is door loting bepaald).</numerusform>
            <numerusform>Proef met {name}, %n weken vanaf {day}. Weken in de volgorde {order} (de volgorde is door loting bepaald).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Proef met {name}, gestopt op {day} na %n dag. Weken in de volgorde {order} (de volgorde is door loting bepaald).</numerusform>
            <numerusform>Proef met {name}, gestopt op {day} na %n dagen. Weken in de volgorde {order} (de volgorde is door loting bepaald).</numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation>een proef begint vandaag of later</translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation>een proef begint binnen de komende 4 weken</translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation>minder spasmen in de weken met</translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation>meer spasmen in de weken met</translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation>moet een even getal van {low} tot {high} zijn</translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation>moet {low} tot {high} letters A of B zijn</translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation>heeft weken met (A) en zonder (B) de gewoonte nodig</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>geen duidelijk verschil</translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation>te weinig complete dagen om te vergelijken: {days_with} in de weken met en {days_without} zonder; van elk zijn er {needed} nodig</translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation>de proef met {name} is al voorbij</translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation>de proef met {name} loopt tot {day}; stop hem eerst om een andere te plannen</translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation>de proef die terug moet heeft een andere id</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>te weinig spasmen op deze dagen om te vergelijken</translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation>gebruikt alleen de letters A en B, niet {value}</translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation>met</translation>
    </message>
    <message>
        <source>without</source>
        <translation>zonder</translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation>{caution} Het interval komt van het opnieuw willekeurig trekken van hele weken, dezelfde methode als bij de factoren op het tabblad Trends.</translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation>{name} staat niet meer op de lijst</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}: een proef van %n week begint op {day}, de eerste week met.</numerusform>
            <numerusform>{name}: een proef van %n weken begint op {day}, de eerste week met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}: een proef van %n week begint op {day}, de eerste week zonder.</numerusform>
            <numerusform>{name}: een proef van %n weken begint op {day}, de eerste week zonder.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation>{name}: die week doen (week {week} van {weeks})</translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation>{name}: deze week doen (week {week} van {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation>{name}: die week overslaan (week {week} van {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation>{name}: deze week overslaan (week {week} van {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}: de proef van %n week eindigde op {day}.</numerusform>
            <numerusform>{name}: de proef van %n weken eindigde op {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation>{name}: de proef is gestopt op {day}.</translation>
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
        <translation>Kou verlicht spasmen bij sommige mensen en maakt ze bij anderen erger.</translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation>Warm, niet heet: warmte kan MS-klachten een tijdje erger maken, en huid die minder voelt verbrandt sneller.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation>Blaasprobleem</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopping</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation>Warm weer of oververhitting</translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation>Infectie of ziekte</translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation>Lang stilgezeten of stilgelegen</translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation>Strakke spalk, schoenen of kleding</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Menstruatie</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Slecht geslapen</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation>blaasprobleem</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>verstopping</translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation>warm weer of oververhitting</translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation>infectie of ziekte</translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation>lang stilgezeten of stilgelegen</translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation>strakke spalk, schoenen of kleding</translation>
    </message>
    <message>
        <source>period</source>
        <translation>menstruatie</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>slecht geslapen</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation>Koude kompres</translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation>Water drinken</translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation>Warmtekussen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Rekken</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation>Warme douche of bad</translation>
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
        <translation>Advies van de zorgverlener</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazepam</translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation>Dantroleen</translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation>Diazepam</translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation>Te slaperig</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentine</translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation>Nabiximols (Sativex)</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Pregabaline</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Bijwerkingen</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidine</translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation>Vijf tot negen per dag</translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation>Eén tot vijf per dag</translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation>Echte spasmen, minder dan eens per uur</translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation>Hoe sterk zijn ze meestal?</translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation>Hoe vaak komen je spasmen de laatste tijd?</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation>Licht, alleen bij aanraken of bewegen</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Geen spasmen</translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation>Hoeveel spasmen heb je op een gewone dag?</translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation>Eén spasme per dag of minder</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation>Spasmen vaker dan eens per uur</translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation>Spasmen vaker dan tien keer per uur</translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation>Tien of meer per dag</translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation>vijf tot negen per dag</translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation>één tot vijf per dag</translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation>echte spasmen, minder dan eens per uur</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation>licht, alleen bij aanraken of bewegen</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>geen spasmen</translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation>één spasme per dag of minder</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation>spasmen vaker dan eens per uur</translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation>spasmen vaker dan tien keer per uur</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>tien of meer per dag</translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation>Duizeligheid</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Slaperigheid</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Misselijkheid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Zwakte</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>duizeligheid</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>slaperigheid</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>misselijkheid</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>zwakte</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation>Dosiswijziging van de baclofenpomp</translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Bijvullen van de baclofenpomp</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Injectie met botulinetoxine</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injectie</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Andere behandeling</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Fysio</translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation>Fysiotherapiesessie</translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation>Pomp gewijzigd</translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation>Pomp bijgevuld</translation>
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
