<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
