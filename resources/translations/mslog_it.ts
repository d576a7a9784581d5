<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>Fair</source>
        <comment>sleep</comment>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Compila il resoconto del giorno; ogni opzione si può tralasciare. Senza opzioni (o con --show) mostra il resoconto del giorno.</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>sleep</comment>
        <translation>Buono</translation>
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
        <source>Poor</source>
        <comment>sleep</comment>
        <translation>Scarso</translation>
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
