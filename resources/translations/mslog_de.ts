<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>MSLog bei der Anmeldung starten, damit Erinnerungen erscheinen können</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>Der Sicherungsordner {folder} lässt sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>Die Sicherung in {folder} ließ sich nicht benennen: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>Die Sicherung {file} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>Die Prüfung der Sicherung ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>Die Sicherung wurde mittendrin angehalten.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>Der Sicherungsordner {folder} ist ein Verweis an einen anderen Ort, daher hat MSLog dort keine Sicherung gespeichert: Sicherungen kommen nur in einen echten Ordner im Datenordner. Entfernen Sie den Verweis (MSLog legt den Ordner neu an) oder geben Sie mit --data-dir einen anderen Ort an.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>Die Prüfung wurde mittendrin angehalten.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Ihr Tagebuch ist in einem anderen MSLog geöffnet (einem Fenster oder einem Befehl). Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Ihr Tagebuch ist in einem anderen MSLog geöffnet. Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist unvollständig (mittendrin abgeschnitten)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n Eintrag</numerusform>
            <numerusform>{made} — {why} — %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — beschädigt, nicht verwendbar</translation>
    </message>
</context>
<context>
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Ein neues Tagebuch</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>Es wurde kein neues Tagebuch begonnen</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog hat einen Schaden in Ihrem Tagebuch gefunden</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Ihre beschädigte Tagebuchdatei bleibt unverändert erhalten als {file}. Das neue Tagebuch ist leer.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Eine geprüfte Kopie Ihres Tagebuchs (%n Eintrag) ist gespeichert in
{folder}</numerusform>
            <numerusform>Eine geprüfte Kopie Ihres Tagebuchs (%n Einträge) ist gespeichert in
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sicherung nicht erstellt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Abgebrochen. Ihr Tagebuch ist wie vorher.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Abbrechen importiert nichts: Ihr Tagebuch bleibt genau, wie es ist.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Abbrechen ändert jetzt nichts: Ihr Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Einträge aus einem MSLog-Export importieren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Einträge werden importiert</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>MSLog-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Nichts wurde wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Ihr Tagebuch enthält jetzt %n Eintrag aus der Sicherung.</numerusform>
            <numerusform>Ihr Tagebuch enthält jetzt die %n Einträge aus der Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Ihr Tagebuch, wie es eben noch war, ist ebenfalls als Sicherung erhalten. Sie können es genauso wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> Sek.</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 Min.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Eigenen Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Was Sie sich dazu merken möchten</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Zeit ändern…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Details zum Spasmus um {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Genau:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Wie stark war er? (oder 0–9 drücken)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Mögliche Auslöser</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Gespeichert {time} · Details ergänzt</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>Die Notiz ist zu lang (%n Zeichen; höchstens {limit} passen).</numerusform>
            <numerusform>Die Notiz ist zu lang (%n Zeichen; höchstens {limit} passen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Art des Spasmus</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Unter 1 Min.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Wo im Körper</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Eigener Auslöser</translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n Wert in Ihrem Tagebuch ist kein gültiger Text (UTF-8), daher werden die unlesbaren Bytes ersetzt angezeigt (durch U+FFFD); alles andere ist wie gespeichert, und das Tagebuch selbst wurde nicht geändert.</numerusform>
            <numerusform>%n Werte in Ihrem Tagebuch sind kein gültiger Text (UTF-8), daher werden die unlesbaren Bytes ersetzt angezeigt (durch U+FFFD); alles andere ist wie gespeichert, und das Tagebuch selbst wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>Unter {file} lässt sich kein neues Tagebuch anlegen: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>Der Datenordner {folder} lässt sich nicht verwenden: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog kann im Ordner {folder} nicht speichern ({reason}). Nichts wurde geändert. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog kann nicht in Ihre Tagebuchdatei {file} speichern ({reason}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog konnte unter {file} kein neues Tagebuch anlegen: Der Datenträger ist voll. Nichts ist halb angelegt und nichts ging verloren; schaffen Sie etwas Platz und starten Sie MSLog dann erneut.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog konnte Ihr Tagebuch nicht speichern oder lesen ({reason}). Nichts ging verloren und nichts wurde halb gespeichert. Prüfen Sie, ob der Datenträger freien Platz hat und der Datenordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog konnte nicht in Ihr Tagebuch speichern: Der Datenträger ist voll. Nichts ging verloren und nichts wurde halb gespeichert; schaffen Sie etwas Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog muss das Format Ihres Tagebuchs aktualisieren, konnte aber vorher keine Sicherheitskopie speichern, daher wurde nichts geändert. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>Der Datenordner {folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein defekter Verweis</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt (ihre Formatnummer {version} hat MSLog nie geschrieben)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (ein anderes Programm hat sie als eigene markiert: Kennung {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (ihr fehlt die Markierung, die jedes MSLog-Tagebuch dieses Formats hat)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch oder ein beschädigtes ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>sie enthält eine Tabelle, die MSLog nie anlegt: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>ihre Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>ihre Tabellen {tables} fehlen</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>die Spalten ihrer Tabelle {table} sind nicht die, die MSLog anlegt</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>das neue Tagebuch wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} ist kein lesbares MSLog-Tagebuch ({reason}). Es wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Den Spasmus um {time} löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Den Spasmus um {time} ändern</translation>
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
        <translation>Ohne Stärke</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Stärke {value}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog hat ein Problem mit Ihrer Tagebuchdatei gefunden: {file} {problem}. Daher speichert MSLog nicht mehr darin, damit es nicht schlimmer wird. Stellen Sie Ihre neueste intakte Sicherung wieder her, um weiterzumachen.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Dieses Tagebuch wurde von einer neueren MSLog-Version gespeichert (Datenformat {found}; diese Version versteht bis {supported}). Es wurde nicht geändert. Bitte aktualisieren Sie MSLog, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Ihre Tagebuchdatei {file} {problem}, daher hat MSLog sie nicht geöffnet. Sie ließ sich nicht beiseitelegen und wurde darum genau so gelassen, wie sie war.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Ihre Tagebuchdatei {file} {problem}, daher hat MSLog sie nicht geöffnet. Sie bleibt unverändert erhalten als {copy}.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>hier fehlt ein Komma (,)</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>hier fehlt ein Doppelpunkt (:)</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>hier fehlt ein Feldname in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>nach dem Ende folgen noch weitere Daten</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>überzähliges Komma vor dem Ende der Liste</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>überzähliges Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz (\)</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Sequenz</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>Text ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>eine Liste [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>ein Objekt {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>Byte {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>enthält eine Zahl mit {digits} Ziffern; höchstens {most} passen</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein Ordner; geben Sie eine normale Datei an</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist eine Pipe oder ein Gerät, keine Datei; geben Sie eine normale Datei an</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist größer als {size}, das Höchste, was MSLog liest</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>ist kein gültiger Text (enthält ein Zeichen, das nicht UTF-8 ist)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>Schlüsselhaltungen</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>muss eine Liste [...] sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>muss ein Objekt {{...}} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>muss mindestens {low} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>muss mindestens {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>darf höchstens {high} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>darf höchstens {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>muss zwischen {low} und {high} {unit} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>muss {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>muss {low} bis {high} Zeichen lang sein, nicht {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>muss mindestens {low} {noun} haben, nicht {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>muss {low} bis {high} {noun} haben, nicht {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>unbekanntes Feld (erwartet wird eines von: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} oder {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} ist keine Zahl, die MSLog annimmt</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
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
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Gespeichert {time} — im Tagebuch vom {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Gespeichert {time}, letzte Nacht — im Tagebuch vom {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Gespeichert {time}, gestern — im Tagebuch vom {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: day, short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: day, short month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern: day, month&apos;s name</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: day, month&apos;s name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd {date}</source>
        <comment>date pattern: short weekday, then a date</comment>
        <translation>ddd, {date}</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern: weekday, day, month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: weekday, day, month, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date and a clock time</comment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} Std. {min} Min.</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} Min.</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} Min. {s} Sek.</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n war schon in Ihrem Tagebuch</numerusform>
            <numerusform>%n waren schon in Ihrem Tagebuch</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(oberste Ebene)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>%n neuer Spasmus-Eintrag importiert</numerusform>
            <numerusform>%n neue Spasmus-Einträge importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>Die Datei {problem}. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>Es war kein Platz, die Einträge der Datei zwischenzuspeichern ({reason}). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>ein MSLog-Export ist ein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>und %n weiterer Datensatz</numerusform>
            <numerusform>und %n weitere Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>erwartet {expected}, gefunden {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>enthält ungültige Base64-Daten</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine Tabelle, die MSLog kennt</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine Zeit, die MSLog speichern kann</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>ist keine gültige Kennung</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>muss ein Tag als JJJJ-MM-TT sein, nicht {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>muss eine Liste aus %n Wert sein</numerusform>
            <numerusform>muss eine Liste aus %n Werten sein</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>muss eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>muss ein einfacher Wert sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>darf nicht leer sein (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>nennt eine Spalte zweimal</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>verweist auf {table} {id}, das nicht in der Datei ist</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>wiederholt die Kennung eines früheren Eintrags</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>wiederholt eine frühere Kennung</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>das Tagebuch hat es abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>{column} fehlt</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} ist kein Feld</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. Nichts wurde importiert.</translation>
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
        <translation>{offset} Minuten sind kein Versatz, den eine Zeitzone verwendet (von {low} bis {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} ist keine gültige Version</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} ist keine Version, die MSLog liest</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}: Die Datei stammt von einem neueren MSLog; aktualisieren Sie zuerst MSLog</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}: {problem}. Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>After you log a spasm, you can add how strong it was, where, and what may have set it off here. Or leave it: the time is already saved.</source>
        <translation>Nach dem Eintragen können Sie hier ergänzen, wie stark der Spasmus war, wo er war und was ihn ausgelöst haben könnte. Oder lassen Sie es: Die Zeit ist schon gespeichert.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Die Zeit ändern</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Wie war heute? Der tägliche Rückblick</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Spasmus jetzt eintragen</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Früheren Spasmus eintragen</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Früheren Spasmus eintragen…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Spasmus, notiert um {times}, weil sich Ihr Tagebuch nicht öffnen ließ. Bitte schreiben Sie ihn auf und tragen Sie ihn mit „Früheren Spasmus eintragen“ nach, sobald es sich öffnet.</numerusform>
            <numerusform>Nicht gespeichert: %n Spasmen, notiert um {times}, weil sich Ihr Tagebuch nicht öffnen ließ. Bitte schreiben Sie sie auf und tragen Sie sie mit „Früheren Spasmus eintragen“ nach, sobald es sich öffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>{time} notiert. Wird gespeichert, sobald Ihr Tagebuch offen ist…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Trägt einen Spasmus für diesen Moment ein (Strg+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Trägt einen Spasmus für diesen Moment ein. Tastenkürzel Strg+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>Der tägliche Rückblick (Strg+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Wenn ein Spasmus beginnt, drücken Sie den Knopf. Details können warten.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>oder überall in MSLog Strg+L drücken</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog konnte die Sicherung nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog konnte Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Neues Tagebuch beginnen</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Sie können ein neues, leeres Tagebuch beginnen.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Ihre Tagebuchdatei ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Ihre neueste intakte Sicherung ist vom {day} um {time} und enthält %n Eintrag. Sie wiederherzustellen ist meist die beste Wahl.</numerusform>
            <numerusform>Ihre neueste intakte Sicherung ist vom {day} um {time} und enthält %n Einträge. Sie wiederherzustellen ist meist die beste Wahl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>MSLog-Sicherungen (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Noch keine Sicherungen. MSLog legt an jedem Tag, an dem Sie es öffnen, eine an.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Ihr Tagebuch wird durch die gewählte Sicherung ersetzt. Vorher wird eine Kopie Ihres jetzigen Tagebuchs gespeichert, Sie können also jederzeit zurück.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>Die Sicherung ließ sich nicht einsetzen. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>Die Sicherung ließ sich nicht einsetzen: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist ein defekter Verweis</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ist kein MSLog-Tagebuch (sie enthält gar kein Tagebuch)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} gibt es nicht; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} wurde von einer neueren MSLog-Version gespeichert; aktualisieren Sie MSLog, um es wiederherzustellen. Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, ist also kein vollständiges MSLog-Tagebuch; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}; Ihr Tagebuch wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Ein neuer Tagebuchtag beginnt um</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Ein Spasmus oder eine Einnahme in der Nacht zählt bis zu dieser Uhrzeit zum Abend davor.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Nach dem Tag fragen um</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Ton und Stimme prüfen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Start bei der Anmeldung ließ sich nicht ändern: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Es bleibt auf diesem Computer, außer Sie exportieren es.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>MSLog nach dem Schließen im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog spricht</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Weniger Bewegung (kein Blinken oder Pulsieren; Farben wechseln weiter)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Erinnern, wenn eine Einnahme oder der tägliche Rückblick ansteht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Ton und Stimme funktionieren auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Töne beim Dehnen</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Gesprochene Anleitung beim Dehnen</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>MSLog bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>MSLog bei der Anmeldung starten (damit Erinnerungen kommen)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Sichtbare Hinweise beim Dehnen (der Schritt leuchtet auf, die letzten Sekunden pulsieren)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Ihr Tagebuch liegt in {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Ihr Tagebuch liegt in:
{folder}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Etwas Unerwartetes hat MSLog am Öffnen Ihres Tagebuchs gehindert ({problem}). Nichts wurde gelöscht; bitte melden Sie das.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Ihr Tagebuch wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Heute noch nichts eingetragen. Das ist auch in Ordnung.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Heute · %n Spasmus</numerusform>
            <numerusform>Heute · %n Spasmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Rückgängig: {what}</translation>
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
        <translation>Früheren Spasmus eintragen</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Nicht gespeichert. Zeit: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Diese Zeit liegt noch in der Zukunft. Bitte wählen Sie eine vergangene Zeit.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wann war es?</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Klonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Klonus (rhythmisches Zucken)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>Streck­spasmus</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>Streck­spasmus (Beine gestreckt)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>Beuge­spasmus</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>Beuge­spasmus (Beine angezogen)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Volle Blase</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infekt</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Linker Ober­schenkel</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Lagewechsel</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Rechter Ober­schenkel</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Enge Kleidung</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Aufwachen</translation>
    </message>
</context>
</TS>
