<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppointmentList</name>
    <message>
        <source>{day} — {clinician}</source>
        <translation>{day} — {clinician}</translation>
    </message>
    <message>
        <source>{day} — {clinician}: {note}</source>
        <translation>{day} — {clinician}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <comment>an appointment&apos;s day and its note</comment>
        <translation>{day}&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation>Aucun rendez-vous avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>n’est pas un champ d’un rendez-vous</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>fait {length} caractères ; {limit} au plus</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>doit être une date, pas {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} est dans plus de deux ans</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} est trop ancien</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Ajouter le rendez-vous</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Note du rendez-vous</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Rendez-vous (en pointillés sur les graphiques)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Gardées ici et imprimées en haut du rapport. Enregistrées pendant la saisie.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Questions pour mon prochain rendez-vous</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Noter un rendez-vous</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Ce qui a été décidé (facultatif)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Avec</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>p. ex. Dr Okafor, neurologue</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>Rien de noté sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}&#xa0;: %n spasme</numerusform>
            <numerusform>{label}&#xa0;: %n spasmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Parties du corps</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Jours avec et sans chaque facteur</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Déclencheurs notés</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
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
        <translation>avant&#xa0;: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>intensité {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now} ; avant&#xa0;: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} sur {due} ; {skipped} sautées, {not_recorded} non notées</translation>
    </message>
    <message>
        <source>{title}: {value}. {compare}</source>
        <comment>a card read out: its title, figure, basis</comment>
        <translation>{title}&#xa0;: {value}. {compare}</translation>
    </message>
</context>
<context>
    <name>ChartZoom</name>
    <message>
        <source>Zoom: Ctrl+wheel, or + and − with the chart selected (0 shows every day again).</source>
        <translation>Zoom&#xa0;: Ctrl+molette, ou + et − sur le graphique choisi (0 montre de nouveau tous les jours).</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Choisir les jours à afficher</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Annuler le zoom</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Montrer de nouveau tous les jours de la période (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n jour compté&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus</numerusform>
            <numerusform>%n jours comptés&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n jour compté&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus (aujourd’hui compte une fois fini ou déclaré complet dans le bilan)</numerusform>
            <numerusform>%n jours comptés&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus (aujourd’hui compte une fois fini ou déclaré complet dans le bilan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>sur %n jour ({complete} complets, {partial} partiels&#xa0;: moins de {steadier} complets, des spasmes peuvent manquer)</numerusform>
            <numerusform>sur %n jours ({complete} complets, {partial} partiels&#xa0;: moins de {steadier} complets, des spasmes peuvent manquer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>sur seulement %n jour complet ({steadier} donnent un chiffre plus stable)</numerusform>
            <numerusform>sur seulement %n jours complets ({steadier} donnent un chiffre plus stable)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>sur {complete} jours sur {counted} (jours complets)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>aucun jour avec des entrées pour l’instant</translation>
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
        <translation>&lt;b&gt;Fichiers tableur (CSV)&lt;/b&gt; s’ouvrent dans Excel, LibreOffice ou Numbers&#xa0;: un fichier par type d’entrée, réunis dans un zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Copie complète (JSON)&lt;/b&gt; contient tout ce que MSLog enregistre, à garder en lieu sûr ou à importer dans MSLog sur un autre ordinateur.&lt;br&gt;&lt;br&gt;&lt;b&gt;Pour votre médecin (FHIR)&lt;/b&gt; est un fichier HL7 FHIR R4, la norme que lisent les logiciels des cabinets et hôpitaux&#xa0;: nombre de spasmes et notes de spasticité par jour, médicaments avec l’historique des doses, traitements et réponses du bilan du jour pour les jours choisis ci-dessous.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Annulé. Aucun fichier enregistré.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Annuler ne laisse aucun fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Copie complète (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Jours pour votre médecin</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Jours du fichier pour le médecin</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Exporter votre journal</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Pour le médecin (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog pour médecin {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Enregistrer la copie complète</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Enregistrer les fichiers tableur</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Enregistrer le fichier pour votre médecin</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Enregistré&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Enregistré&#xa0;: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Enregistrement de la copie complète</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Enregistrement du fichier pour votre médecin</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Enregistrement des fichiers tableur</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Fichiers tableur (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>Le fichier pour le médecin n’a pas pu être enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>L’export n’a pas pu être enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>Zip de fichiers CSV (*.zip);;CSV (*.csv)</translation>
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
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Sur %n jour complet sur {days}&#xa0;: un jour compte dès que son bilan dit que chaque spasme a été noté (ou qu’il n’y en a pas eu). Un facteur ne compte que les jours que MSLog connaît&#xa0;: facteurs du bilan les jours avec un bilan, habitudes, étirements et prises à partir du premier jour où vous les avez notés.</numerusform>
            <numerusform>Sur %n jours complets sur {days}&#xa0;: un jour compte dès que son bilan dit que chaque spasme a été noté (ou qu’il n’y en a pas eu). Un facteur ne compte que les jours que MSLog connaît&#xa0;: facteurs du bilan les jours avec un bilan, habitudes, étirements et prises à partir du premier jour où vous les avez notés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Aucun facteur n’a encore {needed} jours complets avec lui et {needed} sans lui (%n jour complet).</numerusform>
            <numerusform>Aucun facteur n’a encore {needed} jours complets avec lui et {needed} sans lui (%n jours complets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Aucun facteur ne se démarque&#xa0;: %n facteur testé sur {complete} jours complets, aucun avec une différence nette.</numerusform>
            <numerusform>Aucun facteur ne se démarque&#xa0;: %n facteurs testés sur {complete} jours complets, aucun avec une différence nette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Spasmes par jour complet, les jours avec et sans chaque facteur, sous forme de rapport de taux ; son intervalle à 95&#xa0;% vient de la variation de périodes d’une semaine ou plus du journal (un bootstrap par blocs), pour que des séries de bons et de mauvais jours ne passent pas pour un effet ; les nombreux facteurs sont ajustés ensemble (Benjamini-Hochberg, 10&#xa0;%). Les jours de la semaine et les saisons ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>L’intervalle contient 1, ou la différence est assez petite pour être due au hasard parmi autant de facteurs (q de 0,10 ou plus).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Ce sont les spasmes pour lesquels vous avez noté chaque déclencheur. Ils ne sont pas comparés&#xa0;: un déclencheur n’est noté que sur un spasme, il ne peut donc pas montrer si les jours où il est présent ont plus de spasmes. Pour cela, cochez ce qui était vrai dans le bilan du jour.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Cela montre une association, pas une preuve&#xa0;: d’autres choses changent les mêmes jours. Parlez-en avec votre médecin avant de changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS du bilan {difference} points</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS du bilan {difference} points (intervalle à 95&#xa0;% de {low} à {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS du bilan&#xa0;: pas encore assez de jours ({days} sur {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>comparé aux spasmes du lendemain</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>comparé aux spasmes du même jour</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>facteur du jour</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>prises</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>moins de spasmes {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>habitude</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>plus de spasmes {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>lendemain</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>pas de différence nette</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>pas encore assez de jours ({days} sur {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>rapport de taux {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>rapport de taux {ratio} (intervalle à 95&#xa0;% {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>rapport de taux –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>étirements</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>trop peu de spasmes ces jours-là pour comparer</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Facteurs qui se démarquent&#xa0;: {clear} sur %n testé sur {complete} jours complets.</numerusform>
            <numerusform>Facteurs qui se démarquent&#xa0;: {clear} sur %n testés sur {complete} jours complets.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} sur {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} jours complets avec, {without} sans</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} contre {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} contre {without} spasmes par jour</translation>
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
        <translation>Chacun a besoin d’au moins {needed} jours complets avec et {needed} sans&#xa0;: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Méthode&#xa0;: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Pas de différence nette ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Pas encore assez de jours</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Rien à comparer pour l’instant. Cochez ce qui était vrai dans le bilan du jour (chaleur, stress, mauvais sommeil…), ou cochez habitudes et prises, et dites quand tous les spasmes d’une journée sont notés.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Spasmes&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Se démarquent ({clear} sur {tested} testés)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>Vous n’avez noté aucun déclencheur sur un spasme ces jours-ci.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Vous avez noté&#xa0;: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} sur %n spasme</numerusform>
            <numerusform>{trigger} sur %n spasmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Séance d’étirements terminée</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Toutes les prises prévues de {medicine} faites</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>les jours où toutes les prises prévues de {medicine} sont notées comme faites</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>les jours avec des étirements terminés</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>les jours avec {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>le lendemain des jours où toutes les prises prévues de {medicine} sont notées comme faites</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>le lendemain des jours avec des étirements terminés</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>le lendemain des jours avec {factor}</translation>
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
        <translation>
            <numerusform>%n heure en a {count}</numerusform>
            <numerusform>%n heures en ont {count} chacune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>avant le début de votre journal</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>faites le bilan du jour pour le voir</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>pas de variation en % à partir d’une note de 0</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>pas d’heure la plus chargée unique</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>aucun spasme noté</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>aucun la plupart de ces jours</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>rien à comparer avant le début de votre journal</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>trop peu de jours avec bilan pour comparer ({now} et {before} ; {needed} nécessaires par période)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>trop peu de données&#xa0;: il faut {spasms} spasmes sur {days} jours</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, moins que la variation de {meaningful}&#xa0;% que les essais jugent significative</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}&#xa0;: une variation de {meaningful}&#xa0;% ou plus est ce que les essais jugent significatif</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>{count} chacun</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} sur %n jour</numerusform>
            <numerusform>{nrs} sur %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} sur {spasms} évalués</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} et %n autre</numerusform>
            <numerusform>{triggers} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} par jour</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (aucun bilan avec une note)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n spasme</numerusform>
            <numerusform>%n spasmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n spasme, intensité moyenne {mean}, maximale {peak}</numerusform>
            <numerusform>%n spasmes, intensité moyenne {mean}, maximale {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10&#xa0;: spasticité du jour (tirets) · spasmes notés&#xa0;: moyenne (ligne), max. (▲)</translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Pointez un jour pour voir ses valeurs exactes. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>étirements&#xa0;: {completed} terminés</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>étirements&#xa0;: {completed} terminés, {partial} partiels</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n habitude faite</numerusform>
            <numerusform>%n habitudes faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Rendez-vous&#xa0;: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Graphiques dans le temps</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Spasticité du jour</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Les flèches gauche et droite passent d’un jour à l’autre et lisent les valeurs du jour. Plus et moins font un zoom avant et arrière, 0 montre de nouveau tous les jours.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Prises prévues faites (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Habitudes de soin faites</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmes par jour</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Séances d’étirements&#xa0;: terminées (pleines), partielles (contour)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Valeurs du jour pointé</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>spasticité du jour {rating} sur 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>prises&#xa0;: {taken} sur {due} faites</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>rien de noté</translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <comment>a day pointed at and its values</comment>
        <translation>{day}&#xa0;: {values}</translation>
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
        <translation>{medicine} commencé, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} arrêté</translation>
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
            <numerusform>Un résumé d’une ou deux pages de {range} (%n jour) pour votre médecin&#xa0;: chiffres clés, graphiques, médicaments, déclencheurs, notes et vos questions.</numerusform>
            <numerusform>Un résumé d’une ou deux pages de {range} (%n jours) pour votre médecin&#xa0;: chiffres clés, graphiques, médicaments, déclencheurs, notes et vos questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Rapport pour le rendez-vous</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Annulé. Aucun rapport enregistré.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Annuler n’enregistre aucun rapport.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>Rapport MSLog {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Préparation de votre rapport</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>Le rapport n’a pas pu être enregistré&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Avant le rendez-vous&#xa0;: évaluez vos spasmes</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Dernières réponses le {day}&#xa0;: Penn {penn} ; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Enregistrer mes réponses</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Trois questions tirées d’échelles utilisées par les médecins (Penn et Snow). Répondez à celles que vous voulez ; elles sont gardées avec la date du jour et montrées comme auto-évaluation dans Tendances et le rapport.</translation>
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
        <translation>cinq à neuf par jour</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>aucun spasme</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>un ou moins par jour</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>un à cinq par jour</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>dix ou plus par jour</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Busiest hour</source>
        <translation>Heure la plus chargée</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Compté à partir de la première prise de chaque médicament notée dans MSLog.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Jours avec étirements</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Combien de fois vous avez coché un déclencheur sur un spasme&#xa0;: un décompte, pas une comparaison.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Intensité moyenne des spasmes notés</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn et Snow, auto-évalués</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn} ; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Prises prévues faites</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Score de Snow d’après le journal (spasmes par 24 h)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Spasmes par jour</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Les spasmes par jour reposent sur les jours complets (le bilan dit que chaque spasme a été noté, ou qu’il n’y en a pas eu) dès qu’il y en a 7 ; d’ici là, sur les jours complets et partiels.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Spasticité, bilan du jour (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>La note de spasticité de 0 à 10 du bilan du jour, en moyenne sur les jours qui en ont une. Une variation n’est donnée en % que si les deux périodes ont {days} jours de ce type ou plus.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>Le score de fréquence des spasmes de Snow (1 aucun … 5 dix ou plus par jour) d’une journée type, calculé d’après votre journal, pas demandé.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>L’intensité moyenne de 0 à 10 des spasmes que vous avez notés et évalués.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Déclencheur le plus noté</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>aucune prise notée pour l’instant</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>pas de réponse ces jours-ci (voir Rendez-vous)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>sur %n spasme</numerusform>
            <numerusform>sur %n spasmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>sur %n spasme chacun</numerusform>
            <numerusform>sur %n spasmes chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>vos propres réponses, données le {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} sur {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, typique des mêmes jours</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} sur 5</translation>
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
        <translation>Chaque point&#xa0;: spasmes de cette heure (taille&#xa0;: combien ; couleur&#xa0;: le plus fort)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Chaque point&#xa0;: spasmes de cette heure sur 32 jours (taille&#xa0;: combien)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Couleur des points&#xa0;: intensité 0 (violet foncé) → 10 (jaune) ; gris&#xa0;: non évalué. Carte de chaleur&#xa0;: plus sombre = moins, plus clair = plus.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Plus et moins font un zoom avant et arrière sur les jours, 0 réinitialise.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Pointez un point ou un carré pour voir ses chiffres. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Spasmes par jour de la semaine et heure (heure locale)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Graphiques par heure de la journée</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>spasmes</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}&#xa0;: %n spasme sur cette période</numerusform>
            <numerusform>{weekday} {hours}&#xa0;: %n spasmes sur cette période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}&#xa0;: %n spasme</numerusform>
            <numerusform>{when}, {hours}&#xa0;: %n spasmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}&#xa0;: %n spasme, intensité maximale {worst}</numerusform>
            <numerusform>{when}, {hours}&#xa0;: %n spasmes, intensité maximale {worst}</numerusform>
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
        <translation>1 an</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Depuis le dernier rendez-vous</translation>
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
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Complet&#xa0;: le bilan dit que chaque spasme a été noté, ou qu’il n’y en a pas eu. Partiel&#xa0;: des spasmes notés, sans cela. Inconnu&#xa0;: rien de noté ni de dit.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>Rien de noté ces jours-ci. Choisissez une période plus longue, ou notez des spasmes dans l’onglet Noter&#xa0;: ils apparaîtront ici.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Rapport (imprimer, PDF)…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Enregistrer l’image du graphique</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Image du graphique…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>L’image n’a pas pu être enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure du jour</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Vues des tendances</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n jour (votre journal n’avait pas commencé les jours d’avant)</numerusform>
            <numerusform>{range} · %n jours (votre journal n’avait pas commencé les jours d’avant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n jour, comparé au jour d’avant</numerusform>
            <numerusform>{range} · %n jours, comparés aux %n d’avant</numerusform>
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
