<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
