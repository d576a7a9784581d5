<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation>Nessun effetto collaterale annotato ({what}). Annulla con Ctrl+Z.</translation>
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
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effetti collaterali ({what}): {effects}. Annulla con Ctrl+Z.</translation>
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
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effetti collaterali: {what}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>salto di {dose}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>giornata intera</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Cambia l’ora</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation>Giorno dopo  ▶</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Scegli un giorno per vedere tutto ciò che contiene. Le modifiche si possono annullare.</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Mostra il giorno dopo</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Mostra il giorno dopo (Alt+Destra)</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Mostra il giorno prima</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Mostra il giorno prima (Alt+Sinistra)</translation>
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
    <message>
        <source>◀  Day before</source>
        <translation>◀  Giorno prima</translation>
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
        <source>Completed</source>
        <translation>Completata</translation>
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
        <source>Not finished</source>
        <translation>Non finita</translation>
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
        <source>Stopped early</source>
        <translation>Fermata prima</translation>
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
        <source>the {routine} session at {time} on {day}</source>
        <translation>la sessione «{routine}» del {day} alle {time}</translation>
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
