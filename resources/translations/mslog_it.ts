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
