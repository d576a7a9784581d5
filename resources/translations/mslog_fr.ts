<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Day after ▶</source>
        <translation>Jour suivant ▶</translation>
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
        <source>The day after</source>
        <translation>Le jour suivant</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Le jour suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Le jour précédent</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>Le jour précédent (Alt+Gauche)</translation>
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
    <message>
        <source>◀ Day before</source>
        <translation>◀ Jour précédent</translation>
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
