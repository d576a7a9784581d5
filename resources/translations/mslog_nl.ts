<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppointmentList</name>
    <message>
        <source>{day} — {clinician}</source>
        <translation>{day} — {clinician}</translation>
    </message>
    <message>
        <source>{day} — {clinician}: {note}</source>
        <translation>{day} — {clinician}: {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <comment>an appointment&apos;s day and its note</comment>
        <translation>{day}: {note}</translation>
    </message>
</context>
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
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation>Geen afspraak met id {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>is geen veld van een afspraak</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>is {length} tekens lang; er passen er hoogstens {limit}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>moet een datum zijn, geen {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} ligt meer dan twee jaar vooruit</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} is te lang geleden</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum van de afspraak</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Notitie bij de afspraak</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Afspraken (stippellijnen in de grafieken)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Blijft hier en staat bovenaan het verslag. Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Vragen voor mijn volgende afspraak</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Afspraak noteren</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Wat er besloten is (optioneel)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Bij</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>bijv. dr. Okafor, neuroloog</translation>
    </message>
</context>
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
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>MSLog starten bij het aanmelden, zodat de herinneringen kunnen verschijnen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>De back-upmap {folder} kan niet worden gemaakt: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>De back-up in {folder} kon geen naam krijgen: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>De back-up {file} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>De back-up kwam niet door de controle ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>De back-up is halverwege gestopt.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>De back-upmap {folder} is een koppeling naar een andere plek, dus MSLog heeft daar geen back-up bewaard: back-ups gaan alleen in een echte map binnen de gegevensmap. Verwijder de koppeling (MSLog maakt de map opnieuw) of geef met --data-dir een andere plek op.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>De controle is halverwege gestopt.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Je dagboek is open in een andere MSLog (een venster of een opdracht). Sluit die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Je dagboek is open in een andere MSLog. Sluit die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is een map, geen dagboekbestand</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is beschadigd ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen SQLite-database</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is afgekapt (halverwege afgebroken)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>door jou gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n notitie</numerusform>
            <numerusform>{made} — {why} — %n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — beschadigd, niet bruikbaar</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>Niets genoteerd in deze periode</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n spasme</numerusform>
            <numerusform>{label}: %n spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Plekken op het lichaam</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Dagen met en zonder elke factor</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Aangegeven uitlokkers</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <source>{counts} {note}</source>
        <comment>the trigger counts, then why they are not compared</comment>
        <translation>{counts} {note}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Penn {score}</source>
        <translation>Penn {score}</translation>
    </message>
    <message>
        <source>Snow {score}</source>
        <translation>Snow {score}</translation>
    </message>
    <message>
        <source>before: {figure}</source>
        <comment>the same figure for the days before</comment>
        <translation>ervoor: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>sterkte {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now}; ervoor: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} van {due}; {skipped} overgeslagen, {not_recorded} niet genoteerd</translation>
    </message>
    <message>
        <source>{title}: {value}. {compare}</source>
        <comment>a card read out: its title, figure, basis</comment>
        <translation>{title}: {value}. {compare}</translation>
    </message>
</context>
<context>
    <name>ChartZoom</name>
    <message>
        <source>Zoom: Ctrl+wheel, or + and − with the chart selected (0 shows every day again).</source>
        <translation>Zoomen: Ctrl+scrollwiel, of + en − met de grafiek gekozen (0 toont weer alle dagen).</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>--day: {day} is still to come</source>
        <translation>--day: {day} moet nog komen</translation>
    </message>
    <message>
        <source>--factor: unknown factor {text} (choose from {offered})</source>
        <translation>--factor: onbekende factor {text} (kies uit {offered})</translation>
    </message>
    <message>
        <source>--factor: {name} was removed from the list on {day}</source>
        <translation>--factor: {name} is op {day} van de lijst gehaald</translation>
    </message>
    <message>
        <source>--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)</source>
        <translation>--nights: {text} is niet 0, 1, 2, 3 of 3+ (gebruik 3+ voor drie of meer)</translation>
    </message>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: op {day} staat %n spasme genoteerd; gebruik --complete als alles genoteerd is</numerusform>
            <numerusform>--no-spasms: op {day} staan %n spasmen genoteerd; gebruik --complete als alles genoteerd is</numerusform>
        </translation>
    </message>
    <message>
        <source>--show: cannot be combined with {option}</source>
        <translation>--show: kan niet samen met {option}</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Terugblik op {day}</translation>
    </message>
    <message>
        <source>Check-in for {day}: not filled in yet</source>
        <translation>Terugblik op {day}: nog niet ingevuld</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Vul de terugblik op de dag in; elke optie mag je weglaten. Zonder optie (of met --show) toont het de terugblik op de dag.</translation>
    </message>
    <message>
        <source>I had no spasms that day</source>
        <translation>Ik had die dag geen spasmen</translation>
    </message>
    <message>
        <source>I logged all my spasms that day</source>
        <translation>Ik heb die dag al mijn spasmen genoteerd</translation>
    </message>
    <message>
        <source>Nights woken by spasms: {nights}</source>
        <translation>Keren wakker door spasmen: {nights}</translation>
    </message>
    <message>
        <source>Pain: {score}</source>
        <translation>Pijn: {score}</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Terugblik op {day} bewaard.</translation>
    </message>
    <message>
        <source>Sleep: {sleep}</source>
        <translation>Slaap: {sleep}</translation>
    </message>
    <message>
        <source>Spasms: {spasms}</source>
        <translation>Spasmen: {spasms}</translation>
    </message>
    <message>
        <source>Spasticity, past 24 hours: {score}</source>
        <translation>Spasticiteit, afgelopen 24 uur: {score}</translation>
    </message>
    <message>
        <source>What was true: {factors}</source>
        <translation>Wat er speelde: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>alles genoteerd (%n in het dagboek)</numerusform>
            <numerusform>alles genoteerd (%n in het dagboek)</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in or show a day&apos;s check-in (spasticity, nights, pain, sleep, factors)</source>
        <translation>de terugblik op een dag invullen of tonen (spasticiteit, nachten, pijn, slaap, factoren)</translation>
    </message>
    <message>
        <source>good, fair or poor</source>
        <comment>the words to type, kept in English</comment>
        <translation>good (goed), fair (matig) of poor (slecht)</translation>
    </message>
    <message>
        <source>nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)</source>
        <translation>keren wakker door spasmen: 0, 1, 2, 3 of 3+ (drie of meer)</translation>
    </message>
    <message>
        <source>no spasms that day</source>
        <translation>geen spasmen die dag</translation>
    </message>
    <message>
        <source>none of the list</source>
        <translation>niets van de lijst</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>niet ingevuld (de dag telt als onbekend; %n in het dagboek)</numerusform>
            <numerusform>niet ingevuld (de dag telt als onbekend; %n in het dagboek)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst)</source>
        <translation>pijn, 0 (geen) tot 10 (ergst)</translation>
    </message>
    <message>
        <source>print the day&apos;s check-in</source>
        <translation>de terugblik op de dag tonen</translation>
    </message>
    <message>
        <source>something that was true that day, e.g. heat or stress (repeatable)</source>
        <translation>iets wat die dag speelde, bijv. heat of stress (herhaalbaar)</translation>
    </message>
    <message>
        <source>spasticity over the past 24 hours, 0 (none) to 10 (worst)</source>
        <translation>spasticiteit in de afgelopen 24 uur, 0 (geen) tot 10 (ergst)</translation>
    </message>
    <message>
        <source>the diary day, YYYY-MM-DD (default: today)</source>
        <translation>de dagboekdag, YYYY-MM-DD (standaard: vandaag)</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <comment>nights woken</comment>
        <translation>{count} of meer</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} van 10</translation>
    </message>
</context>
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
    <name>ChecklistCommands</name>
    <message>
        <source>0 to 23 (default 4: 01:30 counts for the evening)</source>
        <translation>0 tot 23 (standaard 4: 01:30 telt voor de avond ervoor)</translation>
    </message>
    <message>
        <source>A new diary day now starts at {time}.</source>
        <translation>Een nieuwe dagboekdag begint nu om {time}.</translation>
    </message>
    <message>
        <source>A new diary day starts at {time}.</source>
        <translation>Een nieuwe dagboekdag begint om {time}.</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>zo nodig</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>gedaan om {time}</translation>
    </message>
    <message>
        <source>hour: {text} is not a whole hour from 0 to 23</source>
        <translation>hour: {text} is geen heel uur van 0 tot 23</translation>
    </message>
    <message>
        <source>late, not ticked</source>
        <translation>te laat, niet afgevinkt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>niet afgevinkt</translation>
    </message>
    <message>
        <source>print a day&apos;s doses and self-care ticks</source>
        <translation>de doses en zelfzorg van een dag tonen</translation>
    </message>
    <message>
        <source>show or set the hour a new diary day starts</source>
        <translation>het uur tonen of instellen waarop een nieuwe dagboekdag begint</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>overgeslagen ({reason})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>ingenomen om {time}</translation>
    </message>
    <message>
        <source>taken {time} (late)</source>
        <translation>ingenomen om {time} (te laat)</translation>
    </message>
    <message>
        <source>the diary day (default: today)</source>
        <translation>de dagboekdag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <comment>a day&apos;s heading and its progress line</comment>
        <translation>{day}: {progress}</translation>
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
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
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
        <source>No side effects noted for today. Undo with Ctrl+Z.</source>
        <translation>Vandaag geen bijwerkingen genoteerd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {day}. Undo with Ctrl+Z.</source>
        <translation>Geen bijwerkingen genoteerd voor {day}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {dose}. Undo with Ctrl+Z.</source>
        <translation>Geen bijwerkingen genoteerd na {dose}. Ongedaan maken met Ctrl+Z.</translation>
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
        <source>Side effects of today: {effects}. Undo with Ctrl+Z.</source>
        <translation>Bijwerkingen vandaag: {effects}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {day}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Bijwerkingen op {day}: {effects}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {dose}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Bijwerkingen na {dose}: {effects}. Ongedaan maken met Ctrl+Z.</translation>
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
        <source>side effects of today</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bijwerkingen van vandaag</translation>
    </message>
    <message>
        <source>side effects of {day}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bijwerkingen van {day}</translation>
    </message>
    <message>
        <source>side effects of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bijwerkingen na {dose}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>overslaan van {dose}</translation>
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
    <name>ChecklistsTab</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
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
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>MSLog is still running</source>
        <translation>MSLog draait nog</translation>
    </message>
    <message>
        <source>Reminders keep working here in the tray. To quit, choose Quit MSLog from this icon&apos;s menu.</source>
        <translation>Herinneringen blijven hier in het systeemvak werken. Kies ‘MSLog afsluiten’ in het menu van dit pictogram om te stoppen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: {text} is niet als tijd te lezen; gebruik HH:MM of YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: give a time, as HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: geef een tijd, als HH:MM of YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: {day} is outside the days a diary keeps</source>
        <translation>--at: {day} valt buiten de dagen die een dagboek bijhoudt</translation>
    </message>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} bestond hier niet: die nacht ging de klok %n minuut vooruit; geef de tijd die de klok aangaf (zoals {later})</numerusform>
            <numerusform>--at: {time} bestond hier niet: die nacht ging de klok %n minuten vooruit; geef de tijd die de klok aangaf (zoals {later})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at: {time} did not happen here: the clocks went forward an hour that night; give the time the clock showed (such as {later})</source>
        <translation>--at: {time} bestond hier niet: die nacht ging de klok een uur vooruit; geef de tijd die de klok aangaf (zoals {later})</translation>
    </message>
    <message>
        <source>--data-dir: give a folder</source>
        <translation>--data-dir: geef een map</translation>
    </message>
    <message>
        <source>--data-dir: {folder} is not a folder</source>
        <translation>--data-dir: {folder} is geen map</translation>
    </message>
    <message>
        <source>--from: the first day is after the last day</source>
        <translation>--from: de eerste dag ligt na de laatste</translation>
    </message>
    <message>
        <source>MSLog, a private diary for MS spasms.</source>
        <translation>MSLog, een privédagboek voor MS-spasmen.</translation>
    </message>
    <message>
        <source>With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The
commands work in this terminal and never open the window; `mslog COMMAND --help` tells
more about each.

environment:
  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given

Your diary stays on this computer: MSLog sends nothing anywhere.</source>
        <comment>the end of `mslog --help`; keep its line breaks short (under 80 characters)</comment>
        <translation>Zonder COMMAND opent MSLog zijn venster (`mslog` of `mslog --data-dir PATH`).
De opdrachten werken in deze terminal en openen nooit het venster;
`mslog COMMAND --help` vertelt meer over elke opdracht.

omgeving:
  MSLOG_DATA_DIR  de map met het dagboek, als --data-dir ontbreekt

Je dagboek blijft op deze computer: MSLog stuurt niets ergens heen.</translation>
    </message>
    <message>
        <source>folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)</source>
        <translation>map met het dagboek (standaard: $MSLOG_DATA_DIR of je map met gebruikersgegevens)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>laatste dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>mslog {command}: error: {problem}</source>
        <translation>mslog {command}: fout: {problem}</translation>
    </message>
    <message>
        <source>mslog: error: {problem}</source>
        <translation>mslog: fout: {problem}</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>een van: {keys}</translation>
    </message>
    <message>
        <source>one of: {keys} (repeatable)</source>
        <translation>een van: {keys} (herhaalbaar)</translation>
    </message>
    <message>
        <source>{option}: cannot read {text} as a date; use YYYY-MM-DD</source>
        <translation>{option}: {text} is niet als datum te lezen; gebruik YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{option}: give a file name</source>
        <translation>{option}: geef een bestandsnaam</translation>
    </message>
    <message>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>{option}: unknown value {text} (choose from {known})</source>
        <translation>{option}: onbekende waarde {text} (kies uit {known})</translation>
    </message>
    <message>
        <source>{option}: {day} is too far ahead; give a day up to {latest}</source>
        <translation>{option}: {day} ligt te ver vooruit; geef een dag tot en met {latest}</translation>
    </message>
    <message>
        <source>{option}: {day} is too long ago; a diary starts in 1970 at the earliest</source>
        <translation>{option}: {day} is te lang geleden; een dagboek begint op zijn vroegst in 1970</translation>
    </message>
    <message>
        <source>{option}: {path} does not exist</source>
        <translation>{option}: {path} bestaat niet</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder; give a file name inside it</source>
        <translation>{option}: {path} is een map; geef een bestandsnaam daarin</translation>
    </message>
    <message>
        <source>{option}: {path} is not a regular file</source>
        <translation>{option}: {path} is geen gewoon bestand</translation>
    </message>
    <message>
        <source>{option}: {text} is not a whole number</source>
        <translation>{option}: {text} is geen heel getal</translation>
    </message>
</context>
<context>
    <name>CueBar</name>
    <message>
        <source>Step progress</source>
        <translation>Voortgang van de stap</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Kies de dagen die je wilt zien</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Tot en met</translation>
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
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Een nieuw dagboek</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>Er is geen nieuw dagboek begonnen</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog heeft schade in je dagboek gevonden</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Je beschadigde dagboekbestand is ongewijzigd bewaard als {file}. Het nieuwe dagboek is leeg.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit back-up…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Een gecontroleerde kopie van je dagboek (%n notitie) is bewaard in
{folder}</numerusform>
            <numerusform>Een gecontroleerde kopie van je dagboek (%n notities) is bewaard in
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Back-up niet gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Geannuleerd. Je dagboek is zoals het was.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Annuleren importeert niets: je dagboek blijft precies zoals het is.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Nu annuleren verandert niets: je dagboek blijft zoals het is.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Back-up wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Notities importeren uit een MSLog-export</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Notities worden geïmporteerd</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>MSLog-exports (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Er is niets teruggezet</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Je dagboek bevat nu de %n notitie uit de back-up.</numerusform>
            <numerusform>Je dagboek bevat nu de %n notities uit de back-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Je dagboek zoals het een moment geleden was, is ook als back-up bewaard, zodat je het op dezelfde manier kunt terugzetten.</translation>
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
    <name>DayStart</name>
    <message>
        <source>must be a whole hour, not {value}</source>
        <translation>moet een heel uur zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 23, not {value}</source>
        <translation>moet tussen 0 en 23 liggen, niet {value}</translation>
    </message>
</context>
<context>
    <name>DaySteps</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Dag erna  ▶</translation>
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
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Weer alle dagen van de periode tonen (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n dag geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
            <numerusform>%n dagen geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n dag geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend (vandaag telt zodra de dag voorbij is of in de terugblik volledig is)</numerusform>
            <numerusform>%n dagen geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend (vandaag telt zodra de dag voorbij is of in de terugblik volledig is)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>op basis van %n dag ({complete} volledig, {partial} gedeeltelijk: minder dan {steadier} volledige, dus er kunnen spasmen ontbreken)</numerusform>
            <numerusform>op basis van %n dagen ({complete} volledig, {partial} gedeeltelijk: minder dan {steadier} volledige, dus er kunnen spasmen ontbreken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>op basis van maar %n volledige dag ({steadier} geven een stabieler getal)</numerusform>
            <numerusform>op basis van maar %n volledige dagen ({steadier} geven een stabieler getal)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>op basis van {complete} van {counted} dagen (volledige dagen)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>nog geen dag met notities</translation>
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
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n waarde in je dagboek is geen geldige tekst (UTF-8), dus de onleesbare bytes worden vervangen getoond (door U+FFFD); al het andere is zoals bewaard, en het dagboek zelf is niet veranderd.</numerusform>
            <numerusform>%n waarden in je dagboek zijn geen geldige tekst (UTF-8), dus de onleesbare bytes worden vervangen getoond (door U+FFFD); al het andere is zoals bewaard, en het dagboek zelf is niet veranderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>Op {file} kan geen nieuw dagboek worden gemaakt: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>De gegevensmap {folder} kan niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog kan niet bewaren in de map {folder} ({reason}). Er is niets veranderd. Controleer of de map beschrijfbaar is en de schijf niet vol is.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog kan niet bewaren in je dagboekbestand {file} ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog kon op {file} geen nieuw dagboek maken: de schijf is vol. Er is niets half gemaakt en niets verloren; maak wat ruimte vrij en start MSLog dan opnieuw.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog kon je dagboek niet bewaren of lezen ({reason}). Er is niets verloren en niets half bewaard. Controleer of de schijf vrije ruimte heeft en de gegevensmap beschrijfbaar is, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog kon niet in je dagboek bewaren: de schijf is vol. Er is niets verloren en niets half bewaard; maak wat ruimte vrij en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog moet de indeling van je dagboek bijwerken, maar kon eerst geen veiligheidskopie bewaren, dus er is niets veranderd. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>De gegevensmap {folder} is geen map.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is een kapotte koppeling</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is beschadigd (het formaatnummer {version} heeft MSLog nooit geschreven)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is beschadigd ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek (een ander programma heeft het als het zijne gemarkeerd: id {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek (het mist de markering die elk MSLog-dagboek van dit formaat heeft)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek, of een beschadigd dagboek ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>het bevat een tabel die MSLog nooit maakt: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>de tabel {table} ontbreekt</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>de tabellen {tables} ontbreken</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>de kolommen van de tabel {table} zijn niet die MSLog maakt</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>het nieuwe dagboek is niet volledig geschreven</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} is geen leesbaar MSLog-dagboek ({reason}). Het is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>De tijd wijzigen</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>the side effects of today</comment>
        <translation>Vandaag</translation>
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
        <source>{dose}: skipped, no reason given. Undo with Ctrl+Z.</source>
        <translation>{dose}: overgeslagen, geen reden opgegeven. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. Undo with Ctrl+Z.</source>
        <translation>{dose}: overgeslagen: {reason}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Undo with Ctrl+Z.</source>
        <translation>{dose}: genomen om {time}. Ongedaan maken met Ctrl+Z.</translation>
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
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
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
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog vond een probleem met je dagboekbestand: {file} {problem}. Daarom bewaart MSLog er niet meer in, zodat het niet erger wordt. Zet je nieuwste goede back-up terug om verder te gaan.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Dit dagboek is bewaard door een nieuwere versie van MSLog (gegevensformaat {found}; deze versie begrijpt tot {supported}). Het is niet veranderd. Werk MSLog bij om het te openen.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Je dagboekbestand {file} {problem}, dus MSLog heeft het niet geopend. Het kon niet opzij worden gezet, dus het is precies gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Je dagboekbestand {file} {problem}, dus MSLog heeft het niet geopend. Het is ongewijzigd bewaard als {copy}.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation>&lt;b&gt;Spreadsheetbestanden (CSV)&lt;/b&gt; openen in Excel, LibreOffice of Numbers: één bestand per soort notitie, samen in een zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Volledige kopie (JSON)&lt;/b&gt; bevat alles wat MSLog bewaart, om veilig te bewaren of in MSLog op een andere computer te importeren.&lt;br&gt;&lt;br&gt;&lt;b&gt;Voor je arts (FHIR)&lt;/b&gt; is een bestand in HL7 FHIR R4, de standaard die systemen van praktijken en ziekenhuizen lezen: spasmen per dag en spasticiteitsscores, medicijnen met hun dosisgeschiedenis, behandelingen en antwoorden uit de terugblik voor de dagen die je hieronder kiest.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Geannuleerd. Er is geen bestand bewaard.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Annuleren laat geen bestand achter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Volledige kopie (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Dagen voor je arts</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Dagen in het bestand voor je arts</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Je dagboek exporteren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Voor je arts (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog voor arts {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Volledige kopie bewaren</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Spreadsheetbestanden bewaren</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Bestand voor je arts bewaren</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Bewaard: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Bewaard: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Volledige kopie wordt bewaard</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Bestand voor je arts wordt bewaard</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Spreadsheetbestanden worden bewaard</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Spreadsheetbestanden (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>Het bestand voor je arts kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>De kopie kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>De export kon niet worden bewaard: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>Zip met CSV-bestanden (*.zip);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{saved}. {notice}</source>
        <comment>a file saved, then a notice about it</comment>
        <translation>{saved}. {notice}</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Op basis van %n volledige dag van {days}: een dag telt zodra de terugblik zegt dat elke spasme genoteerd is (of dat er geen waren). Een factor telt alleen op dagen die MSLog kent: factoren uit de terugblik op dagen met een terugblik, gewoonten, rekken en doses vanaf de eerste dag dat je ze noteerde.</numerusform>
            <numerusform>Op basis van %n volledige dagen van {days}: een dag telt zodra de terugblik zegt dat elke spasme genoteerd is (of dat er geen waren). Een factor telt alleen op dagen die MSLog kent: factoren uit de terugblik op dagen met een terugblik, gewoonten, rekken en doses vanaf de eerste dag dat je ze noteerde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Nog geen factor heeft {needed} volledige dagen met en {needed} zonder (%n volledige dag).</numerusform>
            <numerusform>Nog geen factor heeft {needed} volledige dagen met en {needed} zonder (%n volledige dagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Geen factor viel op: %n factor getest op {complete} volledige dagen, geen met een duidelijk verschil.</numerusform>
            <numerusform>Geen factor viel op: %n factoren getest op {complete} volledige dagen, geen met een duidelijk verschil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Spasmen per volledige dag op dagen met en zonder elke factor, als rate ratio; het 95&#xa0;%-interval komt uit hoeveel stukken van een week of langer in het dagboek variëren (een blok-bootstrap), zodat reeksen goede en slechte dagen niet voor een effect worden aangezien, en de vele factoren worden samen gecorrigeerd (Benjamini-Hochberg, 10&#xa0;%). Er is niet gecorrigeerd voor weekdagen en seizoenen.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>Het interval bevat 1, of het verschil is zo klein dat het bij zoveel factoren toeval kan zijn (q van 0,10 of meer).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Dit telt de spasmen waarbij je elke uitlokker aangaf. Ze worden niet vergeleken: een uitlokker wordt alleen bij een spasme aangegeven, dus kan hij niet laten zien of dagen met die uitlokker meer spasmen hebben. Vink daarvoor in de terugblik op de dag aan wat klopte.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Dit laat een verband zien, geen bewijs: op dezelfde dagen veranderen ook andere dingen. Bespreek het met je zorgverlener voordat je iets verandert.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS in de terugblik {difference} punten</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS in de terugblik {difference} punten (95&#xa0;%-interval {low} tot {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS in de terugblik: nog niet genoeg dagen ({days} van {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>vergeleken met de spasmen van de volgende dag</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>vergeleken met de spasmen van dezelfde dag</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>dagfactor</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>doses</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>minder spasmen {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>gewoonte</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>meer spasmen {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>volgende dag</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>geen duidelijk verschil</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>nog niet genoeg dagen ({days} van {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>rate ratio {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>rate ratio {ratio} (95&#xa0;%-interval {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>rate ratio –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>rekken</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>te weinig spasmen op deze dagen om te vergelijken</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Opvallend: {clear} van %n factor, getest op {complete} volledige dagen.</numerusform>
            <numerusform>Opvallend: {clear} van %n factoren, getest op {complete} volledige dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} van {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} volledige dagen met, {without} zonder</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} tegen {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} tegen {without} spasmen per dag</translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Each needs at least {needed} complete days with it and {needed} without: {factors}.</source>
        <translation>Elke factor heeft minstens {needed} volledige dagen met en {needed} zonder nodig: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Zo berekend: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Geen duidelijk verschil ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Nog niet genoeg dagen</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Nog niets om te vergelijken. Vink in de terugblik op de dag aan wat klopte (warm weer, stress, slecht geslapen…), of vink gewoonten en doses af, en geef aan wanneer alle spasmen van een dag genoteerd zijn.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Spasmen: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Opvallend ({clear} van {tested} getest)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>Je hebt in deze dagen bij geen enkele spasme een uitlokker aangegeven.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Je gaf aan: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} bij %n spasme</numerusform>
            <numerusform>{trigger} bij %n spasmen</numerusform>
        </translation>
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
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Voltooide rekoefening</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Elke geplande dosis {medicine} ingenomen</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>op dagen waarop elke geplande dosis {medicine} als ingenomen is genoteerd</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>op dagen met een voltooide rekoefening</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>op dagen met {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>op de dag na dagen waarop elke geplande dosis {medicine} als ingenomen is genoteerd</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>op de dag na dagen met een voltooide rekoefening</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>op de dag na dagen met {factor}</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <source>Exercise picture</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
    <message>
        <source>{description}. {side}</source>
        <translation>{description}. {side}</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>hier wordt een komma (,) verwacht</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>hier wordt een dubbele punt (:) verwacht</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>hier wordt een waarde verwacht</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>na het einde volgen nog meer gegevens</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>overbodige komma voor het einde van de lijst</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>overbodige komma voor het einde van het object</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ongeldige escapereeks (\)</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ongeldige \uXXXX-reeks</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ongeldig stuurteken</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>tekst zonder afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>een lijst [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>een object {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>byte {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>bevat een getal van {digits} cijfers; er passen er hoogstens {most}</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is een map; geef een gewoon bestand op</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is een pipe of apparaat, geen bestand; geef een gewoon bestand op</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is groter dan {size}, het meeste dat MSLog leest</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is meer dan {depth} niveaus diep genest</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>is geen geldige tekst (het bevat een teken dat geen UTF-8 is)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>sleutelhoudingen</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>regel {line}, kolom {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>moet een eindig getal zijn</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>moet een lijst [...] zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>moet een getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>moet een geheel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>moet een object {{...}} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>moet minstens {low} {unit} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>moet minstens {low} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>mag hoogstens {high} {unit} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>mag hoogstens {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>moet van {low} tot {high} {unit} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>moet van {low} tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>moet true of false zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>moet {choices} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>moet {low} tot {high} tekens lang zijn, niet {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>moet minstens {low} {noun} hebben, niet {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>moet {low} tot {high} {noun} hebben, niet {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>mag geen NUL-teken bevatten</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>mag geen stuurtekens bevatten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>onbekend veld (verwacht een van: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} of {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} is geen getal dat MSLog aanneemt</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
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
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n uur heeft er {count}</numerusform>
            <numerusform>%n uren hebben er elk {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>voor het begin van je dagboek</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>doe de dagelijkse terugblik om het te zien</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>geen verandering in % vanaf een score van 0</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>geen enkel drukste uur</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>geen spasmen genoteerd</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>geen op de meeste van deze dagen</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>niets om mee te vergelijken voor het begin van je dagboek</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>te weinig dagen met terugblik om te vergelijken ({now} en {before}; {needed} nodig per periode)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>te weinig gegevens: {spasms} spasmen op {days} dagen nodig</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, minder dan de verandering van {meaningful}% die studies betekenisvol noemen</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}: een verandering van {meaningful}% of meer noemen studies betekenisvol</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>elk {count}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} en {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} op %n dag</numerusform>
            <numerusform>{nrs} op %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} van {spasms} met score</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} en nog %n</numerusform>
            <numerusform>{triggers} en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} per dag</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (geen terugblik met een score)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>De tijd wijzigen</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Kies een dag om alles ervan te zien. Wijzigingen kun je ongedaan maken.</translation>
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
        <source>Every spasm of the day is logged</source>
        <translation>Alle spasmen van de dag zijn genoteerd</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Geen spasmen die dag</translation>
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
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n stond al in je dagboek</numerusform>
            <numerusform>%n stonden al in je dagboek</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(hoogste niveau)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>%n nieuwe spasme-notitie geïmporteerd</numerusform>
            <numerusform>%n nieuwe spasme-notities geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>Het bestand {problem}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>Er was geen ruimte om de notities uit het bestand opzij te zetten ({reason}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>een MSLog-export is een JSON-object</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>en nog %n ander record</numerusform>
            <numerusform>en nog %n andere records</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>verwacht {expected}, gevonden {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>bevat ongeldige base64-gegevens</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>is geen tabel die MSLog kent</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>is geen tijd die MSLog kan bewaren</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>is geen geldige id</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>is een te groot getal</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>moet een dag als JJJJ-MM-DD zijn, niet {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>moet een lijst van %n waarde zijn</numerusform>
            <numerusform>moet een lijst van %n waarden zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>moet een lijst van kolomnamen zijn</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>moet een enkelvoudige waarde zijn, niet {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>mag niet leeg zijn (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>noemt een kolom twee keer</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>verwijst naar {table} {id}, dat niet in het bestand staat</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>herhaalt de id van een eerdere notitie</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>herhaalt een eerdere id</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>het dagboek weigerde het ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>{column} ontbreekt</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} is geen veld</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{imported} ({other}).</source>
        <translation>{imported} ({other}).</translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message>
        <source>{imported}; {already} ({other}).</source>
        <comment>the parts: “Imported 2 new spasm entries”, “3 were already in your diary”, “and 4 other records”</comment>
        <translation>{imported}; {already} ({other}).</translation>
    </message>
    <message>
        <source>{imported}; {already}.</source>
        <translation>{imported}; {already}.</translation>
    </message>
    <message>
        <source>{offset} minutes is not an offset a time zone uses (from {low} to {high})</source>
        <translation>{offset} minuten is geen verschil dat een tijdzone gebruikt (van {low} tot {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} is geen geldige versie</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} is geen versie die MSLog leest</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}: het bestand komt van een nieuwere MSLog; werk eerst MSLog bij</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}: {problem}. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message>
        <source>--from: that day is too long ago</source>
        <translation>--from: die dag is te lang geleden</translation>
    </message>
    <message>
        <source>--from: {first} is after the last day, {last}</source>
        <translation>--from: {first} ligt na de laatste dag, {last}</translation>
    </message>
    <message>
        <source>--to: {day} is still to come</source>
        <translation>--to: {day} moet nog komen</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <comment>how the comparison was made</comment>
        <translation>Methode: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Nog niet genoeg dagen (minstens %n volledige dag met en %n zonder): {factors}.</numerusform>
            <numerusform>Nog niet genoeg dagen (minstens %n volledige dagen met en %n zonder): {factors}.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare days with and without each check-in factor, habit, stretching and dose</source>
        <translation>dagen met en zonder elke factor, gewoonte, rekken en dosis vergelijken</translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>eerste dag (standaard: %n dag geleden)</numerusform>
            <numerusform>eerste dag (standaard: %n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>de resultaten als JSON tonen</translation>
    </message>
    <message>
        <source>spasms: {comparison}</source>
        <translation>spasmen: {comparison}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind, its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
</context>
<context>
    <name>KeyNumbers</name>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n punt</numerusform>
            <numerusform>+%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>A complete day is one the daily check-in says had every spasm logged (or none); days with nothing logged or said are unknown and never counted as calm. NRS, nights woken and pain are the person&apos;s own daily check-in answers (3 nights woken means three or more). The {mark} % mark: the change in the daily NRS that trials treat as meaningful. Changes compare the two periods only; they do not show a cause. Means are compared only with {days} days or more in each period. {before}: before the diary began; –: nothing to rest on. Nothing here is a clinical assessment.</source>
        <translation>Een volledige dag is een dag waarvan de terugblik op de dag zegt dat elke spasme is genoteerd (of dat er geen was); dagen zonder notitie of antwoord zijn onbekend en tellen nooit als rustig. NRS, keren wakker en pijn zijn de eigen antwoorden van de persoon in de terugblik op de dag (3 keer wakker betekent drie of meer). De grens van {mark}%: de verandering in de dagelijkse NRS die studies als betekenisvol zien. Veranderingen vergelijken alleen de twee periodes; ze tonen geen oorzaak. Gemiddelden worden alleen vergeleken bij {days} dagen of meer per periode. {before}: voor het begin van het dagboek; –: niets om op te steunen. Niets hiervan is een klinische beoordeling.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Dagen met rekken</translation>
    </message>
    <message>
        <source>Pain (0–10), daily mean</source>
        <translation>Pijn (0–10), gemiddeld per dag</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplande doses genomen</translation>
    </message>
    <message>
        <source>Spasms per complete day</source>
        <translation>Spasmen per volledige dag</translation>
    </message>
    <message>
        <source>Spasms per day with entries</source>
        <translation>Spasmen per dag met notities</translation>
    </message>
    <message>
        <source>Spasticity NRS (0–10), daily mean</source>
        <translation>Spasticiteit NRS (0–10), gemiddeld per dag</translation>
    </message>
    <message>
        <source>Times woken by spasms a night</source>
        <translation>Keer wakker door spasmen per nacht</translation>
    </message>
    <message>
        <source>no % change from 0</source>
        <translation>geen %-verandering vanaf 0</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>{change} (reaches the {mark} % mark)</source>
        <translation>{change} (haalt de grens van {mark}%)</translation>
    </message>
    <message>
        <source>{change} (under the {mark} % mark)</source>
        <translation>{change} (onder de grens van {mark}%)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} van %n dag</numerusform>
            <numerusform>{count} van %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} op %n volledige dag</numerusform>
            <numerusform>{mean} op %n volledige dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} op %n dag</numerusform>
            <numerusform>{mean} op %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} op %n dag (geen volledig: er kunnen spasmen ontbreken)</numerusform>
            <numerusform>{mean} op %n dagen (geen volledig: er kunnen spasmen ontbreken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} op %n dag (maar {complete} volledig: er kunnen spasmen ontbreken)</numerusform>
            <numerusform>{mean} op %n dagen (maar {complete} volledig: er kunnen spasmen ontbreken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} op %n nacht</numerusform>
            <numerusform>{mean} op %n nachten</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}% ({taken} van {due})</translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (minder dan %n volledige dag in een periode)</numerusform>
            <numerusform>– (minder dan %n volledige dagen in een periode)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (minder dan %n dag in een periode)</numerusform>
            <numerusform>– (minder dan %n dagen in een periode)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (minder dan %n dag met score in een periode)</numerusform>
            <numerusform>– (minder dan %n dagen met score in een periode)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (minder dan %n geplande dosis in een periode)</numerusform>
            <numerusform>– (minder dan %n geplande doses in een periode)</numerusform>
        </translation>
    </message>
    <message>
        <source>– (no day with entries)</source>
        <translation>– (geen dag met notities)</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (nog geen dosis genoteerd)</translation>
    </message>
    <message>
        <source>– (no rating)</source>
        <translation>– (geen score)</translation>
    </message>
    <message>
        <source>– (not answered)</source>
        <translation>– (niet beantwoord)</translation>
    </message>
    <message>
        <source>– (nothing before the diary)</source>
        <translation>– (niets voor het dagboek)</translation>
    </message>
    <message>
        <source>– (the previous period began before the diary)</source>
        <translation>– (de vorige periode begon voor het dagboek)</translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n punt</numerusform>
            <numerusform>−%n punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n spasme, gemiddelde sterkte {mean}, hoogste {peak}</numerusform>
            <numerusform>%n spasmen, gemiddelde sterkte {mean}, hoogste {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10: spasticiteit per dag (streepjes) · spasmen: gemiddeld (lijn), hoogste (▲)</translation>
    </message>
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Elke balk beslaat %n dag: volle kleur tot de laagste waarde, licht tot de hoogste.</numerusform>
            <numerusform>Elke balk beslaat %n dagen: volle kleur tot de laagste waarde, licht tot de hoogste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Wijs een dag aan om de precieze waarden te zien. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>rekken: {completed} voltooid</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>rekken: {completed} voltooid, {partial} gedeeltelijk</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n gewoonte gedaan</numerusform>
            <numerusform>%n gewoonten gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Afspraak: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Grafieken door de tijd</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Dagelijkse spasticiteit</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Pijl links en rechts gaan van dag tot dag en lezen de waarden van die dag voor. Plus en min zoomen in en uit, 0 toont weer alle dagen.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Geplande doses ingenomen (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Gedane gewoonten</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen per dag</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Rekoefeningen: voltooid (gevuld), gedeeltelijk (omtrek)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Waarden van de aangewezen dag</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>dagelijkse spasticiteit {rating} van 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>doses: {taken} van {due} ingenomen</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>niets genoteerd</translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <comment>a day pointed at and its values</comment>
        <translation>{day}: {values}</translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Geannuleerd. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About MSLog</source>
        <translation>&amp;Over MSLog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Log a spasm now</source>
        <translation>&amp;Nu een spasme noteren</translation>
    </message>
    <message>
        <source>&amp;Print / save report…</source>
        <translation>&amp;Verslag afdrukken / opslaan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private diary for multiple sclerosis spasms, stretching and medication.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;MSLog records and summarises; it is not medical advice. Talk to your clinician before changing any treatment.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Een privédagboek voor spasmen, rekken en medicijnen bij multiple sclerose.&lt;/p&gt;&lt;p&gt;Je dagboek blijft op deze computer, tenzij je het exporteert.&lt;/p&gt;&lt;p&gt;MSLog noteert en vat samen; het is geen medisch advies. Overleg met je arts voordat je een behandeling verandert.&lt;/p&gt;&lt;p&gt;Licentie: GNU GPL versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MSLog</source>
        <translation>Over MSLog</translation>
    </message>
    <message>
        <source>Checklists</source>
        <comment>tab</comment>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Choose text size and colours…</source>
        <translation>Tekstgrootte en kleuren kiezen…</translation>
    </message>
    <message>
        <source>Drawing your trends…</source>
        <translation>Je trends worden getekend…</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>tab</comment>
        <translation>Noteren</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>Saved at {time}. Details can wait.</source>
        <translation>Bewaard om {time}. Details kunnen wachten.</translation>
    </message>
    <message>
        <source>Spasm logged</source>
        <translation>Spasme genoteerd</translation>
    </message>
    <message>
        <source>Stretch</source>
        <comment>tab</comment>
        <translation>Rekken</translation>
    </message>
    <message>
        <source>Trends</source>
        <comment>tab</comment>
        <translation>Trends</translation>
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
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation>{medicine} gestart, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} gestopt</translation>
    </message>
    <message>
        <source>{medicine} {dose}</source>
        <comment>a medicine and its new dose</comment>
        <translation>{medicine} {dose}</translation>
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
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n deels gedaan</numerusform>
            <numerusform>%n deels gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: each movement is shown, timed and announced.</source>
        <translation>Een begeleide sessie: elke beweging wordt getoond, getimed en aangekondigd.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; this makes your own copy to change</source>
        <translation>Ingebouwde routines blijven zoals ze zijn; zo maak je een eigen kopie om aan te passen</translation>
    </message>
    <message>
        <source>Change the steps, times and rests</source>
        <translation>Stappen, tijden en pauzes aanpassen</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Kopiëren en bewerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Move slowly into each stretch and hold it still: no bouncing. A gentle pull is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new stretches with your physiotherapist.</source>
        <translation>Ga langzaam in elke rekoefening en houd hem stil vast, zonder te veren. Een zachte trek is goed, pijn niet. Stop als het pijn doet of een sterke spasme uitlokt. Overleg nieuwe rekoefeningen met je fysiotherapeut.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Recente sessies</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Some routine files could not be read and were left out:
{files}</source>
        <translation>Sommige routinebestanden konden niet worden gelezen en zijn weggelaten:
{files}</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Geluidssignalen</translation>
    </message>
    <message>
        <source>Speak each step</source>
        <translation>Elke stap uitspreken</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start  ·  {length}</source>
        <translation>Starten  ·  {length}</translation>
    </message>
    <message>
        <source>Start the chosen routine (Enter)</source>
        <translation>De gekozen routine starten (Enter)</translation>
    </message>
    <message>
        <source>Start {routine}, {length} minutes</source>
        <translation>{routine} starten, {length} minuten</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Rekken</translation>
    </message>
    <message>
        <source>Your sessions will appear here.</source>
        <translation>Je sessies verschijnen hier.</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (van jou)</translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}: {done} van %n stap</numerusform>
            <numerusform>{outcome}: {done} van %n stappen</numerusform>
        </translation>
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
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n seconde · adem rustig door</numerusform>
            <numerusform>%n seconden · adem rustig door</numerusform>
        </translation>
    </message>
    <message>
        <source>Another way to do it</source>
        <translation>Een andere manier</translation>
    </message>
    <message>
        <source>Another way: {variant}</source>
        <translation>Andere manier: {variant}</translation>
    </message>
    <message>
        <source>Back to the step before, or restart this one (Left arrow)</source>
        <translation>Terug naar de vorige stap, of deze opnieuw beginnen (pijl links)</translation>
    </message>
    <message>
        <source>End the session now; what you did is saved</source>
        <translation>De sessie nu beëindigen; wat je hebt gedaan, blijft bewaard</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc to leave</source>
        <translation>Volledig scherm (F11); Esc om terug te gaan</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Get into position · {amount}</source>
        <translation>Ga in positie · {amount}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Hierna: {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pauzeren of verdergaan (spatie)</translation>
    </message>
    <message>
        <source>Paused. Press Resume (Space) when you are ready.</source>
        <translation>Gepauzeerd. Druk op Verder (spatie) als je klaar bent.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Herhaling {rep} van {reps}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Overslaan  ▶</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Naar de volgende stap (pijl rechts)</translation>
    </message>
    <message>
        <source>Starting again in</source>
        <translation>Verder over</translation>
    </message>
    <message>
        <source>Starting again…</source>
        <translation>We gaan verder…</translation>
    </message>
    <message>
        <source>Step skipped. Why? (optional)</source>
        <translation>Stap overgeslagen. Waarom? (hoeft niet)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Sessie stoppen</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Resterende tijd van deze stap</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Vorige</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel: {doing}</source>
        <translation>Annuleren: {doing}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wordt gestopt…</translation>
    </message>
    <message>
        <source>This cannot be stopped part-way; it will not be long.</source>
        <translation>Dit kan niet halverwege stoppen; het duurt niet lang.</translation>
    </message>
    <message>
        <source>{doing}…</source>
        <comment>busy, without a measure of how far</comment>
        <translation>{doing}…</translation>
    </message>
    <message>
        <source>{doing}… {percent} %</source>
        <translation>{doing}… {percent}%</translation>
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
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kan je dagboek niet openen</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog kon de back-up niet terugzetten</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog kon je dagboek niet openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Een nieuw dagboek beginnen</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>Er is geen back-up om terug te zetten. Je kunt een nieuw, leeg dagboek beginnen.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Je dagboekbestand is beschadigd</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Je nieuwste goede back-up is van {day} om {time} en bevat %n notitie. Die terugzetten is meestal de beste keuze.</numerusform>
            <numerusform>Je nieuwste goede back-up is van {day} om {time} en bevat %n notities. Die terugzetten is meestal de beste keuze.</numerusform>
        </translation>
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
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n voltooide sessie</numerusform>
            <numerusform>%n voltooide sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n dag geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
            <numerusform>%n dagen geteld: {complete} volledig, {partial} gedeeltelijk, {unknown} onbekend</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Appointment in this period: {visit}</source>
        <translation>Afspraak in deze periode: {visit}</translation>
    </message>
    <message>
        <source>Body locations: {found}</source>
        <translation>Plekken in het lichaam: {found}</translation>
    </message>
    <message>
        <source>Busiest hour: {hours}.</source>
        <translation>Drukste uur: {hours}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Vergeleken met</translation>
    </message>
    <message>
        <source>Complete days with / without</source>
        <translation>Volledige dagen met / zonder</translation>
    </message>
    <message>
        <source>Days with and without each factor (association, not proof)</source>
        <translation>Dagen met en zonder elke factor (samenhang, geen bewijs)</translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Dagen met rekken (een sessie of een rekgewoonte): {count} van %n dag.</numerusform>
            <numerusform>Dagen met rekken (een sessie of een rekgewoonte): {count} van %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Hoe: {method}</translation>
    </message>
    <message>
        <source>Last before this period: {treatment}, {date}.</source>
        <translation>Laatst voor deze periode: {treatment}, {date}.</translation>
    </message>
    <message>
        <source>Marked on spasms most often (number of spasms: a count, not a comparison)</source>
        <translation>Het vaakst aangegeven bij spasmen (aantal spasmen: een telling, geen vergelijking)</translation>
    </message>
    <message>
        <source>NRS with minus without (95&#xa0;% interval)</source>
        <translation>NRS met min zonder (95%-interval)</translation>
    </message>
    <message>
        <source>Next pump refill noted as due {date}.</source>
        <translation>Volgende vulling van de pomp genoteerd voor {date}.</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Geen spasmen genoteerd in deze periode.</translation>
    </message>
    <message>
        <source>No trigger, body location or type marked on a spasm.</source>
        <translation>Bij geen enkele spasme een uitlokker, plek of soort aangegeven.</translation>
    </message>
    <message>
        <source>Notes from the diary (the most severe noted spasms)</source>
        <translation>Notities uit het dagboek (de sterkste spasmen met een notitie)</translation>
    </message>
    <message>
        <source>Penn frequency {level}</source>
        <translation>Penn-frequentie {level}</translation>
    </message>
    <message>
        <source>Previous appointment: {visit}</source>
        <translation>Vorige afspraak: {visit}</translation>
    </message>
    <message>
        <source>Previous period: {days}.</source>
        <translation>Vorige periode: {days}.</translation>
    </message>
    <message>
        <source>Rate ratio (95&#xa0;% interval)</source>
        <translation>Rate ratio (95%-interval)</translation>
    </message>
    <message>
        <source>Self-care habits ticked (days): {habits}.</source>
        <translation>Afgevinkte zelfzorggewoonten (dagen): {habits}.</translation>
    </message>
    <message>
        <source>Self-rated: this period {now}. Previous period {before}.</source>
        <translation>Zelf beoordeeld: deze periode {now}. Vorige periode {before}.</translation>
    </message>
    <message>
        <source>Snow {level}</source>
        <translation>Snow {level}</translation>
    </message>
    <message>
        <source>Spasms a day, with vs without</source>
        <translation>Spasmen per dag, met vs zonder</translation>
    </message>
    <message>
        <source>Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}.</source>
        <translation>Reksessies in MSLog: {completed} en {partial} eerder gestopt, op {days}.</translation>
    </message>
    <message>
        <source>Stretching and self-care</source>
        <translation>Rekken en zelfzorg</translation>
    </message>
    <message>
        <source>This period: {days}.</source>
        <translation>Deze periode: {days}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tijd van de dag</translation>
    </message>
    <message>
        <source>Triggers: {found}</source>
        <translation>Uitlokkers: {found}</translation>
    </message>
    <message>
        <source>Types: {found}</source>
        <translation>Soorten: {found}</translation>
    </message>
    <message>
        <source>before the diary began</source>
        <translation>voor het begin van het dagboek</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets genoteerd</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>de dag erna</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <source>{answers}; answered {date}</source>
        <translation>{answers}; beantwoord op {date}</translation>
    </message>
    <message>
        <source>{appointment}: {note}</source>
        <translation>{appointment}: {note}</translation>
    </message>
    <message>
        <source>{date} with {clinician}</source>
        <translation>{date} bij {clinician}</translation>
    </message>
    <message>
        <source>{date}: {treatment}</source>
        <comment>a treatment given</comment>
        <translation>{date}: {treatment}</translation>
    </message>
    <message>
        <source>{date}: {treatment} ({detail})</source>
        <comment>a treatment given, with its detail</comment>
        <translation>{date}: {treatment} ({detail})</translation>
    </message>
    <message>
        <source>{days} (today counts once it is over)</source>
        <translation>{days} (vandaag telt mee als hij voorbij is)</translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}; %n spasme genoteerd</numerusform>
            <numerusform>{days}; %n spasmen genoteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} van %n genoteerde spasme ({share}%) was ’s nachts, tussen {evening} en {morning} plaatselijke tijd.</numerusform>
            <numerusform>{night} van %n genoteerde spasmen ({share}%) was ’s nachts, tussen {evening} en {morning} plaatselijke tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} van %n genoteerde spasme ({share}%) waren ’s nachts, tussen {evening} en {morning} plaatselijke tijd.</numerusform>
            <numerusform>{night} van %n genoteerde spasmen ({share}%) waren ’s nachts, tussen {evening} en {morning} plaatselijke tijd.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)</source>
        <translation>{percent} % ({taken} van {due}; {skipped} overgeslagen, {missing} niet genoteerd)</translation>
    </message>
    <message>
        <source>{stood_out} These show an association, not proof: other things change on the same days.</source>
        <translation>{stood_out} Dit toont een samenhang, geen bewijs: op dezelfde dagen veranderen ook andere dingen.</translation>
    </message>
    <message>
        <source>{when} (severity {severity}): {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when} (sterkte {severity}): {note}</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when}: {note}</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (nog geen dosis genoteerd)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from/--to: the JSON copy is always the whole diary; use CSV for a range</source>
        <translation>--from/--to: de JSON-kopie is altijd het hele dagboek; gebruik CSV voor een periode</translation>
    </message>
    <message>
        <source>--since-last-appointment: give either it or --from/--to, not both</source>
        <translation>--since-last-appointment: geef deze optie of --from/--to, niet allebei</translation>
    </message>
    <message>
        <source>Key numbers (this period; previous period; change):</source>
        <translation>Kerncijfers (deze periode; vorige periode; verandering):</translation>
    </message>
    <message>
        <source>Medicines (on the last day; changes in the period):</source>
        <translation>Medicijnen (op de laatste dag; wijzigingen in de periode):</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Verslag over {period} bewaard in {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <comment>a file written</comment>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic&apos;s system)</source>
        <translation>csv, json of fhir (een HL7 FHIR R4-bundel in JSON, voor het systeem van een praktijk)</translation>
    </message>
    <message>
        <source>file to write; for CSV a .zip holds every file, a .csv gets the others next to it (default: print to the terminal; CSV: the spasm file only)</source>
        <translation>bestand om te schrijven; bij CSV bevat een .zip alle bestanden, naast een .csv komen de andere (standaard: tonen in de terminal; CSV: alleen het spasmebestand)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <source>first day (CSV and FHIR)</source>
        <translation>eerste dag (CSV en FHIR)</translation>
    </message>
    <message>
        <source>from the day after the last appointment (the default)</source>
        <translation>vanaf de dag na de laatste afspraak (standaard)</translation>
    </message>
    <message>
        <source>last day (CSV and FHIR)</source>
        <translation>laatste dag (CSV en FHIR)</translation>
    </message>
    <message>
        <source>make a PDF report for an appointment</source>
        <translation>een pdf-verslag maken voor een afspraak</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>a medicine in the period</comment>
        <translation>geen wijziging</translation>
    </message>
    <message>
        <source>save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)</source>
        <translation>je dagboek bewaren als CSV (spreadsheets), JSON (alles) of FHIR (voor een zorgverlener)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het pdf-bestand om te schrijven</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation>
            <numerusform>Een samenvatting van één of twee pagina’s over {range} (%n dag) voor je zorgverlener: belangrijkste cijfers, grafieken, medicijnen, uitlokkers, notities en je vragen.</numerusform>
            <numerusform>Een samenvatting van één of twee pagina’s over {range} (%n dagen) voor je zorgverlener: belangrijkste cijfers, grafieken, medicijnen, uitlokkers, notities en je vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Verslag voor de afspraak</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Geannuleerd. Er is geen verslag bewaard.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Annuleren bewaart geen verslag.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>MSLog-verslag {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Je verslag wordt gemaakt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als pdf bewaren…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Verslag als pdf bewaren</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Bewaard in {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>Het verslag kon niet worden bewaard: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n eerdere wijziging, de eerste {change}</numerusform>
            <numerusform>%n eerdere wijzigingen, de eerste {change}</numerusform>
        </translation>
    </message>
    <message>
        <source>No dose recorded yet, so not counted: {medicines}.</source>
        <translation>Nog geen dosis genoteerd, dus niet geteld: {medicines}.</translation>
    </message>
    <message>
        <source>Scheduled doses count from each medicine&apos;s first dose recorded in MSLog; days before it are not counted as missed.</source>
        <translation>Geplande doses tellen vanaf de eerste dosis van elk medicijn die in MSLog is genoteerd; dagen daarvoor tellen niet als gemist.</translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Bijwerkingen genoteerd op %n dag.</numerusform>
            <numerusform>Bijwerkingen genoteerd op %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Bijwerkingen genoteerd op %n dag: {kinds}.</numerusform>
            <numerusform>Bijwerkingen genoteerd op %n dagen: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>at night</source>
        <translation>’s nachts</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>’s middags</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>’s avonds</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>’s ochtends</translation>
    </message>
    <message>
        <source>no reason given ({count})</source>
        <translation>zonder reden ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no dose skipped or unrecorded</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>other reasons ({count})</source>
        <translation>andere redenen ({count})</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <comment>doses</comment>
        <translation>{count} niet genoteerd</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <comment>doses skipped</comment>
        <translation>{count} overgeslagen</translation>
    </message>
    <message>
        <source>{count} skipped: {reasons}</source>
        <comment>doses skipped</comment>
        <translation>{count} overgeslagen: {reasons}</translation>
    </message>
    <message>
        <source>{date} ({medicine}): {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date} ({medicine}): {note}</translation>
    </message>
    <message>
        <source>{date}: started, {prescription}</source>
        <translation>{date}: gestart, {prescription}</translation>
    </message>
    <message>
        <source>{date}: {change}</source>
        <comment>a change of a prescription</comment>
        <translation>{date}: {change}</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date}: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n days)</source>
        <translation>
            <numerusform>{kind} (%n dag)</numerusform>
            <numerusform>{kind} (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine} started {prescription}</source>
        <translation>{medicine} gestart {prescription}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} gestopt</translation>
    </message>
    <message>
        <source>{medicine} {change}</source>
        <comment>a chart label: a medicine changed</comment>
        <translation>{medicine} {change}</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dosis zo nodig genomen, {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n doses zo nodig genomen, allemaal {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}: %n dosis zo nodig genomen, op verschillende tijden van de dag.</numerusform>
            <numerusform>{medicine}: %n doses zo nodig genomen, op verschillende tijden van de dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dosis zo nodig genomen, {most} van {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n doses zo nodig genomen, {most} van {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}: %n dosis zo nodig genomen.</numerusform>
            <numerusform>{medicine}: %n doses zo nodig genomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}% ({taken} van {due})</translation>
    </message>
    <message>
        <source>– (as needed)</source>
        <translation>– (zo nodig)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>(both 0–10, right)</source>
        <translation>(beide 0–10, rechts)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Changes in this period</source>
        <translation>Wijzigingen in deze periode</translation>
    </message>
    <message>
        <source>Check-in NRS</source>
        <translation>NRS van de terugblik</translation>
    </message>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>Uit het eigen MSLog-dagboek van de persoon: %n dag, vergeleken met de %n dag ervoor ({previous}). Gemaakt op {date} met MSLog {version}.</numerusform>
            <numerusform>Uit het eigen MSLog-dagboek van de persoon: %n dagen, vergeleken met de %n dagen ervoor ({previous}). Gemaakt op {date} met MSLog {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Lines: {kinds}.</source>
        <translation>Lijnen: {kinds}.</translation>
    </message>
    <message>
        <source>MSLog report {period}</source>
        <translation>MSLog-verslag {period}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicijn</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicijnen</translation>
    </message>
    <message>
        <source>No spasms logged in this period</source>
        <translation>Geen spasmen genoteerd in deze periode</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Geen spasmen genoteerd in deze periode.</translation>
    </message>
    <message>
        <source>None written in MSLog.</source>
        <translation>Geen genoteerd in MSLog.</translation>
    </message>
    <message>
        <source>Numbered lines on the chart: {key}.</source>
        <translation>Genummerde lijnen in de grafiek: {key}.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>Op de laatste dag</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Vragen voor deze afspraak</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplande doses genomen</translation>
    </message>
    <message>
        <source>Skipped (commonest reasons); not recorded</source>
        <translation>Overgeslagen (meest genoemde redenen); niet genoteerd</translation>
    </message>
    <message>
        <source>Spasm diary summary · {period}</source>
        <translation>Samenvatting spasmedagboek · {period}</translation>
    </message>
    <message>
        <source>Spasms</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <source>Spasms logged a day</source>
        <translation>Genoteerde spasmen per dag</translation>
    </message>
    <message>
        <source>Spasms logged a day (weekly average)</source>
        <translation>Genoteerde spasmen per dag (weekgemiddelde)</translation>
    </message>
    <message>
        <source>Spasms: {none}</source>
        <comment>the heat map&apos;s legend, from none</comment>
        <translation>Spasmen: {none}</translation>
    </message>
    <message>
        <source>Their mean rating</source>
        <translation>Hun gemiddelde sterkte</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandelingen</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Onbekende dag</translation>
    </message>
    <message>
        <source>dashed: a medicine started, changed or stopped</source>
        <translation>gestreept: een medicijn gestart, gewijzigd of gestopt</translation>
    </message>
    <message>
        <source>dotted: a treatment</source>
        <translation>gestippeld: een behandeling</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no change of a medicine</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>solid: an appointment</source>
        <translation>doorgetrokken: een afspraak</translation>
    </message>
    <message>
        <source>{number}: {date}, {label}</source>
        <comment>a numbered line on the chart</comment>
        <translation>{number}: {date}, {label}</translation>
    </message>
    <message>
        <source>{number}: {date}, {label} (its line is unlabelled: too close to others)</source>
        <translation>{number}: {date}, {label} (lijn zonder label: te dicht bij andere)</translation>
    </message>
    <message>
        <source>{peak}  (local time of day)</source>
        <comment>the heat map&apos;s legend, to the most</comment>
        <translation>{peak}  (plaatselijke tijd)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Kies een back-upbestand</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Kies een bestand…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>MSLog-back-ups (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een back-up</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Er zijn nog geen back-ups. MSLog maakt er een op elke dag dat je het opent.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Je dagboek wordt vervangen door de back-up die je kiest. Eerst wordt een kopie van je dagboek zoals het nu is bewaard, zodat je er altijd naar terug kunt.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>De back-up kon niet op zijn plek worden gezet. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>De back-up kon niet op zijn plek worden gezet: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is een kapotte koppeling</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>is geen MSLog-dagboek (het bevat helemaal geen dagboek)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} bestaat niet; je dagboek is niet veranderd.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} is bewaard door een nieuwere versie van MSLog; werk MSLog bij om het terug te zetten. Je dagboek is niet veranderd.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, dus het is geen volledig MSLog-dagboek; je dagboek is niet veranderd.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}; je dagboek is niet veranderd.</translation>
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
    <name>RoutineEditor</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> s each</source>
        <comment>seconds for each repetition</comment>
        <translation> s per keer</translation>
    </message>
    <message>
        <source> times</source>
        <comment>after a number of repetitions</comment>
        <translation> keer</translation>
    </message>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n stap · {length} met voorbereiding</numerusform>
            <numerusform>%n stappen · {length} met voorbereiding</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>Een routine heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Routine bewerken</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Een tijd vasthouden</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Niet bewaard: {field}: {problem}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Een aantal keer herhalen</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Herhalingen</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pauze erna</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Naam van de routine</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>rest {seconds} s</source>
        <translation>pauze {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>is missing (reps and pace_s go together)</source>
        <translation>ontbreekt (reps en pace_s horen bij elkaar)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is not valid JSON ({where}: {problem})</source>
        <translation>is geen geldige JSON ({where}: {problem})</translation>
    </message>
    <message>
        <source>lasts {seconds} s; at most {most} s fit</source>
        <translation>duurt {seconds} s; er passen hoogstens {most} s in</translation>
    </message>
    <message>
        <source>must be an .svg file name without folders, not {name}</source>
        <translation>moet een .svg-bestandsnaam zonder mappen zijn, niet {name}</translation>
    </message>
    <message>
        <source>needs duration_s, or reps with pace_s (not both)</source>
        <translation>heeft duration_s nodig, of reps met pace_s (niet allebei)</translation>
    </message>
    <message>
        <source>unknown exercise {key}</source>
        <translation>onbekende oefening {key}</translation>
    </message>
    <message>
        <source>{exercise} has no sides; use both</source>
        <translation>{exercise} heeft geen kanten; gebruik both</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n stap · {length}</numerusform>
            <numerusform>%n stappen · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>My routine</source>
        <translation>Mijn routine</translation>
    </message>
    <message>
        <source>There is no routine {key} any more.</source>
        <translation>De routine {key} bestaat niet meer.</translation>
    </message>
    <message>
        <source>bundled routines cannot be changed</source>
        <translation>ingebouwde routines kunnen niet worden gewijzigd</translation>
    </message>
    <message>
        <source>bundled routines cannot be deleted</source>
        <translation>ingebouwde routines kunnen niet worden verwijderd</translation>
    </message>
    <message>
        <source>there is no data folder to save in</source>
        <translation>er is geen gegevensmap om in op te slaan</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mijn kopie)</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n probleem in {file}</numerusform>
            <numerusform>%n problemen in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(built in)</source>
        <comment>a routine that comes with MSLog</comment>
        <translation>(ingebouwd)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <comment>a routine the person made</comment>
        <translation>(eigen)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Not loaded: {problem}</source>
        <translation>Niet geladen: {problem}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>list stretch routines, or --check a routine file</source>
        <translation>rekroutines tonen, of een routinebestand controleren met --check</translation>
    </message>
    <message>
        <source>validate a routine file and print its problems</source>
        <translation>een routinebestand controleren en de problemen tonen</translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}: OK, {name}: %n stap, {length}</numerusform>
            <numerusform>{file}: OK, {name}: %n stappen, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>--out: {path} already exists; MSLog does not overwrite a file, give a new name or a folder</source>
        <translation>--out: {path} bestaat al; MSLog overschrijft geen bestand, geef een nieuwe naam of een map</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>Nog geen back-ups in {folder}</translation>
    </message>
    <message>
        <source>Or run MSLog again to start a fresh, empty diary.</source>
        <translation>Of start MSLog opnieuw om een nieuw, leeg dagboek te beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>%n item hersteld uit {source}</numerusform>
            <numerusform>%n items hersteld uit {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the newest good backup: {backup}</source>
        <translation>De nieuwste goede back-up wordt hersteld: {backup}</translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Gecontroleerde back-up met %n item bewaard: {path}</numerusform>
            <numerusform>Gecontroleerde back-up met %n items bewaard: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged diary is kept, unchanged, as {path}</source>
        <translation>Het beschadigde dagboek blijft onveranderd bewaard als {path}</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>Er is geen goede back-up in {folder}.</translation>
    </message>
    <message>
        <source>Your diary as it was is kept in {path}</source>
        <translation>Je dagboek zoals het was staat in {path}</translation>
    </message>
    <message>
        <source>Your newest good backup ({backup}) can be restored with:</source>
        <translation>Je nieuwste goede back-up ({backup}) kun je herstellen met:</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (MSLog&apos;s own format)</source>
        <translation>de items van een JSON-export toevoegen (het eigen formaat van MSLog)</translation>
    </message>
    <message>
        <source>give the backup file to restore, &apos;newest&apos;, or --list</source>
        <translation>geef het back-upbestand om te herstellen, &apos;newest&apos; of --list</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>in plaats daarvan de back-ups tonen</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the current one is kept)</source>
        <translation>het dagboek vervangen door een back-up (het huidige blijft bewaard)</translation>
    </message>
    <message>
        <source>save a verified copy of the diary now</source>
        <translation>nu een gecontroleerde kopie van het dagboek bewaren</translation>
    </message>
    <message>
        <source>the .json file written by mslog export</source>
        <translation>het .json-bestand van mslog export</translation>
    </message>
    <message>
        <source>the backup file, or &apos;newest&apos; for the newest good one</source>
        <translation>het back-upbestand, of &apos;newest&apos; voor de nieuwste goede</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>waar hij komt (standaard: de back-upmap)</translation>
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
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Voor de afspraak: beoordeel je spasmen</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Laatst beantwoord op {day}: Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Mijn antwoorden bewaren</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Drie vragen uit schalen die zorgverleners gebruiken (Penn en Snow). Beantwoord er zoveel je wilt; ze worden bewaard met de datum van vandaag en als eigen beoordeling getoond in Trends en in het verslag.</translation>
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
    <name>SeverityPicker</name>
    <message>
        <source>0 none</source>
        <translation>0 geen</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 ergst denkbaar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>one button of the scale: what is rated, its number</comment>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 tot 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every part of MSLog can be used from the keyboard.</source>
        <translation>Elk deel van MSLog werkt met het toetsenbord.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
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
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation>vijf tot negen per dag</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>geen spasmen</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>één of minder per dag</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>één tot vijf per dag</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>tien of meer per dag</translation>
    </message>
</context>
<context>
    <name>SoundAndVoice</name>
    <message>
        <source>No sound device was found</source>
        <translation>Er is geen geluidsapparaat gevonden</translation>
    </message>
    <message>
        <source>No voice engine is installed</source>
        <translation>Er is geen spraakprogramma geïnstalleerd</translation>
    </message>
    <message>
        <source>No voice for {language} is installed</source>
        <translation>Er is geen stem voor {language} geïnstalleerd</translation>
    </message>
    <message>
        <source>Sounds cannot be played on this computer</source>
        <translation>Geluiden kunnen op deze computer niet worden afgespeeld</translation>
    </message>
    <message>
        <source>The speech engine stopped working</source>
        <translation>Het spraakprogramma werkt niet meer</translation>
    </message>
    <message>
        <source>The voice engine could not start</source>
        <translation>Het spraakprogramma kon niet starten</translation>
    </message>
    <message>
        <source>To hear the steps read aloud, install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog.</source>
        <translation>Wil je de stappen horen voorlezen, installeer dan speech-dispatcher en espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng) en start MSLog opnieuw.</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud (a voice of another language would mangle the words); beeps still play. {install}</source>
        <translation>{problem}, dus de stappen worden niet voorgelezen (een stem van een andere taal zou de woorden verhaspelen); de piepjes klinken nog wel. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud. {install}</source>
        <translation>{problem}, dus de stappen worden niet voorgelezen. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud; beeps still play. {install}</source>
        <translation>{problem}, dus de stappen worden niet voorgelezen; de piepjes klinken nog wel. {install}</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps and no voice. The screen shows every cue and the timer works as usual.</source>
        <translation>{problem}, dus er zijn geen piepjes en geen stem. Het scherm toont elke hint en de timer werkt gewoon.</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps. The screen shows every cue.</source>
        <translation>{problem}, dus er zijn geen piepjes. Het scherm toont elke hint.</translation>
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
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n spasme van {first} tot {last}</numerusform>
            <numerusform>%n spasmen van {first} tot {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>0 (geen) tot 10 (ergst denkbaar)</translation>
    </message>
    <message>
        <source>Saved spasm at {time} (id {id})</source>
        <translation>Spasme bewaard: {time} (id {id})</translation>
    </message>
    <message>
        <source>a listed trigger or your own words (repeatable)</source>
        <translation>een uitlokker uit de lijst of je eigen woorden (herhaalbaar)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <source>first day (default: 6 days ago)</source>
        <translation>eerste dag (standaard: 6 dagen geleden)</translation>
    </message>
    <message>
        <source>how long it lasted, in seconds</source>
        <translation>hoe lang hij duurde, in seconden</translation>
    </message>
    <message>
        <source>print entries as a table</source>
        <translation>items als tabel tonen</translation>
    </message>
    <message>
        <source>record a spasm (now, or --at a time)</source>
        <translation>een spasme noteren (nu, of op een tijd met --at)</translation>
    </message>
    <message>
        <source>when it started: HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>wanneer hij begon: HH:MM of YYYY-MM-DD HH:MM</translation>
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
    <name>SpasmTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Uitlokkers</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kan je dagboek niet openen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Iets onverwachts hield MSLog tegen bij het openen van je dagboek ({problem}). Er is niets verwijderd; meld dit alsjeblieft.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Je dagboek is niet geopend.</translation>
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
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Overleg een stop eerst met degene die het voorschrijft: sommige medicijnen tegen spasmen mogen niet plotseling worden gestopt.</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Stoppen en bewaren</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Sessie stoppen?</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Stoppen met {medication}</translation>
    </message>
    <message>
        <source>The timer is paused while you decide. What you have done so far is saved, and a step you are part-way through counts as partly done.</source>
        <translation>De timer staat stil terwijl je beslist. Wat je tot nu toe hebt gedaan, blijft bewaard, en een begonnen stap telt als deels gedaan.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
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
        <source>There is no stretch session {uuid}.</source>
        <translation>Er is geen reksessie {uuid}.</translation>
    </message>
    <message>
        <source>it is being played now; stop it first</source>
        <translation>die loopt nu; stop hem eerst</translation>
    </message>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>de sessie ‘{routine}’ op {day} om {time}</translation>
    </message>
</context>
<context>
    <name>StretchTab</name>
    <message>
        <source>Delete routine?</source>
        <translation>Routine verwijderen?</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? Sessions already done stay in your history.</source>
        <translation>Je routine ‘{name}’ verwijderen? Sessies die je al hebt gedaan, blijven in je geschiedenis.</translation>
    </message>
    <message>
        <source>Get ready. {step}</source>
        <translation>Maak je klaar. {step}</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halverwege</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sessie beëindigd. Wat je hebt gedaan, is bewaard.</translation>
    </message>
    <message>
        <source>Well done. That is the end of the session.</source>
        <translation>Goed gedaan. De sessie is klaar.</translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Klaarmaken</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Rest. Next: {exercise}</source>
        <translation>Pauze. Hierna: {exercise}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Switch to the {side}</source>
        <translation>Wissel van kant: {side}</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>stap {number} van {count} · nog {left}</translation>
    </message>
    <message>
        <source>{exercise}, {side}</source>
        <translation>{exercise}, {side}</translation>
    </message>
    <message>
        <source>{step}, {amount}</source>
        <translation>{step}, {amount}</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Busiest hour</source>
        <translation>Drukste uur</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Geteld vanaf de eerste dosis van elk medicijn die in MSLog is genoteerd.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Dagen met rekken</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Hoe vaak je een uitlokker aanvinkte bij een spasme: een telling, geen vergelijking.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Gemiddelde sterkte van genoteerde spasmen</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn en Snow, zelf beoordeeld</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Geplande doses ingenomen</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Snow-score uit het dagboek (spasmen per 24 uur)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmen per dag</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Spasmen per dag zijn gebaseerd op volledige dagen (de terugblik zegt dat elke spasme genoteerd is, of dat er geen waren) zodra er 7 zijn; tot dan op volledige en gedeeltelijke dagen.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Spasticiteit, dagelijkse terugblik (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>De spasticiteitsscore van 0 tot 10 uit de dagelijkse terugblik, gemiddeld over de dagen die er een hebben. Een verandering staat alleen in % als beide periodes {days} of meer van zulke dagen hebben.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>De Snow-score voor hoe vaak spasmen komen (1 geen … 5 tien of meer per dag) van een gewone dag, berekend uit je dagboek, niet gevraagd.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>De gemiddelde sterkte van 0 tot 10 van de spasmen die je noteerde en een score gaf.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Vaakst aangegeven uitlokker</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>nog geen doses genoteerd</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>niet beantwoord in deze dagen (zie Afspraken)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>bij %n spasme</numerusform>
            <numerusform>bij %n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>bij elk %n spasme</numerusform>
            <numerusform>bij elk %n spasmen</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>je eigen antwoorden, gegeven op {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} van {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, typisch voor dezelfde dagen</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} van 5</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n deels gedaan</numerusform>
            <numerusform>%n deels gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Terug naar de routines</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sessie voltooid. Goed gedaan.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <source>Session saved as unfinished.</source>
        <translation>Sessie bewaard als niet afgemaakt.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is saved.</source>
        <translation>Sessie gestopt. Wat je hebt gedaan, is bewaard.</translation>
    </message>
    <message>
        <source>This session is in your history. A drink of water and a rest are a good idea.</source>
        <translation>Deze sessie staat in je geschiedenis. Een glas water en wat rust zijn een goed idee.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>{done} van %n stap gedaan</numerusform>
            <numerusform>{done} van %n stappen gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} ({reason})</source>
        <translation>{step} ({reason})</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} gerekt</translation>
    </message>
    <message>
        <source>· not reached</source>
        <translation>· niet bereikt</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– overgeslagen</translation>
    </message>
    <message>
        <source>■  Session ended</source>
        <translation>■  Sessie beëindigd</translation>
    </message>
    <message>
        <source>◐ partly done</source>
        <translation>◐ deels gedaan</translation>
    </message>
    <message>
        <source>✓  All done</source>
        <translation>✓  Klaar</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ gedaan</translation>
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
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <comment>hours and minutes, shown in an empty time</comment>
        <translation>UU:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930 (Up and Down: 5 minutes)</source>
        <translation>Typ een tijd zoals 09:30 of 930 (Omhoog en Omlaag: 5 minuten)</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930; Up and Down change it by 5 minutes</source>
        <translation>Typ een tijd zoals 09:30 of 930; Omhoog en Omlaag veranderen die met 5 minuten</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation>Elke stip: spasmen in dat uur (grootte: hoeveel; kleur: sterkste)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Elke stip: spasmen in dat uur over 32 dagen (grootte: hoeveel)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Kleur van de stip: sterkte 0 (donkerpaars) → 10 (geel); grijs: geen score. Warmtekaart: donkerder = minder, lichter = meer.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Plus en min zoomen de dagen in en uit, 0 herstelt.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Wijs een stip of vakje aan om de getallen te zien. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Spasmen per weekdag en uur (plaatselijke tijd)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Grafieken per tijd van de dag</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>spasmen</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n spasme in deze periode</numerusform>
            <numerusform>{weekday} {hours}: %n spasmen in deze periode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasme</numerusform>
            <numerusform>{when}, {hours}: %n spasmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasme, hoogste sterkte {worst}</numerusform>
            <numerusform>{when}, {hours}: %n spasmen, hoogste sterkte {worst}</numerusform>
        </translation>
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
    <name>TrayIcon</name>
    <message>
        <source>How was today?…</source>
        <translation>Hoe was vandaag?…</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Nu een spasme noteren</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>MSLog is still importing or restoring your diary. Once that ends, the reminder&apos;s buttons are in MSLog&apos;s window.</source>
        <translation>MSLog is je dagboek nog aan het importeren of herstellen. Daarna staan de knoppen van de herinnering in het venster van MSLog.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Nog niet gedaan</translation>
    </message>
    <message>
        <source>Open MSLog</source>
        <translation>MSLog openen</translation>
    </message>
    <message>
        <source>Quit MSLog</source>
        <translation>MSLog afsluiten</translation>
    </message>
</context>
<context>
    <name>TreatmentCommands</name>
    <message>
        <source>No treatments recorded in that range.</source>
        <translation>Geen behandelingen genoteerd in die periode.</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>Geen behandelingen genoteerd.</translation>
    </message>
    <message>
        <source>Recorded: {treatment}</source>
        <comment>a treatment saved</comment>
        <translation>Genoteerd: {treatment}</translation>
    </message>
    <message>
        <source>anything else worth keeping</source>
        <translation>iets anders dat de moeite waard is</translation>
    </message>
    <message>
        <source>print the treatments, newest first</source>
        <translation>de behandelingen tonen, nieuwste eerst</translation>
    </message>
    <message>
        <source>record a treatment that happened</source>
        <translation>een behandeling noteren die plaatsvond</translation>
    </message>
    <message>
        <source>record or list treatments such as injections, pump refills and physiotherapy</source>
        <translation>behandelingen noteren of tonen, zoals injecties, het navullen van de pomp en fysiotherapie</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>de dag van de behandeling (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the first day to list</source>
        <translation>de eerste dag om te tonen</translation>
    </message>
    <message>
        <source>the last day to list</source>
        <translation>de laatste dag om te tonen</translation>
    </message>
    <message>
        <source>the muscles or sites injected</source>
        <translation>de geïnjecteerde spieren of plekken</translation>
    </message>
    <message>
        <source>the pump&apos;s new rate, as your clinic gave it</source>
        <translation>de nieuwe pompstand, zoals je kliniek die gaf</translation>
    </message>
    <message>
        <source>what an &apos;other&apos; treatment was</source>
        <translation>wat een &apos;other&apos;-behandeling was</translation>
    </message>
    <message>
        <source>what it was: {kinds}</source>
        <translation>wat het was: {kinds}</translation>
    </message>
    <message>
        <source>when the pump is next due a refill (a reminder)</source>
        <translation>wanneer de pomp weer gevuld moet worden (een herinnering)</translation>
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
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Sinds de laatste afspraak</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of days: the first and the last</comment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Volledig: de terugblik zegt dat elke spasme genoteerd is, of dat er geen waren. Gedeeltelijk: spasmen genoteerd zonder dat. Onbekend: niets genoteerd of gezegd.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>Nog niets genoteerd in deze dagen. Kies een langere periode, of noteer spasmen op het tabblad Noteren, dan verschijnen ze hier.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Door de tijd</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Verslag afdrukken / bewaren…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Grafiek als afbeelding bewaren</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Grafiek als afbeelding…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>De afbeelding kon niet worden bewaard in {path}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tijd van de dag</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Weergaven van het verloop</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Uitlokkers</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n dag (je dagboek was in de dagen ervoor nog niet begonnen)</numerusform>
            <numerusform>{range} · %n dagen (je dagboek was in de dagen ervoor nog niet begonnen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n dag, vergeleken met de dag ervoor</numerusform>
            <numerusform>{range} · %n dagen, vergeleken met de %n ervoor</numerusform>
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
    <name>WelcomeDialog</name>
    <message>
        <source>&lt;p&gt;MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm starts; add details later, or never.&lt;/p&gt;&lt;p&gt;It can also guide a short daily stretch, keep a checklist of your medicines and self-care, and print a one-page summary for your appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your diary stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;MSLog records and summarises. It is not medical advice: please talk to your clinician before changing any treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MSLog is een dagboek voor spasmen bij multiple sclerose. Druk op één grote knop als een spasme begint; details later, of nooit.&lt;/p&gt;&lt;p&gt;Het kan ook een korte dagelijkse rekoefening begeleiden, een lijst van je medicijnen en zelfzorg bijhouden en een samenvatting van één pagina voor je afspraken afdrukken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Je dagboek blijft op deze computer.&lt;/b&gt; Er wordt niets verstuurd, tenzij je het zelf exporteert.&lt;/p&gt;&lt;p&gt;MSLog noteert en vat samen. Het is geen medisch advies: overleg met je arts voordat je een behandeling verandert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A quick set-up (all optional)</source>
        <translation>Snel instellen (alles is vrijwillig)</translation>
    </message>
    <message>
        <source>Add another medicine…</source>
        <translation>Nog een medicijn toevoegen…</translation>
    </message>
    <message>
        <source>Add my medicines…</source>
        <translation>Mijn medicijnen toevoegen…</translation>
    </message>
    <message>
        <source>Added: {medicine}</source>
        <translation>Toegevoegd: {medicine}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Choose my daily stretch routine</source>
        <translation>Mijn dagelijkse rekoefening kiezen</translation>
    </message>
    <message>
        <source>Choose the one that suits you today; each takes about five minutes. You can change it any time on the Stretch tab.</source>
        <translation>Kies wat vandaag bij je past; elke oefening duurt ongeveer vijf minuten. Je kunt het altijd veranderen op het tabblad Rekken.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Herinner me als een dosis aan de beurt is</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Instellen overslaan</translation>
    </message>
    <message>
        <source>Stretch routines</source>
        <translation>Rekoefeningen</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Deze oefening gebruiken</translation>
    </message>
    <message>
        <source>Welcome to MSLog</source>
        <translation>Welkom bij MSLog</translation>
    </message>
    <message>
        <source>You can do any of this later, or not at all.</source>
        <translation>Je kunt dit ook later doen, of helemaal niet.</translation>
    </message>
    <message>
        <source>Your daily routine: {name} ({summary}). It is ready on the Stretch tab.</source>
        <translation>Je dagelijkse oefening: {name} ({summary}). Die staat klaar op het tabblad Rekken.</translation>
    </message>
    <message>
        <source>Your daily stretch routine</source>
        <translation>Je dagelijkse rekoefening</translation>
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
    <name>exercise</name>
    <message>
        <source>A carer can hold the leg for you while you lie on your side.</source>
        <translation>Een verzorger kan het been voor je vasthouden terwijl je op je zij ligt.</translation>
    </message>
    <message>
        <source>A gentle pull, never pain.</source>
        <translation>Een zachte trek, nooit pijn.</translation>
    </message>
    <message>
        <source>A leg over the edge can set off a spasm: if it does, bend the knee and bring the leg back onto the bed.</source>
        <translation>Een been over de rand kan een spasme uitlokken: gebeurt dat, buig dan de knie en leg het been terug op het bed.</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Enkelrondjes</translation>
    </message>
    <message>
        <source>Bend the knee of your {side} and bring the heel towards you.</source>
        <translation>Buig de knie van {side} en breng de hiel naar je toe.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and roll to the other side.</source>
        <translation>Breng ze via het midden terug en laat ze naar de andere kant zakken.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Kuitrek</translation>
    </message>
    <message>
        <source>Cross your arms over your chest or hold the armrest.</source>
        <translation>Kruis je armen voor je borst of houd de armleuning vast.</translation>
    </message>
    <message>
        <source>Draw slow circles with the toes of that foot, as big as feels easy.</source>
        <translation>Maak met de tenen van die voet langzame cirkels, zo groot als makkelijk gaat.</translation>
    </message>
    <message>
        <source>Ease in gently; the fingers may be tight.</source>
        <translation>Begin rustig; de vingers kunnen stijf zijn.</translation>
    </message>
    <message>
        <source>Foot pumps</source>
        <translation>Voetpompen</translation>
    </message>
    <message>
        <source>Gently draw the toes back towards you until you feel a stretch in the calf.</source>
        <translation>Trek de tenen rustig naar je toe tot je een rek in de kuit voelt.</translation>
    </message>
    <message>
        <source>Halfway through, circle the other way.</source>
        <translation>Draai halverwege de andere kant op.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Hamstringrek</translation>
    </message>
    <message>
        <source>Have someone nearby who can help you back onto the bed.</source>
        <translation>Zorg dat er iemand in de buurt is die je terug op het bed kan helpen.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Heupbuigerrek</translation>
    </message>
    <message>
        <source>Hold gently, then come back to the middle.</source>
        <translation>Houd rustig vast en kom dan terug naar het midden.</translation>
    </message>
    <message>
        <source>Hold it still the whole time and breathe; do not bounce.</source>
        <translation>Houd het de hele tijd stil vast en adem door; niet veren.</translation>
    </message>
    <message>
        <source>Hold still, breathing normally; do not bounce.</source>
        <translation>Houd stil vast en adem gewoon door; niet veren.</translation>
    </message>
    <message>
        <source>Hold still, then lift the head back to the middle.</source>
        <translation>Houd stil vast en breng je hoofd dan terug naar het midden.</translation>
    </message>
    <message>
        <source>Hold the ankle, or a strap round it, and ease it back a little.</source>
        <translation>Pak de enkel vast, of een band eromheen, en trek hem rustig een beetje naar achteren.</translation>
    </message>
    <message>
        <source>Hold the chair if you feel unsteady.</source>
        <translation>Houd je vast aan de stoel als je je onzeker voelt.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe.</source>
        <translation>Houd de rek vast en adem door.</translation>
    </message>
    <message>
        <source>Hold there, relaxed, and breathe.</source>
        <translation>Blijf zo, ontspannen, en adem door.</translation>
    </message>
    <message>
        <source>Hold your {side} out in front, palm facing down.</source>
        <translation>Strek {side} voor je uit, handpalm naar beneden.</translation>
    </message>
    <message>
        <source>Hug the knee of your {other} towards your chest.</source>
        <translation>Trek de knie van {other} naar je borst.</translation>
    </message>
    <message>
        <source>If a foot starts to jerk, rest it flat on the floor until it settles.</source>
        <translation>Als een voet begint te schokken, zet hem plat op de vloer tot hij rustig wordt.</translation>
    </message>
    <message>
        <source>If this sets off a spasm, bring the knees back together slowly.</source>
        <translation>Als dit een spasme uitlokt, breng de knieën dan langzaam weer bij elkaar.</translation>
    </message>
    <message>
        <source>In a wheelchair: rest the heel on a stool and use the strap the same way.</source>
        <translation>In een rolstoel: leg de hiel op een krukje en gebruik de band op dezelfde manier.</translation>
    </message>
    <message>
        <source>Inner thigh stretch</source>
        <translation>Rek binnenkant dijen</translation>
    </message>
    <message>
        <source>Keep a slow, even rhythm and breathe normally.</source>
        <translation>Houd een rustig, gelijkmatig ritme aan en adem gewoon door.</translation>
    </message>
    <message>
        <source>Keep breathing; do not twist with a jerk.</source>
        <translation>Blijf ademen; draai niet met een ruk.</translation>
    </message>
    <message>
        <source>Keep looking forward; do not lift the shoulder.</source>
        <translation>Blijf recht vooruit kijken; trek je schouder niet op.</translation>
    </message>
    <message>
        <source>Keep the elbow straight but not locked.</source>
        <translation>Houd je elleboog gestrekt maar niet op slot.</translation>
    </message>
    <message>
        <source>Keep the knee soft rather than locked.</source>
        <translation>Houd de knie ontspannen, niet op slot.</translation>
    </message>
    <message>
        <source>Keep the movement smooth and unhurried.</source>
        <translation>Houd de beweging soepel en rustig.</translation>
    </message>
    <message>
        <source>Keep your back long; do not curl forward.</source>
        <translation>Houd je rug lang; niet krom naar voren buigen.</translation>
    </message>
    <message>
        <source>Keep your knees close together and hold still.</source>
        <translation>Houd je knieën dicht bij elkaar en houd stil vast.</translation>
    </message>
    <message>
        <source>Keep your shoulders resting on the bed or mat.</source>
        <translation>Houd je schouders op het bed of de mat.</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Knieën kantelen</translation>
    </message>
    <message>
        <source>Let both knees fall slowly out to the sides.</source>
        <translation>Laat beide knieën langzaam naar opzij zakken.</translation>
    </message>
    <message>
        <source>Let both knees roll slowly to one side, as far as is comfortable.</source>
        <translation>Laat beide knieën langzaam naar één kant zakken, zo ver als prettig is.</translation>
    </message>
    <message>
        <source>Let your {side} slide over the edge of the bed and lower slowly.</source>
        <translation>Laat {side} over de rand van het bed glijden en langzaam zakken.</translation>
    </message>
    <message>
        <source>Lie on your back on a firm bed, with your {side} nearest the edge.</source>
        <translation>Ga op je rug op een stevig bed liggen, met {side} aan de kant van de rand.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and feet flat.</source>
        <translation>Ga op je rug liggen met gebogen knieën en je voeten plat.</translation>
    </message>
    <message>
        <source>Lie on your side with your {side} on top; rest your head on your arm or a pillow.</source>
        <translation>Ga op je zij liggen met {side} boven; leg je hoofd op je arm of een kussen.</translation>
    </message>
    <message>
        <source>Lift both shoulders up towards your ears.</source>
        <translation>Trek beide schouders op naar je oren.</translation>
    </message>
    <message>
        <source>Lift your {side} a little, or rest its heel on the floor.</source>
        <translation>Til {side} een beetje op, of laat de hiel op de vloer rusten.</translation>
    </message>
    <message>
        <source>Loop a towel or strap around the ball of that foot.</source>
        <translation>Leg een handdoek of band om de bal van die voet.</translation>
    </message>
    <message>
        <source>Lying: do it on your back with a pillow under each knee.</source>
        <translation>Liggend: doe het op je rug met een kussen onder elke knie.</translation>
    </message>
    <message>
        <source>Lying: do the same with your leg resting on the bed.</source>
        <translation>Liggend: doe hetzelfde met je been op het bed.</translation>
    </message>
    <message>
        <source>Lying: loop a strap around the foot and raise the straight leg gently.</source>
        <translation>Liggend: leg een band om de voet en til het gestrekte been rustig op.</translation>
    </message>
    <message>
        <source>Lying: point and flex your feet with your legs resting on the bed.</source>
        <translation>Liggend: strek en buig je voeten met je benen op het bed.</translation>
    </message>
    <message>
        <source>Lying: roll your shoulders gently against the bed.</source>
        <translation>Liggend: rol je schouders rustig tegen het bed.</translation>
    </message>
    <message>
        <source>Move slowly; go only as far as feels easy.</source>
        <translation>Beweeg langzaam; ga maar zo ver als makkelijk gaat.</translation>
    </message>
    <message>
        <source>Move slowly; stop if the ankle starts to jerk or shake.</source>
        <translation>Beweeg langzaam; stop als de enkel begint te schokken of te trillen.</translation>
    </message>
    <message>
        <source>Neck side bend</source>
        <translation>Nek opzij buigen</translation>
    </message>
    <message>
        <source>Only do this on a firm, steady bed.</source>
        <translation>Doe dit alleen op een stevig, stabiel bed.</translation>
    </message>
    <message>
        <source>Pull your toes up towards your shins, keeping the heels down.</source>
        <translation>Trek je tenen omhoog naar je scheenbenen, de hielen blijven op de vloer.</translation>
    </message>
    <message>
        <source>Rest there and let gravity do the work.</source>
        <translation>Blijf zo liggen en laat de zwaartekracht het werk doen.</translation>
    </message>
    <message>
        <source>Roll them back and then down, in one slow circle.</source>
        <translation>Rol ze naar achteren en dan omlaag, in één langzame cirkel.</translation>
    </message>
    <message>
        <source>Seated: turn the knees gently from side to side.</source>
        <translation>Zittend: draai de knieën rustig van de ene naar de andere kant.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schouderrollen</translation>
    </message>
    <message>
        <source>Sit tall with your arms resting loosely; in a wheelchair, put the brakes on.</source>
        <translation>Zit rechtop met je armen losjes neergelegd; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed and down; in a wheelchair, put the brakes on.</source>
        <translation>Zit rechtop met je schouders ontspannen en laag; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Sit tall, then lean forward slowly from the hips until you feel the back of that thigh.</source>
        <translation>Zit rechtop en buig dan langzaam vanuit de heupen naar voren tot je de achterkant van dat bovenbeen voelt.</translation>
    </message>
    <message>
        <source>Sit well back (in a wheelchair, put the brakes on) or lie down, knees bent and the soles of your feet together.</source>
        <translation>Ga goed achterin zitten (in een rolstoel: remmen erop) of ga liggen, knieën gebogen en voetzolen tegen elkaar.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair (in a wheelchair, put the brakes on) with your {side} out straight in front.</source>
        <translation>Ga goed achterin op een stevige stoel zitten (in een rolstoel: remmen erop), met {side} gestrekt voor je.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair, both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Ga goed achterin op een stevige stoel zitten, beide voeten op de vloer; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair; in a wheelchair, put the brakes on.</source>
        <translation>Ga goed achterin op een stevige stoel zitten; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Sit well back in your chair with both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Ga goed achterin op je stoel zitten met beide voeten op de vloer; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Sit well back with both feet resting on the floor in front of you; in a wheelchair, put the brakes on.</source>
        <translation>Ga goed achterin zitten met beide voeten voor je op de vloer; in een rolstoel: zet de remmen erop.</translation>
    </message>
    <message>
        <source>Slowly tip your head to your {side}, ear towards that shoulder.</source>
        <translation>Kantel je hoofd langzaam {side}, je oor richting die schouder.</translation>
    </message>
    <message>
        <source>Stop if the knee hurts.</source>
        <translation>Stop als je knie pijn doet.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling or pain.</source>
        <translation>Stop als je duizelig wordt, tintelingen voelt of pijn hebt.</translation>
    </message>
    <message>
        <source>Stop where you feel a gentle stretch along the inner thighs.</source>
        <translation>Stop waar je een zachte rek langs de binnenkant van je dijen voelt.</translation>
    </message>
    <message>
        <source>Straighten your {side} out in front, heel on the floor, toes up.</source>
        <translation>Strek {side} voor je uit, hiel op de vloer, tenen omhoog.</translation>
    </message>
    <message>
        <source>Then press the toes down, lifting the heels.</source>
        <translation>Druk daarna de tenen omlaag en til de hielen op.</translation>
    </message>
    <message>
        <source>Thigh stretch</source>
        <translation>Dijrek</translation>
    </message>
    <message>
        <source>Trunk rotation</source>
        <translation>Romp draaien</translation>
    </message>
    <message>
        <source>Turn only as far as is comfortable.</source>
        <translation>Draai maar zo ver als prettig is.</translation>
    </message>
    <message>
        <source>Turn your shoulders slowly to your {side}, keeping your hips still.</source>
        <translation>Draai je schouders langzaam {side}; je heupen blijven stil.</translation>
    </message>
    <message>
        <source>Use a strap if you cannot reach the ankle.</source>
        <translation>Gebruik een band als je niet bij de enkel kunt.</translation>
    </message>
    <message>
        <source>With your other hand, ease its fingers gently back and up.</source>
        <translation>Duw met je andere hand de vingers rustig naar achteren en omhoog.</translation>
    </message>
    <message>
        <source>Wrist and finger stretch</source>
        <translation>Pols- en vingerrek</translation>
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
    <name>routine</name>
    <message>
        <source>A short everyday set for the legs and shoulders: ankles, calves, hamstrings and a gentle roll. Sitting in a chair, with a towel for the calf stretch.</source>
        <translation>Een korte reeks voor elke dag voor benen en schouders: enkels, kuiten, hamstrings en een rustige draai. Zittend op een stoel, met een handdoek voor de kuitrek.</translation>
    </message>
    <message>
        <source>Daily 5-minute routine</source>
        <translation>Dagelijkse routine van 5 minuten</translation>
    </message>
    <message>
        <source>Everything done sitting down, in a chair or wheelchair with the brakes on: feet, calves, trunk, neck, shoulders and hands, each stretch held for 30 seconds.</source>
        <translation>Alles zittend, op een stoel of in een rolstoel met de remmen erop: voeten, kuiten, romp, nek, schouders en handen, elke rekoefening 30 seconden vastgehouden.</translation>
    </message>
    <message>
        <source>Gentle bedtime routine</source>
        <translation>Rustige routine voor het slapengaan</translation>
    </message>
    <message>
        <source>Seated / wheelchair routine</source>
        <translation>Routine zittend / in de rolstoel</translation>
    </message>
    <message>
        <source>Slow stretches lying on the bed to ease the legs before sleep, each held for 30 seconds. Long rests, nothing hurried; have someone nearby for the hip stretch.</source>
        <translation>Rustige rekoefeningen liggend op bed om de benen te ontspannen voor het slapen, elk 30 seconden vastgehouden. Lange pauzes, niets gehaast; zorg dat er iemand in de buurt is bij de heuprek.</translation>
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
    <name>shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Close (every answer is already saved)</source>
        <translation>Sluiten (elk antwoord is al bewaard)</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Je dagboek exporteren</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Volledig scherm / volledig scherm verlaten</translation>
    </message>
    <message>
        <source>Go to Log, Stretch, Checklists, Trends or History</source>
        <translation>Naar Noteren, Rekken, Lijst, Trends of Historie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>How was today? (the daily check-in)</source>
        <translation>Hoe was vandaag? (de terugblik op de dag)</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Een dagboek uit een bestand importeren</translation>
    </message>
    <message>
        <source>In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks</source>
        <translation>In een rij keuzes (0-10, chips; één Tab-stop): verplaatsen; Spatie of Enter kiest</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Nu een spasme noteren</translation>
    </message>
    <message>
        <source>Move between buttons and fields</source>
        <translation>Tussen knoppen en velden wisselen</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pauze of verder</translation>
    </message>
    <message>
        <source>Press the button that has the focus ring</source>
        <translation>De knop met de focusrand indrukken</translation>
    </message>
    <message>
        <source>Previous step / skip step</source>
        <translation>Vorige stap / stap overslaan</translation>
    </message>
    <message>
        <source>Print or save the appointment report</source>
        <translation>Het verslag voor de afspraak afdrukken of opslaan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Step through the days and hear their values</source>
        <translation>Door de dagen gaan en hun waarden horen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Rekken</translation>
    </message>
    <message>
        <source>The day before / the day after</source>
        <translation>De dag ervoor / de dag erna</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
    <message>
        <source>Trends charts</source>
        <translation>Grafieken in Trends</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Zoom in / out, show every day again (Ctrl+wheel zooms too)</source>
        <translation>In- / uitzoomen, weer alle dagen tonen (Ctrl+scrollwiel zoomt ook)</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>BOTH</source>
        <translation>BEIDE</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>both arms</source>
        <translation>beide armen</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide benen</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide kanten</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>linkerarm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkerbeen</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>rechterarm</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechterbeen</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
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
    <name>side_in_sentence</name>
    <message>
        <source>chosen arm</source>
        <translation>de gekozen arm</translation>
    </message>
    <message>
        <source>chosen leg</source>
        <translation>het gekozen been</translation>
    </message>
    <message>
        <source>chosen side</source>
        <translation>naar de gekozen kant</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>je linkerarm</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>je linkerbeen</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>naar links</translation>
    </message>
    <message>
        <source>other arm</source>
        <translation>de andere arm</translation>
    </message>
    <message>
        <source>other leg</source>
        <translation>het andere been</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>naar de andere kant</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>je rechterarm</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>je rechterbeen</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>naar rechts</translation>
    </message>
</context>
<context>
    <name>skip_reason</name>
    <message>
        <source>A spasm</source>
        <translation>Een spasme</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Het deed pijn</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Te moe</translation>
    </message>
</context>
<context>
    <name>stretch_outcome</name>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet afgemaakt</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Eerder gestopt</translation>
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
