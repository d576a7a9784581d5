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
        <translation>Quel médicament avez-vous pris, et quand&#xa0;?</translation>
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
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>Démarrer MSLog à l’ouverture de session pour que ses rappels puissent s’afficher</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier des sauvegardes {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>Impossible de nommer la sauvegarde dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>Impossible d’écrire la sauvegarde {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>La vérification de la sauvegarde a échoué ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>La sauvegarde a été arrêtée en cours de route.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>Le dossier des sauvegardes {folder} est un lien vers un autre endroit, donc MSLog n’y a enregistré aucune sauvegarde&#xa0;: les sauvegardes vont uniquement dans un vrai dossier à l’intérieur du dossier de données. Supprimez le lien (MSLog recrée le dossier) ou indiquez un autre endroit avec --data-dir.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>La vérification a été arrêtée en cours de route.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Votre journal est ouvert dans un autre MSLog (une fenêtre ou une commande). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Votre journal est ouvert dans un autre MSLog. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est un dossier, pas un fichier journal</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est endommagé ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est vide (0 octet)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est tronqué (coupé en cours de route)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n entrée</numerusform>
            <numerusform>{made} — {why} — %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — endommagée, inutilisable</translation>
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
    <name>CheckInCommand</name>
    <message>
        <source>--day: {day} is still to come</source>
        <translation>--day: le {day} n’est pas encore arrivé</translation>
    </message>
    <message>
        <source>--factor: unknown factor {text} (choose from {offered})</source>
        <translation>--factor: facteur inconnu {text} (choisissez parmi {offered})</translation>
    </message>
    <message>
        <source>--factor: {name} was removed from the list on {day}</source>
        <translation>--factor: {name} a été retiré de la liste le {day}</translation>
    </message>
    <message>
        <source>--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)</source>
        <translation>--nights: {text} n’est pas 0, 1, 2, 3 ou 3+ (3+ pour trois ou plus)</translation>
    </message>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: %n spasme est noté le {day}&#xa0;; utilisez --complete si tout est noté</numerusform>
            <numerusform>--no-spasms: %n spasmes sont notés le {day}&#xa0;; utilisez --complete si tout est noté</numerusform>
        </translation>
    </message>
    <message>
        <source>--show: cannot be combined with {option}</source>
        <translation>--show: ne peut pas être combiné avec {option}</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Bilan du {day}</translation>
    </message>
    <message>
        <source>Check-in for {day}: not filled in yet</source>
        <translation>Bilan du {day}&#xa0;: pas encore rempli</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Remplir le bilan du jour&#xa0;; chaque option est facultative. Sans option (ou avec --show), affiche le bilan du jour.</translation>
    </message>
    <message>
        <source>I had no spasms that day</source>
        <translation>Je n’ai eu aucun spasme ce jour-là</translation>
    </message>
    <message>
        <source>I logged all my spasms that day</source>
        <translation>J’ai noté tous mes spasmes ce jour-là</translation>
    </message>
    <message>
        <source>Nights woken by spasms: {nights}</source>
        <translation>Réveils la nuit par des spasmes&#xa0;: {nights}</translation>
    </message>
    <message>
        <source>Pain: {score}</source>
        <translation>Douleur&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Bilan du {day} enregistré.</translation>
    </message>
    <message>
        <source>Sleep: {sleep}</source>
        <translation>Sommeil&#xa0;: {sleep}</translation>
    </message>
    <message>
        <source>Spasms: {spasms}</source>
        <translation>Spasmes&#xa0;: {spasms}</translation>
    </message>
    <message>
        <source>Spasticity, past 24 hours: {score}</source>
        <translation>Spasticité, dernières 24 heures&#xa0;: {score}</translation>
    </message>
    <message>
        <source>What was true: {factors}</source>
        <translation>Facteurs présents&#xa0;: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>tous notés (%n dans le journal)</numerusform>
            <numerusform>tous notés (%n dans le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in or show a day&apos;s check-in (spasticity, nights, pain, sleep, factors)</source>
        <translation>remplir ou afficher le bilan d’un jour (spasticité, nuits, douleur, sommeil, facteurs)</translation>
    </message>
    <message>
        <source>good, fair or poor</source>
        <comment>the words to type, kept in English</comment>
        <translation>good (bon), fair (moyen) ou poor (mauvais)</translation>
    </message>
    <message>
        <source>nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)</source>
        <translation>réveils la nuit par des spasmes&#xa0;: 0, 1, 2, 3 ou 3+ (trois ou plus)</translation>
    </message>
    <message>
        <source>no spasms that day</source>
        <translation>aucun spasme ce jour-là</translation>
    </message>
    <message>
        <source>none of the list</source>
        <translation>aucun de la liste</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>non rempli</translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>non rempli (la journée compte comme inconnue&#xa0;; %n dans le journal)</numerusform>
            <numerusform>non rempli (la journée compte comme inconnue&#xa0;; %n dans le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst)</source>
        <translation>douleur, de 0 (aucune) à 10 (la pire)</translation>
    </message>
    <message>
        <source>print the day&apos;s check-in</source>
        <translation>afficher le bilan du jour</translation>
    </message>
    <message>
        <source>something that was true that day, e.g. heat or stress (repeatable)</source>
        <translation>un facteur présent ce jour-là, par ex. heat ou stress (répétable)</translation>
    </message>
    <message>
        <source>spasticity over the past 24 hours, 0 (none) to 10 (worst)</source>
        <translation>spasticité sur les dernières 24 heures, de 0 (aucune) à 10 (la pire)</translation>
    </message>
    <message>
        <source>the diary day, YYYY-MM-DD (default: today)</source>
        <translation>le jour du journal, YYYY-MM-DD (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <comment>nights woken</comment>
        <translation>{count} ou plus</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} sur 10</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation>Un bilan de 10 secondes pour {day}&#xa0;: spasticité, sommeil et ce qui s’est passé. Chaque réponse est facultative.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Faire le bilan</translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation>Faire le bilan&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation>Masquer cette carte jusqu’à demain</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation>Pas maintenant&#xa0;: masquer le bilan du {day}</translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation>Commencé. Il reste une réponse&#xa0;: dites si votre relevé des spasmes est complet.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>%n spasme noté aujourd’hui.</numerusform>
            <numerusform>%n spasmes notés aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>%n spasme noté hier.</numerusform>
            <numerusform>%n spasmes notés hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>%n spasme noté le {day}.</numerusform>
            <numerusform>%n spasmes notés le {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 aucune douleur</translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation>0 aucune spasticité</translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation>10 le pire</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 ou plus</translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation>Un jour compte dans vos tendances dès que vous indiquez que son relevé est complet.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation>Ajouter le vôtre à la liste</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Modifier la liste</translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation>Modifier la liste&#xa0;: renommer ou retirer</translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation>Fermer (Échap). Tout est déjà enregistré.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Modifications terminées</translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation>Chaque réponse est facultative et enregistrée dès que vous la donnez.</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Comment s’est passée la journée&#xa0;?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation>J’ai noté tous mes spasmes du {day}</translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation>J’ai noté tous mes spasmes d’aujourd’hui</translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation>J’ai noté tous mes spasmes d’hier</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nouveau nom pour {name}&#xa0;:</translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation>Réveils nocturnes dus aux spasmes</translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation>Aucun spasme noté aujourd’hui.</translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation>Aucun spasme noté hier.</translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation>Aucun spasme noté le {day}.</translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation>Aucun spasme le {day}</translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation>Aucun spasme aujourd’hui</translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation>Aucun spasme hier</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Aucun réveil dû aux spasmes</translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation>Rien d’enregistré pour ce jour.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation>Sommeil moyen</translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation>Sommeil bon</translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation>Sommeil mauvais</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation>Spasticité</translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation>Spasticité ces dernières 24 heures</translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation>Commencé&#xa0;: vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation>Ce jour est terminé. Vous pouvez tout modifier.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation>Annuler (Ctrl+Z)&#xa0;; rétablir avec Ctrl+Maj+Z</translation>
    </message>
    <message>
        <source>What was true</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation>Ce qui s’est passé le {day}</translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation>Ce qui s’est passé aujourd’hui</translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation>Ce qui s’est passé hier</translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3 réveils ou plus</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Un réveil</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Deux réveils</translation>
    </message>
    <message>
        <source>Your own thing to add to the list</source>
        <translation>Votre propre élément à ajouter à la liste</translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation>Votre relevé des spasmes</translation>
    </message>
    <message>
        <source>a factor</source>
        <translation>un élément</translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation>tous les spasmes notés</translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation>réveils nocturnes non indiqués</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>aucun spasme</translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation>sans certitude que tous soient notés</translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation>sans certitude qu’il n’y en ait eu aucun</translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation>aucun réveil dû aux spasmes</translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation>douleur non indiquée</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>douleur {value}</translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation>sommeil moyen</translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation>sommeil bon</translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation>sommeil non indiqué</translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation>sommeil mauvais</translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation>spasticité non indiquée</translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation>spasticité {value}</translation>
    </message>
    <message>
        <source>what was true</source>
        <translation>ce qui s’est passé</translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation>3 réveils ou plus</translation>
    </message>
    <message>
        <source>woken once</source>
        <translation>un réveil</translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation>deux réveils</translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation>{count} {why}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (aujourd’hui)</translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation>{day} (hier)</translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation>{factor}&#xa0;: non</translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation>{factor}&#xa0;: oui</translation>
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
    <name>CheckinReminderBar</name>
    <message>
        <source>A 10-second check-in. Every answer is optional.</source>
        <translation>Un bilan de 10 secondes. Chaque réponse est facultative.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Faire le bilan</translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation>Faire le bilan&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Rappel du bilan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation>Masquer le rappel du bilan</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Dans 10 min</translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation>Rappeler le bilan dans 10 minutes</translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation>&amp;Comment s’est passée la journée&#xa0;?…</translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation>Un bilan de 10 secondes dans MSLog. Chaque réponse est facultative.</translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation>Rappel du bilan&#xa0;: {question}</translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation>Le bilan sera proposé de nouveau à {time}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n prise à prendre</numerusform>
            <numerusform>%n prises à prendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n prise prévue pendant la pause de MSLog</numerusform>
            <numerusform>%n prises prévues pendant la pause de MSLog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n sautée</numerusform>
            <numerusform>%n sautées</numerusform>
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
            <numerusform>Remplissage de la pompe à baclofène prévu le {day}, dans %n jour.</numerusform>
            <numerusform>Remplissage de la pompe à baclofène prévu le {day}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation>Remplissage de la pompe à baclofène prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation>Remplissage de la pompe à baclofène prévu demain, {day}.</translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation>Nouveau débit&#xa0;: {rate}</translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation>Prochain remplissage {day}</translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation>Aucun élément avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation>Aucune prise avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation>Aucune prise ni habitude sur la liste</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Aucune habitude avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation>Aucun médicament avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation>Aucun traitement avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Sites&#xa0;: {sites}</translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation>Le remplissage de la pompe à baclofène prévu le {day} n’est pas encore noté. Une fois fait, notez-le dans Traitements.</translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation>La journée&#xa0;: {side_effects}</translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation>Cochez-les dans MSLog une fois prises, ou reportez le rappel.</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>C’est l’heure de {dose}</translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation>une prise appartient à un médicament</translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation>ajoutez au moins une heure, ou choisissez «&#xa0;si besoin&#xa0;»</translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation>un médicament «&#xa0;si besoin&#xa0;» n’a pas d’heures fixes</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>au plus 24 heures par jour</translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation>à {time}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation>des prises de {name} sont notées&#xa0;; arrêtez-le plutôt</translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation>indiquez une heure au format HH:MM</translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation>est après aujourd’hui&#xa0;; notez un traitement une fois qu’il a eu lieu</translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation>ne concerne qu’une pompe à baclofène</translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation>est plus d’un an après cette entrée</translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation>n’est pas un champ d’un traitement</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation>ne concerne pas un changement de dose de la pompe à baclofène</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation>ne concerne pas un remplissage de la pompe à baclofène</translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation>ne concerne pas une injection de toxine botulique</translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation>ne concerne pas une séance de kinésithérapie</translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation>ne concerne pas les autres traitements</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>fait {length} caractères&#xa0;; {limit} au plus</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>doit être une date et une heure, pas {value}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>doit être une date, pas {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>doit être un nombre, pas {value}</translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation>doit être après le jour du début ({day})</translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
        <translation>doit être après le jour de cette entrée</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>doit faire au plus %n caractère</numerusform>
            <numerusform>doit faire au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>doit être au plus {most}</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>doit être plus que zéro, pas {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>doit être l’un de {choices}, pas {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>doit être un texte, pas {value}</translation>
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
        <source>only a taken dose has a time</source>
        <translation>seule une prise effectuée a une heure</translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation>indiquez quel était le traitement</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} n’est pas encore arrivé</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} est trop ancien</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} habitude sur %n faite</numerusform>
            <numerusform>{done} habitudes sur %n faites</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation>{dose} si besoin</translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation>{moment} n’est pas le {day}</translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation>{moment} n’est pas encore arrivé</translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation>{name} n’a pas de prises fixes le {day}</translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation>{name} est déjà sur la liste</translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation>{name} est déjà sur la liste</translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation>{name} est déjà sur votre liste</translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation>{name} n’est pas prévu à {slot}</translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation>{name} {dose} à {times}</translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation>{name} {dose} si besoin</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation>{schedule} à partir du {day}</translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation>{side_effects}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation>{slot} n’est pas une heure de prise</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} prise sur %n faite</numerusform>
            <numerusform>{taken} prises sur %n faites</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation>{time} figure deux fois&#xa0;; modifiez ou retirez l’une des deux</translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation>{time} ne fait pas partie des heures</translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation>{time} doit être en minutes entières</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value} n’est pas une heure</translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation>{value} n’est pas une heure&#xa0;; écrivez-la au format HH:MM</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} n’est pas l’un de {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation>{value} est en dehors de la journée (00:00 à 23:59)</translation>
    </message>
</context>
<context>
    <name>ChecklistCommands</name>
    <message>
        <source>0 to 23 (default 4: 01:30 counts for the evening)</source>
        <translation>de 0 à 23 (par défaut 4&#xa0;: 01:30 compte pour la veille au soir)</translation>
    </message>
    <message>
        <source>A new diary day now starts at {time}.</source>
        <translation>Une nouvelle journée commence désormais à {time}.</translation>
    </message>
    <message>
        <source>A new diary day starts at {time}.</source>
        <translation>Une nouvelle journée commence à {time}.</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>fait à {time}</translation>
    </message>
    <message>
        <source>hour: {text} is not a whole hour from 0 to 23</source>
        <translation>hour: {text} n’est pas une heure entière de 0 à 23</translation>
    </message>
    <message>
        <source>late, not ticked</source>
        <translation>en retard, non cochée</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non cochée</translation>
    </message>
    <message>
        <source>print a day&apos;s doses and self-care ticks</source>
        <translation>afficher les prises et les soins personnels d’un jour</translation>
    </message>
    <message>
        <source>show or set the hour a new diary day starts</source>
        <translation>afficher ou changer l’heure où commence une nouvelle journée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>sautée ({reason})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>prise à {time}</translation>
    </message>
    <message>
        <source>taken {time} (late)</source>
        <translation>prise à {time} (en retard)</translation>
    </message>
    <message>
        <source>the diary day (default: today)</source>
        <translation>le jour du journal (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <comment>a day&apos;s heading and its progress line</comment>
        <translation>{day}&#xa0;: {progress}</translation>
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
        <source>Dose</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>Non enregistré. {field}&#xa0;: {problem}</translation>
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
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
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
        <source>No side effects noted for today. Undo with Ctrl+Z.</source>
        <translation>Aucun effet indésirable noté aujourd’hui. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {day}. Undo with Ctrl+Z.</source>
        <translation>Aucun effet indésirable noté pour {day}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {dose}. Undo with Ctrl+Z.</source>
        <translation>Aucun effet indésirable noté après {dose}. Annuler avec Ctrl+Z.</translation>
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
        <source>Side effects of today: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effets indésirables aujourd’hui&#xa0;: {effects}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {day}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effets indésirables le {day}&#xa0;: {effects}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {dose}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Effets indésirables après {dose}&#xa0;: {effects}. Annuler avec Ctrl+Z.</translation>
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
        <source>side effects of today</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effets indésirables d’aujourd’hui</translation>
    </message>
    <message>
        <source>side effects of {day}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effets indésirables du {day}</translation>
    </message>
    <message>
        <source>side effects of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>effets indésirables après {dose}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>prise sautée&#xa0;: {dose}</translation>
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
    <name>ChecklistsTab</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
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
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>MSLog is still running</source>
        <translation>MSLog reste ouvert</translation>
    </message>
    <message>
        <source>Reminders keep working here in the tray. To quit, choose Quit MSLog from this icon&apos;s menu.</source>
        <translation>Les rappels continuent ici, dans la zone de notification. Pour quitter, choisissez «&#xa0;Quitter MSLog&#xa0;» dans le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: impossible de lire {text} comme une heure&#xa0;; utilisez HH:MM ou YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: give a time, as HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: indiquez une heure, en HH:MM ou YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: {day} is outside the days a diary keeps</source>
        <translation>--at: le {day} est en dehors des jours que garde un journal</translation>
    </message>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} n’a pas existé ici&#xa0;: cette nuit-là, l’heure a avancé de %n minute&#xa0;; indiquez l’heure que montrait l’horloge (par ex. {later})</numerusform>
            <numerusform>--at: {time} n’a pas existé ici&#xa0;: cette nuit-là, l’heure a avancé de %n minutes&#xa0;; indiquez l’heure que montrait l’horloge (par ex. {later})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at: {time} did not happen here: the clocks went forward an hour that night; give the time the clock showed (such as {later})</source>
        <translation>--at: {time} n’a pas existé ici&#xa0;: cette nuit-là, l’heure a avancé d’une heure&#xa0;; indiquez l’heure que montrait l’horloge (par ex. {later})</translation>
    </message>
    <message>
        <source>--data-dir: give a folder</source>
        <translation>--data-dir: indiquez un dossier</translation>
    </message>
    <message>
        <source>--data-dir: {folder} is not a folder</source>
        <translation>--data-dir: {folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>--from: the first day is after the last day</source>
        <translation>--from: le premier jour est après le dernier</translation>
    </message>
    <message>
        <source>MSLog, a private diary for MS spasms.</source>
        <translation>MSLog, un journal privé des spasmes de la SEP.</translation>
    </message>
    <message>
        <source>With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The
commands work in this terminal and never open the window; `mslog COMMAND --help` tells
more about each.

environment:
  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given

Your diary stays on this computer: MSLog sends nothing anywhere.</source>
        <comment>the end of `mslog --help`; keep its line breaks short (under 80 characters)</comment>
        <translation>Sans COMMAND, MSLog ouvre sa fenêtre (`mslog` ou `mslog --data-dir PATH`).
Les commandes fonctionnent dans ce terminal et n’ouvrent jamais la fenêtre&#xa0;;
`mslog COMMAND --help` en dit plus sur chacune.

environnement&#xa0;:
  MSLOG_DATA_DIR  le dossier du journal, si --data-dir n’est pas indiqué

Votre journal reste sur cet ordinateur&#xa0;: MSLog n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)</source>
        <translation>dossier du journal (par défaut&#xa0;: $MSLOG_DATA_DIR ou votre dossier de données)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>dernier jour (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>mslog {command}: error: {problem}</source>
        <translation>mslog {command}: erreur: {problem}</translation>
    </message>
    <message>
        <source>mslog: error: {problem}</source>
        <translation>mslog: erreur: {problem}</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>au choix&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>one of: {keys} (repeatable)</source>
        <translation>au choix&#xa0;: {keys} (répétable)</translation>
    </message>
    <message>
        <source>{option}: cannot read {text} as a date; use YYYY-MM-DD</source>
        <translation>{option}: impossible de lire {text} comme une date&#xa0;; utilisez YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{option}: give a file name</source>
        <translation>{option}: indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>{option}: unknown value {text} (choose from {known})</source>
        <translation>{option}: valeur inconnue {text} (choisissez parmi {known})</translation>
    </message>
    <message>
        <source>{option}: {day} is too far ahead; give a day up to {latest}</source>
        <translation>{option}: le {day} est trop loin dans l’avenir&#xa0;; indiquez un jour jusqu’au {latest}</translation>
    </message>
    <message>
        <source>{option}: {day} is too long ago; a diary starts in 1970 at the earliest</source>
        <translation>{option}: le {day} est trop ancien&#xa0;; un journal commence au plus tôt en 1970</translation>
    </message>
    <message>
        <source>{option}: {path} does not exist</source>
        <translation>{option}: {path} n’existe pas</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder; give a file name inside it</source>
        <translation>{option}: {path} est un dossier&#xa0;; indiquez un nom de fichier à l’intérieur</translation>
    </message>
    <message>
        <source>{option}: {path} is not a regular file</source>
        <translation>{option}: {path} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{option}: {text} is not a whole number</source>
        <translation>{option}: {text} n’est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>CueBar</name>
    <message>
        <source>Step progress</source>
        <translation>Avancement de l’étape</translation>
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
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation>Comment s’est passée la journée&#xa0;?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation>Comment s’est passée la journée d’hier&#xa0;?</translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation>Comment s’est passé le {day}&#xa0;?</translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation>n’est pas un champ du bilan</translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation>doit être une liste d’éléments, pas un texte</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation>doit être une heure au format HH:MM, pas {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation>doit être entre 0 et {high}, pas {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>doit être l’un de {choices}, pas {value}</translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation>le bilan est pour le {day}, pas le {other}</translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation>élément inconnu {value}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} n’est pas encore arrivé</translation>
    </message>
</context>
<context>
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Un nouveau journal</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>Aucun nouveau journal n’a été commencé</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog a trouvé des dommages dans votre journal</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Votre fichier journal endommagé est conservé, inchangé, sous le nom {file}. Le nouveau journal est vide.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Une copie vérifiée de votre journal (%n entrée) est enregistrée dans
{folder}</numerusform>
            <numerusform>Une copie vérifiée de votre journal (%n entrées) est enregistrée dans
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sauvegarde non faite</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Annulé. Votre journal est tel qu’il était.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Annuler n’importe rien&#xa0;: votre journal reste exactement tel qu’il est.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Annuler maintenant ne change rien&#xa0;: votre journal reste tel qu’il est.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Importer des entrées d’un export MSLog</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Importation des entrées</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>Exports MSLog (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Rien n’a été restauré</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Votre journal contient maintenant %n entrée issue de la sauvegarde.</numerusform>
            <numerusform>Votre journal contient maintenant %n entrées issues de la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Votre journal tel qu’il était il y a un instant est aussi conservé comme sauvegarde, pour que vous puissiez le restaurer de la même façon.</translation>
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
    <name>DayStart</name>
    <message>
        <source>must be a whole hour, not {value}</source>
        <translation>doit être une heure entière, pas {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 23, not {value}</source>
        <translation>doit être entre 0 et 23, pas {value}</translation>
    </message>
</context>
<context>
    <name>DaySteps</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Jour suivant  ▶</translation>
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
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n valeur de votre journal n’est pas un texte valide (UTF-8), donc les octets illisibles sont affichés remplacés (par U+FFFD)&#xa0;; tout le reste est tel qu’enregistré, et le journal lui-même n’a pas été modifié.</numerusform>
            <numerusform>%n valeurs de votre journal ne sont pas un texte valide (UTF-8), donc les octets illisibles sont affichés remplacés (par U+FFFD)&#xa0;; tout le reste est tel qu’enregistré, et le journal lui-même n’a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>Impossible de créer un nouveau journal dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>Impossible d’utiliser le dossier de données {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog ne peut pas enregistrer dans le dossier {folder} ({reason}). Rien n’a été modifié. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog ne peut pas enregistrer dans votre fichier journal {file} ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog n’a pas pu créer un nouveau journal dans {file}&#xa0;: le disque est plein. Rien n’est resté à moitié fait et rien n’a été perdu&#xa0;; libérez un peu de place, puis relancez MSLog.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog n’a pas pu enregistrer ni lire votre journal ({reason}). Rien n’a été perdu et rien n’a été enregistré à moitié. Vérifiez que le disque a de la place libre et que le dossier de données est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog n’a pas pu enregistrer dans votre journal&#xa0;: le disque est plein. Rien n’a été perdu et rien n’a été enregistré à moitié&#xa0;; libérez un peu de place, puis réessayez.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog doit mettre à jour le format de votre journal mais n’a pas pu enregistrer d’abord une copie de sécurité, donc rien n’a été modifié. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>Le dossier de données {folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est un lien cassé</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est endommagé (son numéro de format {version} n’a jamais été écrit par MSLog)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est endommagé ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog (un autre programme l’a marqué comme le sien&#xa0;: id {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog (il lui manque la marque de tout journal MSLog de ce format)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog, ou en est un endommagé ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>il contient une table que MSLog ne crée jamais&#xa0;: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>sa table {table} manque</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>ses tables {tables} manquent</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>les colonnes de sa table {table} ne sont pas celles que crée MSLog</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>le nouveau journal n’a pas été écrit en entier</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} n’est pas un journal MSLog lisible ({reason}). Il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>the side effects of today</comment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>Quand avez-vous pris {dose}&#xa0;?</translation>
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
        <source>{dose}: skipped, no reason given. Undo with Ctrl+Z.</source>
        <translation>{dose}&#xa0;: sauté, sans raison donnée. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. Undo with Ctrl+Z.</source>
        <translation>{dose}&#xa0;: sauté&#xa0;: {reason}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Undo with Ctrl+Z.</source>
        <translation>{dose}&#xa0;: pris à {time}. Annuler avec Ctrl+Z.</translation>
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
        <translation>{state} · effets secondaires&#xa0;: {effects}</translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
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
        <translation>En retard&#xa0;: prévu à {time}</translation>
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
        <translation>Sauté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Sauté&#xa0;: {reason} · saisi après coup</translation>
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
        <translation>Effets secondaires aujourd’hui&#xa0;: ajouter une note</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Prise si besoin…</translation>
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
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog a constaté que votre fichier journal {file} {problem}, il a donc cessé d’y enregistrer pour que cela ne s’aggrave pas. Restaurez votre sauvegarde intacte la plus récente pour continuer.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Ce journal a été enregistré par une version plus récente de MSLog (format de données {found}&#xa0;; cette version comprend jusqu’à {supported}). Il n’a pas été modifié. Mettez MSLog à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Votre fichier journal {file} {problem}, MSLog ne l’a donc pas ouvert. Il n’a pas pu être mis de côté, il a donc été laissé exactement tel qu’il était.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Votre fichier journal {file} {problem}, MSLog ne l’a donc pas ouvert. Il est conservé, inchangé, sous le nom {copy}.</translation>
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
    <name>FactorRow</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Retirer {name} de la liste</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renommer {name}</translation>
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
    <name>FigureWords</name>
    <message>
        <source>Exercise picture</source>
        <translation>Image de l’exercice</translation>
    </message>
    <message>
        <source>{description}. {side}</source>
        <translation>{description}. {side}</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>une virgule (,) est attendue ici</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>un deux-points (:) est attendu ici</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>un nom de champ entre guillemets doubles est attendu ici</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>une valeur est attendue ici</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>des données supplémentaires suivent la fin</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin de la liste</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l’objet</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>séquence d’échappement (\) non valide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence \uXXXX non valide</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>texte sans guillemet fermant</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>une liste [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>un objet {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>octet {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>contient un nombre de {digits} chiffres&#xa0;; {most} au plus sont possibles</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est un dossier&#xa0;; indiquez un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est un tube ou un périphérique, pas un fichier&#xa0;; indiquez un fichier ordinaire</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>dépasse {size}, le maximum que lit MSLog</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>manque</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>n’est pas un texte valide (il contient un caractère qui n’est pas en UTF-8)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>positions clés</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>doit être une liste [...], pas {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>doit être un nombre, pas {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>doit être un objet {{...}}, pas {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>doit être d’au moins {low} {unit}, pas {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>doit être d’au moins {low}, pas {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>doit être d’au plus {high} {unit}, pas {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>doit être d’au plus {high}, pas {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>doit être de {low} à {high} {unit}, pas {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>doit être de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>doit être du texte, pas {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>doit être true ou false, pas {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>doit être {choices}, pas {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>doit faire de {low} à {high} caractères, pas {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>doit avoir au moins {low} {noun}, pas {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>doit avoir de {low} à {high} {noun}, pas {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>champ inconnu (attendu l’un de&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} ou {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} n’est pas un nombre que MSLog accepte</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
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
        <translation>Nouveau nom pour {habit}&#xa0;:</translation>
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
        <translation>Que voulez-vous cocher chaque jour&#xa0;?</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Changer l’heure</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Choisissez un jour pour voir tout ce qu’il contient. Les changements peuvent être annulés.</translation>
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
        <source>Every spasm of the day is logged</source>
        <translation>Tous les spasmes du jour sont notés</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Aucun spasme ce jour-là</translation>
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
    <name>Importing</name>
    <message numerus="yes">
        <source>%n were already in your diary</source>
        <comment>spasm entries</comment>
        <translation>
            <numerusform>%n était déjà dans votre journal</numerusform>
            <numerusform>%n étaient déjà dans votre journal</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(niveau principal)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>%n nouvelle entrée de spasme importée</numerusform>
            <numerusform>%n nouvelles entrées de spasmes importées</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>Le fichier {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>Il n’y avait pas de place pour mettre de côté les entrées du fichier ({reason}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>un export MSLog est un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>et %n autre enregistrement</numerusform>
            <numerusform>et %n autres enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>attendu {expected}, trouvé {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>contient des données base64 non valides</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>manque</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>n’est pas une table que MSLog connaît</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>n’est pas une heure que MSLog peut garder</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>n’est pas un identifiant valide</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>est un nombre trop grand</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>doit être un jour au format AAAA-MM-JJ, pas {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>doit être une liste de %n valeur</numerusform>
            <numerusform>doit être une liste de %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>doit être une liste de noms de colonnes</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>doit être une valeur simple, pas {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>ne doit pas être vide (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>nomme une colonne deux fois</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>renvoie à {table} {id}, qui n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>répète l’identifiant d’une entrée précédente</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>répète un identifiant précédent</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>le journal l’a refusé ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>{column} manque</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} n’est pas un champ</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{imported} ({other}).</source>
        <translation>{imported} ({other}).</translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message>
        <source>{imported}; {already} ({other}).</source>
        <comment>the parts: “Imported 2 new spasm entries”, “3 were already in your diary”, “and 4 other records”</comment>
        <translation>{imported}&#xa0;; {already} ({other}).</translation>
    </message>
    <message>
        <source>{imported}; {already}.</source>
        <translation>{imported}&#xa0;; {already}.</translation>
    </message>
    <message>
        <source>{offset} minutes is not an offset a time zone uses (from {low} to {high})</source>
        <translation>{offset} minutes n’est pas un décalage qu’utilise un fuseau horaire (de {low} à {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} n’est pas une version valide</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} n’est pas une version que lit MSLog</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}&#xa0;: le fichier vient d’un MSLog plus récent&#xa0;; mettez d’abord MSLog à jour</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}&#xa0;: {problem}. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message>
        <source>--from: that day is too long ago</source>
        <translation>--from: ce jour est trop ancien</translation>
    </message>
    <message>
        <source>--from: {first} is after the last day, {last}</source>
        <translation>--from: le {first} est après le dernier jour, le {last}</translation>
    </message>
    <message>
        <source>--to: {day} is still to come</source>
        <translation>--to: le {day} n’est pas encore arrivé</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <comment>how the comparison was made</comment>
        <translation>Méthode&#xa0;: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Pas encore assez de jours (au moins %n jour complet avec et %n sans)&#xa0;: {factors}.</numerusform>
            <numerusform>Pas encore assez de jours (au moins %n jours complets avec et %n sans)&#xa0;: {factors}.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare days with and without each check-in factor, habit, stretching and dose</source>
        <translation>comparer les jours avec et sans chaque facteur du bilan, habitude, étirement et prise</translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>premier jour (par défaut&#xa0;: il y a %n jour)</numerusform>
            <numerusform>premier jour (par défaut&#xa0;: il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>afficher les résultats en JSON</translation>
    </message>
    <message>
        <source>spasms: {comparison}</source>
        <translation>spasmes&#xa0;: {comparison}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind, its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
</context>
<context>
    <name>KeyNumbers</name>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n point</numerusform>
            <numerusform>+%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>A complete day is one the daily check-in says had every spasm logged (or none); days with nothing logged or said are unknown and never counted as calm. NRS, nights woken and pain are the person&apos;s own daily check-in answers (3 nights woken means three or more). The {mark} % mark: the change in the daily NRS that trials treat as meaningful. Changes compare the two periods only; they do not show a cause. Means are compared only with {days} days or more in each period. {before}: before the diary began; –: nothing to rest on. Nothing here is a clinical assessment.</source>
        <translation>Un jour complet est un jour où le bilan du jour indique que chaque spasme a été noté (ou qu’il n’y en a eu aucun)&#xa0;; les jours sans note ni réponse sont inconnus et jamais comptés comme calmes. La NRS, les réveils nocturnes et la douleur sont les réponses de la personne à son bilan du jour (3 réveils signifie trois ou plus). Le seuil de {mark}&#xa0;%&#xa0;: la variation de la NRS quotidienne que les essais considèrent comme significative. Les variations comparent seulement les deux périodes&#xa0;; elles ne montrent pas de cause. Les moyennes ne sont comparées qu’avec {days} jours ou plus dans chaque période. {before}&#xa0;: avant le début du journal&#xa0;; –&#xa0;: rien sur quoi s’appuyer. Rien ici n’est une évaluation clinique.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Jours avec étirements</translation>
    </message>
    <message>
        <source>Pain (0–10), daily mean</source>
        <translation>Douleur (0–10), moyenne quotidienne</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Prises prévues faites</translation>
    </message>
    <message>
        <source>Spasms per complete day</source>
        <translation>Spasmes par jour complet</translation>
    </message>
    <message>
        <source>Spasms per day with entries</source>
        <translation>Spasmes par jour avec notes</translation>
    </message>
    <message>
        <source>Spasticity NRS (0–10), daily mean</source>
        <translation>Spasticité NRS (0–10), moyenne quotidienne</translation>
    </message>
    <message>
        <source>Times woken by spasms a night</source>
        <translation>Réveils par des spasmes, par nuit</translation>
    </message>
    <message>
        <source>no % change from 0</source>
        <translation>pas de variation en % depuis 0</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>{change} (reaches the {mark} % mark)</source>
        <translation>{change} (atteint le seuil de {mark}&#xa0;%)</translation>
    </message>
    <message>
        <source>{change} (under the {mark} % mark)</source>
        <translation>{change} (sous le seuil de {mark}&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} sur %n jour</numerusform>
            <numerusform>{count} sur %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} sur %n jour complet</numerusform>
            <numerusform>{mean} sur %n jours complets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} sur %n jour</numerusform>
            <numerusform>{mean} sur %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} sur %n jour (aucun complet&#xa0;: des spasmes peuvent manquer)</numerusform>
            <numerusform>{mean} sur %n jours (aucun complet&#xa0;: des spasmes peuvent manquer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} sur %n jour (seulement {complete} complet&#xa0;: des spasmes peuvent manquer)</numerusform>
            <numerusform>{mean} sur %n jours (seulement {complete} complets&#xa0;: des spasmes peuvent manquer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} sur %n nuit</numerusform>
            <numerusform>{mean} sur %n nuits</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}&#xa0;% ({taken} sur {due})</translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (moins de %n jour complet dans une période)</numerusform>
            <numerusform>– (moins de %n jours complets dans une période)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (moins de %n jour dans une période)</numerusform>
            <numerusform>– (moins de %n jours dans une période)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (moins de %n jour noté dans une période)</numerusform>
            <numerusform>– (moins de %n jours notés dans une période)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (moins de %n prise prévue dans une période)</numerusform>
            <numerusform>– (moins de %n prises prévues dans une période)</numerusform>
        </translation>
    </message>
    <message>
        <source>– (no day with entries)</source>
        <translation>– (aucun jour avec notes)</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (aucune prise notée pour l’instant)</translation>
    </message>
    <message>
        <source>– (no rating)</source>
        <translation>– (aucune note)</translation>
    </message>
    <message>
        <source>– (not answered)</source>
        <translation>– (sans réponse)</translation>
    </message>
    <message>
        <source>– (nothing before the diary)</source>
        <translation>– (rien avant le journal)</translation>
    </message>
    <message>
        <source>– (the previous period began before the diary)</source>
        <translation>– (la période précédente commence avant le journal)</translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n point</numerusform>
            <numerusform>−%n points</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Chaque barre couvre %n jour&#xa0;: couleur pleine jusqu’à la valeur la plus basse, pâle jusqu’à la plus haute.</numerusform>
            <numerusform>Chaque barre couvre %n jours&#xa0;: couleur pleine jusqu’à la valeur la plus basse, pâle jusqu’à la plus haute.</numerusform>
        </translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About MSLog</source>
        <translation>À &amp;propos de MSLog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Log a spasm now</source>
        <translation>&amp;Noter un spasme maintenant</translation>
    </message>
    <message>
        <source>&amp;Print / save report…</source>
        <translation>Im&amp;primer / enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private diary for multiple sclerosis spasms, stretching and medication.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;MSLog records and summarises; it is not medical advice. Talk to your clinician before changing any treatment.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un journal privé pour les spasmes, les étirements et les médicaments dans la sclérose en plaques.&lt;/p&gt;&lt;p&gt;Votre journal reste sur cet ordinateur, sauf si vous l’exportez.&lt;/p&gt;&lt;p&gt;MSLog note et résume&#xa0;; ce n’est pas un avis médical. Parlez-en à votre médecin avant de modifier un traitement.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MSLog</source>
        <translation>À propos de MSLog</translation>
    </message>
    <message>
        <source>Checklists</source>
        <comment>tab</comment>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Choose text size and colours…</source>
        <translation>Choisir la taille du texte et les couleurs…</translation>
    </message>
    <message>
        <source>Drawing your trends…</source>
        <translation>Vos tendances se dessinent…</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>tab</comment>
        <translation>Noter</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>Saved at {time}. Details can wait.</source>
        <translation>Enregistré à {time}. Les détails peuvent attendre.</translation>
    </message>
    <message>
        <source>Spasm logged</source>
        <translation>Spasme noté</translation>
    </message>
    <message>
        <source>Stretch</source>
        <comment>tab</comment>
        <translation>Étirer</translation>
    </message>
    <message>
        <source>Trends</source>
        <comment>tab</comment>
        <translation>Courbes</translation>
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
        <translation>Saisissez le médicament tel qu’il vous a été prescrit. MSLog ne fait que garder une trace&#xa0;; il ne suggère jamais de dose.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Saisissez ce que votre prescripteur vous a indiqué. Un changement commence une nouvelle entrée au jour choisi&#xa0;; les jours d’avant gardent ce qui valait alors.</translation>
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
        <translation>Jusqu’ici&#xa0;: {history}</translation>
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
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Ajouter un médicament…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog garde une trace de ce qui vous a été prescrit et de ce que vous avez pris. Il ne suggère jamais de dose&#xa0;: parlez-en à votre soignant avant de changer quoi que ce soit.</translation>
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
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n faite en partie</numerusform>
            <numerusform>%n faites en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passée</numerusform>
            <numerusform>%n passées</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: each movement is shown, timed and announced.</source>
        <translation>Une séance guidée&#xa0;: chaque mouvement est montré, chronométré et annoncé.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; this makes your own copy to change</source>
        <translation>Les routines fournies restent telles quelles&#xa0;; ceci crée votre propre copie à modifier</translation>
    </message>
    <message>
        <source>Change the steps, times and rests</source>
        <translation>Modifier les étapes, les durées et les pauses</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Copier et modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Move slowly into each stretch and hold it still: no bouncing. A gentle pull is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new stretches with your physiotherapist.</source>
        <translation>Entrez lentement dans chaque étirement et tenez-le sans bouger, sans à-coups. Une légère tension est normale&#xa0;; la douleur ne l’est pas. Arrêtez si cela fait mal ou déclenche un fort spasme. Demandez l’avis de votre kinésithérapeute pour tout nouvel étirement.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Some routine files could not be read and were left out:
{files}</source>
        <translation>Certains fichiers de routine n’ont pas pu être lus et ont été laissés de côté&#xa0;:
{files}</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <source>Speak each step</source>
        <translation>Annoncer chaque étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start  ·  {length}</source>
        <translation>Lancer · {length}</translation>
    </message>
    <message>
        <source>Start the chosen routine (Enter)</source>
        <translation>Démarrer la routine choisie (Entrée)</translation>
    </message>
    <message>
        <source>Start {routine}, {length} minutes</source>
        <translation>Démarrer {routine}, {length} minutes</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Your sessions will appear here.</source>
        <translation>Vos séances apparaîtront ici.</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (la vôtre)</translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}&#xa0;: {done} sur %n étape</numerusform>
            <numerusform>{outcome}&#xa0;: {done} sur %n étapes</numerusform>
        </translation>
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
        <translation>Essayez une habitude sur des semaines planifiées&#xa0;: {half} semaines avec et {half} sans, en alternance, dans un ordre tiré au sort. Cochez-la les jours où vous la faites, et remplissez le bilan du jour. Après les {weeks} semaines, MSLog compare vos spasmes des semaines avec et sans&#xa0;: une association dans votre propre journal, pas une preuve.</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n seconde · respirez normalement</numerusform>
            <numerusform>%n secondes · respirez normalement</numerusform>
        </translation>
    </message>
    <message>
        <source>Another way to do it</source>
        <translation>Une autre façon de faire</translation>
    </message>
    <message>
        <source>Another way: {variant}</source>
        <translation>Autre façon&#xa0;: {variant}</translation>
    </message>
    <message>
        <source>Back to the step before, or restart this one (Left arrow)</source>
        <translation>Revenir à l’étape précédente, ou reprendre celle-ci (flèche gauche)</translation>
    </message>
    <message>
        <source>End the session now; what you did is saved</source>
        <translation>Terminer la séance maintenant&#xa0;; ce que vous avez fait est enregistré</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc to leave</source>
        <translation>Plein écran (F11)&#xa0;; Échap pour quitter</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Get into position · {amount}</source>
        <translation>Mettez-vous en place · {amount}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Paused. Press Resume (Space) when you are ready.</source>
        <translation>En pause. Appuyez sur Reprendre (Espace) quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Passer  ▶</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Passer l’étape</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Passer à l’étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Starting again in</source>
        <translation>Reprise dans</translation>
    </message>
    <message>
        <source>Starting again…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Step skipped. Why? (optional)</source>
        <translation>Étape passée. Pourquoi&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Précédent</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: {doing}</source>
        <translation>Annuler&#xa0;: {doing}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>This cannot be stopped part-way; it will not be long.</source>
        <translation>Cela ne peut pas être interrompu&#xa0;; ce ne sera pas long.</translation>
    </message>
    <message>
        <source>{doing}…</source>
        <comment>busy, without a measure of how far</comment>
        <translation>{doing}…</translation>
    </message>
    <message>
        <source>{doing}… {percent} %</source>
        <translation>{doing}… {percent}&#xa0;%</translation>
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
        <translation>Pourquoi sauté&#xa0;?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose}&#xa0;: pourquoi sauté&#xa0;? (facultatif)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog ne peut pas ouvrir votre journal</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog n’a pas pu restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog n’a pas pu ouvrir votre journal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Commencer un nouveau journal</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer. Vous pouvez commencer un nouveau journal, vide.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Votre fichier journal est endommagé</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Votre sauvegarde intacte la plus récente date du {day} à {time} et contient %n entrée. La restaurer est en général le meilleur choix.</numerusform>
            <numerusform>Votre sauvegarde intacte la plus récente date du {day} à {time} et contient %n entrées. La restaurer est en général le meilleur choix.</numerusform>
        </translation>
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
        <translation>Remplissage de la pompe à baclofène&#xa0;: {due}</translation>
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
        <translation>{dose}&#xa0;: nouveau rappel à {time}.</translation>
    </message>
    <message>
        <source>{title}: {doses}.</source>
        <translation>{title}&#xa0;: {doses}.</translation>
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
        <translation>Sauter&#xa0;: {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Dans 10 min</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Reporter&#xa0;: {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Pris&#xa0;: {dose}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n séance terminée</numerusform>
            <numerusform>%n séances terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n jour compté&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus</numerusform>
            <numerusform>%n jours comptés&#xa0;: {complete} complets, {partial} partiels, {unknown} inconnus</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointment in this period: {visit}</source>
        <translation>Rendez-vous dans cette période&#xa0;: {visit}</translation>
    </message>
    <message>
        <source>Body locations: {found}</source>
        <translation>Zones du corps&#xa0;: {found}</translation>
    </message>
    <message>
        <source>Busiest hour: {hours}.</source>
        <translation>Heure la plus chargée&#xa0;: {hours}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <source>Complete days with / without</source>
        <translation>Jours complets avec / sans</translation>
    </message>
    <message>
        <source>Days with and without each factor (association, not proof)</source>
        <translation>Jours avec et sans chaque facteur (association, pas une preuve)</translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Jours avec étirements (une séance ou une habitude d’étirement)&#xa0;: {count} sur %n jour.</numerusform>
            <numerusform>Jours avec étirements (une séance ou une habitude d’étirement)&#xa0;: {count} sur %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Méthode&#xa0;: {method}</translation>
    </message>
    <message>
        <source>Last before this period: {treatment}, {date}.</source>
        <translation>Dernier avant cette période&#xa0;: {treatment}, {date}.</translation>
    </message>
    <message>
        <source>Marked on spasms most often (number of spasms: a count, not a comparison)</source>
        <translation>Le plus souvent indiqué sur les spasmes (nombre de spasmes&#xa0;: un décompte, pas une comparaison)</translation>
    </message>
    <message>
        <source>NRS with minus without (95&#xa0;% interval)</source>
        <translation>NRS avec moins sans (intervalle à 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Next pump refill noted as due {date}.</source>
        <translation>Prochain remplissage de la pompe noté pour le {date}.</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Aucun spasme noté dans cette période.</translation>
    </message>
    <message>
        <source>No trigger, body location or type marked on a spasm.</source>
        <translation>Aucun déclencheur, aucune zone du corps ni aucun type indiqué sur un spasme.</translation>
    </message>
    <message>
        <source>Notes from the diary (the most severe noted spasms)</source>
        <translation>Notes du journal (les spasmes notés les plus intenses)</translation>
    </message>
    <message>
        <source>Penn frequency {level}</source>
        <translation>Fréquence de Penn {level}</translation>
    </message>
    <message>
        <source>Previous appointment: {visit}</source>
        <translation>Rendez-vous précédent&#xa0;: {visit}</translation>
    </message>
    <message>
        <source>Previous period: {days}.</source>
        <translation>Période précédente&#xa0;: {days}.</translation>
    </message>
    <message>
        <source>Rate ratio (95&#xa0;% interval)</source>
        <translation>Rapport des taux (intervalle à 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Self-care habits ticked (days): {habits}.</source>
        <translation>Habitudes de soin cochées (jours)&#xa0;: {habits}.</translation>
    </message>
    <message>
        <source>Self-rated: this period {now}. Previous period {before}.</source>
        <translation>Auto-évaluation&#xa0;: cette période {now}. Période précédente {before}.</translation>
    </message>
    <message>
        <source>Snow {level}</source>
        <translation>Snow {level}</translation>
    </message>
    <message>
        <source>Spasms a day, with vs without</source>
        <translation>Spasmes par jour, avec / sans</translation>
    </message>
    <message>
        <source>Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}.</source>
        <translation>Séances d’étirements dans MSLog&#xa0;: {completed} et {partial} arrêtées avant la fin, sur {days}.</translation>
    </message>
    <message>
        <source>Stretching and self-care</source>
        <translation>Étirements et soins personnels</translation>
    </message>
    <message>
        <source>This period: {days}.</source>
        <translation>Cette période&#xa0;: {days}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Triggers: {found}</source>
        <translation>Déclencheurs&#xa0;: {found}</translation>
    </message>
    <message>
        <source>Types: {found}</source>
        <translation>Types&#xa0;: {found}</translation>
    </message>
    <message>
        <source>before the diary began</source>
        <translation>avant le début du journal</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>rien de noté</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>le lendemain</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le même jour</translation>
    </message>
    <message>
        <source>{answers}; answered {date}</source>
        <translation>{answers}&#xa0;; réponse du {date}</translation>
    </message>
    <message>
        <source>{appointment}: {note}</source>
        <translation>{appointment}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{date} with {clinician}</source>
        <translation>{date} avec {clinician}</translation>
    </message>
    <message>
        <source>{date}: {treatment}</source>
        <comment>a treatment given</comment>
        <translation>{date}&#xa0;: {treatment}</translation>
    </message>
    <message>
        <source>{date}: {treatment} ({detail})</source>
        <comment>a treatment given, with its detail</comment>
        <translation>{date}&#xa0;: {treatment} ({detail})</translation>
    </message>
    <message>
        <source>{days} (today counts once it is over)</source>
        <translation>{days} (aujourd’hui compte une fois terminé)</translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}&#xa0;; %n spasme noté</numerusform>
            <numerusform>{days}&#xa0;; %n spasmes notés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} spasme noté sur %n ({share}&#xa0;%) a eu lieu la nuit, entre {evening} et {morning}, heure locale.</numerusform>
            <numerusform>{night} spasme noté sur %n ({share}&#xa0;%) a eu lieu la nuit, entre {evening} et {morning}, heure locale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} spasmes notés sur %n ({share}&#xa0;%) ont eu lieu la nuit, entre {evening} et {morning}, heure locale.</numerusform>
            <numerusform>{night} spasmes notés sur %n ({share}&#xa0;%) ont eu lieu la nuit, entre {evening} et {morning}, heure locale.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)</source>
        <translation>{percent} % ({taken} sur {due}&#xa0;; {skipped} sautées, {missing} non notées)</translation>
    </message>
    <message>
        <source>{stood_out} These show an association, not proof: other things change on the same days.</source>
        <translation>{stood_out} Cela montre une association, pas une preuve&#xa0;: d’autres choses changent les mêmes jours.</translation>
    </message>
    <message>
        <source>{when} (severity {severity}): {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when} (intensité {severity})&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (aucune prise notée pour l’instant)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from/--to: the JSON copy is always the whole diary; use CSV for a range</source>
        <translation>--from/--to: la copie JSON contient toujours tout le journal&#xa0;; utilisez CSV pour une période</translation>
    </message>
    <message>
        <source>--since-last-appointment: give either it or --from/--to, not both</source>
        <translation>--since-last-appointment: indiquez soit cette option, soit --from/--to, pas les deux</translation>
    </message>
    <message>
        <source>Key numbers (this period; previous period; change):</source>
        <translation>Chiffres clés (cette période&#xa0;; période précédente&#xa0;; évolution)&#xa0;:</translation>
    </message>
    <message>
        <source>Medicines (on the last day; changes in the period):</source>
        <translation>Médicaments (au dernier jour&#xa0;; changements sur la période)&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Rapport pour la période {period} enregistré dans {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <comment>a file written</comment>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic&apos;s system)</source>
        <translation>csv, json ou fhir (un Bundle HL7 FHIR R4 en JSON, pour le système d’un cabinet)</translation>
    </message>
    <message>
        <source>file to write; for CSV a .zip holds every file, a .csv gets the others next to it (default: print to the terminal; CSV: the spasm file only)</source>
        <translation>fichier à écrire&#xa0;; en CSV, un .zip contient tous les fichiers, un .csv reçoit les autres à côté (par défaut&#xa0;: affichage dans le terminal&#xa0;; CSV&#xa0;: le fichier des spasmes seulement)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>first day (CSV and FHIR)</source>
        <translation>premier jour (CSV et FHIR)</translation>
    </message>
    <message>
        <source>from the day after the last appointment (the default)</source>
        <translation>à partir du lendemain du dernier rendez-vous (par défaut)</translation>
    </message>
    <message>
        <source>last day (CSV and FHIR)</source>
        <translation>dernier jour (CSV et FHIR)</translation>
    </message>
    <message>
        <source>make a PDF report for an appointment</source>
        <translation>créer un rapport PDF pour un rendez-vous</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>a medicine in the period</comment>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)</source>
        <translation>enregistrer votre journal en CSV (tableurs), JSON (tout) ou FHIR (pour un soignant)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
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
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n changement antérieur, le premier {change}</numerusform>
            <numerusform>%n changements antérieurs, le premier {change}</numerusform>
        </translation>
    </message>
    <message>
        <source>No dose recorded yet, so not counted: {medicines}.</source>
        <translation>Aucune prise notée pour l’instant, donc non compté&#xa0;: {medicines}.</translation>
    </message>
    <message>
        <source>Scheduled doses count from each medicine&apos;s first dose recorded in MSLog; days before it are not counted as missed.</source>
        <translation>Les prises prévues comptent à partir de la première prise notée dans MSLog pour chaque médicament&#xa0;; les jours d’avant ne comptent pas comme oubliés.</translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Effets indésirables notés sur %n jour.</numerusform>
            <numerusform>Effets indésirables notés sur %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Effets indésirables notés sur %n jour&#xa0;: {kinds}.</numerusform>
            <numerusform>Effets indésirables notés sur %n jours&#xa0;: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>at night</source>
        <translation>la nuit</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>l’après-midi</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>le soir</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>le matin</translation>
    </message>
    <message>
        <source>no reason given ({count})</source>
        <translation>sans raison ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no dose skipped or unrecorded</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>other reasons ({count})</source>
        <translation>autres raisons ({count})</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <comment>doses</comment>
        <translation>{count} non notées</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <comment>doses skipped</comment>
        <translation>{count} sautées</translation>
    </message>
    <message>
        <source>{count} skipped: {reasons}</source>
        <comment>doses skipped</comment>
        <translation>{count} sautées&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>{date} ({medicine}): {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date} ({medicine})&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{date}: started, {prescription}</source>
        <translation>{date}&#xa0;: début, {prescription}</translation>
    </message>
    <message>
        <source>{date}: {change}</source>
        <comment>a change of a prescription</comment>
        <translation>{date}&#xa0;: {change}</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date}&#xa0;: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n days)</source>
        <translation>
            <numerusform>{kind} (%n jour)</numerusform>
            <numerusform>{kind} (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine} started {prescription}</source>
        <translation>{medicine}&#xa0;: début {prescription}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} arrêté</translation>
    </message>
    <message>
        <source>{medicine} {change}</source>
        <comment>a chart label: a medicine changed</comment>
        <translation>{medicine} {change}</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}&#xa0;: %n prise si besoin, {part_of_day}.</numerusform>
            <numerusform>{medicine}&#xa0;: %n prises si besoin, toutes {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}&#xa0;: %n prise si besoin, à différents moments de la journée.</numerusform>
            <numerusform>{medicine}&#xa0;: %n prises si besoin, à différents moments de la journée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}&#xa0;: %n prise si besoin, {most} sur {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}&#xa0;: %n prises si besoin, {most} sur {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}&#xa0;: %n prise si besoin.</numerusform>
            <numerusform>{medicine}&#xa0;: %n prises si besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent}&#xa0;% ({taken} sur {due})</translation>
    </message>
    <message>
        <source>– (as needed)</source>
        <translation>– (si besoin)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>(both 0–10, right)</source>
        <translation>(les deux de 0 à 10, à droite)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Changes in this period</source>
        <translation>Changements dans cette période</translation>
    </message>
    <message>
        <source>Check-in NRS</source>
        <translation>NRS du bilan</translation>
    </message>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>Tiré du journal MSLog de la personne&#xa0;: %n jour, comparé au %n jour précédent ({previous}). Établi le {date} avec MSLog {version}.</numerusform>
            <numerusform>Tiré du journal MSLog de la personne&#xa0;: %n jours, comparés aux %n jours précédents ({previous}). Établi le {date} avec MSLog {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Lines: {kinds}.</source>
        <translation>Lignes&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>MSLog report {period}</source>
        <translation>Rapport MSLog {period}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>No spasms logged in this period</source>
        <translation>Aucun spasme noté dans cette période</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>Aucun spasme noté dans cette période.</translation>
    </message>
    <message>
        <source>None written in MSLog.</source>
        <translation>Aucune écrite dans MSLog.</translation>
    </message>
    <message>
        <source>Numbered lines on the chart: {key}.</source>
        <translation>Lignes numérotées du graphique&#xa0;: {key}.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>Le dernier jour</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Questions pour ce rendez-vous</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Prises prévues faites</translation>
    </message>
    <message>
        <source>Skipped (commonest reasons); not recorded</source>
        <translation>Sautées (raisons les plus fréquentes)&#xa0;; non notées</translation>
    </message>
    <message>
        <source>Spasm diary summary · {period}</source>
        <translation>Résumé du journal des spasmes · {period}</translation>
    </message>
    <message>
        <source>Spasms</source>
        <translation>Spasmes</translation>
    </message>
    <message>
        <source>Spasms logged a day</source>
        <translation>Spasmes notés par jour</translation>
    </message>
    <message>
        <source>Spasms logged a day (weekly average)</source>
        <translation>Spasmes notés par jour (moyenne hebdomadaire)</translation>
    </message>
    <message>
        <source>Spasms: {none}</source>
        <comment>the heat map&apos;s legend, from none</comment>
        <translation>Spasmes&#xa0;: {none}</translation>
    </message>
    <message>
        <source>Their mean rating</source>
        <translation>Leur intensité moyenne</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Jour inconnu</translation>
    </message>
    <message>
        <source>dashed: a medicine started, changed or stopped</source>
        <translation>tirets&#xa0;: un médicament commencé, modifié ou arrêté</translation>
    </message>
    <message>
        <source>dotted: a treatment</source>
        <translation>pointillés&#xa0;: un traitement</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no change of a medicine</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>solid: an appointment</source>
        <translation>continue&#xa0;: un rendez-vous</translation>
    </message>
    <message>
        <source>{number}: {date}, {label}</source>
        <comment>a numbered line on the chart</comment>
        <translation>{number}&#xa0;: {date}, {label}</translation>
    </message>
    <message>
        <source>{number}: {date}, {label} (its line is unlabelled: too close to others)</source>
        <translation>{number}&#xa0;: {date}, {label} (ligne sans étiquette&#xa0;: trop proche des autres)</translation>
    </message>
    <message>
        <source>{peak}  (local time of day)</source>
        <comment>the heat map&apos;s legend, to the most</comment>
        <translation>{peak}  (heure locale)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>Sauvegardes MSLog (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Il n’y a pas encore de sauvegarde. MSLog en fait une chaque jour où vous l’ouvrez.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Votre journal sera remplacé par la sauvegarde choisie. Une copie de votre journal tel qu’il est maintenant est d’abord enregistrée, pour que vous puissiez toujours y revenir.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>Impossible de mettre la sauvegarde en place. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>Impossible de mettre la sauvegarde en place&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>est un lien cassé</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>n’est pas un journal MSLog (il ne contient aucun journal)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} n’existe pas&#xa0;; votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} a été enregistré par une version plus récente de MSLog&#xa0;; mettez MSLog à jour pour le restaurer. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, ce n’est donc pas un journal MSLog complet&#xa0;; votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}&#xa0;; votre journal n’a pas été modifié.</translation>
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
    <name>RoutineEditor</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> s each</source>
        <comment>seconds for each repetition</comment>
        <translation> s chacune</translation>
    </message>
    <message>
        <source> times</source>
        <comment>after a number of repetitions</comment>
        <translation> fois</translation>
    </message>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n étape · {length} avec la mise en place</numerusform>
            <numerusform>%n étapes · {length} avec la mise en place</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>Une routine a besoin d’au moins une étape.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Modifier la routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Tenir pendant</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Tenir un certain temps</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Non enregistré&#xa0;: {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Répéter plusieurs fois</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pause après</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>rest {seconds} s</source>
        <translation>pause {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>is missing (reps and pace_s go together)</source>
        <translation>est absent (reps et pace_s vont ensemble)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({where}: {problem})</source>
        <translation>n’est pas du JSON valide ({where}&#xa0;: {problem})</translation>
    </message>
    <message>
        <source>lasts {seconds} s; at most {most} s fit</source>
        <translation>dure {seconds} s&#xa0;; {most} s au plus</translation>
    </message>
    <message>
        <source>must be an .svg file name without folders, not {name}</source>
        <translation>doit être un nom de fichier .svg sans dossier, pas {name}</translation>
    </message>
    <message>
        <source>needs duration_s, or reps with pace_s (not both)</source>
        <translation>demande duration_s, ou reps avec pace_s (pas les deux)</translation>
    </message>
    <message>
        <source>unknown exercise {key}</source>
        <translation>exercice inconnu {key}</translation>
    </message>
    <message>
        <source>{exercise} has no sides; use both</source>
        <translation>{exercise} n’a pas de côtés&#xa0;; utilisez both</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n étape · {length}</numerusform>
            <numerusform>%n étapes · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <source>There is no routine {key} any more.</source>
        <translation>La routine {key} n’existe plus.</translation>
    </message>
    <message>
        <source>bundled routines cannot be changed</source>
        <translation>les routines fournies ne peuvent pas être modifiées</translation>
    </message>
    <message>
        <source>bundled routines cannot be deleted</source>
        <translation>les routines fournies ne peuvent pas être supprimées</translation>
    </message>
    <message>
        <source>there is no data folder to save in</source>
        <translation>il n’y a pas de dossier de données où enregistrer</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (ma copie)</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n problème dans {file}</numerusform>
            <numerusform>%n problèmes dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(built in)</source>
        <comment>a routine that comes with MSLog</comment>
        <translation>(intégrée)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <comment>a routine the person made</comment>
        <translation>(la vôtre)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Not loaded: {problem}</source>
        <translation>Non chargée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>list stretch routines, or --check a routine file</source>
        <translation>lister les routines d’étirement, ou vérifier un fichier de routine avec --check</translation>
    </message>
    <message>
        <source>validate a routine file and print its problems</source>
        <translation>vérifier un fichier de routine et afficher ses problèmes</translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}&#xa0;: OK, {name}&#xa0;: %n étape, {length}</numerusform>
            <numerusform>{file}&#xa0;: OK, {name}&#xa0;: %n étapes, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>--out: {path} already exists; MSLog does not overwrite a file, give a new name or a folder</source>
        <translation>--out: {path} existe déjà&#xa0;; MSLog n’écrase aucun fichier, indiquez un nouveau nom ou un dossier</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>Pas encore de sauvegarde dans {folder}</translation>
    </message>
    <message>
        <source>Or run MSLog again to start a fresh, empty diary.</source>
        <translation>Ou relancez MSLog pour commencer un nouveau journal vide.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>%n entrée restaurée depuis {source}</numerusform>
            <numerusform>%n entrées restaurées depuis {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the newest good backup: {backup}</source>
        <translation>Restauration de la dernière bonne sauvegarde&#xa0;: {backup}</translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Sauvegarde vérifiée de %n entrée enregistrée&#xa0;: {path}</numerusform>
            <numerusform>Sauvegarde vérifiée de %n entrées enregistrée&#xa0;: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged diary is kept, unchanged, as {path}</source>
        <translation>Le journal endommagé est conservé, inchangé, sous {path}</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>Il n’y a aucune bonne sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>Your diary as it was is kept in {path}</source>
        <translation>Votre journal tel qu’il était est conservé dans {path}</translation>
    </message>
    <message>
        <source>Your newest good backup ({backup}) can be restored with:</source>
        <translation>Votre dernière bonne sauvegarde ({backup}) peut être restaurée avec&#xa0;:</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (MSLog&apos;s own format)</source>
        <translation>ajouter les entrées d’un export JSON (le format de MSLog)</translation>
    </message>
    <message>
        <source>give the backup file to restore, &apos;newest&apos;, or --list</source>
        <translation>indiquez le fichier de sauvegarde à restaurer, &apos;newest&apos; ou --list</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>lister plutôt les sauvegardes</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the current one is kept)</source>
        <translation>remplacer le journal par une sauvegarde (l’actuel est conservé)</translation>
    </message>
    <message>
        <source>save a verified copy of the diary now</source>
        <translation>enregistrer maintenant une copie vérifiée du journal</translation>
    </message>
    <message>
        <source>the .json file written by mslog export</source>
        <translation>le fichier .json écrit par mslog export</translation>
    </message>
    <message>
        <source>the backup file, or &apos;newest&apos; for the newest good one</source>
        <translation>le fichier de sauvegarde, ou &apos;newest&apos; pour la dernière bonne</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>où l’écrire (par défaut&#xa0;: le dossier des sauvegardes)</translation>
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
    <name>SelfRated</name>
    <message>
        <source>answer at least one question</source>
        <translation>répondez à au moins une question</translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation>n’est demandé que s’il y a des spasmes (fréquence au-dessus de 0)</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>doit être entre {low} et {high}, pas {value}</translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation>les réponses sont pour le {day}, pas le {other}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} n’est pas encore arrivé</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation>{frequency} sur 4 ({frequency_words})</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation>{frequency} sur 4 ({frequency_words})&#xa0;; intensité {severity} sur 3 ({severity_words})</translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation>{score} sur 5 ({score_words})</translation>
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
    <name>SeverityPicker</name>
    <message>
        <source>0 none</source>
        <translation>0 aucune</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 la pire imaginable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>one button of the scale: what is rated, its number</comment>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, de 0 à 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every part of MSLog can be used from the keyboard.</source>
        <translation>Tout MSLog s’utilise au clavier.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elles font</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
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
        <translation>{dose}&#xa0;: avez-vous remarqué quelque chose après&#xa0;? Votre soignant peut le lire dans le rapport. Laissez tout vide pour retirer une note.</translation>
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
    <name>SoundAndVoice</name>
    <message>
        <source>No sound device was found</source>
        <translation>Aucun appareil audio n’a été trouvé</translation>
    </message>
    <message>
        <source>No voice engine is installed</source>
        <translation>Aucun moteur de voix n’est installé</translation>
    </message>
    <message>
        <source>No voice for {language} is installed</source>
        <translation>Aucune voix n’est installée pour la langue {language}</translation>
    </message>
    <message>
        <source>Sounds cannot be played on this computer</source>
        <translation>Les sons ne peuvent pas être joués sur cet ordinateur</translation>
    </message>
    <message>
        <source>The speech engine stopped working</source>
        <translation>Le moteur de voix ne fonctionne plus</translation>
    </message>
    <message>
        <source>The voice engine could not start</source>
        <translation>Le moteur de voix n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>To hear the steps read aloud, install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog.</source>
        <translation>Pour entendre les étapes lues à voix haute, installez speech-dispatcher et espeak-ng (Debian/Ubuntu&#xa0;: sudo apt install speech-dispatcher espeak-ng), puis redémarrez MSLog.</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud (a voice of another language would mangle the words); beeps still play. {install}</source>
        <translation>{problem}&#xa0;: les étapes ne sont donc pas lues à voix haute (une voix d’une autre langue déformerait les mots)&#xa0;; les bips continuent. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud. {install}</source>
        <translation>{problem}&#xa0;: les étapes ne sont donc pas lues à voix haute. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud; beeps still play. {install}</source>
        <translation>{problem}&#xa0;: les étapes ne sont donc pas lues à voix haute&#xa0;; les bips continuent. {install}</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps and no voice. The screen shows every cue and the timer works as usual.</source>
        <translation>{problem}&#xa0;: il n’y a donc ni bips ni voix. L’écran montre chaque repère et le minuteur fonctionne comme d’habitude.</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps. The screen shows every cue.</source>
        <translation>{problem}&#xa0;: il n’y a donc pas de bips. L’écran montre chaque repère.</translation>
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
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n spasme du {first} au {last}</numerusform>
            <numerusform>%n spasmes du {first} au {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>de 0 (aucun) à 10 (le pire imaginable)</translation>
    </message>
    <message>
        <source>Saved spasm at {time} (id {id})</source>
        <translation>Spasme enregistré&#xa0;: {time} (id {id})</translation>
    </message>
    <message>
        <source>a listed trigger or your own words (repeatable)</source>
        <translation>un déclencheur de la liste ou vos propres mots (répétable)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>first day (default: 6 days ago)</source>
        <translation>premier jour (par défaut&#xa0;: il y a 6 jours)</translation>
    </message>
    <message>
        <source>how long it lasted, in seconds</source>
        <translation>sa durée, en secondes</translation>
    </message>
    <message>
        <source>print entries as a table</source>
        <translation>afficher les entrées sous forme de tableau</translation>
    </message>
    <message>
        <source>record a spasm (now, or --at a time)</source>
        <translation>noter un spasme (maintenant, ou à une heure avec --at)</translation>
    </message>
    <message>
        <source>when it started: HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>quand il a commencé&#xa0;: HH:MM ou YYYY-MM-DD HH:MM</translation>
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
    <name>SpasmTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog ne peut pas ouvrir votre journal</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Un problème inattendu a empêché MSLog d’ouvrir votre journal ({problem}). Rien n’a été supprimé&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Votre journal n’a pas été ouvert.</translation>
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
        <translation>À partir de quel jour ne prenez-vous plus {medication}&#xa0;? Son historique reste dans votre journal.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Convenez d’abord de tout arrêt avec la personne qui vous le prescrit&#xa0;: certains médicaments contre les spasmes ne doivent pas être arrêtés brusquement.</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Arrêter et enregistrer</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Arrêter {medication}</translation>
    </message>
    <message>
        <source>The timer is paused while you decide. What you have done so far is saved, and a step you are part-way through counts as partly done.</source>
        <translation>Le minuteur est en pause pendant que vous décidez. Ce que vous avez fait jusqu’ici est enregistré, et une étape commencée compte comme faite en partie.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
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
        <source>There is no stretch session {uuid}.</source>
        <translation>Il n’y a pas de séance d’étirements {uuid}.</translation>
    </message>
    <message>
        <source>it is being played now; stop it first</source>
        <translation>elle est en cours&#xa0;; arrêtez-la d’abord</translation>
    </message>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>la séance «&#xa0;{routine}&#xa0;» du {day} à {time}</translation>
    </message>
</context>
<context>
    <name>StretchTab</name>
    <message>
        <source>Delete routine?</source>
        <translation>Supprimer la routine&#xa0;?</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? Sessions already done stay in your history.</source>
        <translation>Supprimer votre routine « {name} »&#xa0;? Les séances déjà faites restent dans votre historique.</translation>
    </message>
    <message>
        <source>Get ready. {step}</source>
        <translation>Préparez-vous. {step}</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>À mi-parcours</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Séance terminée. Ce que vous avez fait est enregistré.</translation>
    </message>
    <message>
        <source>Well done. That is the end of the session.</source>
        <translation>Bravo. La séance est terminée.</translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest. Next: {exercise}</source>
        <translation>Pause. Ensuite&#xa0;: {exercise}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Switch to the {side}</source>
        <translation>Changez de côté&#xa0;: {side}</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>étape {number} sur {count} · reste {left}</translation>
    </message>
    <message>
        <source>{exercise}, {side}</source>
        <translation>{exercise}, {side}</translation>
    </message>
    <message>
        <source>{step}, {amount}</source>
        <translation>{step}, {amount}</translation>
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
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n faite en partie</numerusform>
            <numerusform>%n faites en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passée</numerusform>
            <numerusform>%n passées</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Séance terminée. Bravo.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Session saved as unfinished.</source>
        <translation>Séance enregistrée comme non terminée.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is saved.</source>
        <translation>Séance arrêtée. Ce que vous avez fait est enregistré.</translation>
    </message>
    <message>
        <source>This session is in your history. A drink of water and a rest are a good idea.</source>
        <translation>Cette séance figure dans votre historique. Un verre d’eau et un peu de repos vous feront du bien.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>étapes faites&#xa0;: {done} sur %n</numerusform>
            <numerusform>étapes faites&#xa0;: {done} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} ({reason})</source>
        <translation>{step} ({reason})</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} d’étirements</translation>
    </message>
    <message>
        <source>· not reached</source>
        <translation>· non atteinte</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– passée</translation>
    </message>
    <message>
        <source>■  Session ended</source>
        <translation>■  Séance terminée</translation>
    </message>
    <message>
        <source>◐ partly done</source>
        <translation>◐ faite en partie</translation>
    </message>
    <message>
        <source>✓  All done</source>
        <translation>✓  Terminé</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ faite</translation>
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
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <comment>hours and minutes, shown in an empty time</comment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930 (Up and Down: 5 minutes)</source>
        <translation>Tapez une heure comme 09:30 ou 930 (Haut et Bas&#xa0;: 5 minutes)</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930; Up and Down change it by 5 minutes</source>
        <translation>Tapez une heure comme 09:30 ou 930&#xa0;; Haut et Bas la changent de 5 minutes</translation>
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
    <name>TrayIcon</name>
    <message>
        <source>How was today?…</source>
        <translation>Comment s’est passée la journée&#xa0;?…</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Noter un spasme maintenant</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>MSLog is still importing or restoring your diary. Once that ends, the reminder&apos;s buttons are in MSLog&apos;s window.</source>
        <translation>MSLog importe ou restaure encore votre journal. Ensuite, les boutons du rappel sont dans la fenêtre de MSLog.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Open MSLog</source>
        <translation>Ouvrir MSLog</translation>
    </message>
    <message>
        <source>Quit MSLog</source>
        <translation>Quitter MSLog</translation>
    </message>
</context>
<context>
    <name>TreatmentCommands</name>
    <message>
        <source>No treatments recorded in that range.</source>
        <translation>Aucun traitement noté sur cette période.</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>Aucun traitement noté.</translation>
    </message>
    <message>
        <source>Recorded: {treatment}</source>
        <comment>a treatment saved</comment>
        <translation>Noté&#xa0;: {treatment}</translation>
    </message>
    <message>
        <source>anything else worth keeping</source>
        <translation>tout ce qui mérite d’être gardé</translation>
    </message>
    <message>
        <source>print the treatments, newest first</source>
        <translation>afficher les traitements, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>record a treatment that happened</source>
        <translation>noter un traitement reçu</translation>
    </message>
    <message>
        <source>record or list treatments such as injections, pump refills and physiotherapy</source>
        <translation>noter ou lister les traitements comme les injections, les remplissages de pompe et la kinésithérapie</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>le jour du traitement (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>the first day to list</source>
        <translation>le premier jour à lister</translation>
    </message>
    <message>
        <source>the last day to list</source>
        <translation>le dernier jour à lister</translation>
    </message>
    <message>
        <source>the muscles or sites injected</source>
        <translation>les muscles ou sites injectés</translation>
    </message>
    <message>
        <source>the pump&apos;s new rate, as your clinic gave it</source>
        <translation>le nouveau débit de la pompe, tel que donné par votre centre</translation>
    </message>
    <message>
        <source>what an &apos;other&apos; treatment was</source>
        <translation>ce qu’était un traitement &apos;other&apos;</translation>
    </message>
    <message>
        <source>what it was: {kinds}</source>
        <translation>ce que c’était&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>when the pump is next due a refill (a reminder)</source>
        <translation>quand la pompe doit être remplie la prochaine fois (un rappel)</translation>
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
        <translation>Quel traitement, et quand&#xa0;? Le reste est facultatif.</translation>
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
    <name>TreatmentsCard</name>
    <message>
        <source>Injections, pump refills and sessions show as markers on Trends and in the report. A rate is kept as your clinic set it: MSLog never suggests one.</source>
        <translation>Les injections, remplissages de pompe et séances apparaissent comme repères dans Tendances et dans le rapport. Un débit est noté tel que votre centre l’a réglé&#xa0;: MSLog n’en suggère jamais.</translation>
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
    <name>Trial</name>
    <message>
        <source>, </source>
        <comment>between the weeks of a trial</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Based on {complete} complete days of %n: {with_it} in the weeks with it and {without_it} in the weeks without. Each day counts by its planned week, whether or not the plan was kept that day.</source>
        <translation>
            <numerusform>Sur la base de {complete} jours complets sur %n&#xa0;: {with_it} dans les semaines avec et {without_it} dans les semaines sans. Chaque jour compte selon sa semaine prévue, que le plan ait été suivi ce jour-là ou non.</numerusform>
            <numerusform>Sur la base de {complete} jours complets sur %n&#xa0;: {with_it} dans les semaines avec et {without_it} dans les semaines sans. Chaque jour compte selon sa semaine prévue, que le plan ait été suivi ce jour-là ou non.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticité quotidienne (0–10, du bilan du jour)&#xa0;: pas de différence nette entre les semaines (différence {difference}, intervalle à 95 % de {low} à {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation>Spasticité quotidienne (0–10, du bilan du jour)&#xa0;: pas assez de bilans pour comparer ({days_with} jours avec, {days_without} sans&#xa0;; il en faut {needed} de chaque).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticité quotidienne (0–10, du bilan du jour)&#xa0;: {amount} de plus dans les semaines avec (différence {difference}, intervalle à 95 % de {low} à {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Spasticité quotidienne (0–10, du bilan du jour)&#xa0;: {amount} de moins dans les semaines avec (différence {difference}, intervalle à 95 % de {low} à {high}).</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Aucune habitude avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation>Aucun essai personnel avec l’identifiant {uuid}</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation>Spasmes par jour complet&#xa0;: {with_it} dans les semaines avec, {without_it} dans les semaines sans.</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation>Spasmes par jour complet&#xa0;: {with_it} dans les semaines avec, {without_it} dans les semaines sans&#xa0;; rapport des taux {ratio} (intervalle à 95 % de {low} à {high}).</translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>Le plan a été suivi {followed} jours sur %n&#xa0;: {name} a été coché {ticked} jours sur {days_with} dans les semaines avec, et non coché {unticked} jours sur {days_without} dans les semaines sans.</numerusform>
            <numerusform>Le plan a été suivi {followed} jours sur %n&#xa0;: {name} a été coché {ticked} jours sur {days_with} dans les semaines avec, et non coché {unticked} jours sur {days_without} dans les semaines sans.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation>C’est une association dans votre propre journal, pas une preuve&#xa0;: d’autres choses changent aussi d’une semaine à l’autre.</translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Essai de {name}, %n semaine à partir du {day}. Semaines dans l’ordre {order} (ordre tiré au sort).</numerusform>
            <numerusform>Essai de {name}, %n semaines à partir du {day}. Semaines dans l’ordre {order} (ordre tiré au sort).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Essai de {name}, arrêté le {day} après %n jour. Semaines dans l’ordre {order} (ordre tiré au sort).</numerusform>
            <numerusform>Essai de {name}, arrêté le {day} après %n jours. Semaines dans l’ordre {order} (ordre tiré au sort).</numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation>un essai commence aujourd’hui ou plus tard</translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation>un essai commence dans les 4 semaines à venir</translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation>moins de spasmes dans les semaines avec</translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation>plus de spasmes dans les semaines avec</translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation>doit être un nombre pair de {low} à {high}</translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation>doit faire de {low} à {high} lettres A ou B</translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation>demande des semaines avec (A) et sans (B) l’habitude</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>pas de différence nette</translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation>pas assez de jours complets pour comparer&#xa0;: {days_with} dans les semaines avec et {days_without} sans&#xa0;; il en faut {needed} de chaque</translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation>l’essai de {name} est déjà terminé</translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation>l’essai de {name} dure jusqu’au {day}&#xa0;; arrêtez-le d’abord pour en prévoir un autre</translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation>l’essai à rétablir a un autre identifiant</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>trop peu de spasmes ces jours-là pour comparer</translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation>n’utilise que les lettres A et B, pas {value}</translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation>avec</translation>
    </message>
    <message>
        <source>without</source>
        <translation>sans</translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation>{caution} L’intervalle vient d’un nouveau tirage au sort de semaines entières, la même méthode que pour les facteurs de l’onglet Tendances.</translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation>{name} n’est plus sur la liste</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}&#xa0;: un essai de %n semaine commence le {day}, la première semaine avec.</numerusform>
            <numerusform>{name}&#xa0;: un essai de %n semaines commence le {day}, la première semaine avec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}&#xa0;: un essai de %n semaine commence le {day}, la première semaine sans.</numerusform>
            <numerusform>{name}&#xa0;: un essai de %n semaines commence le {day}, la première semaine sans.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation>{name}&#xa0;: à faire cette semaine-là (semaine {week} sur {weeks})</translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation>{name}&#xa0;: à faire cette semaine (semaine {week} sur {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation>{name}&#xa0;: à éviter cette semaine-là (semaine {week} sur {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation>{name}&#xa0;: à éviter cette semaine (semaine {week} sur {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}&#xa0;: l’essai de %n semaine s’est terminé le {day}.</numerusform>
            <numerusform>{name}&#xa0;: l’essai de %n semaines s’est terminé le {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation>{name}&#xa0;: l’essai a été arrêté le {day}.</translation>
    </message>
    <message>
        <source>{verdict}.</source>
        <translation>{verdict}.</translation>
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
        <translation>Vous ne savez pas si une habitude change quelque chose pour vous&#xa0;? Essayez-la sur des semaines planifiées.</translation>
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
        <translation>Essai de {habit}&#xa0;: le résultat</translation>
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
    <name>WelcomeDialog</name>
    <message>
        <source>&lt;p&gt;MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm starts; add details later, or never.&lt;/p&gt;&lt;p&gt;It can also guide a short daily stretch, keep a checklist of your medicines and self-care, and print a one-page summary for your appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your diary stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;MSLog records and summarises. It is not medical advice: please talk to your clinician before changing any treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MSLog est un journal des spasmes de la sclérose en plaques. Appuyez sur un grand bouton quand un spasme commence&#xa0;; les détails plus tard, ou jamais.&lt;/p&gt;&lt;p&gt;Il peut aussi guider de courts étirements quotidiens, tenir une liste de vos médicaments et soins, et imprimer un résumé d’une page pour vos rendez-vous.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Votre journal reste sur cet ordinateur.&lt;/b&gt; Rien n’est envoyé nulle part, sauf si vous l’exportez vous-même.&lt;/p&gt;&lt;p&gt;MSLog note et résume. Ce n’est pas un avis médical&#xa0;: parlez-en à votre médecin avant de modifier un traitement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A quick set-up (all optional)</source>
        <translation>Un réglage rapide (tout est facultatif)</translation>
    </message>
    <message>
        <source>Add another medicine…</source>
        <translation>Ajouter un autre médicament…</translation>
    </message>
    <message>
        <source>Add my medicines…</source>
        <translation>Ajouter mes médicaments…</translation>
    </message>
    <message>
        <source>Added: {medicine}</source>
        <translation>Ajouté&#xa0;: {medicine}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Choose my daily stretch routine</source>
        <translation>Choisir mes étirements du jour</translation>
    </message>
    <message>
        <source>Choose the one that suits you today; each takes about five minutes. You can change it any time on the Stretch tab.</source>
        <translation>Choisissez ce qui vous convient aujourd’hui&#xa0;; chaque séance dure environ cinq minutes. Vous pouvez la changer à tout moment dans l’onglet Étirer.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Me rappeler une prise à l’heure prévue</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Passer le réglage</translation>
    </message>
    <message>
        <source>Stretch routines</source>
        <translation>Séances d’étirements</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Choisir cette séance</translation>
    </message>
    <message>
        <source>Welcome to MSLog</source>
        <translation>Bienvenue dans MSLog</translation>
    </message>
    <message>
        <source>You can do any of this later, or not at all.</source>
        <translation>Vous pouvez le faire plus tard, ou pas du tout.</translation>
    </message>
    <message>
        <source>Your daily routine: {name} ({summary}). It is ready on the Stretch tab.</source>
        <translation>Vos étirements du jour&#xa0;: {name} ({summary}). Ils vous attendent dans l’onglet Étirer.</translation>
    </message>
    <message>
        <source>Your daily stretch routine</source>
        <translation>Vos étirements du jour</translation>
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
    <name>cautions</name>
    <message>
        <source>Cold eases spasms for some people and makes them worse for others.</source>
        <translation>Le froid soulage les spasmes chez certaines personnes et les aggrave chez d’autres.</translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation>Tiède, pas chaud&#xa0;: la chaleur peut aggraver un moment les symptômes de la SEP, et une peau moins sensible brûle plus facilement.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation>Problème de vessie</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Constipation</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation>Chaleur ou surchauffe</translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation>Infection ou maladie</translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation>Longtemps assis ou allongé</translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation>Attelle, chaussures, habits serrés</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Mauvais sommeil</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation>problème de vessie</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>constipation</translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation>chaleur ou surchauffe</translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation>infection ou maladie</translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation>longtemps assis ou allongé</translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation>attelle, chaussures, habits serrés</translation>
    </message>
    <message>
        <source>period</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>mauvais sommeil</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <source>A carer can hold the leg for you while you lie on your side.</source>
        <translation>Un aidant peut vous tenir la jambe pendant que vous êtes allongé sur le côté.</translation>
    </message>
    <message>
        <source>A gentle pull, never pain.</source>
        <translation>Une légère tension, jamais de douleur.</translation>
    </message>
    <message>
        <source>A leg over the edge can set off a spasm: if it does, bend the knee and bring the leg back onto the bed.</source>
        <translation>Une jambe au-dessus du bord peut déclencher un spasme&#xa0;: si c’est le cas, pliez le genou et ramenez la jambe sur le lit.</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Rotations de la cheville</translation>
    </message>
    <message>
        <source>Bend the knee of your {side} and bring the heel towards you.</source>
        <translation>Pliez le genou de {side} et ramenez le talon vers vous.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and roll to the other side.</source>
        <translation>Ramenez-les par le milieu et basculez de l’autre côté.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Étirement du mollet</translation>
    </message>
    <message>
        <source>Cross your arms over your chest or hold the armrest.</source>
        <translation>Croisez les bras sur la poitrine ou tenez l’accoudoir.</translation>
    </message>
    <message>
        <source>Draw slow circles with the toes of that foot, as big as feels easy.</source>
        <translation>Dessinez des cercles lents avec les orteils de ce pied, aussi grands que c’est facile.</translation>
    </message>
    <message>
        <source>Ease in gently; the fingers may be tight.</source>
        <translation>Allez-y doucement&#xa0;; les doigts peuvent être raides.</translation>
    </message>
    <message>
        <source>Foot pumps</source>
        <translation>Flexions des pieds</translation>
    </message>
    <message>
        <source>Gently draw the toes back towards you until you feel a stretch in the calf.</source>
        <translation>Ramenez doucement les orteils vers vous jusqu’à sentir un étirement dans le mollet.</translation>
    </message>
    <message>
        <source>Halfway through, circle the other way.</source>
        <translation>À mi-parcours, tournez dans l’autre sens.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Étirement des ischio-jambiers</translation>
    </message>
    <message>
        <source>Have someone nearby who can help you back onto the bed.</source>
        <translation>Ayez quelqu’un près de vous qui puisse vous aider à remonter sur le lit.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Étirement des fléchisseurs de la hanche</translation>
    </message>
    <message>
        <source>Hold gently, then come back to the middle.</source>
        <translation>Tenez doucement, puis revenez au milieu.</translation>
    </message>
    <message>
        <source>Hold it still the whole time and breathe; do not bounce.</source>
        <translation>Tenez la position sans bouger tout le temps et respirez&#xa0;; sans à-coups.</translation>
    </message>
    <message>
        <source>Hold still, breathing normally; do not bounce.</source>
        <translation>Restez immobile en respirant normalement&#xa0;; sans à-coups.</translation>
    </message>
    <message>
        <source>Hold still, then lift the head back to the middle.</source>
        <translation>Restez immobile, puis ramenez la tête au milieu.</translation>
    </message>
    <message>
        <source>Hold the ankle, or a strap round it, and ease it back a little.</source>
        <translation>Tenez la cheville, ou une sangle passée autour, et tirez-la doucement un peu en arrière.</translation>
    </message>
    <message>
        <source>Hold the chair if you feel unsteady.</source>
        <translation>Tenez-vous à la chaise si vous vous sentez instable.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe.</source>
        <translation>Tenez l’étirement et respirez.</translation>
    </message>
    <message>
        <source>Hold there, relaxed, and breathe.</source>
        <translation>Restez là, détendu, et respirez.</translation>
    </message>
    <message>
        <source>Hold your {side} out in front, palm facing down.</source>
        <translation>Tendez {side} devant vous, paume vers le bas.</translation>
    </message>
    <message>
        <source>Hug the knee of your {other} towards your chest.</source>
        <translation>Ramenez le genou de {other} contre votre poitrine.</translation>
    </message>
    <message>
        <source>If a foot starts to jerk, rest it flat on the floor until it settles.</source>
        <translation>Si un pied se met à tressauter, posez-le à plat au sol jusqu’à ce qu’il se calme.</translation>
    </message>
    <message>
        <source>If this sets off a spasm, bring the knees back together slowly.</source>
        <translation>Si cela déclenche un spasme, rapprochez lentement les genoux.</translation>
    </message>
    <message>
        <source>In a wheelchair: rest the heel on a stool and use the strap the same way.</source>
        <translation>En fauteuil roulant&#xa0;: posez le talon sur un tabouret et utilisez la sangle de la même façon.</translation>
    </message>
    <message>
        <source>Inner thigh stretch</source>
        <translation>Étirement de l’intérieur des cuisses</translation>
    </message>
    <message>
        <source>Keep a slow, even rhythm and breathe normally.</source>
        <translation>Gardez un rythme lent et régulier et respirez normalement.</translation>
    </message>
    <message>
        <source>Keep breathing; do not twist with a jerk.</source>
        <translation>Continuez à respirer&#xa0;; ne tournez pas d’un coup sec.</translation>
    </message>
    <message>
        <source>Keep looking forward; do not lift the shoulder.</source>
        <translation>Continuez à regarder devant vous&#xa0;; ne levez pas l’épaule.</translation>
    </message>
    <message>
        <source>Keep the elbow straight but not locked.</source>
        <translation>Gardez le coude tendu mais pas verrouillé.</translation>
    </message>
    <message>
        <source>Keep the knee soft rather than locked.</source>
        <translation>Gardez le genou souple, pas verrouillé.</translation>
    </message>
    <message>
        <source>Keep the movement smooth and unhurried.</source>
        <translation>Gardez un mouvement fluide et sans hâte.</translation>
    </message>
    <message>
        <source>Keep your back long; do not curl forward.</source>
        <translation>Gardez le dos allongé&#xa0;; ne vous enroulez pas vers l’avant.</translation>
    </message>
    <message>
        <source>Keep your knees close together and hold still.</source>
        <translation>Gardez les genoux proches l’un de l’autre et restez immobile.</translation>
    </message>
    <message>
        <source>Keep your shoulders resting on the bed or mat.</source>
        <translation>Gardez les épaules posées sur le lit ou le tapis.</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Bascule des genoux</translation>
    </message>
    <message>
        <source>Let both knees fall slowly out to the sides.</source>
        <translation>Laissez les deux genoux s’ouvrir lentement sur les côtés.</translation>
    </message>
    <message>
        <source>Let both knees roll slowly to one side, as far as is comfortable.</source>
        <translation>Laissez les deux genoux basculer lentement d’un côté, aussi loin que c’est confortable.</translation>
    </message>
    <message>
        <source>Let your {side} slide over the edge of the bed and lower slowly.</source>
        <translation>Laissez {side} glisser par-dessus le bord du lit et descendre lentement.</translation>
    </message>
    <message>
        <source>Lie on your back on a firm bed, with your {side} nearest the edge.</source>
        <translation>Allongez-vous sur le dos sur un lit ferme, {side} du côté du bord.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and feet flat.</source>
        <translation>Allongez-vous sur le dos, genoux pliés et pieds à plat.</translation>
    </message>
    <message>
        <source>Lie on your side with your {side} on top; rest your head on your arm or a pillow.</source>
        <translation>Allongez-vous sur le côté, {side} au-dessus&#xa0;; posez la tête sur votre bras ou sur un oreiller.</translation>
    </message>
    <message>
        <source>Lift both shoulders up towards your ears.</source>
        <translation>Montez les deux épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Lift your {side} a little, or rest its heel on the floor.</source>
        <translation>Soulevez un peu {side}, ou laissez le talon posé au sol.</translation>
    </message>
    <message>
        <source>Loop a towel or strap around the ball of that foot.</source>
        <translation>Passez une serviette ou une sangle autour de la plante de ce pied, sous les orteils.</translation>
    </message>
    <message>
        <source>Lying: do it on your back with a pillow under each knee.</source>
        <translation>Allongé&#xa0;: faites-le sur le dos, un oreiller sous chaque genou.</translation>
    </message>
    <message>
        <source>Lying: do the same with your leg resting on the bed.</source>
        <translation>Allongé&#xa0;: faites de même, la jambe posée sur le lit.</translation>
    </message>
    <message>
        <source>Lying: loop a strap around the foot and raise the straight leg gently.</source>
        <translation>Allongé&#xa0;: passez une sangle autour du pied et levez doucement la jambe tendue.</translation>
    </message>
    <message>
        <source>Lying: point and flex your feet with your legs resting on the bed.</source>
        <translation>Allongé&#xa0;: pointez et fléchissez les pieds, les jambes posées sur le lit.</translation>
    </message>
    <message>
        <source>Lying: roll your shoulders gently against the bed.</source>
        <translation>Allongé&#xa0;: faites rouler doucement les épaules contre le lit.</translation>
    </message>
    <message>
        <source>Move slowly; go only as far as feels easy.</source>
        <translation>Bougez lentement&#xa0;; n’allez pas plus loin que ce qui est facile.</translation>
    </message>
    <message>
        <source>Move slowly; stop if the ankle starts to jerk or shake.</source>
        <translation>Bougez lentement&#xa0;; arrêtez si la cheville se met à tressauter ou à trembler.</translation>
    </message>
    <message>
        <source>Neck side bend</source>
        <translation>Inclinaison latérale du cou</translation>
    </message>
    <message>
        <source>Only do this on a firm, steady bed.</source>
        <translation>Faites-le seulement sur un lit ferme et stable.</translation>
    </message>
    <message>
        <source>Pull your toes up towards your shins, keeping the heels down.</source>
        <translation>Remontez les orteils vers les tibias, talons au sol.</translation>
    </message>
    <message>
        <source>Rest there and let gravity do the work.</source>
        <translation>Restez ainsi et laissez la pesanteur faire le travail.</translation>
    </message>
    <message>
        <source>Roll them back and then down, in one slow circle.</source>
        <translation>Roulez-les vers l’arrière puis vers le bas, en un cercle lent.</translation>
    </message>
    <message>
        <source>Seated: turn the knees gently from side to side.</source>
        <translation>Assis&#xa0;: tournez doucement les genoux d’un côté à l’autre.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotations des épaules</translation>
    </message>
    <message>
        <source>Sit tall with your arms resting loosely; in a wheelchair, put the brakes on.</source>
        <translation>Tenez-vous bien droit, les bras posés sans tension&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed and down; in a wheelchair, put the brakes on.</source>
        <translation>Tenez-vous bien droit, les épaules détendues et basses&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Sit tall, then lean forward slowly from the hips until you feel the back of that thigh.</source>
        <translation>Tenez-vous droit, puis penchez-vous lentement en avant depuis les hanches jusqu’à sentir l’arrière de cette cuisse.</translation>
    </message>
    <message>
        <source>Sit well back (in a wheelchair, put the brakes on) or lie down, knees bent and the soles of your feet together.</source>
        <translation>Asseyez-vous bien au fond (en fauteuil roulant, serrez les freins) ou allongez-vous, genoux pliés et plantes des pieds l’une contre l’autre.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair (in a wheelchair, put the brakes on) with your {side} out straight in front.</source>
        <translation>Asseyez-vous bien au fond d’une chaise stable (en fauteuil roulant, serrez les freins), {side} tendue droit devant vous.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair, both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Asseyez-vous bien au fond d’une chaise stable, les deux pieds au sol&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair; in a wheelchair, put the brakes on.</source>
        <translation>Asseyez-vous bien au fond d’une chaise stable&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Sit well back in your chair with both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Asseyez-vous bien au fond de votre chaise, les deux pieds au sol&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Sit well back with both feet resting on the floor in front of you; in a wheelchair, put the brakes on.</source>
        <translation>Asseyez-vous bien au fond, les deux pieds posés au sol devant vous&#xa0;; en fauteuil roulant, serrez les freins.</translation>
    </message>
    <message>
        <source>Slowly tip your head to your {side}, ear towards that shoulder.</source>
        <translation>Inclinez lentement la tête {side}, l’oreille vers l’épaule.</translation>
    </message>
    <message>
        <source>Stop if the knee hurts.</source>
        <translation>Arrêtez si le genou fait mal.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling or pain.</source>
        <translation>Arrêtez si vous ressentez un vertige, des fourmillements ou une douleur.</translation>
    </message>
    <message>
        <source>Stop where you feel a gentle stretch along the inner thighs.</source>
        <translation>Arrêtez-vous quand vous sentez un léger étirement le long de l’intérieur des cuisses.</translation>
    </message>
    <message>
        <source>Straighten your {side} out in front, heel on the floor, toes up.</source>
        <translation>Tendez {side} devant vous, talon au sol, orteils vers le haut.</translation>
    </message>
    <message>
        <source>Then press the toes down, lifting the heels.</source>
        <translation>Puis appuyez les orteils vers le bas en soulevant les talons.</translation>
    </message>
    <message>
        <source>Thigh stretch</source>
        <translation>Étirement de la cuisse</translation>
    </message>
    <message>
        <source>Trunk rotation</source>
        <translation>Rotation du buste</translation>
    </message>
    <message>
        <source>Turn only as far as is comfortable.</source>
        <translation>Ne tournez pas plus loin que ce qui est confortable.</translation>
    </message>
    <message>
        <source>Turn your shoulders slowly to your {side}, keeping your hips still.</source>
        <translation>Tournez lentement les épaules {side}, sans bouger les hanches.</translation>
    </message>
    <message>
        <source>Use a strap if you cannot reach the ankle.</source>
        <translation>Utilisez une sangle si vous n’atteignez pas la cheville.</translation>
    </message>
    <message>
        <source>With your other hand, ease its fingers gently back and up.</source>
        <translation>Avec l’autre main, ramenez doucement ses doigts vers l’arrière et vers le haut.</translation>
    </message>
    <message>
        <source>Wrist and finger stretch</source>
        <translation>Étirement du poignet et des doigts</translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation>Poche de froid</translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation>Boire de l’eau</translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation>Coussin chauffant</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation>Douche ou bain tiède</translation>
    </message>
</context>
<context>
    <name>medicines</name>
    <message>
        <source>Baclofen</source>
        <translation>Baclofène</translation>
    </message>
    <message>
        <source>Clinician&apos;s advice</source>
        <translation>Avis du soignant</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazépam</translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation>Dantrolène</translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation>Diazépam</translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation>Trop somnolent</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Oubli</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentine</translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation>Nabiximols (Sativex)</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Prégabaline</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>Plus de stock</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidine</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>A short everyday set for the legs and shoulders: ankles, calves, hamstrings and a gentle roll. Sitting in a chair, with a towel for the calf stretch.</source>
        <translation>Une courte série de tous les jours pour les jambes et les épaules&#xa0;: chevilles, mollets, ischio-jambiers et une douce rotation. Assis sur une chaise, avec une serviette pour l’étirement du mollet.</translation>
    </message>
    <message>
        <source>Daily 5-minute routine</source>
        <translation>Routine quotidienne de 5 minutes</translation>
    </message>
    <message>
        <source>Everything done sitting down, in a chair or wheelchair with the brakes on: feet, calves, trunk, neck, shoulders and hands, each stretch held for 30 seconds.</source>
        <translation>Tout se fait assis, sur une chaise ou en fauteuil roulant freins serrés&#xa0;: pieds, mollets, buste, cou, épaules et mains, chaque étirement tenu 30 secondes.</translation>
    </message>
    <message>
        <source>Gentle bedtime routine</source>
        <translation>Routine douce du coucher</translation>
    </message>
    <message>
        <source>Seated / wheelchair routine</source>
        <translation>Routine assise / en fauteuil roulant</translation>
    </message>
    <message>
        <source>Slow stretches lying on the bed to ease the legs before sleep, each held for 30 seconds. Long rests, nothing hurried; have someone nearby for the hip stretch.</source>
        <translation>Des étirements lents, allongé sur le lit, pour détendre les jambes avant de dormir, chacun tenu 30 secondes. De longues pauses, rien de pressé&#xa0;; ayez quelqu’un près de vous pour l’étirement de la hanche.</translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation>Entre cinq et neuf par jour</translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation>Entre un et cinq par jour</translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation>Vrais spasmes, moins d’une fois par heure</translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation>Quelle est leur intensité, d’habitude&#xa0;?</translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation>Ces derniers temps, à quelle fréquence vos spasmes viennent-ils&#xa0;?</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légers</translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation>Légers, seulement au toucher ou au mouvement</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérés</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Aucun spasme</translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation>Un jour habituel, combien de spasmes avez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation>Un spasme par jour ou moins</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Forts</translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation>Spasmes plus d’une fois par heure</translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation>Spasmes plus de dix fois par heure</translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation>Dix ou plus par jour</translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation>entre cinq et neuf par jour</translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation>entre un et cinq par jour</translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation>vrais spasmes, moins d’une fois par heure</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légers</translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation>légers, seulement au toucher ou au mouvement</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérés</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>aucun spasme</translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation>un spasme par jour ou moins</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>forts</translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation>spasmes plus d’une fois par heure</translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation>spasmes plus de dix fois par heure</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>dix ou plus par jour</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Close (every answer is already saved)</source>
        <translation>Fermer (chaque réponse est déjà enregistrée)</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Exporter votre journal</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Plein écran / quitter le plein écran</translation>
    </message>
    <message>
        <source>Go to Log, Stretch, Checklists, Trends or History</source>
        <translation>Aller à Noter, Étirer, Listes, Courbes ou Historique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>How was today? (the daily check-in)</source>
        <translation>Comment s’est passée la journée&#xa0;? (le bilan du jour)</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Importer un fichier de journal</translation>
    </message>
    <message>
        <source>In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks</source>
        <translation>Dans une rangée de choix (0-10, pastilles&#xa0;; un seul arrêt Tab)&#xa0;: se déplacer&#xa0;; Espace ou Entrée choisit</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Noter un spasme maintenant</translation>
    </message>
    <message>
        <source>Move between buttons and fields</source>
        <translation>Passer d’un bouton ou d’un champ à l’autre</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <source>Press the button that has the focus ring</source>
        <translation>Appuyer sur le bouton entouré</translation>
    </message>
    <message>
        <source>Previous step / skip step</source>
        <translation>Étape précédente / passer l’étape</translation>
    </message>
    <message>
        <source>Print or save the appointment report</source>
        <translation>Imprimer ou enregistrer le rapport pour le rendez-vous</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Step through the days and hear their values</source>
        <translation>Parcourir les jours et entendre leurs valeurs</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirer</translation>
    </message>
    <message>
        <source>The day before / the day after</source>
        <translation>Jour précédent / jour suivant</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Trends charts</source>
        <translation>Graphiques des Courbes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Zoom in / out, show every day again (Ctrl+wheel zooms too)</source>
        <translation>Zoomer / dézoomer, montrer à nouveau tous les jours (Ctrl+molette zoome aussi)</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>BOTH</source>
        <translation>LES DEUX</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <source>both arms</source>
        <translation>les deux bras</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>les deux jambes</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>bras gauche</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>bras droit</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation>Vertiges</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolence</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>vertiges</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>somnolence</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nausées</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>faiblesse</translation>
    </message>
</context>
<context>
    <name>side_in_sentence</name>
    <message>
        <source>chosen arm</source>
        <translation>le bras choisi</translation>
    </message>
    <message>
        <source>chosen leg</source>
        <translation>la jambe choisie</translation>
    </message>
    <message>
        <source>chosen side</source>
        <translation>vers le côté choisi</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>votre bras gauche</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>votre jambe gauche</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>vers la gauche</translation>
    </message>
    <message>
        <source>other arm</source>
        <translation>l’autre bras</translation>
    </message>
    <message>
        <source>other leg</source>
        <translation>l’autre jambe</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>vers l’autre côté</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>votre bras droit</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>votre jambe droite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>vers la droite</translation>
    </message>
</context>
<context>
    <name>skip_reason</name>
    <message>
        <source>A spasm</source>
        <translation>Un spasme</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Ça faisait mal</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Trop de fatigue</translation>
    </message>
</context>
<context>
    <name>stretch_outcome</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation>Changement de dose de la pompe à baclofène</translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Remplissage de la pompe à baclofène</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Injection de toxine botulique</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Autre traitement</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Kiné</translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation>Séance de kinésithérapie</translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation>Pompe modifiée</translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation>Pompe remplie</translation>
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
