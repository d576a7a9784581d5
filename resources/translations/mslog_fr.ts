<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AsNeededDialog</name>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Prise si besoin</translation>
    </message>
    <message>
        <source>Which medication did you take, and when?</source>
        <translation>Quel médicament avez-vous pris, et quand ?</translation>
    </message>
    <message>
        <source>optional, as prescribed</source>
        <translation>facultatif, comme prescrit</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the {medication} dose at {time}</source>
        <translation>Retirer la prise de {medication} de {time}</translation>
    </message>
    <message>
        <source>{dose} · as needed</source>
        <translation>{dose} · si besoin</translation>
    </message>
    <message>
        <source>{dose} · as needed · entered later</source>
        <translation>{dose} · si besoin · saisi après coup</translation>
    </message>
</context>
<context>
    <name>ChecklistForms</name>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Jour du changement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Vertiges</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausée</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Non enregistré. {field} : {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Non enregistré. {problem}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets secondaires</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Jour de début</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Dosage et forme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Heure de prise</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
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
        <translation>Jour suivant  ▶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Afficher le jour suivant</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Afficher le jour précédent</translation>
    </message>
    <message>
        <source>Tick a dose when you take it. Unticking undoes it.</source>
        <translation>Cochez une prise quand vous la prenez. La décocher l’annule.</translation>
    </message>
    <message>
        <source>Ticks on a past day are saved as entered later.</source>
        <translation>Les coches d’un jour passé sont enregistrées comme saisies après coup.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Aujourd’hui · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Hier · {day}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <comment>a button&apos;s name and its shortcut</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Jour précédent</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>Quand avez-vous pris {dose} ?</translation>
    </message>
    <message>
        <source>reason for {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>raison pour {dose}</translation>
    </message>
    <message>
        <source>time of {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>heure de {dose}</translation>
    </message>
    <message>
        <source>{dose}: skipped, no reason given. {undo}</source>
        <translation>{dose} : sauté, sans raison donnée. {undo}</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. {undo}</source>
        <translation>{dose} : sauté : {reason}. {undo}</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. {undo}</source>
        <translation>{dose} : pris à {time}. {undo}</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Changer l’heure de prise de {dose}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Reason for skipping {dose}</source>
        <translation>Raison de ne pas prendre {dose}</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effets secondaires après {dose}</translation>
    </message>
    <message>
        <source>Side effects ✓</source>
        <translation>Effets secondaires ✓</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Effets secondaires…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <source>Skip {dose}</source>
        <translation>Sauter {dose}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Tick {dose} as taken</source>
        <translation>Cocher {dose} comme pris</translation>
    </message>
    <message>
        <source>Time…</source>
        <translation>Heure…</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Décocher {dose}</translation>
    </message>
    <message>
        <source>{dose} (no longer scheduled)</source>
        <translation>{dose} (n’est plus prévu)</translation>
    </message>
    <message>
        <source>{state} · side effects: {effects}</source>
        <translation>{state} · effets secondaires : {effects}</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Pris</translation>
    </message>
</context>
<context>
    <name>DoseRows</name>
    <message>
        <source>Late: due at {time}</source>
        <translation>En retard : prévu à {time}</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Pas encore coché</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
    <message>
        <source>Skipped · entered later</source>
        <translation>Sauté · saisi après coup</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Sauté : {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Sauté : {reason} · saisi après coup</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Pris à {time}</translation>
    </message>
    <message>
        <source>Taken at {time} · entered later</source>
        <translation>Pris à {time} · saisi après coup</translation>
    </message>
    <message>
        <source>Taken at {time} · late</source>
        <translation>Pris à {time} · en retard</translation>
    </message>
    <message>
        <source>Taken at {time} · late · entered later</source>
        <translation>Pris à {time} · en retard · saisi après coup</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Add the medication first, under Your medications.</source>
        <translation>Ajoutez d’abord le médicament, sous « Vos médicaments ».</translation>
    </message>
    <message>
        <source>Add your medications below to tick off each dose here.</source>
        <translation>Ajoutez vos médicaments plus bas pour cocher ici chaque prise.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>No doses are scheduled for this day.</source>
        <translation>Aucune prise n’est prévue ce jour-là.</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Note ✓</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Side effects that day (optional)</source>
        <translation>Effets secondaires ce jour-là (facultatif)</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Effets secondaires aujourd’hui</translation>
    </message>
    <message>
        <source>Side effects today (optional)</source>
        <translation>Effets secondaires aujourd’hui (facultatif)</translation>
    </message>
    <message>
        <source>Side effects today: add a note</source>
        <translation>Effets secondaires aujourd’hui : ajouter une note</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Prise si besoin…</translation>
    </message>
    <message>
        <source>today</source>
        <comment>the side effects of today; also starts a sentence</comment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n’est pas un nombre</translation>
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
    <name>HabitNameDialog</name>
    <message>
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Move {habit} down</source>
        <translation>Descendre {habit}</translation>
    </message>
    <message>
        <source>Move {habit} up</source>
        <translation>Monter {habit}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {habit} from the checklist</source>
        <translation>Retirer {habit} de la liste</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename {habit}</source>
        <translation>Renommer {habit}</translation>
    </message>
    <message>
        <source>ticked later</source>
        <translation>après coup</translation>
    </message>
    <message>
        <source>{habit}, done</source>
        <translation>{habit}, fait</translation>
    </message>
    <message>
        <source>{habit}, not done yet</source>
        <translation>{habit}, pas encore fait</translation>
    </message>
    <message>
        <source>{time} · stretch session</source>
        <translation>{time} · séance d’étirements</translation>
    </message>
</context>
<context>
    <name>HabitsCard</name>
    <message>
        <source>Add a habit</source>
        <translation>Ajouter une habitude</translation>
    </message>
    <message>
        <source>Add a habit…</source>
        <translation>Ajouter une habitude…</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Modifier la liste</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>New name for {habit}:</source>
        <translation>Nouveau nom pour {habit} :</translation>
    </message>
    <message>
        <source>Rename a habit</source>
        <translation>Renommer une habitude</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Soin de soi</translation>
    </message>
    <message>
        <source>What do you want to tick off each day?</source>
        <translation>Que voulez-vous cocher chaque jour ?</translation>
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
        <translation>À {times}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Commence le {day}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Taken when needed</source>
        <translation>Pris si besoin</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>sans rappels</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>rappels activés</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>3 times a day</source>
        <translation>3 fois par jour</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4 fois par jour</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Quantité par prise</translation>
    </message>
    <message>
        <source>At set times each day</source>
        <translation>À heures fixes chaque jour</translation>
    </message>
    <message>
        <source>Change applies from</source>
        <translation>Changement à partir du</translation>
    </message>
    <message>
        <source>Change {medication}</source>
        <translation>Modifier {medication}</translation>
    </message>
    <message>
        <source>Choose or type any name</source>
        <translation>Choisissez ou tapez un nom</translation>
    </message>
    <message>
        <source>Enter the medication as prescribed. MSLog only keeps a record; it never suggests doses.</source>
        <translation>Saisissez le médicament tel qu’il vous a été prescrit. MSLog ne fait que garder une trace ; il ne suggère jamais de dose.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Saisissez ce que votre prescripteur vous a indiqué. Un changement commence une nouvelle entrée au jour choisi ; les jours d’avant gardent ce qui valait alors.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Me rappeler chaque prise à l’heure prévue</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Jusqu’ici : {history}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Dosage et forme</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>how a medication is taken</comment>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Times and amounts</source>
        <translation>Heures et quantités</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Deux fois par jour</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>comme prescrit</translation>
    </message>
    <message>
        <source>capsules</source>
        <translation>gélules</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>gouttes</translation>
    </message>
    <message>
        <source>e.g. tablets, liquid, spray</source>
        <translation>p. ex. comprimés, sirop, spray</translation>
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
        <translation>patchs</translation>
    </message>
    <message>
        <source>sprays</source>
        <translation>pulvérisations</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>comprimés</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>at {time}, {text} is not a number</source>
        <translation>à {time}, {text} n’est pas un nombre</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Change {medication}</source>
        <translation>Modifier {medication}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Arrêter {medication}</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
</context>
<context>
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Ajouter un médicament…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog garde une trace de ce qui vous a été prescrit et de ce que vous avez pris. Il ne suggère jamais de dose : parlez-en à votre soignant avant de changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation>Aucun médicament pour l’instant.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Vos médicaments</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Habitude</translation>
    </message>
    <message>
        <source>Habit to try</source>
        <translation>Habitude à essayer</translation>
    </message>
    <message>
        <source>Next Monday, {day}</source>
        <translation>Lundi prochain, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>Planifier %n semaine</numerusform>
            <numerusform>Planifier les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd’hui, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Essayer une habitude pendant %n semaine</numerusform>
            <numerusform>Essayer une habitude pendant %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a habit in planned weeks: {half} weeks with it and {half} without, taking turns, in an order drawn at random. Tick it on the days you do it, and fill in the daily check-in. After the {weeks} weeks MSLog compares your spasms in the weeks with and without it: an association in your own diary, not proof.</source>
        <translation>Essayez une habitude sur des semaines planifiées : {half} semaines avec et {half} sans, en alternance, dans un ordre tiré au sort. Cochez-la les jours où vous la faites, et remplissez le bilan du jour. Après les {weeks} semaines, MSLog compare vos spasmes des semaines avec et sans : une association dans votre propre journal, pas une preuve.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Why was it skipped?</source>
        <translation>Pourquoi sauté ?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose} : pourquoi sauté ? (facultatif)</translation>
    </message>
</context>
<context>
    <name>RefillBanner</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the pump refill reminder</source>
        <translation>Masquer le rappel de remplissage de la pompe</translation>
    </message>
    <message>
        <source>Once it is done, record it under Checklists ▸ Treatments.</source>
        <translation>Une fois fait, notez-le dans Listes ▸ Traitements.</translation>
    </message>
    <message>
        <source>Pump refill reminder</source>
        <translation>Rappel de remplissage de la pompe</translation>
    </message>
</context>
<context>
    <name>RefillReminderUi</name>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Remplissage de la pompe à baclofène</translation>
    </message>
    <message>
        <source>Baclofen pump refill: {due}</source>
        <translation>Remplissage de la pompe à baclofène : {due}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n prise à faire</numerusform>
            <numerusform>%n prises à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose reminder</source>
        <translation>Rappel de prise</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>Masquer le rappel</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>C’est l’heure de {dose}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{dose}: reminding you again at {time}.</source>
        <translation>{dose} : nouveau rappel à {time}.</translation>
    </message>
    <message>
        <source>{title}: {doses}.</source>
        <translation>{title} : {doses}.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <source>Skip: {dose}</source>
        <translation>Sauter : {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Dans 10 min</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Reporter : {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Pris : {dose}</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
    <name>SideEffectDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Remarqué</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets secondaires</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effets secondaires après {dose}</translation>
    </message>
    <message>
        <source>optional, in your own words</source>
        <translation>facultatif, avec vos propres mots</translation>
    </message>
    <message>
        <source>{dose}: anything you noticed after it? Your clinician can read it in the report. Leave everything empty to remove a note.</source>
        <translation>{dose} : avez-vous remarqué quelque chose après ? Votre soignant peut le lire dans le rapport. Laissez tout vide pour retirer une note.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Before you stop</source>
        <translation>Avant d’arrêter</translation>
    </message>
    <message>
        <source>First day without it</source>
        <translation>Premier jour sans</translation>
    </message>
    <message>
        <source>From which day do you no longer take {medication}? Its history stays in your diary.</source>
        <translation>À partir de quel jour ne prenez-vous plus {medication} ? Son historique reste dans votre journal.</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Convenez d’abord de tout arrêt avec la personne qui vous le prescrit : certains médicaments contre les spasmes ne doivent pas être arrêtés brusquement.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Arrêter {medication}</translation>
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
    <name>TimesEditor</name>
    <message>
        <source>Add a time</source>
        <translation>Ajouter une heure</translation>
    </message>
    <message>
        <source>Amount at time {number}</source>
        <translation>Quantité à l’heure {number}</translation>
    </message>
    <message>
        <source>Leave empty for the usual amount per dose</source>
        <translation>Laissez vide pour la quantité habituelle par prise</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove time {number}</source>
        <translation>Retirer l’heure {number}</translation>
    </message>
    <message>
        <source>The amount at this time, if it differs (leave empty for the usual)</source>
        <translation>La quantité à cette heure, si elle diffère (vide pour l’habituelle)</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Heure {number}</translation>
    </message>
    <message>
        <source>usual</source>
        <comment>the usual amount</comment>
        <translation>habituelle</translation>
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
    <name>TreatmentDialog</name>
    <message>
        <source>Change a treatment</source>
        <translation>Modifier un traitement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muscles ou zones</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nouveau débit</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Prochain remplissage prévu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Noter un traitement</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <source>Remind me of the next refill</source>
        <translation>Me rappeler le prochain remplissage</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Ce que c’était</translation>
    </message>
    <message>
        <source>Which treatment was it, and when? The rest is optional.</source>
        <translation>Quel traitement, et quand ? Le reste est facultatif.</translation>
    </message>
    <message>
        <source>e.g. TENS, hydrotherapy</source>
        <translation>p. ex. TENS, balnéothérapie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>optional, as your clinic set it</source>
        <translation>facultatif, tel que réglé par votre centre</translation>
    </message>
    <message>
        <source>optional, e.g. left calf</source>
        <translation>facultatif, p. ex. mollet gauche</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Change {treatment} on {day}</source>
        <translation>Modifier {treatment} du {day}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {treatment} on {day}</source>
        <translation>Retirer {treatment} du {day}</translation>
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
        <translation>Les injections, remplissages de pompe et séances apparaissent comme repères dans Tendances et dans le rapport. Un débit est noté tel que votre centre l’a réglé : MSLog n’en suggère jamais.</translation>
    </message>
    <message>
        <source>No treatments recorded yet.</source>
        <translation>Aucun traitement noté pour l’instant.</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Noter un traitement…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>Afficher %n</numerusform>
            <numerusform>Afficher les %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the latest only</source>
        <translation>Seulement les plus récents</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message numerus="yes">
        <source>Add a habit first, then try it for %n weeks.</source>
        <translation>
            <numerusform>Ajoutez d’abord une habitude, puis essayez-la pendant %n semaine.</numerusform>
            <numerusform>Ajoutez d’abord une habitude, puis essayez-la pendant %n semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its result compares the weeks with and without it.</source>
        <translation>Son résultat compare les semaines avec et sans.</translation>
    </message>
    <message>
        <source>Not sure whether a habit makes a difference for you? Try it in planned weeks.</source>
        <translation>Vous ne savez pas si une habitude change quelque chose pour vous ? Essayez-la sur des semaines planifiées.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Voir le résultat</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Auto-expérience</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Arrêter l’essai</translation>
    </message>
    <message>
        <source>The trial of {habit} ended on {day}.</source>
        <translation>L’essai de {habit} s’est terminé le {day}.</translation>
    </message>
    <message>
        <source>Trial of {habit}: the result</source>
        <translation>Essai de {habit} : le résultat</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Essayer une habitude %n semaine…</numerusform>
            <numerusform>Essayer une habitude %n semaines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Essayer une autre habitude %n semaine…</numerusform>
            <numerusform>Essayer une autre habitude %n semaines…</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in an order drawn at random ({order}). The result comes after {day}.</source>
        <translation>Semaines dans un ordre tiré au sort ({order}). Le résultat arrive après le {day}.</translation>
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
