<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
