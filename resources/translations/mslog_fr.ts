<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppointmentOperations</name>
    <message>
        <source>Added the appointment on {day}.</source>
        <translation>Rendez-vous du {day} ajouté.</translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Rendez-vous du {day} retiré. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout du rendez-vous</translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait du rendez-vous</translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation>{name} est ajouté à la liste. Cochez-le les jours où c’était vrai.</translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation>{name} est retiré de la liste à partir d’aujourd’hui. «&#xa0;Annuler&#xa0;» le remet.</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} est renommé en {new}.</translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation>Enregistré&#xa0;: {answer}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout de {name}</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait de {name}</translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>renommage de {old} en {new}</translation>
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
        <translation>«&#xa0;{name}&#xa0;» est déjà à la fin.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà en haut.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation>«&#xa0;{name}&#xa0;» garde son nom.</translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation>Habitude «&#xa0;{name}&#xa0;» ajoutée. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;{name}&#xa0;» est descendu d’un cran. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;{name}&#xa0;» est monté d’un cran. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation>Aucun effet indésirable noté ({what}). Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation>Prise si besoin retirée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation>{name} est retiré de la liste. Les coches passées restent. «&#xa0;Annuler&#xa0;» le remet.</translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation>Habitude «&#xa0;{old}&#xa0;» renommée en «&#xa0;{new}&#xa0;». Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation>Enregistré&#xa0;: {name} à {time}.</translation>
    </message>
    <message>
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effets indésirables ({what})&#xa0;: {effects}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout de l’habitude «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>prise si besoin</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>descente de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>montée de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait d’une prise si besoin</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait de {name}</translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>renommage de «&#xa0;{old}&#xa0;» en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effets indésirables&#xa0;: {what}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>prise sautée&#xa0;: {dose}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>journée entière</translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>coche de {dose}</translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>coche de {name}</translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>décoche de {dose}</translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>décoche de {name}</translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation>{dose} est de nouveau à faire.</translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation>{dose}&#xa0;: sautée. Vous pouvez ajouter une raison.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation>{dose}&#xa0;: pris à {time}. Changez l’heure si c’était plus tôt.</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}&#xa0;: fait.</translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation>{name}&#xa0;: pas fait.</translation>
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
        <translation>Calendrier&#xa0;: choisissez un jour à voir</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation>Modifier le bilan du jour</translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation>Modifier les effets indésirables&#xa0;: {effects}</translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation>Changer l’heure du spasme de {time}</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Changer l’heure de prise de {dose}</translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation>Modifier&#xa0;: {treatment}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Supprimer le spasme de {time}</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation>Supprimer&#xa0;: {treatment}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation>Modifier les détails du spasme de {time}</translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation>Habitudes faites</translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation>Marquer {dose} comme sautée</translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation>Marquer {dose} comme prise</translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation>Marquer {habit} comme fait</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Non cochés</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>Rien n’a été noté ce jour-là.</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Raison…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation>Retirer la prise si besoin de {name}</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation>Retirer la prise si besoin de {name} à {time}</translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation>Retirer les effets indésirables&#xa0;: {effects}</translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation>Retirer la séance d’étirements de {time}</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Effets indésirables après {dose}</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Effets indésirables…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation>
            <numerusform>Spasmes · %n</numerusform>
            <numerusform>Spasmes · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Décocher</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Décocher {dose}</translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation>Décocher {habit}</translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation>Pourquoi {dose} a été sautée</translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation>{dose} de {time}</translation>
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
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Prévu&#xa0;: {habit} pendant %n semaine à partir du {day}, semaines {order}. Ctrl+Z retire le projet.</numerusform>
            <numerusform>Prévu&#xa0;: {habit} pendant %n semaines à partir du {day}, semaines {order}. Ctrl+Z retire le projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation>L’essai de {habit} est arrêté. Les jours déjà faits comptent pour le résultat. Ctrl+Z le laisse continuer.</translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>projet d’essayer {habit}</translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>arrêt de l’essai de {habit}</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation>Jour suivant  ▶</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Choisissez un jour pour voir tout ce qu’il contient. Les changements peuvent être annulés.</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Voir le jour suivant</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Voir le jour suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Voir le jour précédent</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Voir le jour précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Voir aujourd’hui</translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation>Voir hier</translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation>Affiché&#xa0;: {day}.</translation>
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
        <source>today</source>
        <comment>side effects of today</comment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation>{moved} Il est maintenant dans le journal du {day}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Jour précédent</translation>
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
        <translation>Après minuit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation>Tous les spasmes du jour sont notés</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Aucun spasme ce jour-là</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Pas finie</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Pas réveillé par des spasmes</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Douleur {value} sur 10</translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation>Sommeil&#xa0;: moyen</translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation>Sommeil&#xa0;: bon</translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation>Sommeil&#xa0;: mauvais</translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation>Sommeil&#xa0;: {quality}</translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation>Spasticité {value} sur 10</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation>Ce jour-là&#xa0;: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>Réveillé %n fois</numerusform>
            <numerusform>Réveillé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>Réveillé 3 fois ou plus</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Réveillé une fois</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Réveillé deux fois</translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation>prochain remplissage {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation>rien de noté</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation>sautée</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation>sautée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation>prise</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation>prise à {time}</translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation>{dose} (si besoin)</translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation>{dose}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation>{habit}&#xa0;: non coché</translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation>{relative} · {day}</translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation>{state} (noté après coup)</translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation>{treatment}&#xa0;: {details}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation>«&#xa0;{note}&#xa0;»</translation>
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
    <name>MedicationChanges</name>
    <message>
        <source>new schedule from {day}</source>
        <translation>nouveau schéma à partir du {day}</translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation>rappels désactivés</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>rappels activés</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>renommé en {name}</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation>{schedule} à partir du {day}</translation>
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
        <translation>Ajouté&#xa0;: {medication}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation>{name} modifié&#xa0;: {changes}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation>Rien n’a changé pour {name}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout de {name}</translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>modification de {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>arrêt de {name}</translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation>{name} est arrêté à partir du {day}. Annuler avec Ctrl+Z.</translation>
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
        <translation>{day}, {time} après minuit</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n entrée contient «&#xa0;{words}&#xa0;», les %n plus récentes sont listées. Entrée ou un clic ouvre le jour.</numerusform>
            <numerusform>%n entrées contiennent «&#xa0;{words}&#xa0;», les %n plus récentes sont listées. Entrée ou un clic ouvre le jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n entrée contient «&#xa0;{words}&#xa0;». Entrée ou un clic ouvre le jour.</numerusform>
            <numerusform>%n entrées contiennent «&#xa0;{words}&#xa0;». Entrée ou un clic ouvre le jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation>Aucune note ne contient «&#xa0;{words}&#xa0;».</translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation>Notes trouvées&#xa0;: Entrée ouvre le jour</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Chercher dans vos notes</translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation>Notes des spasmes, traitements et effets indésirables de tous les jours.</translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation>Tapez un ou deux mots d’une note, puis Entrée.</translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation>Mots d’une note</translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation>Mots à chercher dans vos notes</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation>Effets indésirables&#xa0;: {words}</translation>
    </message>
    <message>
        <source>{treatment}: {words}</source>
        <comment>a treatment and its words found</comment>
        <translation>{treatment}&#xa0;: {words}</translation>
    </message>
</context>
<context>
    <name>SelfRatingOperations</name>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Non enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation>Enregistré pour le {day}. «&#xa0;Annuler&#xa0;» les retire.</translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>enregistrement de vos réponses</translation>
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
    <name>SpasmChecks</name>
    <message>
        <source>No spasm entry with id {id}</source>
        <translation>Aucun spasme avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation>contient un caractère qui n’est pas du texte UTF-8 (un octet perdu&#xa0;?)&#xa0;; retapez-le</translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation>n’est pas un champ d’un spasme</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>fait {length} caractères&#xa0;; {most} au maximum</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>doit être une date et une heure, pas {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>doit faire au plus %n caractère</numerusform>
            <numerusform>doit faire au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>doit aller de 0 à 10, pas {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation>doit aller de 0 à {most} secondes (24 heures)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>doit être du texte, pas {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>a besoin d’un fuseau horaire</translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation>le décalage UTC {offset} n’existe dans aucun fuseau horaire&#xa0;; indiquez-en un de -12:00 à +14:00</translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation>partie du corps inconnue {value}</translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation>type inconnu {value} (au choix&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation>{day} est trop ancien</translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation>{when} est dans le futur&#xa0;; un spasme ne peut être noté qu’une fois commencé</translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation>Le spasme de {time}</translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Spasme de {time} supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation>Spasme de {time} du {day} supprimé. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation>Noté à nouveau&#xa0;: le spasme de {time}.</translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation>Le spasme est remis à {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation>Le spasme est de nouveau à {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation>Le spasme est déplacé à {when}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation>Le spasme de {time} est retiré. «&#xa0;Rétablir&#xa0;» le remet.</translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation>Le spasme de {time} est rétabli.</translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>suppression du spasme de {time}</translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout du spasme de {time}</translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>déplacement du spasme à {time}</translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation>{saved}. Ajoutez des détails ci-dessous si vous voulez, ou laissez.</translation>
    </message>
</context>
<context>
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation>Non retiré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Retiré&#xa0;: {what}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>la séance «&#xa0;{routine}&#xa0;» du {day} à {time}</translation>
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
    <name>TreatmentEvents</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Muscles ou points d’injection</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nouveau débit</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Prochain remplissage</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Non enregistré. {field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <source>the baclofen pump dose change on {day}</source>
        <translation>le changement de dose de la pompe à baclofène du {day}</translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation>le remplissage de la pompe à baclofène du {day}</translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation>l’injection de toxine botulique du {day}</translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation>la séance de kinésithérapie du {day}</translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation>«&#xa0;{name}&#xa0;» du {day}</translation>
    </message>
</context>
<context>
    <name>TreatmentOperations</name>
    <message>
        <source>Nothing changed in {what}.</source>
        <translation>Rien n’a changé&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation>Noté&#xa0;: {what}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Retiré&#xa0;: {what}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation>Enregistré&#xa0;: {what}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>modification&#xa0;: {what}</translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>ajout&#xa0;: {what}</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retrait&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation>Non enregistré. {reason}.</translation>
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
    <name>UndoSteps</name>
    <message>
        <source>Could not redo it: {reason}</source>
        <translation>Impossible de le rétablir&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation>Impossible de l’annuler&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Rétabli&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Annulé&#xa0;: {what}. «&#xa0;Rétablir&#xa0;» le refait.</translation>
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
