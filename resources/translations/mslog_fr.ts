<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppointmentList</name>
    <message>
        <source>{day} — {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — {clinician}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <comment>an appointment&apos;s day and its note</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} {note}</source>
        <comment>the trigger counts, then why they are not compared</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Penn {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snow {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: {figure}</source>
        <comment>the same figure for the days before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {value}. {compare}</source>
        <comment>a card read out: its title, figure, basis</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartZoom</name>
    <message>
        <source>Zoom: Ctrl+wheel, or + and − with the chart selected (0 shows every day again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation type="unfinished"></translation>
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
        <translation>1 à 5 min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Ajouter votre propre déclencheur</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Ce que vous voulez en retenir</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Changer l’heure…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Enregistré aussitôt.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Détails du spasme de {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Durée, en minutes</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Durée, en secondes</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Exactement&#xa0;:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>Quelle intensité&#xa0;? (ou touches 0 à 9)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Déclencheurs possibles</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Enregistré à {time} · détails mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>La note est trop longue (%n caractère&#xa0;; {limit} au maximum).</numerusform>
            <numerusform>La note est trop longue (%n caractères&#xa0;; {limit} au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Type de spasme</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Moins d’1 min</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Où dans le corps</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Votre déclencheur</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Supprimer le spasme de {time}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Modifier le spasme de {time}</translation>
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
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Intensité {value}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{saved}. {notice}</source>
        <comment>a file saved, then a notice about it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorPage</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each needs at least {needed} complete days with it and {needed} without: {factors}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; (heat) or &apos;keep&apos; (German nouns)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; (hot weather) or &apos;keep&apos; (German nouns)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation type="unfinished"></translation>
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
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Enregistré à {time} — dans le journal du {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Enregistré à {time}, cette nuit — dans le journal de {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Enregistré à {time}, hier — dans le journal de {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <comment>a day pointed at and its values</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>After you log a spasm, you can add how strong it was, where, and what may have set it off here. Or leave it: the time is already saved.</source>
        <translation>Après avoir noté un spasme, vous pouvez ajouter ici son intensité, où il était et ce qui a pu le déclencher. Ou laissez cela&#xa0;: l’heure est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Comment s’est passée la journée&#xa0;?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>Comment s’est passée la journée&#xa0;? Le bilan du jour</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Noter un spasme maintenant</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Noter un spasme passé</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Noter un spasme passé…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n spasme noté à {times}, car votre journal ne s’est pas ouvert. Merci de le noter sur papier, puis de l’ajouter avec «&#xa0;Noter un spasme passé&#xa0;» dès qu’il s’ouvre.</numerusform>
            <numerusform>Non enregistrés&#xa0;: %n spasmes notés à {times}, car votre journal ne s’est pas ouvert. Merci de les noter sur papier, puis de les ajouter avec «&#xa0;Noter un spasme passé&#xa0;» dès qu’il s’ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>Noté à {time}. Enregistrement dès que votre journal s’ouvre…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Note un spasme à cet instant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Note un spasme à cet instant. Raccourci Ctrl+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>Le bilan du jour (Ctrl+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Quand un spasme commence, appuyez sur le bouton. Les détails peuvent attendre.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>ou appuyez sur Ctrl+L partout dans MSLog</translation>
    </message>
</context>
<context>
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{medicine} {dose}</source>
        <comment>a medicine and its new dose</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Jusqu’à cette heure, un spasme ou une prise au milieu de la nuit compte pour la veille au soir.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Demander comment s’est passée la journée à</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Tester le son et la voix</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>Impossible de changer le démarrage à l’ouverture de session&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Il reste sur cet ordinateur, sauf si vous l’exportez.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>Garder MSLog actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog parle</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Non disponible sur ce système</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Réduire les animations (ni clignotement ni pulsation&#xa0;; les couleurs changent toujours)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Me rappeler une prise ou le bilan du jour à l’heure prévue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>Le son et la voix fonctionnent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Sons pendant les étirements</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Consignes parlées pendant les étirements</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>Lancer MSLog à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>Lancer MSLog à l’ouverture de session (pour les rappels)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Repères visuels pendant les étirements (l’étape s’allume, les dernières secondes clignotent doucement)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Votre journée</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Votre journal est conservé dans {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Votre journal est conservé dans&#xa0;:
{folder}</translation>
    </message>
</context>
<context>
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Busiest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Rien de noté aujourd’hui. C’est très bien aussi.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Aujourd’hui · %n spasme</numerusform>
            <numerusform>Aujourd’hui · %n spasmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of days: the first and the last</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Noter un spasme passé</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>Non enregistré. Heure&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Cette heure n’est pas encore passée. Choisissez une heure passée, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Heure du début</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quand était-ce&#xa0;?</translation>
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
        <translation>Dos</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Clonus (secousses rythmiques)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Constipation</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Crampe</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>En extension</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>En extension (jambes tendues)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>En flexion</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>En flexion (jambes repliées)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Vessie pleine</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Mollet gauche</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Hanche gauche</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Cuisse gauche</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Changement de position</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Mollet droit</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Hanche droite</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Cuisse droite</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Vêtements serrés</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Tronc</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Réveil</translation>
    </message>
</context>
</TS>
