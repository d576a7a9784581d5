<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <source>Fair</source>
        <comment>sleep</comment>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Vul de terugblik op de dag in; elke optie mag je weglaten. Zonder optie (of met --show) toont het de terugblik op de dag.</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>sleep</comment>
        <translation>Goed</translation>
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
        <source>Poor</source>
        <comment>sleep</comment>
        <translation>Slecht</translation>
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
