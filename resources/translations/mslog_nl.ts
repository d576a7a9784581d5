<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
