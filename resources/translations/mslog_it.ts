<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <source>Day after ▶</source>
        <translation>Giorno dopo ▶</translation>
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
        <source>The day after</source>
        <translation>Il giorno dopo</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Il giorno dopo (Alt+Destra)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Il giorno prima</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>Il giorno prima (Alt+Sinistra)</translation>
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
    <message>
        <source>◀ Day before</source>
        <translation>◀ Giorno prima</translation>
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
