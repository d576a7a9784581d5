<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>Dizziness</source>
        <translation>Capogiri</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Sonnolenza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausea</translation>
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
        <source>Other</source>
        <translation>Altro</translation>
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
        <source>Weakness</source>
        <translation>Debolezza</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Giorno dopo  ▶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Cambia l’ora</translation>
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
        <source>{dose}: skipped, no reason given. {undo}</source>
        <translation>{dose}: saltata, senza motivo. {undo}</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. {undo}</source>
        <translation>{dose}: saltata: {reason}. {undo}</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. {undo}</source>
        <translation>{dose}: presa alle {time}. {undo}</translation>
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
        <source>today</source>
        <comment>the side effects of today; also starts a sentence</comment>
        <translation>oggi</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Concorda prima ogni sospensione con chi te lo prescrive: alcuni farmaci per gli spasmi non vanno sospesi all’improvviso.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Sospendi {medication}</translation>
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
