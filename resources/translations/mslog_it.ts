<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <translation>Aggiunto l’appuntamento del {day}.</translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Tolto l’appuntamento del {day}. Ctrl+Z lo ripristina.</translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>aggiunta dell’appuntamento</translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione dell’appuntamento</translation>
    </message>
</context>
<context>
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation>Nessuna visita con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>non è un campo di una visita</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>è lungo {length} caratteri; ne entrano al massimo {limit}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>deve essere una data, non {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere testo</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} è a più di due anni da oggi</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} è troppo lontano nel passato</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Aggiungi visita</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Data della visita</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Nota della visita</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Visite (linee tratteggiate nei grafici)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Medico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Restano qui e sono stampate in cima al resoconto. Si salvano mentre scrivi.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Domande per la mia prossima visita</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Annota una visita</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Rimuovi la selezionata</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Cosa è stato deciso (facoltativo)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Con</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>ad es. dott.ssa Okafor, neurologa</translation>
    </message>
</context>
<context>
    <name>AsNeededDialog</name>
    <message>
        <source>Amount</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Dose al bisogno</translation>
    </message>
    <message>
        <source>Which medication did you take, and when?</source>
        <translation>Quale farmaco hai preso, e quando?</translation>
    </message>
    <message>
        <source>optional, as prescribed</source>
        <translation>facoltativo, come prescritto</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the {medication} dose at {time}</source>
        <translation>Rimuovi la dose di {medication} delle {time}</translation>
    </message>
    <message>
        <source>{dose} · as needed</source>
        <translation>{dose} · al bisogno</translation>
    </message>
    <message>
        <source>{dose} · as needed · entered later</source>
        <translation>{dose} · al bisogno · inserita dopo</translation>
    </message>
</context>
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
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>Niente annotato in questo periodo</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n spasmo</numerusform>
            <numerusform>{label}: %n spasmi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Parti del corpo</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Giorni con e senza ogni fattore</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Fattori scatenanti segnati</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipi</translation>
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
        <translation>prima: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>intensità {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now}; prima: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} su {due}; {skipped} saltate, {not_recorded} non annotate</translation>
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
        <translation>Zoom: Ctrl+rotella, oppure + e − con il grafico selezionato (0 mostra di nuovo tutti i giorni).</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>--day: {day} is still to come</source>
        <translation>--day: il {day} deve ancora arrivare</translation>
    </message>
    <message>
        <source>--factor: unknown factor {text} (choose from {offered})</source>
        <translation>--factor: fattore sconosciuto {text} (scegli tra {offered})</translation>
    </message>
    <message>
        <source>--factor: {name} was removed from the list on {day}</source>
        <translation>--factor: {name} è stato tolto dall’elenco il {day}</translation>
    </message>
    <message>
        <source>--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)</source>
        <translation>--nights: {text} non è 0, 1, 2, 3 o 3+ (usa 3+ per tre o più)</translation>
    </message>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: il {day} è annotato %n spasmo; usa --complete se hai annotato tutto</numerusform>
            <numerusform>--no-spasms: il {day} sono annotati %n spasmi; usa --complete se hai annotato tutto</numerusform>
        </translation>
    </message>
    <message>
        <source>--show: cannot be combined with {option}</source>
        <translation>--show: non si può combinare con {option}</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Resoconto di {day}</translation>
    </message>
    <message>
        <source>Check-in for {day}: not filled in yet</source>
        <translation>Resoconto di {day}: non ancora compilato</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Compila il resoconto del giorno; ogni opzione si può tralasciare. Senza opzioni (o con --show) mostra il resoconto del giorno.</translation>
    </message>
    <message>
        <source>I had no spasms that day</source>
        <translation>Quel giorno non ho avuto spasmi</translation>
    </message>
    <message>
        <source>I logged all my spasms that day</source>
        <translation>Quel giorno ho annotato tutti i miei spasmi</translation>
    </message>
    <message>
        <source>Nights woken by spasms: {nights}</source>
        <translation>Risvegli notturni per spasmi: {nights}</translation>
    </message>
    <message>
        <source>Pain: {score}</source>
        <translation>Dolore: {score}</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Resoconto di {day} salvato.</translation>
    </message>
    <message>
        <source>Sleep: {sleep}</source>
        <translation>Sonno: {sleep}</translation>
    </message>
    <message>
        <source>Spasms: {spasms}</source>
        <translation>Spasmi: {spasms}</translation>
    </message>
    <message>
        <source>Spasticity, past 24 hours: {score}</source>
        <translation>Spasticità, ultime 24 ore: {score}</translation>
    </message>
    <message>
        <source>What was true: {factors}</source>
        <translation>Fattori presenti: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>tutti annotati (%n nel diario)</numerusform>
            <numerusform>tutti annotati (%n nel diario)</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in or show a day&apos;s check-in (spasticity, nights, pain, sleep, factors)</source>
        <translation>compila o mostra il resoconto di un giorno (spasticità, notti, dolore, sonno, fattori)</translation>
    </message>
    <message>
        <source>good, fair or poor</source>
        <comment>the words to type, kept in English</comment>
        <translation>good (buono), fair (discreto) o poor (scarso)</translation>
    </message>
    <message>
        <source>nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)</source>
        <translation>risvegli notturni per spasmi: 0, 1, 2, 3 o 3+ (tre o più)</translation>
    </message>
    <message>
        <source>no spasms that day</source>
        <translation>nessuno spasmo quel giorno</translation>
    </message>
    <message>
        <source>none of the list</source>
        <translation>nessuno dell’elenco</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>non compilato</translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>non compilato (il giorno conta come sconosciuto; %n nel diario)</numerusform>
            <numerusform>non compilato (il giorno conta come sconosciuto; %n nel diario)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst)</source>
        <translation>dolore, da 0 (nessuno) a 10 (il peggiore)</translation>
    </message>
    <message>
        <source>print the day&apos;s check-in</source>
        <translation>mostra il resoconto del giorno</translation>
    </message>
    <message>
        <source>something that was true that day, e.g. heat or stress (repeatable)</source>
        <translation>un fattore presente quel giorno, ad es. heat o stress (ripetibile)</translation>
    </message>
    <message>
        <source>spasticity over the past 24 hours, 0 (none) to 10 (worst)</source>
        <translation>spasticità nelle ultime 24 ore, da 0 (nessuna) a 10 (la peggiore)</translation>
    </message>
    <message>
        <source>the diary day, YYYY-MM-DD (default: today)</source>
        <translation>il giorno del diario, YYYY-MM-DD (predefinito: oggi)</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <comment>nights woken</comment>
        <translation>{count} o più</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} su 10</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation>Un resoconto di 10 secondi per {day}: spasticità, sonno e cosa è successo. Ogni risposta è facoltativa.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Compila</translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation>Compila: {question}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Resoconto del giorno</translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation>Nascondi questa scheda fino a domani</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation>Non ora: nascondi il resoconto di {day}</translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation>Iniziato. Manca una risposta: di’ se il tuo registro degli spasmi è completo.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>Oggi è annotato %n spasmo.</numerusform>
            <numerusform>Oggi sono annotati %n spasmi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>Per ieri è annotato %n spasmo.</numerusform>
            <numerusform>Per ieri sono annotati %n spasmi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>Per {day} è annotato %n spasmo.</numerusform>
            <numerusform>Per {day} sono annotati %n spasmi.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 nessun dolore</translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation>0 nessuna spasticità</translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation>10 il peggio</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o più</translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation>Un giorno conta nelle tue tendenze quando dici che il suo registro è completo.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation>Aggiungi il tuo alla lista</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Modifica la lista</translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation>Modifica la lista: rinomina o togli</translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation>Chiudi (Esc). È già tutto salvato.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Modifiche fatte</translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation>Ogni risposta è facoltativa e viene salvata subito.</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Com’è andata oggi?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation>Ho annotato tutti i miei spasmi di {day}</translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation>Ho annotato tutti i miei spasmi di oggi</translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation>Ho annotato tutti i miei spasmi di ieri</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nuovo nome per {name}:</translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation>Risvegli notturni per spasmi</translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation>Oggi non ci sono spasmi annotati.</translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation>Per ieri non ci sono spasmi annotati.</translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation>Per {day} non ci sono spasmi annotati.</translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation>Nessuno spasmo {day}</translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation>Nessuno spasmo oggi</translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation>Nessuno spasmo ieri</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Nessun risveglio per spasmi</translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation>Ancora niente di salvato per questo giorno.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sonno</translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation>Sonno discreto</translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation>Sonno buono</translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation>Sonno scarso</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation>Spasticità</translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation>Spasticità nelle ultime 24 ore</translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation>Iniziato: salvato fin qui.</translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation>Questo giorno è fatto. Puoi cambiare quello che vuoi.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation>Annulla (Ctrl+Z); ripeti con Ctrl+Maiusc+Z</translation>
    </message>
    <message>
        <source>What was true</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation>Cosa è successo {day}</translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation>Cosa è successo oggi</translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation>Cosa è successo ieri</translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3 risvegli o più</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Un risveglio</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Due risvegli</translation>
    </message>
    <message>
        <source>Your own thing to add to the list</source>
        <translation>Una tua voce da aggiungere alla lista</translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation>Il tuo registro degli spasmi</translation>
    </message>
    <message>
        <source>a factor</source>
        <translation>una voce</translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation>tutti gli spasmi annotati</translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation>risvegli notturni non indicati</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>nessuno spasmo</translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation>non so se sono tutti annotati</translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation>non so se non ce ne sono stati</translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation>nessun risveglio per spasmi</translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation>dolore non indicato</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>dolore {value}</translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation>sonno discreto</translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation>sonno buono</translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation>sonno non indicato</translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation>sonno scarso</translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation>spasticità non indicata</translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation>spasticità {value}</translation>
    </message>
    <message>
        <source>what was true</source>
        <translation>cosa è successo</translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation>3 risvegli o più</translation>
    </message>
    <message>
        <source>woken once</source>
        <translation>un risveglio</translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation>due risvegli</translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation>{count} {why}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (oggi)</translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation>{day} (ieri)</translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation>{factor}: no</translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation>{factor}: sì</translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation>{name} è nella lista. Spuntalo nei giorni in cui è stato vero.</translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation>{name} è tolto dalla lista da oggi. «Annulla» lo rimette.</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} rinominato in {new}.</translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation>Salvato: {answer}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>aggiunta di {name}</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione di {name}</translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rinomina di {old} in {new}</translation>
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
        <translation>Un resoconto di 10 secondi. Ogni risposta è facoltativa.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Compila</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Compila ora</translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation>Compila ora: {question}</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Promemoria del resoconto</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation>Nascondi il promemoria del resoconto</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Tra 10 min</translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation>Ripeti il promemoria del resoconto tra 10 minuti</translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation>&amp;Com’è andata oggi?…</translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation>Un resoconto di 10 secondi in MSLog. Ogni risposta è facoltativa.</translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation>Promemoria del resoconto: {question}</translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation>Il resoconto verrà chiesto di nuovo alle {time}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>È ora di %n dose</numerusform>
            <numerusform>È ora di %n dosi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n dose era prevista mentre MSLog era in pausa</numerusform>
            <numerusform>%n dosi erano previste mentre MSLog era in pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n saltata</numerusform>
            <numerusform>%n saltate</numerusform>
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
            <numerusform>Ricarica della pompa di baclofen prevista {day}, tra %n giorno.</numerusform>
            <numerusform>Ricarica della pompa di baclofen prevista {day}, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation>Ricarica della pompa di baclofen prevista oggi.</translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation>Ricarica della pompa di baclofen prevista domani, {day}.</translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation>Nuova velocità: {rate}</translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation>Prossima ricarica {day}</translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation>Nessuna voce con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation>Nessuna dose con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation>Nessuna dose né abitudine nella lista</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Nessuna abitudine con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation>Nessun farmaco con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation>Nessun trattamento con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Sedi: {sites}</translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation>La ricarica della pompa di baclofen prevista {day} non è ancora annotata. Quando è fatta, annotala in Trattamenti.</translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation>La giornata: {side_effects}</translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation>Spuntale in MSLog quando le prendi, o rimanda il promemoria.</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>È ora di {dose}</translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation>una dose appartiene a un farmaco</translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation>aggiungi almeno un orario, o scegli «al bisogno»</translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation>un farmaco al bisogno non ha orari fissi</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>al bisogno</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>al massimo 24 orari al giorno</translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation>alle {time}: {problem}</translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation>ci sono dosi di {name} annotate; segnalo invece come sospeso</translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation>indica un orario come HH:MM</translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation>è dopo oggi; annota un trattamento quando è avvenuto</translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation>vale solo per una pompa di baclofen</translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation>è più di un anno dopo questa voce</translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation>non è un campo di un trattamento</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation>non vale per un cambio di dose della pompa di baclofen</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation>non vale per una ricarica della pompa di baclofen</translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation>non vale per un’iniezione di tossina botulinica</translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation>non vale per una seduta di fisioterapia</translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation>non vale per altri trattamenti</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>è lungo {length} caratteri; ne entrano al massimo {limit}</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>deve essere una data e un’ora, non {value}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>deve essere una data, non {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>deve essere un numero, non {value}</translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation>deve essere dopo il giorno di inizio ({day})</translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
        <translation>deve essere dopo il giorno di questa voce</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>deve avere al massimo %n carattere</numerusform>
            <numerusform>deve avere al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>deve essere al massimo {most}</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>deve essere più di zero, non {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>deve essere uno tra {choices}, non {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>deve essere un testo, non {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>non può contenere caratteri di controllo</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>ha bisogno di un fuso orario</translation>
    </message>
    <message>
        <source>only a taken dose has a time</source>
        <translation>solo una dose presa ha un orario</translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation>indica che trattamento era</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} deve ancora venire</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} è troppo lontano nel tempo</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} abitudine su %n fatta</numerusform>
            <numerusform>{done} abitudini su %n fatte</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation>{dose} al bisogno</translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation>{moment} non è il {day}</translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation>{moment} deve ancora venire</translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation>{name} non ha dosi fisse il {day}</translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation>{name} è già nella lista</translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation>{name} è già nella lista</translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation>{name} è già nella tua lista</translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation>{name} non è previsto alle {slot}</translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation>{name} {dose} alle {times}</translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation>{name} {dose} al bisogno</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation>{schedule} dal {day}</translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation>{side_effects}: {note}</translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation>{slot} non è un orario di dose</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} dose su %n presa</numerusform>
            <numerusform>{taken} dosi su %n prese</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation>{time} compare due volte; cambiane uno o toglilo</translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation>{time} non è uno degli orari</translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation>{time} deve essere in minuti interi</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value} non è un orario</translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation>{value} non è un orario; scrivilo come HH:MM</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} non è uno tra {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation>{value} è fuori dal giorno (da 00:00 a 23:59)</translation>
    </message>
</context>
<context>
    <name>ChecklistCommands</name>
    <message>
        <source>0 to 23 (default 4: 01:30 counts for the evening)</source>
        <translation>da 0 a 23 (predefinito 4: l’01:30 conta per la sera prima)</translation>
    </message>
    <message>
        <source>A new diary day now starts at {time}.</source>
        <translation>Un nuovo giorno del diario ora inizia alle {time}.</translation>
    </message>
    <message>
        <source>A new diary day starts at {time}.</source>
        <translation>Un nuovo giorno del diario inizia alle {time}.</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>al bisogno</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>fatto alle {time}</translation>
    </message>
    <message>
        <source>hour: {text} is not a whole hour from 0 to 23</source>
        <translation>hour: {text} non è un’ora intera da 0 a 23</translation>
    </message>
    <message>
        <source>late, not ticked</source>
        <translation>in ritardo, non spuntata</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non spuntata</translation>
    </message>
    <message>
        <source>print a day&apos;s doses and self-care ticks</source>
        <translation>mostra le dosi e la cura di sé di un giorno</translation>
    </message>
    <message>
        <source>show or set the hour a new diary day starts</source>
        <translation>mostra o cambia l’ora in cui inizia un nuovo giorno del diario</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>saltata ({reason})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>presa alle {time}</translation>
    </message>
    <message>
        <source>taken {time} (late)</source>
        <translation>presa alle {time} (in ritardo)</translation>
    </message>
    <message>
        <source>the diary day (default: today)</source>
        <translation>il giorno del diario (predefinito: oggi)</translation>
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
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Giorno della modifica</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Non salvato. {field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Non salvato. {problem}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effetti collaterali</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Giorno di inizio</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Dosaggio e forma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Ora di assunzione</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
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
        <translation>«{name}» è già in fondo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation>«{name}» è già in cima.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation>«{name}» mantiene il nome.</translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation>Abitudine «{name}» aggiunta. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation>«{name}» spostato in giù. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation>«{name}» spostato in su. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for today. Undo with Ctrl+Z.</source>
        <translation>Nessun effetto collaterale annotato oggi. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {day}. Undo with Ctrl+Z.</source>
        <translation>Nessun effetto collaterale annotato per {day}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {dose}. Undo with Ctrl+Z.</source>
        <translation>Nessun effetto collaterale annotato dopo {dose}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation>Tolta la dose al bisogno. Ctrl+Z la ripristina.</translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation>{name} è tolto dalla lista. Le spunte passate restano. «Annulla» lo rimette.</translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation>Abitudine «{old}» rinominata in «{new}». Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation>Salvato: {name} alle {time}.</translation>
    </message>
    <message>
        <source>Side effects of today: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effetti collaterali oggi: {effects}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {day}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effetti collaterali di {day}: {effects}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {dose}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effetti collaterali dopo {dose}: {effects}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>aggiunta dell’abitudine «{name}»</translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>dose al bisogno</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spostamento in giù di «{name}»</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spostamento in su di «{name}»</translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione di una dose al bisogno</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione di {name}</translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rinomina di «{old}» in «{new}»</translation>
    </message>
    <message>
        <source>side effects of today</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effetti collaterali di oggi</translation>
    </message>
    <message>
        <source>side effects of {day}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effetti collaterali di {day}</translation>
    </message>
    <message>
        <source>side effects of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effetti collaterali dopo {dose}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>salto di {dose}</translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spunta di {dose}</translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spunta di {name}</translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spunta tolta a {dose}</translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spunta tolta a {name}</translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation>{dose} è di nuovo da fare.</translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation>{dose}: saltata. Puoi aggiungere un motivo.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation>{dose}: presa alle {time}. Cambia l’ora se era prima.</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: fatto.</translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation>{name}: non fatto.</translation>
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
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Tick a dose when you take it. Unticking undoes it.</source>
        <translation>Spunta una dose quando la prendi. Togliere la spunta la annulla.</translation>
    </message>
    <message>
        <source>Ticks on a past day are saved as entered later.</source>
        <translation>Le spunte di un giorno passato si salvano come inserite dopo.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Oggi · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Ieri · {day}</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>MSLog is still running</source>
        <translation>MSLog è ancora attivo</translation>
    </message>
    <message>
        <source>Reminders keep working here in the tray. To quit, choose Quit MSLog from this icon&apos;s menu.</source>
        <translation>I promemoria continuano a funzionare qui, nell’area di notifica. Per uscire, scegli «Esci da MSLog» dal menu di questa icona.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: non riesco a leggere {text} come ora; usa HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: give a time, as HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: indica un’ora, come HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: {day} is outside the days a diary keeps</source>
        <translation>--at: il {day} è fuori dai giorni che un diario tiene</translation>
    </message>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} qui non è esistito: quella notte l’orologio è andato avanti di %n minuto; indica l’ora che segnava l’orologio (ad es. {later})</numerusform>
            <numerusform>--at: {time} qui non è esistito: quella notte l’orologio è andato avanti di %n minuti; indica l’ora che segnava l’orologio (ad es. {later})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at: {time} did not happen here: the clocks went forward an hour that night; give the time the clock showed (such as {later})</source>
        <translation>--at: {time} qui non è esistito: quella notte l’orologio è andato avanti di un’ora; indica l’ora che segnava l’orologio (ad es. {later})</translation>
    </message>
    <message>
        <source>--data-dir: give a folder</source>
        <translation>--data-dir: indica una cartella</translation>
    </message>
    <message>
        <source>--data-dir: {folder} is not a folder</source>
        <translation>--data-dir: {folder} non è una cartella</translation>
    </message>
    <message>
        <source>--from: the first day is after the last day</source>
        <translation>--from: il primo giorno viene dopo l’ultimo</translation>
    </message>
    <message>
        <source>MSLog, a private diary for MS spasms.</source>
        <translation>MSLog, un diario privato degli spasmi della SM.</translation>
    </message>
    <message>
        <source>With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The
commands work in this terminal and never open the window; `mslog COMMAND --help` tells
more about each.

environment:
  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given

Your diary stays on this computer: MSLog sends nothing anywhere.</source>
        <comment>the end of `mslog --help`; keep its line breaks short (under 80 characters)</comment>
        <translation>Senza COMMAND, MSLog apre la sua finestra (`mslog` o `mslog --data-dir PATH`).
I comandi funzionano in questo terminale e non aprono mai la finestra;
`mslog COMMAND --help` dice di più su ciascuno.

ambiente:
  MSLOG_DATA_DIR  la cartella del diario, se non indichi --data-dir

Il tuo diario resta su questo computer: MSLog non invia nulla a nessuno.</translation>
    </message>
    <message>
        <source>folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)</source>
        <translation>cartella del diario (predefinita: $MSLOG_DATA_DIR o la tua cartella dati utente)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>ultimo giorno (predefinito: oggi)</translation>
    </message>
    <message>
        <source>mslog {command}: error: {problem}</source>
        <translation>mslog {command}: errore: {problem}</translation>
    </message>
    <message>
        <source>mslog: error: {problem}</source>
        <translation>mslog: errore: {problem}</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>uno tra: {keys}</translation>
    </message>
    <message>
        <source>one of: {keys} (repeatable)</source>
        <translation>uno tra: {keys} (ripetibile)</translation>
    </message>
    <message>
        <source>{option}: cannot read {text} as a date; use YYYY-MM-DD</source>
        <translation>{option}: non riesco a leggere {text} come data; usa YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{option}: give a file name</source>
        <translation>{option}: indica un nome di file</translation>
    </message>
    <message>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>{option}: unknown value {text} (choose from {known})</source>
        <translation>{option}: valore sconosciuto {text} (scegli tra {known})</translation>
    </message>
    <message>
        <source>{option}: {day} is too far ahead; give a day up to {latest}</source>
        <translation>{option}: il {day} è troppo avanti; indica un giorno fino al {latest}</translation>
    </message>
    <message>
        <source>{option}: {day} is too long ago; a diary starts in 1970 at the earliest</source>
        <translation>{option}: il {day} è troppo lontano; un diario inizia al più presto nel 1970</translation>
    </message>
    <message>
        <source>{option}: {path} does not exist</source>
        <translation>{option}: {path} non esiste</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder; give a file name inside it</source>
        <translation>{option}: {path} è una cartella; indica un nome di file al suo interno</translation>
    </message>
    <message>
        <source>{option}: {path} is not a regular file</source>
        <translation>{option}: {path} non è un file normale</translation>
    </message>
    <message>
        <source>{option}: {text} is not a whole number</source>
        <translation>{option}: {text} non è un numero intero</translation>
    </message>
</context>
<context>
    <name>CueBar</name>
    <message>
        <source>Step progress</source>
        <translation>Avanzamento del passo</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Scegli i giorni da mostrare</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Al</translation>
    </message>
</context>
<context>
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation>Com’è andata oggi?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation>Com’è andata ieri?</translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation>Com’è andato {day}?</translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation>non è un campo del resoconto</translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation>deve essere una lista di voci, non un testo</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation>deve essere un’ora come HH:MM, non {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>deve essere un numero intero, non {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation>deve essere da 0 a {high}, non {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>deve essere uno tra {choices}, non {value}</translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation>il resoconto è per {day}, non per {other}</translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation>voce sconosciuta {value}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} deve ancora venire</translation>
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
    <name>DayCalendar</name>
    <message>
        <source>Calendar: pick a day to see</source>
        <translation>Calendario: scegli un giorno da vedere</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
</context>
<context>
    <name>DayStart</name>
    <message>
        <source>must be a whole hour, not {value}</source>
        <translation>deve essere un’ora intera, non {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 23, not {value}</source>
        <translation>deve essere tra 0 e 23, non {value}</translation>
    </message>
</context>
<context>
    <name>DaySteps</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Giorno dopo  ▶</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Mostra il giorno dopo</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Mostra il giorno prima</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <comment>a button&apos;s name and its shortcut</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Giorno prima</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation>Modifica il resoconto del giorno</translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation>Modifica gli effetti collaterali: {effects}</translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation>Cambia l’ora dello spasmo delle {time}</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Cambia ora</translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Cambia quando è stata presa {dose}</translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation>Modifica: {treatment}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Resoconto del giorno</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Elimina lo spasmo delle {time}</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation>Elimina: {treatment}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation>Modifica i dettagli dello spasmo delle {time}</translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation>Abitudini fatte</translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation>Segna {dose} come saltata</translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation>Segna {dose} come presa</translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation>Segna {habit} come fatto</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Senza spunta</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>Quel giorno non è stato annotato niente.</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Motivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation>Togli la dose al bisogno di {name}</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation>Togli la dose al bisogno di {name} delle {time}</translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation>Togli gli effetti collaterali: {effects}</translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation>Togli la sessione di stretching delle {time}</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effetti collaterali</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effetti collaterali dopo {dose}</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Effetti collaterali…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation>
            <numerusform>Spasmi · %n</numerusform>
            <numerusform>Spasmi · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Trattamenti</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Togli spunta</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Togli la spunta a {dose}</translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation>Togli la spunta a {habit}</translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation>Perché {dose} è stata saltata</translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation>{dose} delle {time}</translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Annulla lo zoom</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Mostra di nuovo tutti i giorni del periodo (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n giorno contato: {complete} completi, {partial} parziali, {unknown} sconosciuti</numerusform>
            <numerusform>%n giorni contati: {complete} completi, {partial} parziali, {unknown} sconosciuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n giorno contato: {complete} completi, {partial} parziali, {unknown} sconosciuti (oggi conta quando è finito o segnato come completo nel resoconto)</numerusform>
            <numerusform>%n giorni contati: {complete} completi, {partial} parziali, {unknown} sconosciuti (oggi conta quando è finito o segnato come completo nel resoconto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>su %n giorno ({complete} completi, {partial} parziali: meno di {steadier} completi, quindi possono mancare spasmi)</numerusform>
            <numerusform>su %n giorni ({complete} completi, {partial} parziali: meno di {steadier} completi, quindi possono mancare spasmi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>su solo %n giorno completo ({steadier} danno un valore più stabile)</numerusform>
            <numerusform>su solo %n giorni completi ({steadier} danno un valore più stabile)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>su {complete} di {counted} giorni (giorni completi)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>ancora nessun giorno con annotazioni</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Cambia l’ora</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>the side effects of today</comment>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>Quando hai preso {dose}?</translation>
    </message>
    <message>
        <source>reason for {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>motivo di {dose}</translation>
    </message>
    <message>
        <source>time of {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>ora di {dose}</translation>
    </message>
    <message>
        <source>{dose}: skipped, no reason given. Undo with Ctrl+Z.</source>
        <translation>{dose}: saltata, senza motivo. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. Undo with Ctrl+Z.</source>
        <translation>{dose}: saltata: {reason}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Undo with Ctrl+Z.</source>
        <translation>{dose}: presa alle {time}. Annulla con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Cambia quando è stata presa {dose}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason for skipping {dose}</source>
        <translation>Motivo per saltare {dose}</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effetti collaterali dopo {dose}</translation>
    </message>
    <message>
        <source>Side effects ✓</source>
        <translation>Effetti collaterali ✓</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Effetti collaterali…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip {dose}</source>
        <translation>Salta {dose}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>Tick {dose} as taken</source>
        <translation>Segna {dose} come presa</translation>
    </message>
    <message>
        <source>Time…</source>
        <translation>Ora…</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Togli la spunta a {dose}</translation>
    </message>
    <message>
        <source>{dose} (no longer scheduled)</source>
        <translation>{dose} (non più in programma)</translation>
    </message>
    <message>
        <source>{state} · side effects: {effects}</source>
        <translation>{state} · effetti collaterali: {effects}</translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Presa</translation>
    </message>
</context>
<context>
    <name>DoseRows</name>
    <message>
        <source>Late: due at {time}</source>
        <translation>In ritardo: prevista alle {time}</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Non ancora spuntata</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>Skipped · entered later</source>
        <translation>Saltata · inserita dopo</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Saltata: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Saltata: {reason} · inserita dopo</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Presa alle {time}</translation>
    </message>
    <message>
        <source>Taken at {time} · entered later</source>
        <translation>Presa alle {time} · inserita dopo</translation>
    </message>
    <message>
        <source>Taken at {time} · late</source>
        <translation>Presa alle {time} · in ritardo</translation>
    </message>
    <message>
        <source>Taken at {time} · late · entered later</source>
        <translation>Presa alle {time} · in ritardo · inserita dopo</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Add the medication first, under Your medications.</source>
        <translation>Aggiungi prima il farmaco, in «I tuoi farmaci».</translation>
    </message>
    <message>
        <source>Add your medications below to tick off each dose here.</source>
        <translation>Aggiungi i tuoi farmaci qui sotto per spuntare qui ogni dose.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>No doses are scheduled for this day.</source>
        <translation>Nessuna dose prevista per questo giorno.</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Nota ✓</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Side effects that day (optional)</source>
        <translation>Effetti collaterali quel giorno (facoltativo)</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Effetti collaterali oggi</translation>
    </message>
    <message>
        <source>Side effects today (optional)</source>
        <translation>Effetti collaterali oggi (facoltativo)</translation>
    </message>
    <message>
        <source>Side effects today: add a note</source>
        <translation>Effetti collaterali oggi: aggiungi una nota</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Dose al bisogno…</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} non è un numero</translation>
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
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Pianificato: {habit} per %n settimana dal {day}, settimane {order}. Ctrl+Z toglie il piano.</numerusform>
            <numerusform>Pianificato: {habit} per %n settimane dal {day}, settimane {order}. Ctrl+Z toglie il piano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation>La prova di {habit} è fermata. I giorni finora contano per il risultato. Ctrl+Z la fa continuare.</translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>piano per provare {habit}</translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>stop della prova di {habit}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation>&lt;b&gt;File per fogli di calcolo (CSV)&lt;/b&gt;: si aprono in Excel, LibreOffice o Numbers; un file per ogni tipo di annotazione, raccolti in uno zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Copia completa (JSON)&lt;/b&gt;: tutto ciò che MSLog conserva, da tenere al sicuro o da importare in MSLog su un altro computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;Per il tuo medico (FHIR)&lt;/b&gt;: un file HL7 FHIR R4, lo standard che leggono i sistemi degli ambulatori: spasmi al giorno e valori di spasticità, farmaci con la storia delle dosi, trattamenti e risposte del resoconto del giorno per i giorni scelti qui sotto.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Annullato. Nessun file salvato.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Se annulli, non resta nessun file.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Copia completa (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Giorni per il tuo medico</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Giorni nel file per il medico</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Esporta il tuo diario</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Per il tuo medico (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Dal</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog per medico {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Salva la copia completa</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Salva i file per fogli di calcolo</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Salva il file per il tuo medico</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Salvato: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Salvato: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Salvataggio della copia completa</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Salvataggio del file per il tuo medico</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Salvataggio dei file per fogli di calcolo</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Fogli di calcolo (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>Non è stato possibile salvare il file per il medico: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>Non è stato possibile salvare la copia: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>Non è stato possibile salvare l’esportazione: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Al</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>Zip di file CSV (*.zip);;CSV (*.csv)</translation>
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
        <translation>&amp;Esporta…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Su %n giorno completo di {days}: un giorno conta quando il suo resoconto dice che ogni spasmo è stato annotato (o che non ce n’erano). Un fattore conta solo nei giorni che MSLog conosce: i fattori del resoconto nei giorni con un resoconto, abitudini, stretching e dosi dal primo giorno in cui li hai annotati.</numerusform>
            <numerusform>Su %n giorni completi di {days}: un giorno conta quando il suo resoconto dice che ogni spasmo è stato annotato (o che non ce n’erano). Un fattore conta solo nei giorni che MSLog conosce: i fattori del resoconto nei giorni con un resoconto, abitudini, stretching e dosi dal primo giorno in cui li hai annotati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Nessun fattore ha ancora {needed} giorni completi con sé e {needed} senza (%n giorno completo).</numerusform>
            <numerusform>Nessun fattore ha ancora {needed} giorni completi con sé e {needed} senza (%n giorni completi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Nessun fattore si è distinto: %n fattore esaminato su {complete} giorni completi, nessuno con una differenza chiara.</numerusform>
            <numerusform>Nessun fattore si è distinto: %n fattori esaminati su {complete} giorni completi, nessuno con una differenza chiara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Spasmi per giorno completo nei giorni con e senza ogni fattore, come rapporto tra tassi; il suo intervallo al 95&#xa0;% viene da quanto variano tratti del diario di una settimana o più (un bootstrap a blocchi), così che serie di giorni buoni e cattivi non sembrino un effetto, e i molti fattori sono corretti insieme (Benjamini-Hochberg, 10&#xa0;%). Giorni della settimana e stagioni non sono considerati.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>L’intervallo comprende 1, oppure la differenza è così piccola da poter essere un caso fra tanti fattori (q di 0,10 o più).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Contano gli spasmi che hai segnato con ogni fattore scatenante. Non sono confrontati: un fattore scatenante si segna solo su uno spasmo, quindi non può mostrare se i giorni con esso hanno più spasmi. Per questo, spunta ciò che era vero nel resoconto del giorno.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Questo mostra un’associazione, non una prova: negli stessi giorni cambiano anche altre cose. Parlane con il tuo medico prima di cambiare qualcosa.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS del resoconto {difference} punti</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS del resoconto {difference} punti (intervallo al 95&#xa0;% da {low} a {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS del resoconto: ancora pochi giorni ({days} di {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>confrontato con gli spasmi del giorno dopo</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>confrontato con gli spasmi dello stesso giorno</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>fattore del giorno</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>dosi</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>meno spasmi {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>abitudine</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>più spasmi {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>giorno dopo</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>nessuna differenza chiara</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>ancora pochi giorni ({days} di {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>rapporto tra tassi {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>rapporto tra tassi {ratio} (intervallo al 95&#xa0;% {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>rapporto tra tassi –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>stesso giorno</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>stretching</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>troppo pochi spasmi in questi giorni per confrontare</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Fattori che si sono distinti: {clear} su %n esaminato in {complete} giorni completi.</numerusform>
            <numerusform>Fattori che si sono distinti: {clear} su %n esaminati in {complete} giorni completi.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>da {low} a {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} di {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} giorni completi con, {without} senza</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} contro {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} contro {without} spasmi al giorno</translation>
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
        <translation>Ognuno ha bisogno di almeno {needed} giorni completi con e {needed} senza: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Come: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Nessuna differenza chiara ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Ancora pochi giorni</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Ancora niente da confrontare. Spunta ciò che era vero nel resoconto del giorno (caldo, stress, sonno scarso…), oppure spunta abitudini e dosi, e indica quando tutti gli spasmi di un giorno sono annotati.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Spasmi: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Si distinguono ({clear} su {tested} esaminati)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>In questi giorni non hai segnato fattori scatenanti su nessuno spasmo.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Hai segnato: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} su %n spasmo</numerusform>
            <numerusform>{trigger} su %n spasmi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Togli {name} dalla lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Rinomina {name}</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Sessione di stretching completata</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Tutte le dosi previste di {medicine} prese</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>nei giorni in cui tutte le dosi previste di {medicine} risultano prese</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>nei giorni con stretching completato</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>nei giorni con {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>il giorno dopo i giorni in cui tutte le dosi previste di {medicine} risultano prese</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>il giorno dopo i giorni con stretching completato</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>il giorno dopo i giorni con {factor}</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <source>Exercise picture</source>
        <translation>Immagine dell’esercizio</translation>
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
    <name>HabitNameDialog</name>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Move {habit} down</source>
        <translation>Sposta giù {habit}</translation>
    </message>
    <message>
        <source>Move {habit} up</source>
        <translation>Sposta su {habit}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove {habit} from the checklist</source>
        <translation>Togli {habit} dalla lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename {habit}</source>
        <translation>Rinomina {habit}</translation>
    </message>
    <message>
        <source>ticked later</source>
        <translation>spuntato dopo</translation>
    </message>
    <message>
        <source>{habit}, done</source>
        <translation>{habit}, fatto</translation>
    </message>
    <message>
        <source>{habit}, not done yet</source>
        <translation>{habit}, non ancora fatto</translation>
    </message>
    <message>
        <source>{time} · stretch session</source>
        <translation>{time} · sessione di stretching</translation>
    </message>
</context>
<context>
    <name>HabitsCard</name>
    <message>
        <source>Add a habit</source>
        <translation>Aggiungi un’abitudine</translation>
    </message>
    <message>
        <source>Add a habit…</source>
        <translation>Aggiungi un’abitudine…</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Modifica la lista</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>New name for {habit}:</source>
        <translation>Nuovo nome per {habit}:</translation>
    </message>
    <message>
        <source>Rename a habit</source>
        <translation>Rinomina un’abitudine</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Cura di sé</translation>
    </message>
    <message>
        <source>What do you want to tick off each day?</source>
        <translation>Cosa vuoi spuntare ogni giorno?</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n ora ne ha {count}</numerusform>
            <numerusform>%n ore ne hanno {count} ciascuna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasmo</numerusform>
            <numerusform>%n spasmi</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>prima dell’inizio del tuo diario</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>fai il resoconto del giorno per vederlo</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>nessuna variazione in % da un valore di 0</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>nessuna singola ora di picco</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>nessuno spasmo annotato</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>nessuno nella maggior parte di questi giorni</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>niente da confrontare prima dell’inizio del tuo diario</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>troppo pochi giorni con resoconto per confrontare ({now} e {before}; ne servono {needed} per periodo)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>dati insufficienti: servono {spasms} spasmi in {days} giorni</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, meno della variazione del {meaningful}% che gli studi considerano rilevante</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}: una variazione del {meaningful}% o più è ciò che gli studi considerano rilevante</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>{count} ciascuno</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} e {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} su %n giorno</numerusform>
            <numerusform>{nrs} su %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} su {spasms} valutati</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} e %n altro</numerusform>
            <numerusform>{triggers} e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} al giorno</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (nessun resoconto con un valore)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Cambia l’ora</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Scegli un giorno per vedere tutto ciò che contiene. Le modifiche si possono annullare.</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostra oggi</translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation>Mostra ieri</translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation>Mostrato: {day}.</translation>
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
        <source>today</source>
        <comment>side effects of today</comment>
        <translation>oggi</translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation>{moved} Ora è nel diario di {day}. Annulla con Ctrl+Z.</translation>
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
        <translation>Dopo mezzanotte</translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation>Tutti gli spasmi del giorno sono annotati</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Nessuno spasmo quel giorno</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Non svegliato dagli spasmi</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Dolore {value} su 10</translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation>Sonno: discreto</translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation>Sonno: buono</translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation>Sonno: scarso</translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation>Sonno: {quality}</translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation>Spasticità {value} su 10</translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation>Quel giorno: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>Svegliato %n volta</numerusform>
            <numerusform>Svegliato %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>Svegliato 3 volte o più</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Svegliato una volta</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Svegliato due volte</translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation>prossima ricarica {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation>niente annotato</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation>saltata</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation>saltata: {reason}</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation>presa</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation>presa alle {time}</translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation>{dose} (al bisogno)</translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation>{dose}: {state}</translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation>{habit}: senza spunta</translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation>{relative} · {day}</translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation>{state} (annotata dopo)</translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation>{treatment}: {details}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation>«{note}»</translation>
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
    <name>InsightsCommand</name>
    <message>
        <source>--from: that day is too long ago</source>
        <translation>--from: quel giorno è troppo lontano</translation>
    </message>
    <message>
        <source>--from: {first} is after the last day, {last}</source>
        <translation>--from: il {first} viene dopo l’ultimo giorno, il {last}</translation>
    </message>
    <message>
        <source>--to: {day} is still to come</source>
        <translation>--to: il {day} deve ancora arrivare</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <comment>how the comparison was made</comment>
        <translation>Metodo: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Non ci sono ancora abbastanza giorni (almeno %n giorno completo con e %n senza): {factors}.</numerusform>
            <numerusform>Non ci sono ancora abbastanza giorni (almeno %n giorni completi con e %n senza): {factors}.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare days with and without each check-in factor, habit, stretching and dose</source>
        <translation>confronta i giorni con e senza ogni fattore del resoconto, abitudine, stretching e dose</translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>primo giorno (predefinito: %n giorno fa)</numerusform>
            <numerusform>primo giorno (predefinito: %n giorni fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>mostra i risultati in JSON</translation>
    </message>
    <message>
        <source>spasms: {comparison}</source>
        <translation>spasmi: {comparison}</translation>
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
            <numerusform>+%n punto</numerusform>
            <numerusform>+%n punti</numerusform>
        </translation>
    </message>
    <message>
        <source>A complete day is one the daily check-in says had every spasm logged (or none); days with nothing logged or said are unknown and never counted as calm. NRS, nights woken and pain are the person&apos;s own daily check-in answers (3 nights woken means three or more). The {mark} % mark: the change in the daily NRS that trials treat as meaningful. Changes compare the two periods only; they do not show a cause. Means are compared only with {days} days or more in each period. {before}: before the diary began; –: nothing to rest on. Nothing here is a clinical assessment.</source>
        <translation>Un giorno completo è un giorno in cui il resoconto del giorno dice che ogni spasmo è stato annotato (o che non ce ne sono stati); i giorni senza annotazioni né risposte sono sconosciuti e non contano mai come tranquilli. NRS, risvegli notturni e dolore sono le risposte della persona nel resoconto del giorno (3 risvegli significa tre o più). La soglia del {mark}%: la variazione della NRS giornaliera che gli studi considerano significativa. Le variazioni confrontano solo i due periodi; non indicano una causa. Le medie si confrontano solo con {days} giorni o più in ciascun periodo. {before}: prima dell’inizio del diario; –: nessuna base. Niente di tutto questo è una valutazione clinica.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Giorni con stretching</translation>
    </message>
    <message>
        <source>Pain (0–10), daily mean</source>
        <translation>Dolore (0–10), media giornaliera</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Dosi previste prese</translation>
    </message>
    <message>
        <source>Spasms per complete day</source>
        <translation>Spasmi per giorno completo</translation>
    </message>
    <message>
        <source>Spasms per day with entries</source>
        <translation>Spasmi per giorno con annotazioni</translation>
    </message>
    <message>
        <source>Spasticity NRS (0–10), daily mean</source>
        <translation>Spasticità NRS (0–10), media giornaliera</translation>
    </message>
    <message>
        <source>Times woken by spasms a night</source>
        <translation>Risvegli per spasmi a notte</translation>
    </message>
    <message>
        <source>no % change from 0</source>
        <translation>nessuna variazione in % da 0</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessuna variazione</translation>
    </message>
    <message>
        <source>{change} (reaches the {mark} % mark)</source>
        <translation>{change} (raggiunge la soglia del {mark}%)</translation>
    </message>
    <message>
        <source>{change} (under the {mark} % mark)</source>
        <translation>{change} (sotto la soglia del {mark}%)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} su %n giorno</numerusform>
            <numerusform>{count} su %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} su %n giorno completo</numerusform>
            <numerusform>{mean} su %n giorni completi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} su %n giorno</numerusform>
            <numerusform>{mean} su %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} su %n giorno (nessuno completo: possono mancare spasmi)</numerusform>
            <numerusform>{mean} su %n giorni (nessuno completo: possono mancare spasmi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} su %n giorno (solo {complete} completi: possono mancare spasmi)</numerusform>
            <numerusform>{mean} su %n giorni (solo {complete} completi: possono mancare spasmi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} su %n notte</numerusform>
            <numerusform>{mean} su %n notti</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}% ({taken} su {due})</translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (meno di %n giorno completo in un periodo)</numerusform>
            <numerusform>– (meno di %n giorni completi in un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (meno di %n giorno in un periodo)</numerusform>
            <numerusform>– (meno di %n giorni in un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (meno di %n giorno valutato in un periodo)</numerusform>
            <numerusform>– (meno di %n giorni valutati in un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (meno di %n dose prevista in un periodo)</numerusform>
            <numerusform>– (meno di %n dosi previste in un periodo)</numerusform>
        </translation>
    </message>
    <message>
        <source>– (no day with entries)</source>
        <translation>– (nessun giorno con annotazioni)</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (ancora nessuna dose registrata)</translation>
    </message>
    <message>
        <source>– (no rating)</source>
        <translation>– (nessuna valutazione)</translation>
    </message>
    <message>
        <source>– (not answered)</source>
        <translation>– (nessuna risposta)</translation>
    </message>
    <message>
        <source>– (nothing before the diary)</source>
        <translation>– (niente prima del diario)</translation>
    </message>
    <message>
        <source>– (the previous period began before the diary)</source>
        <translation>– (il periodo precedente inizia prima del diario)</translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n punto</numerusform>
            <numerusform>−%n punti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasmo</numerusform>
            <numerusform>%n spasmi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n spasmo, intensità media {mean}, massima {peak}</numerusform>
            <numerusform>%n spasmi, intensità media {mean}, massima {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10: spasticità del giorno (tratteggio) · spasmi annotati: media (linea), max (▲)</translation>
    </message>
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Ogni barra copre %n giorno: colore pieno fino al valore più basso, chiaro fino al più alto.</numerusform>
            <numerusform>Ogni barra copre %n giorni: colore pieno fino al valore più basso, chiaro fino al più alto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Punta un giorno per vederne i valori esatti. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>stretching: {completed} completati</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>stretching: {completed} completati, {partial} parziali</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n abitudine fatta</numerusform>
            <numerusform>%n abitudini fatte</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Visita: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Grafici nel tempo</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Spasticità del giorno</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Massima</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Le frecce sinistra e destra passano da un giorno all’altro e leggono i valori del giorno. Più e meno ingrandiscono e riducono, 0 mostra di nuovo tutti i giorni.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Dosi previste prese (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Abitudini di cura fatte</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmi al giorno</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Sessioni di stretching: completate (piene), parziali (contorno)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Valori del giorno indicato</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>spasticità del giorno {rating} su 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>dosi: {taken} su {due} prese</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>niente annotato</translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annullato. Non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About MSLog</source>
        <translation>&amp;Informazioni su MSLog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Log a spasm now</source>
        <translation>&amp;Annota uno spasmo ora</translation>
    </message>
    <message>
        <source>&amp;Print / save report…</source>
        <translation>Stam&amp;pa / salva il rapporto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private diary for multiple sclerosis spasms, stretching and medication.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;MSLog records and summarises; it is not medical advice. Talk to your clinician before changing any treatment.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un diario privato per spasmi, stretching e farmaci nella sclerosi multipla.&lt;/p&gt;&lt;p&gt;Il tuo diario resta su questo computer, a meno che tu non lo esporti.&lt;/p&gt;&lt;p&gt;MSLog annota e riassume; non è un consiglio medico. Parla con il tuo medico prima di cambiare una terapia.&lt;/p&gt;&lt;p&gt;Licenza: GNU GPL versione 3 o successiva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MSLog</source>
        <translation>Informazioni su MSLog</translation>
    </message>
    <message>
        <source>Checklists</source>
        <comment>tab</comment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Choose text size and colours…</source>
        <translation>Scegli dimensione del testo e colori…</translation>
    </message>
    <message>
        <source>Drawing your trends…</source>
        <translation>Sto disegnando il tuo andamento…</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Esci da schermo intero</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>tab</comment>
        <translation>Annota</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>Saved at {time}. Details can wait.</source>
        <translation>Salvato alle {time}. I dettagli possono aspettare.</translation>
    </message>
    <message>
        <source>Spasm logged</source>
        <translation>Spasmo annotato</translation>
    </message>
    <message>
        <source>Stretch</source>
        <comment>tab</comment>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Trends</source>
        <comment>tab</comment>
        <translation>Grafici</translation>
    </message>
</context>
<context>
    <name>MedicationChanges</name>
    <message>
        <source>new schedule from {day}</source>
        <translation>nuovo schema dal {day}</translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation>promemoria spenti</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>promemoria attivi</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>rinominato in {name}</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation>{schedule} dal {day}</translation>
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
        <translation>Alle {times}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Inizia il {day}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Taken when needed</source>
        <translation>Preso al bisogno</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>nessun promemoria</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>promemoria attivi</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>3 times a day</source>
        <translation>3 volte al giorno</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4 volte al giorno</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Aggiungi un farmaco</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Quantità per dose</translation>
    </message>
    <message>
        <source>At set times each day</source>
        <translation>A orari fissi ogni giorno</translation>
    </message>
    <message>
        <source>Change applies from</source>
        <translation>La modifica vale dal</translation>
    </message>
    <message>
        <source>Change {medication}</source>
        <translation>Modifica {medication}</translation>
    </message>
    <message>
        <source>Choose or type any name</source>
        <translation>Scegli o scrivi un nome</translation>
    </message>
    <message>
        <source>Enter the medication as prescribed. MSLog only keeps a record; it never suggests doses.</source>
        <translation>Inserisci il farmaco come ti è stato prescritto. MSLog tiene solo un registro; non suggerisce mai dosi.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Inserisci quello che ti ha indicato chi ti prescrive il farmaco. Una modifica inizia una nuova voce dal giorno scelto; i giorni prima restano come erano.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Quante volte</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nome del farmaco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Una volta al giorno</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Ricordami quando è ora di una dose</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Finora: {history}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniziato il</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Dosaggio e forma</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>how a medication is taken</comment>
        <translation>Assunzione</translation>
    </message>
    <message>
        <source>Times and amounts</source>
        <translation>Orari e quantità</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Due volte al giorno</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Al bisogno</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>come prescritto</translation>
    </message>
    <message>
        <source>capsules</source>
        <translation>capsule</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>gocce</translation>
    </message>
    <message>
        <source>e.g. tablets, liquid, spray</source>
        <translation>ad es. compresse, liquido, spray</translation>
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
        <translation>cerotti</translation>
    </message>
    <message>
        <source>sprays</source>
        <translation>spruzzi</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>compresse</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>at {time}, {text} is not a number</source>
        <translation>alle {time}, {text} non è un numero</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} non è un numero</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Change {medication}</source>
        <translation>Modifica {medication}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Sospendi {medication}</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Sospendi…</translation>
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
        <translation>Aggiunto: {medication}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation>{name} modificato: {changes}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation>Nulla è cambiato per {name}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>aggiunta di {name}</translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>modifica di {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>sospensione di {name}</translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation>{name} è sospeso dal {day}. Annulla con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Aggiungi un farmaco…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog tiene traccia di ciò che ti è stato prescritto e di ciò che hai preso. Non suggerisce mai dosi: parla con il tuo medico prima di cambiare qualcosa.</translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation>Ancora nessun farmaco.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>I tuoi farmaci</translation>
    </message>
</context>
<context>
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation>{medicine} iniziato, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} sospeso</translation>
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
        <translation>{day}, {time} dopo mezzanotte</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n voce contiene «{words}», sono elencate le %n più recenti. Invio o un clic apre il giorno.</numerusform>
            <numerusform>%n voci contengono «{words}», sono elencate le %n più recenti. Invio o un clic apre il giorno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n voce contiene «{words}». Invio o un clic apre il giorno.</numerusform>
            <numerusform>%n voci contengono «{words}». Invio o un clic apre il giorno.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation>Nessuna nota contiene «{words}».</translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation>Note trovate: Invio apre il giorno</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Cerca nelle tue note</translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation>Note di spasmi, trattamenti ed effetti collaterali di ogni giorno.</translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation>Scrivi una o due parole di una nota, poi premi Invio.</translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation>Parole di una nota</translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation>Parole da cercare nelle tue note</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n fatto in parte</numerusform>
            <numerusform>%n fatti in parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: each movement is shown, timed and announced.</source>
        <translation>Una sessione guidata: ogni movimento viene mostrato, cronometrato e annunciato.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; this makes your own copy to change</source>
        <translation>Le routine incluse restano come sono; così crei una tua copia da modificare</translation>
    </message>
    <message>
        <source>Change the steps, times and rests</source>
        <translation>Cambia passi, tempi e pause</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Copia e modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Move slowly into each stretch and hold it still: no bouncing. A gentle pull is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new stretches with your physiotherapist.</source>
        <translation>Entra piano in ogni allungamento e tienilo fermo, senza molleggiare. Una leggera tensione va bene, il dolore no. Fermati se fa male o se scatena uno spasmo forte. Chiedi al tuo fisioterapista prima di provare allungamenti nuovi.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sessioni recenti</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Some routine files could not be read and were left out:
{files}</source>
        <translation>Alcuni file di routine non si potevano leggere e sono stati esclusi:
{files}</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Segnali sonori</translation>
    </message>
    <message>
        <source>Speak each step</source>
        <translation>Annuncia ogni passo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Start  ·  {length}</source>
        <translation>Inizia  ·  {length}</translation>
    </message>
    <message>
        <source>Start the chosen routine (Enter)</source>
        <translation>Inizia la routine scelta (Invio)</translation>
    </message>
    <message>
        <source>Start {routine}, {length} minutes</source>
        <translation>Inizia {routine}, {length} minuti</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretching</translation>
    </message>
    <message>
        <source>Your sessions will appear here.</source>
        <translation>Le tue sessioni appariranno qui.</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (tua)</translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}: {done} di %n passo</numerusform>
            <numerusform>{outcome}: {done} di %n passi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Abitudine</translation>
    </message>
    <message>
        <source>Habit to try</source>
        <translation>Abitudine da provare</translation>
    </message>
    <message>
        <source>Next Monday, {day}</source>
        <translation>Lunedì prossimo, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>Pianifica %n settimana</numerusform>
            <numerusform>Pianifica le %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Oggi, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Prova un’abitudine per %n settimana</numerusform>
            <numerusform>Prova un’abitudine per %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a habit in planned weeks: {half} weeks with it and {half} without, taking turns, in an order drawn at random. Tick it on the days you do it, and fill in the daily check-in. After the {weeks} weeks MSLog compares your spasms in the weeks with and without it: an association in your own diary, not proof.</source>
        <translation>Prova un’abitudine in settimane pianificate: {half} settimane con e {half} senza, alternate, in un ordine estratto a caso. Spuntala nei giorni in cui la fai e compila il resoconto del giorno. Dopo le {weeks} settimane MSLog confronta i tuoi spasmi nelle settimane con e senza: un’associazione nel tuo diario, non una prova.</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n secondo · respira normalmente</numerusform>
            <numerusform>%n secondi · respira normalmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Another way to do it</source>
        <translation>Un altro modo di farlo</translation>
    </message>
    <message>
        <source>Another way: {variant}</source>
        <translation>Un altro modo: {variant}</translation>
    </message>
    <message>
        <source>Back to the step before, or restart this one (Left arrow)</source>
        <translation>Torna al passo precedente o ricomincia questo (freccia sinistra)</translation>
    </message>
    <message>
        <source>End the session now; what you did is saved</source>
        <translation>Termina la sessione ora; quello che hai fatto resta salvato</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc to leave</source>
        <translation>Schermo intero (F11); Esc per uscire</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Get into position · {amount}</source>
        <translation>Mettiti in posizione · {amount}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Poi: {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Metti in pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <source>Paused. Press Resume (Space) when you are ready.</source>
        <translation>In pausa. Premi Riprendi (Spazio) quando vuoi.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Ripetizione {rep} di {reps}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Salta  ▶</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Salta il passo</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Vai al passo successivo (freccia destra)</translation>
    </message>
    <message>
        <source>Starting again in</source>
        <translation>Si riparte tra</translation>
    </message>
    <message>
        <source>Starting again…</source>
        <translation>Si riparte…</translation>
    </message>
    <message>
        <source>Step skipped. Why? (optional)</source>
        <translation>Passo saltato. Perché? (facoltativo)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Termina la sessione</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo rimasto per questo passo</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Indietro</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel: {doing}</source>
        <translation>Annulla: {doing}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Mi sto fermando…</translation>
    </message>
    <message>
        <source>This cannot be stopped part-way; it will not be long.</source>
        <translation>Non si può fermare a metà; non ci vorrà molto.</translation>
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
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why was it skipped?</source>
        <translation>Perché è stata saltata?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose}: perché è stata saltata? (facoltativo)</translation>
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
    <name>RefillBanner</name>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the pump refill reminder</source>
        <translation>Nascondi il promemoria di ricarica della pompa</translation>
    </message>
    <message>
        <source>Once it is done, record it under Checklists ▸ Treatments.</source>
        <translation>Quando è fatto, annotalo in Liste ▸ Trattamenti.</translation>
    </message>
    <message>
        <source>Pump refill reminder</source>
        <translation>Promemoria di ricarica della pompa</translation>
    </message>
</context>
<context>
    <name>RefillReminderUi</name>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Ricarica della pompa al baclofen</translation>
    </message>
    <message>
        <source>Baclofen pump refill: {due}</source>
        <translation>Ricarica della pompa al baclofen: {due}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>È ora di %n dose</numerusform>
            <numerusform>È ora di %n dosi</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose reminder</source>
        <translation>Promemoria della dose</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>Nascondi il promemoria</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>È ora di {dose}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{dose}: reminding you again at {time}.</source>
        <translation>{dose}: te lo ricordo di nuovo alle {time}.</translation>
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
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip: {dose}</source>
        <translation>Salta: {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Rimanda 10 min</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Rimanda: {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Presa: {dose}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n sessione completata</numerusform>
            <numerusform>%n sessioni completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n giorno contato: {complete} completi, {partial} parziali, {unknown} sconosciuti</numerusform>
            <numerusform>%n giorni contati: {complete} completi, {partial} parziali, {unknown} sconosciuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Appointment in this period: {visit}</source>
        <translation>Visita in questo periodo: {visit}</translation>
    </message>
    <message>
        <source>Body locations: {found}</source>
        <translation>Zone del corpo: {found}</translation>
    </message>
    <message>
        <source>Busiest hour: {hours}.</source>
        <translation>Ora con più spasmi: {hours}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Confrontato con</translation>
    </message>
    <message>
        <source>Complete days with / without</source>
        <translation>Giorni completi con / senza</translation>
    </message>
    <message>
        <source>Days with and without each factor (association, not proof)</source>
        <translation>Giorni con e senza ciascun fattore (associazione, non prova)</translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Giorni con stretching (una sessione o un’abitudine di stretching): {count} su %n giorno.</numerusform>
            <numerusform>Giorni con stretching (una sessione o un’abitudine di stretching): {count} su %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Fattore</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Come: {method}</translation>
    </message>
    <message>
        <source>Last before this period: {treatment}, {date}.</source>
        <translation>Ultimo prima di questo periodo: {treatment}, {date}.</translation>
    </message>
    <message>
        <source>Marked on spasms most often (number of spasms: a count, not a comparison)</source>
        <translation>Segnati più spesso sugli spasmi (numero di spasmi: un conteggio, non un confronto)</translation>
    </message>
    <message>
        <source>NRS with minus without (95&#xa0;% interval)</source>
        <translation>NRS con meno senza (intervallo al 95%)</translation>
    </message>
    <message>
        <source>Next pump refill noted as due {date}.</source>
        <translation>Prossima ricarica della pompa annotata per il {date}.</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Nessuno spasmo annotato in questo periodo.</translation>
    </message>
    <message>
        <source>No trigger, body location or type marked on a spasm.</source>
        <translation>Nessun fattore scatenante, zona del corpo o tipo segnato su uno spasmo.</translation>
    </message>
    <message>
        <source>Notes from the diary (the most severe noted spasms)</source>
        <translation>Note dal diario (gli spasmi annotati più intensi)</translation>
    </message>
    <message>
        <source>Penn frequency {level}</source>
        <translation>Frequenza di Penn {level}</translation>
    </message>
    <message>
        <source>Previous appointment: {visit}</source>
        <translation>Visita precedente: {visit}</translation>
    </message>
    <message>
        <source>Previous period: {days}.</source>
        <translation>Periodo precedente: {days}.</translation>
    </message>
    <message>
        <source>Rate ratio (95&#xa0;% interval)</source>
        <translation>Rapporto dei tassi (intervallo al 95%)</translation>
    </message>
    <message>
        <source>Self-care habits ticked (days): {habits}.</source>
        <translation>Abitudini di cura di sé spuntate (giorni): {habits}.</translation>
    </message>
    <message>
        <source>Self-rated: this period {now}. Previous period {before}.</source>
        <translation>Autovalutazione: questo periodo {now}. Periodo precedente {before}.</translation>
    </message>
    <message>
        <source>Snow {level}</source>
        <translation>Snow {level}</translation>
    </message>
    <message>
        <source>Spasms a day, with vs without</source>
        <translation>Spasmi al giorno, con vs senza</translation>
    </message>
    <message>
        <source>Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}.</source>
        <translation>Sessioni di stretching in MSLog: {completed} e {partial} interrotte prima, in {days}.</translation>
    </message>
    <message>
        <source>Stretching and self-care</source>
        <translation>Stretching e cura di sé</translation>
    </message>
    <message>
        <source>This period: {days}.</source>
        <translation>Questo periodo: {days}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Ora del giorno</translation>
    </message>
    <message>
        <source>Triggers: {found}</source>
        <translation>Fattori scatenanti: {found}</translation>
    </message>
    <message>
        <source>Types: {found}</source>
        <translation>Tipi: {found}</translation>
    </message>
    <message>
        <source>before the diary began</source>
        <translation>prima dell’inizio del diario</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>il giorno dopo</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>lo stesso giorno</translation>
    </message>
    <message>
        <source>{answers}; answered {date}</source>
        <translation>{answers}; risposto il {date}</translation>
    </message>
    <message>
        <source>{appointment}: {note}</source>
        <translation>{appointment}: {note}</translation>
    </message>
    <message>
        <source>{date} with {clinician}</source>
        <translation>{date} con {clinician}</translation>
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
        <translation>{days} (oggi conta quando sarà finito)</translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}; %n spasmo annotato</numerusform>
            <numerusform>{days}; %n spasmi annotati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} su %n spasmo annotato ({share}%) è stato di notte, tra le {evening} e le {morning} ora locale.</numerusform>
            <numerusform>{night} su %n spasmi annotati ({share}%) è stato di notte, tra le {evening} e le {morning} ora locale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} su %n spasmo annotato ({share}%) sono stati di notte, tra le {evening} e le {morning} ora locale.</numerusform>
            <numerusform>{night} su %n spasmi annotati ({share}%) sono stati di notte, tra le {evening} e le {morning} ora locale.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)</source>
        <translation>{percent} % ({taken} su {due}; {skipped} saltate, {missing} non registrate)</translation>
    </message>
    <message>
        <source>{stood_out} These show an association, not proof: other things change on the same days.</source>
        <translation>{stood_out} Questo indica un’associazione, non una prova: altre cose cambiano negli stessi giorni.</translation>
    </message>
    <message>
        <source>{when} (severity {severity}): {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when} (intensità {severity}): {note}</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when}: {note}</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (ancora nessuna dose registrata)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from/--to: the JSON copy is always the whole diary; use CSV for a range</source>
        <translation>--from/--to: la copia JSON è sempre l’intero diario; usa CSV per un periodo</translation>
    </message>
    <message>
        <source>--since-last-appointment: give either it or --from/--to, not both</source>
        <translation>--since-last-appointment: indica questa opzione oppure --from/--to, non entrambe</translation>
    </message>
    <message>
        <source>Key numbers (this period; previous period; change):</source>
        <translation>Numeri chiave (questo periodo; periodo precedente; variazione):</translation>
    </message>
    <message>
        <source>Medicines (on the last day; changes in the period):</source>
        <translation>Farmaci (all’ultimo giorno; cambiamenti nel periodo):</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Rapporto per {period} salvato in {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <comment>a file written</comment>
        <translation>Salvato: {path}</translation>
    </message>
    <message>
        <source>csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic&apos;s system)</source>
        <translation>csv, json o fhir (un Bundle HL7 FHIR R4 in JSON, per il sistema di un ambulatorio)</translation>
    </message>
    <message>
        <source>file to write; for CSV a .zip holds every file, a .csv gets the others next to it (default: print to the terminal; CSV: the spasm file only)</source>
        <translation>file da scrivere; per CSV uno .zip contiene tutti i file, accanto a un .csv vanno gli altri (predefinito: stampa nel terminale; CSV: solo il file degli spasmi)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primo giorno</translation>
    </message>
    <message>
        <source>first day (CSV and FHIR)</source>
        <translation>primo giorno (CSV e FHIR)</translation>
    </message>
    <message>
        <source>from the day after the last appointment (the default)</source>
        <translation>dal giorno dopo l’ultima visita (predefinito)</translation>
    </message>
    <message>
        <source>last day (CSV and FHIR)</source>
        <translation>ultimo giorno (CSV e FHIR)</translation>
    </message>
    <message>
        <source>make a PDF report for an appointment</source>
        <translation>crea un rapporto PDF per una visita</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>a medicine in the period</comment>
        <translation>nessun cambiamento</translation>
    </message>
    <message>
        <source>save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)</source>
        <translation>salva il tuo diario come CSV (fogli di calcolo), JSON (tutto) o FHIR (per un medico)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>il file PDF da scrivere</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation>
            <numerusform>Un riepilogo di una o due pagine di {range} (%n giorno) per il tuo medico: numeri chiave, grafici, farmaci, fattori scatenanti, note e le tue domande.</numerusform>
            <numerusform>Un riepilogo di una o due pagine di {range} (%n giorni) per il tuo medico: numeri chiave, grafici, farmaci, fattori scatenanti, note e le tue domande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Resoconto per la visita</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Annullato. Nessun resoconto salvato.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Se annulli, non si salva nessun resoconto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>Resoconto MSLog {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato della carta</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Preparazione del resoconto</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Salva il resoconto come PDF</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Inviato alla stampante.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>Non è stato possibile salvare il resoconto: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n modifica precedente, la prima {change}</numerusform>
            <numerusform>%n modifiche precedenti, la prima {change}</numerusform>
        </translation>
    </message>
    <message>
        <source>No dose recorded yet, so not counted: {medicines}.</source>
        <translation>Ancora nessuna dose registrata, quindi non conteggiato: {medicines}.</translation>
    </message>
    <message>
        <source>Scheduled doses count from each medicine&apos;s first dose recorded in MSLog; days before it are not counted as missed.</source>
        <translation>Le dosi previste contano dalla prima dose registrata in MSLog per ciascun farmaco; i giorni precedenti non contano come dimenticati.</translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Effetti collaterali annotati in %n giorno.</numerusform>
            <numerusform>Effetti collaterali annotati in %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Effetti collaterali annotati in %n giorno: {kinds}.</numerusform>
            <numerusform>Effetti collaterali annotati in %n giorni: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>at night</source>
        <translation>di notte</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>al pomeriggio</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>la sera</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>al mattino</translation>
    </message>
    <message>
        <source>no reason given ({count})</source>
        <translation>senza motivo ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no dose skipped or unrecorded</comment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>other reasons ({count})</source>
        <translation>altri motivi ({count})</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <comment>doses</comment>
        <translation>{count} non registrate</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <comment>doses skipped</comment>
        <translation>{count} saltate</translation>
    </message>
    <message>
        <source>{count} skipped: {reasons}</source>
        <comment>doses skipped</comment>
        <translation>{count} saltate: {reasons}</translation>
    </message>
    <message>
        <source>{date} ({medicine}): {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date} ({medicine}): {note}</translation>
    </message>
    <message>
        <source>{date}: started, {prescription}</source>
        <translation>{date}: inizio, {prescription}</translation>
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
            <numerusform>{kind} (%n giorno)</numerusform>
            <numerusform>{kind} (%n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine} started {prescription}</source>
        <translation>{medicine}: inizio {prescription}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} sospeso</translation>
    </message>
    <message>
        <source>{medicine} {change}</source>
        <comment>a chart label: a medicine changed</comment>
        <translation>{medicine} {change}</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dose al bisogno, {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n dosi al bisogno, tutte {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}: %n dose al bisogno, in diversi momenti della giornata.</numerusform>
            <numerusform>{medicine}: %n dosi al bisogno, in diversi momenti della giornata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n dose al bisogno, {most} su {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n dosi al bisogno, {most} su {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}: %n dose al bisogno.</numerusform>
            <numerusform>{medicine}: %n dosi al bisogno.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}% ({taken} su {due})</translation>
    </message>
    <message>
        <source>– (as needed)</source>
        <translation>– (al bisogno)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>(both 0–10, right)</source>
        <translation>(entrambe 0–10, a destra)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Changes in this period</source>
        <translation>Modifiche in questo periodo</translation>
    </message>
    <message>
        <source>Check-in NRS</source>
        <translation>NRS del resoconto</translation>
    </message>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>Dal diario MSLog della persona: %n giorno, confrontato con il %n giorno precedente ({previous}). Preparato il {date} con MSLog {version}.</numerusform>
            <numerusform>Dal diario MSLog della persona: %n giorni, confrontati con i %n giorni precedenti ({previous}). Preparato il {date} con MSLog {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Numeri chiave</translation>
    </message>
    <message>
        <source>Lines: {kinds}.</source>
        <translation>Linee: {kinds}.</translation>
    </message>
    <message>
        <source>MSLog report {period}</source>
        <translation>Rapporto MSLog {period}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>No spasms logged in this period</source>
        <translation>Nessuno spasmo annotato in questo periodo</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Nessuno spasmo annotato in questo periodo.</translation>
    </message>
    <message>
        <source>None written in MSLog.</source>
        <translation>Nessuna scritta in MSLog.</translation>
    </message>
    <message>
        <source>Numbered lines on the chart: {key}.</source>
        <translation>Linee numerate nel grafico: {key}.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>L’ultimo giorno</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Domande per questa visita</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Dosi previste prese</translation>
    </message>
    <message>
        <source>Skipped (commonest reasons); not recorded</source>
        <translation>Saltate (motivi più frequenti); non registrate</translation>
    </message>
    <message>
        <source>Spasm diary summary · {period}</source>
        <translation>Riepilogo del diario degli spasmi · {period}</translation>
    </message>
    <message>
        <source>Spasms</source>
        <translation>Spasmi</translation>
    </message>
    <message>
        <source>Spasms logged a day</source>
        <translation>Spasmi annotati al giorno</translation>
    </message>
    <message>
        <source>Spasms logged a day (weekly average)</source>
        <translation>Spasmi annotati al giorno (media settimanale)</translation>
    </message>
    <message>
        <source>Spasms: {none}</source>
        <comment>the heat map&apos;s legend, from none</comment>
        <translation>Spasmi: {none}</translation>
    </message>
    <message>
        <source>Their mean rating</source>
        <translation>La loro intensità media</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Terapie</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Giorno sconosciuto</translation>
    </message>
    <message>
        <source>dashed: a medicine started, changed or stopped</source>
        <translation>tratteggiata: un farmaco iniziato, modificato o sospeso</translation>
    </message>
    <message>
        <source>dotted: a treatment</source>
        <translation>punteggiata: una terapia</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no change of a medicine</comment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>solid: an appointment</source>
        <translation>continua: una visita</translation>
    </message>
    <message>
        <source>{number}: {date}, {label}</source>
        <comment>a numbered line on the chart</comment>
        <translation>{number}: {date}, {label}</translation>
    </message>
    <message>
        <source>{number}: {date}, {label} (its line is unlabelled: too close to others)</source>
        <translation>{number}: {date}, {label} (linea senza etichetta: troppo vicina ad altre)</translation>
    </message>
    <message>
        <source>{peak}  (local time of day)</source>
        <comment>the heat map&apos;s legend, to the most</comment>
        <translation>{peak}  (ora locale)</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
        <translation> s ciascuna</translation>
    </message>
    <message>
        <source> times</source>
        <comment>after a number of repetitions</comment>
        <translation> volte</translation>
    </message>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n passo · {length} con la preparazione</numerusform>
            <numerusform>%n passi · {length} con la preparazione</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>Una routine ha bisogno di almeno un passo.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi passo</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Modifica la routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Tieni per</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Tieni per un tempo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Non salvato: {field}: {problem}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Ripeti più volte</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pausa dopo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>rest {seconds} s</source>
        <translation>pausa {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>is missing (reps and pace_s go together)</source>
        <translation>manca (reps e pace_s vanno insieme)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({where}: {problem})</source>
        <translation>non è JSON valido ({where}: {problem})</translation>
    </message>
    <message>
        <source>lasts {seconds} s; at most {most} s fit</source>
        <translation>dura {seconds} s; al massimo {most} s</translation>
    </message>
    <message>
        <source>must be an .svg file name without folders, not {name}</source>
        <translation>deve essere un nome di file .svg senza cartelle, non {name}</translation>
    </message>
    <message>
        <source>needs duration_s, or reps with pace_s (not both)</source>
        <translation>richiede duration_s, oppure reps con pace_s (non entrambi)</translation>
    </message>
    <message>
        <source>unknown exercise {key}</source>
        <translation>esercizio sconosciuto {key}</translation>
    </message>
    <message>
        <source>{exercise} has no sides; use both</source>
        <translation>{exercise} non ha lati; usa both</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n passo · {length}</numerusform>
            <numerusform>%n passi · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>My routine</source>
        <translation>La mia routine</translation>
    </message>
    <message>
        <source>There is no routine {key} any more.</source>
        <translation>La routine {key} non esiste più.</translation>
    </message>
    <message>
        <source>bundled routines cannot be changed</source>
        <translation>le routine incluse non si possono modificare</translation>
    </message>
    <message>
        <source>bundled routines cannot be deleted</source>
        <translation>le routine incluse non si possono eliminare</translation>
    </message>
    <message>
        <source>there is no data folder to save in</source>
        <translation>non c’è una cartella dei dati in cui salvare</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mia copia)</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n problema in {file}</numerusform>
            <numerusform>%n problemi in {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(built in)</source>
        <comment>a routine that comes with MSLog</comment>
        <translation>(inclusa)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <comment>a routine the person made</comment>
        <translation>(tua)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Not loaded: {problem}</source>
        <translation>Non caricata: {problem}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>list stretch routines, or --check a routine file</source>
        <translation>elenca le routine di stretching, o controlla un file di routine con --check</translation>
    </message>
    <message>
        <source>validate a routine file and print its problems</source>
        <translation>controlla un file di routine e mostra i suoi problemi</translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}: OK, {name}: %n passo, {length}</numerusform>
            <numerusform>{file}: OK, {name}: %n passi, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>--out: {path} already exists; MSLog does not overwrite a file, give a new name or a folder</source>
        <translation>--out: {path} esiste già; MSLog non sovrascrive i file, indica un nome nuovo o una cartella</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>Ancora nessun backup in {folder}</translation>
    </message>
    <message>
        <source>Or run MSLog again to start a fresh, empty diary.</source>
        <translation>Oppure riavvia MSLog per iniziare un diario nuovo e vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>%n voce ripristinata da {source}</numerusform>
            <numerusform>%n voci ripristinate da {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the newest good backup: {backup}</source>
        <translation>Ripristino dell’ultimo backup valido: {backup}</translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Backup verificato con %n voce salvato: {path}</numerusform>
            <numerusform>Backup verificato con %n voci salvato: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged diary is kept, unchanged, as {path}</source>
        <translation>Il diario danneggiato è conservato, invariato, come {path}</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>Non c’è nessun backup valido in {folder}.</translation>
    </message>
    <message>
        <source>Your diary as it was is kept in {path}</source>
        <translation>Il tuo diario com’era è conservato in {path}</translation>
    </message>
    <message>
        <source>Your newest good backup ({backup}) can be restored with:</source>
        <translation>Il tuo ultimo backup valido ({backup}) si può ripristinare con:</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (MSLog&apos;s own format)</source>
        <translation>aggiungi le voci di un’esportazione JSON (il formato di MSLog)</translation>
    </message>
    <message>
        <source>give the backup file to restore, &apos;newest&apos;, or --list</source>
        <translation>indica il file di backup da ripristinare, &apos;newest&apos; o --list</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>elenca invece i backup</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the current one is kept)</source>
        <translation>sostituisci il diario con un backup (quello attuale viene conservato)</translation>
    </message>
    <message>
        <source>save a verified copy of the diary now</source>
        <translation>salva ora una copia verificata del diario</translation>
    </message>
    <message>
        <source>the .json file written by mslog export</source>
        <translation>il file .json scritto da mslog export</translation>
    </message>
    <message>
        <source>the backup file, or &apos;newest&apos; for the newest good one</source>
        <translation>il file di backup, o &apos;newest&apos; per l’ultimo valido</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>dove scriverlo (predefinito: la cartella dei backup)</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation>Effetti collaterali: {words}</translation>
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
        <translation>rispondi ad almeno una domanda</translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation>si chiede solo se ci sono spasmi (frequenza sopra 0)</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>deve essere un numero intero, non {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>deve essere da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation>le risposte sono per {day}, non per {other}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} deve ancora venire</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation>{frequency} su 4 ({frequency_words})</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation>{frequency} su 4 ({frequency_words}); intensità {severity} su 3 ({severity_words})</translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation>{score} su 5 ({score_words})</translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Prima della visita: valuta i tuoi spasmi</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Ultima risposta il {day}: Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Salva le mie risposte</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Tre domande da scale usate dai medici (Penn e Snow). Rispondi a quelle che vuoi; sono conservate con la data di oggi e mostrate come autovalutazione in Andamento e nel resoconto.</translation>
    </message>
</context>
<context>
    <name>SelfRatingOperations</name>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Non salvato: {reason}.</translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation>Salvato per il {day}. «Annulla» le toglie.</translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>salvataggio delle tue risposte</translation>
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
    <name>SeverityPicker</name>
    <message>
        <source>0 none</source>
        <translation>0 nessuna</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 la peggiore immaginabile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>one button of the scale: what is rated, its number</comment>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, da 0 a 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every part of MSLog can be used from the keyboard.</source>
        <translation>Ogni parte di MSLog si usa con la tastiera.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
</context>
<context>
    <name>SideEffectDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Notato</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effetti collaterali</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effetti collaterali dopo {dose}</translation>
    </message>
    <message>
        <source>optional, in your own words</source>
        <translation>facoltativo, con parole tue</translation>
    </message>
    <message>
        <source>{dose}: anything you noticed after it? Your clinician can read it in the report. Leave everything empty to remove a note.</source>
        <translation>{dose}: hai notato qualcosa dopo? Il tuo medico può leggerlo nel rapporto. Lascia tutto vuoto per togliere una nota.</translation>
    </message>
</context>
<context>
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation>da cinque a nove al giorno</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>nessuno spasmo</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>uno o meno al giorno</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>da uno a cinque al giorno</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>dieci o più al giorno</translation>
    </message>
</context>
<context>
    <name>SoundAndVoice</name>
    <message>
        <source>No sound device was found</source>
        <translation>Nessun dispositivo audio trovato</translation>
    </message>
    <message>
        <source>No voice engine is installed</source>
        <translation>Nessun motore vocale installato</translation>
    </message>
    <message>
        <source>No voice for {language} is installed</source>
        <translation>Nessuna voce installata per {language}</translation>
    </message>
    <message>
        <source>Sounds cannot be played on this computer</source>
        <translation>I suoni non si possono riprodurre su questo computer</translation>
    </message>
    <message>
        <source>The speech engine stopped working</source>
        <translation>Il motore vocale ha smesso di funzionare</translation>
    </message>
    <message>
        <source>The voice engine could not start</source>
        <translation>Il motore vocale non è riuscito ad avviarsi</translation>
    </message>
    <message>
        <source>To hear the steps read aloud, install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog.</source>
        <translation>Per sentire i passi letti ad alta voce, installa speech-dispatcher ed espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), poi riavvia MSLog.</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud (a voice of another language would mangle the words); beeps still play. {install}</source>
        <translation>{problem}, quindi i passi non vengono letti ad alta voce (una voce di un’altra lingua storpierebbe le parole); i segnali acustici restano. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud. {install}</source>
        <translation>{problem}, quindi i passi non vengono letti ad alta voce. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud; beeps still play. {install}</source>
        <translation>{problem}, quindi i passi non vengono letti ad alta voce; i segnali acustici restano. {install}</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps and no voice. The screen shows every cue and the timer works as usual.</source>
        <translation>{problem}, quindi non ci sono né segnali acustici né voce. Lo schermo mostra ogni segnale e il timer funziona come sempre.</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps. The screen shows every cue.</source>
        <translation>{problem}, quindi non ci sono segnali acustici. Lo schermo mostra ogni segnale.</translation>
    </message>
</context>
<context>
    <name>SpasmChecks</name>
    <message>
        <source>No spasm entry with id {id}</source>
        <translation>Nessuno spasmo con id {id}</translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation>contiene un carattere che non è testo UTF-8 (un byte vagante?); riscrivilo</translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation>non è un campo di uno spasmo</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>è lunga {length} caratteri; al massimo {most}</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>deve essere data e ora, non {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>deve essere un numero intero, non {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>deve avere al massimo %n carattere</numerusform>
            <numerusform>deve avere al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>deve essere da 0 a 10, non {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation>deve essere da 0 a {most} secondi (24 ore)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere testo</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>deve essere testo, non {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>non può contenere caratteri di controllo</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>richiede un fuso orario</translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation>lo scarto UTC {offset} non è usato da nessun fuso orario; indicane uno da -12:00 a +14:00</translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation>parte del corpo sconosciuta {value}</translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation>tipo sconosciuto {value} (scegli tra {known})</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation>{day} è troppo indietro nel tempo</translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation>{when} è nel futuro; uno spasmo si annota solo quando è iniziato</translation>
    </message>
</context>
<context>
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n spasmo dal {first} al {last}</numerusform>
            <numerusform>%n spasmi dal {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>da 0 (nessuno) a 10 (il peggiore immaginabile)</translation>
    </message>
    <message>
        <source>Saved spasm at {time} (id {id})</source>
        <translation>Spasmo salvato: {time} (id {id})</translation>
    </message>
    <message>
        <source>a listed trigger or your own words (repeatable)</source>
        <translation>un fattore scatenante dell’elenco o parole tue (ripetibile)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>first day (default: 6 days ago)</source>
        <translation>primo giorno (predefinito: 6 giorni fa)</translation>
    </message>
    <message>
        <source>how long it lasted, in seconds</source>
        <translation>quanto è durato, in secondi</translation>
    </message>
    <message>
        <source>print entries as a table</source>
        <translation>mostra le voci in una tabella</translation>
    </message>
    <message>
        <source>record a spasm (now, or --at a time)</source>
        <translation>annota uno spasmo (ora, o a un’ora data con --at)</translation>
    </message>
    <message>
        <source>when it started: HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>quando è iniziato: HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation>Lo spasmo delle {time}</translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminato lo spasmo delle {time}. Ctrl+Z lo ripristina.</translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation>Eliminato lo spasmo delle {time} di {day}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation>Annotato di nuovo: lo spasmo delle {time}.</translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation>Lo spasmo torna a {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation>Lo spasmo è di nuovo a {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation>Lo spasmo è spostato a {when}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation>Tolto lo spasmo delle {time}. «Ripeti» lo ripristina.</translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation>Ripristinato lo spasmo delle {time}.</translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>eliminazione dello spasmo delle {time}</translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>annotazione dello spasmo delle {time}</translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>spostamento dello spasmo alle {time}</translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation>{saved}. Aggiungi dettagli qui sotto se vuoi, o lascia stare.</translation>
    </message>
</context>
<context>
    <name>SpasmTable</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
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
    <name>StopDialog</name>
    <message>
        <source>Before you stop</source>
        <translation>Prima di sospendere</translation>
    </message>
    <message>
        <source>First day without it</source>
        <translation>Primo giorno senza</translation>
    </message>
    <message>
        <source>From which day do you no longer take {medication}? Its history stays in your diary.</source>
        <translation>Da quale giorno non prendi più {medication}? La sua storia resta nel tuo diario.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Concorda prima ogni sospensione con chi te lo prescrive: alcuni farmaci per gli spasmi non vanno sospesi all’improvviso.</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Termina e salva</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Terminare la sessione?</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Sospendi {medication}</translation>
    </message>
    <message>
        <source>The timer is paused while you decide. What you have done so far is saved, and a step you are part-way through counts as partly done.</source>
        <translation>Il timer è in pausa mentre decidi. Quello che hai fatto finora resta salvato, e un passo iniziato conta come fatto in parte.</translation>
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
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation>Non tolto: {reason}.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Tolto: {what}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione: {what}</translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>There is no stretch session {uuid}.</source>
        <translation>Non c’è nessuna sessione di stretching {uuid}.</translation>
    </message>
    <message>
        <source>it is being played now; stop it first</source>
        <translation>è in corso ora; prima terminala</translation>
    </message>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>la sessione «{routine}» del {day} alle {time}</translation>
    </message>
</context>
<context>
    <name>StretchTab</name>
    <message>
        <source>Delete routine?</source>
        <translation>Eliminare la routine?</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? Sessions already done stay in your history.</source>
        <translation>Eliminare la tua routine “{name}”? Le sessioni già fatte restano nella tua cronologia.</translation>
    </message>
    <message>
        <source>Get ready. {step}</source>
        <translation>Preparati. {step}</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A metà</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sessione terminata. Quello che hai fatto è salvato.</translation>
    </message>
    <message>
        <source>Well done. That is the end of the session.</source>
        <translation>Ben fatto. La sessione è finita.</translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Rest. Next: {exercise}</source>
        <translation>Pausa. Poi: {exercise}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Switch to the {side}</source>
        <translation>Cambia lato: {side}</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>passo {number} di {count} · mancano {left}</translation>
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
        <translation>Ora con più spasmi</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Contato dalla prima dose di ogni farmaco annotata in MSLog.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Giorni con stretching</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Quante volte hai spuntato un fattore scatenante su uno spasmo: un conteggio, non un confronto.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Intensità media degli spasmi annotati</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn e Snow, autovalutati</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Dosi previste prese</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Punteggio Snow dal diario (spasmi in 24 h)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmi al giorno</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Gli spasmi al giorno si basano sui giorni completi (il resoconto dice che ogni spasmo è stato annotato, o che non ce n’erano) quando ce ne sono 7; fino ad allora sui giorni completi e parziali.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Spasticità, resoconto del giorno (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>Il valore di spasticità da 0 a 10 del resoconto del giorno, in media sui giorni che ce l’hanno. Una variazione è data in % solo quando entrambi i periodi hanno {days} o più giorni così.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>Il punteggio di frequenza degli spasmi di Snow (1 nessuno … 5 dieci o più al giorno) di un giorno tipico, calcolato dal tuo diario, non chiesto.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>L’intensità media da 0 a 10 degli spasmi che hai annotato e valutato.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Fattore scatenante più segnato</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>ancora nessuna dose annotata</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>nessuna risposta in questi giorni (vedi Visite)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>su %n spasmo</numerusform>
            <numerusform>su %n spasmi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>su %n spasmo ciascuno</numerusform>
            <numerusform>su %n spasmi ciascuno</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>le tue risposte, date il {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} su {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, tipico degli stessi giorni</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} su 5</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n fatto in parte</numerusform>
            <numerusform>%n fatti in parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Torna alle routine</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sessione completata. Ben fatto.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessione terminata</translation>
    </message>
    <message>
        <source>Session saved as unfinished.</source>
        <translation>Sessione salvata come non finita.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is saved.</source>
        <translation>Sessione interrotta. Quello che hai fatto è salvato.</translation>
    </message>
    <message>
        <source>This session is in your history. A drink of water and a rest are a good idea.</source>
        <translation>Questa sessione è nella tua cronologia. Un bicchiere d’acqua e un po’ di riposo sono una buona idea.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>passi fatti: {done} di %n</numerusform>
            <numerusform>passi fatti: {done} di %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} ({reason})</source>
        <translation>{step} ({reason})</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} di stretching</translation>
    </message>
    <message>
        <source>· not reached</source>
        <translation>· non raggiunto</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– saltato</translation>
    </message>
    <message>
        <source>■  Session ended</source>
        <translation>■  Sessione terminata</translation>
    </message>
    <message>
        <source>◐ partly done</source>
        <translation>◐ fatto in parte</translation>
    </message>
    <message>
        <source>✓  All done</source>
        <translation>✓  Fatto</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ fatto</translation>
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
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <comment>hours and minutes, shown in an empty time</comment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930 (Up and Down: 5 minutes)</source>
        <translation>Scrivi un’ora come 09:30 o 930 (Su e Giù: 5 minuti)</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930; Up and Down change it by 5 minutes</source>
        <translation>Scrivi un’ora come 09:30 o 930; Su e Giù la cambiano di 5 minuti</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation>Ogni punto: spasmi in quell’ora (dimensione: quanti; colore: il più forte)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Ogni punto: spasmi in quell’ora su 32 giorni (dimensione: quanti)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Colore del punto: intensità 0 (viola scuro) → 10 (giallo); grigio: non valutato. Mappa di calore: più scuro = meno, più chiaro = più.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Più e meno ingrandiscono e riducono i giorni, 0 ripristina.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Punta un punto o un quadrato per vederne i numeri. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Spasmi per giorno della settimana e ora (ora locale)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Grafici per ora del giorno</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>spasmi</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n spasmo in questo periodo</numerusform>
            <numerusform>{weekday} {hours}: %n spasmi in questo periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasmo</numerusform>
            <numerusform>{when}, {hours}: %n spasmi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n spasmo, intensità massima {worst}</numerusform>
            <numerusform>{when}, {hours}: %n spasmi, intensità massima {worst}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <source>Add a time</source>
        <translation>Aggiungi un orario</translation>
    </message>
    <message>
        <source>Amount at time {number}</source>
        <translation>Quantità all’orario {number}</translation>
    </message>
    <message>
        <source>Leave empty for the usual amount per dose</source>
        <translation>Lascia vuoto per la quantità abituale per dose</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove time {number}</source>
        <translation>Rimuovi l’orario {number}</translation>
    </message>
    <message>
        <source>The amount at this time, if it differs (leave empty for the usual)</source>
        <translation>La quantità a quest’ora, se è diversa (vuoto per quella abituale)</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Orario {number}</translation>
    </message>
    <message>
        <source>usual</source>
        <comment>the usual amount</comment>
        <translation>abituale</translation>
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
    <name>TrayIcon</name>
    <message>
        <source>How was today?…</source>
        <translation>Com’è andata oggi?…</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Annota uno spasmo ora</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>MSLog is still importing or restoring your diary. Once that ends, the reminder&apos;s buttons are in MSLog&apos;s window.</source>
        <translation>MSLog sta ancora importando o ripristinando il tuo diario. Quando avrà finito, i pulsanti del promemoria sono nella finestra di MSLog.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <source>Open MSLog</source>
        <translation>Apri MSLog</translation>
    </message>
    <message>
        <source>Quit MSLog</source>
        <translation>Esci da MSLog</translation>
    </message>
</context>
<context>
    <name>TreatmentCommands</name>
    <message>
        <source>No treatments recorded in that range.</source>
        <translation>Nessun trattamento annotato in quel periodo.</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>Nessun trattamento annotato.</translation>
    </message>
    <message>
        <source>Recorded: {treatment}</source>
        <comment>a treatment saved</comment>
        <translation>Annotato: {treatment}</translation>
    </message>
    <message>
        <source>anything else worth keeping</source>
        <translation>qualsiasi altra cosa da tenere</translation>
    </message>
    <message>
        <source>print the treatments, newest first</source>
        <translation>mostra i trattamenti, dal più recente</translation>
    </message>
    <message>
        <source>record a treatment that happened</source>
        <translation>annota un trattamento ricevuto</translation>
    </message>
    <message>
        <source>record or list treatments such as injections, pump refills and physiotherapy</source>
        <translation>annota o elenca trattamenti come iniezioni, ricariche della pompa e fisioterapia</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>il giorno del trattamento (predefinito: oggi)</translation>
    </message>
    <message>
        <source>the first day to list</source>
        <translation>il primo giorno da elencare</translation>
    </message>
    <message>
        <source>the last day to list</source>
        <translation>l’ultimo giorno da elencare</translation>
    </message>
    <message>
        <source>the muscles or sites injected</source>
        <translation>i muscoli o i punti iniettati</translation>
    </message>
    <message>
        <source>the pump&apos;s new rate, as your clinic gave it</source>
        <translation>la nuova velocità della pompa, come indicata dal tuo centro</translation>
    </message>
    <message>
        <source>what an &apos;other&apos; treatment was</source>
        <translation>cos’era un trattamento &apos;other&apos;</translation>
    </message>
    <message>
        <source>what it was: {kinds}</source>
        <translation>cos’era: {kinds}</translation>
    </message>
    <message>
        <source>when the pump is next due a refill (a reminder)</source>
        <translation>quando è prevista la prossima ricarica della pompa (un promemoria)</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Change a treatment</source>
        <translation>Modifica un trattamento</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muscoli o punti</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nuova portata</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Prossima ricarica prevista</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Annota un trattamento</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Ricordamelo</translation>
    </message>
    <message>
        <source>Remind me of the next refill</source>
        <translation>Ricordami la prossima ricarica</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Che cos’era</translation>
    </message>
    <message>
        <source>Which treatment was it, and when? The rest is optional.</source>
        <translation>Quale trattamento era, e quando? Il resto è facoltativo.</translation>
    </message>
    <message>
        <source>e.g. TENS, hydrotherapy</source>
        <translation>ad es. TENS, idroterapia</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>optional, as your clinic set it</source>
        <translation>facoltativo, come impostato dal centro</translation>
    </message>
    <message>
        <source>optional, e.g. left calf</source>
        <translation>facoltativo, ad es. polpaccio sinistro</translation>
    </message>
</context>
<context>
    <name>TreatmentEvents</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muscoli o punti</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nuova velocità</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Prossima ricarica</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Non salvato. {field}: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Che cosa era</translation>
    </message>
    <message>
        <source>the baclofen pump dose change on {day}</source>
        <translation>la modifica della dose della pompa al baclofen del {day}</translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation>la ricarica della pompa al baclofen del {day}</translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation>l’iniezione di tossina botulinica del {day}</translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation>la seduta di fisioterapia del {day}</translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation>«{name}» del {day}</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Change {treatment} on {day}</source>
        <translation>Modifica {treatment} del {day}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove {treatment} on {day}</source>
        <translation>Rimuovi {treatment} del {day}</translation>
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
        <translation>Nulla è cambiato: {what}.</translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation>Annotato: {what}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Tolto: {what}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation>Salvato: {what}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>modifica: {what}</translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>annotazione: {what}</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>rimozione: {what}</translation>
    </message>
</context>
<context>
    <name>TreatmentsCard</name>
    <message>
        <source>Injections, pump refills and sessions show as markers on Trends and in the report. A rate is kept as your clinic set it: MSLog never suggests one.</source>
        <translation>Iniezioni, ricariche della pompa e sedute compaiono come segni in Andamento e nel rapporto. Una portata resta come l’ha impostata il centro: MSLog non ne suggerisce mai una.</translation>
    </message>
    <message>
        <source>No treatments recorded yet.</source>
        <translation>Ancora nessun trattamento annotato.</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Annota un trattamento…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>Mostra %n</numerusform>
            <numerusform>Mostra tutti i %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the latest only</source>
        <translation>Solo i più recenti</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Trattamenti</translation>
    </message>
</context>
<context>
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Dall’ultima visita</translation>
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
        <translation>Visite</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Completo: il resoconto dice che ogni spasmo è stato annotato, o che non ce n’erano. Parziale: spasmi annotati senza questo. Sconosciuto: niente annotato né detto.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>Ancora niente di annotato in questi giorni. Scegli un periodo più lungo, oppure annota gli spasmi nella scheda Annota e compariranno qui.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Stampa / salva resoconto…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Salva l’immagine del grafico</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Immagine del grafico…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>Non è stato possibile salvare l’immagine in {path}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Ora del giorno</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Viste dell’andamento</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n giorno (il tuo diario non era ancora iniziato nei giorni prima)</numerusform>
            <numerusform>{range} · %n giorni (il tuo diario non era ancora iniziato nei giorni prima)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n giorno, confrontato con il giorno prima</numerusform>
            <numerusform>{range} · %n giorni, confrontati con i %n precedenti</numerusform>
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
            <numerusform>In base a {complete} giorni completi su %n: {with_it} nelle settimane con e {without_it} nelle settimane senza. Ogni giorno conta secondo la settimana prevista, che il piano sia stato seguito o no quel giorno.</numerusform>
            <numerusform>In base a {complete} giorni completi su %n: {with_it} nelle settimane con e {without_it} nelle settimane senza. Ogni giorno conta secondo la settimana prevista, che il piano sia stato seguito o no quel giorno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticità giornaliera (0–10, dal resoconto): nessuna differenza chiara tra le settimane (differenza {difference}, intervallo al 95 % da {low} a {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation>Spasticità giornaliera (0–10, dal resoconto): resoconti non sufficienti per confrontare ({days_with} giorni con, {days_without} senza; ne servono {needed} per tipo).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticità giornaliera (0–10, dal resoconto): {amount} più alta nelle settimane con (differenza {difference}, intervallo al 95 % da {low} a {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticità giornaliera (0–10, dal resoconto): {amount} più bassa nelle settimane con (differenza {difference}, intervallo al 95 % da {low} a {high}).</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Nessuna abitudine con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation>Nessuna prova personale con l’identificativo {uuid}</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation>Spasmi per giorno completo: {with_it} nelle settimane con, {without_it} nelle settimane senza.</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation>Spasmi per giorno completo: {with_it} nelle settimane con, {without_it} nelle settimane senza; rapporto tra i tassi {ratio} (intervallo al 95 % da {low} a {high}).</translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>Il piano è stato seguito {followed} giorni su %n: {name} è stato spuntato {ticked} giorni su {days_with} nelle settimane con, e non spuntato {unticked} giorni su {days_without} nelle settimane senza.</numerusform>
            <numerusform>Il piano è stato seguito {followed} giorni su %n: {name} è stato spuntato {ticked} giorni su {days_with} nelle settimane con, e non spuntato {unticked} giorni su {days_without} nelle settimane senza.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation>È un’associazione nel tuo diario, non una prova: anche altre cose cambiano da una settimana all’altra.</translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Prova di {name}, %n settimana dal {day}. Settimane nell’ordine {order} (l’ordine è stato estratto a sorte).</numerusform>
            <numerusform>Prova di {name}, %n settimane dal {day}. Settimane nell’ordine {order} (l’ordine è stato estratto a sorte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Prova di {name}, interrotta il {day} dopo %n giorno. Settimane nell’ordine {order} (l’ordine è stato estratto a sorte).</numerusform>
            <numerusform>Prova di {name}, interrotta il {day} dopo %n giorni. Settimane nell’ordine {order} (l’ordine è stato estratto a sorte).</numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation>una prova inizia oggi o più avanti</translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation>una prova inizia entro le prossime 4 settimane</translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation>meno spasmi nelle settimane con</translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation>più spasmi nelle settimane con</translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation>deve essere un numero pari da {low} a {high}</translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation>deve avere da {low} a {high} lettere A o B</translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation>servono settimane con (A) e senza (B) l’abitudine</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>nessuna differenza chiara</translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation>giorni completi non sufficienti per confrontare: {days_with} nelle settimane con e {days_without} senza; ne servono {needed} per tipo</translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation>la prova di {name} è già finita</translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation>la prova di {name} dura fino a {day}; interrompila prima di pianificarne un’altra</translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation>la prova da ripristinare ha un altro identificativo</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>troppo pochi spasmi in questi giorni per confrontare</translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation>usa solo le lettere A e B, non {value}</translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation>con</translation>
    </message>
    <message>
        <source>without</source>
        <translation>senza</translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation>{caution} L’intervallo viene dal riestrarre a caso settimane intere, lo stesso metodo dei fattori della scheda Tendenze.</translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation>{name} non è più nella lista</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}: una prova di %n settimana inizia il {day}, la prima settimana con.</numerusform>
            <numerusform>{name}: una prova di %n settimane inizia il {day}, la prima settimana con.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}: una prova di %n settimana inizia il {day}, la prima settimana senza.</numerusform>
            <numerusform>{name}: una prova di %n settimane inizia il {day}, la prima settimana senza.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation>{name}: da fare quella settimana (settimana {week} di {weeks})</translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation>{name}: da fare questa settimana (settimana {week} di {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation>{name}: da saltare quella settimana (settimana {week} di {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation>{name}: da saltare questa settimana (settimana {week} di {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}: la prova di %n settimana è finita il {day}.</numerusform>
            <numerusform>{name}: la prova di %n settimane è finita il {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation>{name}: la prova è stata interrotta il {day}.</translation>
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
            <numerusform>Aggiungi prima un’abitudine, poi provala per %n settimana.</numerusform>
            <numerusform>Aggiungi prima un’abitudine, poi provala per %n settimane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its result compares the weeks with and without it.</source>
        <translation>Il risultato confronta le settimane con e senza.</translation>
    </message>
    <message>
        <source>Not sure whether a habit makes a difference for you? Try it in planned weeks.</source>
        <translation>Non sai se un’abitudine fa differenza per te? Provala in settimane pianificate.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Vedi il risultato</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Autoesperimento</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Interrompi la prova</translation>
    </message>
    <message>
        <source>The trial of {habit} ended on {day}.</source>
        <translation>La prova di {habit} è finita il {day}.</translation>
    </message>
    <message>
        <source>Trial of {habit}: the result</source>
        <translation>Prova di {habit}: il risultato</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Prova un’abitudine per %n settimana…</numerusform>
            <numerusform>Prova un’abitudine per %n settimane…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Prova un’altra abitudine per %n settimana…</numerusform>
            <numerusform>Prova un’altra abitudine per %n settimane…</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in an order drawn at random ({order}). The result comes after {day}.</source>
        <translation>Settimane in un ordine estratto a caso ({order}). Il risultato arriva dopo il {day}.</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation>Non salvato. {reason}.</translation>
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
    <name>UndoSteps</name>
    <message>
        <source>Could not redo it: {reason}</source>
        <translation>Impossibile ripeterlo: {reason}</translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation>Impossibile annullarlo: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Ripetuto: {what}.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Annullato: {what}. «Ripeti» lo ripristina.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&lt;p&gt;MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm starts; add details later, or never.&lt;/p&gt;&lt;p&gt;It can also guide a short daily stretch, keep a checklist of your medicines and self-care, and print a one-page summary for your appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your diary stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;MSLog records and summarises. It is not medical advice: please talk to your clinician before changing any treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MSLog è un diario degli spasmi della sclerosi multipla. Premi un grande pulsante quando inizia uno spasmo; i dettagli dopo, o mai.&lt;/p&gt;&lt;p&gt;Può anche guidarti in un breve stretching quotidiano, tenere una lista dei tuoi farmaci e della cura di te, e stampare un riepilogo di una pagina per le tue visite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Il tuo diario resta su questo computer.&lt;/b&gt; Non viene inviato nulla, a meno che tu non lo esporti.&lt;/p&gt;&lt;p&gt;MSLog annota e riassume. Non è un consiglio medico: parla con il tuo medico prima di cambiare una terapia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A quick set-up (all optional)</source>
        <translation>Una configurazione veloce (tutto facoltativo)</translation>
    </message>
    <message>
        <source>Add another medicine…</source>
        <translation>Aggiungi un altro farmaco…</translation>
    </message>
    <message>
        <source>Add my medicines…</source>
        <translation>Aggiungi i miei farmaci…</translation>
    </message>
    <message>
        <source>Added: {medicine}</source>
        <translation>Aggiunto: {medicine}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Choose my daily stretch routine</source>
        <translation>Scegli il mio stretching quotidiano</translation>
    </message>
    <message>
        <source>Choose the one that suits you today; each takes about five minutes. You can change it any time on the Stretch tab.</source>
        <translation>Scegli quella adatta a te oggi; ognuna dura circa cinque minuti. Puoi cambiarla quando vuoi nella scheda Esercizi.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Ricordami quando è ora di una dose</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Salta la configurazione</translation>
    </message>
    <message>
        <source>Stretch routines</source>
        <translation>Sequenze di stretching</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Usa questa sequenza</translation>
    </message>
    <message>
        <source>Welcome to MSLog</source>
        <translation>Ti diamo il benvenuto in MSLog</translation>
    </message>
    <message>
        <source>You can do any of this later, or not at all.</source>
        <translation>Puoi farlo più tardi, o per niente.</translation>
    </message>
    <message>
        <source>Your daily routine: {name} ({summary}). It is ready on the Stretch tab.</source>
        <translation>La tua sequenza quotidiana: {name} ({summary}). È pronta nella scheda Esercizi.</translation>
    </message>
    <message>
        <source>Your daily stretch routine</source>
        <translation>Il tuo stretching quotidiano</translation>
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
    <name>cautions</name>
    <message>
        <source>Cold eases spasms for some people and makes them worse for others.</source>
        <translation>Il freddo allevia gli spasmi per alcune persone e li peggiora per altre.</translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation>Tiepido, non caldo: il calore può peggiorare per un po’ i sintomi della SM, e la pelle meno sensibile si scotta più facilmente.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation>Problema alla vescica</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Stitichezza</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation>Caldo o surriscaldamento</translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation>Infezione o malattia</translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation>A lungo seduto o sdraiato fermo</translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation>Tutore, scarpe o vestiti stretti</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ciclo mestruale</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Scarso</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormito male</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation>problema alla vescica</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>stitichezza</translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation>caldo o surriscaldamento</translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation>infezione o malattia</translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation>a lungo seduto o sdraiato fermo</translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation>tutore, scarpe o vestiti stretti</translation>
    </message>
    <message>
        <source>period</source>
        <translation>ciclo mestruale</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>dormito male</translation>
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
        <translation>Chi ti assiste può tenerti la gamba mentre sei sdraiato su un fianco.</translation>
    </message>
    <message>
        <source>A gentle pull, never pain.</source>
        <translation>Una leggera tensione, mai dolore.</translation>
    </message>
    <message>
        <source>A leg over the edge can set off a spasm: if it does, bend the knee and bring the leg back onto the bed.</source>
        <translation>Una gamba oltre il bordo può scatenare uno spasmo: se succede, piega il ginocchio e riporta la gamba sul letto.</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Rotazioni della caviglia</translation>
    </message>
    <message>
        <source>Bend the knee of your {side} and bring the heel towards you.</source>
        <translation>Piega {side} al ginocchio e porta il tallone verso di te.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and roll to the other side.</source>
        <translation>Riportale al centro e ruotale dall’altro lato.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Allungamento del polpaccio</translation>
    </message>
    <message>
        <source>Cross your arms over your chest or hold the armrest.</source>
        <translation>Incrocia le braccia sul petto o tieniti al bracciolo.</translation>
    </message>
    <message>
        <source>Draw slow circles with the toes of that foot, as big as feels easy.</source>
        <translation>Disegna cerchi lenti con le dita di quel piede, grandi quanto ti viene facile.</translation>
    </message>
    <message>
        <source>Ease in gently; the fingers may be tight.</source>
        <translation>Vai piano; le dita possono essere rigide.</translation>
    </message>
    <message>
        <source>Foot pumps</source>
        <translation>Flessioni dei piedi</translation>
    </message>
    <message>
        <source>Gently draw the toes back towards you until you feel a stretch in the calf.</source>
        <translation>Tira piano le dita verso di te finché senti un allungamento nel polpaccio.</translation>
    </message>
    <message>
        <source>Halfway through, circle the other way.</source>
        <translation>A metà, gira nell’altro senso.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Allungamento dei femorali</translation>
    </message>
    <message>
        <source>Have someone nearby who can help you back onto the bed.</source>
        <translation>Tieni vicino qualcuno che possa aiutarti a tornare sul letto.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Allungamento dei flessori dell’anca</translation>
    </message>
    <message>
        <source>Hold gently, then come back to the middle.</source>
        <translation>Tieni piano, poi torna al centro.</translation>
    </message>
    <message>
        <source>Hold it still the whole time and breathe; do not bounce.</source>
        <translation>Tienilo fermo per tutto il tempo e respira; senza molleggiare.</translation>
    </message>
    <message>
        <source>Hold still, breathing normally; do not bounce.</source>
        <translation>Resta fermo, respirando normalmente; senza molleggiare.</translation>
    </message>
    <message>
        <source>Hold still, then lift the head back to the middle.</source>
        <translation>Resta fermo, poi riporta la testa al centro.</translation>
    </message>
    <message>
        <source>Hold the ankle, or a strap round it, and ease it back a little.</source>
        <translation>Tieni la caviglia, o una cinghia intorno, e portala piano un po’ indietro.</translation>
    </message>
    <message>
        <source>Hold the chair if you feel unsteady.</source>
        <translation>Tieniti alla sedia se ti senti instabile.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe.</source>
        <translation>Tieni l’allungamento e respira.</translation>
    </message>
    <message>
        <source>Hold there, relaxed, and breathe.</source>
        <translation>Resta lì, rilassato, e respira.</translation>
    </message>
    <message>
        <source>Hold your {side} out in front, palm facing down.</source>
        <translation>Tendi {side} in avanti, con il palmo verso il basso.</translation>
    </message>
    <message>
        <source>Hug the knee of your {other} towards your chest.</source>
        <translation>Porta {other} piegata verso il petto, abbracciando il ginocchio.</translation>
    </message>
    <message>
        <source>If a foot starts to jerk, rest it flat on the floor until it settles.</source>
        <translation>Se un piede inizia a scattare, appoggialo piatto a terra finché si calma.</translation>
    </message>
    <message>
        <source>If this sets off a spasm, bring the knees back together slowly.</source>
        <translation>Se questo scatena uno spasmo, riavvicina piano le ginocchia.</translation>
    </message>
    <message>
        <source>In a wheelchair: rest the heel on a stool and use the strap the same way.</source>
        <translation>In carrozzina: appoggia il tallone su uno sgabello e usa la cinghia allo stesso modo.</translation>
    </message>
    <message>
        <source>Inner thigh stretch</source>
        <translation>Allungamento dell’interno coscia</translation>
    </message>
    <message>
        <source>Keep a slow, even rhythm and breathe normally.</source>
        <translation>Mantieni un ritmo lento e regolare e respira normalmente.</translation>
    </message>
    <message>
        <source>Keep breathing; do not twist with a jerk.</source>
        <translation>Continua a respirare; non ruotare di scatto.</translation>
    </message>
    <message>
        <source>Keep looking forward; do not lift the shoulder.</source>
        <translation>Continua a guardare avanti; non alzare la spalla.</translation>
    </message>
    <message>
        <source>Keep the elbow straight but not locked.</source>
        <translation>Tieni il gomito dritto ma non bloccato.</translation>
    </message>
    <message>
        <source>Keep the knee soft rather than locked.</source>
        <translation>Tieni il ginocchio morbido, non bloccato.</translation>
    </message>
    <message>
        <source>Keep the movement smooth and unhurried.</source>
        <translation>Mantieni il movimento fluido e senza fretta.</translation>
    </message>
    <message>
        <source>Keep your back long; do not curl forward.</source>
        <translation>Tieni la schiena lunga; non incurvarti in avanti.</translation>
    </message>
    <message>
        <source>Keep your knees close together and hold still.</source>
        <translation>Tieni le ginocchia vicine e resta fermo.</translation>
    </message>
    <message>
        <source>Keep your shoulders resting on the bed or mat.</source>
        <translation>Tieni le spalle appoggiate sul letto o sul tappetino.</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Oscillazione delle ginocchia</translation>
    </message>
    <message>
        <source>Let both knees fall slowly out to the sides.</source>
        <translation>Lascia cadere piano entrambe le ginocchia verso i lati.</translation>
    </message>
    <message>
        <source>Let both knees roll slowly to one side, as far as is comfortable.</source>
        <translation>Lascia ruotare piano entrambe le ginocchia da un lato, fin dove è comodo.</translation>
    </message>
    <message>
        <source>Let your {side} slide over the edge of the bed and lower slowly.</source>
        <translation>Lascia scivolare {side} oltre il bordo del letto e scendere piano.</translation>
    </message>
    <message>
        <source>Lie on your back on a firm bed, with your {side} nearest the edge.</source>
        <translation>Sdraiati sulla schiena su un letto rigido, con {side} vicino al bordo.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and feet flat.</source>
        <translation>Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati.</translation>
    </message>
    <message>
        <source>Lie on your side with your {side} on top; rest your head on your arm or a pillow.</source>
        <translation>Sdraiati su un fianco con {side} sopra; appoggia la testa sul braccio o su un cuscino.</translation>
    </message>
    <message>
        <source>Lift both shoulders up towards your ears.</source>
        <translation>Alza entrambe le spalle verso le orecchie.</translation>
    </message>
    <message>
        <source>Lift your {side} a little, or rest its heel on the floor.</source>
        <translation>Solleva un po’ {side}, oppure lascia il tallone appoggiato a terra.</translation>
    </message>
    <message>
        <source>Loop a towel or strap around the ball of that foot.</source>
        <translation>Passa un asciugamano o una cinghia intorno all’avampiede di quel piede.</translation>
    </message>
    <message>
        <source>Lying: do it on your back with a pillow under each knee.</source>
        <translation>Da sdraiati: fallo sulla schiena con un cuscino sotto ogni ginocchio.</translation>
    </message>
    <message>
        <source>Lying: do the same with your leg resting on the bed.</source>
        <translation>Da sdraiati: fai lo stesso con la gamba appoggiata sul letto.</translation>
    </message>
    <message>
        <source>Lying: loop a strap around the foot and raise the straight leg gently.</source>
        <translation>Da sdraiati: passa una cinghia intorno al piede e solleva piano la gamba tesa.</translation>
    </message>
    <message>
        <source>Lying: point and flex your feet with your legs resting on the bed.</source>
        <translation>Da sdraiati: distendi e fletti i piedi con le gambe appoggiate sul letto.</translation>
    </message>
    <message>
        <source>Lying: roll your shoulders gently against the bed.</source>
        <translation>Da sdraiati: ruota piano le spalle contro il letto.</translation>
    </message>
    <message>
        <source>Move slowly; go only as far as feels easy.</source>
        <translation>Muoviti piano; vai solo fin dove ti viene facile.</translation>
    </message>
    <message>
        <source>Move slowly; stop if the ankle starts to jerk or shake.</source>
        <translation>Muoviti piano; fermati se la caviglia inizia a scattare o a tremare.</translation>
    </message>
    <message>
        <source>Neck side bend</source>
        <translation>Inclinazione laterale del collo</translation>
    </message>
    <message>
        <source>Only do this on a firm, steady bed.</source>
        <translation>Fallo solo su un letto rigido e stabile.</translation>
    </message>
    <message>
        <source>Pull your toes up towards your shins, keeping the heels down.</source>
        <translation>Tira su le dita verso gli stinchi, tenendo i talloni giù.</translation>
    </message>
    <message>
        <source>Rest there and let gravity do the work.</source>
        <translation>Resta così e lascia lavorare la gravità.</translation>
    </message>
    <message>
        <source>Roll them back and then down, in one slow circle.</source>
        <translation>Ruotale indietro e poi in giù, in un cerchio lento.</translation>
    </message>
    <message>
        <source>Seated: turn the knees gently from side to side.</source>
        <translation>Da seduti: gira piano le ginocchia da un lato all’altro.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotazioni delle spalle</translation>
    </message>
    <message>
        <source>Sit tall with your arms resting loosely; in a wheelchair, put the brakes on.</source>
        <translation>Siediti dritto con le braccia appoggiate e morbide; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed and down; in a wheelchair, put the brakes on.</source>
        <translation>Siediti dritto con le spalle rilassate e basse; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Sit tall, then lean forward slowly from the hips until you feel the back of that thigh.</source>
        <translation>Siediti dritto, poi piegati piano in avanti dalle anche finché senti il retro di quella coscia.</translation>
    </message>
    <message>
        <source>Sit well back (in a wheelchair, put the brakes on) or lie down, knees bent and the soles of your feet together.</source>
        <translation>Siediti ben indietro (in carrozzina, metti i freni) o sdraiati, ginocchia piegate e piante dei piedi unite.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair (in a wheelchair, put the brakes on) with your {side} out straight in front.</source>
        <translation>Siediti ben indietro su una sedia stabile (in carrozzina, metti i freni) con {side} tesa in avanti.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair, both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Siediti ben indietro su una sedia stabile, con entrambi i piedi a terra; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair; in a wheelchair, put the brakes on.</source>
        <translation>Siediti ben indietro su una sedia stabile; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Sit well back in your chair with both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Siediti ben indietro sulla sedia con entrambi i piedi a terra; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Sit well back with both feet resting on the floor in front of you; in a wheelchair, put the brakes on.</source>
        <translation>Siediti ben indietro con entrambi i piedi appoggiati a terra davanti a te; in carrozzina, metti i freni.</translation>
    </message>
    <message>
        <source>Slowly tip your head to your {side}, ear towards that shoulder.</source>
        <translation>Inclina piano la testa {side}, con l’orecchio verso la spalla.</translation>
    </message>
    <message>
        <source>Stop if the knee hurts.</source>
        <translation>Fermati se il ginocchio fa male.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling or pain.</source>
        <translation>Fermati se senti capogiro, formicolio o dolore.</translation>
    </message>
    <message>
        <source>Stop where you feel a gentle stretch along the inner thighs.</source>
        <translation>Fermati dove senti un leggero allungamento lungo l’interno delle cosce.</translation>
    </message>
    <message>
        <source>Straighten your {side} out in front, heel on the floor, toes up.</source>
        <translation>Distendi {side} in avanti, tallone a terra, dita in su.</translation>
    </message>
    <message>
        <source>Then press the toes down, lifting the heels.</source>
        <translation>Poi spingi le dita in giù, sollevando i talloni.</translation>
    </message>
    <message>
        <source>Thigh stretch</source>
        <translation>Allungamento della coscia</translation>
    </message>
    <message>
        <source>Trunk rotation</source>
        <translation>Rotazione del busto</translation>
    </message>
    <message>
        <source>Turn only as far as is comfortable.</source>
        <translation>Ruota solo fin dove è comodo.</translation>
    </message>
    <message>
        <source>Turn your shoulders slowly to your {side}, keeping your hips still.</source>
        <translation>Ruota piano le spalle {side}, tenendo ferme le anche.</translation>
    </message>
    <message>
        <source>Use a strap if you cannot reach the ankle.</source>
        <translation>Usa una cinghia se non arrivi alla caviglia.</translation>
    </message>
    <message>
        <source>With your other hand, ease its fingers gently back and up.</source>
        <translation>Con l’altra mano, porta piano le sue dita indietro e in su.</translation>
    </message>
    <message>
        <source>Wrist and finger stretch</source>
        <translation>Allungamento di polso e dita</translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation>Impacco freddo</translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation>Bere acqua</translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation>Termoforo</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massaggio</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation>Doccia o bagno tiepido</translation>
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
        <translation>Indicazione del medico</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazepam</translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation>Dantrolene</translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation>Diazepam</translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation>Troppa sonnolenza</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Dimenticata</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentin</translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation>Nabiximols (Sativex)</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Pregabalin</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>Finita</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effetti collaterali</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidina</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>A short everyday set for the legs and shoulders: ankles, calves, hamstrings and a gentle roll. Sitting in a chair, with a towel for the calf stretch.</source>
        <translation>Una breve serie quotidiana per gambe e spalle: caviglie, polpacci, muscoli posteriori della coscia e una rotazione leggera. Da seduti su una sedia, con un asciugamano per l’allungamento del polpaccio.</translation>
    </message>
    <message>
        <source>Daily 5-minute routine</source>
        <translation>Routine quotidiana di 5 minuti</translation>
    </message>
    <message>
        <source>Everything done sitting down, in a chair or wheelchair with the brakes on: feet, calves, trunk, neck, shoulders and hands, each stretch held for 30 seconds.</source>
        <translation>Tutto da seduti, su una sedia o in carrozzina con i freni tirati: piedi, polpacci, busto, collo, spalle e mani, ogni allungamento tenuto per 30 secondi.</translation>
    </message>
    <message>
        <source>Gentle bedtime routine</source>
        <translation>Routine leggera prima di dormire</translation>
    </message>
    <message>
        <source>Seated / wheelchair routine</source>
        <translation>Routine da seduti / in carrozzina</translation>
    </message>
    <message>
        <source>Slow stretches lying on the bed to ease the legs before sleep, each held for 30 seconds. Long rests, nothing hurried; have someone nearby for the hip stretch.</source>
        <translation>Allungamenti lenti sdraiati sul letto per sciogliere le gambe prima di dormire, ognuno tenuto per 30 secondi. Pause lunghe, senza fretta; tieni qualcuno vicino per l’allungamento dell’anca.</translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation>Tra cinque e nove al giorno</translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation>Tra uno e cinque al giorno</translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation>Spasmi veri, meno di una volta all’ora</translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation>Quanto sono forti, di solito?</translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation>Ultimamente, quanto spesso arrivano i tuoi spasmi?</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Lievi</translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation>Lievi, solo se toccato o mosso</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderati</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Nessuno spasmo</translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation>In un giorno normale, quanti spasmi hai?</translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation>Uno spasmo al giorno o meno</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Forti</translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation>Spasmi più di una volta all’ora</translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation>Spasmi più di dieci volte all’ora</translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation>Dieci o più al giorno</translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation>tra cinque e nove al giorno</translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation>tra uno e cinque al giorno</translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation>spasmi veri, meno di una volta all’ora</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>lievi</translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation>lievi, solo se toccato o mosso</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderati</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>nessuno spasmo</translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation>uno spasmo al giorno o meno</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>forti</translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation>spasmi più di una volta all’ora</translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation>spasmi più di dieci volte all’ora</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>dieci o più al giorno</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fai un backup ora</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Resoconto del giorno</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Close (every answer is already saved)</source>
        <translation>Chiudi (ogni risposta è già salvata)</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Esporta il tuo diario</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Schermo intero / esci da schermo intero</translation>
    </message>
    <message>
        <source>Go to Log, Stretch, Checklists, Trends or History</source>
        <translation>Vai a Annota, Esercizi, Liste, Grafici o Storico</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>How was today? (the daily check-in)</source>
        <translation>Com’è andata oggi? (il resoconto del giorno)</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Importa un file di diario</translation>
    </message>
    <message>
        <source>In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks</source>
        <translation>In una fila di scelte (0-10, chip; una sola fermata di Tab): spostarsi; Spazio o Invio sceglie</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Annota uno spasmo ora</translation>
    </message>
    <message>
        <source>Move between buttons and fields</source>
        <translation>Spostarsi tra pulsanti e campi</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausa o riprendi</translation>
    </message>
    <message>
        <source>Press the button that has the focus ring</source>
        <translation>Premi il pulsante con il bordo di selezione</translation>
    </message>
    <message>
        <source>Previous step / skip step</source>
        <translation>Passo precedente / salta il passo</translation>
    </message>
    <message>
        <source>Print or save the appointment report</source>
        <translation>Stampa o salva il rapporto per la visita</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Step through the days and hear their values</source>
        <translation>Scorri i giorni e ascolta i loro valori</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>The day before / the day after</source>
        <translation>Il giorno prima / il giorno dopo</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
    <message>
        <source>Trends charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Zoom in / out, show every day again (Ctrl+wheel zooms too)</source>
        <translation>Ingrandisci / riduci, mostra di nuovo tutti i giorni (anche Ctrl+rotellina)</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>BOTH</source>
        <translation>ENTRAMBI</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>SINISTRA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DESTRA</translation>
    </message>
    <message>
        <source>both arms</source>
        <translation>entrambe le braccia</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>entrambe le gambe</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>braccio sinistro</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>gamba sinistra</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>braccio destro</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>gamba destra</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation>Capogiri</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Sonnolenza</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausea</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debolezza</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>capogiri</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>sonnolenza</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nausea</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>debolezza</translation>
    </message>
</context>
<context>
    <name>side_in_sentence</name>
    <message>
        <source>chosen arm</source>
        <translation>il braccio scelto</translation>
    </message>
    <message>
        <source>chosen leg</source>
        <translation>la gamba scelta</translation>
    </message>
    <message>
        <source>chosen side</source>
        <translation>verso il lato scelto</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>il braccio sinistro</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>la gamba sinistra</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>verso sinistra</translation>
    </message>
    <message>
        <source>other arm</source>
        <translation>l’altro braccio</translation>
    </message>
    <message>
        <source>other leg</source>
        <translation>l’altra gamba</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>verso l’altro lato</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>il braccio destro</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>la gamba destra</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>verso destra</translation>
    </message>
</context>
<context>
    <name>skip_reason</name>
    <message>
        <source>A spasm</source>
        <translation>Uno spasmo</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Faceva male</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Troppa stanchezza</translation>
    </message>
</context>
<context>
    <name>stretch_outcome</name>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non finita</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Interrotta prima</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation>Cambio di dose della pompa di baclofen</translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Ricarica della pompa di baclofen</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Iniezione di tossina botulinica</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Iniezione</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Altro trattamento</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Fisio</translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation>Seduta di fisioterapia</translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation>Cambio pompa</translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation>Ricarica pompa</translation>
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
