<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
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
