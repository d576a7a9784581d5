<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Start MSLog at login so its reminders can appear</source>
        <translation>Iniciar MSLog al entrar en la sesión para que sus avisos puedan aparecer</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}</source>
        <translation>No se puede crear la carpeta de copias {folder}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not name the backup in {folder}: {reason}</source>
        <translation>No se pudo poner nombre a la copia en {folder}: {reason}</translation>
    </message>
    <message>
        <source>Could not write the backup {file}: {reason}</source>
        <translation>No se pudo escribir la copia {file}: {reason}</translation>
    </message>
    <message>
        <source>The backup did not verify ({reason}).</source>
        <translation>La copia no pasó la comprobación ({reason}).</translation>
    </message>
    <message>
        <source>The backup was stopped part-way.</source>
        <translation>La copia se detuvo a medias.</translation>
    </message>
    <message>
        <source>The backups folder {folder} is a link to somewhere else, so MSLog saved no backup there: backups go only into a real folder inside the data folder. Remove the link (MSLog makes the folder again), or point --data-dir elsewhere.</source>
        <translation>La carpeta de copias {folder} es un enlace a otro sitio, así que MSLog no guardó ahí ninguna copia: las copias solo van a una carpeta real dentro de la carpeta de datos. Quite el enlace (MSLog vuelve a crear la carpeta) o indique otro sitio con --data-dir.</translation>
    </message>
    <message>
        <source>The check was stopped part-way.</source>
        <translation>La comprobación se detuvo a medias.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog (a window or a command). Close it, then try again.</source>
        <translation>Su diario está abierto en otro MSLog (una ventana o un comando). Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your diary is open in another MSLog. Close it, then try again.</source>
        <translation>Su diario está abierto en otro MSLog. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>is a folder, not a diary file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>es una carpeta, no un archivo de diario</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está dañado ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>is truncated (cut off part-way)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está truncado (cortado a medias)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message numerus="yes">
        <source>{made} — {why} — %n entries</source>
        <translation>
            <numerusform>{made} — {why} — %n entrada</numerusform>
            <numerusform>{made} — {why} — %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} — {why} — damaged, cannot be used</source>
        <translation>{made} — {why} — dañada, no se puede usar</translation>
    </message>
</context>
<context>
    <name>DailySafetyUi</name>
    <message>
        <source>A fresh diary</source>
        <translation>Un diario nuevo</translation>
    </message>
    <message>
        <source>A fresh diary was not started</source>
        <translation>No se empezó un diario nuevo</translation>
    </message>
    <message>
        <source>MSLog found damage in your diary</source>
        <translation>MSLog encontró daños en su diario</translation>
    </message>
    <message>
        <source>Your damaged diary file is kept, unchanged, as {file}. The new diary is empty.</source>
        <translation>Su archivo del diario dañado se conserva, sin cambios, como {file}. El diario nuevo está vacío.</translation>
    </message>
</context>
<context>
    <name>DataSafetyUi</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message numerus="yes">
        <source>A verified copy of your diary (%n entries) is saved in
{folder}</source>
        <translation>
            <numerusform>Una copia comprobada de su diario (%n entrada) está guardada en
{folder}</numerusform>
            <numerusform>Una copia comprobada de su diario (%n entradas) está guardada en
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Copia no hecha</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>Cancelled. Your diary is as it was.</source>
        <translation>Cancelado. Su diario está como estaba.</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: your diary stays exactly as it is.</source>
        <translation>Si cancela, no se importa nada: su diario queda exactamente como está.</translation>
    </message>
    <message>
        <source>Cancelling now changes nothing: your diary stays as it is.</source>
        <translation>Si cancela ahora, no cambia nada: su diario queda como está.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Comprobando la copia</translation>
    </message>
    <message>
        <source>Import entries from an MSLog export</source>
        <translation>Importar entradas de una exportación de MSLog</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Importing entries</source>
        <translation>Importando entradas</translation>
    </message>
    <message>
        <source>MSLog exports (*.json)</source>
        <translation>Exportaciones de MSLog (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>No se restauró nada</translation>
    </message>
    <message numerus="yes">
        <source>Your diary now holds the %n entries from the backup.</source>
        <translation>
            <numerusform>Su diario tiene ahora %n entrada de la copia.</numerusform>
            <numerusform>Su diario tiene ahora las %n entradas de la copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}

Your diary as it was a moment ago is kept as a backup too, so you can restore it the same way.</source>
        <translation>{restored}

Su diario tal como estaba hace un momento también se guarda como copia, así que puede restaurarlo del mismo modo.</translation>
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
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add your own trigger</source>
        <translation>Añadir su propio desencadenante</translation>
    </message>
    <message>
        <source>Anything you want to remember about it</source>
        <translation>Lo que quiera recordar de ello</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Cambiar la hora…</translation>
    </message>
    <message>
        <source>Changes are saved as you go.</source>
        <translation>Se guarda al momento.</translation>
    </message>
    <message>
        <source>Details for the spasm at {time}</source>
        <translation>Detalles del espasmo de las {time}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Duración, en minutos</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Duración, en segundos</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Exactamente:</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto duró</translation>
    </message>
    <message>
        <source>How strong was it? (or press 0-9)</source>
        <translation>¿Qué intensidad tuvo? (o pulse 0–9)</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Posibles desencadenantes</translation>
    </message>
    <message>
        <source>Saved {time} · details updated</source>
        <translation>Guardado a las {time} · detalles actualizados</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long (%n characters; at most {limit} fit).</source>
        <translation>
            <numerusform>La nota es demasiado larga (%n carácter; caben {limit} como máximo).</numerusform>
            <numerusform>La nota es demasiado larga (%n caracteres; caben {limit} como máximo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type of spasm</source>
        <translation>Tipo de espasmo</translation>
    </message>
    <message>
        <source>Under 1 min</source>
        <translation>Menos de 1 min</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Dónde en el cuerpo</translation>
    </message>
    <message>
        <source>Your own trigger</source>
        <translation>Su propio desencadenante</translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message numerus="yes">
        <source>%n values in your diary are not valid text (UTF-8), so the unreadable bytes are shown replaced (by U+FFFD); everything else is as stored, and the diary itself was not changed.</source>
        <translation>
            <numerusform>%n valor de su diario no es texto válido (UTF-8), así que los bytes ilegibles se muestran sustituidos (por U+FFFD); todo lo demás está como se guardó y el diario en sí no se modificó.</numerusform>
            <numerusform>%n valores de su diario no son texto válido (UTF-8), así que los bytes ilegibles se muestran sustituidos (por U+FFFD); todo lo demás está como se guardó y el diario en sí no se modificó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create a new diary at {file}: {reason}</source>
        <translation>No se puede crear un diario nuevo en {file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder}: {reason}</source>
        <translation>No se puede usar la carpeta de datos {folder}: {reason}</translation>
    </message>
    <message>
        <source>MSLog cannot save in the folder {folder} ({reason}). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <translation>MSLog no puede guardar en la carpeta {folder} ({reason}). No se cambió nada. Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>MSLog cannot save to your diary file {file} ({reason}). Nothing was changed.</source>
        <translation>MSLog no puede guardar en su archivo del diario {file} ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>MSLog could not create a new diary at {file}: the disk is full. Nothing was half-made and nothing was lost; free some space, then start MSLog again.</source>
        <translation>MSLog no pudo crear un diario nuevo en {file}: el disco está lleno. No quedó nada a medias y no se perdió nada; libere algo de espacio y vuelva a abrir MSLog.</translation>
    </message>
    <message>
        <source>MSLog could not save to or read your diary ({reason}). Nothing was lost and nothing was half-saved. Check that the disk has free space and the data folder is writable, then try again.</source>
        <translation>MSLog no pudo guardar ni leer su diario ({reason}). No se perdió nada y no quedó nada guardado a medias. Compruebe que el disco tiene espacio libre y que se puede escribir en la carpeta de datos, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>MSLog could not save to your diary: the disk is full. Nothing was lost and nothing was half-saved; free some space, then try again.</source>
        <translation>MSLog no pudo guardar en su diario: el disco está lleno. No se perdió nada y no quedó nada guardado a medias; libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>MSLog needs to update your diary&apos;s format but could not save a safety copy first, so nothing was changed. {reason}</source>
        <translation>MSLog tiene que actualizar el formato de su diario, pero antes no pudo guardar una copia de seguridad, así que no se cambió nada. {reason}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>La carpeta de datos {folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>es un enlace roto</translation>
    </message>
    <message>
        <source>is damaged (its format number {version} is not one MSLog ever wrote)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está dañado (su número de formato {version} no lo ha escrito nunca MSLog)</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está dañado ({reason})</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (another program marked it as its own: id {mark})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog (otro programa lo marcó como suyo: id {mark})</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it lacks the mark every MSLog diary of its format has)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog (le falta la marca que tiene todo diario de MSLog de su formato)</translation>
    </message>
    <message>
        <source>is not an MSLog diary, or is a damaged one ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog, o es uno dañado ({reason})</translation>
    </message>
    <message>
        <source>it holds a table MSLog never makes: {tables}</source>
        <translation>tiene una tabla que MSLog nunca crea: {tables}</translation>
    </message>
    <message>
        <source>its table {table} is missing</source>
        <translation>falta su tabla {table}</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>faltan sus tablas {tables}</translation>
    </message>
    <message>
        <source>the columns of its table {table} are not the ones MSLog makes</source>
        <translation>las columnas de su tabla {table} no son las que crea MSLog</translation>
    </message>
    <message>
        <source>the new diary was not written completely</source>
        <translation>el diario nuevo no se escribió entero</translation>
    </message>
    <message>
        <source>{file} is not a readable MSLog diary ({reason}). It has not been changed.</source>
        <translation>{file} no es un diario de MSLog legible ({reason}). No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Borrar el espasmo de las {time}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the spasm at {time}</source>
        <translation>Editar el espasmo de las {time}</translation>
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
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Intensidad {value}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>MSLog found that your diary file {file} {problem}, so it stopped saving to it to keep it from getting worse. Restore your newest good backup to go on.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>MSLog ha visto que su archivo del diario {file} {problem}, así que dejó de guardar en él para que no empeore. Restaure su copia en buen estado más reciente para seguir.</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of MSLog (data format {found}; this version understands up to {supported}). It has not been changed. Please update MSLog to open it.</source>
        <translation>Este diario lo guardó una versión más reciente de MSLog (formato de datos {found}; esta versión entiende hasta {supported}). No se ha modificado. Actualice MSLog para abrirlo.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It could not be moved aside, so it has been left exactly as it was.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Su archivo del diario {file} {problem}, así que MSLog no lo abrió. No se pudo apartar, así que se ha dejado exactamente como estaba.</translation>
    </message>
    <message>
        <source>Your diary file {file} {problem}, so MSLog did not open it. It has been kept, unchanged, as {copy}.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>Su archivo del diario {file} {problem}, así que MSLog no lo abrió. Se conserva, sin cambios, como {copy}.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>aquí se espera una coma (,)</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>aquí se esperan dos puntos (:)</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>aquí se espera un nombre de campo entre comillas dobles</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>aquí se espera un valor</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>hay más datos después del final</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>coma de más antes del final de la lista</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>coma de más antes del final del objeto</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>secuencia de escape (\) no válida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>secuencia \uXXXX no válida</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>texto sin comillas de cierre</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>una lista [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>un objeto {...}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>byte {byte}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits; at most {most} fit</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>tiene un número de {digits} cifras; caben como mucho {most}</translation>
    </message>
    <message>
        <source>is a folder; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>es una carpeta; indique un archivo normal</translation>
    </message>
    <message>
        <source>is a pipe or device, not a file; give a regular file</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>es una tubería o un dispositivo, no un archivo; indique un archivo normal</translation>
    </message>
    <message>
        <source>is larger than {size}, the most MSLog reads</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>ocupa más de {size}, lo máximo que lee MSLog</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>is not valid text (it holds a character that is not UTF-8)</source>
        <translation>no es texto válido (tiene un carácter que no es UTF-8)</translation>
    </message>
    <message>
        <source>key poses</source>
        <translation>posturas clave</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a list [...], not {value}</source>
        <translation>debe ser una lista [...], no {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>must be an object {{...}}, not {value}</source>
        <translation>debe ser un objeto {{...}}, no {value}</translation>
    </message>
    <message>
        <source>must be at least {low} {unit}, not {value}</source>
        <translation>debe ser al menos {low} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be at least {low}, not {value}</source>
        <translation>debe ser al menos {low}, no {value}</translation>
    </message>
    <message>
        <source>must be at most {high} {unit}, not {value}</source>
        <translation>debe ser como mucho {high} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be at most {high}, not {value}</source>
        <translation>debe ser como mucho {high}, no {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} {unit}, not {value}</source>
        <translation>debe ser de {low} a {high} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>debe ser de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>debe ser true o false, no {value}</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>debe ser {choices}, no {value}</translation>
    </message>
    <message>
        <source>must be {low} to {high} characters long, not {count}</source>
        <translation>debe tener de {low} a {high} caracteres, no {count}</translation>
    </message>
    <message>
        <source>must have at least {low} {noun}, not {count}</source>
        <translation>debe tener al menos {low} {noun}, no {count}</translation>
    </message>
    <message>
        <source>must have {low} to {high} {noun}, not {count}</source>
        <translation>debe tener de {low} a {high} {noun}, no {count}</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>no debe contener un carácter NUL</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>campo desconocido (se esperaba uno de: {fields})</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <comment>a list of choices: “up, down or both”</comment>
        <translation>{choices} o {last}</translation>
    </message>
    <message>
        <source>{name} is not a number MSLog accepts</source>
        <translation>{name} no es un número que MSLog acepte</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
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
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Saved {time} — in {day}&apos;s diary</source>
        <translation>Guardado a las {time} — en el diario del {day}</translation>
    </message>
    <message>
        <source>Saved {time}, last night — in {weekday}&apos;s diary</source>
        <translation>Guardado a las {time}, anoche — en el diario del {weekday}</translation>
    </message>
    <message>
        <source>Saved {time}, yesterday — in {weekday}&apos;s diary</source>
        <translation>Guardado a las {time}, ayer — en el diario del {weekday}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
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
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: day, month&apos;s name, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd {date}</source>
        <comment>date pattern: short weekday, then a date</comment>
        <translation>ddd, {date}</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern: weekday, day, month</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: weekday, day, month, year</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
            <numerusform>%n ya estaba en su diario</numerusform>
            <numerusform>%n ya estaban en su diario</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <comment>the place in the file: its whole</comment>
        <translation>(nivel superior)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new spasm entries</source>
        <translation>
            <numerusform>Se importó %n entrada nueva de espasmo</numerusform>
            <numerusform>Se importaron %n entradas nuevas de espasmos</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is nested more than 32 levels deep”</comment>
        <translation>El archivo {problem}. No se importó nada.</translation>
    </message>
    <message>
        <source>There was no room to set the file&apos;s entries aside ({reason}). Nothing was imported.</source>
        <translation>No había espacio para apartar las entradas del archivo ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <source>an MSLog export is a JSON object</source>
        <translation>una exportación de MSLog es un objeto JSON</translation>
    </message>
    <message numerus="yes">
        <source>and %n other records</source>
        <translation>
            <numerusform>y %n registro más</numerusform>
            <numerusform>y %n registros más</numerusform>
        </translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>se esperaba {expected}, se encontró {found}</translation>
    </message>
    <message>
        <source>holds invalid base64 data</source>
        <comment>said of a field in the file</comment>
        <translation>tiene datos base64 no válidos</translation>
    </message>
    <message>
        <source>is missing</source>
        <comment>said of a field in the file</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a table MSLog knows</source>
        <comment>said of a field in the file</comment>
        <translation>no es una tabla que MSLog conozca</translation>
    </message>
    <message>
        <source>is not a time MSLog can keep</source>
        <comment>said of a field in the file</comment>
        <translation>no es una hora que MSLog pueda guardar</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <comment>said of a field in the file</comment>
        <translation>no es un identificador válido</translation>
    </message>
    <message>
        <source>is too large a number</source>
        <comment>said of a field in the file</comment>
        <translation>es un número demasiado grande</translation>
    </message>
    <message>
        <source>must be a day as YYYY-MM-DD, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>debe ser un día como AAAA-MM-DD, no {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n values</source>
        <comment>said of a field in the file</comment>
        <translation>
            <numerusform>debe ser una lista de %n valor</numerusform>
            <numerusform>debe ser una lista de %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <comment>said of a field in the file</comment>
        <translation>debe ser una lista de nombres de columna</translation>
    </message>
    <message>
        <source>must be a plain value, not {value}</source>
        <comment>said of a field in the file</comment>
        <translation>debe ser un valor simple, no {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <comment>said of a field in the file</comment>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must not be empty (null)</source>
        <comment>said of a field in the file</comment>
        <translation>no debe estar vacío (null)</translation>
    </message>
    <message>
        <source>names a column twice</source>
        <comment>said of a field in the file</comment>
        <translation>nombra una columna dos veces</translation>
    </message>
    <message>
        <source>points to {table} {id}, which is not in the file</source>
        <comment>said of a field in the file</comment>
        <translation>apunta a {table} {id}, que no está en el archivo</translation>
    </message>
    <message>
        <source>repeats an earlier entry&apos;s id</source>
        <comment>said of a field in the file</comment>
        <translation>repite el identificador de una entrada anterior</translation>
    </message>
    <message>
        <source>repeats an earlier id</source>
        <comment>said of a field in the file</comment>
        <translation>repite un identificador anterior</translation>
    </message>
    <message>
        <source>the diary refused it ({reason})</source>
        <translation>el diario lo rechazó ({reason})</translation>
    </message>
    <message>
        <source>{column} is missing</source>
        <comment>a column of a table</comment>
        <translation>falta {column}</translation>
    </message>
    <message>
        <source>{column} is not a field</source>
        <translation>{column} no es un campo</translation>
    </message>
    <message>
        <source>{file} {problem}. Nothing was imported.</source>
        <comment>{problem} says what is wrong with the file: “is a folder; give a regular file”</comment>
        <translation>{file} {problem}. No se importó nada.</translation>
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
        <translation>{imported}; {already} ({other}).</translation>
    </message>
    <message>
        <source>{imported}; {already}.</source>
        <translation>{imported}; {already}.</translation>
    </message>
    <message>
        <source>{offset} minutes is not an offset a time zone uses (from {low} to {high})</source>
        <translation>{offset} minutos no es una diferencia que use una zona horaria (de {low} a {high})</translation>
    </message>
    <message>
        <source>{version} is not a valid version</source>
        <translation>{version} no es una versión válida</translation>
    </message>
    <message>
        <source>{version} is not a version MSLog reads</source>
        <translation>{version} no es una versión que MSLog lea</translation>
    </message>
    <message>
        <source>{version}: the file comes from a newer MSLog; update MSLog first</source>
        <translation>{version}: el archivo viene de un MSLog más reciente; actualice antes MSLog</translation>
    </message>
    <message>
        <source>{where}: {problem}. Nothing was imported.</source>
        <comment>{where} is the place in the file (tables.spasm.rows[3].severity, line 4); {problem} what is wrong there</comment>
        <translation>{where}: {problem}. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>After you log a spasm, you can add how strong it was, where, and what may have set it off here. Or leave it: the time is already saved.</source>
        <translation>Después de anotar un espasmo, aquí puede añadir su intensidad, dónde fue y qué pudo provocarlo. O déjelo así: la hora ya está guardada.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>¿Qué tal hoy?</translation>
    </message>
    <message>
        <source>How was today? The daily check-in</source>
        <translation>¿Qué tal hoy? El repaso del día</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Anotar un espasmo ahora</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Anotar un espasmo anterior</translation>
    </message>
    <message>
        <source>Log an earlier spasm…</source>
        <translation>Anotar un espasmo anterior…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the %n spasms you noted at {times}, because your diary did not open. Please write them down, and add them with “Log an earlier spasm” once it opens.</source>
        <translation>
            <numerusform>No se ha guardado: %n espasmo anotado a las {times}, porque su diario no se abrió. Apúntelo en un papel y añádalo con «Anotar un espasmo anterior» cuando se abra.</numerusform>
            <numerusform>No se han guardado: %n espasmos anotados a las {times}, porque su diario no se abrió. Apúntelos en un papel y añádalos con «Anotar un espasmo anterior» cuando se abra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted {time}. Saving it as your diary opens…</source>
        <translation>Anotado a las {time}. Se guardará en cuanto se abra su diario…</translation>
    </message>
    <message>
        <source>Records a spasm at this moment (Ctrl+L)</source>
        <translation>Anota un espasmo en este momento (Ctrl+L)</translation>
    </message>
    <message>
        <source>Records a spasm at this moment. Shortcut Ctrl+L.</source>
        <translation>Anota un espasmo en este momento. Atajo Ctrl+L.</translation>
    </message>
    <message>
        <source>The daily check-in (Ctrl+D)</source>
        <translation>El repaso del día (Ctrl+D)</translation>
    </message>
    <message>
        <source>When a spasm starts, press the button. Details can wait.</source>
        <translation>Cuando empiece un espasmo, pulse el botón. Los detalles pueden esperar.</translation>
    </message>
    <message>
        <source>or press Ctrl+L anywhere in MSLog</source>
        <translation>o pulse Ctrl+L en cualquier parte de MSLog</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog no puede abrir su diario</translation>
    </message>
    <message>
        <source>MSLog could not restore the backup</source>
        <translation>MSLog no pudo restaurar la copia</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>MSLog could not open your diary</source>
        <translation>MSLog no pudo abrir su diario</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Start a fresh diary</source>
        <translation>Empezar un diario nuevo</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can start a fresh, empty diary.</source>
        <translation>No hay ninguna copia que restaurar. Puede empezar un diario nuevo y vacío.</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Su archivo del diario está dañado</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup is from {day} at {time} and holds %n entries. Restoring it is usually the best choice.</source>
        <translation>
            <numerusform>Su copia en buen estado más reciente es del {day} a las {time} y tiene %n entrada. Restaurarla suele ser lo mejor.</numerusform>
            <numerusform>Su copia en buen estado más reciente es del {day} a las {time} y tiene %n entradas. Restaurarla suele ser lo mejor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>MSLog backups (*.sqlite3 *.db)</source>
        <translation>Copias de MSLog (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>There are no backups yet. MSLog makes one each day you open it.</source>
        <translation>Todavía no hay copias de seguridad. MSLog hace una cada día que lo abre.</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup you choose. A copy of your diary as it is now is saved first, so you can always come back to it.</source>
        <translation>Su diario se sustituirá por la copia que elija. Antes se guarda una copia de su diario tal como está ahora, así que siempre podrá volver a él.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>Could not put the backup in place. {reason}</source>
        <translation>No se pudo poner la copia en su sitio. {reason}</translation>
    </message>
    <message>
        <source>Could not put the backup in place: {reason}</source>
        <translation>No se pudo poner la copia en su sitio: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>es un enlace roto</translation>
    </message>
    <message>
        <source>is not an MSLog diary</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog</translation>
    </message>
    <message>
        <source>is not an MSLog diary (it holds no diary at all)</source>
        <comment>said of a file: “{file} …”</comment>
        <translation>no es un diario de MSLog (no contiene ningún diario)</translation>
    </message>
    <message>
        <source>{file} does not exist; your diary was not changed.</source>
        <translation>{file} no existe; su diario no se modificó.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of MSLog; update MSLog to restore it. Your diary was not changed.</source>
        <translation>{file} lo guardó una versión más reciente de MSLog; actualice MSLog para restaurarlo. Su diario no se modificó.</translation>
    </message>
    <message>
        <source>{file} {problem}, so it is not a complete MSLog diary; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is damaged (…)”</comment>
        <translation>{file} {problem}, así que no es un diario de MSLog completo; su diario no se modificó.</translation>
    </message>
    <message>
        <source>{file} {problem}; your diary was not changed.</source>
        <comment>{problem} says what is wrong with the file: “is empty (0 bytes)”</comment>
        <translation>{file} {problem}; su diario no se modificó.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A new diary day starts at</source>
        <translation>Un nuevo día del diario empieza a las</translation>
    </message>
    <message>
        <source>A new language takes effect when MSLog next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se abra MSLog.</translation>
    </message>
    <message>
        <source>A spasm or dose in the small hours counts for the evening before, until this hour.</source>
        <translation>Hasta esta hora, un espasmo o una toma de madrugada cuenta para la noche anterior.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Ask how the day was at</source>
        <translation>Preguntar por el día a las</translation>
    </message>
    <message>
        <source>Check sound and voice</source>
        <translation>Probar sonido y voz</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Could not change start at login: {reason}</source>
        <translation>No se pudo cambiar el inicio con la sesión: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>It stays on this computer unless you export it.</source>
        <translation>Se queda en este ordenador, salvo que lo exporte.</translation>
    </message>
    <message>
        <source>Keep MSLog running in the tray when the window is closed</source>
        <translation>Mantener MSLog en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>MSLog speaks</source>
        <translation>MSLog habla</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>No disponible en este sistema</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Reduce motion (no flashing or pulsing; colours still change)</source>
        <translation>Reducir el movimiento (sin destellos ni pulsos; los colores siguen cambiando)</translation>
    </message>
    <message>
        <source>Remind me when a dose or the daily check-in is due</source>
        <translation>Avisarme cuando toque una toma o el repaso del día</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Sound and voice both work on this computer.</source>
        <translation>El sonido y la voz funcionan en este ordenador.</translation>
    </message>
    <message>
        <source>Sounds during stretching</source>
        <translation>Sonidos durante los estiramientos</translation>
    </message>
    <message>
        <source>Spoken instructions during stretching</source>
        <translation>Instrucciones habladas durante los estiramientos</translation>
    </message>
    <message>
        <source>Start MSLog when I log in</source>
        <translation>Abrir MSLog al iniciar sesión</translation>
    </message>
    <message>
        <source>Start MSLog when I log in (so reminders work)</source>
        <translation>Abrir MSLog al iniciar sesión (para que lleguen los avisos)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Visual cues during stretching (the step name lights up, the last seconds pulse)</source>
        <translation>Señales visuales durante los estiramientos (el paso se ilumina, los últimos segundos laten)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Su día</translation>
    </message>
    <message>
        <source>Your diary is kept in {folder}</source>
        <translation>Su diario se guarda en {folder}</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{folder}</source>
        <translation>Su diario se guarda en:
{folder}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>MSLog cannot open your diary</source>
        <translation>MSLog no puede abrir su diario</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Something unexpected stopped MSLog opening your diary ({problem}). Nothing was deleted; please report this.</source>
        <translation>Algo inesperado impidió que MSLog abriera su diario ({problem}). No se borró nada; por favor, comuníquelo.</translation>
    </message>
    <message>
        <source>Your diary was not opened.</source>
        <translation>Su diario no se abrió.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Nothing logged yet today. That is fine too.</source>
        <translation>Hoy aún no hay nada anotado. También está bien.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>Today · %n spasms</source>
        <translation>
            <numerusform>Hoy · %n espasmo</numerusform>
            <numerusform>Hoy · %n espasmos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Log an earlier spasm</source>
        <translation>Anotar un espasmo anterior</translation>
    </message>
    <message>
        <source>Not saved. Time: {reason}</source>
        <translation>No se ha guardado. Hora: {reason}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>That time is still to come. Please choose a time that has passed.</source>
        <translation>Esa hora aún no ha llegado. Elija una hora que ya haya pasado, por favor.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time it started</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>¿Cuándo fue?</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Clonus</source>
        <translation>Clonus</translation>
    </message>
    <message>
        <source>Clonus (rhythmic jerking)</source>
        <translation>Clonus (sacudidas rítmicas)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <source>Extensor</source>
        <translation>Extensor</translation>
    </message>
    <message>
        <source>Extensor (legs straighten)</source>
        <translation>Extensor (piernas estiradas)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatiga</translation>
    </message>
    <message>
        <source>Flexor</source>
        <translation>Flexor</translation>
    </message>
    <message>
        <source>Flexor (legs pull up)</source>
        <translation>Flexor (piernas encogidas)</translation>
    </message>
    <message>
        <source>Full bladder</source>
        <translation>Vejiga llena</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Posture change</source>
        <translation>Cambio de postura</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Pantorrilla derecha</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Tight clothing</source>
        <translation>Ropa ajustada</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Al despertar</translation>
    </message>
</context>
</TS>
