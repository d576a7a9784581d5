<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>Avvia MSLog all’accesso, così i suoi promemoria possono comparire</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>Impossibile creare la cartella dei backup {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>Impossibile dare un nome al backup in {folder}: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>Impossibile scrivere il backup {file}: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>Il backup non ha superato il controllo ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>Il backup è stato interrotto a metà.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>La cartella dei backup {folder} è un collegamento a un altro posto, quindi MSLog non ci ha salvato nessun backup: i backup vanno solo in una cartella vera dentro la cartella dei dati. Togli il collegamento (MSLog ricrea la cartella) oppure indica un altro posto con --data-dir.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>Il controllo è stato interrotto a metà.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Il tuo diario è aperto in un altro MSLog (una finestra o un comando). Chiudilo e riprova.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Il tuo diario è aperto in un altro MSLog. Chiudilo e riprova.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prima di un’importazione</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è una cartella, non un file di diario</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è danneggiato ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è vuoto (0 byte)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un database SQLite</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è troncato (interrotto a metà)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>fatto da te</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n voce</numerusform>
            <numerusform>{made} — {why} — %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — danneggiato, non utilizzabile</translation>
    </message>
</context>
<context>
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Un nuovo diario</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>Non è stato iniziato un nuovo diario</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog ha trovato danni nel tuo diario</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Il file danneggiato del tuo diario è conservato, invariato, come {file}. Il nuovo diario è vuoto.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fai &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Una copia verificata del tuo diario (%n voce) è salvata in
{folder}</numerusform>
            <numerusform>Una copia verificata del tuo diario (%n voci) è salvata in
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup fatto</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Backup non fatto</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Annullato. Il tuo diario è com’era.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Se annulli non viene importato niente: il tuo diario resta esattamente com’è.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Se annulli ora non cambia niente: il tuo diario resta com’è.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Controllo del backup</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Importa voci da un’esportazione di MSLog</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Importazione delle voci</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>Esportazioni di MSLog (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato niente</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Non è stato ripristinato niente</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Il tuo diario ora contiene %n voce del backup.</numerusform>
            <numerusform>Il tuo diario ora contiene le %n voci del backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Anche il tuo diario com’era un attimo fa è conservato come backup, così puoi ripristinarlo allo stesso modo.</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Aggiungi un tuo fattore scatenante</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Quello che vuoi ricordare</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Cambia ora…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Si salva subito.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Dettagli dello spasmo delle {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Durata in secondi</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Esattamente:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Quanto è durato</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Quanto era forte? (o premi 0–9)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Di più</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Possibili fattori scatenanti</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Salvato alle {time} · dettagli aggiornati</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>La nota è troppo lunga (%n carattere; al massimo {limit}).</numerusform>
            <numerusform>La nota è troppo lunga (%n caratteri; al massimo {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Tipo di spasmo</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Meno di 1 min</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Dove nel corpo</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Un tuo fattore scatenante</translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n valore del tuo diario non è testo valido (UTF-8), quindi i byte illeggibili sono mostrati sostituiti (da U+FFFD); tutto il resto è come è stato salvato e il diario in sé non è stato modificato.</numerusform>
            <numerusform>%n valori del tuo diario non sono testo valido (UTF-8), quindi i byte illeggibili sono mostrati sostituiti (da U+FFFD); tutto il resto è come è stato salvato e il diario in sé non è stato modificato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>Impossibile creare un nuovo diario in {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>Impossibile usare la cartella dei dati {folder}: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog non può salvare nella cartella {folder} ({reason}). Non è stato cambiato niente. Controlla che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog non può salvare nel file del tuo diario {file} ({reason}). Non è stato cambiato niente.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog non è riuscito a creare un nuovo diario in {file}: il disco è pieno. Niente è rimasto a metà e niente è andato perso; libera un po’ di spazio, poi riavvia MSLog.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog non è riuscito a salvare o leggere il tuo diario ({reason}). Niente è andato perso e niente è stato salvato a metà. Controlla che il disco abbia spazio libero e che la cartella dei dati sia scrivibile, poi riprova.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog non è riuscito a salvare nel tuo diario: il disco è pieno. Niente è andato perso e niente è stato salvato a metà; libera un po’ di spazio, poi riprova.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog deve aggiornare il formato del tuo diario ma prima non è riuscito a salvare una copia di sicurezza, quindi non è stato cambiato niente. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>La cartella dei dati {folder} non è una cartella.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è un collegamento interrotto</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è danneggiato (il suo numero di formato {version} non è mai stato scritto da MSLog)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è danneggiato ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog (un altro programma l’ha segnato come suo: id {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog (gli manca il segno che ha ogni diario di MSLog del suo formato)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog, o è un diario danneggiato ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>contiene una tabella che MSLog non crea mai: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>manca la sua tabella {table}</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>mancano le sue tabelle {tables}</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>le colonne della sua tabella {table} non sono quelle che crea MSLog</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>il nuovo diario non è stato scritto per intero</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} non è un diario di MSLog leggibile ({reason}). Non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Elimina lo spasmo delle {time}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Modifica lo spasmo delle {time}</translation>
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
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Intensità {value}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog ha rilevato che il file del tuo diario {file} {problem}, quindi ha smesso di salvarci per non peggiorare le cose. Ripristina il tuo backup integro più recente per continuare.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Questo diario è stato salvato da una versione più recente di MSLog (formato dati {found}; questa versione capisce fino a {supported}). Non è stato modificato. Aggiorna MSLog per aprirlo.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Il file del tuo diario {file} {problem}, quindi MSLog non l’ha aperto. Non è stato possibile metterlo da parte, quindi è stato lasciato esattamente com’era.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Il file del tuo diario {file} {problem}, quindi MSLog non l’ha aperto. È conservato, invariato, come {copy}.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>qui manca una virgola (,)</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>qui mancano i due punti (:)</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>qui manca un nome di campo tra virgolette doppie</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>qui manca un valore</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>ci sono altri dati dopo la fine</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgola di troppo prima della fine della lista</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgola di troppo prima della fine dell’oggetto</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>sequenza di escape (\) non valida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>sequenza \uXXXX non valida</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carattere di controllo non valido</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>testo senza virgolette di chiusura</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>una lista [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>un oggetto {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>byte {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non si può leggere ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>voci</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>contiene un numero di {digits} cifre; ne entrano al massimo {most}</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è una cartella; indica un file normale</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è una pipe o un dispositivo, non un file; indica un file normale</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è più grande di {size}, il massimo che MSLog legge</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>manca</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è annidato per più di {depth} livelli</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>non è testo valido (contiene un carattere che non è UTF-8)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>posizioni chiave</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve essere un numero finito</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>deve essere una lista [...], non {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>deve essere un numero, non {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>deve essere un numero intero, non {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>deve essere un oggetto {{...}}, non {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>deve essere almeno {low} {unit}, non {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>deve essere almeno {low}, non {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>deve essere al massimo {high} {unit}, non {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>deve essere al massimo {high}, non {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>deve essere da {low} a {high} {unit}, non {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>deve essere da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>deve essere testo, non {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>deve essere true o false, non {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>deve essere {choices}, non {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>deve essere lungo da {low} a {high} caratteri, non {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>deve avere almeno {low} {noun}, non {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>deve avere da {low} a {high} {noun}, non {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>non deve contenere un carattere NUL</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>non deve contenere caratteri di controllo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passi</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>il file non è testo UTF-8</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>campo sconosciuto (previsto uno tra: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} o {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} non è un numero che MSLog accetta</translation>
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
        <translation>Salvato alle {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Salvato alle {time} — nel diario di {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Salvato alle {time}, stanotte — nel diario di {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Salvato alle {time}, ieri — nel diario di {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
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
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n era già nel tuo diario</numerusform>
            <numerusform>%n erano già nel tuo diario</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(livello principale)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>Importata %n nuova voce di spasmo</numerusform>
            <numerusform>Importate %n nuove voci di spasmi</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>Il file {problem}. Non è stato importato niente.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>Non c’era spazio per mettere da parte le voci del file ({reason}). Non è stato importato niente.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>un’esportazione di MSLog è un oggetto JSON</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>e %n altro dato</numerusform>
            <numerusform>e %n altri dati</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>previsto {expected}, trovato {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>contiene dati base64 non validi</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>manca</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>non è una tabella che MSLog conosce</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>non è un orario che MSLog può salvare</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>non è un identificativo valido</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>è un numero troppo grande</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>deve essere un giorno come AAAA-MM-GG, non {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>deve essere una lista di %n valore</numerusform>
            <numerusform>deve essere una lista di %n valori</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>deve essere una lista di nomi di colonna</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>deve essere un valore semplice, non {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>non deve essere vuoto (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>nomina una colonna due volte</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>rimanda a {table} {id}, che non è nel file</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>ripete l’identificativo di una voce precedente</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>ripete un identificativo precedente</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>il diario l’ha rifiutato ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>manca {column}</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} non è un campo</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. Non è stato importato niente.</translation>
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
        <translation>{offset} minuti non è uno scarto che usa un fuso orario (da {low} a {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} non è una versione valida</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} non è una versione che MSLog legge</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}: il file viene da un MSLog più recente; aggiorna prima MSLog</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}: {problem}. Non è stato importato niente.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>After you log a spasm, you can add how strong it was, where, and what may have set it off here. Or leave it: the time is already saved.</source>
        <translation>Dopo aver annotato uno spasmo, qui puoi aggiungere quanto era forte, dove e cosa può averlo scatenato. Oppure lascia stare: l’ora è già salvata.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambia l’ora</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Com’è andata oggi?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Com’è andata oggi? Il resoconto del giorno</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Annota uno spasmo ora</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Annota uno spasmo passato</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Annota uno spasmo passato…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Non salvato: %n spasmo annotato alle {times}, perché il diario non si è aperto. Scrivilo su un foglio e aggiungilo con «Annota uno spasmo passato» quando si apre.</numerusform>
            <numerusform>Non salvati: %n spasmi annotati alle {times}, perché il diario non si è aperto. Scrivili su un foglio e aggiungili con «Annota uno spasmo passato» quando si apre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>Annotato alle {time}. Verrà salvato appena il diario si apre…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Annota uno spasmo in questo momento (Ctrl+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Annota uno spasmo in questo momento. Scorciatoia Ctrl+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>Il resoconto del giorno (Ctrl+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Quando inizia uno spasmo, premi il pulsante. I dettagli possono aspettare.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>oppure premi Ctrl+L ovunque in MSLog</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog non può aprire il tuo diario</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog non è riuscito a ripristinare il backup</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog non è riuscito ad aprire il tuo diario</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Ripristina il backup più recente</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Inizia un nuovo diario</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>Non c’è nessun backup da ripristinare. Puoi iniziare un nuovo diario, vuoto.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Il file del tuo diario è danneggiato</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Il tuo backup integro più recente è di {day} alle {time} e contiene %n voce. Ripristinarlo di solito è la scelta migliore.</numerusform>
            <numerusform>Il tuo backup integro più recente è di {day} alle {time} e contiene %n voci. Ripristinarlo di solito è la scelta migliore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Scegli un file di backup</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>Backup di MSLog (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Ripristina questo backup</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Non ci sono ancora backup. MSLog ne fa uno ogni giorno in cui lo apri.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Il tuo diario sarà sostituito dal backup che scegli. Prima viene salvata una copia del diario com’è adesso, così puoi sempre tornarci.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>Impossibile mettere il backup al suo posto. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>Impossibile mettere il backup al suo posto: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>è un collegamento interrotto</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>non è un diario di MSLog (non contiene nessun diario)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} non esiste; il tuo diario non è stato modificato.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} è stato salvato da una versione più recente di MSLog; aggiorna MSLog per ripristinarlo. Il tuo diario non è stato modificato.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, quindi non è un diario di MSLog completo; il tuo diario non è stato modificato.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}; il tuo diario non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Un nuovo giorno del diario inizia alle</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Una nuova lingua vale dal prossimo avvio di MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Fino a quest’ora, uno spasmo o una dose nelle ore piccole conta per la sera prima.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Chiedi com’è andata la giornata alle</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Prova suono e voce</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Impossibile cambiare l’avvio all’accesso: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Resta su questo computer, a meno che tu non lo esporti.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>Tieni MSLog attivo nell’area di notifica quando chiudi la finestra</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog parla</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Non disponibile su questo sistema</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Riduci il movimento (niente lampeggi o pulsazioni; i colori cambiano ancora)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Ricordami quando è ora di una dose o del resoconto del giorno</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Suono e voce funzionano su questo computer.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Suoni durante lo stretching</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Istruzioni a voce durante lo stretching</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>Avvia MSLog all’accesso</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>Avvia MSLog all’accesso (così i promemoria funzionano)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Segnali visivi durante lo stretching (il passo si illumina, gli ultimi secondi pulsano)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>La tua giornata</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Il tuo diario si trova in {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Il tuo diario si trova in:
{folder}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog non può aprire il tuo diario</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Qualcosa di inatteso ha impedito a MSLog di aprire il tuo diario ({problem}). Non è stato cancellato niente; per favore segnalalo.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Il tuo diario non è stato aperto.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Oggi ancora niente di annotato. Va bene anche così.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Oggi · %n spasmo</numerusform>
            <numerusform>Oggi · %n spasmi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annulla: {what}</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Annota uno spasmo passato</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Non salvato. Ora: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Quest’ora non è ancora arrivata. Scegli un’ora già passata, per favore.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quando è successo?</translation>
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
        <translation>Schiena</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clono</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Clono (scosse ritmiche)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Stitichezza</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Crampo</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>In estensione</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>In estensione (gambe tese)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatica</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>In flessione</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>In flessione (gambe piegate)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Vescica piena</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infezione</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Polpaccio sinistro</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Piede sinistro</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano sinistra</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Anca sinistra</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Coscia sinistra</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Cambio di posizione</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Polpaccio destro</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Piede destro</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano destra</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Anca destra</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Coscia destra</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Vestiti stretti</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Risveglio</translation>
    </message>
</context>
</TS>
