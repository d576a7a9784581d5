<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <translation>&amp;Nu back-up maken</translation>
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
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
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
